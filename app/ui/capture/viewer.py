"""A zoomable viewer for tall captured images: the full-page tiles stacked in page order.

Pictures are shown blurred until the officer reveals them (the same wellness rule as the browser);
the blurred version is a tiny copy drawn enlarged with smooth filtering, so it costs almost no
memory even for a 60,000 px page. Evidence itself is never blurred: only what is drawn here.
Ctrl + mouse wheel zooms; the buttons of the capture view call the same slots.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap, QResizeEvent, QTransform, QWheelEvent
from PySide6.QtWidgets import QGraphicsPixmapItem, QGraphicsScene, QGraphicsView, QWidget

from app.ui.capture.support import BLUR_FACTOR

ZOOM_STEP = 1.25
ZOOM_RANGE = (0.05, 8.0)


class TallImageViewer(QGraphicsView):
    """``set_images([(name, QImage), …])`` stacks them; ``set_revealed(bool)``; ``zoom`` in percent."""

    zoom_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tallImageViewer")
        self._scene = QGraphicsScene(self)
        self.setScene(self._scene)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setBackgroundBrush(Qt.GlobalColor.darkGray)
        # Always there, so fitting the width never toggles it and refits in a loop.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self._sharp: list[QGraphicsPixmapItem] = []
        self._blurred: list[QGraphicsPixmapItem] = []
        self._revealed = False
        self._scale = 1.0
        self._fitting = True  # keep fitting the width until the officer picks a zoom

    # -- content ------------------------------------------------------------------------------------
    def set_images(self, images: list[tuple[str, QImage]], *, revealed: bool = False) -> None:
        self._scene.clear()
        self._sharp, self._blurred = [], []
        top = 0.0
        for name, image in images:
            if image.isNull():
                continue
            sharp = self._scene.addPixmap(QPixmap.fromImage(image))
            sharp.setPos(0, top)
            sharp.setToolTip(name)
            self._sharp.append(sharp)
            self._blurred.append(self._blurred_item(image, top))
            top += image.height()
        self._scene.setSceneRect(self._scene.itemsBoundingRect())
        self.set_revealed(revealed)
        self.fit_width()

    def _blurred_item(self, image: QImage, top: float) -> QGraphicsPixmapItem:
        small = image.scaled(max(1, image.width() // BLUR_FACTOR), max(1, image.height() // BLUR_FACTOR),
                             Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
        item = self._scene.addPixmap(QPixmap.fromImage(small))
        item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        item.setTransform(QTransform.fromScale(image.width() / small.width(), image.height() / small.height()))
        item.setPos(0, top)
        return item

    @property
    def image_count(self) -> int:
        return len(self._sharp)

    @property
    def revealed(self) -> bool:
        return self._revealed

    def set_revealed(self, revealed: bool) -> None:
        self._revealed = revealed
        for item in self._sharp:
            item.setVisible(revealed)
        for item in self._blurred:
            item.setVisible(not revealed)

    # -- zoom ---------------------------------------------------------------------------------------
    @property
    def zoom(self) -> int:
        return round(self._scale * 100)

    def set_scale(self, scale: float) -> None:
        self._scale = max(ZOOM_RANGE[0], min(ZOOM_RANGE[1], scale))
        self.setTransform(QTransform.fromScale(self._scale, self._scale))
        self.zoom_changed.emit(self.zoom)

    def zoom_in(self) -> None:
        self._fitting = False
        self.set_scale(self._scale * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._fitting = False
        self.set_scale(self._scale / ZOOM_STEP)

    def actual_size(self) -> None:
        self._fitting = False
        self.set_scale(1.0)

    def fit_width(self) -> None:
        """The page's width fills the view; the officer scrolls down the page as in a browser.

        The width stays fitted as the view is resized, until the officer zooms: a capture chosen
        while its tab was still hidden had been fitted to the hidden view's size (seen: 12 %).
        """
        self._fitting = True
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fitting:
            self._fit()

    def _fit(self) -> None:
        width = self._scene.sceneRect().width()
        if width > 0:
            self.set_scale((self.viewport().width() - 2) / width)
            self.centerOn(width / 2, 0)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_in() if event.angleDelta().y() > 0 else self.zoom_out()
            event.accept()
            return
        super().wheelEvent(event)
