"""Running our own scripts in a tab, in Qt's application world, as awaitables.

The application world shares the page's DOM but not its JavaScript: a page cannot redefine the
functions we call (scrollTo, innerText, MutationObserver) to hide from or confuse a capture.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineScript

from app.capture.cdp import CdpTimeout, PageCrashed
from app.capture.shown import alive
from app.capture.waiting import within

WORLD = int(QWebEngineScript.ScriptWorldId.ApplicationWorld.value)
_HELPERS = (Path(__file__).with_name("page.js")).read_text(encoding="utf-8")


async def run_js(page: QWebEnginePage, source: str, timeout: float = 15.0) -> Any:
    """Evaluate ``source`` in the application world and return its value (strings, numbers, booleans:
    PySide6 returns objects and arrays as empty strings, so use :func:`evaluate` for those).

    A renderer that dies meanwhile raises :class:`PageCrashed` at once: Qt never calls back a script whose
    renderer is gone, and the capture would have waited out ``timeout`` before telling the officer."""
    future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()

    def done(value: Any) -> None:
        if not future.done():
            future.set_result(value)

    def terminated(status: QWebEnginePage.RenderProcessTerminationStatus, _code: int) -> None:
        if status != QWebEnginePage.RenderProcessTerminationStatus.NormalTerminationStatus and not future.done():
            future.set_exception(PageCrashed())

    page.renderProcessTerminated.connect(terminated)
    try:
        page.runJavaScript(source, WORLD, done)
        return await within(future, timeout)
    except TimeoutError:
        raise CdpTimeout(step="script") from None
    finally:
        if alive(page):  # a closed tab took its page, and the connection, with it
            page.renderProcessTerminated.disconnect(terminated)


async def evaluate(page: QWebEnginePage, expression: str, timeout: float = 15.0) -> Any:
    """The value of one JavaScript expression, carried across as JSON (None when it has no value)."""
    text = await run_js(page, f"JSON.stringify((\n{expression.strip().rstrip(';')}\n))", timeout)
    return json.loads(text) if isinstance(text, str) and text else None


async def helper(page: QWebEnginePage, call: str, *args: Any, timeout: float = 15.0) -> Any:
    """Call ``window.__netpatrol.<call>(*args)``, installing the helpers first when the document is new."""
    arguments = ", ".join(json.dumps(a) for a in args)
    source = f"{_HELPERS};\nJSON.stringify(window.__netpatrol.{call}({arguments}))"
    text = await run_js(page, source, timeout)
    return json.loads(text) if isinstance(text, str) and text else None


async def helpers_present(page: QWebEnginePage) -> bool:
    """Whether this document still has the helpers a capture installed (False: it was replaced)."""
    return bool(await run_js(page, "!!window.__netpatrol"))
