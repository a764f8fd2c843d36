"""The officer's real screen: Windows laptops at 1366 × 768 with the recommended 125 % scaling, 1920 × 1080 screens
at 150 %. Qt lays windows out in logical pixels, so what counts is the screen's size divided by the scale, less the
taskbar (40 logical pixels) and, for a window, its frame and title bar (FRAME_ALLOWANCE). A window cannot be made
smaller than its minimum size: when that is taller than the screen, the status bar (vault state, audit chain head)
and the buttons at the bottom of the window are below the screen's edge, whatever Qt does to place it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QRect

from app.ui.capture import CaptureGallery
from app.ui.checklist.notifier import MAX_SHOWN, SHORT_SCREEN_SHOWN, ReminderBanner
from app.ui.common import FRAME_ALLOWANCE
from app.ui.language import apply_language
from app.ui.session import Session
from tests.integration.ui.conftest import wired_session

FULL_HD_150 = QRect(0, 0, 1280, 680)  # 1920 × 1080 at 150 %, above the taskbar
LAPTOP_100 = QRect(0, 0, 1366, 728)  # 1366 × 768 at 100 %, above the taskbar
LAPTOP_125 = QRect(0, 0, 1093, 574)  # 1366 × 768 at Windows' recommended 125 %, above the taskbar


class _Screen:
    def __init__(self, available: QRect) -> None:
        self._available = available

    def availableGeometry(self) -> QRect:  # QScreen's name
        return self._available


@pytest.fixture(params=["en", "zh_TW"])
def language(request: pytest.FixtureRequest, qapp: Any) -> Iterator[str]:
    yield apply_language(request.param)
    apply_language("en")


@pytest.fixture
def session(qtbot: Any, tasks: Any, settings: Any, vault: Any, vault_path: Path) -> Iterator[Session]:
    """The main window as the application wires it, unlocked, on a vault with a year's overdue clocks (eight
    cases, more than five reminders) NP-115-0008 with two captures)."""
    with wired_session(qtbot, tasks, settings, vault, vault_path) as session:
        yield session


def _show_capture(qtbot: Any, session: Session) -> None:
    """The last case, on its Captures tab, a capture shown (its header three lines): the tallest the case
    view gets; and the reminders of every overdue clock in the banner."""
    window = session.window
    vault = session.vault
    assert vault is not None
    case = next(case for case in vault.list_cases() if case.number.endswith("0008"))  # the one with two captures
    gallery = window.findChild(CaptureGallery)
    with qtbot.waitSignal(gallery.loaded, timeout=30_000):
        window.select_case(case.id)
    window.case_view.tabs.setCurrentWidget(gallery)
    session.casework.reminders.check_now()  # type: ignore[attr-defined]
    qtbot.waitUntil(session.casework.reminder_bar.isVisible, timeout=5000)  # type: ignore[attr-defined]
    qtbot.wait(200)


@pytest.mark.parametrize("available", [FULL_HD_150, LAPTOP_100, LAPTOP_125],
                         ids=["1920x1080@150%", "1366x768@100%", "1366x768@125%"])
def test_the_main_window_can_be_as_small_as_the_screen(qtbot: Any, monkeypatch: pytest.MonkeyPatch, session: Session,
                                                       language: str, available: QRect) -> None:
    """Seen at 1920 × 1080 with 150 %: the main window could not be made shorter than 702 logical pixels (760 with a
    case's details shown), the case details form and a capture's details tab added to the reminders; the status
    bar and the details' Save button were below the screen's edge. The forms now scroll instead. At 1366 × 768 and
    125 % the checklist's step tree and explanation still held it 18 pixels too tall in zh_TW, and in English the
    browser's patrol row made it 1,117 pixels wide on 1,093: "Lock vault" and the reminder's buttons were past the
    right edge."""
    monkeypatch.setattr(ReminderBanner, "screen", lambda _self: _Screen(available))
    _show_capture(qtbot, session)
    window = session.window
    smallest = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert smallest.height() + FRAME_ALLOWANCE[1] <= available.height(), (language, smallest)
    assert smallest.width() + FRAME_ALLOWANCE[0] <= available.width(), (language, smallest)
    window.case_view.tabs.setCurrentIndex(0)  # the details form
    qtbot.wait(100)
    smallest = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert smallest.height() + FRAME_ALLOWANCE[1] <= available.height(), (language, smallest)


def test_a_short_screen_lists_fewer_reminders(qtbot: Any, monkeypatch: pytest.MonkeyPatch, session: Session) -> None:
    """Five reminders and the "more" line took 134 of the 574 logical pixels of a 1366 × 768 screen at 125 %:
    there the banner lists the two most urgent and says how many more there are; a taller screen lists five."""
    banner: ReminderBanner = session.casework.banner  # type: ignore[attr-defined]
    monkeypatch.setattr(ReminderBanner, "screen", lambda _self: _Screen(QRect(0, 0, 1093, 574)))
    _show_capture(qtbot, session)
    assert len(banner.reminders) > MAX_SHOWN
    assert banner.text.text().count("<br>") == SHORT_SCREEN_SHOWN  # two reminders, then "…and 6 more"
    assert f"{len(banner.reminders) - SHORT_SCREEN_SHOWN} more" in banner.text.text()
    monkeypatch.setattr(ReminderBanner, "screen", lambda _self: _Screen(QRect(0, 0, 1920, 1040)))
    banner.changeEvent(QEvent(QEvent.Type.LanguageChange))  # shown again
    assert banner.text.text().count("<br>") == MAX_SHOWN


def test_large_text_lists_fewer_reminders_and_the_window_fits(qtbot: Any, monkeypatch: pytest.MonkeyPatch,
                                                              session: Session) -> None:
    """Seen with the text at 15 pt (Windows' text size, for an officer with poor sight) on a 1366 × 768 screen at
    100 %: five reminders of 24-pixel lines held the main window 749 pixels high, the status bar below the edge of
    the 728 pixels above the taskbar. A screen that holds few lines of the banner's text lists two reminders."""
    banner: ReminderBanner = session.casework.banner  # type: ignore[attr-defined]
    monkeypatch.setattr(ReminderBanner, "screen", lambda _self: _Screen(LAPTOP_100))
    large = session.window.font()
    large.setPointSize(15)
    session.window.setFont(large)
    _show_capture(qtbot, session)
    banner.changeEvent(QEvent(QEvent.Type.LanguageChange))  # listed again in the large font
    assert banner.text.text().count("<br>") == SHORT_SCREEN_SHOWN
    window = session.window
    window.case_view.tabs.setCurrentIndex(0)
    qtbot.wait(100)
    smallest = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert smallest.height() + FRAME_ALLOWANCE[1] <= LAPTOP_100.height(), smallest
