"""Names NetPatrol proposes for the files it writes, made from case numbers and the like, are valid on Windows.

The rules are checked here with ``ntpath`` and the list of Windows device names, not with the helper's own
library, so that a mistake shared by both would still show."""

from __future__ import annotations

import ntpath
import re

import pytest

from app.infra.filenames import FALLBACK_STEM, MAX_NAME_CHARACTERS, windows_file_name

DEVICES = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(10)), *(f"LPT{n}" for n in range(10))}
FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')

HOSTILE = [
    'a:b?c*"d"<e>|f.',                 # a page title with every character Windows refuses, ending in a dot
    "CON", "con", "CON.txt", "CON .", " NUL", "COM1", "lpt9.tar",  # devices, with an extension too
    "王" * 300,                          # too long for a name, and 900 bytes in UTF-8
    "😀" * 100,                          # emoji: 4 bytes each
    "report\u202efdp.exe",              # a right-to-left override shows it as "reportexe.pdf"
    "婦幼/115/0004-evidence",             # a case number of a unit's own format, with slashes
    "C:\\Users\\x\\case",                 # a path, not a name
    "line\r\nbreak\ttab\x00nul",
    " .. ", ".", "", "   ",
]


def _valid_on_windows(name: str) -> bool:
    head = name.split(".", 1)[0].strip().upper()
    return (not FORBIDDEN.search(name) and not name.endswith((".", " ")) and head not in DEVICES
            and ntpath.basename(name) == name and len(name.encode("utf-8")) <= 255
            and len(name) <= MAX_NAME_CHARACTERS and name not in (".", ".."))


@pytest.mark.parametrize("name", HOSTILE)
def test_a_hostile_name_becomes_a_valid_windows_file_name_with_its_suffix(name: str) -> None:
    made = windows_file_name(name, ".pdf")
    assert made.endswith(".pdf") and len(made) > len(".pdf")
    assert _valid_on_windows(made), made
    assert not any(character in made for character in "\u202e\u202d\u200b\u200e\u200f")


def test_what_windows_allows_is_kept_and_only_the_forbidden_characters_are_replaced() -> None:
    assert windows_file_name("NP-115-0004-evidence.pdf", ".pdf") == "NP-115-0004-evidence.pdf"
    assert windows_file_name("婦幼/115/0004", ".npcase") == "婦幼_115_0004.npcase"
    assert windows_file_name("北市:114:0001-transcript", ".pdf") == "北市_114_0001-transcript.pdf"
    assert windows_file_name("CON", ".npcase") != "CON.npcase"
    assert windows_file_name("report\u202efdp.exe", ".pdf") == "reportfdp.exe.pdf"  # the disguise is gone
    assert windows_file_name("", ".pdf") == f"{FALLBACK_STEM}.pdf"
    assert windows_file_name("duty.PDF", ".pdf") == "duty.pdf"  # the suffix once, not twice
