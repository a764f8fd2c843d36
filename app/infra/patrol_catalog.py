"""The patrol data officers and administrators may change: platforms and keyword sets.

Shipped defaults live in ``resources/platforms.json`` and ``resources/keywords/*.json``. An
officer's edits go to the workstation's config folder (``platforms.json`` replaces the shipped list
as a whole, ``keywords/*.json`` add sets), so an update of NetPatrol never overwrites them and a
broken edit can be thrown away to get the defaults back. Every file is validated on load; an error
names the file and the line to fix.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from app.core.datafile import DataFileError, line_of, read_json
from app.core.errors import write_failure
from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.infra import paths

QUERY = "{q}"
USER_KEYWORD_SET = "my-keywords"
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass(frozen=True)
class Platform:
    id: str
    name: str
    home: str
    search: str = ""  # a URL with {q} where the keyword goes; empty when the site has no search page
    notes: str = ""
    color: str = "#607080"
    badge: str = ""

    @property
    def searchable(self) -> bool:
        return bool(self.search)

    def search_url(self, keyword: str) -> str:
        """The search page for ``keyword`` (percent-encoded, so 援交 and spaces survive)."""
        return self.search.replace(QUERY, quote(keyword.strip(), safe=""))

    def as_json(self) -> dict[str, str]:
        return {"id": self.id, "name": self.name, "home": self.home, "search": self.search, "notes": self.notes,
                "color": self.color, "badge": self.badge}


@dataclass(frozen=True)
class KeywordSet:
    id: str
    name: str
    keywords: tuple[str, ...]
    source: str = ""
    path: Path | None = None

    @property
    def editable(self) -> bool:
        return self.path is not None and self.path.parent == user_keyword_dir()


# -- where ----------------------------------------------------------------------------------------
def shipped_platforms() -> Path:
    return paths.RESOURCES / "platforms.json"


def user_platforms() -> Path:
    return paths.config_dir() / "platforms.json"


def shipped_keyword_dir() -> Path:
    return paths.RESOURCES / "keywords"


def user_keyword_dir() -> Path:
    return paths.config_dir() / "keywords"


# -- platforms ------------------------------------------------------------------------------------
def load_platforms(path: Path | None = None) -> list[Platform]:
    """The officer's list when there is one, else the shipped list."""
    path = path or (user_platforms() if user_platforms().is_file() else shipped_platforms())
    document, text = read_json(path)
    items = _list_member(path, text, document, "platforms")
    platforms = [_platform(path, text, index, item) for index, item in enumerate(items)]
    _unique(path, text, [p.id for p in platforms])
    return platforms


def platform_problem(platform: Platform) -> tuple[str, str] | None:
    """The first problem with one platform as typed: (field, translated sentence), or None."""
    checks = (
        ("id", bool(_ID.match(platform.id)),
         translate("catalog", "The id must be 1–40 lower-case letters, digits, '-' or '_'.")),
        ("name", bool(platform.name.strip()), translate("catalog", "The name is empty.")),
        ("home", _is_web_url(platform.home),
         translate("catalog", "The home page must be a complete http:// or https:// address.")),
        ("search", not platform.search or (QUERY in platform.search and _is_web_url(platform.search)),
         translate("catalog", "The search address must be an http:// or https:// address containing {q}.")),
        ("color", bool(_COLOR.match(platform.color)), translate("catalog", "The colour must be written #RRGGBB.")),
        ("badge", len(platform.badge) <= 3, translate("catalog", "The badge has at most 3 characters.")),
    )
    return next(((key, message) for key, ok, message in checks if not ok), None)


def save_platforms(platforms: list[Platform], path: Path | None = None) -> Path:
    """Write the officer's list (validated first; nothing is written when one entry is wrong)."""
    path = path or user_platforms()
    for index, platform in enumerate(platforms):
        problem = platform_problem(platform)
        if problem:
            raise DataFileError(path=str(path), line=index + 1, problem=f"{platform.name}: {problem[1]}")
    _unique(path, "", [p.id for p in platforms])
    _write_json(path, {"version": 1, "platforms": [p.as_json() for p in platforms]})
    return path


def restore_shipped_platforms() -> list[Platform]:
    """Forget the officer's list: the shipped one applies again (a profile the officer cannot write to is said so)."""
    path = user_platforms()
    try:
        path.unlink(missing_ok=True)
    except OSError as exc:
        raise write_failure(path.parent, exc) from exc
    return load_platforms()


def _platform(path: Path, text: str, index: int, item: Any) -> Platform:
    start, element = _element_text(text, "platforms", index)
    first_line = text.count("\n", 0, start) + 1
    if not isinstance(item, dict):
        raise DataFileError(path=str(path), line=first_line,
                            problem=translate("catalog", "Each platform must be an object."))
    fields = {key: item.get(key, "") for key in ("id", "name", "home", "search", "notes", "color", "badge")}
    fields["color"] = fields["color"] or Platform.color
    for key, value in fields.items():
        if not isinstance(value, str):
            raise DataFileError(path=str(path), line=first_line + line_of(element, [key]) - 1,
                                problem=translate("catalog", "Every field of a platform is text."))
    platform = Platform(**fields)
    problem = platform_problem(platform)
    if problem:
        raise DataFileError(path=str(path), line=first_line + line_of(element, [problem[0]]) - 1, problem=problem[1])
    return platform


# -- keyword sets ---------------------------------------------------------------------------------
def load_keyword_sets() -> list[KeywordSet]:
    """Shipped sets first, then the officer's own, each folder in name order."""
    sets: list[KeywordSet] = []
    for folder in (shipped_keyword_dir(), user_keyword_dir()):
        if folder.is_dir():
            sets.extend(load_keyword_set(path) for path in sorted(folder.glob("*.json")))
    return sets


def load_keyword_set(path: Path) -> KeywordSet:
    document, text = read_json(path)
    if not isinstance(document, dict):
        raise DataFileError(path=str(path), line=1, problem=translate("catalog", "The file must hold one JSON object."))
    for key in ("id", "name"):
        if not isinstance(document.get(key), str) or not document[key].strip():
            raise _problem(path, text, key, QT_TRANSLATE_NOOP("catalog", "This field must be non-empty text."))
    terms = _list_member(path, text, document, "keywords")
    if not all(isinstance(t, str) and t.strip() for t in terms):
        raise _problem(path, text, "keywords", QT_TRANSLATE_NOOP("catalog", "Every keyword must be non-empty text."))
    cleaned = [t.strip() for t in terms]
    _unique(path, text, cleaned)
    return KeywordSet(document["id"], document["name"], tuple(cleaned), str(document.get("source", "")), path)


def add_user_keyword(keyword: str) -> KeywordSet:
    """Add ``keyword`` to the officer's own set (created on first use)."""
    keyword = keyword.strip()
    if not keyword:
        raise DataFileError(path=USER_KEYWORD_SET, line=0, problem=translate("catalog", "The keyword is empty."))
    path = user_keyword_dir() / f"{USER_KEYWORD_SET}.json"
    current = load_keyword_set(path).keywords if path.is_file() else ()
    if keyword not in current:
        _write_json(path, {"id": USER_KEYWORD_SET, "name": translate("catalog", "My keywords"),
                           "keywords": [*current, keyword]})
    return load_keyword_set(path)


def remove_user_keyword(keyword: str) -> KeywordSet | None:
    path = user_keyword_dir() / f"{USER_KEYWORD_SET}.json"
    if not path.is_file():
        return None
    current = load_keyword_set(path)
    _write_json(path, {"id": current.id, "name": current.name, "keywords": [k for k in current.keywords if k != keyword]})
    return load_keyword_set(path)


# -- helpers --------------------------------------------------------------------------------------
def _is_web_url(value: str) -> bool:
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def _list_member(path: Path, text: str, document: Any, key: str) -> list[Any]:
    if not isinstance(document, dict) or not isinstance(document.get(key), list):
        raise _problem(path, text, key, QT_TRANSLATE_NOOP("catalog", "A list is expected here."))
    return list(document[key])


def _unique(path: Path, text: str, values: list[str]) -> None:
    """Refuse a repeated id or keyword, on the line of its second appearance."""
    seen: set[str] = set()
    for value in values:
        if value in seen:
            quoted = json.dumps(value, ensure_ascii=False)
            first = text.find(quoted)
            second = text.find(quoted, first + 1) if first >= 0 else -1
            line = text.count("\n", 0, second) + 1 if second >= 0 else 0
            raise DataFileError(path=str(path), line=line,
                                problem=translate("catalog", "'{value}' appears twice.").format(value=value))
        seen.add(value)


def _problem(path: Path, text: str, key: str, problem: str) -> DataFileError:
    return DataFileError(path=str(path), line=line_of(text, [key]), problem=translate("catalog", problem))


def _element_text(text: str, member: str, index: int) -> tuple[int, str]:
    """Where ``document[member][index]`` starts in the text, and its text (decoded element by element)."""
    match = re.search(r'"' + re.escape(member) + r'"\s*:\s*\[', text)
    if match is None:
        return 0, text
    decoder = json.JSONDecoder()
    position = match.end()
    for current in range(index + 1):
        while text[position] in " \t\r\n,":
            position += 1
        _, end = decoder.raw_decode(text, position)
        if current == index:
            return position, text[position:end]
        position = end
    return 0, text


def _write_json(path: Path, document: dict[str, Any]) -> None:
    """Atomic write: a crash leaves the old file or the new one, never half of one. A disk that will not take it
    (full, read-only) is the officer's one sentence, not a crash (seen: saving the platforms on a full disk)."""
    try:
        _replace_json(path, document)
    except OSError as exc:
        raise write_failure(path.parent, exc) from exc


def _replace_json(path: Path, document: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=".netpatrol-", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(document, out, ensure_ascii=False, indent=2)
            out.write("\n")
            out.flush()
            os.fsync(out.fileno())  # on the disk before the rename: a power cut then leaves no empty list
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
