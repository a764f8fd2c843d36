"""Every top-level navigation of a running patrol goes into the vault with URL, title, time, tab and persona."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt, QUrl

from app.core.timeutil import utc_now
from app.infra.personas import OFF_THE_RECORD
from app.ui.browser import BrowserPanel
from app.vault.patrols import PatrolEventKind, PatrolStore, StopReason
from tests.integration.browser.conftest import load_and_wait, open_and_wait


def navigations(panel: BrowserPanel, patrol_id: str) -> list[Any]:
    return [e for e in panel.session.store.events(patrol_id) if e.kind is PatrolEventKind.NAVIGATE]


def test_navigation_is_logged_with_persona_time_and_tab(qtbot: Any, panel: BrowserPanel, pages: str) -> None:
    panel.start_patrol()
    patrol_id = panel.session.active.id
    before = utc_now()
    tab = open_and_wait(qtbot, panel, pages + "keywords-zh.html")
    qtbot.waitUntil(lambda: len(navigations(panel, patrol_id)) == 1, timeout=15_000)
    load_and_wait(qtbot, tab, pages + "keywords-en.html")
    qtbot.waitUntil(lambda: len(navigations(panel, patrol_id)) == 2, timeout=15_000)
    first, second = navigations(panel, patrol_id)
    assert first.url == pages + "keywords-zh.html"
    assert first.title == "合成測試頁：中文關鍵字"
    assert second.url == pages + "keywords-en.html"
    assert {first.tab, second.tab} == {tab.tab_id}
    assert {first.persona, second.persona} == {OFF_THE_RECORD}
    assert before - timedelta(seconds=1) <= first.at <= second.at <= utc_now()
    panel.stop_patrol()
    stopped = panel.session.store.get(patrol_id)
    assert stopped.stop_reason is StopReason.OFFICER and stopped.navigations == 2
    assert [e.action for e in panel.vault.audit.entries() if e.subject == patrol_id] == ["patrol.start", "patrol.stop"]


def test_a_persistent_persona_is_recorded_by_name(qtbot: Any, panel: BrowserPanel, pages: str) -> None:
    persona = panel.personas.create("臥底帳號甲")
    panel.start_patrol()
    open_and_wait(qtbot, panel, pages + "keywords-en.html", persona=persona)
    qtbot.waitUntil(lambda: bool(navigations(panel, panel.session.active.id)), timeout=15_000)
    assert navigations(panel, panel.session.active.id)[0].persona == "臥底帳號甲"
    assert panel.active_persona() == "臥底帳號甲"


def test_browsing_without_a_patrol_logs_nothing_and_prompts(qtbot: Any, panel: BrowserPanel, pages: str) -> None:
    open_and_wait(qtbot, panel, pages + "keywords-en.html")
    qtbot.waitUntil(lambda: any(n.key == "no-patrol" for n in panel.panel_notices()), timeout=15_000)
    assert panel.session.store.sessions() == []
    prompt = next(n for n in panel.panel_notices() if n.key == "no-patrol")
    start = next(b for b in prompt.findChildren(type(panel.patrol_button)) if b.text())
    start.click()
    assert panel.session.running
    # the page already open becomes part of the patrol
    assert [e.url for e in navigations(panel, panel.session.active.id)] == [pages + "keywords-en.html"]


def test_the_patrol_log_view_shows_the_session(qtbot: Any, panel: BrowserPanel, pages: str) -> None:
    panel.start_patrol()
    open_and_wait(qtbot, panel, pages + "keywords-zh.html")
    qtbot.waitUntil(lambda: bool(navigations(panel, panel.session.active.id)), timeout=15_000)
    dialog = panel.show_patrol_log()
    rows = dialog.view.rows()
    assert any(row[-1] == pages + "keywords-zh.html" and row[4] == "合成測試頁：中文關鍵字" for row in rows), rows
    dialog.view.mode.setCurrentIndex(dialog.view.BY_DAY)
    assert any(row[-1] == pages + "keywords-zh.html" for row in dialog.view.rows())
    assert any(e.action == "patrol.view_log" for e in panel.vault.audit.entries())


def test_an_interrupted_patrol_is_offered_for_closing(qtbot: Any, vault: Any, prefs: Any, pages: str) -> None:
    store = PatrolStore(vault.db, vault.audit)
    lost = store.start(vault.actor, utc_now(), OFF_THE_RECORD)
    store.navigate(lost.id, utc_now(), pages + "keywords-en.html", "t", "T9", OFF_THE_RECORD)
    panel = BrowserPanel(vault, prefs=prefs)
    qtbot.addWidget(panel)
    try:
        notice = next(n for n in panel.panel_notices() if n.key == f"lost-{lost.id}")
        buttons = {b.text(): b for b in notice.findChildren(type(panel.patrol_button))}
        buttons[panel.tr("Reopen its last pages")].click()
        assert [t.page.requestedUrl().toString() for t in panel.all_tabs()] == [pages + "keywords-en.html"]
        buttons[panel.tr("Close it in the log")].click()
        assert store.get(lost.id).stop_reason is StopReason.INTERRUPTED
        assert panel.status.text().startswith("The patrol started") and "closed in the log" in panel.status.text()
        log = panel.show_patrol_log()
        log.view.entries.setCurrentRow(next(i for i in range(log.view.entries.count())
                                            if log.view.entries.item(i).data(Qt.ItemDataRole.UserRole) == lost.id))
        assert [row[1] for row in log.view.rows()] == [
            "Patrol started", "Visited", "Closed after the application ended unexpectedly"]  # not "Patrol ended"
        log.buttons.button(log.buttons.StandardButton.Close).click()  # also where no window manager draws one
        assert not log.isVisible()
    finally:
        panel.shutdown()


def test_closed_tabs_can_be_reopened(qtbot: Any, panel: BrowserPanel, pages: str) -> None:
    open_and_wait(qtbot, panel, pages + "keywords-zh.html")
    open_and_wait(qtbot, panel, pages + "keywords-en.html")
    panel.close_tab(1)
    assert panel.tabs.count() == 1
    reopened = panel.reopen_closed_tab()
    assert reopened is not None and reopened.page.requestedUrl() == QUrl(pages + "keywords-en.html")
    assert panel.reopen_closed_tab() is None
    assert panel.status.text() == "No tab closed in this session to reopen."  # seen: nothing happened, nothing said


def test_a_break_is_suggested_after_the_configured_time(qtbot: Any, panel: BrowserPanel) -> None:
    panel.break_minutes.setValue(15)
    panel.start_patrol()
    assert panel._break_due is not None
    assert panel._break_due - panel.session.active.started_at == timedelta(minutes=15)
    panel._break_due = utc_now() - timedelta(seconds=1)
    panel._on_tick()
    assert any(n.key == "break" for n in panel.panel_notices())


def test_a_lock_pauses_the_patrol_and_the_locked_time_is_not_time_on_patrol(qtbot: Any, panel: BrowserPanel,
                                                                          vault_path: Any) -> None:
    """Seen: a patrol left running while the vault stood locked for ten minutes read 0:10:39 on patrol, and the
    statistics would have counted a lunch break as patrol time. A short lock moves the break reminder on; a
    long one was the break."""
    from app.vault import Vault
    from tests.conftest import PASSPHRASE

    now = [utc_now()]

    def unlock() -> Vault:
        opened = Vault.open(vault_path, PASSPHRASE, clock=lambda: now[0])
        panel.set_vault(opened)
        return opened

    def lock(vault: Vault) -> None:
        panel.set_vault(None)  # as the window does: the vault is still open while it lets go of it
        vault.lock()

    vault = panel.vault
    vault.clock = lambda: now[0]
    panel.break_minutes.setValue(60)
    panel.start_patrol()
    patrol_id, due = panel.session.active.id, panel._break_due
    now[0] += timedelta(minutes=10)
    lock(vault)
    now[0] += timedelta(minutes=2)
    vault = unlock()
    kinds = [e.kind for e in panel.session.store.events(patrol_id)]
    assert kinds == [PatrolEventKind.START, PatrolEventKind.PAUSE, PatrolEventKind.RESUME]
    assert panel.session.active.paused_seconds == 120
    assert panel.session.elapsed(now[0]) == timedelta(minutes=10)
    assert panel._break_due == due + timedelta(minutes=2)
    now[0] += timedelta(minutes=5)
    lock(vault)
    now[0] += timedelta(minutes=30)
    vault = unlock()
    assert abs(panel._break_due - (utc_now() + timedelta(minutes=60))) < timedelta(seconds=5)
    now[0] += timedelta(minutes=1)
    panel.stop_patrol()
    assert panel.session.store.get(patrol_id).seconds_on_patrol == 16 * 60
    from app.vault.patrols import event_label

    labels = [event_label(e) for e in panel.session.store.events(patrol_id)]
    assert labels.count("Paused: the vault was locked") == 2 and labels.count("Resumed: the vault was unlocked") == 2


def test_a_hidden_patrol_log_records_no_view(qtbot: Any, panel: BrowserPanel) -> None:
    """Seen: opening the log wrote two "viewed" entries, and stopping the patrol minutes after the log was closed
    wrote another."""
    panel.start_patrol()

    def views() -> int:
        return sum(e.action == "patrol.view_log" for e in panel.vault.audit.entries())

    dialog = panel.show_patrol_log()
    assert views() == 1
    dialog.close()
    panel.stop_patrol()
    assert views() == 1


def test_a_language_switch_retranslates_what_the_boxes_already_hold(qtbot: Any, panel: BrowserPanel,
                                                                   pages: str) -> None:
    from app.ui.language import apply_language

    open_and_wait(qtbot, panel, pages + "keywords-zh.html")
    try:
        apply_language("zh_TW")
        qtbot.waitUntil(lambda: panel.persona_box.itemText(0) == "無痕（不保存）", timeout=15_000)
        assert panel.case_box.itemText(0) == "（未選案件：拒絕下載）"
        assert panel.persona_label.text() == "身分：無痕（不保存）"
    finally:
        apply_language("en")
    qtbot.waitUntil(lambda: panel.persona_box.itemText(0) == "Off the record", timeout=15_000)
    assert panel.persona_label.text() == "Persona: Off the record"


def test_an_open_patrol_log_follows_a_language_switch_without_new_audit_entries(qtbot: Any, panel: BrowserPanel,
                                                                                 pages: str) -> None:
    from app.ui.browser.patrol_log import PatrolLogDialog
    from app.ui.language import apply_language

    panel.start_patrol()
    open_and_wait(qtbot, panel, pages + "keywords-zh.html")
    panel.stop_patrol()
    dialog = PatrolLogDialog(panel.session, panel)
    qtbot.addWidget(dialog)
    dialog.show()
    views = sum(e.action == "patrol.view_log" for e in panel.vault.audit.entries())
    try:
        apply_language("zh_TW")
        qtbot.waitUntil(lambda: dialog.view.refresh_button.text() == "重新整理", timeout=15_000)
        assert dialog.windowTitle() == "勤務紀錄" and dialog.view.mode.itemText(0) == "依巡邏"
        assert dialog.view.table.horizontalHeaderItem(1).text() == "事件"
        assert "瀏覽" in [row[1] for row in dialog.view.rows()]
        assert dialog.view.entries.item(0).text().startswith(f"{utc_now().year - 1911}/")  # compact ROC date
        assert dialog.view.entries.item(0).toolTip().startswith("民國")
    finally:
        apply_language("en")
    qtbot.waitUntil(lambda: dialog.view.refresh_button.text() == "Refresh", timeout=15_000)
    assert "Visited" in [row[1] for row in dialog.view.rows()]
    assert sum(e.action == "patrol.view_log" for e in panel.vault.audit.entries()) == views


def _least_width(panel: BrowserPanel) -> int:
    """How narrow the clock and the patrol button can be, as the row's layout sees them."""
    return sum(widget.minimumWidth() or widget.minimumSizeHint().width()
               for widget in (panel.patrol_button, panel.elapsed))


def test_starting_a_patrol_does_not_widen_the_patrol_row(qtbot: Any, panel: BrowserPanel) -> None:
    """Seen at 1280 px: the wider clock and bold button pushed the case list beside the browser narrower."""
    from app.ui.language import apply_language

    try:
        for language in ("zh_TW", "en"):
            apply_language(language)
            qtbot.waitUntil(lambda: panel.elapsed.text() == panel.tr("Off patrol"), timeout=15_000)
            before = _least_width(panel)
            panel.start_patrol()
            assert _least_width(panel) <= before, language
            panel.stop_patrol()
    finally:
        apply_language("en")


def test_the_patrol_list_is_wide_enough_for_its_entries(qtbot: Any, panel: BrowserPanel, pages: str) -> None:
    """Seen: every patrol cut to 「2026-11-29 08:07 (UTC+8) – interrupted (」 above a horizontal scroll bar."""
    panel.start_patrol()
    open_and_wait(qtbot, panel, pages + "keywords-en.html")
    panel.stop_patrol()
    log = panel.show_patrol_log()
    try:
        entries = log.view.entries
        item = entries.item(0)
        assert "(UTC+8)" not in item.text() and "(UTC+8)" in item.toolTip()  # compact here, in full on hover
        assert "(pages: 1)" in item.text()
        qtbot.waitUntil(lambda: entries.viewport().width() >= entries.fontMetrics().horizontalAdvance(item.text()),
                        timeout=10_000)
        assert not entries.horizontalScrollBar().isVisible()
    finally:
        log.close()


def test_the_patrol_log_is_saved_as_pdf_for_the_shown_patrol_or_day(qtbot: Any, panel: BrowserPanel, pages: str,
                                                                     tmp_path: Any) -> None:
    from pypdf import PdfReader

    from app.infra.tasks import TaskRunner
    from app.ui.browser.patrol_log import PatrolLogDialog

    panel.start_patrol()
    patrol = panel.session.active
    open_and_wait(qtbot, panel, pages + "keywords-zh.html")
    qtbot.waitUntil(lambda: bool(navigations(panel, patrol.id)), timeout=15_000)
    panel.stop_patrol()
    dialog = PatrolLogDialog(panel.session, panel, TaskRunner(synchronous=True))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.print_button.isEnabled()
    dialog.print_log(dialog.view.current_scope(), tmp_path / "patrol.pdf")
    assert dialog.printed is not None and str(tmp_path / "patrol.pdf") in dialog.outcome.text()
    text = "".join("".join(page.extract_text().split()) for page in PdfReader(tmp_path / "patrol.pdf").pages)
    assert "民國" in text and patrol.id in text and "keywords-zh.html" in text  # ROC dates: for the duty file
    entry = panel.vault.audit.entries()[-1]
    assert (entry.action, entry.subject, entry.details["patrol"]) == ("document.generated", "patrol-log", patrol.id)

    dialog.view.mode.setCurrentIndex(dialog.view.BY_DAY)
    assert dialog.view.current_scope().day is not None
    dialog.print_log(dialog.view.current_scope(), tmp_path / "missing-folder" / "day.pdf")
    assert "could not be written" in dialog.error.text() and dialog.print_button.isEnabled()
    assert panel.vault.audit.entries()[-1].action == "patrol.view_log"  # no entry for a file not written
