"""Passphrases given to the command in its environment reach the command, and no process it starts: the
browser's renderers (which run a suspect's page), the re-check's Chromium and its driver all inherit the
environment, so NETPATROL_PASSPHRASE sat in their memory, readable by a compromised renderer."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import Any

import pytest

from app import cli
from app.commands import handoff

VAULT_SECRET = "marker passphrase 4711 zz"
EXPORT_SECRET = "exportpass marker 8822 qq"
CHILD = "import os; print(os.environ.get('NETPATROL_PASSPHRASE'), os.environ.get('NETPATROL_EXPORT_PASSPHRASE'))"


def test_the_command_reads_its_passphrases_and_its_child_processes_never_see_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("NETPATROL_PASSPHRASE", VAULT_SECRET)
    monkeypatch.setenv("NETPATROL_EXPORT_PASSPHRASE", EXPORT_SECRET)
    seen: dict[str, Any] = {}

    def command(argv: object) -> int:
        seen["vault"] = cli.read_passphrase("Passphrase: ")
        seen["child"] = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, check=True).stdout
        return 0

    monkeypatch.setattr(cli, "run", command)
    assert cli.main(["--lang", "en", "case", "list"]) == 0
    assert seen["vault"] == VAULT_SECRET
    assert seen["child"].split() == ["None", "None"]
    # given back when the command is done (the variables belong to whoever called it, in tests the next test)
    assert (os.environ["NETPATROL_PASSPHRASE"], os.environ["NETPATROL_EXPORT_PASSPHRASE"]) == (VAULT_SECRET, EXPORT_SECRET)


def test_export_and_import_still_read_the_case_file_passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NETPATROL_EXPORT_PASSPHRASE", EXPORT_SECRET)
    seen: list[str | None] = []
    monkeypatch.setattr(cli, "run", lambda argv: seen.append(handoff.export_passphrase()) or 0)
    assert cli.main(["--lang", "en", "case", "list"]) == 0
    assert seen == [EXPORT_SECRET]


def test_without_the_variables_nothing_is_made_up(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NETPATROL_PASSPHRASE", raising=False)
    monkeypatch.delenv("NETPATROL_EXPORT_PASSPHRASE", raising=False)
    seen: list[str | None] = []
    monkeypatch.setattr(cli, "run", lambda argv: seen.append(handoff.export_passphrase()) or 0)
    assert cli.main(["--lang", "en", "case", "list"]) == 0
    assert seen == [None] and "NETPATROL_EXPORT_PASSPHRASE" not in os.environ
