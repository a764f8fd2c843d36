"""What the patrol browser may do, enforced below the widgets (QtWebEngineCore only).

- No listening DevTools port: the environment is cleaned before Chromium starts.
- The Chromium sandbox stays on, except when running as root (where Chromium refuses to start
  with it); that exception is logged.
- WebRTC may use public interfaces only, so a page cannot learn the workstation's LAN address.
- Permission requests (camera, microphone, location, notifications, …) are denied and announced.
- TLS errors stop the page until the officer decides; the decision is the UI's to log.
- Downloads never stay in a plain folder: Chromium writes into a private staging folder, the bytes
  go into the vault as an artifact of the current case (hashed there), and the file is removed.
"""

from __future__ import annotations

import logging
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePath
from types import TracebackType

from PySide6.QtCore import QObject, Signal
from PySide6.QtWebEngineCore import (
    QWebEngineCertificateError,
    QWebEngineDownloadRequest,
    QWebEnginePage,
    QWebEnginePermission,
    QWebEngineProfile,
    QWebEngineSettings,
)

from app.core.errors import KnownError
from app.core.hashing import CHUNK
from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.infra import paths
from app.infra.chromium_env import NO_SANDBOX, WEBRTC_FLAG, harden_environment, running_as_root
from app.infra.tasks import TaskRunner

log = logging.getLogger(__name__)
__all__ = ["NO_SANDBOX", "WEBRTC_FLAG", "harden_environment", "running_as_root"]

def apply_settings(settings: QWebEngineSettings) -> None:
    """Safe defaults for every page of a patrol profile."""
    attr = QWebEngineSettings.WebAttribute
    for attribute, on in (
        (attr.WebRTCPublicInterfacesOnly, True),
        # Every window a page asks for reaches the panel, which blocks and counts those a script opens
        # by itself (see PopupBudget). Switched off, Chromium drops them without a word to us, so the
        # officer never learnt that a page had tried (seen: a 30-pop-up page looked like a quiet one).
        (attr.JavascriptCanOpenWindows, True),
        (attr.PlaybackRequiresUserGesture, True),
        (attr.LocalContentCanAccessFileUrls, False),
        (attr.LocalContentCanAccessRemoteUrls, False),
        (attr.AllowRunningInsecureContent, False),
        (attr.HyperlinkAuditingEnabled, False),
        (attr.JavascriptCanAccessClipboard, False),
        (attr.JavascriptCanPaste, False),
        (attr.ScreenCaptureEnabled, False),
        (attr.PdfViewerEnabled, False),  # a PDF is a download, so it goes into the vault, hashed
        (attr.FullScreenSupportEnabled, False),
        (attr.DnsPrefetchEnabled, False),
        (attr.ErrorPageEnabled, True),
    ):
        settings.setAttribute(attribute, on)


# -- permissions ------------------------------------------------------------------------------------
class PermissionGuard(QObject):
    """Denies every permission a page asks for and says so (``denied(origin, kind)``)."""

    denied = Signal(str, str)

    def watch(self, page: QWebEnginePage) -> None:
        page.permissionRequested.connect(self._on_permission)
        page.fileSystemAccessRequested.connect(lambda request: request.reject())
        page.registerProtocolHandlerRequested.connect(lambda request: request.reject())
        page.desktopMediaRequested.connect(lambda request: request.cancel())

    def _on_permission(self, permission: QWebEnginePermission) -> None:
        permission.deny()
        kind = permission.permissionType().name
        log.info("permission denied: %s", kind)
        self.denied.emit(permission.origin().host() or permission.origin().toString(), kind)


# -- TLS --------------------------------------------------------------------------------------------
@dataclass
class CertificateProblem:
    """A deferred TLS error: the page waits until ``proceed()`` or ``refuse()`` is called."""

    error: QWebEngineCertificateError
    host: str
    description: str
    kind: str
    overridable: bool

    def proceed(self) -> None:
        self.error.acceptCertificate()

    def refuse(self) -> None:
        self.error.rejectCertificate()


def defer_certificate_error(error: QWebEngineCertificateError) -> CertificateProblem:
    """Hold the load and describe the problem; an error that cannot be overridden is refused now."""
    overridable = error.isOverridable()
    problem = CertificateProblem(error, error.url().host(), error.description(), error.type().name, overridable)
    if overridable:
        error.defer()
    else:
        error.rejectCertificate()
    return problem


# -- pop-ups ----------------------------------------------------------------------------------------
class PopupBudget:
    """New windows of one page: none that a script opens by itself, and at most ``limit`` from clicks
    in ``window_ms``. The rest are blocked and counted, so the officer can be told."""

    def __init__(self, limit: int = 3, window_ms: int = 10_000) -> None:
        self.limit = limit
        self.window_ms = window_ms
        self._opened: list[int] = []
        self.blocked = 0

    def allow(self, now_ms: int, *, clicked: bool = True) -> bool:
        if not clicked:
            self.blocked += 1
            return False
        self._opened = [t for t in self._opened if now_ms - t < self.window_ms]
        if len(self._opened) >= self.limit:
            self.blocked += 1
            return False
        self._opened.append(now_ms)
        return True


# -- downloads --------------------------------------------------------------------------------------
EXECUTABLE_SUFFIXES = frozenset({
    ".exe", ".msi", ".msix", ".bat", ".cmd", ".com", ".scr", ".pif", ".cpl", ".dll", ".ps1", ".vbs", ".vbe",
    ".js", ".jse", ".wsf", ".hta", ".jar", ".apk", ".xapk", ".lnk", ".sh", ".run", ".bin", ".app", ".dmg",
    ".pkg", ".deb", ".rpm", ".appimage", ".reg", ".iso",
})
EXECUTABLE_MAGIC = (b"MZ", b"\x7fELF", b"#!", b"\xcf\xfa\xed\xfe", b"\xca\xfe\xba\xbe", b"dex\n")


def looks_executable(name: str, head: bytes) -> bool:
    """A program or installer, by name or by its first bytes (a renamed .exe still starts with MZ)."""
    return PurePath(name.lower()).suffix in EXECUTABLE_SUFFIXES or head.startswith(EXECUTABLE_MAGIC)


@dataclass(frozen=True)
class StoredDownload:
    """What the vault made of a download (returned by the sink)."""

    artifact_id: str
    case_id: str
    name: str
    size: int
    sha256: str
    url: str = ""
    tab: str = ""        # the tab and persona the download came from, as the officer had them
    persona: str = ""


# The bytes in chunks -> what the vault made of them. Runs on a worker thread (a large file takes
# seconds to encrypt and write), so it must not touch widgets; it may raise a KnownError (disk full).
DownloadStore = Callable[[Iterator[bytes]], StoredDownload]
# (suggested file name, MIME type, source URL) -> the store for it. Runs on the UI thread, where it
# reads the case and tab chosen now; raises a KnownError to refuse (no case chosen).
DownloadSink = Callable[[str, str, str], DownloadStore]


_Interrupted = QWebEngineDownloadRequest.DownloadInterruptReason
_CUT_OFF = QT_TRANSLATE_NOOP("errors", "the connection broke off")
_WHY_INTERRUPTED = {
    _Interrupted.FileNoSpace: QT_TRANSLATE_NOOP("errors", "the disk is full"),
    _Interrupted.FileAccessDenied: QT_TRANSLATE_NOOP("errors", "no permission to write there"),
    _Interrupted.NetworkFailed: _CUT_OFF,
    _Interrupted.NetworkDisconnected: _CUT_OFF,
    _Interrupted.NetworkTimeout: QT_TRANSLATE_NOOP("errors", "the site did not answer in time"),
}


def why_interrupted(reason: QWebEngineDownloadRequest.DownloadInterruptReason, technical: str) -> str:
    """Why a download stopped, in the officer's language for the reasons an officer meets (Chromium says them in
    English only: seen 「下載失敗（Insufficient space on the target drive）」); a rarer one in Chromium's words."""
    phrase = _WHY_INTERRUPTED.get(reason)
    return translate("errors", phrase) if phrase else technical


STAGING_FOLDER = "download-staging"


def staging_root() -> Path:
    return paths.cache_dir() / STAGING_FOLDER


def clear_staging() -> int:
    """Remove what a crash left in the staging folder (never evidence: it was not stored yet)."""
    return paths.sweep_cache_folder(STAGING_FOLDER)


class DownloadGuard(QObject):
    """Routes every download of a profile into the vault through ``sink``.

    ``refused(name, reason)`` when the sink cannot take it; ``stored(StoredDownload, executable)``
    when it is in the vault; ``failed(name, reason)`` when the transfer broke. The staging file is
    removed in every case.
    """

    started = Signal(str)
    stored = Signal(object, bool)
    refused = Signal(str, str)
    failed = Signal(str, str)

    def __init__(self, sink: DownloadSink, can_store: Callable[[], str | None], parent: QObject | None = None, *,
                 runner: TaskRunner | None = None) -> None:
        """``can_store()`` returns None when a download may start, else the sentence saying why not.
        ``runner``: where the vault write runs (a worker thread); None writes at once on this thread."""
        super().__init__(parent)
        self._sink = sink
        self._runner = runner or TaskRunner(synchronous=True)
        self._can_store = can_store
        self._active: dict[int, tuple[QWebEngineDownloadRequest, Path, str]] = {}

    def watch(self, profile: QWebEngineProfile) -> None:
        profile.downloadRequested.connect(self._on_requested)

    def _on_requested(self, download: QWebEngineDownloadRequest) -> None:
        name = download.suggestedFileName() or "download"
        reason = self._can_store()
        if reason is not None:
            download.cancel()
            self.refused.emit(name, reason)
            return
        root = staging_root()
        root.mkdir(parents=True, exist_ok=True)
        folder = Path(tempfile.mkdtemp(prefix="dl-", dir=root))  # 0700: only this user can read it
        download.setDownloadDirectory(str(folder))
        download.setDownloadFileName("incoming.part")
        self._active[download.id()] = (download, folder, name)
        download.stateChanged.connect(lambda _state, d=download: self._on_state(d))
        download.accept()
        self.started.emit(name)

    def _on_state(self, download: QWebEngineDownloadRequest) -> None:
        state = download.state()
        states = QWebEngineDownloadRequest.DownloadState
        if state not in (states.DownloadCompleted, states.DownloadCancelled, states.DownloadInterrupted):
            return
        entry = self._active.pop(download.id(), None)
        if entry is None:
            return
        _, folder, name = entry
        if state != states.DownloadCompleted:
            shutil.rmtree(folder, ignore_errors=True)
            self.failed.emit(name, why_interrupted(download.interruptReason(),
                                                   download.interruptReasonString() or state.name))
            return
        self._store(download, folder, name)

    def _store(self, download: QWebEngineDownloadRequest, folder: Path, name: str) -> None:
        """Hand the finished file to the sink; the staging folder goes once the vault has it (or not)."""
        file = folder / "incoming.part"
        with file.open("rb") as handle:
            head = handle.read(16)
        try:
            store = self._sink(name, download.mimeType() or "application/octet-stream", download.url().toString())
        except KnownError as error:
            shutil.rmtree(folder, ignore_errors=True)
            self.refused.emit(name, error.render())
            return

        def stored(result: StoredDownload) -> None:
            shutil.rmtree(folder, ignore_errors=True)
            self.stored.emit(result, looks_executable(name, head))

        def refused(error: KnownError) -> None:
            shutil.rmtree(folder, ignore_errors=True)
            self.refused.emit(name, error.render())

        def bug(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
            shutil.rmtree(folder, ignore_errors=True)
            sys.excepthook(kind, exc, tb)

        self._runner.run(lambda: store(_chunks(file)), stored, refused, owner=self, on_bug=bug)


def _chunks(file: Path) -> Iterator[bytes]:
    with file.open("rb") as handle:
        yield from iter(lambda: handle.read(CHUNK), b"")

