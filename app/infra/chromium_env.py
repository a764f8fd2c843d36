"""Chromium's start-up environment, cleaned before QtWebEngine loads (no Qt import here, so the
composition root can call it first thing).

An officer's logged-in browser must not be drivable by other local processes: any remote-debugging
port, address or origin allowance is removed. The sandbox stays on unless we run as root (Chromium
refuses to start sandboxed as root), and WebRTC is limited to public interfaces at process level.
"""

from __future__ import annotations

import os
import re
from collections.abc import MutableMapping

_DEBUG_FLAGS = re.compile(r"--remote-debugging-(port|pipe|address)(=\S*)?|--remote-allow-origins=\S*|--auto-open-devtools\S*")
WEBRTC_FLAG = "--force-webrtc-ip-handling-policy=default_public_interface_only"
NO_SANDBOX = "--no-sandbox"


def running_as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def harden_environment(environ: MutableMapping[str, str], *, as_root: bool | None = None) -> list[str]:
    """Clean Chromium's start-up environment (call before the QApplication exists).

    Returns what was changed, for the log. Removes any remote-debugging port or origin allowance
    (an officer's logged-in browser must not be drivable by other local processes), keeps the
    sandbox unless we are root, and limits WebRTC to public interfaces at the process level too.
    """
    changes: list[str] = []
    if environ.pop("QTWEBENGINE_REMOTE_DEBUGGING", None) is not None:
        changes.append("removed QTWEBENGINE_REMOTE_DEBUGGING")
    flags = environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
    cleaned = _DEBUG_FLAGS.sub("", flags)
    if cleaned != flags:
        changes.append("removed remote-debugging flags")
    words = cleaned.split()
    root = running_as_root() if as_root is None else as_root
    if root and NO_SANDBOX not in words:
        words.append(NO_SANDBOX)
        changes.append("Chromium sandbox off: running as root")
    elif not root and NO_SANDBOX in words:
        words.remove(NO_SANDBOX)
        changes.append("Chromium sandbox kept on: not running as root")
    if WEBRTC_FLAG not in words:
        words.append(WEBRTC_FLAG)
    environ["QTWEBENGINE_CHROMIUM_FLAGS"] = " ".join(words)
    if not root:
        environ.pop("QTWEBENGINE_DISABLE_SANDBOX", None)
    return changes
