"""Run slow work (key derivation, re-keying, verification) off the UI thread.

Like picard's ``run_task``/``to_main``: the callable runs on a QThreadPool worker and its outcome
comes back on the UI thread through a queued signal, as exactly one of three things:

- ``on_result(value)`` when it returned;
- ``on_error(error)`` when it raised a :class:`KnownError` (the officer's to fix: one sentence);
- anything else is our bug and goes to ``on_bug`` (default: ``sys.excepthook``, i.e. the crash
  dialog and the log). Nothing is swallowed.

``TaskRunner(synchronous=True)`` runs the callable at once on the caller's thread and delivers the
same way, for tests that want no threads.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from types import TracebackType
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from app.core.errors import KnownError

log = logging.getLogger(__name__)

ResultHandler = Callable[[Any], None]
ErrorHandler = Callable[[KnownError], None]
BugHandler = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def _default_bug(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    sys.excepthook(kind, exc, tb)


class _Outcome:
    """What a task produced, carried across threads in one object."""

    def __init__(self, value: Any = None, error: BaseException | None = None) -> None:
        self.value = value
        self.error = error


class _Relay(QObject):
    """Lives on the UI thread; a signal emitted from a worker reaches it queued."""

    delivered = Signal(object, object)  # (callback, outcome)

    def __init__(self) -> None:
        super().__init__()
        self.delivered.connect(self._on_delivered)

    @Slot(object, object)
    def _on_delivered(self, callback: Callable[[_Outcome], None], outcome: _Outcome) -> None:
        callback(outcome)


class _Job(QRunnable):
    def __init__(self, func: Callable[[], Any], relay: _Relay, callback: Callable[[_Outcome], None]) -> None:
        super().__init__()
        self._func: Callable[[], Any] | None = func
        self._relay: _Relay | None = relay
        self._callback: Callable[[_Outcome], None] | None = callback

    def run(self) -> None:
        """Run the task once and let go of it and of its callback before the outcome is sent. PySide keeps the
        Python side of some finished jobs (the pool's reference outlives the C++ job): in a shift's soak every
        lock and unlock left a whole locked ``Vault`` (stores, caches, search index) alive through the closures
        of the capture gallery's and the periodic check's finished jobs, for as long as the program ran."""
        func, relay, callback = self._func, self._relay, self._callback
        self._func = self._relay = self._callback = None
        if func is None or relay is None or callback is None:
            return  # already ran: a QRunnable is run once
        relay.delivered.emit(callback, _execute(func))


def _execute(func: Callable[[], Any]) -> _Outcome:
    try:
        return _Outcome(value=func())
    except BaseException as exc:
        return _Outcome(error=exc)


class TaskRunner(QObject):
    """Starts tasks and routes their outcomes back to the UI thread; ``busy`` tells how many run."""

    busy_changed = Signal(int)

    def __init__(self, pool: QThreadPool | None = None, *, synchronous: bool = False) -> None:
        super().__init__()
        self._pool = pool or QThreadPool.globalInstance()
        self._synchronous = synchronous
        self._relay = _Relay()
        self._running = 0

    @property
    def running(self) -> int:
        return self._running

    def run(self, func: Callable[[], Any], on_result: ResultHandler, on_error: ErrorHandler | None = None, *,
            owner: QObject | None = None, on_bug: BugHandler | None = None) -> None:
        """Run ``func`` off the UI thread. When ``owner`` is deleted before the task ends, the outcome is
        dropped (the screen that asked is gone), except a bug, which is always reported."""

        def deliver(outcome: _Outcome) -> None:
            self._running -= 1
            self.busy_changed.emit(self._running)
            self._dispatch(outcome, on_result, on_error, on_bug or _default_bug, owner)

        self._running += 1
        self.busy_changed.emit(self._running)
        if self._synchronous:
            deliver(_execute(func))
        else:
            self._pool.start(_Job(func, self._relay, deliver))

    @staticmethod
    def _dispatch(outcome: _Outcome, on_result: ResultHandler, on_error: ErrorHandler | None,
                  on_bug: BugHandler, owner: QObject | None) -> None:
        error = outcome.error
        if error is not None and not isinstance(error, KnownError):
            on_bug(type(error), error, error.__traceback__)
            return
        if owner is not None and not shiboken6.isValid(owner):
            log.info("task finished after its screen closed; outcome dropped")
            return
        if error is None:
            on_result(outcome.value)
        elif on_error is not None:
            on_error(error)  # type: ignore[arg-type]
        else:
            on_bug(type(error), error, error.__traceback__)

    def wait(self, msecs: int = -1) -> bool:
        """Wait for every worker to finish (tests and shutdown); outcomes still arrive via the event loop."""
        return bool(self._pool.waitForDone(msecs))
