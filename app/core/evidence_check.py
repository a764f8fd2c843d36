"""The initial-evidence check of guideline 陸.一 (一)–(五), ticked from what a capture holds.

After every capture the officer sees which of the five points it covers and, by name, what is
missing: the poster's account name or ID, the poster's IP when the site shows it (PTT), the content
and its URL, a full-page (not partial) image, ephemeral content caught in time, and the records kept
safely. Nothing here trusts a checkbox: each tick is derived from the stored capture.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from app.core.capture import CaptureKind, FileRole, PageCapture
from app.core.i18n import QT_TRANSLATE_NOOP, counted, translate
from app.core.identifiers import IdentifierKind

CTX = "evidence_check"
_ACCOUNT_KINDS = {IdentifierKind.ACCOUNT_NAME, IdentifierKind.ACCOUNT_ID, IdentifierKind.PROFILE_URL}


class Status(StrEnum):
    OK = "ok"
    MISSING = "missing"
    NOT_APPLICABLE = "n/a"


@dataclass(frozen=True)
class CheckItem:
    code: str          # the guideline's point: 陸.一(一) …
    label: str         # translated
    status: Status
    detail: str = ""   # translated: what is there, or what is missing


@dataclass(frozen=True)
class EvidenceCheck:
    items: tuple[CheckItem, ...]

    @property
    def missing(self) -> list[CheckItem]:
        return [item for item in self.items if item.status == Status.MISSING]

    @property
    def satisfied(self) -> bool:
        return not self.missing

    def as_dict(self) -> list[dict[str, str]]:
        return [{"code": i.code, "label": i.label, "status": str(i.status), "detail": i.detail} for i in self.items]


def _t(text: str) -> str:
    return translate(CTX, text)


def _account(capture: PageCapture) -> CheckItem:
    found = [i for i in capture.identifiers if i.kind in _ACCOUNT_KINDS]
    label = _t(QT_TRANSLATE_NOOP("evidence_check", "Poster's account name and ID"))
    if found:
        return CheckItem("陸.一(一)", label, Status.OK, ", ".join(sorted({i.value for i in found}))[:200])
    return CheckItem("陸.一(一)", label, Status.MISSING, _t(QT_TRANSLATE_NOOP(
        "evidence_check", "No account name or ID was found on the page: add it by hand from the image.")))


def _ip(capture: PageCapture) -> CheckItem:
    label = _t(QT_TRANSLATE_NOOP("evidence_check", "Poster's IP address (where the site shows it)"))
    # Only the IP the site shows for the poster counts: commenters' IPs (PTT push lines) and IPs
    # quoted in a page's text are identifiers too, but not 陸.一(一)'s.
    ips = [i for i in capture.identifiers if i.kind == IdentifierKind.POSTER_IP]
    if ips:
        return CheckItem("陸.一(一)", label, Status.OK, ", ".join(dict.fromkeys(i.value for i in ips))[:200])
    if capture.shows_ip:
        return CheckItem("陸.一(一)", label, Status.MISSING, _t(QT_TRANSLATE_NOOP(
            "evidence_check", "This site shows the poster's IP, but none was found: check the 發信站 line.")))
    return CheckItem("陸.一(一)", label, Status.NOT_APPLICABLE, _t(QT_TRANSLATE_NOOP(
        "evidence_check", "This site does not show posters' IP addresses.")))


def _content(capture: PageCapture) -> CheckItem:
    label = _t(QT_TRANSLATE_NOOP("evidence_check", "The content and its full URL"))
    has_page = bool(capture.files_of(FileRole.MHTML) or capture.text.strip() or capture.files_of(FileRole.BURST_FRAME)
                    or capture.files_of(FileRole.VIDEO))
    if has_page and capture.final_url:
        return CheckItem("陸.一(二)", label, Status.OK, capture.final_url[:300])
    missing = _t(QT_TRANSLATE_NOOP("evidence_check", "The URL is missing.")) if not capture.final_url else \
        _t(QT_TRANSLATE_NOOP("evidence_check", "The page's content was not saved."))
    return CheckItem("陸.一(二)", label, Status.MISSING, missing)


def _full_page(capture: PageCapture) -> CheckItem:
    label = _t(QT_TRANSLATE_NOOP("evidence_check", "Full-page image, not a partial one"))
    if capture.kind == CaptureKind.CHAT:
        return CheckItem("陸.一(三)", label, Status.NOT_APPLICABLE, _t(QT_TRANSLATE_NOOP(
            "evidence_check", "A chat capture keeps every message and the screen as seen; for a full-page image "
            "capture the page as well.")))
    if capture.kind != CaptureKind.PAGE:
        return CheckItem("陸.一(三)", label, Status.NOT_APPLICABLE, _t(QT_TRANSLATE_NOOP(
            "evidence_check", "Burst and recording captures hold what was on screen; capture the page as well.")))
    tiles = capture.files_of(FileRole.FULL_PAGE)
    if tiles and capture.completeness.complete:
        return CheckItem("陸.一(三)", label, Status.OK, counted(
            len(tiles), _t(QT_TRANSLATE_NOOP("evidence_check", "1 tile, whole page.")),
            _t(QT_TRANSLATE_NOOP("evidence_check", "{count} tiles, whole page."))))
    if not tiles:
        return CheckItem("陸.一(三)", label, Status.MISSING, _t(QT_TRANSLATE_NOOP(
            "evidence_check", "There is no full-page image.")))
    return CheckItem("陸.一(三)", label, Status.MISSING, " ".join(capture.completeness.statement()[1:]))


def _ephemeral(capture: PageCapture) -> CheckItem:
    label = _t(QT_TRANSLATE_NOOP("evidence_check", "Ephemeral content captured at once"))
    if capture.kind in (CaptureKind.BURST, CaptureKind.RECORDING):
        frames = len(capture.files_of(FileRole.BURST_FRAME)) + len(capture.files_of(FileRole.VIDEO))
        return CheckItem("陸.一(四)", label, Status.OK, counted(
            frames, _t(QT_TRANSLATE_NOOP("evidence_check", "1 frame or video captured.")),
            _t(QT_TRANSLATE_NOOP("evidence_check", "{count} frames or videos captured."))))
    return CheckItem("陸.一(四)", label, Status.NOT_APPLICABLE, _t(QT_TRANSLATE_NOOP(
        "evidence_check", "For stories and one-time views use burst mode or recording.")))


def _stored(capture: PageCapture, stored_hashes: Mapping[str, str] | None) -> CheckItem:
    label = _t(QT_TRANSLATE_NOOP("evidence_check", "Electronic records kept safely"))
    if stored_hashes is None:
        return CheckItem("陸.一(五)", label, Status.MISSING, _t(QT_TRANSLATE_NOOP(
            "evidence_check", "The capture is not stored in the encrypted vault yet.")))
    expected = {f.name: f.sha256 for f in capture.files}
    if expected and all(stored_hashes.get(name) == digest for name, digest in expected.items()):
        return CheckItem("陸.一(五)", label, Status.OK, counted(
            len(set(stored_hashes) | set(expected)),  # with what was built from them (metadata, chat.json)
            _t(QT_TRANSLATE_NOOP("evidence_check", "1 file in the encrypted vault, with its SHA-256.")),
            _t(QT_TRANSLATE_NOOP("evidence_check", "{count} files in the encrypted vault, each with its SHA-256."))))
    return CheckItem("陸.一(五)", label, Status.MISSING, _t(QT_TRANSLATE_NOOP(
        "evidence_check", "Some files in the vault do not match what was captured.")))


def check_initial_evidence(capture: PageCapture, stored_hashes: Mapping[str, str] | None) -> EvidenceCheck:
    """``stored_hashes``: artifact name → SHA-256 as the vault holds them (None: not stored)."""
    return EvidenceCheck((_account(capture), _ip(capture), _content(capture), _full_page(capture),
                          _ephemeral(capture), _stored(capture, stored_hashes)))
