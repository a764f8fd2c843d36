"""The folder NetPatrol reads its data from (``resources/``, ``i18n/``), in a source folder or a bundle.

Installed from its unpacked folder (README), the data sits beside the ``app`` package. In the
PyInstaller workstation bundle (``installer/netpatrol.spec``) it sits in the bundle's data folder,
``sys._MEIPASS``: said here once, so no module has to work it out from its own ``__file__``.
"""

from __future__ import annotations

import sys
from pathlib import Path


def install_root() -> Path:
    """The folder that holds ``resources/`` and ``i18n/``."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS"))  # noqa: B009 - not in typeshed's sys
    return Path(__file__).resolve().parent.parent.parent
