"""Where the main window first appears: on the screen, whole. Seen on a 1366 × 768 laptop: a fixed
1280 × 800 window put the status bar (vault state, audit chain head) below the screen's edge."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QDialog

from app.infra.settings import Settings
from app.ui.common import FRAME_ALLOWANCE, resize_within_screen
from app.ui.mainwindow import MainWindow


class _Screen:
    def __init__(self, available: QRect) -> None:
        self._available = available

    def availableGeometry(self) -> QRect:  # QScreen's name
        return self._available


def _first_window(qtbot: Any, monkeypatch: pytest.MonkeyPatch, tasks: Any, available: QRect) -> MainWindow:
    monkeypatch.setattr(MainWindow, "screen", lambda _self: _Screen(available))
    window = MainWindow(tasks, Settings())
    qtbot.addWidget(window)
    return window


def _outer(window: MainWindow) -> QRect:
    """The window with the room its frame takes (the offscreen platform draws none)."""
    return QRect(window.x(), window.y(), window.width() + FRAME_ALLOWANCE[0], window.height() + FRAME_ALLOWANCE[1])


@pytest.mark.parametrize("available", [QRect(0, 0, 1366, 728), QRect(0, 0, 1280, 680), QRect(1920, 0, 1366, 728)])
def test_a_first_window_fits_a_small_screen(qtbot, monkeypatch, tasks, _isolated_home, available: QRect) -> None:
    window = _first_window(qtbot, monkeypatch, tasks, available)
    assert available.contains(_outer(window)), (window.geometry(), available)
    assert window.height() == available.height() - FRAME_ALLOWANCE[1]  # as tall as the screen allows


def test_a_first_window_on_a_large_screen_is_1280_by_800_and_centred(qtbot, monkeypatch, tasks,
                                                                      _isolated_home) -> None:
    available = QRect(0, 0, 1920, 1040)
    window = _first_window(qtbot, monkeypatch, tasks, available)
    assert (window.width(), window.height()) == (1280, 800)
    assert available.contains(_outer(window))
    assert abs(_outer(window).center().x() - available.center().x()) <= 1


def test_a_saved_window_comes_back_where_the_officer_left_it(qtbot, tasks, _isolated_home) -> None:
    settings = Settings()
    first = MainWindow(tasks, settings)
    qtbot.addWidget(first)
    first.resize(700, 500)
    first.move(20, 30)
    first.show()
    qtbot.waitExposed(first)
    first.close()
    again = MainWindow(tasks, Settings())
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 500)


def test_the_case_list_keeps_the_width_the_officer_gave_it(qtbot, tasks, vault, _isolated_home) -> None:
    first = MainWindow(tasks, Settings())
    qtbot.addWidget(first)
    first.set_vault(vault)
    first.resize(1280, 800)
    first.show()
    qtbot.waitExposed(first)
    first.splitter.setSizes([520, 740])  # the officer drags the divider
    widened = first.splitter.sizes()
    assert widened[0] >= 500
    first.close()
    again = MainWindow(tasks, Settings())
    qtbot.addWidget(again)
    again.set_vault(vault)
    again.show()
    qtbot.waitExposed(again)
    assert again.splitter.sizes()[0] == widened[0]  # the list as wide as it was left


@pytest.mark.parametrize(("preferred", "expected"), [((560, 420), (560, 420)), ((1100, 800), (1100, 688)),
                                                      ((1500, 600), (1350, 600))])
def test_a_dialog_takes_its_preferred_size_or_what_the_screen_has(qtbot, monkeypatch, preferred, expected) -> None:
    monkeypatch.setattr(QDialog, "screen", lambda _self: _Screen(QRect(0, 0, 1366, 728)))
    dialog = QDialog()
    qtbot.addWidget(dialog)
    resize_within_screen(dialog, *preferred)
    assert (dialog.width(), dialog.height()) == expected


@pytest.mark.parametrize("state", [Qt.WindowState.WindowMinimized, Qt.WindowState.WindowMaximized])
def test_a_window_asked_forward_by_a_second_start_is_shown_as_it_was(qtbot, tasks, _isolated_home,
                                                                     state: Qt.WindowState) -> None:
    """A second start brings the running window forward (``infra.single_instance``): a minimised one comes back, a
    maximised one stays maximised (a plain showNormal would have shrunk it)."""
    window = MainWindow(tasks, Settings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.setWindowState(state | Qt.WindowState.WindowMaximized if state == Qt.WindowState.WindowMinimized
                          else state)
    window.come_forward()
    assert window.isVisible()
    assert not window.windowState() & Qt.WindowState.WindowMinimized
    assert window.windowState() & Qt.WindowState.WindowMaximized


def test_a_window_asked_forward_keeps_its_open_dialog_above_it(qtbot, tasks, _isolated_home) -> None:
    """Seen under Xvfb (no window manager to keep a dialog above its window): the window came forward over its
    own unlock dialog, and the officer saw the lock screen with nothing to type the passphrase into."""
    window = MainWindow(tasks, Settings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    dialog = QDialog(window)
    dialog.open()  # window-modal, as the unlock dialog
    qtbot.waitExposed(dialog)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.come_forward()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.reject()
