"""Every dialog the application builds is given a parent window.

Why: a dialog without a parent belongs to Python, and one in a reference cycle is freed by the garbage
collector whenever it runs, possibly inside a slot of the dialog's own timer, which crashes the process (seen in
the tests in session 22, which now keep and delete theirs). With a parent, Qt owns the dialog and frees it with
the window. The application's dialogs all had parents when this test was written; it keeps a new one from
coming without. A dialog that must open with no window at all is listed below, with why.
"""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[3] / "app" / "ui"
QT_DIALOGS = {"QDialog": 0, "QInputDialog": 0, "QFileDialog": 0, "QColorDialog": 1, "QFontDialog": 1}
QT_WITH_TEXT_FIRST = {"QMessageBox": 4, "QProgressDialog": 4}  # (icon, title, text, buttons, parent), (label, …, parent)
# Dialogs that open with no main window to own them.
PARENTLESS = {
    "CrashDialog": "a bug can happen before the main window exists or while it is being destroyed",
}


def _trees() -> dict[Path, ast.Module]:
    return {path: ast.parse(path.read_text(encoding="utf-8"), str(path)) for path in UI.rglob("*.py")}


def _own_dialogs(trees: dict[Path, ast.Module]) -> dict[str, int]:
    """Our dialog classes (subclasses of a Qt dialog, or of one of ours) and where ``parent`` is among their
    constructor's positional parameters."""
    classes = [node for tree in trees.values() for node in ast.walk(tree) if isinstance(node, ast.ClassDef)]
    dialogs: dict[str, int] = {}
    known = set(QT_DIALOGS) | set(QT_WITH_TEXT_FIRST)
    changed = True
    while changed:
        changed = False
        for cls in classes:
            bases = {base.id for base in cls.bases if isinstance(base, ast.Name)}
            if cls.name not in dialogs and bases & (known | set(dialogs)):
                dialogs[cls.name] = _parent_position(cls)
                changed = True
    return dialogs


def _parent_position(cls: ast.ClassDef) -> int:
    for node in cls.body:
        if isinstance(node, ast.FunctionDef) and node.name == "__init__":
            names = [arg.arg for arg in node.args.args[1:]]
            if "parent" in names:
                return names.index("parent")
            if "parent" in [arg.arg for arg in node.args.kwonlyargs]:
                return -1  # keyword only
            raise AssertionError(f"{cls.name}.__init__ takes no parent")
    raise AssertionError(f"{cls.name} has no __init__ of its own: give it one that takes a parent")


def _given_parent(call: ast.Call, position: int) -> bool:
    for keyword in call.keywords:
        if keyword.arg == "parent":
            return not (isinstance(keyword.value, ast.Constant) and keyword.value.value is None)
    if position < 0 or len(call.args) <= position:
        return False
    argument = call.args[position]
    return not (isinstance(argument, ast.Constant) and argument.value is None)


def _built_without_parent(trees: dict[Path, ast.Module]) -> list[str]:
    positions = {**QT_DIALOGS, **QT_WITH_TEXT_FIRST, **_own_dialogs(trees)}
    found = []
    for path, tree in trees.items():
        for call in (node for node in ast.walk(tree) if isinstance(node, ast.Call)):
            name = call.func.id if isinstance(call.func, ast.Name) else None
            if name is None or name not in positions or name in PARENTLESS:
                continue
            position = positions[name]
            if name in QT_WITH_TEXT_FIRST and len(call.args) <= 1:
                position = 0  # QMessageBox(parent), QProgressDialog(parent)
            if not _given_parent(call, position):
                found.append(f"{path.relative_to(UI.parent.parent)}:{call.lineno} {name}(…)")
    return found


def test_every_dialog_is_built_with_a_parent() -> None:
    trees = _trees()
    assert len(_own_dialogs(trees)) >= 25  # the scan found the application's dialogs
    assert _built_without_parent(trees) == []


def test_the_scan_finds_a_dialog_built_without_a_parent() -> None:
    source = ast.parse("class Mine(QDialog):\n    def __init__(self, text, parent=None):\n        pass\n"
                       "Mine('a')\nMine('a', None)\nMine('a', window)\nMine('a', parent=window)\n"
                       "QMessageBox(QMessageBox.Icon.Warning, 't', 'x', QMessageBox.StandardButton.Ok)\n"
                       "QMessageBox(window)\n")
    found = _built_without_parent({UI / "probe.py": source})
    assert [line.split()[0].rsplit(":", 1)[1] for line in found] == ["4", "5", "8"]
