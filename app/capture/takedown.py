"""Deciding whether content is gone: per-platform "content unavailable" patterns from
``resources/takedown_patterns.json`` (administrators keep them current as platforms change wording).

Pure: no browser here. The re-check feeds in what the browser saw (HTTP status, final URL, page
text) and gets a classification with the reason that decided it, so an officer (and a court) can see
why a URL was called removed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from app.core.datafile import fail, read_json
from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.core.installdir import install_root
from app.core.net_errors import explained

CTX = "recheck"
DEFAULT_PATTERNS = install_root() / "resources" / "takedown_patterns.json"
RULE_GROUPS = ("removed", "restricted", "login_wall")
RULE_KEYS = ("status", "final_url", "text")


class Classification(StrEnum):
    REMOVED = "removed"
    RESTRICTED = "restricted"
    ONLINE = "online"
    UNKNOWN = "unknown"

    def label(self) -> str:
        return translate("recheck", _LABELS[self])


_LABELS = {
    Classification.REMOVED: QT_TRANSLATE_NOOP("recheck", "removed"),
    Classification.RESTRICTED: QT_TRANSLATE_NOOP("recheck", "restricted"),
    Classification.ONLINE: QT_TRANSLATE_NOOP("recheck", "still online"),
    Classification.UNKNOWN: QT_TRANSLATE_NOOP("recheck", "unknown"),
}


@dataclass(frozen=True)
class Rules:
    status: frozenset[int] = frozenset()
    final_url: tuple[re.Pattern[str], ...] = ()
    text: tuple[re.Pattern[str], ...] = ()

    def match(self, status: int | None, final_url: str, text: str) -> str | None:
        """What matched (for the record), or None."""
        if status is not None and status in self.status:
            return f"status {status}"
        for pattern in self.final_url:
            if pattern.search(final_url):
                return f"final_url /{pattern.pattern}/"
        for pattern in self.text:
            if pattern.search(text):
                return f"text /{pattern.pattern}/"
        return None


@dataclass(frozen=True)
class PlatformRules:
    name: str
    hosts: tuple[str, ...]
    groups: dict[str, Rules]

    def serves(self, host: str) -> bool:
        return any(host == h or host.endswith("." + h) for h in self.hosts)


@dataclass(frozen=True)
class Verdict:
    classification: Classification
    platform: str
    reason: str  # what decided it: "status 404", "text /…/", "login wall: …", "navigation failed: …"


NAVIGATION_FAILED = "navigation failed: "
_REASON_LABELS = (
    ("login wall: ", QT_TRANSLATE_NOOP("recheck", "login wall: {rest}")),
    (NAVIGATION_FAILED, QT_TRANSLATE_NOOP("recheck", "could not be opened: {rest}")),
    ("status ", QT_TRANSLATE_NOOP("recheck", "HTTP status {rest}")),
    ("final_url ", QT_TRANSLATE_NOOP("recheck", "final address matches {rest}")),
    ("text ", QT_TRANSLATE_NOOP("recheck", "page text matches {rest}")),
)


def reason_label(reason: str) -> str:
    """The recorded reason (stable English, kept in the vault) in the officer's language."""
    for prefix, label in _REASON_LABELS:
        if reason.startswith(prefix):
            rest = reason_label(reason[len(prefix):])
            return translate("recheck", label).format(rest=explained(rest) if prefix == NAVIGATION_FAILED else rest)
    return reason


@dataclass(frozen=True)
class TakedownPatterns:
    platforms: tuple[PlatformRules, ...]
    default: PlatformRules

    def platform_for(self, url: str) -> PlatformRules:
        host = (urlsplit(url).hostname or "").lower()
        return next((p for p in self.platforms if p.serves(host)), self.default)

    def classify(self, url: str, status: int | None, final_url: str, text: str) -> Verdict:
        """Removed, restricted, login wall (→ unknown), else 2xx → online, else unknown."""
        platform = self.platform_for(url)
        for group, classification in (("removed", Classification.REMOVED),
                                      ("restricted", Classification.RESTRICTED),
                                      ("login_wall", Classification.UNKNOWN)):
            for rules in (platform.groups.get(group), self.default.groups.get(group)):
                matched = rules.match(status, final_url, text) if rules else None
                if matched:
                    reason = f"login wall: {matched}" if group == "login_wall" else matched
                    return Verdict(classification, platform.name, reason)
        if status is not None and 200 <= status < 300:
            return Verdict(Classification.ONLINE, platform.name, f"status {status}")
        return Verdict(Classification.UNKNOWN, platform.name, f"status {status}")


def load_patterns(path: Path = DEFAULT_PATTERNS) -> TakedownPatterns:
    """Read and validate the patterns file; any error names the file and the line."""
    data, text = read_json(path)
    platforms = data.get("platforms") if isinstance(data, dict) else None
    if not isinstance(platforms, dict) or "default" not in platforms:
        raise fail(path, text, ("platforms",), translate("recheck", "the file needs \"platforms\" with a \"default\" entry."))
    parsed = [_platform(path, text, name, entry) for name, entry in platforms.items()]
    default = next(p for p in parsed if p.name == "default")
    return TakedownPatterns(tuple(p for p in parsed if p.name != "default"), default)


def _platform(path: Path, text: str, name: str, entry: Any) -> PlatformRules:
    if not isinstance(entry, dict):
        raise fail(path, text, ("platforms", name), translate("recheck", "each platform must be an object."))
    unknown = set(entry) - {"hosts", *RULE_GROUPS}
    if unknown:
        raise fail(path, text, ("platforms", name, sorted(unknown)[0]),
                   translate("recheck", "unknown key \"{key}\".").format(key=sorted(unknown)[0]))
    hosts = entry.get("hosts", [])
    if not isinstance(hosts, list) or not all(isinstance(h, str) and h for h in hosts):
        raise fail(path, text, ("platforms", name, "hosts"), translate("recheck", "\"hosts\" must be a list of host names."))
    groups = {group: _rules(path, text, ("platforms", name, group), entry[group])
              for group in RULE_GROUPS if group in entry}
    return PlatformRules(name, tuple(h.lower() for h in hosts), groups)


def _rules(path: Path, text: str, where: tuple[str, ...], entry: Any) -> Rules:
    if not isinstance(entry, dict) or set(entry) - set(RULE_KEYS):
        raise fail(path, text, where, translate("recheck", "rules may only have \"status\", \"final_url\" and \"text\"."))
    status = entry.get("status", [])
    if not isinstance(status, list) or not all(isinstance(s, int) and 100 <= s <= 599 for s in status):
        raise fail(path, text, (*where, "status"), translate("recheck", "\"status\" must list HTTP status codes."))
    return Rules(frozenset(status), _regexes(path, text, (*where, "final_url"), entry.get("final_url", []), 0),
                 _regexes(path, text, (*where, "text"), entry.get("text", []), re.IGNORECASE))


def _regexes(path: Path, text: str, where: tuple[str, ...], values: Any, flags: int) -> tuple[re.Pattern[str], ...]:
    if not isinstance(values, list) or not all(isinstance(v, str) and v for v in values):
        raise fail(path, text, where, translate("recheck", "expected a list of regular expressions."))
    compiled = []
    for value in values:
        try:
            compiled.append(re.compile(value, flags))
        except re.error as exc:
            raise fail(path, text, where, translate("recheck", "invalid regular expression \"{pattern}\": {error}").format(
                pattern=value, error=str(exc))) from exc
    return tuple(compiled)
