"""Built-in checks, one module per family; every ``@rule`` in a module here is registered."""
