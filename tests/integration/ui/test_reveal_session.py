"""The reveal flow, idle lock, language switch, and that sealed names leak nowhere."""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from app.core.models import Role
from app.core.timeutil import utc_now
from app.infra.idle import IdleWatcher
from app.ui.language import apply_language
from app.ui.mainwindow import MainWindow
from app.ui.reveal import RevealedIdentityDialog, RevealRequestDialog
from app.ui.session import Session
from app.ui.unlock import UnlockDialog
from app.vault import Vault
from tests.conftest import PASSPHRASE

SEALED_NAME = "林美玲測試"
SEALED_ID = "F298765432"


class MovableClock:
    def __init__(self) -> None:
        self.now = utc_now()

    def __call__(self):  # type: ignore[no-untyped-def]
        return self.now


@pytest.fixture
def log_file(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Everything logged during the test, at DEBUG, into one file we can read afterwards."""
    path = tmp_path / "test.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    root = logging.getLogger()
    old_level = root.level
    root.setLevel(logging.DEBUG)
    root.addHandler(handler)
    yield path
    root.removeHandler(handler)
    root.setLevel(old_level)
    handler.close()


def _reveal_requests() -> list[RevealRequestDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, RevealRequestDialog) and w.isVisible()]


def _audit_actions(vault, action: str):  # type: ignore[no-untyped-def]
    return [entry for entry in vault.audit.entries() if entry.action == action]


def test_reveal_flow(qtbot, tasks, settings, vault, bugs, log_file: Path) -> None:
    case = vault.create_case("被害人身分需保密的案件")
    victim = vault.add_person(case.id, Role.VICTIM, SEALED_NAME, {"id_number": SEALED_ID})
    window = MainWindow(tasks, settings)
    qtbot.addWidget(window)
    clock = MovableClock()
    window.reveal_clock = clock
    window.reveal_tick_ms = 20
    window.set_vault(vault)
    window.show()
    window.select_case(case.id)
    window.case_view.select_person(victim.id)
    window.case_view.reveal_button.click()
    requests = _reveal_requests()
    assert len(requests) == 1
    request = requests[0]
    assert not request.ok_button.isEnabled()
    request.passphrase.setText(PASSPHRASE)
    assert not request.ok_button.isEnabled()  # a reason is required
    request.reason.setPlainText("   ")
    assert not request.ok_button.isEnabled()
    request.reason.setPlainText("地檢署偵查需要核對被害人身分")
    request.passphrase.setText("wrong passphrase here")
    request.ok_button.click()
    qtbot.waitUntil(request.error.isVisible, timeout=30_000)
    assert request.passphrase.text() == ""
    assert "stays sealed" in request.error.text()  # not the wording for a file that is not a vault
    assert _audit_actions(vault, "person.reveal") == []  # nothing revealed ...
    assert [e.subject for e in _audit_actions(vault, "person.reveal_denied")] == [victim.id]  # ... the try recorded
    assert window.chain_label.text().endswith(vault.audit_head().split(":")[1][:12])  # and the status bar shows it
    assert window.revealed == []
    request.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(request.revealed, timeout=30_000):
        request.ok_button.click()
    assert len(window.revealed) == 1
    shown = window.revealed[0]
    assert isinstance(shown, RevealedIdentityDialog)
    assert shown.isVisible()
    assert shown.name.text() == SEALED_NAME
    assert SEALED_NAME not in shown.windowTitle() and "Victim 1" in shown.windowTitle()  # 被害人1, in English
    entries = _audit_actions(vault, "person.reveal")
    assert len(entries) == 1
    assert entries[0].subject == victim.id
    assert entries[0].details["reason"] == "地檢署偵查需要核對被害人身分"
    assert entries[0].details["minutes"] == settings.reveal_minutes
    assert window.chain_label.text().endswith(vault.audit_head().split(":")[1][:12])
    # Titles never carry the name, the status bar neither.
    titles = [w.windowTitle() for w in QApplication.topLevelWidgets()]
    assert not any(SEALED_NAME in title for title in titles)
    # Expiry: move the clock past the limit; the dialog empties itself and closes.
    expires = shown.expires_at
    assert expires is not None
    assert timedelta(minutes=settings.reveal_minutes - 1) < expires - clock.now <= timedelta(
        minutes=settings.reveal_minutes, seconds=30)
    clock.now = expires - timedelta(seconds=1)
    qtbot.wait(100)
    assert shown.showing and shown.countdown.text().endswith("0:01")
    clock.now = expires + timedelta(seconds=1)
    qtbot.waitUntil(lambda: not shown.showing, timeout=10_000)
    assert window.revealed == []
    assert not shown.isVisible() if _alive(shown) else True
    _assert_no_leak(settings.path, log_file)
    assert bugs == []


def _alive(widget) -> bool:  # type: ignore[no-untyped-def]
    import shiboken6

    return shiboken6.isValid(widget)


def _assert_no_leak(settings_file: Path, log_file: Path) -> None:
    for path in (settings_file, log_file):
        text = path.read_text(encoding="utf-8") if path.exists() else ""
        assert SEALED_NAME not in text and SEALED_ID not in text, path


def test_lock_hides_revealed_identity(qtbot, tasks, settings, vault, vault_path, bugs) -> None:
    case = vault.create_case("案件")
    victim = vault.add_person(case.id, Role.REPORTER, SEALED_NAME)
    window = MainWindow(tasks, settings)
    qtbot.addWidget(window)
    window.set_vault(vault)
    window.select_case(case.id)
    identity = vault.reveal(victim.id, "核對", PASSPHRASE)
    window._show_revealed(identity)
    shown = window.revealed[0]
    assert shown.name.text() == SEALED_NAME
    window.set_vault(None)
    assert not shown.showing
    assert window.central.currentIndex() == 1  # the lock screen
    assert bugs == []


def test_locking_closes_every_other_window(qtbot, tasks, settings, vault, bugs) -> None:
    from PySide6.QtWidgets import QDialog, QLabel

    case = vault.create_case("案件")
    window = MainWindow(tasks, settings)
    qtbot.addWidget(window)
    window.show()
    window.set_vault(vault)
    window.select_case(case.id)
    result = QDialog(window)            # e.g. a capture's result, with its account names and hashes
    result.show()
    loose = QLabel("測試帳號_A01")       # e.g. a saved page's own window
    qtbot.addWidget(loose)
    loose.show()
    rejected: list[int] = []
    result.finished.connect(rejected.append)
    window.set_vault(None)
    assert not result.isVisible() and rejected == [QDialog.DialogCode.Rejected]
    assert not loose.isVisible() and window.isVisible()
    assert window.central.currentIndex() == 1  # the lock screen
    assert bugs == []


def test_unlocking_again_returns_to_the_case_that_was_open(qtbot, tasks, settings, vault, vault_path: Path,
                                                            tmp_path: Path, bugs) -> None:
    """Seen after an idle lock: the window came back on no case, and the browser's case box on "no case"."""
    import shutil

    from PySide6.QtWidgets import QLabel

    case = vault.create_case("鎖定前的案件")
    window = MainWindow(tasks, settings)
    qtbot.addWidget(window)
    browser = QLabel("browser")
    window.add_work_panel(browser, "Browser")
    window.set_vault(vault)
    window.select_case(case.id)
    window.work_area.setCurrentWidget(browser)   # the officer was patrolling when the vault locked
    other_path = tmp_path / "other.npv"
    shutil.copyfile(vault_path, other_path)       # same passphrase, no such case
    window.set_vault(None)
    vault.lock()
    assert window.current_case_id() == "" and case.number not in window.windowTitle()
    selected: list[str] = []
    window.case_selected.connect(selected.append)
    again = Vault.open(vault_path, PASSPHRASE)
    try:
        window.set_vault(again)
        assert window.current_case_id() == case.id and selected[-1] == case.id
        assert case.number in window.windowTitle()
        assert window.work_area.currentWidget() is browser   # not pulled away from the tab they were on
        window.set_vault(None)
    finally:
        again.lock()
    other = Vault.open(other_path, PASSPHRASE)
    try:
        window.set_vault(other)                   # another vault file starts on no case
        assert window.current_case_id() == "" and selected[-1] == ""
    finally:
        window.set_vault(None)
        other.lock()
    assert bugs == []


def test_idle_lock_fires(qtbot, tasks, settings, vault, vault_path: Path, bugs) -> None:
    idle = IdleWatcher(60_000)
    session = Session(settings, tasks, idle, vault_path)
    qtbot.addWidget(session.window)
    session.window.show()
    session._on_opened(vault)
    assert session.window.central.currentIndex() == 0
    assert idle.active
    idle.set_timeout_ms(50)  # as if the setting were a few milliseconds
    with qtbot.waitSignal(session.locked, timeout=10_000):
        pass
    assert session.vault is None
    assert not vault.is_open
    assert session.window.central.currentIndex() == 1
    assert not idle.active
    assert isinstance(session.unlock_dialog, UnlockDialog)
    assert _audit_tail(vault_path) == "vault.lock"
    session.unlock_dialog.reject()
    assert bugs == []


def test_told_to_stop_the_session_ends_as_its_close_button_does(qtbot, tasks, settings, vault, vault_path: Path,
                                                               bugs) -> None:
    """SIGTERM (a shutdown, ``kill``) used to kill the process where it stood: no ``vault.lock`` entry,
    the vault open until the next unlock replayed its log, a revealed identity's dialog simply gone."""
    session = Session(settings, tasks, IdleWatcher(60_000), vault_path)
    qtbot.addWidget(session.window)
    session.window.show()
    session._on_opened(vault)
    dialog = QDialog(session.window)  # e.g. a document being prepared
    dialog.show()
    with qtbot.waitSignal(session.locked, timeout=10_000):
        session.end()
    assert session.vault is None and not vault.is_open and not dialog.isVisible()
    assert not session.window.isVisible()
    assert _audit_tail(vault_path) == "vault.lock"
    assert bugs == []


def test_told_to_stop_during_a_patrol_it_is_sealed_and_its_closed_log_reads_nothing(qtbot, tasks, settings, vault,
                                                                                    vault_path: Path, tmp_path: Path,
                                                                                    bugs) -> None:
    """Seen on SIGTERM with a patrol running and its log opened and closed: the log's list, cleared at the lock,
    read the patrol that became current from the locked vault (RuntimeError, the crash dialog over a half-locked
    window), and the patrol was left open, called interrupted at the next start."""
    from app.infra.browser_prefs import BrowserPrefs
    from app.ui.browser import BrowserPanel
    from app.vault.patrols import PatrolStore, StopReason

    session = Session(settings, tasks, IdleWatcher(60_000), vault_path)
    qtbot.addWidget(session.window)
    panel = BrowserPanel(None, prefs=BrowserPrefs(tmp_path / "browser.ini"))
    session.window.add_work_panel(panel, "Browser")
    session.window.vault_changed.connect(panel.set_vault)
    session.window.closing.connect(panel.shutdown)  # as app.main wires it
    session.window.show()
    session._on_opened(vault)
    panel.start_patrol()
    panel.stop_patrol()
    panel.start_patrol()
    patrol_id = panel.session.active.id
    log_dialog = panel.show_patrol_log()
    log_dialog.view.entries.setCurrentRow(0)
    log_dialog.close()
    with qtbot.waitSignal(session.locked, timeout=10_000):
        session.end()
    assert bugs == []
    assert not vault.is_open
    again = Vault.open(vault_path, PASSPHRASE)
    try:
        assert PatrolStore(again.db, again.audit).get(patrol_id).stop_reason is StopReason.OFFICER
    finally:
        again.lock()


def test_a_fault_while_the_window_lets_go_still_locks_the_vault(qtbot, tasks, settings, vault, vault_path: Path,
                                                              monkeypatch) -> None:
    session = Session(settings, tasks, IdleWatcher(60_000), vault_path)
    qtbot.addWidget(session.window)
    session._on_opened(vault)

    def broken(_vault: object) -> None:
        raise RuntimeError("a fault in a panel")

    monkeypatch.setattr(session.window, "set_vault", broken)
    with pytest.raises(RuntimeError):
        session.lock()
    assert not vault.is_open and session.vault is None
    assert _audit_tail(vault_path) == "vault.lock"


def test_unlocking_on_a_clock_behind_the_vault_warns_the_officer(qtbot, tasks, settings, vault_path: Path,
                                                                 bugs) -> None:
    """The vault's last entry lies three hours ahead of the workstation's clock: before any capture, the officer
    hears it once, in a box over the window (the event loop runs on: idle lock, reminders); a clock that agrees
    says nothing."""
    ahead = utc_now() + timedelta(hours=3, minutes=10)
    Vault.open(vault_path, PASSPHRASE, clock=lambda: ahead).lock()
    session = _unlocked_in_window(qtbot, tasks, settings, vault_path)
    warnings = _boxes("clockWarning")
    assert len(warnings) == 1 and warnings[0].windowTitle() == "Check the clock"
    assert " 3 h 09 min earlier than the vault's last entry." in warnings[0].text()
    assert warnings[0].windowModality() == Qt.WindowModality.WindowModal
    warnings[0].accept()
    _unlock_again(session, vault_path)  # the lock just written agrees with the clock
    assert not _boxes("clockWarning")
    session.lock()
    assert bugs == []


def test_the_unlock_that_upgrades_the_vault_says_where_the_copy_of_it_is_kept(qtbot, tasks, settings, tmp_path: Path,
                                                                                bugs) -> None:
    """A vault from an earlier NetPatrol: the unlock upgrades it after keeping a copy beside it, and the officer
    is told once, in a box over the window, where that copy is; the next unlock says nothing."""
    import shutil

    path = tmp_path / "older.npv"
    shutil.copyfile(Path(__file__).resolve().parents[2] / "fixtures" / "vaults" / "vault-v1.npv", path)
    session = _unlocked_in_window(qtbot, tasks, settings, path)
    notices = _boxes("upgradeNotice")
    assert len(notices) == 1 and notices[0].windowTitle() == "Vault upgraded"
    kept = next(tmp_path.glob("older-before-upgrade-v1-*.npv"))
    assert str(kept) in notices[0].text() and notices[0].windowModality() == Qt.WindowModality.WindowModal
    notices[0].accept()
    _unlock_again(session, path)
    assert not _boxes("upgradeNotice")
    session.lock()
    assert bugs == []


def test_the_unlock_clears_what_a_write_cut_off_left_in_documents_and_beside_the_vault(
        qtbot, tasks, settings, vault_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, bugs) -> None:
    """Seen in the power-cut audit: an export or document killed half-way left its `.netpatrol-…` part (in clear for
    a document) in a folder that, never written to again, kept it for good. The unlock clears Documents (where the
    save dialogs start) and the vault's folder (backups, upgrade copies) of our own old, unheld leftovers only."""
    import os
    import time

    from app.infra import paths

    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(paths, "documents_dir", lambda: documents)
    old = time.time() - 3600
    left = [documents / ".netpatrol-abcd1234.part", vault_path.parent / ".netpatrol-wxyz5678"]
    kept = [documents / ".netpatrol-fresh123.part", documents / "NP-115-0004-evidence.pdf", documents / ".netpatrol-x"]
    for file in left + kept:
        file.write_bytes(b"part of a document")
    for file in left + kept[1:]:
        os.utime(file, (old, old))
    session = _unlocked_in_window(qtbot, tasks, settings, vault_path)
    assert [file for file in left if file.exists()] == [] and all(file.exists() for file in kept)
    session.lock()
    assert bugs == []


def test_a_second_start_for_another_vault_is_told_this_window_keeps_its_own(qtbot, tasks, settings, vault_path: Path,
                                                                             tmp_path: Path, bugs) -> None:
    """One window per account: a second start comes to this window. Before, one given another vault (``--vault``)
    brought the window forward on the vault it had, and nothing said the one asked for was not opened. The same
    vault, or none named (the icon clicked twice), says nothing."""
    from app.main import _bring_forward

    session = _unlocked_in_window(qtbot, tasks, settings, vault_path)
    for asked in ("", str(vault_path), str(vault_path.parent / "." / vault_path.name)):
        _bring_forward(session, asked)
        assert not _boxes("otherVaultAsked")
    other = tmp_path / "他單位保管庫.npv"
    _bring_forward(session, str(other))
    [told] = _boxes("otherVaultAsked")
    assert str(other) in told.text() and str(vault_path) in told.text()
    told.accept()
    session.lock()
    assert bugs == []


def _unlocked_in_window(qtbot, tasks, settings, path: Path) -> Session:  # type: ignore[no-untyped-def]
    """The window shown and ``path`` unlocked in it, as the unlock dialog hands it over."""
    session = Session(settings, tasks, IdleWatcher(60_000), path)
    qtbot.addWidget(session.window)
    session.window.show()
    session._on_opened(Vault.open(path, PASSPHRASE))
    return session


def _unlock_again(session: Session, path: Path) -> None:
    session.lock()
    session.unlock_dialog = None
    session._on_opened(Vault.open(path, PASSPHRASE))


def _boxes(name: str) -> list:  # type: ignore[type-arg]
    """The boxes said at unlock (by object name) that are showing."""
    return [w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()]


def _audit_tail(path: Path) -> str:
    from app.vault import Vault

    reopened = Vault.open(path, PASSPHRASE)
    try:
        return reopened.audit.entries()[-2].action  # the last one is this unlock
    finally:
        reopened.lock()


def test_input_postpones_idle_lock(qtbot) -> None:
    """Input arrives as the window system delivers it: to the window first, then to the widget."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtWidgets import QLineEdit

    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    idle = IdleWatcher(300)
    fired: list[bool] = []
    idle.idle.connect(lambda: fired.append(True))
    idle.start()
    for step in range(6):  # 6 × 100 ms of typing and moving: longer than the timeout, yet never idle
        qtbot.wait(100)
        qtbot.keyClick(field.windowHandle(), Qt.Key.Key_A)
        qtbot.mouseMove(field.windowHandle(), QPoint(5 + step, 5))
    assert fired == [] and field.text() == "aaaaaa"
    qtbot.waitUntil(lambda: fired == [True], timeout=10_000)  # no input: idle once
    idle.stop()


def test_input_over_a_web_page_postpones_idle_lock(qtbot) -> None:
    """The mouse over a web page. An application-wide filter crashed PySide here (segmentation fault
    wrapping QtWebEngine's internal window); the watcher filters the top-level windows instead."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtWebEngineWidgets import QWebEngineView

    view = QWebEngineView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    with qtbot.waitSignal(view.loadFinished, timeout=20_000):
        view.setHtml("<html><body style='height:2000px'><h1>IMG 1</h1><input></body></html>")
    idle = IdleWatcher(400)
    fired: list[bool] = []
    idle.idle.connect(lambda: fired.append(True))
    idle.start()
    for step in range(8):  # 8 × 100 ms over the page: longer than the timeout
        qtbot.wait(100)
        qtbot.mouseMove(view.windowHandle(), QPoint(100 + 10 * step, 100 + 5 * step))
    qtbot.mouseClick(view.windowHandle(), Qt.MouseButton.LeftButton, pos=QPoint(150, 150))
    assert fired == []
    qtbot.waitUntil(lambda: fired == [True], timeout=10_000)
    idle.stop()


def test_language_switch_retranslates(qtbot, tasks, settings, vault) -> None:
    apply_language("zh_TW")
    try:
        window = MainWindow(tasks, settings)
        qtbot.addWidget(window)
        window.set_vault(vault)
        window.show()
        assert window.menu_file.title() == "檔案(&F)"
        assert window.vault_state.text() == "保管庫已解鎖"
        assert window.case_list.first_case.text() == "建立第一個案件"
        apply_language("en")
        qtbot.waitUntil(lambda: window.menu_file.title() == "&File", timeout=10_000)
        assert window.vault_state.text() == "Vault unlocked"
        assert window.case_list.first_case.text() == "Create the first case"
    finally:
        apply_language("en")


def test_settings_dialog_switches_language_at_once(qtbot, tasks, settings, vault) -> None:
    from app.ui.settings import SettingsDialog

    apply_language("en")
    window = MainWindow(tasks, settings)
    qtbot.addWidget(window)
    session_language: list[str] = []
    window.language_chosen.connect(lambda code: (session_language.append(code), apply_language(code)))
    dialog = SettingsDialog(settings, tasks, vault, window)
    qtbot.addWidget(dialog)
    try:
        dialog.language.setCurrentIndex(dialog.language.findData("zh_TW"))
        dialog.language_chosen.connect(window.language_chosen)
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        dialog.language.setCurrentIndex(dialog.language.findData("zh_TW"))
        assert session_language[-1] == "zh_TW"
        assert settings.language == "zh_TW"
        qtbot.waitUntil(lambda: dialog.windowTitle() == "設定", timeout=10_000)
        assert window.menu_help.title() == "說明(&H)"
        assert dialog.form.labelForField(dialog.idle).text() == "閒置多久後自動鎖定(&I)："
    finally:
        apply_language("en")


def test_the_status_bar_names_the_officer_without_empty_brackets(qtbot, tasks, settings, tmp_path) -> None:
    window = MainWindow(tasks, settings)
    qtbot.addWidget(window)
    with_unit = Vault.create(tmp_path / "a.npv", PASSPHRASE, officer="王小明", unit="少年隊")
    window.set_vault(with_unit)
    assert window.officer_label.text() == "Officer: 王小明 (少年隊)"
    with_unit.lock()
    without_unit = Vault.create(tmp_path / "b.npv", PASSPHRASE, officer="王小明", unit="")
    window.set_vault(without_unit)
    assert window.officer_label.text() == "Officer: 王小明"
    without_unit.lock()


def test_the_first_start_offers_the_language_on_its_first_page(qtbot, tasks, settings, tmp_path: Path, bugs) -> None:
    """An officer who reads English should not have to find Settings behind a Chinese wizard."""
    apply_language("zh_TW")  # a fresh workstation starts in Chinese
    session = Session(settings, tasks, IdleWatcher(60_000), tmp_path / "new.npv")
    qtbot.addWidget(session.window)
    try:
        session.start()
        wizard = session.wizard
        assert wizard is not None and wizard.currentPage() is wizard.intro
        qtbot.waitUntil(lambda: wizard.windowTitle() != "NetPatrol — first start", timeout=10_000)
        box = wizard.intro.language
        assert [box.itemText(i) for i in range(box.count())] == ["繁體中文", "English"]
        box.setCurrentIndex(box.findData("en"))
        qtbot.waitUntil(lambda: wizard.windowTitle() == "NetPatrol — first start", timeout=10_000)
        assert wizard.intro.title() == "Welcome to NetPatrol"
        # what the buttons show (buttonText() answers Qt's default afresh; the buttons kept 「下一個(N) >」)
        assert wizard.button(wizard.WizardButton.NextButton).text() == "&Next >"
        assert wizard.button(wizard.WizardButton.CancelButton).text() == "Cancel"
        assert settings.language == "en"  # and every start after this one
        assert session.window.menu_help.title() == "&Help"
        wizard.reject()
    finally:
        apply_language("en")
    assert bugs == []
