"""A tab that is never shown, for capturing without the main window (``netpatrol capture``, selftest).

Chromium only paints a page that has a view, and the full-page image is a painted frame, so the
offscreen capture still needs a view. It lives here because views are widgets; the engine in
``app.capture`` only ever sees the ``QWebEnginePage``.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtWebEngineCore import QWebEngineProfile
from PySide6.QtWebEngineWidgets import QWebEngineView

from app.capture.profiled import ProfiledPage
from app.capture.served import remember_server_time
from app.infra.browser_identity import present_as_ordinary_browser

DEFAULT_VIEWPORT = QSize(1280, 800)


class HeadlessPage(ProfiledPage):
    """A page with no one to answer its JavaScript dialogs: an alert is dismissed, a confirm declined, a prompt
    cancelled, as a closed dialog would be. Left to the view, an alert() opened a message box that no one
    saw: `netpatrol capture` waited 45 s, then aborted (free(): invalid size)."""

    def javaScriptAlert(self, _origin: QUrl, _message: str) -> None:
        return

    def javaScriptConfirm(self, _origin: QUrl, _message: str) -> bool:
        return False

    def javaScriptPrompt(self, _origin: QUrl, _message: str, _default: str) -> tuple[bool, str]:
        return False, ""


class HiddenTab:
    """A page in a view that paints but never appears on screen."""

    def __init__(self, profile: QWebEngineProfile | None = None, size: QSize = DEFAULT_VIEWPORT) -> None:
        self.view = QWebEngineView()
        self.view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        profile = profile or QWebEngineProfile.defaultProfile()
        present_as_ordinary_browser(profile)  # `netpatrol capture` visits the site as the patrol browser does
        self.page = HeadlessPage(profile, self.view)
        self.view.setPage(self.page)
        remember_server_time(self.page)  # the capture's record keeps the time the site's server sent the page with
        self.view.resize(size)
        self.view.show()

    def close(self) -> None:
        self.view.setPage(None)  # type: ignore[arg-type]
        self.page.deleteLater()
        self.view.close()
        self.view.deleteLater()
