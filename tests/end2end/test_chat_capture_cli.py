"""``netpatrol capture --chat`` then ``netpatrol transcript``, as subprocesses, against the synthetic
virtualised chat: every message stored and printed; a page without a chat stores nothing."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.end2end.test_capture_cli import netpatrol

pytestmark = pytest.mark.webengine
MESSAGES = json.loads((Path(__file__).resolve().parents[1] / "fixtures" / "pages" / "chat" / "messages.json")
                      .read_text(encoding="utf-8"))["messages"]


def pdf_text(path: Path) -> str:
    return "".join(page.extract_text() or "" for page in PdfReader(path).pages)


def test_chat_capture_then_transcript_prints_every_message(vault_path: Path, fixture_server: str,
                                                           tmp_path: Path) -> None:
    home = tmp_path / "home"
    case = netpatrol("case", "new", "--vault", str(vault_path), "--title", "聊天", home=home).stdout.strip()
    done = netpatrol("capture", "--vault", str(vault_path), "--case", case, "--chat", "--chat-wait", "1", "--json",
                     f"{fixture_server}/chat/virtual.html?ids=1&delay=60", home=home)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["kind"] == "chat" and result["complete"] and result["messages"] == len(MESSAGES) == 230
    assert result["completeness"]["stop_reason"] == "chat_no_older" and result["completeness"]["messages"] == 230
    assert result["steps_done"] == []  # a chat is no full-page capture of the content: its step is the transcript
    names = {a["name"]: a for a in result["artifacts"]}
    assert {"viewport.png", "text.txt", "chat.json", "chat-image-0001.png", "chat-image-0002.png",
            "metadata.json"} <= set(names)
    assert ("account_name", "小明") in {(i["kind"], i["value"]) for i in result["identifiers"]}
    exported = tmp_path / "chat.json"
    assert netpatrol("artifact", "export", "--vault", str(vault_path), "--case", case, names["chat.json"]["id"],
                     "-o", str(exported), home=home).returncode == 0
    assert hashlib.sha256(exported.read_bytes()).hexdigest() == names["chat.json"]["sha256"]
    stored = json.loads(exported.read_text(encoding="utf-8"))["messages"]
    assert [m["message_id"] for m in stored] == [f"m{e['n']}" for e in MESSAGES]

    target = tmp_path / "transcript.pdf"
    printed = netpatrol("transcript", "--vault", str(vault_path), "--case", case, "--capture", result["capture_id"],
                        "-o", str(target), "--json", home=home)
    assert printed.returncode == 0, printed.stderr
    assert json.loads(printed.stdout)["messages"] == 230
    text = pdf_text(target)
    for needle in ("第1則訊息 message 1", "第230則訊息 message 230", "長訊息開始", "長訊息結束", "第20段",
                   names["chat-image-0001.png"]["id"], "End of transcript: 230 messages."):
        assert needle in text, needle
    assert netpatrol("verify", "--vault", str(vault_path), home=home).returncode == 0


def test_page_without_a_chat_stores_nothing(vault_path: Path, fixture_server: str, tmp_path: Path) -> None:
    home = tmp_path / "home"
    case = netpatrol("case", "new", "--vault", str(vault_path), "--title", "聊天", home=home).stdout.strip()
    refused = netpatrol("capture", "--vault", str(vault_path), "--case", case, "--chat",
                        f"{fixture_server}/chat/none.html", home=home)
    assert refused.returncode == 1 and "No chat conversation was found" in refused.stderr
    shown = json.loads(netpatrol("case", "show", "--vault", str(vault_path), case, "--json", home=home).stdout)
    assert shown["captures"] == [] and shown["artifacts"] == []


def test_ctrl_c_ends_a_capture_at_once_and_stores_nothing(vault_path: Path, fixture_server: str,
                                                          tmp_path: Path) -> None:
    """Seen: Ctrl+C 8 s into a chat capture did nothing; it ran on to its time bound and stored the capture."""
    import os
    import signal
    import subprocess
    import sys
    import time

    from tests.conftest import PASSPHRASE
    from tests.end2end.test_capture_cli import ROOT

    home = tmp_path / "home"
    case = netpatrol("case", "new", "--vault", str(vault_path), "--title", "中斷", home=home).stdout.strip()
    env = dict(os.environ, NETPATROL_PASSPHRASE=PASSPHRASE, NETPATROL_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    running = subprocess.Popen([sys.executable, "-m", "app.cli", "--lang", "en", "capture", "--vault", str(vault_path),
                                "--case", case, "--chat", "--max-seconds", "120", f"{fixture_server}/chat/endless.html"],
                               cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _wait_for_the_browser(running.pid)  # started after the command watches for stop signals: capturing by now
    time.sleep(0.5)  # the page loading: where Python 3.11's wait_for lost the cancellation one time in eight
    sent = time.monotonic()
    running.send_signal(signal.SIGINT)
    try:
        _out, err = running.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        running.kill()
        _out, err = running.communicate()
        raise AssertionError("not interrupted: " + "\n".join(line for line in err.splitlines() if "js:" not in line
                                                                and ":INFO:" not in line)[-3000:]) from None
    assert time.monotonic() - sent < 20 and running.returncode == 1
    assert "Interrupted; nothing was half-written." in err
    shown = json.loads(netpatrol("case", "show", "--vault", str(vault_path), case, "--json", home=home).stdout)
    assert shown["captures"] == [] and shown["artifacts"] == []


def _wait_for_the_browser(pid: int, limit_s: float = 90) -> None:
    """Until the command has QtWebEngine's helper processes (a fixed sleep was too short on a loaded CI machine:
    the signal came before the command watched for it, while Python's own handler could not run)."""
    import time

    children = Path(f"/proc/{pid}/task/{pid}/children")
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline and not (children.exists() and children.read_text().split()):
        time.sleep(0.2)
