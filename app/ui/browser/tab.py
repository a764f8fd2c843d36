"""One browser tab: the web view, its overlays and wellness state, and the notices about this page.

Signals (the panel connects them in one place):

- ``navigated(NavigationRecord)`` once per top-level navigation, when its title is known (after the
  load, or shortly after a same-document URL change in a single-page site);
- ``address_changed(QUrl)``, ``title_changed(str)``, ``progress(int)``, ``loading(bool)``;
- ``hits_changed(int)`` when the number of keyword hits on the page changes;
- ``new_window(QWebEngineNewWindowRequest)`` when the page asks for a tab (the panel decides);
- ``tls_override(CertificateProblem)`` after the officer confirmed proceeding despite a TLS error.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, QUrl, Signal
from PySide6.QtWebEngineCore import (
    QWebEngineCertificateError,
    QWebEngineLoadingInfo,
    QWebEnginePage,
    QWebEngineProfile,
)
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QLabel, QMessageBox, QStackedLayout, QVBoxLayout, QWidget

from app.capture.profiled import ProfiledPage
from app.capture.served import remember_server_time
from app.core.i18n import sentences
from app.core.net_errors import ABORTED, http_status_text, network_error_text
from app.core.timeutil import utc_now
from app.infra.browser_policy import CertificateProblem, PermissionGuard, PopupBudget, defer_certificate_error
from app.infra.page_overlays import OverlayState, PageOverlays
from app.infra.personas import Persona
from app.ui.browser.notice import Level, NoticeBar, in_layout

SLOW_LOAD_MS = 20_000
PERMISSION_KEY = "permission-"  # + the permission's kind: one notice per kind and page
TITLE_WAIT_MS = 1_000
HIT_POLL_MS = 1_500
ZOOM_STEPS = (0.5, 0.67, 0.75, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0)
_ids = itertools.count(1)

PERMISSION_NAMES = {
    "MediaAudioCapture": QT_TRANSLATE_NOOP("BrowserTab", "microphone"),
    "MediaVideoCapture": QT_TRANSLATE_NOOP("BrowserTab", "camera"),
    "MediaAudioVideoCapture": QT_TRANSLATE_NOOP("BrowserTab", "camera and microphone"),
    "Geolocation": QT_TRANSLATE_NOOP("BrowserTab", "location"),
    "Notifications": QT_TRANSLATE_NOOP("BrowserTab", "notifications"),
    "DesktopVideoCapture": QT_TRANSLATE_NOOP("BrowserTab", "screen"),
    "DesktopAudioVideoCapture": QT_TRANSLATE_NOOP("BrowserTab", "screen and audio"),
    "ClipboardReadWrite": QT_TRANSLATE_NOOP("BrowserTab", "clipboard"),
    "MouseLock": QT_TRANSLATE_NOOP("BrowserTab", "mouse lock"),
    "LocalFontsAccess": QT_TRANSLATE_NOOP("BrowserTab", "local fonts"),
}


@dataclass(frozen=True)
class NavigationRecord:
    url: str
    title: str
    at: datetime
    tab: str
    persona: str
    error: str = ""


class BrowserTab(QWidget):
    navigated = Signal(object)
    address_changed = Signal(QUrl)
    title_changed = Signal(str)
    progress = Signal(int)
    loading = Signal(bool)
    hits_changed = Signal(int)
    new_window = Signal(object)
    tls_override = Signal(object)
    zoom_changed = Signal(float)

    def __init__(self, profile: QWebEngineProfile, persona: Persona, overlay_state: OverlayState, *,
                 muted: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tab_id = f"T{next(_ids)}"
        self.persona = persona
        self.popups = PopupBudget()
        self.hits = 0
        self._pending: tuple[str, datetime] | None = None
        self._is_loading = False
        self._last_error = ""
        # whether a patrol is logging this tab's visits (the panel sets it): a crash notice that said "nothing
        # was lost from the patrol log" while no patrol ran spoke of a log that did not exist
        self.in_patrol: Callable[[], bool] = lambda: False
        self.view = QWebEngineView(self)
        self.page = ProfiledPage(profile, self.view)   # a capture never asks it for its profile (see there)
        self.view.setPage(self.page)
        remember_server_time(self.page)  # a capture of this tab records the time the site's server sent its page
        self.page.setAudioMuted(muted)
        self.overlays = PageOverlays(self.page, overlay_state)
        self.permissions = PermissionGuard(self)
        self.permissions.watch(self.page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self._notices = QVBoxLayout()
        self._notices.setSpacing(1)
        layout.addLayout(self._notices)
        layout.addWidget(self._covered_view(), 1)
        self._title_timer = QTimer(self, singleShot=True, interval=TITLE_WAIT_MS, timeout=self._on_title_wait)
        self._slow_timer = QTimer(self, singleShot=True, interval=SLOW_LOAD_MS, timeout=self._on_slow)
        self._hit_timer = QTimer(self, interval=HIT_POLL_MS, timeout=self.refresh_hits)
        self._connect_signals()

    def _covered_view(self) -> QWidget:
        """The view, under a curtain that can cover it (see :meth:`covered`); stacked, so the view stays shown."""
        area = QWidget(self)
        stack = QStackedLayout(area)
        stack.setStackingMode(QStackedLayout.StackingMode.StackAll)
        self.curtain = QLabel(area)
        self.curtain.setObjectName("captureCurtain")
        self.curtain.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.curtain.setWordWrap(True)
        self.curtain.setStyleSheet("background: #5a5a5a; color: #ffffff; padding: 32px; font-size: 14px;")
        stack.addWidget(self.view)
        stack.addWidget(self.curtain)
        self.curtain.hide()
        return area

    @contextmanager
    def covered(self) -> Iterator[None]:
        """Cover the page while a capture scrolls it unblurred (the evidence is the page as sent): an officer
        with the blur on watched every picture of a feed go past in clear for the seconds a capture takes. The
        view stays shown under the curtain, so the page goes on rendering for the capture."""
        self.curtain.setText(self.tr("Capturing. The page is covered here while it is captured without the "
                                     "blur; it shows again when the capture ends."))
        self.curtain.show()
        self.curtain.raise_()
        try:
            yield
        finally:
            self.curtain.hide()

    def _connect_signals(self) -> None:
        page = self.page
        page.urlChanged.connect(self._on_url_changed)
        page.titleChanged.connect(self.title_changed)
        page.loadStarted.connect(self._on_load_started)
        page.loadProgress.connect(self.progress)
        page.loadFinished.connect(self._on_load_finished)
        page.loadingChanged.connect(self._on_loading_changed)
        page.renderProcessTerminated.connect(self._on_render_terminated)
        page.certificateError.connect(self._on_certificate_error)
        page.newWindowRequested.connect(self.new_window.emit)
        page.zoomFactorChanged.connect(self.zoom_changed)
        self.permissions.denied.connect(self._on_permission_denied)

    # -- navigation ---------------------------------------------------------------------------------
    def load(self, url: QUrl) -> None:
        self.view.load(url)

    def url(self) -> QUrl:
        return self.page.url()

    def title(self) -> str:
        return self.page.title()

    def is_loading(self) -> bool:
        return self._is_loading

    def _on_url_changed(self, url: QUrl) -> None:
        self.address_changed.emit(url)
        if url.isEmpty() or url.scheme() not in ("http", "https"):
            return
        self._pending = (url.toString(QUrl.ComponentFormattingOption.FullyEncoded), utc_now())
        if not self._is_loading:
            self._title_timer.start()

    def _on_load_started(self) -> None:
        self._is_loading = True
        self._last_error = ""
        self.loading.emit(True)
        self._slow_timer.start()
        # Notices about the page being left go with it (seen: "asked for your location: denied" still
        # shown over the next site). Downloads and TLS decisions stay: they are about more than a page.
        self.popups = PopupBudget()  # the count in the notice is this page's
        self._drop_notices("slow", "load-error", "crash", "popups",
                           *(notice.key for notice in self.notices() if notice.key.startswith(PERMISSION_KEY)))
        if self._pending is None and self.url().scheme() in ("http", "https"):
            self._pending = (self.url().toString(QUrl.ComponentFormattingOption.FullyEncoded), utc_now())

    def _on_load_finished(self, _ok: bool) -> None:
        self._is_loading = False
        self._slow_timer.stop()
        self._drop_notices("slow")
        self.loading.emit(False)
        self.refresh_hits()

    def _on_title_wait(self) -> None:
        if not self._is_loading:
            self._flush_navigation()

    def _flush_navigation(self) -> None:
        """Emit the pending top-level navigation once, with the title the page has by now."""
        self._title_timer.stop()
        if self._pending is None:
            return
        url, at = self._pending
        self._pending = None
        self.navigated.emit(NavigationRecord(url, self.title() if self.title() != url else "", at, self.tab_id,
                                             self.persona.logged_name, self._last_error))

    def _on_loading_changed(self, info: QWebEngineLoadingInfo) -> None:
        """The end of a main-frame load (succeeded, failed or stopped) is when a navigation is logged."""
        status = info.status()
        if status == QWebEngineLoadingInfo.LoadStatus.LoadStartedStatus:
            return
        if status == QWebEngineLoadingInfo.LoadStatus.LoadFailedStatus:
            self._on_load_failed(info)
        self._flush_navigation()

    def _on_load_failed(self, info: QWebEngineLoadingInfo) -> None:
        domain = info.errorDomain()
        if domain == QWebEngineLoadingInfo.ErrorDomain.HttpStatusCodeDomain:
            self._last_error = f"HTTP {info.errorCode()}"
            self.notify(http_status_text(info.errorCode()), Level.INFO, key="load-error")
            return
        self._last_error = info.errorString() or str(info.errorCode())
        if domain == QWebEngineLoadingInfo.ErrorDomain.CertificateErrorDomain:
            return  # the certificate notice says it better
        if info.errorCode() == ABORTED:
            return
        notice = self.notify(network_error_text(info.errorCode(), self._last_error), Level.WARNING, key="load-error")
        notice.add_action(self.tr("Try again"), lambda: self.page.triggerAction(QWebEnginePage.WebAction.Reload))

    def _on_slow(self) -> None:
        notice = self.notify(self.tr("This page is taking a long time to load."), Level.INFO, key="slow")
        notice.add_action(self.tr("Stop loading"), lambda: self.page.triggerAction(QWebEnginePage.WebAction.Stop))

    def _on_render_terminated(self, status: QWebEnginePage.RenderProcessTerminationStatus, _code: int) -> None:
        if status == QWebEnginePage.RenderProcessTerminationStatus.NormalTerminationStatus:
            return
        self._is_loading = False
        self.loading.emit(False)
        notice = self.notify(self.tr("This page crashed. Nothing was lost from the patrol log.") if self.in_patrol()
                             else self.tr("This page crashed."), Level.DANGER, key="crash")
        notice.add_action(self.tr("Reload"), lambda: self.page.triggerAction(QWebEnginePage.WebAction.Reload))

    # -- TLS ----------------------------------------------------------------------------------------
    def _on_certificate_error(self, error: QWebEngineCertificateError) -> None:
        problem = defer_certificate_error(error)
        text = self.tr("The connection to {host} is not secure: {problem}").format(
            host=problem.host, problem=problem.description)
        if not problem.overridable:
            self.notify(sentences(text, self.tr("The page cannot be opened.")), Level.DANGER, key="tls")
            return
        notice = self.notify(sentences(text, self.tr("The page is held until you decide.")), Level.DANGER, key="tls",
                             closable=False)
        notice.add_action(self.tr("Do not open"), problem.refuse)
        notice.add_action(self.tr("Proceed anyway…"), lambda: self._confirm_tls(problem, notice), closes=False)

    def _confirm_tls(self, problem: CertificateProblem, notice: NoticeBar) -> None:
        answer = QMessageBox.warning(
            self, self.tr("Proceed despite a TLS error?"),
            self.tr("Someone may be intercepting the connection to {host}, and the page may not be the site's own. "
                    "Proceeding is recorded in the audit log and the patrol log.\n\nOpen the page anyway?").format(
                        host=problem.host),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.tls_override.emit(problem)
        problem.proceed()
        notice.dismiss()

    # -- permissions --------------------------------------------------------------------------------
    def _on_permission_denied(self, origin: str, kind: str) -> None:
        what = self.tr(PERMISSION_NAMES.get(kind, kind))
        self.notify(self.tr("{origin} asked for access to the {what}: denied.").format(origin=origin, what=what),
                    Level.INFO, key=f"{PERMISSION_KEY}{kind}")

    # -- notices ------------------------------------------------------------------------------------
    def notify(self, text: str, level: Level = Level.INFO, *, key: str = "", closable: bool = True) -> NoticeBar:
        """Show a notice above the page; a notice with the same key replaces the older one."""
        if key:
            self._drop_notices(key)
        notice = NoticeBar(text, level, self, key=key, closable=closable)
        self._notices.addWidget(notice)
        return notice

    def notices(self) -> list[NoticeBar]:
        """Top first; child widgets, not layout items (see ``BrowserPanel.panel_notices``)."""
        return in_layout(self._notices, self.findChildren(NoticeBar, options=Qt.FindChildOption.FindDirectChildrenOnly))

    def _drop_notices(self, *keys: str) -> None:
        for notice in self.notices():
            if notice.key in keys:
                notice.dismiss()

    # -- wellness and keywords ----------------------------------------------------------------------
    @property
    def blur(self) -> bool:
        return self.overlays.state.blur

    @property
    def gray(self) -> bool:
        return self.overlays.state.gray

    def set_blur(self, on: bool) -> None:
        self.overlays.configure(blur=on)

    def set_gray(self, on: bool) -> None:
        self.overlays.configure(gray=on)

    def set_muted(self, on: bool) -> None:
        self.page.setAudioMuted(on)

    def set_keywords(self, keywords: list[str]) -> None:
        self.overlays.configure(keywords=keywords, done=self._on_hits)
        if keywords:
            self._hit_timer.start()
        else:
            self._hit_timer.stop()

    def refresh_hits(self) -> None:
        if self.overlays.state.keywords:
            self.overlays.hit_count(self._on_hits)
        elif self.hits:
            self._on_hits(0)

    def _on_hits(self, result: object) -> None:
        count = int(result) if isinstance(result, int | float) else 0
        if count != self.hits:
            self.hits = count
            self.hits_changed.emit(count)

    # -- zoom ---------------------------------------------------------------------------------------
    def zoom(self, direction: int) -> float:
        """One step in or out (``direction`` ±1), or back to 100 % (0)."""
        current = self.page.zoomFactor()
        if direction == 0:
            factor = 1.0
        elif direction > 0:
            factor = next((z for z in ZOOM_STEPS if z > current + 0.001), ZOOM_STEPS[-1])
        else:
            factor = next((z for z in reversed(ZOOM_STEPS) if z < current - 0.001), ZOOM_STEPS[0])
        self.page.setZoomFactor(factor)
        return factor

    def close_page(self) -> None:
        """Delete the page before its profile can go (QtWebEngine requires that order)."""
        self._hit_timer.stop()
        self._title_timer.stop()
        self._slow_timer.stop()
        self.view.setPage(None)
        self.page.deleteLater()
