"""Line breaking in English documents: words stay whole (the zh-TW side is in test_documents)."""

from __future__ import annotations

from dataclasses import replace

from app.reports.document import pdf_bytes
from app.reports.model import Agencies, StepEntry
from app.reports.notices import DocumentKind, DocumentOptions, build
from tests.unit.reports.conftest import pdf_pages
from tests.unit.reports.sample import T0, dossier


def test_english_words_are_not_broken_inside_in_an_english_document(agencies: Agencies) -> None:
    """Seen: "done automat / ically" in the transfer note's steps table: every style wrapped as Chinese,
    breaking between any two letters."""
    case = replace(dossier(), steps=tuple(StepEntry("report-social-authority", "auto", T0, "Officer Test")
                                          for _ in range(3)))
    document = build(DocumentKind.TRANSFER_NOTE, case, agencies, DocumentOptions(language="en"))
    words = "\n".join(pdf_pages(pdf_bytes(document))).split()
    assert words.count("automatically") == 3


def test_a_long_address_without_spaces_still_wraps_inside_its_cell(agencies: Agencies) -> None:
    """Set as words, a URL longer than its column is still cut at the column's edge, not run over it."""
    long_url = "https://social.example.test/" + "a1b2c3d4e5" * 20
    case = dossier(with_recheck=False)
    case = replace(case, captures=(replace(case.captures[0], url=long_url, final_url=""),))
    document = build(DocumentKind.REFERRAL, case, agencies, DocumentOptions(language="en"))
    text = "".join("\n".join(pdf_pages(pdf_bytes(document))).split())
    assert long_url in text
    lines = "\n".join(pdf_pages(pdf_bytes(document))).splitlines()
    assert max(len(line) for line in lines if "a1b2c3" in line) < 70  # cut into the column's width
