"""State icons drawn in code (no image files, no font glyphs that a workstation may lack)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from app.checklist.clocks import ClockState
from app.checklist.engine import StepState
from app.ui.tones import legible

DONE = QColor("#2e7d32")
AVAILABLE = QColor("#1565c0")
BLOCKED = QColor("#e65100")
NOT_APPLICABLE = QColor("#9e9e9e")
OVERDUE = QColor("#c62828")
DUE = QColor("#ef6c00")
SIZE = 32


def _canvas() -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(SIZE, SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pixmap, painter


def _disc(painter: QPainter, color: QColor, filled: bool) -> None:
    painter.setPen(QPen(color, 3))
    painter.setBrush(color if filled else Qt.BrushStyle.NoBrush)
    painter.drawEllipse(QRectF(3, 3, SIZE - 6, SIZE - 6))


@cache
def step_icon(state: StepState, background: str = "#ffffff") -> QIcon:
    """The state's mark, drawn to read on rows of colour ``background``: the outline rings of an available step and
    of one not applicable take their colour from :func:`app.ui.tones.legible` (seen: the blue ring 2.4 : 1 on a
    dark theme's rows, and the grey one 2.7 : 1 on white); the filled discs carry white marks and read as drawn."""
    pixmap, painter = _canvas()
    rows = QColor(background)
    white = QPen(QColor("white"), 3.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    if state is StepState.DONE:
        _disc(painter, DONE, True)
        path = QPainterPath(QPointF(9, 16.5))
        path.lineTo(14, 21.5)
        path.lineTo(23, 11)
        painter.setPen(white)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
    elif state is StepState.BLOCKED:
        _disc(painter, BLOCKED, True)
        painter.setPen(white)
        painter.drawLine(QPointF(16, 9), QPointF(16, 18))
        painter.drawPoint(QPointF(16, 23))
    elif state is StepState.NOT_APPLICABLE:
        grey = legible(NOT_APPLICABLE, rows)
        _disc(painter, grey, False)
        painter.setPen(QPen(grey, 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(QPointF(11, 16), QPointF(21, 16))
    else:
        _disc(painter, legible(AVAILABLE, rows), False)
    painter.end()
    return QIcon(pixmap)


def clock_color(state: ClockState) -> QColor | None:
    """Red when overdue, amber when due soon; None for the normal text colour."""
    if state is ClockState.OVERDUE:
        return OVERDUE
    if state is ClockState.DUE:
        return DUE
    return None
