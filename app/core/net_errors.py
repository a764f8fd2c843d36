"""Why a page did not load, as a sentence an officer can act on.

Chromium reports a failed load as a network error (``net::ERR_NAME_NOT_RESOLVED`` is -105) or as an
HTTP status. Its own text is the error's technical name, or for HTTP errors a localised template
with its ``$1`` left unfilled (seen: 「無法載入頁面：找不到此網址的網頁：$1」 over a site's 404 page).
The common causes get a sentence here; the technical name stays beside it for a colleague or the
patrol log. Codes: Chromium's ``net/base/net_error_list.h``.
"""

from __future__ import annotations

from http import HTTPStatus

from app.core.i18n import QT_TRANSLATE_NOOP, translate

ABORTED = -3  # the officer pressed stop or went elsewhere: not an error to show

_NO_SUCH_NAME = QT_TRANSLATE_NOOP("net", "No server answers to this name: check the address; the site may no "
                                         "longer exist.")
_TOO_SLOW = QT_TRANSLATE_NOOP("net", "The site did not answer in time.")
_CUT_OFF = QT_TRANSLATE_NOOP("net", "The connection broke off before the page arrived.")
_SENTENCES: dict[int, str] = {
    -105: _NO_SUCH_NAME,  # NAME_NOT_RESOLVED
    -137: _NO_SUCH_NAME,  # NAME_RESOLUTION_FAILED
    -106: QT_TRANSLATE_NOOP("net", "This workstation is not connected to the internet."),  # INTERNET_DISCONNECTED
    -102: QT_TRANSLATE_NOOP("net", "The site refused the connection."),  # CONNECTION_REFUSED
    -118: _TOO_SLOW,  # CONNECTION_TIMED_OUT
    -7: _TOO_SLOW,  # TIMED_OUT
    -109: QT_TRANSLATE_NOOP("net", "The site's address cannot be reached from this network."),  # ADDRESS_UNREACHABLE
    -101: _CUT_OFF,  # CONNECTION_RESET
    -100: _CUT_OFF,  # CONNECTION_CLOSED
    -324: QT_TRANSLATE_NOOP("net", "The site closed the connection without sending a page."),  # EMPTY_RESPONSE
    -312: QT_TRANSLATE_NOOP("net", "Browsers do not connect to this port: the address is probably wrong."),
    -130: QT_TRANSLATE_NOOP("net", "The proxy server could not be reached."),  # PROXY_CONNECTION_FAILED
    -21: QT_TRANSLATE_NOOP("net", "The network changed while the page was loading: try again."),  # NETWORK_CHANGED
    -300: QT_TRANSLATE_NOOP("net", "The address is not valid."),  # INVALID_URL
}
_UNKNOWN = QT_TRANSLATE_NOOP("net", "The page could not be loaded.")


def network_error_text(code: int, technical: str = "") -> str:
    """The sentence for Chromium network error ``code``, with its technical name in brackets."""
    sentence = translate("net", _SENTENCES.get(code, _UNKNOWN))
    return translate("net", "{sentence} ({technical})").format(sentence=sentence, technical=technical or code)


def http_status_text(status: int) -> str:
    """An HTTP error answer: the page shown is the site's own error page, which may be evidence too."""
    try:
        status_text = f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        status_text = str(status)
    return translate("net", "The site answered HTTP {status}: the page shown is the site's own error page.").format(
        status=status_text)
