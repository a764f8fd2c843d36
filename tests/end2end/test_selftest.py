"""`netpatrol selftest` on this machine: every check passes, offscreen, and the officer's vault
(the default path under NETPATROL_HOME) is never created or touched."""

from __future__ import annotations

from pathlib import Path

from tests.end2end.cli_helpers import netpatrol


def test_selftest_passes_offscreen(tmp_path: Path) -> None:
    home = tmp_path / "home"
    result = netpatrol("selftest", "--json", home=home, timeout=300)
    assert result.code == 0, result.out + result.err
    checks = {c["check"]: c for c in result.json()}
    assert set(checks) == {"vault", "browser + capture", "pdf", "case file"}
    assert all(c["ok"] for c in checks.values()), checks
    assert "SQLCipher 4." in checks["vault"]["detail"]
    assert not list(home.rglob("*.npv")), "selftest must not create a vault in the officer's data folder"
