"""Composition root of the GUI: early init, the application, the event loop, and the wiring.

Order matters: Chromium's flags must be in the environment before QtWebEngine is imported, and
QtWebEngineWidgets must be imported before the QApplication exists. Nothing else in the program
reads the environment for these.

``netpatrol`` without a subcommand calls :func:`run_gui` (see ``app.cli``).
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from pathlib import Path

from app import APP_NAME, __version__

log = logging.getLogger("netpatrol")

WEBRTC_FLAG = "--force-webrtc-ip-handling-policy=default_public_interface_only"
NO_SANDBOX_FLAG = "--no-sandbox"


def running_as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def chromium_flags(existing: str, *, as_root: bool) -> str:
    """QTWEBENGINE_CHROMIUM_FLAGS with WebRTC limited to public interfaces, and the sandbox off only
    for root (Chromium refuses to start sandboxed as root). Flags already there are kept."""
    flags = existing.split()
    wanted = [WEBRTC_FLAG] + ([NO_SANDBOX_FLAG] if as_root else [])
    return " ".join(flags + [flag for flag in wanted if flag not in flags])


def early_init() -> bool:
    """Set Chromium's flags in the environment; returns True when the sandbox was turned off."""
    as_root = running_as_root()
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = chromium_flags(os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", ""),
                                                               as_root=as_root)
    return as_root


def run_gui(language: str | None, vault_path: Path | None) -> int:
    """Start the workstation GUI; returns the process exit code."""
    sandbox_off = early_init()

    import qasync
    from PySide6 import QtWebEngineWidgets  # noqa: F401 - must be loaded before the QApplication
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication

    from app.infra import logs, paths
    from app.infra.idle import IdleWatcher
    from app.infra.settings import Settings
    from app.infra.tasks import TaskRunner
    from app.ui.crash import CrashHandler
    from app.ui.language import apply_language
    from app.ui.session import Session

    log_file = logs.setup()
    log.info("NetPatrol %s starting (Python %s)", __version__, sys.version.split()[0])
    if sandbox_off:
        log.warning("running as root: Chromium sandbox disabled (--no-sandbox)")
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts, True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    CrashHandler(log_file).install()

    settings = Settings()
    if language:
        settings.language = language
    log.info("interface language %s", apply_language(settings.language))
    path = vault_path or settings.last_vault or paths.default_vault()

    tasks = TaskRunner()
    session = Session(settings, tasks, IdleWatcher(IdleWatcher.minutes_to_ms(settings.idle_lock_minutes)), path,
                      _platform_names())
    _wire_panels(session)

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    exit_code = 0

    def finish(code: int = 0) -> None:
        nonlocal exit_code
        exit_code = code
        loop.stop()

    session.finished.connect(lambda: finish(0))
    app.lastWindowClosed.connect(lambda: finish(0))
    session.start()
    with loop:
        loop.run_forever()
    session.lock()
    tasks.wait(10_000)
    log.info("NetPatrol stopped")
    return exit_code


def _platform_names() -> list[str]:
    """The patrol platforms offered in the new-case form; a broken platforms file is reported, not fatal."""
    from app.core.errors import KnownError
    from app.infra.patrol_catalog import load_platforms

    try:
        return [platform.name for platform in load_platforms()]
    except KnownError as error:
        log.warning("platform list not loaded: %s", type(error).__name__)
        return []


def _wire_panels(session: object) -> None:
    """Where the browser, checklist and capture panels are added to ``session.window`` (a MainWindow:
    ``add_work_panel``, ``set_case_panel_extra``, ``add_case_tab``, signals ``vault_changed`` and
    ``case_selected``). Each panel gets what it needs from here; none looks anything up globally."""
