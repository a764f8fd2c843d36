"""Why a page did not load, in words: the common network errors, HTTP statuses, and anything else."""

from __future__ import annotations

from app.core.net_errors import explained, http_status_text, network_error_text


def test_a_known_network_error_gets_its_sentence_and_keeps_its_name() -> None:
    assert network_error_text(-105, "net::ERR_NAME_NOT_RESOLVED") == (
        "No server answers to this name: check the address; the site may no longer exist. "
        "(net::ERR_NAME_NOT_RESOLVED)")


def test_an_unknown_network_error_still_says_what_happened() -> None:
    assert network_error_text(-999, "net::ERR_SOMETHING_NEW") == "The page could not be loaded. (net::ERR_SOMETHING_NEW)"
    assert network_error_text(-999) == "The page could not be loaded. (-999)"


def test_http_statuses_carry_their_standard_phrase() -> None:
    assert http_status_text(404) == "The site answered HTTP 404 Not Found: the page shown is the site's own error page."
    assert http_status_text(599) == "The site answered HTTP 599: the page shown is the site's own error page."


def test_a_failure_message_naming_a_known_error_is_explained() -> None:
    message = "Page.goto: net::ERR_CONNECTION_REFUSED at http://127.0.0.1:9/"
    assert explained(message) == f"The site refused the connection. ({message})"
    assert explained("Page.goto: net::ERR_SOMETHING_NEW at x") == "Page.goto: net::ERR_SOMETHING_NEW at x"
    assert explained("Timeout 30000ms exceeded.") == "Timeout 30000ms exceeded."
