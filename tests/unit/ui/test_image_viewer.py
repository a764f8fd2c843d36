"""The capture view's image viewer keeps the page width fitted until the officer zooms."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage

from app.ui.capture.viewer import TallImageViewer


def _page(width: int, height: int) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("grey"))
    return image


def _fitted(viewer: TallImageViewer, page_width: int) -> int:
    return round((viewer.viewport().width() - 2) / page_width * 100)


def test_a_capture_chosen_while_hidden_is_fitted_once_shown(qtbot) -> None:  # type: ignore[no-untyped-def]
    viewer = TallImageViewer()
    qtbot.addWidget(viewer)
    viewer.resize(100, 100)  # the size of a view whose tab has not been laid out yet
    viewer.set_images([("fullpage.png", _page(800, 3000))])
    viewer.resize(700, 500)
    viewer.show()
    qtbot.waitExposed(viewer)
    assert viewer.viewport().width() > 600
    assert viewer.zoom == _fitted(viewer, 800)  # it stayed at 12 % before the fix


def test_the_officers_zoom_survives_a_resize(qtbot) -> None:  # type: ignore[no-untyped-def]
    viewer = TallImageViewer()
    qtbot.addWidget(viewer)
    viewer.resize(700, 500)
    viewer.show()
    qtbot.waitExposed(viewer)
    viewer.set_images([("fullpage.png", _page(800, 3000))])
    viewer.zoom_in()
    chosen = viewer.zoom
    viewer.resize(900, 500)
    qtbot.wait(50)
    assert viewer.zoom == chosen != _fitted(viewer, 800)
    viewer.fit_width()
    viewer.resize(600, 500)
    qtbot.wait(50)
    assert viewer.zoom == _fitted(viewer, 800)
