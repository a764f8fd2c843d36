"""The `netpatrol` command writing into a file or a pipe whose encoding cannot hold every character.

On a Taiwanese Windows workstation a redirected or piped output (``> list.txt``, ``| findstr``, a PowerShell
variable) is encoded in the ANSI code page, cp950, which lacks simplified characters (红 of 小红书) and emoji.
PYTHONIOENCODING=cp950 gives the same output here."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import PASSPHRASE
from tests.end2end.cli_helpers import ROOT, netpatrol

TITLE = "小红书 貼文 😀"  # 红 (simplified) and the emoji are outside cp950; the rest is inside


def _run_cp950(*args: str, vault: Path, home: Path) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ, NETPATROL_PASSPHRASE=PASSPHRASE, NETPATROL_HOME=str(home), PYTHONIOENCODING="cp950")
    return subprocess.run([sys.executable, "-m", "app", "--lang", "zh_TW", *args, "--vault", str(vault)], cwd=ROOT,
                          env=env, capture_output=True, stdin=subprocess.DEVNULL, timeout=120)


def test_a_title_outside_the_code_page_is_listed_not_an_internal_error(vault_path: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    created = netpatrol("case", "new", "--title", TITLE, vault=vault_path, passphrase=PASSPHRASE, home=home)
    assert created.code == 0, created.err

    listed = _run_cp950("case", "list", vault=vault_path, home=home)
    assert listed.returncode == 0, listed.stderr.decode("cp950", "replace")
    line = listed.stdout.decode("cp950")
    assert "貼文" in line  # what cp950 holds is written as it is
    assert "\\u7ea2" in line and "\\U0001f600" in line  # the rest escaped, not a crash

    as_json = _run_cp950("case", "list", "--json", vault=vault_path, home=home)
    assert as_json.returncode == 0, as_json.stderr.decode("cp950", "replace")
    assert [case["title"] for case in json.loads(as_json.stdout.decode("cp950"))] == [TITLE]  # lossless JSON
