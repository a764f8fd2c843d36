"""A second start of NetPatrol for the same account brings the running window forward and ends.

Seen (session 25, two starts under one NETPATROL_HOME, as an officer double-clicking the icon twice): the second
start put up a second window and, as it built it, swept the cache folders the first was using: the first window's
download in progress and the saved page its offline viewer showed were deleted."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def _wait_for(log: Path, text: str, count: int = 1, seconds: float = 90) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if log.exists() and log.read_text().count(text) >= count:
            return True
        time.sleep(0.2)
    return False


def test_a_second_start_brings_the_first_window_forward_and_leaves_its_files_alone(tmp_path: Path) -> None:
    """The real program twice, as an officer double-clicking the icon twice."""
    home = tmp_path / "home"
    env = {**os.environ, "NETPATROL_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DISPLAY", None)
    command = [sys.executable, "-m", "app", "--lang", "en", "--vault", str(tmp_path / "none.npv")]
    log = home / "logs" / "netpatrol.log"
    first = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    second: subprocess.Popen[bytes] | None = None
    try:
        assert _wait_for(log, "NetPatrol running"), "the first window did not start"
        in_use = [home / "cache" / "download-staging" / "dl-1" / "part",   # a download the first is receiving
                  home / "cache" / "offline-view" / "view-1" / "page.mhtml"]  # a saved page its viewer shows
        for file in in_use:
            file.parent.mkdir(parents=True)
            file.write_bytes(b"synthetic")
        second = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while second.poll() is None and log.read_text().count("NetPatrol running") < 2 \
                and time.monotonic() < deadline:
            time.sleep(0.2)  # the second start ends, or (the code before) puts up a second window
        assert [file for file in in_use if not file.exists()] == []
        assert log.read_text().count("NetPatrol running") == 1
        assert second.poll() == 0
        assert _wait_for(log, "this window comes forward", seconds=10)
        assert first.poll() is None
    finally:
        for process in (second, first):
            if process is not None and process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
