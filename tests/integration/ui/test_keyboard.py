"""The officer who works from the keyboard: Alt+letter reaches one item per window, in both languages, and
no key of the main window (browser included) belongs to two actions, which Qt then fires neither of."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar, QPlainTextEdit, QPushButton, QToolBar, QWidget

from app.core.models import Role
from app.infra.idle import IdleWatcher
from app.main import _wire_panels
from app.ui.browser import BrowserPanel
from app.ui.cases.dialogs import AddPersonDialog, NewCaseDialog
from app.ui.language import apply_language
from app.ui.session import Session
from tests.helpers.mnemonics import clashes, dead_labels, menu_clashes, window_items
from tests.helpers.windows import delete_now, dialogs, each_dialog, each_wizard_page


@pytest.fixture
def session(qtbot, tasks, settings, vault, vault_path: Path) -> Iterator[Session]:  # type: ignore[no-untyped-def]
    """The main window as the application wires it, unlocked, with a case (a sealed reporter in it) on screen."""
    session = Session(settings, tasks, IdleWatcher(60_000), vault_path)
    _wire_panels(session)
    qtbot.addWidget(session.window)
    session.window.show()
    session._on_opened(vault)
    case = vault.create_case("鍵盤操作測試（虛構）", ["PTT"])
    vault.add_person(case.id, Role.REPORTER, "測試報告人甲")
    session.window.select_case(case.id)
    yield session
    session.end()  # as the close button: the browser shut down and the vault locked before the next test
    # Deleted here, not whenever Python's garbage collector reaches the window: collected during a later test,
    # it took its browser down while that test ran, and a timer fired on freed memory (a segfault).
    window = session.window
    window.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(window), timeout=5000)


@pytest.fixture(params=["en", "zh_TW"])
def language(request: pytest.FixtureRequest, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    yield apply_language(request.param)
    apply_language("en")


def _problems(top: QWidget) -> list[Any]:
    return [*clashes(window_items(top)), *(("label without a buddy", text) for text in dead_labels(top))]


def test_alt_letters_lead_to_one_item_in_every_window(qtbot, session: Session, language: str,  # type: ignore[no-untyped-def]
                                                       tmp_path: Path) -> None:
    """Seen: 「案由(&T)」 beside the Tools menu (工具(&T)), 「理由(&R)」 beside the 「檢視(&R)」 button, the import
    dialog's 「選擇(&H)」 and 「檢查(&H)」: Alt+letter went to the first and never to the second."""
    window = session.window
    found: dict[str, list[Any]] = {}
    found["main window"] = _problems(window)  # its tabs' pages are told apart, the menu bar is on all of them
    for menu in window.findChildren(QMenu):
        found[f"menu {menu.title()}"] = menu_clashes(menu)
    for name, dialog in each_dialog(qtbot, session, tmp_path):
        found[name] = _problems(dialog)
    for name, wizard in each_wizard_page(qtbot, session, tmp_path):
        found[name] = _problems(wizard)
    found = {name: problems for name, problems in found.items() if problems}
    assert found == {}, "\n".join(f"{name}: {problems}" for name, problems in found.items())


def _scopes(owner: QAction | QShortcut, window: QWidget) -> list[QWidget]:
    """Where the focus must be for ``owner``'s key to fire (menus and toolbars never hold the focus)."""
    context = owner.shortcutContext() if isinstance(owner, QAction) else owner.context()
    if context in (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut):
        return [window]
    if isinstance(owner, QShortcut):
        return [owner.parent()]  # type: ignore[list-item]
    return [widget for widget in owner.associatedObjects()
            if isinstance(widget, QWidget) and not isinstance(widget, QMenu | QMenuBar | QToolBar)]


def _overlap(first: list[QWidget], second: list[QWidget]) -> bool:
    return any(a is b or a.isAncestorOf(b) or b.isAncestorOf(a) for a in first for b in second)


def test_no_key_of_the_main_window_belongs_to_two_actions(session: Session) -> None:
    """Seen: Ctrl+L (lock the vault; the browser's address bar) and F5 (refresh the case list; reload the page)
    did nothing in the browser, with "Ambiguous shortcut overload" in the log."""
    window = session.window
    owners: list[tuple[str, str, list[QWidget]]] = []
    for action in window.findChildren(QAction):
        owners.extend((key.toString(), action.objectName(), _scopes(action, window)) for key in action.shortcuts())
    for shortcut in window.findChildren(QShortcut):
        owners.extend((key.toString(), "browser", _scopes(shortcut, window)) for key in shortcut.keys())  # noqa: SIM118 (a QShortcut, not a dict)
    ambiguous = [(key, name, other_name) for index, (key, name, scopes) in enumerate(owners)
                 for other_key, other_name, other_scopes in owners[index + 1:]
                 if key == other_key and _overlap(scopes, other_scopes)]
    assert ambiguous == []


def _press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None
    QTest.keyClick(focus, key, modifiers)


def test_the_browser_and_the_case_list_each_answer_their_keys(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    window = session.window
    panel = window.findChild(BrowserPanel)
    window.work_area.setCurrentWidget(panel)
    panel.address.setText("https://example.invalid/")
    for keys in ((Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier), (Qt.Key.Key_F6, Qt.KeyboardModifier.NoModifier)):
        panel.address.deselect()
        panel.highlight_edit.setFocus()
        qtbot.waitUntil(panel.highlight_edit.hasFocus, timeout=2000)
        _press(*keys)
        qtbot.waitUntil(lambda: panel.address.hasFocus() and panel.address.selectedText() == panel.address.text(),
                        timeout=2000)
    panel.open_blank_tab()
    opened = panel.tabs.count()
    panel.address.setFocus()
    qtbot.waitUntil(panel.address.hasFocus, timeout=2000)
    _press(Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)  # the second binding of Close, as in every browser
    qtbot.waitUntil(lambda: panel.tabs.count() == opened - 1, timeout=2000)
    window.work_area.setCurrentIndex(0)
    window.case_list.setFocus()
    refreshed: list[bool] = []
    window.act_refresh.triggered.connect(lambda: refreshed.append(True))
    qtbot.waitUntil(lambda: window.case_list.isAncestorOf(QApplication.focusWidget()) or window.case_list.hasFocus(),
                    timeout=2000)
    _press(Qt.Key.Key_F5)
    assert refreshed == [True]
    with qtbot.waitSignal(session.locked, timeout=3000):
        _press(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


def _tab_stops(top: QWidget) -> list[QWidget]:
    """The widgets Tab visits in ``top``, in order (a spin box once, not again for its inner line edit)."""
    stops: list[QWidget] = []
    widget = top.nextInFocusChain()
    while widget is not top and len(stops) < 200:
        if (widget.window() is top and widget.isVisible() and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
                and widget.objectName() != "qt_spinbox_lineedit"):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def _climbs(top: QWidget) -> list[tuple[str, str]]:
    """Each Tab that goes back up to a widget wholly above the one before it, in the same column (from the
    foot of a left column to the head of the right one is reading order)."""
    stops = _tab_stops(top)

    def name(widget: QWidget) -> str:
        return widget.objectName() or type(widget).__name__

    def place(widget: QWidget) -> QRect:
        return QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())

    return [(name(before), name(after)) for before, after in pairwise(stops)
            if place(after).bottom() < place(before).top()
            and place(after).left() <= place(before).right() and place(before).left() <= place(after).right()]


def test_tab_goes_down_every_window_in_reading_order(qtbot, session: Session, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Seen: in "Add person" Tab went from the name to Cancel and only then to the account, date of birth and ID
    number below; in the keyword patrol, All / None above the platforms came after Cancel."""
    found: dict[str, list[tuple[str, str]]] = {}
    for name, dialog in each_dialog(qtbot, session, tmp_path):
        found[name] = _climbs(dialog)
    assert {name: climbs for name, climbs in found.items() if climbs} == {}


def test_add_person_starts_at_the_role_and_tabs_through_every_detail(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    assert session.vault is not None
    dialog = AddPersonDialog(session.vault, session.vault.list_cases()[0])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.role.hasFocus, timeout=2000)
    stops = _tab_stops(dialog)
    fields = [dialog.role, dialog.name, *dialog.detail_edits.values()]
    assert stops[:len(fields)] == fields


def test_keyword_patrol_tabs_to_all_and_none_before_the_platforms_they_tick(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    panel = session.window.findChild(BrowserPanel)
    dialog = panel.open_keyword_patrol()
    stops = _tab_stops(dialog)
    texts = [widget.text() if isinstance(widget, QPushButton) else "" for widget in stops]
    assert texts.index("All") < texts.index("None") < stops.index(dialog.platforms) < texts.index("Cancel")
    dialog.close()


def test_refresh_and_adding_a_person_keep_the_notes_the_officer_has_not_saved(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    """Seen: notes typed in the case's details, then F5 (or Add person, which re-reads the case), and the notes
    were gone without a word."""
    window, vault = session.window, session.vault
    assert vault is not None
    view = window.case_view
    view.tabs.setCurrentIndex(0)
    view.notes_edit.setFocus()
    qtbot.waitUntil(view.notes_edit.hasFocus, timeout=2000)
    qtbot.keyClicks(view.notes_edit, "Suspect account seen again at 14:05")
    qtbot.keyClicks(view.title_edit, " (updated)")
    refreshed: list[bool] = []
    window.act_refresh.triggered.connect(lambda: refreshed.append(True))
    _press(Qt.Key.Key_F5)
    assert refreshed == [True]
    assert view.notes_edit.toPlainText() == "Suspect account seen again at 14:05"
    assert view.title_edit.text() == "鍵盤操作測試（虛構） (updated)"
    vault.add_person(view.case.id, Role.WITNESS, "測試證人乙")  # as the Add person dialog does, then the re-read
    view.reload()
    assert view.people_table.rowCount() == 2  # the rest of the case is read again
    assert view.notes_edit.toPlainText() == "Suspect account seen again at 14:05"
    assert view.save_button.isEnabled()
    view.save_button.click()
    assert vault.case(view.case.id).notes == "Suspect account seen again at 14:05"
    view.reload()  # nothing typed since the save: the details are read again as stored
    assert view.title_edit.text() == "鍵盤操作測試（虛構） (updated)"
    assert not view.save_button.isEnabled()


def test_tab_leaves_every_note_field_instead_of_typing_a_tab(qtbot, session: Session, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Seen: Tab in the notes of a new case, of the case's details and of a ticked step typed a tab character,
    so the officer working from the keyboard could not reach Create case, Save or Mark done with Tab."""
    built = [dialogs(session, tmp_path)[name]() for name in ("new case", "mark step done", "reveal", "documents")]
    windows: list[QWidget] = [session.window, *(dialog for dialog in built if dialog is not None)]
    traps = [f"{type(window).__name__}: {edit.objectName()}" for window in windows
             for edit in window.findChildren(QPlainTextEdit)
             if edit.window() is window and not edit.isReadOnly() and not edit.tabChangesFocus()]
    delete_now(qtbot, windows[1:])
    assert traps == []
    dialog = NewCaseDialog(session.vault, ["PTT"])  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.notes.setFocus()
    qtbot.waitUntil(dialog.notes.hasFocus, timeout=2000)
    qtbot.keyClicks(dialog.notes, "Seen on PTT")
    QTest.keyClick(dialog.notes, Qt.Key.Key_Tab)
    assert dialog.notes.toPlainText() == "Seen on PTT"
    assert not dialog.notes.hasFocus()
