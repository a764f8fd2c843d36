"""The patrol browser's workstation preferences (the same INI file as ``settings.Settings``).

Wellness defaults, the break reminder and the folder of persistent personas. Nothing from a patrol
(no URL, no keyword typed, no persona's data) is kept here: the INI file is plain text.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from app.infra import paths

BREAK_RANGE = (10, 240)
DEFAULT_BREAK_MINUTES = 50


def _bool(value: object, default: bool) -> bool:
    if isinstance(value, bool):
        return value
    if value is None:
        return default
    return str(value).lower() in ("1", "true", "yes")


class BrowserPrefs:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.settings_file()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    def _set(self, key: str, value: object) -> None:
        self._qs.setValue(key, value)
        self._qs.sync()

    @property
    def blur_media(self) -> bool:
        """New tabs blur pictures and videos until clicked (on unless the officer turns it off)."""
        return _bool(self._qs.value("browser/blur_media"), True)

    @blur_media.setter
    def blur_media(self, value: bool) -> None:
        self._set("browser/blur_media", bool(value))

    @property
    def grayscale(self) -> bool:
        return _bool(self._qs.value("browser/grayscale"), False)

    @grayscale.setter
    def grayscale(self, value: bool) -> None:
        self._set("browser/grayscale", bool(value))

    @property
    def mute_media(self) -> bool:
        return _bool(self._qs.value("browser/mute_media"), True)

    @mute_media.setter
    def mute_media(self, value: bool) -> None:
        self._set("browser/mute_media", bool(value))

    @property
    def break_minutes(self) -> int:
        """Minutes of patrol before a break reminder; 0 turns the reminder off."""
        try:
            value = int(str(self._qs.value("browser/break_minutes", DEFAULT_BREAK_MINUTES)))
        except ValueError:
            return DEFAULT_BREAK_MINUTES
        return 0 if value <= 0 else max(BREAK_RANGE[0], min(BREAK_RANGE[1], value))

    @break_minutes.setter
    def break_minutes(self, value: int) -> None:
        self._set("browser/break_minutes", 0 if value <= 0 else max(BREAK_RANGE[0], min(BREAK_RANGE[1], int(value))))

    @property
    def persona_folder(self) -> Path | None:
        value = str(self._qs.value("browser/persona_folder", "") or "")
        return Path(value) if value else None

    @persona_folder.setter
    def persona_folder(self, value: Path | None) -> None:
        self._set("browser/persona_folder", str(value) if value else "")
