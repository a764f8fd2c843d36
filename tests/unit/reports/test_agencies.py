from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core.datafile import DataFileError
from app.reports.model import REQUIRED_AGENCIES, load_agencies
from tests.unit.reports.conftest import ROOT


def test_shipped_file_has_every_agency_the_documents_address() -> None:
    agencies = load_agencies(ROOT / "resources" / "agencies.json")
    for key in REQUIRED_AGENCIES:
        assert agencies[key].name
    assert agencies["iwin"].website == "https://i.win.org.tw/"


def _file(tmp_path: Path, change) -> Path:
    data = json.loads((ROOT / "resources" / "agencies.json").read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "agencies.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def test_unknown_field_is_named_with_its_line(tmp_path: Path) -> None:
    path = _file(tmp_path, lambda d: d["agencies"]["wcpd"].update(fax="02"))
    with pytest.raises(DataFileError) as caught:
        load_agencies(path)
    line = next(i for i, row in enumerate(path.read_text().splitlines(), 1) if '"fax"' in row)
    assert f"line {line}" in str(caught.value) and "fax" in str(caught.value)


def test_missing_agency_is_refused(tmp_path: Path) -> None:
    path = _file(tmp_path, lambda d: d["agencies"].pop("siarc"))
    with pytest.raises(DataFileError, match="siarc"):
        load_agencies(path)
