"""Platforms and keyword sets are data: the shipped files load, and mistakes name the file and line."""

from __future__ import annotations

import errno
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.core.datafile import DataFileError
from app.core.errors import StorageFull, StorageReadOnly
from app.infra import patrol_catalog
from app.infra.patrol_catalog import Platform

GUIDELINE_PLATFORMS = {"BeReal", "Retro", "TikTok", "小紅書", "Snapchat", "Instagram", "Threads", "Facebook", "Dcard",
                       "Messenger", "YouTube", "X", "PTT"}
PROCEDURE_KEYWORDS = {"援交", "援妹", "幼齒", "未成年", "制服妹", "急需用錢", "處女", "性交易", "求上車", "現約", "缺摳摳",
                      "日領五千", "茶資", "包養", "找援"}


def test_the_shipped_platforms_are_the_guideline_s() -> None:
    platforms = patrol_catalog.load_platforms(patrol_catalog.shipped_platforms())
    assert {p.name for p in platforms} == GUIDELINE_PLATFORMS
    assert all(p.home.startswith("https://") for p in platforms)


def test_the_default_keyword_set_holds_the_documented_terms() -> None:
    sets = patrol_catalog.load_keyword_sets()
    assert set(sets[0].keywords) == PROCEDURE_KEYWORDS


def test_a_search_url_carries_the_encoded_keyword() -> None:
    platform = Platform("dcard", "Dcard", "https://www.dcard.tw/f", "https://www.dcard.tw/search?query={q}")
    assert platform.search_url(" 援交 妹 ") == "https://www.dcard.tw/search?query=%E6%8F%B4%E4%BA%A4%20%E5%A6%B9"


def _write(tmp_path: Path, platforms: list[dict[str, str]]) -> Path:
    path = tmp_path / "platforms.json"
    path.write_text(json.dumps({"version": 1, "platforms": platforms}, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def test_a_bad_search_address_is_reported_on_its_line(tmp_path: Path) -> None:
    good = {"id": "a", "name": "A", "home": "https://a.test/", "search": "https://a.test/?q={q}"}
    bad = {"id": "b", "name": "B", "home": "https://b.test/", "search": "https://b.test/search"}
    path = _write(tmp_path, [good, bad])
    with pytest.raises(DataFileError) as caught:
        patrol_catalog.load_platforms(path)
    line = next(i for i, text in enumerate(path.read_text().splitlines(), 1) if "b.test/search" in text)
    assert caught.value.message.args == (("line", line), ("path", str(path)),
                                         ("problem", caught.value.message.args[2][1]))
    assert "{q}" in caught.value.message.args[2][1]


def test_a_repeated_id_is_reported_on_its_second_line(tmp_path: Path) -> None:
    entry = {"id": "a", "name": "A", "home": "https://a.test/"}
    path = _write(tmp_path, [entry, {**entry, "name": "A again"}])
    with pytest.raises(DataFileError) as caught:
        patrol_catalog.load_platforms(path)
    lines = [i for i, text in enumerate(path.read_text().splitlines(), 1) if '"id": "a"' in text]
    assert dict(caught.value.message.args)["line"] == lines[1]


def test_a_json_syntax_error_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "platforms.json"
    path.write_text('{\n  "platforms": [\n    {"id": "a",}\n  ]\n}\n', encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        patrol_catalog.load_platforms(path)
    assert dict(caught.value.message.args)["line"] == 3


def test_the_officer_s_list_replaces_the_shipped_one_and_can_be_undone() -> None:
    shipped = patrol_catalog.load_platforms()
    mine = [*shipped[:2], Platform("forum", "某論壇", "https://forum.test/", "https://forum.test/s?k={q}")]
    patrol_catalog.save_platforms(mine)
    assert patrol_catalog.load_platforms() == mine
    patrol_catalog.user_platforms().unlink()
    assert patrol_catalog.load_platforms() == shipped


def test_the_officers_list_is_on_the_disk_before_it_replaces_the_old_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """A power cut, unlike a killed process, loses what the system had not written yet: a list renamed over the old
    one before its bytes reached the disk can come back empty (the officer's platforms or keywords gone, and the
    patrol refused as a damaged file). The new list is flushed to the disk before the rename."""
    shipped = patrol_catalog.load_platforms()
    order: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(descriptor: int) -> None:
        order.append("fsync")
        real_fsync(descriptor)

    def replace(source: str, destination: str) -> None:
        order.append("replace")
        real_replace(source, destination)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    patrol_catalog.save_platforms(shipped[:2])
    patrol_catalog.add_user_keyword("新暗語")
    assert order == ["fsync", "replace", "fsync", "replace"]
    assert patrol_catalog.load_platforms() == shipped[:2]


def test_saving_refuses_an_invalid_platform_and_writes_nothing() -> None:
    with pytest.raises(DataFileError):
        patrol_catalog.save_platforms([Platform("ok", "", "https://x.test/")])
    assert not patrol_catalog.user_platforms().exists()


def test_officers_add_their_own_keywords() -> None:
    first = patrol_catalog.add_user_keyword("  新暗語  ")
    patrol_catalog.add_user_keyword("新暗語")
    assert first.keywords == ("新暗語",) and first.editable
    assert patrol_catalog.load_keyword_sets()[-1].keywords == ("新暗語",)
    assert patrol_catalog.remove_user_keyword("新暗語").keywords == ()


def _disk(number: int) -> Callable[..., Any]:
    def refused(*_args: object, **_kwargs: object) -> Any:
        raise OSError(number, os.strerror(number))

    return refused


@pytest.mark.parametrize(("number", "expected"), [(errno.ENOSPC, StorageFull), (errno.EROFS, StorageReadOnly),
                                                  (errno.EACCES, StorageReadOnly)])
def test_a_list_the_disk_cannot_take_is_one_sentence_and_the_old_list_stays(monkeypatch: pytest.MonkeyPatch,
                                                                            number: int, expected: type) -> None:
    """Seen: with the officer's profile disk full, saving the platforms (Settings → Patrol platforms) or a keyword
    of one's own (the keyword patrol dialog) reached the crash dialog ("OSError: No space left on device")."""
    shipped = patrol_catalog.load_platforms()
    patrol_catalog.save_platforms(shipped[:3])
    before = patrol_catalog.user_platforms().read_bytes()
    monkeypatch.setattr("json.dump", _disk(number))  # the disk fails while the new list is being written
    with pytest.raises(expected):
        patrol_catalog.save_platforms(shipped[:2])
    with pytest.raises(expected):
        patrol_catalog.add_user_keyword("新暗語")
    assert patrol_catalog.user_platforms().read_bytes() == before
    folder = patrol_catalog.user_platforms().parent  # no temporary file left, no keyword file begun
    assert [p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()] == ["platforms.json"]


def test_going_back_to_the_shipped_list_on_a_read_only_profile_is_one_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    patrol_catalog.save_platforms(patrol_catalog.load_platforms()[:2])
    monkeypatch.setattr(Path, "unlink", _disk(errno.EROFS))
    with pytest.raises(StorageReadOnly):
        patrol_catalog.restore_shipped_platforms()
