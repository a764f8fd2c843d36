"""The platform launcher: the platforms the guideline names, as a list with icons.

No platform logo is shipped (they are trademarks and would need fetching): each icon is a round
badge in the platform's colour with a short mark, drawn here, which is also legible in grayscale.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from app.infra.patrol_catalog import Platform

ICON = 28


def platform_icon(platform: Platform, size: int = ICON) -> QIcon:
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    color = QColor(platform.color)
    painter.setBrush(color)
    light = 0.299 * color.red() + 0.587 * color.green() + 0.114 * color.blue() > 150
    painter.setPen(QColor("#888888") if light else Qt.PenStyle.NoPen)
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
    font = QFont()
    mark = platform.badge or platform.name[:2]
    font.setPixelSize(int(size * (0.42 if len(mark) < 3 else 0.32)))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#000000") if light else QColor("#ffffff"))
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, mark)
    painter.end()
    return QIcon(pixmap)


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
