"""The saved page (MHTML) opened read-only and offline.

A saved page is evidence and may also be a trap: it can hold scripts, trackers and links back to
the suspect's server. So the viewer has its own off-the-record profile (nothing is written to disk
by Chromium, nothing is shared with the officer's personas), JavaScript is off, and a request
interceptor blocks every request that is not the MHTML file itself; navigation away is refused
too. The viewer counts what it blocked and says so.

Pictures and videos are blurred as in the browser and the capture view (officer wellness) unless the
officer has already shown this capture's pictures; a click shows one. The blur is painted by the
browser's overlay scripts in their isolated world, which run although the page's own scripts are off.

Chromium opens MHTML only from a local ``file:`` URL, so the bytes must be in a file while the
viewer is open: they are written to a folder readable by the owner only (0700, file 0600) under
NetPatrol's own cache folder, and the folder is deleted when the viewer closes. This is the one place a
captured page touches the disk in clear. A process killed while the viewer is open (power cut, Task
Manager) leaves that folder behind: :func:`clear_leftovers` removes it at the next start (it was left in
the system's temporary folder before, where nothing ever removed it).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineSettings,
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
)
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.core.errors import write_failure
from app.core.i18n import sentences
from app.infra import paths
from app.infra.page_overlays import OverlayState, PageOverlays
from app.ui.common import resize_within_screen

MHTML_NAME = "page.mhtml"


class OnlyThisFile(QWebEngineUrlRequestInterceptor):
    """Blocks every request except ``allowed`` (the MHTML file); ``blocked`` lists what it stopped."""

    request_blocked = Signal(str)

    def __init__(self, allowed: QUrl, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._allowed = allowed
        self.allowed_requests = 0
        self.blocked: list[str] = []

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
        if info.requestUrl() == self._allowed:
            self.allowed_requests += 1
            return
        info.block(True)
        self.blocked.append(info.requestUrl().toString())
        self.request_blocked.emit(info.requestUrl().scheme())


class _ReadOnlyPage(QWebEnginePage):
    """Refuses to navigate anywhere but the saved page (links, redirects, form posts)."""

    def __init__(self, profile: QWebEngineProfile, allowed: QUrl, parent: QObject | None = None) -> None:
        super().__init__(profile, parent)
        self._allowed = allowed
        self.refused_navigations = 0

    def acceptNavigationRequest(self, url: QUrl | str, kind: QWebEnginePage.NavigationType, main_frame: bool) -> bool:
        if QUrl(url) == self._allowed:
            return True
        self.refused_navigations += 1
        return False

    def javaScriptConsoleMessage(self, level: QWebEnginePage.JavaScriptConsoleMessageLevel, message: str,
                                 line: int, source: str) -> None:
        """Dropped: what a captured page prints is captured content, which never goes to the log."""


VIEW_FOLDER = "offline-view"


def view_root() -> Path:
    return paths.cache_dir() / VIEW_FOLDER


def clear_leftovers() -> int:
    """Remove saved pages a killed process left in clear (never evidence: the vault holds the page)."""
    return paths.sweep_cache_folder(VIEW_FOLDER)


def _private_copy(data: bytes) -> tuple[Path, Path]:
    """The saved page as a file Chromium can open, in a folder of its own under NetPatrol's cache (swept at the next
    start if the process is killed). A disk that cannot take it (full, read-only) is the officer's one sentence, and
    the part already copied, captured content, is removed (seen: a crash dialog, and half the page left behind)."""
    root = view_root()
    try:
        root.mkdir(parents=True, exist_ok=True)
        folder = Path(tempfile.mkdtemp(prefix="view-", dir=root))   # mkdtemp: 0700, owner only
    except OSError as exc:
        raise write_failure(root, exc) from exc
    target = folder / MHTML_NAME
    try:
        descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
    except OSError as exc:
        shutil.rmtree(folder, ignore_errors=True)
        raise write_failure(folder, exc) from exc
    return folder, target


class OfflinePageViewer(QDialog):
    """``OfflinePageViewer(mhtml_bytes, name, blurred=True)``; ``loaded(ok)`` when Chromium finished.

    ``name`` goes into the window title, which the desktop shows outside the window (taskbar, Alt+Tab,
    screen-sharing pickers): the capture's id, never the saved page's own title, which is captured content."""

    loaded = Signal(bool)

    def __init__(self, data: bytes, name: str, parent: QWidget | None = None, *, blurred: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("offlinePageViewer")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._name = name
        self.folder, self.file = _private_copy(data)
        self.url = QUrl.fromLocalFile(str(self.file))
        self.profile = QWebEngineProfile(self)        # no storage name: off the record, in memory only
        self.interceptor = OnlyThisFile(self.url, self)
        self.profile.setUrlRequestInterceptor(self.interceptor)
        self._lock_down(self.profile.settings())
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff4ce; color: #222222; padding: 4px;")  # both: dark mode's white text
        self.view = QWebEngineView(self)
        self.page = _ReadOnlyPage(self.profile, self.url, self.view)
        self.view.setPage(self.page)
        self.overlays = PageOverlays(self.page, OverlayState(blur=blurred))
        self.page.setAudioMuted(True)  # muted, as media are in the browser
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self._released = False
        self.finished.connect(self._release)  # Close, Esc and the window's own button all end here
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.addWidget(self.banner)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.interceptor.request_blocked.connect(lambda _scheme: self._retranslate())
        self.page.loadFinished.connect(self.loaded)
        resize_within_screen(self, 1100, 800)
        self._retranslate()
        self.page.load(self.url)

    @property
    def blurred(self) -> bool:
        """Whether pictures start blurred here (a click still shows one)."""
        return self.overlays.state.blur

    @staticmethod
    def _lock_down(settings: QWebEngineSettings) -> None:
        attribute = QWebEngineSettings.WebAttribute
        for name, on in ((attribute.JavascriptEnabled, False), (attribute.JavascriptCanOpenWindows, False),
                         (attribute.LocalContentCanAccessRemoteUrls, False),
                         (attribute.LocalContentCanAccessFileUrls, False), (attribute.PluginsEnabled, False),
                         (attribute.AutoLoadIconsForPage, False), (attribute.DnsPrefetchEnabled, False),
                         (attribute.WebRTCPublicInterfacesOnly, True), (attribute.AutoLoadImages, True)):
            settings.setAttribute(name, on)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Saved page (offline, read-only) — {title}").format(title=self._name))
        self.banner.setText(sentences(
            self.tr("Offline copy from the vault: scripts are off and nothing is fetched from the internet "
                    "(requests blocked: {blocked}). Links do not work here.").format(blocked=len(self.interceptor.blocked)),
            self.tr("Pictures and videos are blurred: click one to see it.") if self.blurred else ""))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._release()
        super().closeEvent(event)

    def _release(self) -> None:
        """The page goes before its profile, and the decrypted copy is deleted, however it closes."""
        if self._released:
            return
        self._released = True
        self.view.setPage(None)  # type: ignore[arg-type]
        self.page.deleteLater()
        self.remove_copy()

    def remove_copy(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
