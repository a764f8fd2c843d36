"""What the `netpatrol` command says when something is wrong: in the officer's language, every problem at once,
and before the passphrase is asked for when the passphrase cannot help (session 20's audit of the command)."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import PASSPHRASE
from tests.end2end.cli_helpers import ROOT, netpatrol


def test_what_was_not_found_is_named_in_chinese(vault_path: Path, tmp_path: Path) -> None:
    """Seen: 「找不到Capture KBOGUS。」 and 「找不到Patrol TBOGUS。」 in a Chinese terminal."""
    home = tmp_path / "home"
    case = netpatrol("case", "new", "--title", "找不到測試（虛構）", vault=vault_path, passphrase=PASSPHRASE, home=home)
    assert case.code == 0, case.err
    transcript = netpatrol("transcript", "--case", case.out.strip(), "--capture", "KBOGUS", "-o",
                           str(tmp_path / "t.pdf"), vault=vault_path, passphrase=PASSPHRASE, home=home, lang="zh_TW")
    assert (transcript.code, transcript.err.strip()) == (1, "找不到擷取紀錄 KBOGUS。")
    patrol = netpatrol("patrol-log", "--patrol", "TBOGUS", "-o", str(tmp_path / "p.pdf"), vault=vault_path,
                       passphrase=PASSPHRASE, home=home, lang="zh_TW")
    assert (patrol.code, patrol.err.strip()) == (1, "找不到巡邏 TBOGUS。")


def test_every_not_found_names_its_thing_through_the_translator() -> None:
    """Every ``NotFound(what=…)`` in the application passes a translated word, never an English literal."""
    literal = []
    for source in (ROOT / "app").rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "NotFound":
                literal += [f"{source.relative_to(ROOT)}:{node.lineno}" for keyword in node.keywords
                            if keyword.arg == "what" and isinstance(keyword.value, ast.Constant)]
    assert literal == []


def test_provenance_names_every_unreadable_file_before_the_passphrase(vault_path: Path, tmp_path: Path) -> None:
    """Seen: of several files the first missing one stopped the command (「No such file or directory」 in a Chinese
    sentence), and the officer found the next one only on the next run."""
    readable = tmp_path / "readable.pdf"
    readable.write_bytes(b"%PDF-1.4 synthetic")
    folder = tmp_path / "folder"
    folder.mkdir()
    names = [str(readable), str(tmp_path / "gone1.pdf"), str(folder), str(tmp_path / "gone2.pdf")]
    said = netpatrol("provenance", *names, vault=vault_path, home=tmp_path / "home", lang="zh_TW")  # no passphrase
    assert said.code == 1 and said.out == ""
    assert said.err.strip() == (f"有 3 個檔案無法讀取，因此均未核對：{tmp_path / 'gone1.pdf'}（沒有此檔案）、"
                                f"{folder}（此為資料夾）、{tmp_path / 'gone2.pdf'}（沒有此檔案）。")
    english = netpatrol("provenance", *names, vault=vault_path, home=tmp_path / "home")
    assert english.err.strip() == (f"3 files could not be read, so none was checked: {tmp_path / 'gone1.pdf'} (there is "
                                   f"no such file), {folder} (it is a folder), {tmp_path / 'gone2.pdf'} (there is no "
                                   f"such file).")
    one = netpatrol("provenance", str(readable), str(folder), vault=vault_path, home=tmp_path / "home", lang="zh_TW")
    assert (one.code, one.err.strip()) == (1, f"無法讀取檔案 {folder}（此為資料夾）。")


def test_import_names_a_wrong_file_before_the_vault_passphrase(vault_path: Path, tmp_path: Path) -> None:
    """Seen: a missing file, a PDF, or a passphrase file without NETPATROL_EXPORT_PASSPHRASE were told only after the
    vault's passphrase had been asked for (here: "No passphrase: set NETPATROL_PASSPHRASE …", exit 4)."""
    home = tmp_path / "home"
    document = tmp_path / "returned.pdf"
    document.write_bytes(b"%PDF-1.4 synthetic")
    missing = netpatrol("import", str(tmp_path / "gone.npcase"), vault=vault_path, home=home)
    assert (missing.code, missing.err.strip()) == (1, f"Case file {tmp_path / 'gone.npcase'} was not found.")
    other = netpatrol("import", str(document), vault=vault_path, home=home)
    assert other.code == 1 and other.err.startswith(f"{document} is not a NetPatrol case file.")

    case = netpatrol("case", "new", "--title", "密碼案件檔案（虛構）", vault=vault_path, passphrase=PASSPHRASE, home=home)
    protected = tmp_path / "protected.npcase"
    exported = netpatrol("export", "--case", case.out.strip(), "-o", str(protected), vault=vault_path,
                         passphrase=PASSPHRASE, home=home, extra_env={"NETPATROL_EXPORT_PASSPHRASE": "case pass 8642 qz"})
    assert exported.code == 0, exported.err
    needs = "This case file is protected by a passphrase: set NETPATROL_EXPORT_PASSPHRASE to it."
    received = netpatrol("import", str(protected), vault=vault_path, home=home)
    assert (received.code, received.err.strip()) == (4, needs)
    # `verify` needs no vault for it: seen, "There is no vault at …/vault.npv. Create one first with 'netpatrol init'."
    checked = netpatrol("verify", str(protected), home=home)
    assert (checked.code, checked.err.strip()) == (4, needs)


def test_search_says_the_list_is_cut_only_when_it_is(vault_path: Path, tmp_path: Path) -> None:
    """Seen: 「只列出最新的 2 筆結果；--limit 可列出更多。」 under the only 2 hits there were."""
    home = tmp_path / "home"
    for title in ("搜尋甲（虛構）", "搜尋乙（虛構）"):
        assert netpatrol("case", "new", "--title", title, vault=vault_path, passphrase=PASSPHRASE, home=home).code == 0
    all_of_them = netpatrol("search", "虛構", "--limit", "2", vault=vault_path, passphrase=PASSPHRASE, home=home)
    assert all_of_them.code == 0 and len(all_of_them.out.splitlines()) == 2 and "--limit" not in all_of_them.out
    cut = netpatrol("search", "虛構", "--limit", "1", vault=vault_path, passphrase=PASSPHRASE, home=home)
    assert cut.out.splitlines()[-1] == "Only the newest hit is shown; --limit shows more."
    assert len(netpatrol("search", "虛構", "--limit", "1", "--json", vault=vault_path, passphrase=PASSPHRASE,
                         home=home).json()) == 1


def test_verify_json_of_a_vault_too_damaged_to_open_answers_in_json(vault_path: Path, tmp_path: Path) -> None:
    """Seen: `verify --json` printed nothing on stdout for a vault whose damage stopped it from opening (exit 3),
    where a vault damaged inside answers {"ok": false, …}: a script reading .ok read empty input."""
    data = bytearray(vault_path.read_bytes())
    data[5000] ^= 0xFF
    vault_path.write_bytes(bytes(data))
    checked = netpatrol("verify", "--json", vault=vault_path, passphrase=PASSPHRASE, home=tmp_path / "home")
    assert checked.code == 3, checked.err
    answer = checked.json()
    assert answer["ok"] is False and answer["unreadable"] is True
    assert answer["problems"][0].startswith("The vault file is damaged or was altered")
    plain = netpatrol("verify", vault=vault_path, passphrase=PASSPHRASE, home=tmp_path / "home")
    assert plain.code == 3 and plain.out == "" and plain.err.startswith("The vault file is damaged or was altered")


def test_the_command_speaks_the_language_chosen_in_the_settings(tmp_path: Path) -> None:
    """Without --lang or NETPATROL_LANG the command answers in the language the officer chose in the window (seen:
    English chosen there, and every command went on in Chinese); with neither, and no settings, in Chinese."""
    import os
    import subprocess
    import sys

    from app.infra.settings import Settings

    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if k not in ("NETPATROL_PASSPHRASE", "NETPATROL_LANG")}
    env["NETPATROL_HOME"] = str(home)

    def said() -> str:
        done = subprocess.run([sys.executable, "-m", "app", "case", "list", "--vault", str(tmp_path / "none.npv")],
                              cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
        assert done.returncode == 1
        return done.stderr.strip()

    assert said().endswith("沒有保管庫，請先以「netpatrol init」建立。")
    assert not (home / "config").exists() or not any((home / "config").iterdir())  # reading made no settings file
    Settings(home / "config" / "netpatrol.ini").language = "en"
    assert said() == f"There is no vault at {tmp_path / 'none.npv'}. Create one first with 'netpatrol init'."


def test_a_missing_choice_field_says_what_it_takes(vault_path: Path, tmp_path: Path) -> None:
    """Seen: "Step record-origin needs the field “origin”." and nothing to say what it takes, which only a wrong
    guess (--set origin=x) told."""
    home = tmp_path / "home"
    case = netpatrol("case", "new", "--title", "欄位選項（虛構）", vault=vault_path, passphrase=PASSPHRASE, home=home)
    said = netpatrol("step", "--case", case.out.strip(), "record-origin", "done", vault=vault_path,
                     passphrase=PASSPHRASE, home=home)
    assert (said.code, said.err.strip()) == (
        2, "Step record-origin needs the field “origin”, one of: patrol, report, referral, other.")
    chinese = netpatrol("step", "--case", case.out.strip(), "record-origin", "done", vault=vault_path,
                        passphrase=PASSPHRASE, home=home, lang="zh_TW")
    assert chinese.err.strip() == "步驟 record-origin 須填寫欄位「origin」，可填：patrol, report, referral, other。"


def test_init_refuses_an_existing_file_or_a_folder_before_asking_for_a_passphrase(vault_path: Path,
                                                                                   tmp_path: Path) -> None:
    """Seen: the new passphrase asked for twice, and then "A file already exists at …"; a folder was "a file"."""
    home = tmp_path / "home"
    existing = netpatrol("init", vault=vault_path, home=home)  # no passphrase set, none asked for
    assert (existing.code, existing.err.strip()) == (1, f"A file already exists at {vault_path}; it was left untouched.")
    folder = tmp_path / "folder"
    folder.mkdir()
    told = netpatrol("init", vault=folder, home=home)
    assert (told.code, told.err.strip()) == (2, f"{folder} is a folder: name the file to write in it. Nothing was "
                                                "written.")


def test_reveal_without_a_reason_is_refused_before_any_passphrase(vault_path: Path, tmp_path: Path) -> None:
    said = netpatrol("person", "reveal", "--case", "NP-115-0001", "被害人1", "--reason", "  ", vault=vault_path,
                     home=tmp_path / "home")  # no passphrase set, none asked for
    assert (said.code, said.err.strip()) == (2, "State why this identity must be revealed.")


def test_a_failed_command_asked_for_json_answers_in_json_too(vault_path: Path, tmp_path: Path) -> None:
    """Seen: `case show NOPE --json` printed nothing on stdout, so a script parsing the answer failed on empty input
    instead of reading why; the sentence goes to stderr as before, and the same sentence comes in the JSON."""
    home = tmp_path / "home"
    missing = netpatrol("case", "show", "NOPE", "--json", vault=vault_path, passphrase=PASSPHRASE, home=home,
                        lang="zh_TW")
    assert missing.code == 1
    assert missing.json() == {"ok": False, "exit_code": 1, "error": "找不到案件 NOPE。", "error_kind": "NotFound"}
    assert missing.err.strip() == "找不到案件 NOPE。"
    wrong = netpatrol("case", "list", "--json", vault=vault_path, passphrase="not the passphrase", home=home)
    assert wrong.code == 4
    assert wrong.json()["exit_code"] == 4 and wrong.json()["error"] == wrong.err.strip()
    plain = netpatrol("case", "show", "NOPE", vault=vault_path, passphrase=PASSPHRASE, home=home)
    assert plain.code == 1 and plain.out == ""  # without --json, stdout stays empty
