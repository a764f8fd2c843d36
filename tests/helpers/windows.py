"""The windows and dialogs of the wired application, built as it builds them, for tests that walk every one
(the keyboard's Alt-letters and Tab order, what a screen reader is told)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtWidgets import QWidget

from app.capture.recheck import RecheckConfig
from app.checklist.loader import ProcedureLibrary
from app.core.timeutil import utc_now
from app.infra import paths
from app.infra.capture_prefs import CapturePrefs
from app.ui.about import AboutDialog
from app.ui.browser import BrowserPanel, PlatformsEditorDialog
from app.ui.browser.persona_dialog import NewPersonaDialog
from app.ui.capture.identifiers import IdentifierDialog
from app.ui.capture.picker import CasePickerDialog
from app.ui.capture.settings import CaptureSettingsDialog
from app.ui.cases.dialogs import AddPersonDialog, NewCaseDialog
from app.ui.cases.handoff import ExportCaseDialog, ImportCaseDialog, KeysDialog
from app.ui.casework.recheck import RecheckOptionsDialog
from app.ui.checklist.dialogs import TickDialog
from app.ui.crash import CrashDialog
from app.ui.session import Session
from app.ui.settings import ChangePassphraseDialog, SettingsDialog
from app.ui.unlock import UnlockDialog


def dialogs(session: Session, tmp_path: Path) -> dict[str, Callable[[], QWidget | None]]:
    """Every window the officer types in, built as the application builds it where it can be."""
    window, vault = session.window, session.vault
    assert vault is not None
    case = vault.list_cases()[0]
    person = vault.people.in_case(case.id)[0]
    tasks = session.tasks
    panel = window.findChild(BrowserPanel)
    casework: Any = session.casework  # type: ignore[attr-defined]
    return {
        "new case": lambda: NewCaseDialog(vault, ["PTT", "Dcard"]),
        "add person": lambda: AddPersonDialog(vault, case),
        "keys": lambda: KeysDialog(vault),
        "export": lambda: ExportCaseDialog(tasks, vault, case),
        "import": lambda: ImportCaseDialog(tasks, vault),
        "unlock": lambda: UnlockDialog(tasks, tmp_path / "vault.npv"),
        "settings": lambda: SettingsDialog(session.settings, tasks, vault),
        "change passphrase": lambda: ChangePassphraseDialog(tasks, vault),
        "reveal": lambda: window.request_reveal(person),
        "documents": lambda: casework.open_documents(case.id),
        "statistics": casework.open_statistics,
        "audit log": window.open_audit_log,
        "file origin": window.open_provenance,
        "keyword patrol": panel.open_keyword_patrol,
        "patrol log": panel.show_patrol_log,
        "new persona": lambda: NewPersonaDialog(None, lambda _name, _folder: None),  # type: ignore[arg-type, return-value]
        "platforms": PlatformsEditorDialog,
        "re-check options": lambda: RecheckOptionsDialog("115-0001", RecheckConfig()),
        "identifier": lambda: IdentifierDialog("add", None),
        "case picker": lambda: CasePickerDialog(vault, ["PTT"]),
        "capture settings": lambda: CaptureSettingsDialog(CapturePrefs()),
        "crash": lambda: CrashDialog(tmp_path / "netpatrol.log", "bug"),
        "about": AboutDialog,
        "mark step done": tick_dialog,
    }


def tick_dialog() -> TickDialog:
    """The checklist's tick dialog for the step that asks the most of the officer."""
    steps = ProcedureLibrary(paths.RESOURCES / "procedures").current().steps
    step = max(steps, key=lambda step: len(step.fields))
    return TickDialog(step, "en", utc_now(), [], lambda *_args: None)  # type: ignore[arg-type, return-value]


def each_dialog(qtbot, session: Session, tmp_path: Path) -> Iterator[tuple[str, QWidget]]:  # type: ignore[no-untyped-def]
    """Each dialog of :func:`dialogs`, shown. All are kept until the end and deleted then: one dropped while
    the next was built was left to Python's garbage collector, which could free it in the middle of one of
    its own timer's slots (a segfault when Qt returned to it)."""
    kept: list[QWidget] = []
    try:
        for name, build in dialogs(session, tmp_path).items():
            dialog = build()
            assert dialog is not None, name
            kept.append(dialog)
            dialog.show()
            yield name, dialog
            dialog.close()
    finally:
        delete_now(qtbot, kept)


def delete_now(qtbot, widgets: list[QWidget]) -> None:  # type: ignore[no-untyped-def]
    for widget in widgets:
        if shiboken6.isValid(widget):
            widget.close()
            widget.deleteLater()
    qtbot.waitUntil(lambda: not any(shiboken6.isValid(widget) for widget in widgets), timeout=5000)


def each_wizard_page(qtbot: Any, session: Any, tmp_path: Path) -> Iterator[tuple[str, QWidget]]:
    """The first-run wizard, shown at each of its pages in turn (named for a failure message)."""
    from app.ui.wizard import FirstRunWizard

    wizard = FirstRunWizard(session.tasks, tmp_path / "new.npv")
    qtbot.addWidget(wizard)
    wizard.show()
    for page in range(len(wizard.pageIds())):
        yield f"first-run wizard, page {page}", wizard
        wizard.next()
    wizard.close()
