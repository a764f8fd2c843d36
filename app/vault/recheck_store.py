"""Store a takedown re-check as a capture of kind 'recheck' with its PNG and JSON artifacts.

Written while the general capture store (``vault/captures.py``) was being built by someone else;
it follows the same conventions so the rows verify the same way: one transaction holding the
capture row, its audit entry (carrying ``row_hash`` of the row's fields, JSON columns parsed) and
the artifacts, each hashed by the artifact store. When ``captures.py`` lands, this should call it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.core.ids import new_id
from app.core.models import Artifact, ArtifactKind
from app.core.timeutil import iso_utc
from app.vault.audit import row_hash
from app.vault.vault import Vault

RECHECK_KIND = "recheck"


@dataclass(frozen=True)
class RecheckRecord:
    url: str
    final_url: str
    title: str
    started_at: datetime
    ended_at: datetime
    persona: str
    classification: str
    metadata: dict[str, Any]  # status, reason, platform, classification …
    screenshot: bytes | None
    record_json: bytes


def capture_fields(capture_id: str, case_id: str, kind: str, url: str, final_url: str, title: str, started_at: str,
                   ended_at: str, persona: str, complete: bool, completeness: dict[str, Any],
                   metadata: dict[str, Any]) -> dict[str, Any]:
    """The fields of a captures row as hashed into its audit entry (JSON columns as objects)."""
    return {"id": capture_id, "case_id": case_id, "kind": kind, "url": url, "final_url": final_url, "title": title,
            "started_at": started_at, "ended_at": ended_at, "persona": persona, "complete": int(complete),
            "completeness": completeness, "metadata": metadata}


def add_capture(vault: Vault, case_id: str, kind: str, url: str, final_url: str, title: str, started_at: datetime,
                ended_at: datetime, persona: str, complete: bool, completeness: dict[str, Any],
                metadata: dict[str, Any]) -> str:
    """Insert one captures row with its audit entry (inside the caller's transaction, or its own)."""
    capture_id = new_id("K")
    fields = capture_fields(capture_id, case_id, kind, url, final_url, title, iso_utc(started_at), iso_utc(ended_at),
                            persona, complete, completeness, metadata)
    with vault.db.transaction():
        entry = vault.audit.append(vault.actor, "capture.add", case_id=case_id, subject=capture_id,
                                   details={"kind": kind, "row": row_hash(fields)})
        vault.db.execute(
            "INSERT INTO captures (id, case_id, kind, url, final_url, title, started_at, ended_at, persona, complete, "
            "completeness, metadata, audit_seq) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (capture_id, case_id, kind, url, final_url, title, fields["started_at"], fields["ended_at"], persona,
             int(complete), json.dumps(completeness, ensure_ascii=False), json.dumps(metadata, ensure_ascii=False),
             entry.seq))
    return capture_id


def store_recheck(vault: Vault, case_ref: str, record: RecheckRecord) -> tuple[str, list[Artifact]]:
    """The capture id and its artifacts; everything commits together or not at all."""
    case = vault.case(case_ref)
    complete = record.screenshot is not None
    completeness = {"screenshot": complete, "status": record.metadata.get("status") is not None}
    metadata = {**record.metadata, "classification": record.classification}
    with vault.db.transaction():
        capture_id = add_capture(vault, case.id, RECHECK_KIND, record.url, record.final_url, record.title,
                                 record.started_at, record.ended_at, record.persona, complete, completeness, metadata)
        artifacts = []
        if record.screenshot is not None:
            artifacts.append(vault.add_artifact(case.id, ArtifactKind.PNG, "recheck.png", "image/png",
                                                record.screenshot, capture_id=capture_id,
                                                acquired_at=record.ended_at))
        artifacts.append(vault.add_artifact(case.id, ArtifactKind.JSON, "recheck.json", "application/json",
                                            record.record_json, capture_id=capture_id, acquired_at=record.ended_at))
    return capture_id, artifacts
