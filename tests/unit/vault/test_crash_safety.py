"""kill -9 the writer at random moments, 200 times: the vault always opens, verifies, and holds every
write that was reported committed."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from app.vault import Vault
from app.vault.connection import derive_key, read_salt
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[3]
KILLS = int(os.environ.get("NETPATROL_CRASH_KILLS", "200"))
# Kills on one vault before a fresh one. Every kill is followed by a full verify, whose cost grows with the
# vault: at 25 a vault, verifying took 60 % of the test (about 4.5 minutes of the CI run); at 10 the same
# 200 kills and verifies take about a quarter less, for 12 more vault creations.
KILLS_PER_VAULT = 10


def run_and_kill(path: Path, key: bytes, seed: int, delay: float) -> list[str]:
    """Start the writer, wait until it is writing, let it run ``delay`` seconds, SIGKILL it."""
    writer = subprocess.Popen(
        [sys.executable, "-m", "tests.unit.vault.crash_writer", str(path), key.hex(), str(seed)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        assert writer.stdout is not None
        for line in writer.stdout:
            lines.append(line.strip())
            if line.startswith("READY"):
                ready.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        assert ready.wait(120), "writer never became ready"
        time.sleep(delay)
    finally:  # never leave a writer running, whatever happened
        writer.send_signal(signal.SIGKILL)
        writer.wait(10)
        reader.join(10)
    return [line for line in lines if line.startswith("C ")]


def check(path: Path, key: bytes, promised: list[str]) -> None:
    vault = Vault.open(path, key=key, read_only=True)
    try:
        report = vault.verify()
        assert report.ok, [p.render() for p in report.problems]
        for line in promised:
            _, kind, ident, *rest = line.split()
            if kind == "case":
                assert vault.case(ident).id == ident
            elif kind == "person":
                assert vault.people.get(ident).id == ident
            else:
                assert vault.artifacts.get(ident).sha256 == rest[0]
    finally:
        vault.lock()


@pytest.mark.slow
@pytest.mark.timeout(1200)  # about 2 minutes alone; much longer on a loaded 2-core machine
def test_kill_nine_at_random_moments(tmp_path: Path) -> None:
    rng = random.Random(1128)
    pristine = tmp_path / "pristine.npv"  # created once (1.8 s), copied for each round: a fresh vault
    Vault.create(pristine, PASSPHRASE, officer="警員測試", unit="測試隊").lock()
    key = derive_key(PASSPHRASE, read_salt(pristine))
    promised_total = 0
    for round_ in range(0, KILLS, KILLS_PER_VAULT):
        path = tmp_path / f"crash-{round_}.npv"
        shutil.copyfile(pristine, path)
        promised: list[str] = []
        for kill in range(round_, min(round_ + KILLS_PER_VAULT, KILLS)):
            promised += run_and_kill(path, key, kill, rng.uniform(0.0, 0.35))
            check(path, key, promised)
        promised_total += len(promised)
    print(f"{KILLS} kills, {promised_total} committed writes all present")
    assert promised_total > KILLS  # the writer really wrote between kills
