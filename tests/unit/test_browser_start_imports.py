"""What the patrol browser's start imports: a usable tab is #3's launch benchmark, and what only a capture needs
(asyncio, the DevTools session) is not loaded for it. Seen: a tab page class placed in app.capture.cdp brought
asyncio in, 60 ms more before the first tab. Nor what only a save dialog or a capture's record needs: pathvalidate
(with platform: 16 modules, ~17 ms) and the email package (for the server's Date header: 10 modules, ~11 ms)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_browser_panel_loads_without_the_capture_machinery() -> None:
    probe = ("import sys, json; import PySide6.QtWebEngineWidgets; import app.ui.browser; "
             "print(json.dumps(sorted(m for m in sys.modules if m in ('asyncio', 'pathvalidate', 'email.utils') "
             "or m.startswith('app.capture.cdp'))))")
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=120,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []
