"""mailto: drafts (RFC 6068) so an officer's own mail program opens with the report filled in.

RFC 6068: the address part and each header value are UTF-8, percent-encoded; line breaks in the
body MUST be written as %0D%0A. Mail programs differ in how long a URL they accept (some stop near
2,000 characters), so :func:`mailto_url` can cut the body at a line and say so in the draft; the
full text always goes to the clipboard or the attached PDF.
"""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import quote

from app.core.i18n import translate

CTX = "reports"
DEFAULT_LIMIT = 1800


def _encode(value: str) -> str:
    normalised = value.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")
    return quote(normalised, safe="")


def _address(address: str) -> str:
    # RFC 6068 §2: "@" may stay; everything else that is not unreserved is percent-encoded.
    return quote(address.strip(), safe="@")


def mailto_url(to: Sequence[str], subject: str, body: str, *, limit: int | None = DEFAULT_LIMIT) -> str:
    """A mailto: URL for the given recipients, subject and body.

    With ``limit``, whole lines are dropped from the end of the body until the URL fits, and a line
    says the full text is on the clipboard. ``limit=None`` keeps everything.
    """
    recipients = ",".join(_address(a) for a in to if a.strip())
    prefix = f"mailto:{recipients}?subject={_encode(subject)}&body="
    url = prefix + _encode(body)
    if limit is None or len(url) <= limit:
        return url
    note = "\n\n" + translate("reports", "(Shortened for the mail program: paste the full text from the clipboard "
                                   "or attach the PDF.)")
    lines = body.split("\n")
    while lines and len(prefix + _encode("\n".join(lines) + note)) > limit:
        lines.pop()
    return prefix + _encode("\n".join(lines) + note)
