"""Evidence capture in the GUI: the capture toolbar and its flows, and the case's capture gallery.

- :class:`CaptureController` (``controller``): one click / Ctrl+Shift+S captures the browser's
  current tab into the active case (or asks to pick or create one), burst mode, tab recording with
  a REC indicator, the result dialog with the completeness statement and the 陸.一 check.
- :class:`CaptureGallery` (``gallery``): a case tab listing its captures (blurred thumbnails until
  revealed), with the zoomable image viewer, metadata, hashes and re-verify, identifiers (correct,
  add, retract; audited) and the saved page in an offline viewer.

Wired in ``app.main._wire_panels``; nothing here looks anything up globally.
"""

from app.ui.capture.controller import CaptureController
from app.ui.capture.gallery import CaptureGallery

__all__ = ["CaptureController", "CaptureGallery"]
