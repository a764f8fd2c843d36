"""The patrol duty log (勤務紀錄) as a printed document: one patrol, or every patrol of one Taipei day.

What the log view shows, on NetPatrol pages with the audit chain head, for the duty file and the
supervisor: who patrolled, from when to when, every page visited (time, tab, persona, title, full
address), the captures, downloads and certificate overrides, and for each patrol whether its log is
sealed in the audit chain (a stopped patrol's stop entry holds the SHA-256 of its whole log, which
``netpatrol verify`` recomputes) or still open (running, or cut short by a crash).

No sealed identity can appear here: the log holds pages and personas, never people.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from app.core.i18n import QT_TRANSLATE_NOOP, enumerated, in_language, sentences, translate
from app.core.models import persona_label
from app.core.timeutil import TAIPEI, date_text, duration_text, short_date_text, taipei
from app.reports.base import format_date, format_time, period_text
from app.reports.document import Block, Document, Fields, Grid, Heading, Para
from app.reports.kinds import PATROL_LOG, document_title
from app.vault.patrols import Patrol, PatrolEvent, PatrolEventKind, PatrolStore, StopReason, event_label

KIND = PATROL_LOG  # the document.generated subject


@dataclass(frozen=True)
class PatrolLogScope:
    """What to print: one patrol (``patrol_id``) or one Taipei calendar day (``day``)."""

    patrol_id: str | None = None
    day: date | None = None

    def __post_init__(self) -> None:
        if (self.patrol_id is None) == (self.day is None):
            raise ValueError("a patrol log is printed for one patrol or for one day")


@dataclass(frozen=True)
class _Part:
    """One patrol as printed: its row, and its events within the scope."""

    patrol: Patrol
    events: tuple[PatrolEvent, ...]


def patrol_log_document(store: PatrolStore, scope: PatrolLogScope, *, unit: str, chain_head: str,
                        generated_at: datetime, language: str, author: str = "") -> Document:
    """The log in ``language`` whatever the interface's (the window prints it in Chinese for the file)."""
    with in_language(language):
        return _document(store, scope, unit=unit, chain_head=chain_head, generated_at=generated_at,
                         language=language, author=author)


def _document(store: PatrolStore, scope: PatrolLogScope, *, unit: str, chain_head: str, generated_at: datetime,
              language: str, author: str) -> Document:
    parts = _parts(store, scope)
    blocks: list[Block] = [_summary(parts, scope, unit, language)]
    if not parts:
        blocks.append(Para(translate("reports", "No patrol was logged in this period.")))
    for part in parts:
        blocks.extend(_patrol_blocks(part, language))
    blocks.append(Para(translate("reports", "Each patrol's log is sealed when the patrol stops: the stop entry in the "
                                            "audit chain holds the SHA-256 of the whole log, and 'netpatrol verify' "
                                            "recomputes it.")))
    return Document(KIND, document_title(KIND), "", chain_head, generated_at, language,
                    tuple(blocks), author=author, dated=_duty_dates(parts, scope, language))


def _duty_dates(parts: Sequence[_Part], scope: PatrolLogScope, language: str) -> str:
    """The duty day the log is for, or the days its patrol ran (a patrol past midnight: both)."""
    if scope.day is not None:
        return date_text(scope.day, language)
    first, last = (taipei(parts[0].patrol.started_at).date(), taipei(parts[0].patrol.active_until).date())
    return date_text(first, language) if first == last else period_text(first, last, language)


def _parts(store: PatrolStore, scope: PatrolLogScope) -> list[_Part]:
    if scope.patrol_id is not None:
        return [_Part(store.get(scope.patrol_id), tuple(store.events(scope.patrol_id)))]
    assert scope.day is not None
    events = store.events_on(scope.day)
    patrols = sorted(store.sessions(scope.day), key=lambda patrol: (patrol.started_at, patrol.id))
    return [_Part(patrol, tuple(e for e in events if e.patrol_id == patrol.id)) for patrol in patrols]


def _summary(parts: Sequence[_Part], scope: PatrolLogScope, unit: str, language: str) -> Fields:
    events = [event for part in parts for event in part.events]
    if scope.day is not None:
        period = format_date(datetime.combine(scope.day, datetime.min.time(), TAIPEI), language)
    else:
        period = _span(parts[0], language)
    seconds = sum(_seconds(part, scope.day) for part in parts)
    return Fields((
        (translate("reports", "Unit"), unit),
        (translate("reports", "Period"), period),
        (translate("reports", "Officers"), enumerated(sorted({part.patrol.officer for part in parts}))),
        (translate("reports", "Patrols"), str(len(parts))),
        (translate("reports", "Time on patrol"), duration_text(seconds)),
        (translate("reports", "Pages visited"), str(_count(events, PatrolEventKind.NAVIGATE))),
        (translate("reports", "Captures"), str(_count(events, PatrolEventKind.CAPTURE))),
        (translate("reports", "Downloads into the vault"), str(_count(events, PatrolEventKind.DOWNLOAD))),
        (translate("reports", "Certificate errors overridden"), str(_count(events, PatrolEventKind.TLS_OVERRIDE))),
    ))


def _patrol_blocks(part: _Part, language: str) -> list[Block]:
    patrol = part.patrol
    return [
        Heading(translate("reports", "Patrol {ident}").format(ident=patrol.id)),
        Fields((
            (translate("reports", "Officer"), patrol.officer),
            (translate("reports", "Workstation"), patrol.workstation),
            (translate("reports", "Time"), _span(part, language)),
            (translate("reports", "Log"), _state(patrol)),
        )),
        _event_grid(part.events, language),
    ]


def _event_grid(events: Sequence[PatrolEvent], language: str) -> Grid:
    over_midnight = len({taipei(event.at).date() for event in events}) > 1
    rows = tuple((_event_time(event, language, over_midnight), event_label(event), event.tab,
                  persona_label(event.persona), _title(event), event.url) for event in events)
    headers = (translate("reports", "Time"), translate("reports", "Event"), translate("reports", "Tab"),
               translate("reports", "Persona"), translate("reports", "Title"), translate("reports", "Web address"))
    # the persona's column holds 「無痕（不保存）」 whole; an address wraps anywhere, in the text face
    return Grid(headers, rows, (0.11, 0.14, 0.07, 0.16, 0.19, 0.33))  # a date (115/11/29) whole over its time


def _event_time(event: PatrolEvent, language: str, with_date: bool) -> str:
    """The time of day; with its date above it when the patrol's events span more than one day (seen:
    23:57:00 then 00:00:00 with nothing to say the day had changed)."""
    moment = taipei(event.at)
    return f"{short_date_text(moment.date(), language)}\n{moment:%H:%M:%S}" if with_date else f"{moment:%H:%M:%S}"


def _title(event: PatrolEvent) -> str:
    """The page's title, and why it did not load when it did not (the screen's ⚠ is not in the
    document fonts). A certificate override stores the certificate's problem under the same key: the
    officer went on to the page, so it is named as that problem, not as a page that did not load (seen:
    「證書已過期（未載入：certificate_date_invalid）」 on a row saying the officer proceeded)."""
    error = event.data.get("error")
    if event.kind is PatrolEventKind.TLS_OVERRIDE:
        return certificate_problem(str(error or ""), event.title)
    return sentences(event.title, translate("reports", "(not loaded: {error})").format(error=error)) if error \
        else event.title


# The certificate problems a browser tab reports (QWebEngineCertificateError.Type names), in words.
_CERTIFICATE_PROBLEMS = {
    "certificatecommonnameinvalid": QT_TRANSLATE_NOOP("reports", "the certificate was issued for another site"),
    "certificatedateinvalid": QT_TRANSLATE_NOOP("reports", "the certificate has expired or is not yet valid"),
    "certificateauthorityinvalid": QT_TRANSLATE_NOOP("reports", "the certificate was not issued by a trusted "
                                                                "authority"),
    "certificatecontainserrors": QT_TRANSLATE_NOOP("reports", "the certificate contains errors"),
    "certificaterevoked": QT_TRANSLATE_NOOP("reports", "the certificate has been revoked"),
    "certificateinvalid": QT_TRANSLATE_NOOP("reports", "the certificate is invalid"),
    "certificateweaksignaturealgorithm": QT_TRANSLATE_NOOP("reports", "the certificate is signed with a weak "
                                                                      "algorithm"),
    "certificateweakkey": QT_TRANSLATE_NOOP("reports", "the certificate's key is too weak"),
    "certificatenameconstraintviolation": QT_TRANSLATE_NOOP("reports", "the certificate names a site its issuer "
                                                                       "may not certify"),
    "certificatevaliditytoolong": QT_TRANSLATE_NOOP("reports", "the certificate is valid for too long"),
    "certificatetransparencyrequired": QT_TRANSLATE_NOOP("reports", "the certificate was not publicly logged "
                                                                    "(Certificate Transparency)"),
    "certificatesymanteclegacy": QT_TRANSLATE_NOOP("reports", "the certificate is from a distrusted authority"),
    "certificateknowninterceptionblocked": QT_TRANSLATE_NOOP("reports", "the certificate is known to be used "
                                                                        "to intercept connections"),
}


def certificate_problem(kind: str, description: str) -> str:
    """The certificate's problem in the reader's language, whichever way its kind was recorded
    (``CertificateDateInvalid`` or ``certificate_date_invalid``); a kind this version does not know is
    named by the browser's own description."""
    known = _CERTIFICATE_PROBLEMS.get(kind.replace("_", "").replace("-", "").lower())
    problem = translate("reports", known) if known else (description or kind)
    return translate("reports", "Certificate problem: {problem}").format(problem=problem)


def _span(part: _Part, language: str) -> str:
    patrol = part.patrol
    span = f"{format_time(patrol.started_at, language)} – {format_time(patrol.active_until, language)}"
    if patrol.running:  # seen: a patrol still running printed as one "not stopped normally"
        return sentences(span, translate("reports", "(the last event logged: the patrol is still running, or the "
                                                    "application ended before it was stopped)"))
    if patrol.cut_short:
        return sentences(span, translate("reports", "(the last event logged: the patrol was not stopped normally)"))
    return span


def _state(patrol: Patrol) -> str:
    if patrol.running:
        return translate("reports", "Open: the patrol is running, or the application ended before it was stopped; "
                                    "its log is not yet sealed in the audit chain.")
    if patrol.stop_reason is StopReason.INTERRUPTED:
        return translate("reports", "Sealed in the audit chain when an officer closed it after the application had "
                                    "ended unexpectedly.")
    return translate("reports", "Sealed in the audit chain when the officer stopped the patrol.")


def _seconds(part: _Part, day: date | None) -> int:
    """The patrol's time on duty, within ``day`` when the log is for a day (a patrol past midnight
    counts on both days, each its own part), less the time the vault stood locked."""
    if day is None:
        return int(part.patrol.seconds_on_patrol)
    midnight = datetime.combine(day, datetime.min.time(), TAIPEI)
    return int(part.patrol.seconds_on_patrol_within(midnight, midnight + timedelta(days=1)))


def _count(events: Sequence[PatrolEvent], kind: PatrolEventKind) -> int:
    return sum(1 for event in events if event.kind is kind)
