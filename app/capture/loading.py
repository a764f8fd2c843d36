"""Load a URL in a page and wait for it, as an awaitable (for the offscreen capture and tests)."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QUrl
from PySide6.QtWebEngineCore import QWebEnginePage

from app.core.errors import KnownError
from app.core.i18n import QT_TRANSLATE_NOOP


class LoadFailed(KnownError):
    text = QT_TRANSLATE_NOOP("errors", "The page could not be loaded (no answer, a refused connection or a bad "
                             "address). Nothing was captured.")


async def load_url(page: QWebEnginePage, url: str, timeout: float = 30.0) -> bool:
    """Navigate ``page`` to ``url``; True when it loaded, False when it was still loading at ``timeout``
    (a capture then proceeds and says so). Raises :class:`LoadFailed` when the load failed outright."""
    future: asyncio.Future[bool] = asyncio.get_running_loop().create_future()

    def finished(ok: bool) -> None:
        if not future.done():
            future.set_result(ok)

    page.loadFinished.connect(finished)
    try:
        page.load(QUrl.fromUserInput(url))
        try:
            ok = await asyncio.wait_for(asyncio.shield(future), timeout)
        except TimeoutError:
            return False
    finally:
        page.loadFinished.disconnect(finished)
    if not ok:
        raise LoadFailed()
    return True
