"""``netpatrol capture`` and ``netpatrol artifact export`` as subprocesses, against a fixture page."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.webengine
ROOT = Path(__file__).resolve().parents[2]


def netpatrol(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, NETPATROL_PASSPHRASE=PASSPHRASE, NETPATROL_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "app.cli", "--lang", "en", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=240)


def test_capture_then_export_an_artifact(vault_path: Path, fixture_server: str, tmp_path: Path) -> None:
    home = tmp_path / "home"
    case = netpatrol("case", "new", "--vault", str(vault_path), "--title", "測試", home=home).stdout.strip()
    done = netpatrol("capture", "--vault", str(vault_path), "--case", case, "--json",
                     f"{fixture_server}/capture/ptt.html", home=home)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["complete"] and result["capture_id"].startswith("K")
    names = {a["name"]: a for a in result["artifacts"]}
    assert {"viewport.png", "fullpage.png", "page.mhtml", "dom.html", "text.txt", "metadata.json"} <= set(names)
    assert ("poster_ip", "203.0.113.45") in {(i["kind"], i["value"]) for i in result["identifiers"]}
    assert [c["status"] for c in result["evidence_check"]][:4] == ["ok", "ok", "ok", "ok"]
    assert result["server_clock"].startswith("This workstation's clock agrees with the site's server, which sent ")
    shown = netpatrol("case", "show", "--vault", str(vault_path), case, home=home).stdout
    assert "Status: Open " in shown  # seen: 「狀態：open」, the stored value
    assert f"  {result['capture_id']}  Page  " in shown  # the capture's kind in words, as the gallery says it
    assert "  Poster's IP address  203.0.113.45  (site adapter ptt: " in shown  # seen: 「poster_ip」, 「adapter ptt」
    target = tmp_path / "full.png"
    exported = netpatrol("artifact", "export", "--vault", str(vault_path), "--case", case,
                         names["fullpage.png"]["id"], "-o", str(target), home=home)
    assert exported.returncode == 0, exported.stderr
    assert hashlib.sha256(target.read_bytes()).hexdigest() == names["fullpage.png"]["sha256"]
    assert netpatrol("verify", "--vault", str(vault_path), home=home).returncode == 0


def test_the_capture_is_told_stored_in_the_case_by_its_number(vault_path: Path, fixture_server: str,
                                                              tmp_path: Path) -> None:
    """Seen: "Capture K… stored in case C0FXYR0WRZ1.", the case's internal id, where officers know it by number."""
    home = tmp_path / "home"
    case = json.loads(netpatrol("case", "new", "--vault", str(vault_path), "--title", "測試", "--json",
                                home=home).stdout)
    done = netpatrol("capture", "--vault", str(vault_path), "--case", case["id"], f"{fixture_server}/capture/ptt.html",
                     home=home)
    assert done.returncode == 0, done.stderr
    first = done.stdout.splitlines()[0]
    assert first.startswith("Capture K") and first.endswith(f" stored in case {case['number']}.")


def test_export_of_another_case_artifact_is_not_found(vault_path: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    case = netpatrol("case", "new", "--vault", str(vault_path), "--title", "測試", home=home).stdout.strip()
    missing = netpatrol("artifact", "export", "--vault", str(vault_path), "--case", case, "ANOSUCHTHING",
                        "-o", str(tmp_path / "x"), home=home)
    assert missing.returncode == 1 and "was not found" in missing.stderr and not (tmp_path / "x").exists()


def test_a_page_that_opens_javascript_dialogs_is_captured(vault_path: Path, fixture_server: str,
                                                         tmp_path: Path) -> None:
    """Seen: a page calling alert() made `netpatrol capture` wait 45 s, then abort (free(): invalid size, exit
    134). The dialogs are dismissed unanswered (confirm is declined, prompt cancelled), as a headless capture
    has no one to answer them."""
    home = tmp_path / "home"
    case = netpatrol("case", "new", "--vault", str(vault_path), "--title", "彈出視窗", home=home).stdout.strip()
    done = netpatrol("capture", "--vault", str(vault_path), "--case", case, "--json",
                     f"{fixture_server}/capture/alert.html", home=home)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["complete"] and result["title"] == "合成測試頁：彈出視窗"
    text = {a["name"]: a for a in result["artifacts"]}["text.txt"]
    exported = tmp_path / "text.txt"
    assert netpatrol("artifact", "export", "--vault", str(vault_path), "--case", case, text["id"], "-o", str(exported),
                     home=home).returncode == 0
    assert "confirm=false prompt=null" in exported.read_text(encoding="utf-8")


@pytest.mark.parametrize("address", ["not a url", "file:///etc/hostname"])
def test_only_a_web_address_is_captured(vault_path: Path, tmp_path: Path, address: str) -> None:
    """Seen: "not a url" answered with the window's "The tab has no page to capture", and file:///etc/hostname
    was stored as a complete capture."""
    home = tmp_path / "home"
    case = netpatrol("case", "new", "--vault", str(vault_path), "--title", "網址", home=home).stdout.strip()
    done = netpatrol("capture", "--vault", str(vault_path), "--case", case, address, home=home)
    assert done.returncode == 2 and f"“{address}” is not a web address (http:// or https://)." in done.stderr
