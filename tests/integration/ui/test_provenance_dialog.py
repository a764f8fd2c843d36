"""Tools → Check a file's origin: files chosen or dropped are hashed off the UI thread and listed with
what the vault knows of them (an issued document, an evidence file), a changed copy and an unreadable
file said plainly; the results copy as text; only while unlocked, and closed at a lock."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication
from PySide6.QtWidgets import QFileDialog

from app.core.models import ArtifactKind
from app.core.timeutil import taipei
from app.reports.issue import print_audit_log
from app.ui.common import format_time
from app.ui.mainwindow import MainWindow
from app.ui.provenance import ProvenanceDialog
from app.vault import Vault
from app.vault.stats import Period


def _results(dialog: ProvenanceDialog) -> list[tuple[str, list[str]]]:
    return dialog.verdicts()


def test_files_are_named_or_said_unknown(qtbot: Any, tasks: Any, vault: Vault, tmp_path: Path) -> None:
    case = vault.create_case("來源核對視窗（虛構）")
    printed = print_audit_log(vault, Period(date(2020, 1, 1), taipei(vault.clock()).date()), None, tmp_path / "log.pdf", "en")
    shot = vault.add_artifact(case.id, ArtifactKind.PNG, "IMG 1.png", "image/png", b"grey box IMG 1")
    (tmp_path / "exported.png").write_bytes(b"grey box IMG 1")
    (tmp_path / "changed.pdf").write_bytes(printed.path.read_bytes() + b" ")
    dialog = ProvenanceDialog(tasks, vault)
    qtbot.addWidget(dialog)
    assert dialog.verdicts() == [] and not dialog.copy.isEnabled()

    dialog.check([printed.path, tmp_path / "exported.png", tmp_path / "changed.pdf", tmp_path / "gone.pdf"])
    qtbot.waitUntil(lambda: len(dialog.verdicts()) == 4, timeout=10_000)
    (log, log_lines), (png, png_lines), (changed, changed_lines), (gone, gone_lines) = _results(dialog)
    assert log == "✔ log.pdf: known to this vault, unchanged" and log_lines[0].startswith("Issued by this vault on ")
    assert png.startswith("✔ exported.png") and png_lines == [
        f"Evidence file {shot.id} of {case.number} (png, IMG 1.png, 14 bytes), hashed when acquired on "
        f"{format_time(shot.acquired_at)}: these are its bytes."]
    assert changed == "✘ changed.pdf: not found in this vault" and changed_lines[0].startswith("Not a file")
    assert gone == "✘ gone.pdf: could not be read" and "could not be read (there is no such file)" in gone_lines[0]
    shown = dialog.results.toPlainText()
    assert f"SHA-256 {printed.sha256}" in shown and log_lines[0] in shown and str(tmp_path / "gone.pdf") in shown

    dialog.copy.click()
    copied = QGuiApplication.clipboard().text()
    assert f"SHA-256 {printed.sha256}" in copied and f"({printed.path})" in copied and "- Not a file" in copied


def test_a_dropped_file_is_checked(qtbot: Any, tasks: Any, vault: Vault, tmp_path: Path) -> None:
    dropped = tmp_path / "dropped.txt"
    dropped.write_text("合成文字（虛構）", encoding="utf-8")
    dialog = ProvenanceDialog(tasks, vault)
    qtbot.addWidget(dialog)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(dropped))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    dialog.dropEvent(event)
    qtbot.waitUntil(lambda: len(dialog.verdicts()) == 1, timeout=10_000)
    assert _results(dialog)[0][0] == "✘ dropped.txt: not found in this vault"


def test_the_tools_menu_opens_it_while_unlocked(qtbot: Any, tasks: Any, settings: Any, vault: Vault) -> None:
    window = MainWindow(tasks, settings)
    qtbot.addWidget(window)
    assert window.act_provenance in window.menu_tools.actions() and not window.act_provenance.isEnabled()
    window.set_vault(vault)
    dialog = window.open_provenance()
    assert dialog is not None and dialog.isVisible()
    assert not dialog.isModal() and window.open_provenance() is dialog
    window.set_vault(None)
    assert not dialog.isVisible() and not window.act_provenance.isEnabled()
    window.set_vault(vault)
    again = window.open_provenance()
    assert again is not None and again is not dialog and again.isVisible()  # a new window for the vault unlocked


def test_a_page_is_checked_by_the_chain_head_typed_from_its_footer(qtbot: Any, tasks: Any, vault: Vault,
                                                                   tmp_path: Path) -> None:
    seq, digest = vault.audit_head().split(":")
    print_audit_log(vault, Period(date(2020, 1, 1), taipei(vault.clock()).date()), None, tmp_path / "log.pdf", "en")
    dialog = ProvenanceDialog(tasks, vault)
    qtbot.addWidget(dialog)
    dialog.head.setText("576")
    qtbot.keyClick(dialog.head, Qt.Key.Key_Return)
    assert "is not a chain head as pages print it" in dialog.error.text() and dialog.verdicts() == []
    dialog.head.setText(f"{seq}:{digest[:12]}")
    dialog.check_head.click()
    (verdict, lines), = dialog.verdicts()
    assert verdict == f"✔ A page whose footer reads {seq}:{digest[:12]}: printed from this vault"
    assert lines[1].startswith("It belongs to Vault audit log (no case), issued on ") and dialog.error.isHidden()
    dialog.head.setText(f"{seq}:{'0' * 12}")
    dialog.check_head.click()
    assert dialog.verdicts()[0][0].startswith("✘ A page whose footer reads") and "misread" in dialog.verdicts()[0][1][0]


def test_return_in_the_head_field_checks_the_page_and_nothing_else(qtbot: Any, tasks: Any, vault: Vault,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Return checked the page, then pressed the dialog's default button: the file chooser opened."""
    chooser: list[object] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args: (chooser.append(args), ([], ""))[1])
    dialog = ProvenanceDialog(tasks, vault)
    qtbot.addWidget(dialog)
    dialog.show()
    seq, digest = vault.audit_head().split(":")
    dialog.head.setText(f"{seq}:{digest[:8]}")
    dialog.head.setFocus()
    qtbot.keyClick(dialog.head, Qt.Key.Key_Return)
    assert len(dialog.verdicts()) == 1 and chooser == [] and dialog.isVisible()


def test_a_page_waits_while_files_are_being_checked(qtbot: Any, vault: Vault, tmp_path: Path) -> None:
    """The files' results would replace the page's: the head is not checked until they are in."""
    pending: list[Any] = []

    class HeldTasks:  # a pool that keeps the files' task until the test lets it run
        def run(self, work: Any, done: Any, failed: Any, owner: Any = None) -> None:
            pending.append((work, done))

    (tmp_path / "a.txt").write_text("合成文字（虛構）", encoding="utf-8")
    dialog = ProvenanceDialog(HeldTasks(), vault)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.check([tmp_path / "a.txt"])
    seq, digest = vault.audit_head().split(":")
    dialog.head.setText(f"{seq}:{digest[:8]}")
    qtbot.keyClick(dialog.head, Qt.Key.Key_Return)
    assert dialog.verdicts() == [] and not dialog.check_head.isEnabled()
    work, done = pending.pop()
    done(work())
    assert [verdict for verdict, _lines in dialog.verdicts()] == ["✘ a.txt: not found in this vault"]
    qtbot.keyClick(dialog.head, Qt.Key.Key_Return)
    assert dialog.verdicts()[0][0].startswith("✔ A page whose footer reads")


def test_choosing_files_starts_where_documents_were_saved(qtbot: Any, tasks: Any, vault: Vault, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Seen: the file chooser opened in the program's own folder (on a workstation, under Program Files)."""
    from PySide6.QtWidgets import QWidget

    from app.infra import paths
    from app.ui.common import remember_save_folder

    window = QWidget()
    qtbot.addWidget(window)
    dialog = ProvenanceDialog(tasks, vault, window)
    started: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: (started.append(a[2]), ([], ""))[1]))
    dialog.choose.click()
    remember_save_folder(window, tmp_path / "NP-115-0001-evidence-list.pdf")
    dialog.choose.click()
    assert started == [str(paths.documents_dir()), str(tmp_path)]
