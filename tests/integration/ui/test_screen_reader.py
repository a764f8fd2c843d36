"""The officer who uses a screen reader (Narrator, NVDA): every control of every window has a name the reader
says, in words, in the officer's language, and the names follow a live switch of language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from app.ui.capture import CaptureGallery
from app.ui.language import apply_language
from app.ui.session import Session
from tests.helpers.accessibility import interactive, nameless
from tests.helpers.windows import each_dialog, each_wizard_page
from tests.integration.ui.conftest import wired_session


@pytest.fixture
def session(qtbot: Any, tasks: Any, settings: Any, vault: Any, vault_path: Path) -> Iterator[Session]:
    """The main window as the application wires it, unlocked, on the year vault (NP-115-0008 has two captures)."""
    with wired_session(qtbot, tasks, settings, vault, vault_path) as session:
        yield session


@pytest.fixture(params=["en", "zh_TW"])
def language(request: pytest.FixtureRequest, qapp: Any) -> Iterator[str]:
    yield apply_language(request.param)
    apply_language("en")


def _main_window_views(qtbot: Any, session: Session) -> Iterator[str]:
    """Shows each page of the main window in turn (each tab of a case, each capture tab with a capture chosen,
    the browser, the clocks) and yields its name while it is on screen."""
    window, vault = session.window, session.vault
    assert vault is not None
    case = next(case for case in vault.list_cases() if case.number.endswith("0008"))  # the one with two captures
    gallery = window.findChild(CaptureGallery)
    with qtbot.waitSignal(gallery.loaded, timeout=30_000):
        window.select_case(case.id)
    session.casework.reminders.check_now()  # type: ignore[attr-defined]
    tabs = window.case_view.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        yield f"case tab {index}"
    tabs.setCurrentWidget(gallery)
    gallery.select_capture(gallery.capture_ids()[0])
    view = gallery.findChild(QWidget, "captureView")
    qtbot.waitUntil(lambda: view.detail is not None, timeout=20_000)  # type: ignore[attr-defined]
    for index in range(view.tabs.count()):  # type: ignore[attr-defined]
        view.tabs.setCurrentIndex(index)  # type: ignore[attr-defined]
        yield f"capture tab {index}"
    for index in range(1, window.work_area.count()):
        window.work_area.setCurrentIndex(index)
        yield f"work tab {index}"
    window.work_area.setCurrentIndex(0)


def test_every_control_has_a_name_the_reader_says(qtbot: Any, session: Session, language: str,
                                                  tmp_path: Path) -> None:
    """Seen: the case search field, the case list, every table (people, history, audit log, clocks, hashes,
    identifiers), the browser's address bar and highlight box, the burst interval and the export's file field
    were read as "edit", "table" or "combo box" and nothing more; the reload buttons as "⟳"."""
    found: dict[str, list[str]] = {}
    for view in _main_window_views(qtbot, session):
        found[f"main window, {view}"] = nameless(session.window)
    for name, dialog in each_dialog(qtbot, session, tmp_path):
        found[name] = nameless(dialog)
    for name, wizard in each_wizard_page(qtbot, session, tmp_path):
        found[name] = nameless(wizard)
    found = {name: problems for name, problems in found.items() if problems}
    assert found == {}, "\n".join(f"{name}: {problems}" for name, problems in found.items())


def _given_names(qtbot: Any, session: Session) -> dict[tuple[str, int], str]:
    """The names the application gave (``setAccessibleName``) to the main window's controls, in every view,
    by the view and the widget's place."""
    names: dict[tuple[str, int], str] = {}
    for view in _main_window_views(qtbot, session):
        for widget in interactive(session.window):
            if widget.accessibleName():
                names[(f"{view}: {widget.objectName() or type(widget).__name__}", id(widget))] = widget.accessibleName()
    return names


def test_the_names_follow_a_live_switch_of_language(qtbot: Any, session: Session) -> None:
    """The officer who switches to 繁體中文 in the settings hears the names in Chinese at once, without a restart."""
    english = _given_names(qtbot, session)
    apply_language("zh_TW")
    try:
        chinese = _given_names(qtbot, session)
    finally:
        apply_language("en")
    assert english, "no control has a name of its own"
    unchanged = {place[0]: name for place, name in english.items() if chinese.get(place) == name}
    assert unchanged == {}
