"""Capture tests: a fixture server with slow and hanging paths, a qasync loop, a hidden tab.

- ``/slow/PATH?ms=N`` serves tests/fixtures/pages/PATH after N ms (lazy content arrives late, as on
  real sites); ``/hang/...`` never answers within a test (a page that never finishes loading).
- Coroutines run with ``run(coro)`` as tasks on a qasync loop around the test's QApplication;
  the test waits for them with qtbot (the Qt loop runs, asyncio timers and futures with it).
"""

from __future__ import annotations

import asyncio
import functools
import http.server
import time
import urllib.parse
from collections.abc import Callable, Coroutine, Iterator
from pathlib import Path
from typing import Any

import pytest

from app.core.adapters import Adapter, load_adapters
from app.infra import paths
from app.ui.capture_host import HiddenTab  # QtWebEngine must be imported before the QApplication exists
from tests.conftest import qt_event_loop
from tests.helpers.loopback import serving

PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "pages"
HANG_SECONDS = 20


class _CaptureHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        parsed = urllib.parse.urlsplit(self.path)
        if parsed.path.startswith("/hang/"):
            time.sleep(HANG_SECONDS)
            self.send_error(504)
            return
        if parsed.path.startswith("/slow/"):
            delay = int(urllib.parse.parse_qs(parsed.query).get("ms", ["100"])[0])
            time.sleep(delay / 1000)
            self.path = parsed.path[len("/slow"):]
        super().do_GET()


@pytest.fixture(scope="session")
def capture_server() -> Iterator[str]:
    with serving(functools.partial(_CaptureHandler, directory=str(PAGES))) as base:
        yield f"{base}/capture"


@pytest.fixture(scope="session")
def adapters() -> tuple[Adapter, ...]:
    return tuple(load_adapters(paths.RESOURCES / "adapters"))


@pytest.fixture
def loop(qapp: Any) -> Iterator[asyncio.AbstractEventLoop]:
    """The qasync loop on the test's QApplication, marked running (as under the app's own exec)."""
    with qt_event_loop(qapp) as event_loop:
        yield event_loop


@pytest.fixture
def run(loop: asyncio.AbstractEventLoop, qtbot: Any) -> Callable[[Coroutine[Any, Any, Any]], Any]:
    """Run a coroutine as a task on the Qt loop and wait for it (qtbot spins the loop; no sleeps)."""
    def runner(coro: Coroutine[Any, Any, Any], timeout: float = 120) -> Any:
        task = loop.create_task(coro)
        qtbot.waitUntil(task.done, timeout=int(timeout * 1000))
        return task.result()
    return runner


@pytest.fixture
def tab(qapp: Any) -> Iterator[HiddenTab]:
    hidden = HiddenTab()
    yield hidden
    hidden.close()
