"""Colours that stay legible in Windows' dark mode and high-contrast themes.

Our warning reds, greens and greys were chosen for a light window. Qt follows Windows' dark mode and its
high-contrast themes, so the palette under them may be near-black: seen, a red reminder at 2.8 : 1 on
#202020, a capture's title written in black on black, a notice bar's close cross white on its pale bar.
Here a designed colour is kept where it reads at WCAG's 4.5 : 1 for text; where it does not, it keeps its hue
and is lightened (on a dark background) or darkened (on a light one) until it does.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

LEGIBLE = 4.5  # WCAG 2 AA, normal text


def luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance, 0 (black) to 1 (white)."""
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def contrast(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio, 1 (none) to 21 (black on white)."""
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def is_dark(background: QColor) -> bool:
    """White text reads better on it than black text."""
    return contrast(background, QColor("white")) > contrast(background, QColor("black"))


def legible(colour: QColor | str, background: QColor) -> QColor:
    """``colour`` (designed for a light window) as shown on ``background``: itself when it already reads; on a dark
    background, its hue with lightness turned over and raised until it reads; on a light one, its hue darkened until
    it reads (the "due" orange was 2.7 : 1 on the window, the grey of a step not applicable 2.3 : 1)."""
    designed = QColor(colour)
    if contrast(designed, background) >= LEGIBLE:
        return designed
    hue, saturation, lightness, alpha = designed.getHslF()
    step = 0.02 if is_dark(background) else -0.02
    if step > 0:
        lightness = max(lightness, 1.0 - lightness)
    candidate = QColor.fromHslF(hue, saturation, lightness, alpha)
    while contrast(candidate, background) < LEGIBLE and 0.0 < lightness < 1.0:
        lightness = min(1.0, max(0.0, lightness + step))
        candidate = QColor.fromHslF(hue, saturation, lightness, alpha)
    return candidate


def mixed(colour: QColor, background: QColor, share: float) -> QColor:
    """``share`` of ``colour`` over ``background`` (a tint): 0 is the background, 1 the colour."""
    def channel(ours: int, theirs: int) -> int:
        return round(ours * share + theirs * (1.0 - share))
    return QColor(channel(colour.red(), background.red()), channel(colour.green(), background.green()),
                  channel(colour.blue(), background.blue()))


def window_colour(widget: QWidget | None = None) -> QColor:
    """What a label is drawn on: the widget's window colour, or the application's."""
    palette = widget.palette() if widget is not None else QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window)


def base_colour(widget: QWidget | None = None) -> QColor:
    """What a list, table or tree row is drawn on."""
    palette = widget.palette() if widget is not None else QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Base)


def on_window(colour: QColor | str, widget: QWidget | None = None) -> str:
    """``colour`` legible on a window, as ``#rrggbb`` for a stylesheet or rich text."""
    return legible(colour, window_colour(widget)).name()


def on_base(colour: QColor | str, widget: QWidget | None = None) -> QColor:
    """``colour`` legible on a list, table or tree's rows (an item's foreground)."""
    return legible(colour, base_colour(widget))


def _style(colour: QColor | str, window: QColor, extra: str) -> str:
    """A label's stylesheet: its text in ``colour`` made legible on ``window``, then ``extra`` rules."""
    return f"color: {legible(colour, window).name()};{(' ' + extra) if extra else ''}"


TextColour = QColor | str | QPalette.ColorRole | None


class _TextColourKeeper(QObject):
    """Works a label's colour out again when the application's palette changes: Windows switched to dark mode (or
    back) while NetPatrol ran, and a red worked out for the light window would stay at 2.5 : 1 on the dark one.
    Qt does not hand a new palette down to a widget that has a stylesheet (its palette stays the old one), so the
    application's palette is the one that says what is behind it."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        self.colour: TextColour = None
        self.extra = ""
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.paletteChanged.connect(self._on_palette_changed)

    def apply(self, palette: QPalette | None = None) -> None:
        palette = palette or self._widget.palette()
        colour = palette.color(self.colour) if isinstance(self.colour, QPalette.ColorRole) else self.colour
        sheet = _style(colour, palette.color(QPalette.ColorRole.Window), self.extra) if colour is not None else ""
        if self._widget.styleSheet() != sheet:
            self._widget.setStyleSheet(sheet)

    def _on_palette_changed(self, palette: QPalette) -> None:
        self.apply(palette)


def set_text_colour(widget: QWidget, colour: TextColour, extra: str = "") -> None:
    """Give ``widget`` the stylesheet :func:`_style` writes, and keep it legible when the palette changes.
    ``colour`` may be one of the palette's roles (taken from the palette in force); ``None`` leaves the palette's
    text colour (no stylesheet)."""
    keeper = widget.findChild(_TextColourKeeper, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if keeper is None:
        keeper = _TextColourKeeper(widget)
    keeper.colour, keeper.extra = colour, extra
    keeper.apply()
