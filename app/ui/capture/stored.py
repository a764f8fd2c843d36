"""Reading a stored capture back for the gallery and the capture view (runs on the task pool).

Nothing here trusts what was computed at capture time: the images are decoded from the vault's
bytes, and the initial-evidence check (陸.一) is computed again from the stored files, their stored
hashes and the identifiers as the officer has corrected them. Only QImage is used (no QPixmap), so
these functions are safe on a pool thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QImage

from app.capture.recheck import SCREENSHOT_NAME as RECHECK_SCREENSHOT
from app.core.adapters import Adapter
from app.core.capture import CapturedFile, CaptureKind, FileRole, PageCapture
from app.core.evidence_check import EvidenceCheck, check_initial_evidence
from app.core.models import Artifact
from app.reports.kinds import TRANSCRIPT
from app.ui.capture.support import blurred
from app.vault import Vault
from app.vault.captures import (
    StoredCapture,
    StoredIdentifier,
    all_identifiers,
    capture_files,
    captures_in_case,
    current_identifiers,
    found_identifiers,
    get_capture,
)

THUMB_WIDTH = 200
THUMB_HEIGHT = 140


def file_role(name: str) -> FileRole | None:
    """The role of a capture's artifact from its name (the engine names them by role)."""
    if name == "metadata.json":
        return None
    # A takedown re-check keeps one whole-page screenshot, stored as FULL_PAGE under its own name.
    prefixes = (("fullpage", FileRole.FULL_PAGE), (RECHECK_SCREENSHOT, FileRole.FULL_PAGE), ("viewport", FileRole.VIEWPORT),
                ("burst-", FileRole.BURST_FRAME),
                ("recording", FileRole.VIDEO), ("page.mhtml", FileRole.MHTML), ("dom.html", FileRole.DOM),
                ("text.txt", FileRole.TEXT))
    return next((role for prefix, role in prefixes if name.startswith(prefix)), None)


def image_names(artifacts: Sequence[Artifact]) -> list[Artifact]:
    """The pictures to show, in page order: the full-page tiles, else the burst frames, else the viewport."""
    for role in (FileRole.FULL_PAGE, FileRole.BURST_FRAME, FileRole.VIEWPORT):
        found = sorted((a for a in artifacts if file_role(a.name) == role), key=lambda a: a.name)
        if found:
            return found
    return []


def decode(data: bytes) -> QImage:
    return QImage.fromData(QByteArray(data), "PNG")


@dataclass(frozen=True)
class GalleryEntry:
    capture: StoredCapture
    thumbnail: QImage          # null for a recording (no still picture), and until it is made
    blurred_thumbnail: QImage
    preview_id: str = ""       # the artifact the thumbnail is made from ("" for none)


def _thumbnail(image: QImage) -> QImage:
    if image.isNull():
        return image
    top = image.copy(0, 0, image.width(), min(image.height(), int(image.width() * THUMB_HEIGHT / THUMB_WIDTH)))
    return top.scaled(THUMB_WIDTH, THUMB_HEIGHT, Qt.AspectRatioMode.KeepAspectRatio,
                      Qt.TransformationMode.SmoothTransformation)


def gallery_entries(vault: Vault, case_id: str) -> list[GalleryEntry]:
    """The case's captures, oldest first, each with the artifact its thumbnail comes from, but no picture
    decoded yet: the list can show at once, and :func:`with_thumbnails` fills the pictures in after."""
    entries = []
    for capture in captures_in_case(vault, case_id):
        artifacts = capture_files(vault, capture.id)
        preview = next((a for a in artifacts if a.name == "viewport.png"), None) or next(iter(image_names(artifacts)),
                                                                                        None)
        entries.append(GalleryEntry(capture, QImage(), QImage(), preview.id if preview else ""))
    return entries


def with_thumbnails(vault: Vault, entries: Sequence[GalleryEntry]) -> list[GalleryEntry]:
    """The entries with their thumbnails (decoding a screenshot takes ~15 ms: worker thread)."""
    done = []
    for entry in entries:
        thumb = _thumbnail(decode(vault.artifacts.read(entry.preview_id))) if entry.preview_id else QImage()
        done.append(replace(entry, thumbnail=thumb, blurred_thumbnail=blurred(thumb, 10)))
    return done


@dataclass(frozen=True)
class CaptureDetail:
    capture: StoredCapture
    case_number: str
    artifacts: list[Artifact]
    images: list[tuple[str, QImage]]
    identifiers: list[StoredIdentifier]     # every row, history included
    current: list[StoredIdentifier]
    check: EvidenceCheck
    transcript_printed_at: datetime | None = None  # a chat's transcript, last printed (from the audit log)

    def artifact(self, role: FileRole) -> Artifact | None:
        return next((a for a in self.artifacts if file_role(a.name) == role), None)


def rebuilt_capture(capture: StoredCapture, files: list[CapturedFile], current: list[StoredIdentifier],
                    adapters: Sequence[Adapter]) -> PageCapture:
    """The capture as the evidence check sees it, from the vault's bytes and the current identifiers."""
    adapter_id = str(capture.metadata.get("adapter", ""))
    shows_ip = any(a.id == adapter_id and a.shows_ip for a in adapters)
    text = next((f.data.decode("utf-8", "replace") for f in files if f.role == FileRole.TEXT), "")
    return PageCapture(capture.kind, capture.url, capture.final_url, capture.title, capture.started_at,
                       capture.ended_at, capture.completeness, tuple(files), found_identifiers(current),
                       capture.metadata, capture.persona, text, adapter_id, shows_ip)


def load_detail(vault: Vault, capture_id: str, adapters: Sequence[Adapter] = ()) -> CaptureDetail:
    capture = get_capture(vault, capture_id)
    artifacts = capture_files(vault, capture_id)
    files: list[CapturedFile] = []
    for artifact in artifacts:
        role = file_role(artifact.name)
        if role is not None:
            files.append(CapturedFile(role, artifact.kind, artifact.name, artifact.mime,
                                      vault.artifacts.read(artifact.id)))
    by_name = {f.name: f for f in files}
    images = [(a.name, decode(by_name[a.name].data)) for a in image_names(artifacts)]
    current = current_identifiers(vault, capture.case_id, capture_id)
    check = check_initial_evidence(rebuilt_capture(capture, files, current, adapters),
                                   {a.name: a.sha256 for a in artifacts})
    printed = [entry.at for entry in vault.audit.on_subject(capture.case_id, "document.generated", TRANSCRIPT)
               if entry.details.get("capture") == capture_id] if capture.kind == CaptureKind.CHAT else []
    return CaptureDetail(capture, vault.case(capture.case_id).number, artifacts, images,
                         all_identifiers(vault, capture.case_id, capture_id), current, check,
                         max(printed, default=None))


@dataclass(frozen=True)
class HashResult:
    artifact: Artifact
    sha256: str
    size: int

    @property
    def matches(self) -> bool:
        return (self.sha256, self.size) == (self.artifact.sha256, self.artifact.size)


def reverify(vault: Vault, capture_id: str) -> list[HashResult]:
    """Re-hash every stored byte of the capture's artifacts and audit the outcome."""
    capture = get_capture(vault, capture_id)
    results = []
    for artifact in capture_files(vault, capture_id):
        digest, size = vault.artifacts.rehash(artifact.id)
        results.append(HashResult(artifact, digest, size))
    vault.record("capture.reverify", case_id=capture.case_id, subject=capture_id, details={
        "ok": all(r.matches for r in results), "artifacts": len(results),
        "mismatched": [r.artifact.id for r in results if not r.matches]})
    return results
