"""Load a URL in a page and wait for it, as an awaitable (for the offscreen capture and tests)."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QUrl
from PySide6.QtWebEngineCore import QWebEngineLoadingInfo, QWebEnginePage

from app.capture.waiting import within
from app.core.errors import KnownError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.net_errors import network_error_text

_Status = QWebEngineLoadingInfo.LoadStatus


class LoadFailed(KnownError):
    text = QT_TRANSLATE_NOOP("errors", "{reason} Nothing was captured.")


async def load_url(page: QWebEnginePage, url: str, timeout: float = 30.0) -> bool:
    """Navigate ``page`` to ``url``; True when it loaded, False when it was still loading at ``timeout``
    (a capture then proceeds and says so). An HTTP error page (404, 500) counts as loaded: it is
    what the site shows, and the capture marks it. Raises :class:`LoadFailed` when nothing arrived."""
    future: asyncio.Future[QWebEngineLoadingInfo] = asyncio.get_running_loop().create_future()

    def changed(info: QWebEngineLoadingInfo) -> None:
        if info.status() != _Status.LoadStartedStatus and not future.done():
            future.set_result(info)

    page.loadingChanged.connect(changed)
    try:
        page.load(QUrl.fromUserInput(url))
        try:
            info = await within(asyncio.shield(future), timeout)
        except TimeoutError:
            return False
    finally:
        page.loadingChanged.disconnect(changed)
    if info.status() == _Status.LoadSucceededStatus:
        return True
    if info.errorDomain() == QWebEngineLoadingInfo.ErrorDomain.HttpStatusCodeDomain:
        return True
    raise LoadFailed(reason=network_error_text(info.errorCode(), info.errorString()))
