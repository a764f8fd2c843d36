"""What the address bar shows and accepts.

The officer must always see the complete address (陸.一: the content and its full URL), and a
look-alike host written in another script (аpple.test with a Cyrillic а) must not pass for the
real one: the bar shows the readable form, and next to it the host as it goes over the wire
(punycode, xn--…) whenever the two differ.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl

WEB_SCHEMES = ("http", "https")
INTERNAL = ("about:blank",)


def display_text(url: QUrl) -> str:
    """The full address, readable (percent-escapes of Chinese decoded), nothing elided."""
    if url.isEmpty():
        return ""
    text = url.toString(QUrl.ComponentFormattingOption.PrettyDecoded)
    host = url.host(QUrl.ComponentFormattingOption.FullyEncoded)
    unicode_host = unicode_form(host)
    if unicode_host != host and host in text:
        text = text.replace(host, unicode_host, 1)
    return text


def ace_host(url: QUrl) -> str:
    """The host in punycode when it contains non-ASCII labels, else ''."""
    host = url.host(QUrl.ComponentFormattingOption.FullyEncoded)
    return host if "xn--" in host.lower() else ""


def unicode_form(host: str) -> str:
    """Decode each xn-- label (Qt decodes only the top-level domains on its allow-list)."""
    return ".".join(_decode_label(label) for label in host.split("."))


def _decode_label(label: str) -> str:
    if not label.lower().startswith("xn--"):
        return label
    try:
        return label[4:].encode("ascii").decode("punycode")
    except (UnicodeError, ValueError):
        return label


def parse_address(text: str) -> QUrl | None:
    """What the officer typed, as a web address; None for anything that is not http(s).

    ``file:``, ``javascript:``, ``data:`` and the like are refused: the patrol browser only goes to
    web sites, and a typed ``file:`` address would show the workstation's own files.
    """
    text = text.strip()
    if not text:
        return None
    if text in INTERNAL:
        return QUrl(text)
    url = QUrl.fromUserInput(text)
    if not url.isValid() or url.scheme() not in WEB_SCHEMES or not url.host():
        return None
    return url
