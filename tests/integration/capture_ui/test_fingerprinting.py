"""What a hostile site can learn about a visitor patrolling it with NetPatrol.

``opsec/hostile.html`` collects what fingerprinting and bot-detection scripts collect (the User-Agent and its
client hints, the languages asked for, plugins and ``window.chrome``, extra globals, changes to its DOM, the
window's size, scrolls, visibility and focus, ``navigator.webdriver``) and posts it back to the fixture server,
which also keeps every request's headers. The page is opened in the real patrol browser, with blur, grayscale and
keyword highlighting on, during a patrol, and captured. What the page still sees and these tests do not forbid is
in the opsec audit (session 25): the blur's computed ``filter``, the adopted stylesheets, the highlight registry,
the ``data-np-bg`` marks, the viewport resizes and fast scrolls of a full-page capture, the empty plugin list and
``window.chrome``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QUrl

from app.core.chat import load_chat_adapters
from app.infra import paths
from app.infra.capture_prefs import CapturePrefs
from app.infra.tasks import TaskRunner
from app.ui.browser import BrowserPanel
from app.ui.capture import CaptureController
from app.ui.capture_host import HiddenTab
from app.vault import Vault
from app.vault.captures import capture_files
from tests.conftest import FIXTURES
from tests.helpers.hostile import Seen, hostile_site
from tests.integration.browser.conftest import js
from tests.integration.capture_ui.conftest import open_and_wait

pytestmark = [pytest.mark.webengine, pytest.mark.gui]

# A chat site's own script (run in the page's world, as the site's would be): it wraps requestAnimationFrame and
# watches its elements, the window and scrolling.
CHAT_SITE_SPY = """
window.__spy = { frames: 0, attributes: 0, resizes: 0 };
(function () {
  const native = window.requestAnimationFrame;
  window.requestAnimationFrame = function (callback) { window.__spy.frames++; return native.call(window, callback); };
  new MutationObserver(function (records) { window.__spy.attributes += records.length; })
    .observe(document, { attributes: true, subtree: true });
  window.addEventListener('resize', function () { window.__spy.resizes++; });
})();
true
"""


@pytest.fixture
def seen() -> Seen:
    return Seen()


@pytest.fixture
def hostile(seen: Seen) -> Iterator[str]:
    with hostile_site(seen, FIXTURES / "pages") as url:
        yield url


def report(qtbot: Any, page: Any, seen: Seen) -> dict[str, Any]:
    """Ask the page's own script to send home what it saw so far, and return that."""
    before = len(seen.reports)
    js(qtbot, page, "window.__report(); true")
    qtbot.waitUntil(lambda: len(seen.reports) > before, timeout=10_000)
    return seen.reports[-1]


def assert_named_as_ordinary_chrome(headers: dict[str, str], page_saw: dict[str, Any]) -> None:
    assert "QtWebEngine" not in headers["user-agent"] and "Chrome/" in headers["user-agent"]
    assert '"Google Chrome";v=' in headers["sec-ch-ua"] and '"Chromium";v=' in headers["sec-ch-ua"]
    assert page_saw["userAgent"] == headers["user-agent"]
    chrome = {brand.split("/")[0]: brand.split("/")[1] for brand in page_saw["brands"]}
    assert chrome["Google Chrome"] == chrome["Chromium"]   # the same version, as Chrome sends them
    # a browser set up in Taiwan, whatever the officer's interface language (none at all was sent)
    assert headers.get("accept-language") == "zh-TW,zh;q=0.9,en-US;q=0.8,en;q=0.7"
    assert page_saw["languages"] == ["zh-TW", "zh", "en-US", "en"]


def test_a_patrolled_site_sees_an_ordinary_chrome_and_the_capture_records_what_it_was_told(
        qtbot: Any, panel: BrowserPanel, vault: Vault, controller: CaptureController, hostile: str, seen: Seen,
        finish: Any) -> None:
    case = vault.create_case("合成測試案件", ["PTT"])
    panel.start_patrol()
    panel.set_highlight(["援交"])
    panel.gray_toggle.setChecked(True)
    tab = open_and_wait(qtbot, panel, hostile)
    panel.set_case(case.id)
    qtbot.waitUntil(lambda: tab.hits == 2, timeout=15_000)
    qtbot.waitUntil(lambda: "tile" in report(qtbot, tab.page, seen)["filters"], timeout=15_000)
    before = seen.reports[-1]
    assert_named_as_ordinary_chrome(seen.page_request(), before)
    assert "blur" in before["filters"]["tile"]   # a picture drawn as a CSS background is blurred for the officer …

    outcome = finish(controller.capture_now())
    during = report(qtbot, tab.page, seen)
    recorded = json.loads(next(vault.artifacts.read(a.id) for a in capture_files(vault, outcome.stored.id)
                               if a.name == "metadata.json"))
    # the record keeps what the site was told, and the engine that really rendered it
    assert recorded["engine"]["user_agent"] == seen.page_request()["user-agent"]
    assert recorded["engine"]["brands"]["Google Chrome"] == recorded["engine"]["chromium"]
    assert recorded["engine"]["accept_language"] == seen.page_request()["accept-language"]
    assert recorded["engine"]["qtwebengine"]
    # what the capture did not give away (these held before; kept so that they stay so)
    assert during["webdriver"] is False
    assert set(during["visibility"]) == {"visible"} and during["focusEvents"] == []
    assert during["globals"] == [] and during["titles"] == ["Hostile fingerprinting fixture"]
    # … and neither that nor the capture marked the page's elements (a data-np-bg attribute, set and removed
    # around every capture, was seen by the page's MutationObserver and by any script that looked)
    assert during["strangeAttributes"] == []
    assert not [change for change in during["mutations"] if change.startswith("attr ")]


def test_capturing_a_page_that_fits_the_window_does_not_resize_it(qtbot: Any, panel: BrowserPanel, vault: Vault,
                                                                   controller: CaptureController, hostile: str,
                                                                   seen: Seen, finish: Any) -> None:
    """The full-page shot of a page taller than the window resizes it (to 1 x 1 px and back, measured: see the audit);
    a page the window shows whole is taken as shown, and its script sees no resize."""
    case = vault.create_case("合成測試案件", ["PTT"])
    tab = open_and_wait(qtbot, panel, hostile + "?short")
    panel.set_case(case.id)
    outcome = finish(controller.capture_now())
    windows = {(width, height) for _at, width, height, _scroll in report(qtbot, tab.page, seen)["resizeLog"]}
    assert all(width > 100 and height > 100 for width, height in windows), windows   # the panel's own layout only
    assert outcome.stored.complete
    assert "fullpage.png" in {a.name for a in capture_files(vault, outcome.stored.id)}


def test_a_chat_capture_calls_nothing_of_the_page(qtbot: Any, panel: BrowserPanel, vault: Vault, tasks: TaskRunner,
                                                  capture_prefs: CapturePrefs, fixture_server: str,
                                                  finish: Any) -> None:
    """Waiting for a painted frame went through the page's own requestAnimationFrame (evaluated in its world):
    the site's wrapper counted five calls from code it never wrote in one chat capture."""
    controller = CaptureController(panel, tasks, capture_prefs, parent=panel, chat_adapters=[
        *load_chat_adapters(FIXTURES / "adapters" / "chat"), *load_chat_adapters(paths.RESOURCES / "adapters" / "chat")])
    case = vault.create_case("聊天案件", ["LINE"])
    panel.set_case(case.id)
    tab = open_and_wait(qtbot, panel, f"{fixture_server}/chat/inner.html")
    qtbot.waitUntil(lambda: js(qtbot, tab.page, "innerHeight") == tab.view.height(), timeout=10_000)  # laid out
    js(qtbot, tab.page, CHAT_SITE_SPY)
    outcome = finish(controller.capture_chat_now())
    assert outcome.stored.complete and outcome.stored.completeness.messages == 45
    assert json.loads(js(qtbot, tab.page, "JSON.stringify(window.__spy)")) == {"frames": 0, "attributes": 0,
                                                                               "resizes": 0}


def test_netpatrol_capture_visits_as_the_patrol_browser_does(qtbot: Any, panel: BrowserPanel, hostile: str,
                                                             seen: Seen) -> None:
    """``netpatrol capture`` opens the page in a hidden tab of its own profile: the site sees the same browser."""
    in_panel = open_and_wait(qtbot, panel, hostile)
    patrol = report(qtbot, in_panel.page, seen)
    tab = HiddenTab()
    try:
        with qtbot.waitSignal(tab.page.loadFinished, timeout=20_000):
            tab.page.load(QUrl(hostile))
        command = report(qtbot, tab.page, seen)
        assert_named_as_ordinary_chrome(seen.page_request(-1), command)
        same = ("userAgent", "brands", "languages", "plugins", "mimeTypes", "pdfViewer", "webdriver", "chrome")
        assert {key: command[key] for key in same} == {key: patrol[key] for key in same}
    finally:
        tab.close()
