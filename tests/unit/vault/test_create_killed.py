"""`netpatrol init` (or the first-start wizard) killed half-way, by a power cut, Windows Update or Task Manager:
nothing unfinished under the vault's name, and creating it again works.

The writer is a real process, killed with SIGKILL just before a chosen system call (an audit hook of the child's
own: the code under test is not touched)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.models import Role
from app.vault import Vault
from tests.conftest import OFFICER, PASSPHRASE, UNIT

ROOT = Path(__file__).resolve().parents[3]

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")

CREATOR = """
import os, signal, sys
from pathlib import Path
event, match, nth = sys.argv[2], sys.argv[3], int(sys.argv[4])
seen = 0
def kill_before(name, args):
    global seen
    if name == event and match in repr(args):
        seen += 1
        if seen == nth:
            os.kill(os.getpid(), signal.SIGKILL)
from app.vault import Vault
sys.addaudithook(kill_before)
Vault.create(Path(sys.argv[1]), sys.argv[5], officer="killed", unit="killed").lock()
"""


@pytest.mark.parametrize(("event", "match", "nth"), [
    ("open", "vault.npv", 1),       # the file made for the vault
    ("open", "vault.npv", 2),       # seen: a 4 KB file, its first page only, "not a vault"; init again: "it exists"
    ("socket.gethostname", "", 1),  # seen: schema without keys, which opened and verified, then failed at sealing
])
def test_a_creation_killed_half_way_leaves_nothing_under_the_vaults_name(tmp_path: Path, event: str, match: str,
                                                                         nth: int) -> None:
    path = tmp_path / "vault.npv"
    killed = subprocess.run([sys.executable, "-c", CREATOR, str(path), event, match, str(nth), PASSPHRASE],
                            cwd=ROOT, capture_output=True, timeout=60)
    assert killed.returncode == -9, killed.stderr.decode()[-500:]
    assert not path.exists()

    vault = Vault.create(path, PASSPHRASE, officer=OFFICER, unit=UNIT)
    try:
        case = vault.create_case("合成案件")
        vault.add_person(case.id, Role.VICTIM, "王小華")  # the sealing keys are there
        assert vault.verify().ok
    finally:
        vault.lock()
    assert sorted(entry.name for entry in tmp_path.iterdir()) == ["vault.npv"]
