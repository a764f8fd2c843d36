"""Documents in zh-TW: install the translations from i18n/netpatrol_zh_TW.ts (parsed here, no Qt),
so the tests read what an officer's printer prints."""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.core import i18n
from app.reports.model import Agencies, load_agencies

ROOT = Path(__file__).resolve().parents[3]


def _translations() -> dict[tuple[str, str], str]:
    table: dict[tuple[str, str], str] = {}
    for context in ET.parse(ROOT / "i18n" / "netpatrol_zh_TW.ts").getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text and translation.get("type") != "unfinished":
                table[(name, message.findtext("source") or "")] = translation.text
    return table


@pytest.fixture
def zh_tw() -> None:
    table = _translations()
    i18n.install_translator(lambda context, text: table.get((context, text), text))


@pytest.fixture
def agencies() -> Agencies:
    return load_agencies(ROOT / "resources" / "agencies.json")


def pdf_pages(data: bytes) -> list[str]:
    """The text of each page as pypdf extracts it."""
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


def squeeze(text: str) -> str:
    """Text without whitespace or label colons: a URL or hash that wrapped in a table cell reads whole
    again, and "label: value" (「label：value」 in Chinese) in plain text reads like the PDF's label cell
    next to its value."""
    return re.sub(r":\s+|：|\s+", "", text)


PageCheck = Callable[[list[str]], None]
