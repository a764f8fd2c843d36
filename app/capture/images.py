"""Facts about captured PNGs (size, blankness) read with QImage: no widgets, no extra library."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QImage

_SAMPLE_WIDTH = 160
_SAMPLE_HEIGHT = 4000


def png_size(data: bytes) -> tuple[int, int]:
    """(width, height) from the PNG header, without decoding the pixels."""
    if data[:8] != b"\x89PNG\r\n\x1a\n" or len(data) < 24:
        return (0, 0)
    return (int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big"))


def is_blank(data: bytes) -> bool:
    """True when every pixel has the same colour (or the data is not an image at all).

    The image is first shrunk with smoothing, so a line of text anywhere leaves a trace of grey
    that keeps the sample from being uniform; then the pixels are compared as raw bytes.
    """
    image = QImage()
    if not image.loadFromData(QByteArray(data), "PNG") or image.isNull():
        return True
    sample = image.convertToFormat(QImage.Format.Format_RGB32).scaled(
        min(image.width(), _SAMPLE_WIDTH), min(image.height(), _SAMPLE_HEIGHT),
        Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
    raw = bytes(sample.constBits())[: sample.sizeInBytes()]
    first = raw[:4]
    return raw == first * (len(raw) // 4)
