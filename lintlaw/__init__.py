"""lintlaw: a linter for Chinese government reports."""
from .document import Document
from .finding import Edit, Finding, Fix, Msg, Related
from .registry import Rule, rule

__version__ = "0.1.0"
__all__ = ["Document", "Edit", "Finding", "Fix", "Msg", "Related", "Rule", "rule", "__version__"]
