"""The case list (empty state, listing, Chinese search, status filter) and the case view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.core.errors import RevealWrongPassphrase
from app.core.models import CaseStatus, Role
from app.ui.cases import listpanel
from app.ui.cases.caseview import CaseView
from app.ui.cases.dialogs import AddPersonDialog, NewCaseDialog
from app.ui.cases.listpanel import _EMPTY, _LIST, _NO_MATCH, CaseListPanel
from tests.conftest import PASSPHRASE


def test_empty_state_offers_the_first_case(qtbot, vault) -> None:
    panel = CaseListPanel()
    qtbot.addWidget(panel)
    panel.show()
    assert not panel.isEnabled()  # locked: nothing to show
    panel.set_vault(vault)
    assert panel.isEnabled()
    assert panel.stack.currentIndex() == _EMPTY
    assert panel.first_case.isVisible()
    with qtbot.waitSignal(panel.new_case_requested, timeout=10_000):
        qtbot.mouseClick(panel.first_case, Qt.MouseButton.LeftButton)


def test_list_search_in_chinese_and_filter(qtbot, vault) -> None:
    lure = vault.create_case("Instagram 帳號以打工名義誘騙少女", ["Instagram"], notes="對方要求私訊傳送照片")
    sale = vault.create_case("Telegram 群組販售影像", ["Telegram"])
    other = vault.create_case("Dcard 留言", ["Dcard"], notes="疑似援交暗語")
    vault.update_case(sale.id, status=CaseStatus.REFERRED)
    panel = CaseListPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.set_vault(vault)
    assert panel.stack.currentIndex() == _LIST
    assert panel.case_ids() == [sale.id, other.id, lure.id]  # newest activity first
    assert panel.tree.topLevelItem(0).text(0) == sale.number
    panel.search.insert("誘騙")  # a word inside a Chinese sentence
    qtbot.waitUntil(lambda: panel.case_ids() == [lure.id], timeout=10_000)
    assert "誘騙" in panel.tree.topLevelItem(0).text(1)
    panel.search.clear()
    panel.search.insert("援交")  # found in the notes
    qtbot.waitUntil(lambda: panel.case_ids() == [other.id], timeout=10_000)
    panel.search.clear()
    qtbot.waitUntil(lambda: len(panel.case_ids()) == 3, timeout=10_000)
    panel.status.setCurrentIndex(panel.status.findData(str(CaseStatus.REFERRED)))
    assert panel.case_ids() == [sale.id]
    panel.search.insert("誘騙")
    qtbot.waitUntil(lambda: panel.stack.currentIndex() == _NO_MATCH, timeout=10_000)
    assert panel.case_ids() == []
    with qtbot.waitSignal(panel.case_activated, timeout=10_000) as chosen:
        panel.search.clear()
        panel.status.setCurrentIndex(0)
        panel.tree.itemActivated.emit(panel.tree.topLevelItem(2), 0)
    assert chosen.args == [lure.id]


def test_a_search_with_more_hits_than_one_read_offers_the_rest(qtbot, vault, monkeypatch) -> None:
    """A common word: hits are read a few at a time, a case with many hits is listed once, and
    "Show more" stays until every matching case is listed (it once stopped silently at the first read)."""
    monkeypatch.setattr(listpanel, "SEARCH_HITS", 2)
    cases = [vault.create_case(f"疑似媒介貼文 {n}", ["Dcard"]) for n in range(5)]
    for n in range(3):  # the newest case has three more hits, read before any other case's
        vault.index.add(cases[-1].id, "capture", f"K{n}", f"貼文擷取 {n}")
    vault.create_case("無關案件", ["PTT"])
    panel = CaseListPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.set_vault(vault)
    panel.search.insert("貼文")
    qtbot.waitUntil(lambda: panel.case_ids() == [cases[-1].id], timeout=10_000)
    assert panel.more.isVisible()
    while panel.more.isVisible():
        qtbot.mouseClick(panel.more, Qt.MouseButton.LeftButton)
    assert panel.case_ids() == [case.id for case in reversed(cases)]


def test_a_filtered_search_reads_on_past_hits_of_other_statuses(qtbot, vault, monkeypatch) -> None:
    monkeypatch.setattr(listpanel, "SEARCH_HITS", 2)
    referred = vault.create_case("疑似媒介貼文（已陳報）", ["Dcard"])
    vault.update_case(referred.id, status=CaseStatus.REFERRED)
    for n in range(4):  # newer hits, all of open cases
        vault.create_case(f"疑似媒介貼文 {n}", ["Dcard"])
    panel = CaseListPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.set_vault(vault)
    panel.search.insert("貼文")
    panel.status.setCurrentIndex(panel.status.findData(str(CaseStatus.REFERRED)))  # searches at once
    assert panel.case_ids() == [referred.id]
    assert panel.stack.currentIndex() == _LIST and not panel.more.isVisible()


def test_new_case_dialog(qtbot, vault) -> None:
    dialog = NewCaseDialog(vault, ["Instagram", "PTT"])
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.title.setText("PTT 文章疑似散布兒少性影像")
    dialog.platforms.boxes[1].setChecked(True)
    dialog.notes.setPlainText("巡查時發現")
    ok.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.case is not None
    stored = vault.case(dialog.case.id)
    assert stored.platforms == ("PTT",)
    assert stored.notes == "巡查時發現"
    assert vault.search("散布")[0].case_id == stored.id


def test_case_view_people_are_pseudonyms_and_edits_are_revisions(qtbot, vault) -> None:
    case = vault.create_case("測試案件", ["Instagram"])
    dialog = AddPersonDialog(vault, case)
    qtbot.addWidget(dialog)
    dialog.role.setCurrentIndex(dialog.role.findData(str(Role.VICTIM)))
    assert dialog.sealed_note.text()
    dialog.name.setText("陳小花")
    dialog.detail_edits["id_number"].setText("A234567890")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.person is not None and dialog.person.pseudonym == "被害人1"
    vault.add_person(case.id, Role.SUSPECT, "張三", {"account": "@zhang3"})
    view = CaseView()
    qtbot.addWidget(view)
    view.show()
    view.set_vault(vault)
    view.show_case(case.id)
    table = view.people_table
    cells = [[table.item(row, column).text() for column in range(table.columnCount())]
             for row in range(table.rowCount())]
    flat = " ".join(" ".join(row) for row in cells)
    assert [row[0] for row in cells] == ["Victim 1", "Suspect 1"]  # 被害人1 and 犯嫌1, as the English interface says them
    assert "張三" in flat
    assert "陳小花" not in flat and "A234567890" not in flat
    view.select_person(dialog.person.id)
    assert view.reveal_button.isEnabled()
    view.select_person(view.people()[1].id)
    assert not view.reveal_button.isEnabled()  # a suspect is not sealed: nothing to reveal
    # An edit is a new revision and shows in the history.
    assert not view.save_button.isEnabled()
    view.status_box.setCurrentIndex(list(CaseStatus).index(CaseStatus.REFERRED))
    view.notes_edit.setPlainText("已通報社政")
    with qtbot.waitSignal(view.case_changed, timeout=10_000):
        view.save_button.click()
    assert vault.case(case.id).status is CaseStatus.REFERRED
    assert len(vault.cases.revisions(case.id)) == 2
    assert "(revision 2)" in view.updated.text()
    assert view.history.rowCount() == 2
    assert view.history.item(0, 0).text() == "2"
    # what each revision changed, in words: a notes edit no longer looks like the row before it
    assert [view.history.item(row, 3).text() for row in range(2)] == ["Status, Notes", "Opened"]


def test_audit_tab_lists_the_case_entries_newest_first_in_words(qtbot, vault) -> None:
    case = vault.create_case("稽核紀錄測試")
    other = vault.create_case("別的案件")
    victim = vault.add_person(case.id, Role.VICTIM, "虛構被害人乙")
    with pytest.raises(RevealWrongPassphrase):
        vault.reveal(victim.id, "核對身分", "not the passphrase")
    vault.reveal(victim.id, "核對身分", PASSPHRASE)
    view = CaseView()
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    view.set_vault(vault)
    view.show_case(case.id)
    view.tabs.setCurrentWidget(view.audit_view)
    rows = view.audit_view.rows()
    assert [row[4] for row in rows] == ["Sealed identity revealed", "Reveal refused (wrong passphrase)",
                                        "Person added", "Case opened"]
    assert [row[0] for row in rows] == sorted((row[0] for row in rows), key=int, reverse=True)
    assert rows[0][5] == victim.id and "Reason: 核對身分" in rows[0][6]
    assert rows[-1][7] == vault.audit.entries(case.id)[0].entry_hash[:12]
    assert not any("虛構被害人乙" in cell for row in rows for cell in row)  # the sealed name is nowhere
    assert other.id not in {row[5] for row in rows}
    vault.update_case(case.id, notes="補充")  # recorded while the case is open: shown when the tab is shown
    view.tabs.setCurrentIndex(0)
    view.tabs.setCurrentWidget(view.audit_view)
    assert view.audit_view.rows()[0][4] == "Case edited"
    assert view.audit_view.rows()[0][6].startswith("Changed: Notes; Record hash: ")  # in words, not as recorded
    assert view.audit_view.table.tip(0, 6).startswith('{"changed": ["notes"], "row": ')  # as recorded


def test_a_cases_platforms_can_be_changed_as_a_revision(qtbot, vault) -> None:
    """Seen: the details showed the platforms as text, so a platform ticked wrongly at creation, or one
    the case spread to later, could not be corrected."""
    case = vault.create_case("平臺待更正的案件", ["Instagram", "舊平臺名稱"])
    view = CaseView(platforms=["Instagram", "PTT", "X"])
    qtbot.addWidget(view)
    view.show()
    view.set_vault(vault)
    view.show_case(case.id)
    boxes = {box.text(): box for box in view.platforms.boxes}
    assert list(boxes) == ["Instagram", "PTT", "X", "舊平臺名稱"]  # a name no longer listed keeps its box
    assert [name for name, box in boxes.items() if box.isChecked()] == ["Instagram", "舊平臺名稱"]
    assert not view.save_button.isEnabled()
    boxes["PTT"].setChecked(True)
    assert view.save_button.isEnabled()
    boxes["PTT"].setChecked(False)
    assert not view.save_button.isEnabled()  # back as it was: nothing to save
    boxes["PTT"].setChecked(True)
    with qtbot.waitSignal(view.case_changed, timeout=10_000):
        view.save_button.click()
    assert set(vault.case(case.id).platforms) == {"Instagram", "PTT", "舊平臺名稱"}
    edit = vault.audit.entries()[-1]
    assert edit.action == "case.edit" and edit.details["changed"] == ["platforms"]
    assert view.history.item(0, 3).text() == "Platforms"
    assert not view.save_button.isEnabled()


def test_the_list_highlights_the_case_the_window_shows_however_it_was_opened(qtbot, tasks, settings, vault) -> None:
    """Seen: a case opened from a reminder (or by the automatic re-check, or as a new or received case)
    was shown beside a list that still highlighted the case before it, or nothing; an edit that reloads
    the list dropped the highlight too."""
    from app.ui.mainwindow import MainWindow

    first, second = vault.create_case("第一案（測試）"), vault.create_case("第二案（測試）")
    closed = vault.create_case("已結案（測試）")
    vault.update_case(closed.id, status=CaseStatus.CLOSED)
    window = MainWindow(tasks, settings)
    qtbot.addWidget(window)
    window.set_vault(vault)
    tree = window.case_list.tree

    def highlighted() -> str | None:
        item = tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None and item.isSelected() else None

    row = window.case_list.case_ids().index(first.id)
    tree.itemClicked.emit(tree.topLevelItem(row), 0)  # the officer clicks the first case
    assert window.current_case_id() == first.id and highlighted() == first.id
    window.select_case(second.id)  # as "Open case" on a reminder does
    assert window.current_case_id() == second.id and highlighted() == second.id
    window.case_list.refresh()  # as after the case is edited
    assert highlighted() == second.id
    window.case_list.status.setCurrentIndex(window.case_list.status.findData(str(CaseStatus.CLOSED)))
    assert window.case_list.case_ids() == [closed.id] and highlighted() is None  # not listed: nothing
    window.set_vault(None)
    window.set_vault(vault)
    assert highlighted() is None  # a vault opened again shows no case yet


def test_a_case_with_no_one_recorded_says_so_and_how(qtbot, vault) -> None:
    """Seen: the People tab of a new case was an empty table under its headers."""
    case = vault.create_case("尚無關係人（測試）")
    view = CaseView()
    qtbot.addWidget(view)
    view.show()
    view.set_vault(vault)
    view.show_case(case.id)
    view.tabs.setCurrentIndex(1)
    assert view.no_people.isVisible() and not view.people_table.isVisible()
    assert "Add person" in view.no_people.text()
    vault.add_person(case.id, Role.SUSPECT, "張三（虛構）", {"account": "@fake_zhang3"})
    view.show_case(case.id)
    assert view.people_table.isVisible() and not view.no_people.isVisible() and view.people_table.rowCount() == 1


def test_a_case_that_changes_moves_to_the_top_of_the_list_in_place(qtbot, tasks, settings, vault_path, monkeypatch) -> None:
    """Seen: a case that had just taken captures stayed below older cases, its 「最後更新」 the day it was
    opened. The list now follows the chain: a changed case moves up with its new time, the pages read
    stay read (no case twice, none lost), a search keeps its order, and the highlight stays."""
    from datetime import timedelta

    from app.core.models import ArtifactKind
    from app.ui.common import format_short, format_time
    from app.ui.mainwindow import MainWindow
    from app.vault import Vault
    from tests.unit.conftest import FixedClock

    monkeypatch.setattr(listpanel, "PAGE_SIZE", 2)
    clock = FixedClock("2025-07-08T09:00")
    vault = Vault.open(vault_path, PASSPHRASE, clock=clock)
    cases = []
    for n in range(4):
        clock.now += timedelta(hours=1)
        cases.append(vault.create_case(f"移動案件 {n}（測試）"))
    window = MainWindow(tasks, settings)
    qtbot.addWidget(window)
    window.set_vault(vault)
    panel = window.case_list
    assert panel.case_ids() == [cases[3].id, cases[2].id] and not panel.more.isHidden()
    what_counts = panel.tree.model().headerData(3, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "evidence, checklist steps or documents" in what_counts and "Viewing it" in what_counts
    window.select_case(cases[2].id)
    clock.now += timedelta(days=1)
    vault.add_artifact(cases[0].id, ArtifactKind.PNG, "IMG 1.png", "image/png", b"grey box")  # not read yet
    qtbot.waitUntil(lambda: panel.case_ids()[0] == cases[0].id, timeout=10_000)
    assert panel.tree.topLevelItem(0).text(3) == format_short(clock.now) != panel.tree.topLevelItem(1).text(3)
    clock.now += timedelta(minutes=10)
    vault.add_artifact(cases[2].id, ArtifactKind.PNG, "IMG 2.png", "image/png", b"grey box")  # listed, highlighted
    qtbot.waitUntil(lambda: panel.case_ids()[0] == cases[2].id, timeout=10_000)
    assert panel.tree.currentItem().data(0, Qt.ItemDataRole.UserRole) == cases[2].id
    details = window.case_view  # the case shown beside says the same, its revision unchanged
    assert details.changed.text() == format_time(clock.now) and details.detail_labels[8].text() == "Last updated:"
    assert details.updated.text() == f"{format_time(cases[2].updated_at)} (revision 1)"
    vault.record("artifact.view", case_id=cases[3].id)  # a reading: nothing moves
    qtbot.mouseClick(panel.more, Qt.MouseButton.LeftButton)
    while not panel.more.isHidden():
        qtbot.mouseClick(panel.more, Qt.MouseButton.LeftButton)
    assert panel.case_ids() == [cases[2].id, cases[0].id, cases[3].id, cases[1].id]  # each once, as a fresh read
    panel.refresh()
    assert panel.case_ids() == [cases[2].id, cases[0].id]  # a fresh read's first page
    panel.search.insert("移動案件")
    qtbot.waitUntil(lambda: len(panel.case_ids()) == 4, timeout=10_000)
    in_search = panel.case_ids()
    clock.now += timedelta(hours=2)
    vault.add_artifact(cases[1].id, ArtifactKind.PNG, "IMG 3.png", "image/png", b"grey box")
    row = in_search.index(cases[1].id)
    qtbot.waitUntil(lambda: panel.tree.topLevelItem(row).text(3) == format_short(clock.now), timeout=10_000)
    assert panel.case_ids() == in_search  # the hits keep their order
    window.set_vault(None)
    vault.lock()


def test_a_persons_details_are_punctuated_in_the_officers_language(qtbot, vault) -> None:
    """Seen in Chinese: 「帳號或暱稱： @zhang3; 電話： 0900-000-000」, a space after each 「：」 and an ASCII
    semicolon between them."""
    from app.ui.language import apply_language

    case = vault.create_case("標點測試", ["PTT"])
    vault.add_person(case.id, Role.SUSPECT, "張三", {"account": "@zhang3", "phone": "0900-000-000"})
    apply_language("zh_TW")
    try:
        view = CaseView()
        qtbot.addWidget(view)
        view.set_vault(vault)
        view.show_case(case.id)
        assert view.people_table.item(0, 3).text() == "帳號或暱稱：@zhang3；電話：0900-000-000"
        assert view.people_table.item(0, 0).text() == "犯嫌1"  # the Chinese interface shows the stored form
    finally:
        apply_language("en")


def test_the_officer_and_unit_are_bracketed_in_the_officers_language(qtbot, vault) -> None:
    """Seen in English: 「Officer Lin（Women and Children Protection Unit）」, with Chinese full-width brackets."""
    from app.ui.language import apply_language

    case = vault.create_case("Brackets", ["PTT"])
    view = CaseView()
    qtbot.addWidget(view)
    view.set_vault(vault)
    view.show_case(case.id)
    assert view.officer.text() == f"{case.officer} ({case.unit})"
    apply_language("zh_TW")
    try:
        view.show_case(case.id)
        assert view.officer.text() == f"{case.officer}（{case.unit}）"
    finally:
        apply_language("en")


def test_the_status_filter_fits_its_words_after_a_language_change(qtbot, vault) -> None:
    """Seen: started in Chinese, switched to English in Settings, the filter beside the search read 「All statu」,
    still the width of 「全部狀態」."""
    from app.ui.language import apply_language

    apply_language("zh_TW")
    try:
        panel = CaseListPanel()
        qtbot.addWidget(panel)
        panel.set_vault(vault)
        panel.resize(420, 600)
        panel.show()
        qtbot.waitExposed(panel)
        assert panel.status.itemText(0) == "全部狀態"
        apply_language("en")
        qtbot.waitUntil(lambda: panel.status.itemText(0) == "All statuses", timeout=10_000)
        fresh = CaseListPanel()  # one made in English: the width the words need
        qtbot.addWidget(fresh)
        panel.layout().activate()
        assert panel.status.width() >= fresh.status.sizeHint().width()
    finally:
        apply_language("en")
