"""The completeness statement and the initial-evidence check (陸.一) from capture records alone."""

from __future__ import annotations

from datetime import UTC, datetime

from app.core.capture import CapturedFile, CaptureKind, Completeness, FileRole, PageCapture, Problem, StopReason
from app.core.evidence_check import Status, check_initial_evidence
from app.core.identifiers import FoundIdentifier, IdentifierKind, Origin
from app.core.models import ArtifactKind

T0 = datetime(2025, 7, 8, 2, 0, tzinfo=UTC)


def page_capture(completeness: Completeness, identifiers: tuple[FoundIdentifier, ...] = (), shows_ip: bool = False,
                 kind: CaptureKind = CaptureKind.PAGE) -> PageCapture:
    files = (CapturedFile(FileRole.FULL_PAGE, ArtifactKind.PNG, "fullpage.png", "image/png", b"png-bytes"),
             CapturedFile(FileRole.MHTML, ArtifactKind.MHTML, "page.mhtml", "multipart/related", b"mhtml"))
    return PageCapture(kind, "http://127.0.0.1/a", "http://127.0.0.1/a#x", "Title", T0, T0, completeness, files,
                       identifiers, text="內容", shows_ip=shows_ip)


def test_complete_statement() -> None:
    done = Completeness(True, StopReason.END_REACHED, 1)
    assert done.complete
    assert done.statement() == ["Complete capture.", "Reached the end of the page.",
                                "Full-page image: 1 tile; lazy items still pending: 0; scroll containers found: 0."]


def test_partial_statement_names_every_reason_and_round_trips() -> None:
    partial = Completeness(False, StopReason.ITEM_BOUND, 3, lazy_pending=2, scroll_containers=1,
                           problems=((Problem.INFINITE_FEED, ""), (Problem.LAZY_PENDING, "2")))
    lines = partial.statement()
    assert lines[0] == "PARTIAL capture." and lines[1] == "Stopped: the item limit was reached."
    assert any("endless feed" in line for line in lines) and "2 lazy-loaded items had not appeared yet." in lines
    assert Completeness.from_dict(partial.as_dict()) == partial


def test_a_counted_problem_agrees_with_its_count() -> None:
    """A problem's detail is its count as recorded (a string): one reads as one, others as many."""
    assert Problem.CHAT_IMAGES.describe("1") == ("1 image in the chat was not saved as a picture (only labelled): too "
                                                 "many, or not shown in time.")
    assert Problem.CHAT_IMAGES.describe("4").startswith("4 images in the chat were not saved as pictures")
    assert Problem.PAGE_CHANGED.describe(1).startswith("The page changed while it was being captured (1 change);")
    assert Problem.NETWORK_BUSY.describe("?").endswith("(? requests open).")  # not a number: the plural, as recorded
    assert Problem.HTTP_ERROR.describe("404") == "The server answered with an error page (HTTP 404)."
    chat = Completeness(True, StopReason.END_REACHED, 0, scroll_steps=1, messages=1)
    assert chat.statement()[-1] == "Chat: 1 message collected in 1 scroll step."


def test_lazy_items_pending_alone_make_a_capture_partial() -> None:
    assert not Completeness(True, StopReason.END_REACHED, 1, lazy_pending=1).complete


def test_evidence_check_ticks_what_is_there_and_names_what_is_missing() -> None:
    ptt = page_capture(Completeness(True, StopReason.END_REACHED, 1), (
        FoundIdentifier(IdentifierKind.ACCOUNT_ID, "testposter", "adapter ptt: 作者 line", Origin.ADAPTER),),
        shows_ip=True)
    check = check_initial_evidence(ptt, None)
    statuses = [(item.code, item.status) for item in check.items]
    assert statuses == [("陸.一(一)", Status.OK), ("陸.一(一)", Status.MISSING), ("陸.一(二)", Status.OK),
                        ("陸.一(三)", Status.OK), ("陸.一(四)", Status.NOT_APPLICABLE), ("陸.一(五)", Status.MISSING)]
    assert "發信站" in check.items[1].detail
    stored = {f.name: f.sha256 for f in ptt.files}
    assert check_initial_evidence(ptt, stored).items[5].status == Status.OK
    stored["page.mhtml"] = "0" * 64
    assert check_initial_evidence(ptt, stored).items[5].status == Status.MISSING


def test_partial_full_page_is_not_ticked() -> None:
    partial = page_capture(Completeness(False, StopReason.TIME_BOUND, 1))
    item = check_initial_evidence(partial, None).items[3]
    assert item.status == Status.MISSING and "time limit" in item.detail


def test_site_without_ips_is_not_applicable_and_bursts_tick_ephemeral() -> None:
    burst = page_capture(Completeness(True, StopReason.END_REACHED, 0), kind=CaptureKind.BURST)
    items = check_initial_evidence(burst, None).items
    assert items[1].status == Status.NOT_APPLICABLE and items[4].status == Status.OK
    assert items[0].status == Status.MISSING


def test_only_the_posters_own_ip_ticks_the_ip_item() -> None:
    """Commenters' IPs (PTT push lines) and IPs quoted in the text are not the poster's IP."""
    others = (FoundIdentifier(IdentifierKind.IP, "203.0.113.77", "adapter ptt: push line 1 (fakeuser1)", Origin.ADAPTER),
              FoundIdentifier(IdentifierKind.IP, "192.0.2.8", "text line 3", Origin.RULE))
    ptt = page_capture(Completeness(True, StopReason.END_REACHED, 1), others, shows_ip=True)
    item = check_initial_evidence(ptt, None).items[1]
    assert item.status == Status.MISSING and "203.0.113.77" not in item.detail
    elsewhere = page_capture(Completeness(True, StopReason.END_REACHED, 1), others[1:])
    assert check_initial_evidence(elsewhere, None).items[1].status == Status.NOT_APPLICABLE
    poster = FoundIdentifier(IdentifierKind.POSTER_IP, "2001:db8::1", "adapter ptt: 發信站 line", Origin.ADAPTER)
    with_poster = page_capture(Completeness(True, StopReason.END_REACHED, 1), (*others, poster), shows_ip=True)
    item = check_initial_evidence(with_poster, None).items[1]
    assert item.status == Status.OK and item.detail == "2001:db8::1"
