"""The patrol browser screen (see ``panel`` for the contract the capture code relies on).

The platforms editor is imported on first use (module ``__getattr__``): starting the browser does
not need it, and every module imported at start-up delays the first usable tab.
"""

from typing import TYPE_CHECKING, Any

from app.ui.browser.panel import BrowserPanel

if TYPE_CHECKING:
    from app.ui.browser.platforms_editor import PlatformsEditor, PlatformsEditorDialog

__all__ = ["BrowserPanel", "PlatformsEditor", "PlatformsEditorDialog"]


def __getattr__(name: str) -> Any:
    if name in ("PlatformsEditor", "PlatformsEditorDialog"):
        from app.ui.browser import platforms_editor

        return getattr(platforms_editor, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
