"""Layer rules import-linter cannot express (it sees PySide6 as one package): only app/ui and the
composition root (app/main.py, app/cli.py, app/commands/, which create the QApplication) may import
QtWidgets or QtWebEngineWidgets. A plain scan of every import."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parents[2] / "app"
WIDGET_MODULES = ("PySide6.QtWidgets", "PySide6.QtWebEngineWidgets", "PySide6.QtPrintSupport")
ALLOWED = {APP / "main.py", APP / "cli.py", *(APP / "commands").glob("*.py")}


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def python_files_outside_ui() -> list[Path]:
    return [p for p in APP.rglob("*.py") if (APP / "ui") not in p.parents and p not in ALLOWED]


@pytest.mark.parametrize("path", python_files_outside_ui(), ids=lambda p: str(p.relative_to(APP)))
def test_no_widgets_outside_ui(path: Path) -> None:
    bad = {m for m in imported_modules(path) if m.startswith(WIDGET_MODULES)}
    assert not bad, f"{path.relative_to(APP)} imports {sorted(bad)}; widgets belong in app/ui"


def test_the_scan_sees_widget_imports(tmp_path: Path) -> None:
    sample = tmp_path / "x.py"
    sample.write_text("from PySide6.QtWidgets import QWidget\nimport PySide6.QtWebEngineWidgets\n")
    assert {"PySide6.QtWidgets", "PySide6.QtWebEngineWidgets"} <= imported_modules(sample)
