"""The officer's capture bounds and burst interval (the same INI file as ``settings.Settings``).

Lazy scrolling stops at whichever bound comes first: time, page height or feed items; the capture
then says which one stopped it (it is never silently partial). The bounds are workstation
preferences, not evidence: each capture records the bounds it ran with in its own metadata.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from app.infra import paths

SECONDS_RANGE = (5, 600)
HEIGHT_RANGE = (2_000, 500_000)
ITEMS_RANGE = (10, 50_000)
BURST_RANGE = (50, 10_000)
DEFAULT_SECONDS = 30
DEFAULT_HEIGHT = 60_000
DEFAULT_ITEMS = 2_000
DEFAULT_BURST_MS = 250


def _clamp(value: int, bounds: tuple[int, int]) -> int:
    return max(bounds[0], min(bounds[1], value))


class CapturePrefs:
    """Typed accessors; out-of-range or garbled values in the file fall back into range."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.settings_file()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    def _int(self, key: str, default: int, bounds: tuple[int, int]) -> int:
        try:
            return _clamp(int(str(self._qs.value(key, default))), bounds)
        except ValueError:
            return default

    def _set_int(self, key: str, value: int, bounds: tuple[int, int]) -> None:
        self._qs.setValue(key, _clamp(int(value), bounds))
        self._qs.sync()

    @property
    def lazy_scroll(self) -> bool:
        """Scroll the page to make lazy content load before the full-page image (on by default)."""
        return str(self._qs.value("capture/lazy_scroll", "true")).lower() in ("1", "true", "yes")

    @lazy_scroll.setter
    def lazy_scroll(self, value: bool) -> None:
        self._qs.setValue("capture/lazy_scroll", bool(value))
        self._qs.sync()

    @property
    def max_seconds(self) -> int:
        return self._int("capture/max_seconds", DEFAULT_SECONDS, SECONDS_RANGE)

    @max_seconds.setter
    def max_seconds(self, value: int) -> None:
        self._set_int("capture/max_seconds", value, SECONDS_RANGE)

    @property
    def max_height(self) -> int:
        """CSS pixels."""
        return self._int("capture/max_height", DEFAULT_HEIGHT, HEIGHT_RANGE)

    @max_height.setter
    def max_height(self, value: int) -> None:
        self._set_int("capture/max_height", value, HEIGHT_RANGE)

    @property
    def max_items(self) -> int:
        return self._int("capture/max_items", DEFAULT_ITEMS, ITEMS_RANGE)

    @max_items.setter
    def max_items(self, value: int) -> None:
        self._set_int("capture/max_items", value, ITEMS_RANGE)

    @property
    def burst_interval_ms(self) -> int:
        return self._int("capture/burst_interval_ms", DEFAULT_BURST_MS, BURST_RANGE)

    @burst_interval_ms.setter
    def burst_interval_ms(self, value: int) -> None:
        self._set_int("capture/burst_interval_ms", value, BURST_RANGE)
