"""Why a page did not load, as a sentence an officer can act on.

Chromium reports a failed load as a network error (``net::ERR_NAME_NOT_RESOLVED`` is -105) or as an
HTTP status. Its own text is the error's technical name, or for HTTP errors a localised template
with its ``$1`` left unfilled (seen: 「無法載入頁面：找不到此網址的網頁：$1」 over a site's 404 page).
The common causes get a sentence here; the technical name stays beside it for a colleague or the
patrol log. Codes: Chromium's ``net/base/net_error_list.h``.
"""

from __future__ import annotations

import re
from http import HTTPStatus

from app.core.i18n import QT_TRANSLATE_NOOP, translate

ABORTED = -3  # the officer pressed stop or went elsewhere: not an error to show

_NO_SUCH_NAME = QT_TRANSLATE_NOOP("net", "No server answers to this name: check the address; the site may no "
                                         "longer exist.")
_TOO_SLOW = QT_TRANSLATE_NOOP("net", "The site did not answer in time.")
_CUT_OFF = QT_TRANSLATE_NOOP("net", "The connection broke off before the page arrived.")
_ERRORS: tuple[tuple[int, str, str], ...] = (
    (-105, "ERR_NAME_NOT_RESOLVED", _NO_SUCH_NAME),
    (-137, "ERR_NAME_RESOLUTION_FAILED", _NO_SUCH_NAME),
    (-106, "ERR_INTERNET_DISCONNECTED", QT_TRANSLATE_NOOP("net", "This workstation is not connected to the internet.")),
    (-102, "ERR_CONNECTION_REFUSED", QT_TRANSLATE_NOOP("net", "The site refused the connection.")),
    (-118, "ERR_CONNECTION_TIMED_OUT", _TOO_SLOW),
    (-7, "ERR_TIMED_OUT", _TOO_SLOW),
    (-109, "ERR_ADDRESS_UNREACHABLE", QT_TRANSLATE_NOOP("net", "The site's address cannot be reached from this "
                                                               "network.")),
    (-101, "ERR_CONNECTION_RESET", _CUT_OFF),
    (-100, "ERR_CONNECTION_CLOSED", _CUT_OFF),
    (-324, "ERR_EMPTY_RESPONSE", QT_TRANSLATE_NOOP("net", "The site closed the connection without sending a page.")),
    (-312, "ERR_UNSAFE_PORT", QT_TRANSLATE_NOOP("net", "Browsers do not connect to this port: the address is probably "
                                                       "wrong.")),
    (-130, "ERR_PROXY_CONNECTION_FAILED", QT_TRANSLATE_NOOP("net", "The proxy server could not be reached.")),
    (-21, "ERR_NETWORK_CHANGED", QT_TRANSLATE_NOOP("net", "The network changed while the page was loading: try "
                                                          "again.")),
    (-300, "ERR_INVALID_URL", QT_TRANSLATE_NOOP("net", "The address is not valid.")),
)
_BY_CODE = {code: sentence for code, _name, sentence in _ERRORS}
_BY_NAME = {name: sentence for _code, name, sentence in _ERRORS}
_NAME_IN_TEXT = re.compile(r"net::(ERR_[A-Z_]+)")
_UNKNOWN = QT_TRANSLATE_NOOP("net", "The page could not be loaded.")


def _with_technical(sentence: str, technical: str) -> str:
    """The translated sentence with the technical text in brackets after it."""
    return translate("net", "{sentence} ({technical})").format(sentence=translate("net", sentence),
                                                               technical=technical)


def network_error_text(code: int, technical: str = "") -> str:
    """The sentence for Chromium network error ``code``, with its technical name in brackets."""
    return _with_technical(_BY_CODE.get(code, _UNKNOWN), technical or str(code))


def explained(technical: str) -> str:
    """A headless browser's failure message (``Page.goto: net::ERR_CONNECTION_REFUSED at …``) with the
    sentence for the error it names in front; the message alone when it names none we know."""
    found = _NAME_IN_TEXT.search(technical)
    if found is None or found.group(1) not in _BY_NAME:
        return technical
    return _with_technical(_BY_NAME[found.group(1)], technical)


def http_status_text(status: int) -> str:
    """An HTTP error answer: the page shown is the site's own error page, which may be evidence too."""
    try:
        status_text = f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        status_text = str(status)
    return translate("net", "The site answered HTTP {status}: the page shown is the site's own error page.").format(
        status=status_text)
