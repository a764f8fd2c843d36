"""`netpatrol … --help` explains every option and argument, in the officer's language."""

from __future__ import annotations

import argparse
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import build_parser
from tests.unit.reports.conftest import zh_tw  # noqa: F401 - the fixture


def _arguments(parser: argparse.ArgumentParser, path: str) -> Iterator[tuple[str, argparse.Action]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, command in action.choices.items():
                yield from _arguments(command, f"{path} {name}")
        elif not isinstance(action, argparse._HelpAction | argparse._VersionAction):
            yield path, action


def test_every_option_and_argument_says_what_it_is() -> None:
    """Seen: 'netpatrol document --help' listed '--case CASE' and 'kind' with nothing after them, and 34 more."""
    unexplained = [(path, action.option_strings or action.dest) for path, action in _arguments(build_parser(),
                                                                                              "netpatrol")
                   if not action.help]
    assert unexplained == []


@pytest.mark.usefixtures("zh_tw")
def test_the_help_is_in_chinese_for_a_chinese_interface() -> None:
    parser = build_parser()
    helps = {action.help for path, action in _arguments(parser, "netpatrol") if path == "netpatrol document"}
    assert "案件：案號（如 NP-115-0001）或案件代碼" in helps and "哪一份文件" in helps
    # and argparse's own words around them (seen: "usage:", "options:", "show this help message and exit")
    text = parser.format_help()
    assert text.startswith("用法：netpatrol") and "\n選項：\n" in text and "顯示此說明後結束" in text
    assert "\n位置參數：\n" in text  # seen: 「選項:」, an ASCII colon beside 「用法：」
    assert "usage" not in text and "options" not in text and "show this help" not in text
    # the usage's wrapped lines line up under its first option, counting 「用法：」 as the 6 columns it takes
    first, second = text.splitlines()[:2]
    columns = sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in first[:first.index("[")])
    assert len(second) - len(second.lstrip(" ")) == columns


@pytest.mark.usefixtures("zh_tw")
def test_a_mistyped_command_is_told_in_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    """Seen: 「netpatrol case new」 without --title answered "the following arguments are required: --title"
    under a Chinese usage line; argparse's messages are the officer's language like the rest."""
    parser = build_parser()
    said = []
    for args in (["case", "new"], ["document", "--case", "NP-115-0001", "-o", "a.pdf", "bogus"], ["audit", "--from"],
                 ["audit", "--bogus"]):
        with pytest.raises(SystemExit) as stopped:
            parser.parse_args(args)
        assert stopped.value.code == 2
        said.append(capsys.readouterr().err.splitlines()[-1])
    assert said[0] == "netpatrol case new: 缺少必要的參數：--title"
    assert said[1].startswith("netpatrol document: 參數 kind：無效的選擇：'bogus'（可選：'takedown-referral', ")
    assert said[2] == "netpatrol audit: 參數 --from：需要一個值"
    assert said[3] == "netpatrol: 無法辨識的參數：--bogus"


def test_argparse_messages_stay_english_for_an_english_interface(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["case", "new"])
    assert capsys.readouterr().err.splitlines()[-1] == "netpatrol case new: the following arguments are required: --title"


def test_a_person_added_without_name_is_asked_for_everything_in_the_terminal(
        vault_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """--name left out keeps the name out of the shell's history; the ID number and the rest were still
    typed as options (and kept in the history). They are asked for too, each one skippable."""
    from app import cli
    from app.vault import Vault
    from tests.conftest import PASSPHRASE

    vault = Vault.open(vault_path, PASSPHRASE)
    case = vault.create_case("互動輸入（虛構）")
    vault.lock()
    answers = iter(["虛構被害人乙", "", "", "A123456789", "0900-000-000", "由社工陪同"])  # name, then each detail
    prompts: list[str] = []
    monkeypatch.setattr("builtins.input", lambda prompt: (prompts.append(prompt), next(answers))[1])
    monkeypatch.setattr("sys.stdin", type("Terminal", (), {"isatty": staticmethod(lambda: True)})())
    monkeypatch.setenv("NETPATROL_PASSPHRASE", PASSPHRASE)
    assert cli.run(["--lang", "en", "person", "add", "--case", case.number, "--role", "victim",
                    "--vault", str(vault_path)]) == 0
    assert prompts == ["Name: ", "Account or alias (Enter to leave it out): ",
                       "Date of birth (Enter to leave it out): ", "ID number (Enter to leave it out): ",
                       "Phone or contact (Enter to leave it out): ", "Note (Enter to leave it out): "]
    assert "A123456789" not in capsys.readouterr().out
    vault = Vault.open(vault_path, PASSPHRASE)
    [person] = vault.people.in_case(case.id)
    identity = vault.reveal(person.id, "測試核對", PASSPHRASE)
    vault.lock()
    assert identity.name == "虛構被害人乙"
    assert identity.details == {"id_number": "A123456789", "contact": "0900-000-000", "note": "由社工陪同"}


@pytest.mark.usefixtures("zh_tw")
def test_counts_and_seconds_must_make_sense(capsys: pytest.CaptureFixture[str]) -> None:
    """Seen: 「case list --limit -5」 listed every case (SQLite reads a negative LIMIT as none), and
    --offset -1 was taken too; a negative --timeout reached the browser."""
    parser = build_parser()
    refused = []
    for args in (["case", "list", "--limit", "-5"], ["case", "list", "--offset", "-1"], ["search", "a", "--limit", "0"],
                 ["case", "list", "--limit", "x"], ["recheck", "--case", "NP-115-0001", "--timeout", "-3"],
                 ["capture", "--case", "NP-115-0001", "http://127.0.0.1/", "--chat-wait", "nan"],
                 ["capture", "--case", "NP-115-0001", "http://127.0.0.1/", "--max-seconds", "0"]):
        with pytest.raises(SystemExit) as stopped:
            parser.parse_args(args)
        assert stopped.value.code == 2
        refused.append(capsys.readouterr().err.splitlines()[-1])
    assert refused[0] == "netpatrol case list: 參數 --limit：-5 不是不小於 1 的整數。"
    assert refused[1] == "netpatrol case list: 參數 --offset：-1 不是不小於 0 的整數。"
    assert refused[2].endswith("0 不是不小於 1 的整數。") and refused[3].endswith("x 不是不小於 1 的整數。")
    assert [line.rsplit("：", 1)[1] for line in refused[4:]] == ["-3 不是有效的秒數。", "nan 不是有效的秒數。",
                                                               "0 不是有效的秒數。"]
    taken = parser.parse_args(["case", "list", "--offset", "0", "--limit", "1"])
    assert (taken.offset, taken.limit) == (0, 1)
    waited = parser.parse_args(["capture", "--case", "NP-115-0001", "http://127.0.0.1/", "--chat-wait", "0"])
    assert waited.chat_wait == 0.0


def _help_texts(parser: argparse.ArgumentParser) -> Iterator[str]:
    yield parser.format_help()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for command in action.choices.values():
                yield from _help_texts(command)


@pytest.mark.usefixtures("zh_tw")
def test_chinese_help_is_wrapped_to_the_terminal_by_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    """argparse wraps help at spaces and counts characters: a Chinese explanation, which has no spaces and takes two
    columns a character, ran on as one line of up to 123 columns (seen: provenance, export --include-sealed) and the
    usage's first line took 3 columns more than the terminal has. Lines break between Chinese characters, never
    before 「，」「）」 or after 「（」."""
    monkeypatch.setenv("COLUMNS", "80")
    too_wide, badly_broken = [], []
    for text in _help_texts(build_parser()):
        lines = text.splitlines()
        for line, after in zip(lines, [*lines[1:], ""], strict=True):
            if any(unicodedata.east_asian_width(char) in "WF" for char in line) and \
                    sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in line) > 80:
                too_wide.append(line)
            if line.rstrip().endswith(("（", "「")) or after.lstrip().startswith(("，", "。", "）", "」", "、", "；", "：")):
                badly_broken.append(line)
    assert too_wide == [] and badly_broken == []
    provenance = next(text for text in _help_texts(build_parser()) if text.startswith("用法：netpatrol provenance"))
    assert "  --head HEAD        紙本頁尾所印的稽核鏈末端（576:b2283c1e…）：核對該頁是否由\n" \
           "                     本保管庫列印，及屬於哪一份文件\n" in provenance


def test_english_help_is_wrapped_as_argparse_wraps_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    text = next(text for text in _help_texts(build_parser()) if text.startswith("usage: netpatrol export"))
    assert "  --recipient RECIPIENT\n                        the receiving workstation's key, age1… (repeatable);\n" \
           "                        without it the file is protected by\n" in text


def test_wrapping_by_columns() -> None:
    from app.cli import wrap_columns

    assert wrap_columns("一二三四五六", 6) == ["一二三", "四五六"]
    assert wrap_columns("一二（三四）五，六", 6) == ["一二", "（三", "四）", "五，六"]  # 「（」 ends no line, 「）」 starts none
    assert wrap_columns("甲 a-long-word 乙", 6) == ["甲", "a-long-word", "乙"]
    assert wrap_columns("", 10) == []
