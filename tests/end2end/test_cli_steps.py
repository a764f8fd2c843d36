"""`netpatrol step`, `steps` and `clocks` as subprocesses, as officers and scripts use them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.end2end.cli_helpers import netpatrol


@pytest.fixture
def case_id(vault_path: Path) -> str:
    result = netpatrol("case", "new", "--title", "步驟指令測試", vault=vault_path, passphrase=PASSPHRASE)
    assert result.code == 0, result.err
    return result.out.strip()


def step(vault_path: Path, *args: str, lang: str = "en", env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return netpatrol("step", *args, vault=vault_path, passphrase=PASSPHRASE, lang=lang, extra_env=env)


def test_done_at_taipei_time_on_a_machine_in_another_zone(vault_path: Path, case_id: str) -> None:
    result = step(vault_path, "--case", case_id, "assess-elements", "done", "--at", "2025-07-08 23:30",
                  "--note", "三要件成立（測試）", "--set", "articles=40", "--json", env={"TZ": "America/Los_Angeles"})
    assert result.code == 0, result.err
    data = result.json()
    assert data["event"]["happened_at"] == "2025-07-08T15:30:00.000000Z"
    assert data["step"]["state"] == "done" and data["step"]["data"] == {"articles": "40"}
    listing = netpatrol("steps", "--case", case_id, "--json", vault=vault_path, passphrase=PASSPHRASE,
                        extra_env={"TZ": "Pacific/Auckland"})
    clocks = {c["clock"]: c for c in listing.json()["clocks"]}
    assert clocks["social-report"]["deadline"] == "2025-07-09T15:30:00.000000Z"
    assert clocks["social-report"]["deadline_taipei"] == "2025-07-09 23:30 (UTC+8)"
    assert clocks["social-report"]["state"] == "overdue"  # the test runs long after 2025
    running = netpatrol("clocks", "--json", vault=vault_path, passphrase=PASSPHRASE)
    assert [(c["case_id"], c["clock"]) for c in running.json()] == [(case_id, "social-report")]


def test_blocked_step_exits_1_with_the_reason(vault_path: Path, case_id: str) -> None:
    result = step(vault_path, "--case", case_id, "takedown-referral", "done", "--note", "e-mailed")
    assert result.code == 1
    assert "takedown-referral" in result.err and "陸.二(二)" in result.err and "no capture" in result.err
    assert result.out == ""


def test_usage_mistakes_exit_2(vault_path: Path, case_id: str) -> None:
    assert step(vault_path, "--case", case_id, "no-such-step", "done").code == 2
    missing_note = step(vault_path, "--case", case_id, "assess-elements", "done")
    assert missing_note.code == 2 and "note" in missing_note.err
    bad_choice = step(vault_path, "--case", case_id, "record-origin", "done", "--set", "origin=moon")
    assert bad_choice.code == 2 and "moon" in bad_choice.err
    assert step(vault_path, "--case", case_id, "record-origin", "finish").code == 2
    assert step(vault_path, "--case", case_id, "record-origin", "done", "--at", "yesterday").code == 2


def test_undo_is_recorded_and_listed(vault_path: Path, case_id: str) -> None:
    assert step(vault_path, "--case", case_id, "record-origin", "done", "--set", "origin=patrol").code == 0
    undone = step(vault_path, "--case", case_id, "record-origin", "undo", "--note", "wrong case")
    assert undone.code == 0, undone.err
    assert step(vault_path, "--case", case_id, "record-origin", "undo").code == 1  # nothing left to undo
    listing = netpatrol("steps", "--case", case_id, "--json", vault=vault_path, passphrase=PASSPHRASE).json()
    origin = next(s for s in listing["steps"] if s["id"] == "record-origin")
    assert origin["state"] == "available"
    assert [(e["action"], e["note"]) for e in origin["history"]] == [("done", ""), ("undo", "wrong case")]
    audit = netpatrol("verify", "--json", vault=vault_path, passphrase=PASSPHRASE)
    assert audit.code == 0 and audit.json()["ok"]


def test_steps_text_listing_in_chinese(vault_path: Path, case_id: str) -> None:
    result = netpatrol("steps", "--case", case_id, vault=vault_path, passphrase=PASSPHRASE, lang="zh_TW")
    assert result.code == 0, result.err
    assert "判斷三項構成要件" in result.out and "[!] takedown-referral" in result.out
    assert "陸.二(二)" in result.out


def test_steps_give_the_legal_basis_in_the_output_language(vault_path: Path, case_id: str) -> None:
    """Seen: `netpatrol steps` in English listed 「How the case came in  (伍.一；陸.一)」, the statutes in Chinese
    (本條例第7條) among English text; its --json "basis" too. English now names the law in English, the
    guideline's section marks as written; Chinese output is unchanged."""
    assert step(vault_path, "--case", case_id, "assess-elements", "done", "--note", "三要件成立（測試）").code == 0
    en = netpatrol("steps", "--case", case_id, vault=vault_path, passphrase=PASSPHRASE, lang="en")
    assert en.code == 0, en.err
    assert "How the case came in  (guideline 伍.一; guideline 陸.一)" in en.out
    assert "Reporting  (guideline 肆.二(二); Child and Youth Sexual Exploitation Prevention Act Article 7)" in en.out
    assert "本條例" not in en.out and "施行細則" not in en.out and "；" not in en.out
    data = netpatrol("steps", "--case", case_id, "--json", vault=vault_path, passphrase=PASSPHRASE, lang="en").json()
    steps = {s["id"]: s for s in data["steps"]}
    assert steps["report-suspect"]["basis"] == "Child and Youth Sexual Exploitation Prevention Act Article 7, Paragraph 2"
    clocks = {c["clock"]: c for c in data["clocks"]}
    assert clocks["social-report"]["basis"] == (
        "Child and Youth Sexual Exploitation Prevention Act Article 7, Paragraph 1")
    running = netpatrol("clocks", "--json", vault=vault_path, passphrase=PASSPHRASE, lang="en").json()
    assert running[0]["basis"] == "Child and Youth Sexual Exploitation Prevention Act Article 7, Paragraph 1"
    zh = netpatrol("steps", "--case", case_id, vault=vault_path, passphrase=PASSPHRASE, lang="zh_TW").out
    assert "通報（肆.二(二)；本條例第7條）" in zh and "Act" not in zh
    zh_data = netpatrol("steps", "--case", case_id, "--json", vault=vault_path, passphrase=PASSPHRASE,
                        lang="zh_TW").json()
    assert {s["id"]: s for s in zh_data["steps"]}["report-suspect"]["basis"] == "本條例第7條第2項"


def test_text_output_reads_times_as_the_windows_do(vault_path: Path, case_id: str) -> None:
    """民國 dates in Chinese, as the windows and documents print them; ISO with UTC+8 in English; --json
    stays UTC ISO 8601 for scripts (above)."""
    done = step(vault_path, "--case", case_id, "assess-elements", "done", "--at", "2025-07-08 23:30",
                "--note", "三要件成立（測試）", lang="zh_TW")
    assert done.code == 0, done.err
    assert "民國114年7月8日 23:30" in done.out and "2025-" not in done.out
    zh = netpatrol("steps", "--case", case_id, vault=vault_path, passphrase=PASSPHRASE, lang="zh_TW").out
    assert "民國114年7月9日 23:30" in zh and not re.search(r"20\d\d-\d\d-\d\d", zh)
    assert "案件來源（伍.一；陸.一）" in zh and ": " not in zh  # seen: 「案件來源  (伍.一；陸.一)」, 「…: 計時中」
    en = netpatrol("steps", "--case", case_id, vault=vault_path, passphrase=PASSPHRASE, lang="en").out
    assert "deadline 2025-07-09 23:30 (UTC+8)" in en and "民國" not in en
    listed = netpatrol("case", "list", vault=vault_path, passphrase=PASSPHRASE, lang="zh_TW").out
    assert re.search(rf"{case_id}  \S+  \S+  1\d\d/\d\d/\d\d \d\d:\d\d  步驟指令測試", listed), listed
    shown = netpatrol("case", "show", case_id, vault=vault_path, passphrase=PASSPHRASE, lang="zh_TW").out
    assert "狀態：偵辦中" in shown  # seen: 「狀態：open」, the stored value


def test_a_case_marked_closed_without_its_closing_step_says_so(vault_path: Path, case_id: str) -> None:
    """As the window's case details: the status 已結案 stops no clock; `steps` and `case show` say so under the
    clocks, and --json carries the sentence as status_note."""
    from app.core.models import CaseStatus
    from app.vault import Vault

    assert step(vault_path, "--case", case_id, "assess-elements", "done", "--note", "三要件成立（測試）").code == 0
    listing = netpatrol("steps", "--case", case_id, "--json", vault=vault_path, passphrase=PASSPHRASE)
    assert listing.json()["status_note"] is None
    vault = Vault.open(vault_path, PASSPHRASE)
    try:
        vault.update_case(case_id, status=CaseStatus.CLOSED)
    finally:
        vault.lock()
    said = "「結案」步驟：在記錄之前，法定期限仍持續計算並提醒。"
    for command in (("steps", "--case", case_id), ("case", "show", case_id)):
        result = netpatrol(*command, vault=vault_path, passphrase=PASSPHRASE, lang="zh_TW")
        assert result.code == 0, result.err
        assert result.out.rstrip().endswith(said), command
    listing = netpatrol("steps", "--case", case_id, "--json", vault=vault_path, passphrase=PASSPHRASE)
    assert "“Close the case” is not recorded" in listing.json()["status_note"]
