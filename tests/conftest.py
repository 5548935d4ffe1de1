import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = os.path.join(ROOT, "seeds")


@pytest.fixture
def run_cli():
    """Run the real `lintlaw` command in a subprocess: (exit status, stdout, stderr)."""

    def run(*args, cwd=None, input=None, env=None):
        full_env = dict(os.environ)
        full_env.pop("NO_COLOR", None)
        full_env.pop("FORCE_COLOR", None)
        full_env.update(env or {})
        proc = subprocess.run(
            [sys.executable, "-m", "lintlaw", *args],
            cwd=cwd, input=input, capture_output=True, env=full_env,
        )
        return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")

    return run


@pytest.fixture
def seed_path():
    def path(prefix):
        for name in sorted(os.listdir(SEEDS)):
            if name.startswith(prefix) and name.endswith(".txt"):
                return os.path.join(SEEDS, name)
        raise FileNotFoundError(prefix)

    return path


@pytest.fixture(autouse=True, scope="session")
def _pattern_cache_in_tmp(tmp_path_factory):
    """Command lines the tests start keep their compiled patterns in a folder of the
    test session (lintlaw/re_cache.py), never in the user's cache."""
    os.environ["LINTLAW_CACHE_DIR"] = str(tmp_path_factory.mktemp("lintlaw-cache"))
    yield
