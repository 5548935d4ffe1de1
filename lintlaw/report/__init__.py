"""Output formats, one module each; every module has ``render(result, stream, ctx)``."""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Dict, List, Optional

from ..runner import Diagnostic, FileResult

# format name -> module under lintlaw.report (imported only when used)
FORMATS: Dict[str, str] = {
    "rich": "rich_format",
    "concise": "concise",
    "json": "json_format",
    "sarif": "sarif",
    "github": "github",
    "gitlab": "gitlab",
    "html": "html",
}


@dataclass
class RunResult:
    files: List[FileResult] = field(default_factory=list)

    @property
    def diagnostics(self) -> List[Diagnostic]:
        return [d for f in self.files for d in f.diagnostics]

    @property
    def errors(self) -> List[dict]:
        return [{"path": f.path, "message": m} for f in self.files for m in f.errors]

    @property
    def checked(self) -> int:
        return sum(1 for f in self.files if f.checked)


@dataclass
class Context:
    lang: str = "zh"
    color: bool = True
    statistics: bool = False
    fail_on: str = "error"
    width: Optional[int] = None  # terminal columns for the rich format (None: ask the terminal)


def renderer(name: str):
    return importlib.import_module(f"{__name__}.{FORMATS[name]}").render
