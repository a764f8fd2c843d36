"""The platform launcher: the platforms the guideline names, as a list with icons.

No platform logo is shipped (they are trademarks and would need fetching): each icon is a round
badge in the platform's colour with a short mark, drawn here, which is also legible in grayscale.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from app.infra.patrol_catalog import Platform
from app.ui.tones import contrast, is_dark

ICON = 28


def platform_icon(platform: Platform) -> QIcon:
    """The platform's badge. It is drawn when Qt paints the icon, at the size and pixel density it is
    shown at, so building the sidebar draws nothing (13 badges drawn up front cost 14 ms of start-up)."""
    return QIcon(BadgeEngine(platform.color, platform.badge or platform.name[:2]))


def _lost_on_list(color: QColor) -> bool:
    """A dark badge on a dark list (Windows' dark mode, a high-contrast theme): without a rim its disc merges
    with the rows (seen: TikTok, Threads and X, black on #2b2b2b, only their letters left)."""
    base = QGuiApplication.palette().color(QPalette.ColorRole.Base)
    return is_dark(base) and contrast(color, base) < 1.5


class BadgeEngine(QIconEngine):
    """A round badge in a colour with a short mark; a light colour, or one lost on a dark list, gets a grey rim."""

    def __init__(self, color: str, mark: str) -> None:
        super().__init__()
        self.color = color
        self.mark = mark

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        del mode, state  # the same badge in every state
        side = min(rect.width(), rect.height())
        box = QRectF(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2, side, side)
        color = QColor(self.color)
        light = 0.299 * color.red() + 0.587 * color.green() + 0.114 * color.blue() > 150
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(color)
        painter.setPen(QColor("#888888") if light or _lost_on_list(color) else Qt.PenStyle.NoPen)
        painter.drawEllipse(box.adjusted(1, 1, -1, -1))
        font = QFont()
        font.setPixelSize(max(1, int(side * (0.42 if len(self.mark) < 3 else 0.32))))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#000000") if light else QColor("#ffffff"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.mark)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        """Qt's default leaves the pixmap unfilled: the corners around the badge must be transparent."""
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return BadgeEngine(self.color, self.mark)


class PlatformSidebar(QListWidget):
    """Click a platform to open its home page; the tooltip carries the notes."""

    platform_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIconSize(QSize(ICON, ICON))
        self.setSpacing(1)
        self.setMinimumWidth(150)
        self.setMaximumWidth(220)
        self.itemActivated.connect(self._on_item)
        self.itemClicked.connect(self._on_item)
        self._platforms: list[Platform] = []

    def set_platforms(self, platforms: list[Platform]) -> None:
        self.clear()
        self._platforms = list(platforms)
        for platform in platforms:
            item = QListWidgetItem(platform_icon(platform), platform.name, self)
            item.setData(Qt.ItemDataRole.UserRole, platform.id)
            item.setToolTip(f"{platform.home}\n{platform.notes}".strip())

    def platforms(self) -> list[Platform]:
        return list(self._platforms)

    def _on_item(self, item: QListWidgetItem) -> None:
        chosen = next((p for p in self._platforms if p.id == item.data(Qt.ItemDataRole.UserRole)), None)
        if chosen is not None:
            self.platform_chosen.emit(chosen)
