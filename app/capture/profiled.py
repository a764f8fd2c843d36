"""A tab's page that remembers its profile, kept apart from the capture machinery (asyncio, DevTools): every
patrol tab is made of one, and the browser's start must not pay for what only a capture needs (seen: importing
it from ``app.capture.cdp`` added asyncio, 60 ms, to the time to a usable tab)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile


class ProfiledPage(QWebEnginePage):
    """A page that remembers the profile it was made with, so that a capture never asks it for its profile.

    Why: PySide6 makes what ``page.profile()`` returns a child of the page's Python wrapper, and the page, when
    its tab was closed, took the profile's wrapper with it. The capture asked (for its DevTools page and the
    user agent in its record): after one capture, closing the tab left the persona's profile unusable, and every
    new tab of that persona went to the crash dialog. Giving the wrapper back (``setParent``) crashed elsewhere."""

    def __init__(self, profile: QWebEngineProfile, parent: QObject | None = None) -> None:
        super().__init__(profile, parent)
        self.made_with = profile


def page_profile(page: QWebEnginePage) -> QWebEngineProfile:
    """The profile of ``page``, without asking a :class:`ProfiledPage` (see there)."""
    return page.made_with if isinstance(page, ProfiledPage) else page.profile()


def announced_identity(page: QWebEnginePage) -> dict[str, object]:
    """What the page's profile tells sites the browser is, for a capture's record: the User-Agent sent, the
    brands of its client hints (``Sec-CH-UA``, ``navigator.userAgentData``) and the languages it asks for, read
    when the capture is made."""
    profile = page_profile(page)
    brands = profile.clientHints().fullVersionList()
    return {"user_agent": profile.httpUserAgent(), "brands": {str(k): str(v) for k, v in brands.items()},
            "accept_language": profile.httpAcceptLanguage()}
