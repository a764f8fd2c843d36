"""The catalogues' texts: English that reads as English, and Chinese that keeps what a count says."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _messages(language: str) -> list[tuple[str, str, str]]:
    tree = ET.parse(ROOT / "i18n" / f"netpatrol_{language}.ts")
    return [(context.findtext("name") or "", message.findtext("source") or "", message.findtext("translation") or "")
            for context in tree.getroot().iter("context") for message in context.iter("message")]


def test_no_count_is_written_with_a_plural_in_brackets() -> None:
    """"1 file(s)" is how software talks, not officers: a count takes core.i18n.counted (singular, plural)."""
    assert [f"{context}: {source}" for context, source, _ in _messages("en") if re.search(r"\w\(s\)", source)] == []


def test_a_singular_keeps_its_one_in_chinese() -> None:
    """The singular of a counted pair has no {count}: its "1" is written out, so the translation must keep it."""
    singulars = [(context, source, text) for context, source, text in _messages("zh_TW")
                 if re.search(r"(^|\W)1 [a-z]", source)]
    assert len(singulars) > 20
    assert [f"{context}: {source} → {text}" for context, source, text in singulars if "1" not in text] == []
