"""The patrol now running (勤務), between the browser and the vault's duty log.

Every top-level navigation of every tab goes through :meth:`PatrolSession.record_navigation`; it is
written to the vault at once (encrypted, committed on its own), so a crash loses nothing logged
before it. Without a running patrol nothing is written, and the panel says so.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Signal

from app.core.errors import KnownError, NotFound
from app.core.timeutil import utc_now
from app.vault import Vault
from app.vault.patrols import Patrol, PatrolEvent, PatrolEventKind, PatrolStore, StopReason

log = logging.getLogger(__name__)


class PatrolSession(QObject):
    changed = Signal()  # started or stopped
    logged = Signal(object)  # a PatrolEvent just written

    def __init__(self, vault: Vault | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vault: Vault | None = None
        self._store: PatrolStore | None = None
        self.active: Patrol | None = None
        self.paused_at: datetime | None = None  # when the vault was locked under the running patrol
        self.last_pause: timedelta | None = None  # how long the vault stood locked, once unlocked again
        self.bind(vault)

    def bind(self, vault: Vault | None) -> None:
        """Follow the vault through lock and unlock: a patrol stays open while the vault is locked
        (nothing can be logged then) and goes on in the same session once it is unlocked again. The log
        says so (paused, resumed), and the locked time is not time on patrol."""
        if vault is None:
            self._pause()
        self.vault = vault
        self._store = PatrolStore(vault.db, vault.audit) if vault is not None else None
        self.last_pause = None
        if self._store is not None and self.active is not None:
            self.active = self._still_running(self.active.id)
            self._resume()
        self.changed.emit()

    def _pause(self) -> None:
        """Called while the vault being locked is still open. A pause that cannot be written (a full disk)
        must not stop the lock: the patrol's time then simply runs on, as it did before pauses were logged."""
        if self.active is None or self.vault is None or not self.vault.is_open:
            return
        try:
            paused = self.record(PatrolEventKind.PAUSE)
        except KnownError as error:
            log.warning("patrol pause not logged: %s", type(error).__name__)
            return
        self.paused_at = paused.at if paused is not None else None

    def _resume(self) -> None:
        paused_at, self.paused_at = self.paused_at, None
        if self.active is None or paused_at is None:
            return
        try:
            resumed = self.record(PatrolEventKind.RESUME)
        except KnownError as error:  # the locked time then counts as patrol time, as before pauses were logged
            log.warning("patrol resume not logged: %s", type(error).__name__)
            return
        if resumed is not None:
            self.last_pause = resumed.at - paused_at
            self.active = self.store.get(self.active.id)  # its paused time, for the clock beside the button

    def _still_running(self, patrol_id: str) -> Patrol | None:
        """The patrol, if this vault has it running (another vault file unlocked after a lock has not)."""
        try:
            still = self.store.get(patrol_id)
        except NotFound:
            return None
        return still if still.running else None

    @property
    def store(self) -> PatrolStore:
        if self._store is None:
            raise RuntimeError("the vault is locked")
        return self._store

    @property
    def available(self) -> bool:
        return self._store is not None

    @property
    def running(self) -> bool:
        return self.active is not None

    def elapsed(self, now: datetime | None = None) -> timedelta:
        """Time on patrol so far: since the start, less the time the vault stood locked."""
        if self.active is None:
            return timedelta(0)
        return (now or utc_now()) - self.active.started_at - timedelta(seconds=self.active.paused_seconds)

    def start(self, persona: str) -> Patrol:
        vault = self._vault()
        if self.active is None:
            self.active = self.store.start(vault.actor, vault.clock(), persona)
            self.changed.emit()
        return self.active

    def stop(self) -> Patrol | None:
        if self.active is None:
            return None
        vault = self._vault()
        stopped = self.store.stop(vault.actor, self.active.id, vault.clock())
        self.active = None
        self.changed.emit()
        return stopped

    def record(self, kind: PatrolEventKind, moment: datetime | None = None, **fields: object) -> PatrolEvent | None:
        """Write one event of the running patrol; nothing (None) when no patrol runs."""
        if self.active is None or self.vault is None:
            return None
        event = self.store.record(self.active.id, kind, moment or self.vault.clock(), **fields)  # type: ignore[arg-type]
        self.logged.emit(event)
        return event

    def interrupted(self) -> list[Patrol]:
        """Patrols a crash left open (not the one running now)."""
        if self._store is None:
            return []
        active = self.active.id if self.active else None
        return [p for p in self.store.unfinished() if p.id != active]

    def close_interrupted(self, patrol: Patrol) -> Patrol:
        vault = self._vault()
        return self.store.stop(vault.actor, patrol.id, vault.clock(), StopReason.INTERRUPTED)

    def audit(self, action: str, **fields: object) -> None:
        """An audit entry for a browser action (nothing when the vault is locked: nothing happened in it)."""
        if self.vault is not None:
            self.vault.record(action, **fields)  # type: ignore[arg-type]

    def _vault(self) -> Vault:
        if self.vault is None:
            raise RuntimeError("the vault is locked")
        return self.vault

    def last_pages(self, patrol: Patrol) -> list[tuple[str, str]]:
        """(persona, URL) of the last page of each tab of ``patrol``, to reopen them."""
        last: dict[str, tuple[str, str]] = {}
        for event in self.store.events(patrol.id):
            if event.kind is PatrolEventKind.NAVIGATE and not event.data.get("error"):
                last[event.tab] = (event.persona, event.url)
        return list(last.values())
