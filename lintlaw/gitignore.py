"""What git ignores, so that a folder walk skips it (as Ruff does, ``--no-respect-gitignore`` to stop).

A reports repository holds build output (``*.egg-info``), exports and drafts that
its .gitignore keeps out of version control; a walk that lints them reports on
files nobody submits. Only inside a git work tree (a ``.git`` at or above the walked
folder), as git itself: the ``.gitignore`` of every folder from the work tree's root
down, and ``.git/info/exclude``. Patterns follow git (pathspec's GitIgnoreSpec):
the last matching pattern decides, a deeper file's patterns after a shallower one's,
and ``!`` re-includes. Files named on the command line are linted whatever git says.
"""
from __future__ import annotations

import os
from typing import Dict, List, Optional, Tuple


def _work_tree(folder: str) -> Optional[str]:
    here = os.path.abspath(folder)
    while True:
        if os.path.exists(os.path.join(here, ".git")):
            return here
        parent = os.path.dirname(here)
        if parent == here:
            return None
        here = parent


def _read_lines(path: str) -> List[str]:
    try:
        with open(path, "rb") as handle:
            return handle.read().decode("utf-8", "replace").splitlines()
    except OSError:
        return []


class GitIgnore:
    """The ignore rules that apply below one walked folder."""

    def __init__(self, start: str):
        self.root = _work_tree(start)
        self._specs: Dict[str, object] = {}  # folder -> its compiled .gitignore (or None)
        if self.root is not None:
            exclude = _read_lines(os.path.join(self.root, ".git", "info", "exclude"))
            self._info = self._compile(exclude)

    @property
    def active(self) -> bool:
        return self.root is not None

    @staticmethod
    def _compile(lines: List[str]):
        if not any(line.strip() and not line.startswith("#") for line in lines):
            return None
        import pathspec  # only when a repository has ignore rules

        return pathspec.GitIgnoreSpec.from_lines(lines)

    def _spec(self, folder: str):
        if folder not in self._specs:
            self._specs[folder] = self._compile(_read_lines(os.path.join(folder, ".gitignore")))
        return self._specs[folder]

    def _chain(self, folder: str) -> List[Tuple[str, object]]:
        """(folder, spec) from the work tree's root down to ``folder``, shallow first."""
        chain = []
        here = os.path.abspath(folder)
        while True:
            spec = self._spec(here)
            if spec is not None:
                chain.append((here, spec))
            if here == self.root:
                break
            parent = os.path.dirname(here)
            if parent == here:
                break
            here = parent
        if self._info is not None:
            chain.append((self.root, self._info))  # lowest precedence: read first below
        return chain[::-1]

    def ignored(self, path: str, is_dir: bool = False) -> bool:
        if self.root is None:
            return False
        full = os.path.abspath(path)
        if os.path.basename(full) == ".git":
            return True
        verdict = None
        for base, spec in self._chain(os.path.dirname(full)):
            rel = os.path.relpath(full, base).replace(os.sep, "/")
            result = spec.check_file(rel + "/" if is_dir else rel)
            if result.include is not None:
                verdict = result.include
        return bool(verdict)
