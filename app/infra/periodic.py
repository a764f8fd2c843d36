"""A check that runs on a timer and reads the vault off the UI thread: the clock reminders and the
automatic takedown re-check both work this way.

Each tick takes the time afresh from the injected clock (a machine that slept, or whose clock was
changed, is judged by what the time is, not by how long the timer slept), runs ``read(now)`` on the
task runner's pool when there is one and hands the result to ``handle`` on the UI thread. Never two
reads at once: a check asked for while a read runs is made once that read is done, because the read
under way may have looked at the vault before the change that asked for the check (a report ticked
while a timed read ran left its reminder on the banner until the next timed check). A read that fails with a
known error (the vault was locked meanwhile) is logged by kind and retried at the next tick.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer

from app.core.errors import KnownError
from app.core.timeutil import Clock
from app.infra.tasks import TaskRunner

log = logging.getLogger(__name__)


class PeriodicCheck(QObject):
    """Subclasses give ``read`` and ``handle``; ``start`` checks at once, then every interval."""

    def __init__(self, read: Callable[[datetime], object], clock: Clock, interval_ms: int,
                 runner: TaskRunner | None, parent: QObject | None) -> None:
        super().__init__(parent)
        self._read = read
        self._clock = clock
        self._runner = runner
        self._busy = False
        self._again = False  # a check was asked for while a read ran
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        """Check at once, then every interval."""
        self._timer.start()
        self.check()

    def stop(self) -> None:
        self._timer.stop()
        self._again = False

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def check(self) -> None:
        """Read now (on the pool when there is a runner) and hand the result to ``handle``."""
        if self._busy:
            self._again = True  # checked again once the read under way is done
            return
        now = self._clock()
        if self._runner is None:
            self.handle(self._read(now))
            return
        self._busy = True
        self._runner.run(lambda: self._read(now), self._on_read, self._on_error)

    def handle(self, result: Any) -> None:
        raise NotImplementedError

    def _on_read(self, result: object) -> None:
        self._busy = False
        self.handle(result)
        self._check_if_asked()

    def _on_error(self, error: KnownError) -> None:
        self._busy = False
        log.info("%s: read failed (%s); the next check retries", type(self).__name__, type(error).__name__)
        self._check_if_asked()

    def _check_if_asked(self) -> None:
        if self._again:
            self._again = False
            self.check()
