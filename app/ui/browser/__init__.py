"""The patrol browser screen (see ``panel`` for the contract the capture code relies on)."""

from app.ui.browser.panel import BrowserPanel
from app.ui.browser.platforms_editor import PlatformsEditor, PlatformsEditorDialog

__all__ = ["BrowserPanel", "PlatformsEditor", "PlatformsEditorDialog"]
