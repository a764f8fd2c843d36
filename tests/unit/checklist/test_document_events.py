"""The procedure file and the document generators agree on document names."""

from __future__ import annotations

import json
from pathlib import Path

from app.reports.notices import DocumentKind


def test_document_events_name_real_documents() -> None:
    """Every `document.generated:<id>` the procedure waits for is a document NetPatrol can produce,
    so generating it (CLI or GUI) really ticks the step."""
    text = (Path(__file__).resolve().parents[3] / "resources" / "procedures" / "taipei-2025-07-08.json").read_text()
    wanted = {event.split(":", 1)[1] for event in _strings(json.loads(text)) if event.startswith("document.generated:")}
    assert wanted, "the procedure completes no step from a document"
    assert wanted <= {str(kind) for kind in DocumentKind} | {"transcript"}


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in _strings(item)]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    return []
