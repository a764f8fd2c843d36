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
from typing import TYPE_CHECKING, Any

from app import APP_NAME, __version__

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from app.infra.single_instance import InstanceGuard
    from app.ui.session import Session

log = logging.getLogger("netpatrol")


def early_init() -> tuple[bool, list[str]]:
    """Clean Chromium's environment before QtWebEngine loads (``infra.chromium_env``: no debugging
    port, WebRTC limited to public interfaces, ``--no-sandbox`` only as root). Returns (running as
    root, what was changed) for the log, which is not set up yet at this point."""
    from app.infra.chromium_env import harden_environment, running_as_root

    return running_as_root(), harden_environment(os.environ)


def show_startup_error(message: str) -> None:
    """The one sentence of an error for an officer who started NetPatrol from its desktop launcher,
    where there is no console to print it to (netpatrol-gui.exe)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 - must exist for the box
    QMessageBox.critical(None, QCoreApplication.translate("MainWindow", "NetPatrol"), message)


def run_gui(language: str | None, vault_path: Path | None) -> int:
    """Start the workstation GUI; returns the process exit code."""
    as_root, env_changes = early_init()

    from PySide6 import QtWebEngineWidgets  # noqa: F401 - must be loaded before the QApplication
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication

    from app.infra import logs, paths
    from app.infra.idle import IdleWatcher
    from app.infra.settings import Settings
    from app.infra.single_instance import InstanceGuard
    from app.infra.tasks import TaskRunner
    from app.ui.crash import CrashHandler
    from app.ui.language import apply_language
    from app.ui.session import Session

    log_file = logs.setup()
    log.info("NetPatrol %s starting (Python %s)", __version__, sys.version.split()[0])
    for change in env_changes:
        log.info("Chromium environment: %s", change)
    if as_root:
        log.warning("running as root: Chromium sandbox disabled (--no-sandbox)")
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts, True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    logs.route_qt_messages()
    crash_handler = CrashHandler(log_file)
    crash_handler.install()

    settings = Settings()
    log.info("interface language %s", apply_language(language or settings.language))  # --lang: this run only
    guard = InstanceGuard(paths.cache_dir())
    if not guard.claim(vault_path):  # before anything of the running window's is touched (its cache folders, say)
        return _leave_to_running_window(guard)
    path = vault_path or settings.last_vault or paths.default_vault()

    tasks = TaskRunner()
    session = Session(settings, tasks, IdleWatcher(IdleWatcher.minutes_to_ms(settings.idle_lock_minutes)), path,
                      _platform_names())
    _wire_panels(session)

    guard.come_forward.connect(lambda asked: _bring_forward(session, asked))

    exit_code = _run_until_stopped(app, session)
    tasks.wait(10_000)
    guard.release()
    log.info("NetPatrol stopped")
    return 1 if crash_handler.quit_requested else exit_code


def _bring_forward(session: Session, asked: str) -> None:
    """Another start of NetPatrol asked for this window. If it was given another vault (``--vault``), the officer is
    told that this window keeps its own: seen, the window came forward on the vault it had, and nothing said that
    the one asked for was not opened."""
    from app.vault.atomic import same_file

    session.window.come_forward()
    if asked and not same_file(Path(asked), session.vault_path):
        session.window.show_other_vault_asked(Path(asked), session.vault_path)


def _leave_to_running_window(guard: InstanceGuard) -> int:
    """A second start for an account whose NetPatrol already runs: that window came forward, and this start
    ends (exit 0). One that does not answer (busy or stuck) is named to the officer, who would otherwise see
    nothing happen at all."""
    from PySide6.QtCore import QCoreApplication

    if guard.answered:
        log.info("NetPatrol already runs for this account: its window was brought forward")
        return 0
    show_startup_error(QCoreApplication.translate(
        "MainWindow", "NetPatrol is already running for this user account, but its window does not answer. "
                      "Wait a moment and try again; if it still does not answer, sign out and sign in again."))
    return 1


def event_loop(app: QApplication) -> asyncio.AbstractEventLoop:
    """The window's asyncio loop (qasync, on Qt's), made the current one. A task's error that nobody awaited is
    our bug: it goes to the crash handler (dialog and log) as any other, not only to asyncio's log line."""
    import qasync

    loop = qasync.QEventLoop(app)
    loop.set_exception_handler(_loop_error)
    asyncio.set_event_loop(loop)
    return loop


def _loop_error(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
    error = context.get("exception")
    if isinstance(error, Exception):
        sys.excepthook(type(error), error, error.__traceback__)
    else:  # asyncio's own complaint, or a KeyboardInterrupt / SystemExit it carries: logged (its text withheld)
        loop.default_exception_handler(context)


def _run_until_stopped(app: QApplication, session: Session) -> int:
    """The event loop, until the last window closes, the first start is given up, or the process is told
    to stop (then it closes as its close button does); the vault is locked on the way out."""
    from app.infra.shutdown import StopSignals

    loop = event_loop(app)
    exit_code = 0

    def finish(code: int = 0) -> None:
        nonlocal exit_code
        exit_code = code
        loop.stop()

    def stop_requested(number: int) -> None:
        log.info("stopping on signal %d", number)
        session.end()
        finish(0)

    session.finished.connect(lambda: finish(0))
    app.lastWindowClosed.connect(lambda: finish(0))
    stop_signals = StopSignals(app)
    stop_signals.requested.connect(stop_requested)
    # Windows asks before a log-off or shutdown and may end the process right after: lock first.
    app.commitDataRequest.connect(lambda _manager: session.lock())
    session.start()
    log.info("NetPatrol running")  # from here a stop signal closes it as its close button does
    with loop:
        loop.run_forever()
    stop_signals.uninstall()
    session.lock()
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
    from PySide6.QtCore import QCoreApplication

    from app.ui.browser import BrowserPanel

    window = session.window  # type: ignore[attr-defined]
    browser = BrowserPanel(window.vault, tasks=session.tasks)  # type: ignore[attr-defined]
    window.add_work_panel(browser, lambda: QCoreApplication.translate("MainWindow", "Browser"))
    window.vault_changed.connect(browser.set_vault)
    window.case_selected.connect(lambda case_id: browser.set_case(case_id or None))
    window.closing.connect(browser.shutdown)
    window.platforms_requested.connect(browser.edit_platforms)  # Settings → Edit platforms…
    session.casework = _wire_casework(window, session.tasks)  # type: ignore[attr-defined]
    session.capture = _wire_capture(window, browser, session.tasks, session.casework)  # type: ignore[attr-defined]


def _wire_casework(window: object, tasks: object) -> object:
    """Checklist and re-check tabs, clocks dashboard, reminders, documents and the automatic re-check.
    The agencies and takedown-pattern files are read at each use, so an administrator's fix applies at
    once and a broken file is reported (file and line) where it is used, not at start-up."""
    from app.capture.recheck import RecheckConfig
    from app.capture.takedown import load_patterns
    from app.checklist.loader import ProcedureLibrary
    from app.infra import paths
    from app.reports.model import load_agencies
    from app.ui.casework import Casework

    library = ProcedureLibrary(paths.RESOURCES / "procedures")
    for error in library.reload():
        log.warning("procedure file not loaded: %s", error.render())
    return Casework(window, tasks, library.current,  # type: ignore[arg-type]
                    lambda: load_agencies(paths.RESOURCES / "agencies.json"),
                    lambda: load_patterns(paths.RESOURCES / "takedown_patterns.json"), RecheckConfig())


def _wire_capture(window: object, browser: object, tasks: object, casework: object) -> object:
    """The capture toolbar (擷取證據, Ctrl+Shift+S; burst; record) on the main window and the case's
    capture gallery. A stored capture refreshes the gallery, the checklist and the audit-chain label;
    a complete one is reported to the checklist as ``capture.complete``."""
    from PySide6.QtCore import QCoreApplication

    from app.checklist.engine import document_event
    from app.commands.steps import checklist_event, load_procedure
    from app.core.adapters import load_adapters
    from app.core.chat import load_chat_adapters
    from app.infra import paths
    from app.infra.capture_prefs import CapturePrefs
    from app.reports.kinds import TRANSCRIPT
    from app.ui.capture import CaptureController, CaptureGallery

    adapters = tuple(load_adapters(paths.RESOURCES / "adapters"))
    chat_adapters = tuple(load_chat_adapters(paths.RESOURCES / "adapters" / "chat"))

    def ticked(vault: object, case_id: str, event: str, capture_id: str) -> list[str]:
        return load_procedure().step_titles(checklist_event(vault, case_id, event, [capture_id]))

    def report(vault: object, case_id: str, capture_id: str) -> list[str]:
        return ticked(vault, case_id, "capture.complete", capture_id)

    def report_transcript(vault: object, case_id: str, capture_id: str) -> list[str]:
        return ticked(vault, case_id, document_event(TRANSCRIPT), capture_id)

    controller = CaptureController(browser, tasks, CapturePrefs(), adapters=adapters,  # type: ignore[arg-type]
                                   chat_adapters=chat_adapters, platforms=_platform_names(),
                                   parent=window, report=report)  # type: ignore[arg-type]
    window.addToolBar(controller.toolbar)  # type: ignore[attr-defined]
    gallery = CaptureGallery(tasks, adapters, lambda: browser.prefs.blur_media,  # type: ignore[arg-type, attr-defined]
                             report_transcript=report_transcript)  # type: ignore[arg-type]
    window.add_case_tab(gallery, lambda: QCoreApplication.translate("MainWindow", "Captures"))  # type: ignore[attr-defined]
    window.vault_changed.connect(controller.set_vault)  # type: ignore[attr-defined]
    window.vault_changed.connect(gallery.set_vault)  # type: ignore[attr-defined]
    window.case_selected.connect(gallery.set_case)  # type: ignore[attr-defined]

    def on_captured(case_id: str, capture_id: str) -> None:
        if case_id == window.current_case_id():  # type: ignore[attr-defined]
            gallery.refresh(select=capture_id)
            casework.checklist.refresh()  # type: ignore[attr-defined]

    def on_show(case_id: str, capture_id: str) -> None:
        window.select_case(case_id)  # type: ignore[attr-defined]
        window.case_view.tabs.setCurrentWidget(gallery)  # type: ignore[attr-defined]
        gallery.refresh(select=capture_id)

    def on_transcript(_path: str) -> None:   # the transcript step may be ticked
        casework.checklist.refresh()  # type: ignore[attr-defined]

    controller.captured.connect(on_captured)
    controller.show_requested.connect(on_show)
    gallery.view.transcript_printed.connect(on_transcript)
    return controller
