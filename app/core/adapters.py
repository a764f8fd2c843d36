"""Site adapters: data an administrator may change (``resources/adapters/*.json`` + a small script).

An adapter says which pages it knows (URL patterns, or a CSS selector its markup always has), what
its small script collects from the page (raw records ``{field, text, where}``), and how each field
becomes an identifier (kind, optional regular expression with a ``value`` group, or ``extract: ip``).
Keeping the page script dumb and the rules here means the rules are tested without a browser and a
site's markup change is fixed by editing JSON.

Loading validates everything and names the file and line of the first problem, so a broken edit is
found when NetPatrol starts, not in the middle of a capture.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core.errors import KnownError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.identifiers import FoundIdentifier, IdentifierKind, Origin, adapter_source, dedupe, find_ips

_REQUIRED = ("id", "name", "script", "fields")
_OPTIONAL = ("url_patterns", "detect_selector", "shows_ip", "item_selector", "generic", "description")
_FIELD_KEYS = ("kind", "pattern", "extract", "label")


class AdapterInvalid(KnownError):
    text = QT_TRANSLATE_NOOP("errors", "Site adapter {file}, line {line}: {problem}")


@dataclass(frozen=True)
class FieldRule:
    name: str
    kind: IdentifierKind
    pattern: re.Pattern[str] | None = None
    extract_ip: bool = False
    label: str = ""

    def values(self, text: str) -> list[str]:
        if self.extract_ip:
            return find_ips(text)
        if self.pattern is None:
            return [" ".join(text.split())]
        out: list[str] = []
        for match in self.pattern.finditer(text):
            value = match.group("value") if "value" in self.pattern.groupindex else match.group()
            if value and value.strip():
                out.append(value.strip())
        return out


@dataclass(frozen=True)
class Adapter:
    id: str
    name: str
    script: str
    fields: Mapping[str, FieldRule]
    url_patterns: tuple[re.Pattern[str], ...] = ()
    detect_selector: str = ""
    shows_ip: bool = False
    item_selector: str = ""
    generic: bool = False
    source_file: str = ""
    line_of: Mapping[str, int] = field(default_factory=dict)

    def matches_url(self, url: str) -> bool:
        return any(pattern.search(url) for pattern in self.url_patterns)

    def identifiers(self, records: Iterable[Mapping[str, Any]]) -> list[FoundIdentifier]:
        """Turn the script's raw records into identifiers; records of unknown fields are ignored."""
        out: list[FoundIdentifier] = []
        for record in records:
            rule = self.fields.get(str(record.get("field", "")))
            if rule is None:
                continue
            where = str(record.get("where", "")) or rule.label or rule.name
            for value in rule.values(str(record.get("text", ""))):
                out.append(FoundIdentifier(rule.kind, value, adapter_source(self.id, where), Origin.ADAPTER))
        return dedupe(out)


def _line_of_key(text: str, key: str, after: int = 0) -> int:
    position = text.find(f'"{key}"', after)
    return text.count("\n", 0, position) + 1 if position >= 0 else 1


def _fail(path: Path, text: str, key: str, problem: str, after: int = 0) -> AdapterInvalid:
    return AdapterInvalid(file=path.name, line=_line_of_key(text, key, after), problem=problem)


def _compile(path: Path, text: str, key: str, pattern: object, after: int = 0) -> re.Pattern[str]:
    if not isinstance(pattern, str):
        raise _fail(path, text, key, "must be a regular expression in a string", after)
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise _fail(path, text, key, f"bad regular expression: {exc}", after) from None


def _field_rule(path: Path, text: str, name: str, spec: object) -> FieldRule:
    after = text.find(f'"{name}"')
    if not isinstance(spec, dict):
        raise _fail(path, text, name, "a field must be an object with a 'kind'")
    unknown = set(spec) - set(_FIELD_KEYS)
    if unknown:
        key = sorted(unknown)[0]
        raise _fail(path, text, key, f"unknown key '{key}' in field '{name}'", after)
    try:
        kind = IdentifierKind(str(spec.get("kind")))
    except ValueError:
        known = ", ".join(k.value for k in IdentifierKind)
        raise _fail(path, text, "kind", f"unknown identifier kind {spec.get('kind')!r} (known: {known})",
                    after) from None
    pattern = _compile(path, text, "pattern", spec["pattern"], after) if "pattern" in spec else None
    extract = spec.get("extract")
    if extract not in (None, "ip"):
        raise _fail(path, text, "extract", "'extract' can only be \"ip\"", after)
    return FieldRule(name, kind, pattern, extract == "ip", str(spec.get("label", "")))


def parse_adapter(path: Path, text: str) -> Adapter:
    """Validate one adapter file's text; ``path`` names it in errors and locates its script."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise AdapterInvalid(file=path.name, line=exc.lineno, problem=exc.msg) from None
    if not isinstance(data, dict):
        raise AdapterInvalid(file=path.name, line=1, problem="the file must hold one JSON object")
    for key in _REQUIRED:
        if key not in data:
            raise AdapterInvalid(file=path.name, line=1, problem=f"the key '{key}' is missing")
    for key in data:
        if key not in _REQUIRED + _OPTIONAL:
            raise _fail(path, text, key, f"unknown key '{key}'")
    if not isinstance(data["fields"], dict) or not data["fields"]:
        raise _fail(path, text, "fields", "'fields' must be a non-empty object")
    patterns = data.get("url_patterns", [])
    if not isinstance(patterns, list):
        raise _fail(path, text, "url_patterns", "'url_patterns' must be a list")
    script_path = path.parent / str(data["script"])
    if not script_path.is_file():
        raise _fail(path, text, "script", f"the script {data['script']} does not exist next to the file")
    return Adapter(
        id=str(data["id"]), name=str(data["name"]), script=script_path.read_text(encoding="utf-8"),
        fields={name: _field_rule(path, text, name, spec) for name, spec in data["fields"].items()},
        url_patterns=tuple(_compile(path, text, "url_patterns", p) for p in patterns),
        detect_selector=str(data.get("detect_selector", "")), shows_ip=bool(data.get("shows_ip", False)),
        item_selector=str(data.get("item_selector", "")), generic=bool(data.get("generic", False)),
        source_file=path.name,
    )


def load_adapters(folder: Path) -> list[Adapter]:
    """All adapters in ``folder``: site adapters first (sorted by file name), the generic ones last."""
    adapters = [parse_adapter(path, path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.json"))]
    ids = [a.id for a in adapters]
    duplicates = {i for i in ids if ids.count(i) > 1}
    if duplicates:
        raise AdapterInvalid(file=folder.name, line=1, problem=f"two adapters share the id {sorted(duplicates)[0]}")
    return sorted(adapters, key=lambda a: a.generic)
