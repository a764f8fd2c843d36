"""Identifiers found in captured pages: the generic rules (pure, no Qt).

What an officer needs first from a page (guideline 陸.一(一)): who posted it (account name, ID or
handle, profile URL), which post (post ID, time), how to reach or trace the poster (e-mail, Taiwanese
phone numbers, LINE IDs, IP addresses, URLs). Site adapters (``resources/adapters``) add what a site's
markup says; these rules read the visible text and the URL of any page.

Every identifier carries where it came from (``source``: "text line 12", "adapter ptt: push line 3")
and how (``origin``: rule, adapter or officer), so the officer can check it against the image.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from app.core.i18n import QT_TRANSLATE_NOOP, translate


class IdentifierKind(StrEnum):
    ACCOUNT_NAME = "account_name"
    ACCOUNT_ID = "account_id"
    PROFILE_URL = "profile_url"
    POST_ID = "post_id"
    POST_TIME = "post_time"
    POST_TITLE = "post_title"
    BOARD = "board"
    EMAIL = "email"
    PHONE = "phone"
    LINE_ID = "line_id"
    URL = "url"
    IP = "ip"
    POSTER_IP = "poster_ip"   # the IP the site itself shows for the poster (PTT 發信站), not any IP on the page

    def label(self) -> str:
        return translate("identifiers", _KIND_LABELS[self])


_KIND_LABELS = {
    IdentifierKind.ACCOUNT_NAME: QT_TRANSLATE_NOOP("identifiers", "Account name"),
    IdentifierKind.ACCOUNT_ID: QT_TRANSLATE_NOOP("identifiers", "Account ID"),
    IdentifierKind.PROFILE_URL: QT_TRANSLATE_NOOP("identifiers", "Profile URL"),
    IdentifierKind.POST_ID: QT_TRANSLATE_NOOP("identifiers", "Post ID"),
    IdentifierKind.POST_TIME: QT_TRANSLATE_NOOP("identifiers", "Post time"),
    IdentifierKind.POST_TITLE: QT_TRANSLATE_NOOP("identifiers", "Post title"),
    IdentifierKind.BOARD: QT_TRANSLATE_NOOP("identifiers", "Board"),
    IdentifierKind.EMAIL: QT_TRANSLATE_NOOP("identifiers", "E-mail"),
    IdentifierKind.PHONE: QT_TRANSLATE_NOOP("identifiers", "Phone number"),
    IdentifierKind.LINE_ID: QT_TRANSLATE_NOOP("identifiers", "LINE ID"),
    IdentifierKind.URL: QT_TRANSLATE_NOOP("identifiers", "URL"),
    # any other IP on the page (a commenter's, an editor's): named apart from the poster's in the evidence list, where
    # the two sat side by side as 「IP 位址」 and 「發文者 IP 位址」 and a prosecutor could not tell which was which
    IdentifierKind.IP: QT_TRANSLATE_NOOP("identifiers", "Other IP address"),
    IdentifierKind.POSTER_IP: QT_TRANSLATE_NOOP("identifiers", "Poster's IP address"),
}


def kind_label(kind: str) -> str:
    """A kind as stored (``poster_ip``…) in the officer's language; one this version does not know (a
    newer unit's case file) is shown as stored."""
    try:
        return IdentifierKind(kind).label()
    except ValueError:
        return kind


class Origin(StrEnum):
    RULE = "rule"          # a generic rule over the text or URL
    ADAPTER = "adapter"    # a site adapter read the page's markup
    OFFICER = "officer"    # typed or corrected by the officer

    def label(self) -> str:
        return translate("IdentifiersPanel", _ORIGIN_LABELS[self])


_ORIGIN_LABELS = {
    Origin.RULE: QT_TRANSLATE_NOOP("IdentifiersPanel", "found by rule"),
    Origin.ADAPTER: QT_TRANSLATE_NOOP("IdentifiersPanel", "site adapter"),
    Origin.OFFICER: QT_TRANSLATE_NOOP("IdentifiersPanel", "officer"),
}


@dataclass(frozen=True)
class FoundIdentifier:
    kind: IdentifierKind
    value: str
    source: str
    origin: Origin

    @property
    def key(self) -> tuple[str, str]:
        return (str(self.kind), normalise(self.kind, self.value))


# -- patterns ---------------------------------------------------------------------------------------
_EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])")
_URL = re.compile(r"https?://[^\s<>\"'()\[\]{}，。、「」（）]+", re.IGNORECASE)
# Mobile: 09xx-xxx-xxx in its common spellings, or +886 9xx xxx xxx. Landline: (0X) xxxx-xxxx.
_SEP = r"[\s\-.]?"
_MOBILE = re.compile(rf"(?<!\d)(?:\+?886{_SEP}|0)9\d{{2}}{_SEP}\d{{3}}{_SEP}\d{{3}}(?!\d)")
_LANDLINE = re.compile(r"(?<!\d)(?:\(0[2-8]\d?\)\s?|0[2-8]\d?-)\d{3,4}-?\d{4}(?!\d)")
_LINE_LABEL = re.compile(
    r"(?:LINE(?:\s*ID)?|Line(?:\s*ID)?|line(?:\s*id)?|賴|加賴|line帳號|LINE帳號)\s*[:：=]?\s*"
    r"(?P<id>@?[A-Za-z0-9][A-Za-z0-9._-]{2,19})(?![A-Za-z0-9._-])"
)
_LINE_URL = re.compile(r"line\.me/(?:ti/p/~?|R/ti/p/~?)(?P<id>@?[A-Za-z0-9._-]{3,20})", re.IGNORECASE)
_IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
_IPV6_CANDIDATE = re.compile(r"(?<![0-9A-Fa-f:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![0-9A-Fa-f:])")


def normalise(kind: IdentifierKind, value: str) -> str:
    """The comparable form: phones as digits with 0-prefix, e-mails lower-case, IPs canonical."""
    text = value.strip()
    if kind == IdentifierKind.PHONE:
        digits = re.sub(r"\D", "", text)
        return "0" + digits[3:] if digits.startswith("886") else digits
    if kind == IdentifierKind.EMAIL:
        return text.lower()
    if kind in (IdentifierKind.IP, IdentifierKind.POSTER_IP):
        try:
            return str(ipaddress.ip_address(text))
        except ValueError:
            return text
    if kind == IdentifierKind.LINE_ID:
        return text.lower()
    return text


def find_ips(text: str) -> list[str]:
    """Every valid IPv4 and IPv6 address in ``text``, in order, canonical form.

    Times such as ``10:05`` look like IPv6 fragments; only strings the ``ipaddress`` module accepts
    as IPv6 (and that have at least two colons and a hex group of 3+ characters or a ``::``) count.
    """
    found: list[tuple[int, str]] = []
    for match in _IPV4.finditer(text):
        try:
            found.append((match.start(), str(ipaddress.IPv4Address(match.group()))))
        except ValueError:
            continue
    for match in _IPV6_CANDIDATE.finditer(text):
        candidate = match.group()
        if "::" not in candidate and not re.search(r"[0-9A-Fa-f]{3,4}", candidate):
            continue
        try:
            found.append((match.start(), str(ipaddress.IPv6Address(candidate))))
        except ValueError:
            continue
    return [ip for _position, ip in sorted(found)]


def _line_of(text: str, position: int) -> int:
    return text.count("\n", 0, position) + 1


def _source_text(line: int) -> str:
    return f"text line {line}"


# Where an identifier came from is recorded in these words, whatever the interface language (the record is evidence
# and is never rewritten); source_label shows them in the officer's language. What a site adapter says of where it
# looked ("push line 3", 「發信站 line 5」) is the adapter file's own wording and is shown as it is.
_TEXT_LINE = re.compile(r"text line (\d+)")
_ADAPTER = re.compile(r"adapter ([^:]+): (.*)", re.DOTALL)
_CORRECTED = re.compile(r"corrected by the officer \(was: (.*)\)", re.DOTALL)
ENTERED_BY_OFFICER = "entered by the officer"


def adapter_source(adapter: str, where: str) -> str:
    """The recorded source of a value a site adapter found."""
    return f"adapter {adapter}: {where}"


def corrected_source(old_source: str) -> str:
    """The recorded source of a value the officer corrected."""
    return f"corrected by the officer (was: {old_source})"


def source_label(source: str) -> str:
    """A recorded source (``text line 12``, ``adapter ptt: push line 3``…) in the officer's language; one in
    other words (an officer's own note, a newer version's wording) is shown as recorded."""
    if match := _TEXT_LINE.fullmatch(source):
        return translate("identifiers", QT_TRANSLATE_NOOP("identifiers", "text line {line}")).format(line=match[1])
    if match := _ADAPTER.fullmatch(source):
        return translate("identifiers", QT_TRANSLATE_NOOP("identifiers", "site adapter {adapter}: {where}")).format(
            adapter=match[1], where=match[2])
    if match := _CORRECTED.fullmatch(source):
        return translate("identifiers", QT_TRANSLATE_NOOP("identifiers", "corrected by the officer (was: {source})")
                         ).format(source=source_label(match[1]))
    if source == ENTERED_BY_OFFICER:
        return translate("identifiers", QT_TRANSLATE_NOOP("identifiers", "entered by the officer"))
    return source


def from_text(text: str) -> list[FoundIdentifier]:
    """Generic rules over the visible text: e-mails, phones, LINE IDs, URLs, IPs."""
    out: list[FoundIdentifier] = []

    def add(kind: IdentifierKind, value: str, position: int) -> None:
        out.append(FoundIdentifier(kind, value, _source_text(_line_of(text, position)), Origin.RULE))

    for match in _EMAIL.finditer(text):
        add(IdentifierKind.EMAIL, match.group(), match.start())
    for pattern in (_MOBILE, _LANDLINE):
        for match in pattern.finditer(text):
            add(IdentifierKind.PHONE, match.group(), match.start())
    for match in _LINE_LABEL.finditer(text):
        add(IdentifierKind.LINE_ID, match.group("id"), match.start("id"))
    for match in _LINE_URL.finditer(text):
        add(IdentifierKind.LINE_ID, match.group("id"), match.start("id"))
    for match in _URL.finditer(text):
        add(IdentifierKind.URL, match.group().rstrip(".,;:!?"), match.start())
    for line_number, line in enumerate(text.splitlines(), start=1):
        for ip in find_ips(line):
            out.append(FoundIdentifier(IdentifierKind.IP, ip, _source_text(line_number), Origin.RULE))
    return dedupe(out)


def dedupe(found: Iterable[FoundIdentifier]) -> list[FoundIdentifier]:
    """Drop repeats. A rule's finding is dropped when anything earlier has the same (kind, value):
    adapters come first and say more about where it came from. An adapter's findings are kept per
    source, so the poster's IP and the same IP in a push line both stay."""
    values: set[tuple[str, str]] = set()
    exact: set[tuple[str, str, str]] = set()
    out: list[FoundIdentifier] = []
    for item in found:
        key = (*item.key, item.source)
        if not item.value.strip() or key in exact or (item.origin == Origin.RULE and item.key in values):
            continue
        values.add(item.key)
        exact.add(key)
        out.append(item)
    return out
