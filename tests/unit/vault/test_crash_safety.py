"""kill -9 the writer at random moments, 200 times: the vault always opens, verifies, and holds every
write that was reported committed."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
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


class WriterServer:
    """The fork server of crash_writer: one writer process per kill, without a Python start for each."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.process = subprocess.Popen([sys.executable, "-m", "tests.unit.vault.crash_writer", "--serve"], cwd=ROOT,
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)

    def answer(self, word: str) -> int:
        assert self.process.stdout is not None
        line = self.process.stdout.readline().split()
        assert line[:1] == [word], f"fork server said {line!r}, not {word}"
        return int(line[1])

    def run_and_kill(self, path: Path, key: bytes, seed: int, delay: float) -> list[str]:
        """Fork a writer, wait until it is writing, let it run ``delay`` seconds, SIGKILL it; its committed writes."""
        output = self.folder / f"writer-{seed}.txt"
        assert self.process.stdin is not None
        self.process.stdin.write(f"{path} {key.hex()} {seed} {output}\n")
        self.process.stdin.flush()
        pid = self.answer("PID")
        try:
            wait_for_line(output, "READY\n", timeout=120)
            time.sleep(delay)
        finally:  # never leave a writer running, whatever happened
            os.kill(pid, signal.SIGKILL)
            assert self.answer("DEAD") == pid
        lines = output.read_text(encoding="utf-8").splitlines(keepends=True)
        return [line.strip() for line in lines if line.startswith("C ") and line.endswith("\n")]

    def close(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        self.process.wait(30)


def wait_for_line(path: Path, line: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not (path.exists() and line in path.read_text(encoding="utf-8")):
        assert time.monotonic() < deadline, f"the writer never printed {line.strip()}"
        time.sleep(0.005)


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
    server = WriterServer(tmp_path)
    try:
        promised_total = kill_rounds(server, pristine, key, rng)
    finally:
        server.close()
    print(f"{KILLS} kills, {promised_total} committed writes all present")
    assert promised_total > KILLS  # the writer really wrote between kills


def kill_rounds(server: WriterServer, pristine: Path, key: bytes, rng: random.Random) -> int:
    """KILLS kills, KILLS_PER_VAULT on each fresh copy of the empty vault, each followed by a check."""
    promised_total = 0
    for round_ in range(0, KILLS, KILLS_PER_VAULT):
        path = pristine.with_name(f"crash-{round_}.npv")
        shutil.copyfile(pristine, path)
        promised: list[str] = []
        for kill in range(round_, min(round_ + KILLS_PER_VAULT, KILLS)):
            promised += server.run_and_kill(path, key, kill, rng.uniform(0.0, 0.35))
            check(path, key, promised)
        promised_total += len(promised)
    return promised_total
