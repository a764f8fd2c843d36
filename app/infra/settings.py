"""The workstation's own preferences, kept in an INI file (``paths.settings_file()``) via QSettings.

Only preferences live here: interface language, lock and reveal timings, the last vault used and
window geometry. Never anything from inside the vault (officer data stays in the vault's meta table,
sealed values never leave the sealed compartment): the INI file is plain text on disk.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from app.core.errors import KnownError, SettingsNotSaved
from app.infra import paths
from app.infra.translations import DEFAULT_LANGUAGE, normalise

log = logging.getLogger(__name__)

DEFAULT_IDLE_MINUTES = 10
DEFAULT_REVEAL_MINUTES = 5
IDLE_RANGE = (1, 240)
REVEAL_RANGE = (1, 30)


def _clamp(value: int, bounds: tuple[int, int]) -> int:
    return max(bounds[0], min(bounds[1], value))


class Settings:
    """Typed accessors over one QSettings INI file; every write is flushed at once, and a write the disk
    refuses (full, read-only) raises :class:`SettingsNotSaved`: the setting holds for this run, and the
    officer is told it will not hold at the next start (seen: a full profile disk lost the lock time and
    the language silently)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.settings_file()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)
        self._unsaved: dict[str, object] = {}

    def _int(self, key: str, default: int, bounds: tuple[int, int]) -> int:
        raw = self._qs.value(key, default)
        try:
            return _clamp(int(str(raw)), bounds)
        except ValueError:
            return default

    def _set(self, key: str, value: object) -> None:
        if self._unsaved:  # QSettings keeps its first error for good: a fresh one tells this write's outcome
            self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)
            for unsaved_key, unsaved in self._unsaved.items():  # and saves the refused ones with it
                self._qs.setValue(unsaved_key, unsaved)
        self._unsaved[key] = value
        self._qs.setValue(key, value)
        self._qs.sync()
        if self._qs.status() != QSettings.Status.NoError:
            raise SettingsNotSaved(path=str(self.path))
        self._unsaved.clear()

    @property
    def language(self) -> str:
        return normalise(str(self._qs.value("ui/language", DEFAULT_LANGUAGE)))

    @language.setter
    def language(self, value: str) -> None:
        self._set("ui/language", normalise(value))

    @property
    def idle_lock_minutes(self) -> int:
        """Minutes without keyboard or mouse input before the vault locks itself."""
        return self._int("security/idle_lock_minutes", DEFAULT_IDLE_MINUTES, IDLE_RANGE)

    @idle_lock_minutes.setter
    def idle_lock_minutes(self, value: int) -> None:
        self._set("security/idle_lock_minutes", _clamp(int(value), IDLE_RANGE))

    @property
    def reveal_minutes(self) -> int:
        """How long a revealed sealed identity stays on screen."""
        return self._int("security/reveal_minutes", DEFAULT_REVEAL_MINUTES, REVEAL_RANGE)

    @reveal_minutes.setter
    def reveal_minutes(self, value: int) -> None:
        self._set("security/reveal_minutes", _clamp(int(value), REVEAL_RANGE))

    @property
    def last_vault(self) -> Path | None:
        value = str(self._qs.value("vault/last_path", "") or "")
        return Path(value) if value else None

    @last_vault.setter
    def last_vault(self, value: Path | None) -> None:
        self._set("vault/last_path", str(value) if value else "")

    def geometry(self, name: str) -> QByteArray | None:
        value = self._qs.value(f"windows/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, name: str, value: QByteArray) -> None:
        """Where a window was: kept if the disk takes it. Not worth a message as the window closes: the window
        only opens at its default place next time."""
        try:
            self._set(f"windows/{name}", value)
        except KnownError:
            log.warning("window geometry %s not saved: the settings file could not be written", name)
