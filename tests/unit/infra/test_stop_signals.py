"""Told to stop, NetPatrol closes as its window's close button does (``app.infra.shutdown``)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from app.infra.shutdown import STOP_SIGNALS, StopSignals

ROOT = Path(__file__).resolve().parents[3]


def test_a_stop_signal_is_a_request_and_the_old_handlers_come_back(qtbot) -> None:
    before = {number: signal.getsignal(number) for number in STOP_SIGNALS}
    stops = StopSignals()
    told: list[int] = []
    stops.requested.connect(told.append)
    try:
        os.kill(os.getpid(), signal.SIGTERM)  # handled, or this test process would end here
        assert told == []  # Python has run the handler by now; the request waits for the event loop
        qtbot.waitUntil(lambda: told == [signal.SIGTERM], timeout=10_000)
    finally:
        stops.uninstall()
    assert {number: signal.getsignal(number) for number in STOP_SIGNALS} == before
    assert signal.set_wakeup_fd(-1) == -1  # the wake-up socket is no longer set
    assert signal.SIGTERM in STOP_SIGNALS and signal.SIGINT in STOP_SIGNALS


def test_the_application_stops_cleanly_on_sigterm(tmp_path: Path) -> None:
    """The real program, its event loop and all: SIGTERM (a Linux shutdown, ``kill``) used to kill it
    with Python's default; now it logs why, locks what is open and exits 0."""
    home = tmp_path / "home"
    env = {**os.environ, "NETPATROL_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DISPLAY", None)
    process = subprocess.Popen([sys.executable, "-m", "app", "--lang", "en", "--vault", str(tmp_path / "none.npv")],
                               cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    log = home / "logs" / "netpatrol.log"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and "NetPatrol running" not in (log.read_text() if log.exists() else ""):
            time.sleep(0.2)  # the window is up: the wizard, for there is no vault
        assert process.poll() is None, "NetPatrol stopped before it was told to"
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0
    finally:
        if process.poll() is None:
            process.kill()
    text = log.read_text()
    assert "stopping on signal 15" in text and text.rstrip().endswith("NetPatrol stopped")
