"""A capture the officer interrupts by closing its tab ends there: nothing stored, one clear sentence, and
no crash dialog (seen: closing the tab while a long page was being captured gave the internal-error box)."""

from __future__ import annotations

import sys
from types import TracebackType
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from app.ui.browser import BrowserPanel
from app.ui.capture import CaptureController
from app.vault import Vault
from app.vault.captures import capture_files, captures_in_case
from tests.integration.capture_ui.conftest import open_and_wait

pytestmark = [pytest.mark.webengine, pytest.mark.gui]


@pytest.fixture
def bugs(monkeypatch: pytest.MonkeyPatch) -> list[BaseException]:
    """What reached the crash handler (sys.excepthook) during the test."""
    seen: list[BaseException] = []

    def hook(_kind: type[BaseException], error: BaseException, _tb: TracebackType | None) -> None:
        seen.append(error)

    monkeypatch.setattr(sys, "excepthook", hook)
    return seen


def visible_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


@pytest.mark.parametrize("chat", [False, True], ids=["page", "chat"])
def test_closing_the_tab_mid_capture_stores_nothing_and_says_so(qtbot: Any, panel: BrowserPanel, vault: Vault,
                                                                controller: CaptureController, fixture_server: str,
                                                                finish: Any, bugs: list[BaseException],
                                                                chat: bool) -> None:
    case = vault.create_case("中途關閉分頁測試（虛構）", [])
    panel.set_case(case.id)
    # An endless feed keeps the page capture scrolling; the chat loads older messages slowly.
    url = f"{fixture_server}/chat/virtual.html?delay=400" if chat else f"{fixture_server}/capture/feed.html"
    tab = open_and_wait(qtbot, panel, url)
    task = controller.capture_chat_now() if chat else controller.capture_now()
    qtbot.waitUntil(lambda: tab.page.devToolsPage() is not None, timeout=30_000)   # the capture is under way
    if not chat:
        qtbot.waitUntil(lambda: tab.page.scrollPosition().y() > 0, timeout=30_000)   # … and scrolling the feed
    panel.close_tab(panel.tabs.indexOf(tab))
    assert finish(task) is None
    assert bugs == []
    [box] = visible_boxes()
    assert box.text() == "The tab was closed while it was being captured; nothing was stored."
    assert captures_in_case(vault, case.id) == []
    assert controller.act_capture.isEnabled() and controller.act_chat.isEnabled()
    box.close()
    again = open_and_wait(qtbot, panel, url)   # the browser goes on: a new tab opens and loads
    assert again.page.url().toString() == url


@pytest.mark.parametrize("kind", ["burst", "record"])
def test_closing_the_tab_of_a_running_burst_or_recording_stores_what_it_took(
        qtbot: Any, panel: BrowserPanel, vault: Vault, controller: CaptureController, pages: str, finish: Any,
        bugs: list[BaseException], kind: str) -> None:
    """A story's frames are the evidence of something that vanishes: the tab closed under a burst (or a
    recording) must not take them with it. Seen: the frames were lost and the crash dialog came at Stop."""
    case = vault.create_case("連拍中關閉分頁測試（虛構）", [])
    panel.set_case(case.id)
    tab = open_and_wait(qtbot, panel, pages + "post.html")
    controller.interval.setValue(50)
    finish(controller.toggle_burst() if kind == "burst" else controller.toggle_recording())
    tab.page.runJavaScript("let n=0; setInterval(() => { document.title = 'tick ' + (++n); "
                           "document.body.style.background = n % 2 ? '#eee' : '#fff'; }, 50);")
    recorder = controller.recorder
    qtbot.waitUntil(lambda: (recorder.frame_count if kind == "burst" else recorder.frames) >= 3, timeout=30_000)
    panel.close_tab(panel.tabs.indexOf(tab))
    qtbot.waitUntil(lambda: controller.result_dialog is not None and controller.result_dialog.isVisible(),
                    timeout=60_000)   # stopped by itself and stored, as if Stop had been pressed
    [stored] = captures_in_case(vault, case.id)
    assert stored.kind.value == {"burst": "burst", "record": "recording"}[kind]
    assert bugs == [] and visible_boxes() == [] and not controller.running
    files = [a.name for a in capture_files(vault, stored.id)]
    assert (sum(name.startswith("burst-") for name in files) >= 3) if kind == "burst" else "recording.mp4" in files
    assert controller.indicator.text() == "" and controller.act_capture.isEnabled()
    assert controller.result_dialog is not None and stored.id in controller.result_dialog.headline.text()
    controller.result_dialog.close()
