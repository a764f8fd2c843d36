"""The documents of the takedown and transfer procedure (PROCEDURE.md), built from a CaseDossier.

(a) referral to the 婦幼警察隊 for iWIN / 性影像處理中心 (陸.二(一)1: 事由, complete URLs, 事證);
(b) the platform notice fields of 施行細則 §5 (site name and URL, image URL, poster account or IP,
    notifying agency and contact; retention start and end), under the sexual-assault act for an adult's images;
(c) the report to the social authority (Art 7), people by pseudonym only;
(d) the request that the social authority ask TWNIC for DNS RPZ (伍.二: police supply evidence);
(e) the evidence list (every artifact with its SHA-256, and the custody log) — see ``evidence``;
(f) the note to the precinct's 家防官 on transfer (肆.二(三)).

Every builder returns a :class:`~app.reports.document.Document`; ``document`` renders it as PDF or
plain text. People appear only as :class:`PersonRef` (pseudonym and role).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from app.checklist.events import StepAction
from app.core.i18n import QT_TRANSLATE_NOOP, counted, enumerated, in_language, labelled, translate
from app.core.models import Role
from app.core.pseudonyms import shown_pseudonym
from app.core.recheck import still_there
from app.reports.base import ZH_TW, format_date, format_time
from app.reports.document import BLANK, Block, Document, Fields, Grid, Heading, Para
from app.reports.evidence import artifact_grid, custody_grid, evidence_list, time_against_server
from app.reports.kinds import DocumentKind
from app.reports.model import Agencies, Agency, CaptureRef, CaseClock, CaseDossier, step_title

CTX = "reports"
# Identifier kinds of app/core/identifiers.py (plus generic names an officer may have used). Only the
# poster's own IP: commenters' IPs and IPs quoted on the page are not the poster's.
POSTER_KINDS = frozenset({"account_name", "account_id", "profile_url", "poster_ip", "email", "phone", "line_id", "account",
                          "handle", "user_id"})
IMAGE_KINDS = frozenset({"image_url", "media_url", "video_url", "image"})
SOCIAL_REPORT_CLOCK = "social-report"  # the procedure file's Art 7 I clock


@dataclass(frozen=True)
class DocumentOptions:
    """What the officer adds when generating: the reason (事由) and dates the vault cannot know."""

    language: str = ZH_TW
    reason: str = ""  # 事由; defaults to the case title
    notice_at: datetime | None = None  # when the platform is notified (retention starts); default: now
    transfer_to: str = ""  # (f): the prosecutors' office the case goes to


def build(kind: DocumentKind, dossier: CaseDossier, agencies: Agencies,
          options: DocumentOptions | None = None) -> Document:
    options = options or DocumentOptions()
    builders = {
        DocumentKind.REFERRAL: referral,
        DocumentKind.PLATFORM_NOTICE: platform_notice,
        DocumentKind.SOCIAL_REPORT: social_report,
        DocumentKind.DNS_RPZ: dns_rpz_request,
        DocumentKind.EVIDENCE_LIST: lambda d, a, o: evidence_list(d, o.language),
        DocumentKind.TRANSFER_NOTE: transfer_note,
    }
    with in_language(options.language):  # the document's language, not necessarily the interface's
        return builders[kind](dossier, agencies, options)


# -- shared pieces ------------------------------------------------------------------------------
def _document(kind: DocumentKind, dossier: CaseDossier, options: DocumentOptions, blocks: list[Block],
              recipient: Agency | None, title: str = "") -> Document:
    title = title or kind.label()
    subject = translate("reports", "[{number}] {title}").format(number=dossier.number, title=title)
    return Document(str(kind), title, dossier.number, dossier.chain_head, dossier.generated_at,
                    options.language, tuple(blocks), recipient, subject, dossier.officer.name)


def _step_action(action: str) -> str:
    """Seen: the transfer note listed 'identify-victim  done' for the family officer to read."""
    try:
        return StepAction(action).label()
    except ValueError:  # an action this version does not know: as recorded
        return action


def _sender(dossier: CaseDossier, options: DocumentOptions) -> Fields:
    return Fields((
        (translate("reports", "Reporting unit"), dossier.officer.unit),
        (translate("reports", "Officer in charge"), dossier.officer.name),
        (translate("reports", "Officer phone"), dossier.officer.phone),
        (translate("reports", "Officer e-mail"), dossier.officer.email),
        (translate("reports", "Prepared at"), format_time(dossier.generated_at, options.language)),
    ))


def _reason(dossier: CaseDossier, options: DocumentOptions) -> str:
    return options.reason.strip() or dossier.title


def _url_grid(dossier: CaseDossier, options: DocumentOptions) -> Grid:
    rows = tuple((c.site_name, c.url if c.final_url in ("", c.url) else f"{c.url}\n→ {c.final_url}",
                  format_time(c.started_at, options.language))
                 for c in dossier.newest_by_url)
    return Grid((translate("reports", "Site"), translate("reports", "Complete URL"), translate("reports", "Captured at")), rows,
                (0.22, 0.53, 0.25), frozenset({1}))  # a site's name whole (URLs wrap anyway), a time on one line


def _completeness(dossier: CaseDossier) -> Para:
    incomplete = [c.id for c in dossier.newest_by_url if not c.complete]
    if not dossier.evidence_captures:
        return Para(translate("reports", "WARNING: this case has no capture yet. Capture the content before any "
                                   "takedown request (guideline 陸.二(二))."))
    if incomplete:
        return Para(translate("reports", "WARNING: captures {ids} are marked incomplete. A takedown may destroy the "
                                   "data still missing (guideline 陸.二(二)).").format(ids=", ".join(incomplete)))
    return Para(counted(len(dossier.newest_by_url),
                        translate("reports", "One address captured, complete: evidence was secured before this "
                                             "request (guideline 陸.二(二))."),
                        translate("reports", "Addresses captured: {count}, each complete: evidence was secured before "
                                             "this request (guideline 陸.二(二)).")))


def _people_grid(dossier: CaseDossier) -> Grid:
    rows = tuple((shown_pseudonym(p.pseudonym), p.role.label()) for p in dossier.people)
    return Grid((translate("reports", "Pseudonym"), translate("reports", "Role")), rows, (0.4, 0.6))


def _sealed_note() -> Para:
    return Para(translate("reports", "The identities of reporters, informants and victims are sealed (Child and Youth "
                               "Sexual Exploitation Prevention Act Art. 7; Enforcement Rules §2) and are not part "
                               "of this document; the officer in charge provides them through official channels "
                               "when the law requires."))


def _contact(agency: Agency) -> Fields:
    return Fields((
        (translate("reports", "Agency"), " ".join(p for p in (agency.name, agency.unit) if p)),
        (translate("reports", "Phone"), agency.phone),
        (translate("reports", "E-mail"), agency.email),
        *(((translate("reports", "Note"), agency.note),) if agency.note else ()),
    ))


# -- (a) referral to the 婦幼警察隊 --------------------------------------------------------------
def referral(dossier: CaseDossier, agencies: Agencies, options: DocumentOptions) -> Document:
    blocks: list[Block] = [
        Para(translate("reports", "Please refer the following online content to iWIN and, where it is a sexual image "
                            "of a child or youth, to the Sexual Image Abuse Response Center (性影像處理中心) for "
                            "removal (guideline 陸.二(一)).")),
        Heading(translate("reports", "1. Reason (事由)")),
        Para(_reason(dossier, options)),
        Heading(translate("reports", "2. Complete URLs of the content")),
        _url_grid(dossier, options),
        Heading(translate("reports", "3. Evidence (事證)")),
        _completeness(dossier),
        artifact_grid(dossier.evidence_captures, options.language),
        Heading(translate("reports", "4. Referral bodies")),
        Fields(((translate("reports", "iWIN"), _agency_text(agencies["iwin"])),
                (translate("reports", "Sexual Image Abuse Response Center"), _agency_text(agencies["siarc"])))),
        Heading(translate("reports", "5. Reported by")),
        _sender(dossier, options),
    ]
    return _document(DocumentKind.REFERRAL, dossier, options, blocks, agencies["wcpd"])


def _agency_text(agency: Agency) -> str:
    """Name and contact; with no contact on file, a line to fill in (agencies.json is incomplete)."""
    contact = agency.contact_lines() or [translate("reports", "Contact: {blank}").format(blank=BLANK)]
    return "\n".join([agency.name, *contact])


# -- (b) platform notice fields, 施行細則 §5 -------------------------------------------------------
REMOVAL_CLOCK = "platform-removal"  # the procedure file's clocks the platform is given
RETENTION_CLOCK = "retention"


CHILD_IMAGES, ADULT_IMAGES = "child", "adult"  # the values of the procedure file's image_kind fact
_NOTICE_TITLES = {
    # Art 8 of the child act and 施行細則 §5 are the order for a child's sexual images (guideline 伍.二)
    CHILD_IMAGES: QT_TRANSLATE_NOOP("reports", "Platform notice fields (Enforcement Rules §5)"),
    # an adult's: the sexual-assault act, as the procedure file's clocks have it (their override's basis)
    ADULT_IMAGES: QT_TRANSLATE_NOOP("reports", "Platform notice fields (Sexual Assault Crime Prevention Act Art. 13)"),
}


def images_of(facts: Mapping[str, str]) -> str:
    """Whose sexual images the notice is about, as the checklist records it: the kind the platform order's step
    recorded (image_kind), else the victim's age the identify-victim step recorded (an adult's images are not a
    child's); "" while neither says (the procedure's default rule, the child act's, applies)."""
    kind = facts.get("image_kind", "")
    if kind in _NOTICE_TITLES:
        return kind
    return {"minor": CHILD_IMAGES, "adult": ADULT_IMAGES}.get(facts.get("victim_age", ""), "")


def _for_images(clock: CaseClock | None, images: str) -> CaseClock | None:
    """``clock`` with the rule for these images: before the order is recorded (its image_kind unknown), a victim
    recorded as an adult already makes it the adult images' rule, as the notice's title says."""
    if clock is None or not images or clock.facts.get("image_kind") == images:
        return clock
    return CaseClock.of(clock.status, {**clock.facts, "image_kind": images})


def platform_notice(dossier: CaseDossier, agencies: Agencies, options: DocumentOptions) -> Document:
    """The fields of the notice for the platform. Seen: its title cited 施行細則第5條 (the child act's order)
    for an adult's images, whose order rests on the sexual-assault act."""
    images = images_of(dossier.facts)
    removal, retention = (_for_images(dossier.clock(c), images) for c in (REMOVAL_CLOCK, RETENTION_CLOCK))
    notice_at = options.notice_at or _order_served(removal) or dossier.generated_at
    authority = agencies["social_authority"]
    blocks: list[Block] = [Para(_order_text(removal, retention))]
    if not dossier.evidence_captures:  # seen: the opening line, then the deadlines, as if the items had been lost
        blocks.append(Para(translate("reports", "This case has no capture of any content: the notice has no item to "
                                                "list.")))
    for index, capture in enumerate(dossier.evidence_captures, start=1):
        blocks.append(Heading(translate("reports", "Item {n}").format(n=index)))
        blocks.append(_notice_fields(dossier, capture, authority, options))
    blocks += [
        Heading(translate("reports", "Deadlines")),
        Fields((
            (translate("reports", "Notified at"), format_time(notice_at, options.language)),
            (translate("reports", "Remove or restrict by"),
             format_time(removal.deadline_from(notice_at), options.language) if removal else ""),
            (translate("reports", "Retention starts"), format_date(notice_at, options.language)),
            (translate("reports", "Retention ends (at the earliest)"), _retention_end(retention, notice_at, options)),
        )),
        Heading(translate("reports", "Prepared by")),
        _sender(dossier, options),
    ]
    return _document(DocumentKind.PLATFORM_NOTICE, dossier, options, blocks, authority,
                     translate("reports", _NOTICE_TITLES[images or CHILD_IMAGES]))


_OPENINGS = {
    "patrol": QT_TRANSLATE_NOOP("reports", "Under Art. 7 of the Child and Youth Sexual Exploitation Prevention Act we "
                                           "report a suspected case of child or youth sexual exploitation found on "
                                           "online patrol."),
    "report": QT_TRANSLATE_NOOP("reports", "Under Art. 7 of the Child and Youth Sexual Exploitation Prevention Act we "
                                           "report a suspected case of child or youth sexual exploitation on the "
                                           "internet, reported to us by a member of the public."),
    "referral": QT_TRANSLATE_NOOP("reports", "Under Art. 7 of the Child and Youth Sexual Exploitation Prevention Act "
                                             "we report a suspected case of child or youth sexual exploitation on the "
                                             "internet, referred to us by another unit."),
}
_OPENING = QT_TRANSLATE_NOOP("reports", "Under Art. 7 of the Child and Youth Sexual Exploitation Prevention Act we "
                                        "report a suspected case of child or youth sexual exploitation on the "
                                        "internet.")


def _social_report_opening(origin: str) -> str:
    """The report says how the case came in, as its origin step recorded it (seen: 「網路巡邏發現」 on every report,
    a member of the public's included); nothing recorded, nothing claimed."""
    return translate("reports", _OPENINGS.get(origin, _OPENING))


def _child_order_terms(dossier: CaseDossier) -> dict[str, str]:
    """The lengths the Art 8 order gives a platform for a child's sexual image, from the procedure file's clocks
    (their default rule: an override is for adult images), so the request says what the notice will say; a
    dossier built without the procedure leaves lines to fill in (seen: 24 hours and 180 days written in)."""
    removal, retention = dossier.clock(REMOVAL_CLOCK), dossier.clock(RETENTION_CLOCK)
    return {"hours": _hours(removal.status.clock.duration.delta) if removal else BLANK,
            "days": str(retention.status.clock.duration.days) if retention else BLANK}


def _order_served(removal: CaseClock | None) -> datetime | None:
    """When the recorded platform-order step says the order was served (the removal clock's start)."""
    return removal.status.started_at if removal is not None and removal.started else None


def _order_text(removal: CaseClock | None, retention: CaseClock | None) -> str:
    """What the platform is ordered to do, with the lengths and the law of the procedure file's clocks
    for this case's facts (adult images: 72 hours under the sexual-assault act, not the child act's 24), the law
    in the document's language (seen: the Chinese statute names in the English notice)."""
    bases = dict.fromkeys(clock.basis.text() for clock in (removal, retention) if clock is not None)
    return translate("reports", "Fields for the written notice to the platform: restrict access to or remove the "
                                "content within {hours} hours and retain the related data for at least {days} days "
                                "({basis}).").format(
        hours=_hours(removal.length) if removal else BLANK, days=retention.length.days if retention else BLANK,
        basis=translate("reports", "legal basis: {basis}").format(basis=_list_separator().join(bases) or BLANK))


def _list_separator() -> str:
    """Between the laws cited: 「；」 in Chinese, as the procedure file writes them, "; " in English."""
    return translate("reports", "; ")


def _retention_end(retention: CaseClock | None, notice_at: datetime, options: DocumentOptions) -> str:
    """The last day data must be kept, counted as the retention clock counts it (Taipei calendar days)."""
    if retention is None:
        return ""
    return format_date(retention.deadline_from(notice_at) - timedelta(microseconds=1), options.language)


def _notice_fields(dossier: CaseDossier, capture: CaptureRef, authority: Agency,
                   options: DocumentOptions) -> Fields:
    site_url = capture.site_url
    images = dossier.identifiers_of(capture.id, IMAGE_KINDS)
    posters = dossier.identifiers_of(capture.id, POSTER_KINDS)
    url_label = translate("reports", "URL of the image or content")
    return Fields((
        (translate("reports", "Site name"), capture.site_name),
        (translate("reports", "Site URL"), site_url),
        (url_label, "\n".join([i.value for i in images] or [capture.url])),
        (translate("reports", "Poster account or IP"), "\n".join(labelled(i.kind_label, i.shown_value) for i in posters)),
        (translate("reports", "Notifying agency and contact"), _agency_text(authority)),
        (translate("reports", "Evidence capture"), translate("reports", "{capture} at {time}").format(
            capture=capture.id, time=format_time(capture.started_at, options.language))),
    ))


# -- (c) report to the social authority, Art. 7 ------------------------------------------------
def social_report(dossier: CaseDossier, agencies: Agencies, options: DocumentOptions) -> Document:
    victims = [p for p in dossier.people if p.role is Role.VICTIM]
    blocks: list[Block] = [
        Para(_social_report_opening(dossier.origin)),
        Heading(translate("reports", "1. Case")),
        Fields((
            (translate("reports", "Case number"), dossier.number),
            *_art7_deadline(dossier.clock(SOCIAL_REPORT_CLOCK), options.language),
            (translate("reports", "Platforms"), enumerated(dossier.platforms)),
            (translate("reports", "Summary (事由)"), _reason(dossier, options)),
            (translate("reports", "Victims (pseudonyms)"), enumerated(shown_pseudonym(p.pseudonym) for p in victims)),
        )),
        Heading(translate("reports", "2. People (pseudonyms only)")),
        _people_grid(dossier),
        _sealed_note(),
        Heading(translate("reports", "3. Content")),
        _url_grid(dossier, options),
        Heading(translate("reports", "4. Requested")),
        Para(translate("reports", "Please assess the content and, where it is a sexual image of a child or youth, order "
                            "the platform to restrict or remove it within {hours} hours and retain the data for {days} "
                            "days (Art. 8); arrange a social worker for questioning of minor victims (Art. 9) and "
                            "protective services.").format(**_child_order_terms(dossier))),
        Heading(translate("reports", "5. Reported by")),
        _sender(dossier, options),
    ]
    return _document(DocumentKind.SOCIAL_REPORT, dossier, options, blocks, agencies["social_authority"])


def _art7_deadline(clock: CaseClock | None, language: str) -> tuple[tuple[str, str], ...]:
    """知悉時間 and the deadline as the checklist's Art 7 clock has them; blank lines for the officer to
    fill in by hand while that clock has not started. Seen: the case's creation time printed as 知悉時間
    (for an imported case, the import time), and a report the checklist had as late shown as on time."""
    if clock is None:  # a dossier built without the procedure: no clock to read
        return (translate("reports", "Known since"), ""), (translate("reports", "Report due by"), "")
    started, deadline = clock.status.started_at, clock.status.deadline
    label = translate("reports", "Report due by ({hours} hours)").format(hours=_hours(clock.length))
    if not clock.started or started is None or deadline is None:
        return (translate("reports", "Known since"), ""), (label, "")
    return (translate("reports", "Known since"), format_time(started, language)), (label, format_time(deadline, language))


def _hours(length: timedelta) -> str:
    """A deadline clock's length in hours, as the statutes state them (24, 72)."""
    return f"{length / timedelta(hours=1):g}"


# -- (d) DNS RPZ escalation through the social authority -------------------------------------
def dns_rpz_request(dossier: CaseDossier, agencies: Agencies, options: DocumentOptions) -> Document:
    # by the checklist's rule: a re-check finding access restricted found the order complied with (seen: listed
    # under "still online", as the checklist ticked the content removed)
    still_online = [c for c in dossier.rechecks if still_there(_classification(c))]
    domains = sorted({c.host for c in dossier.evidence_captures if c.host})
    blocks: list[Block] = [
        Para(_dns_rpz_request_text(dossier)),
        Fields(_missed_deadline(dossier.clock(REMOVAL_CLOCK), options.language)),
        Heading(translate("reports", "1. Domains")),
        Para("\n".join(domains) or translate("reports", "(none)")),
        Heading(translate("reports", "2. Content URLs")),
        _url_grid(dossier, options),
        Heading(translate("reports", "3. Re-checks showing the content still online") if still_online or not dossier.rechecks
                else translate("reports", "3. Re-checks (none shows the content still online)")),
        _recheck_grid(still_online or list(dossier.rechecks), options),
        Heading(translate("reports", "4. Evidence")),
        artifact_grid(tuple(still_online) or dossier.rechecks, options.language),
        Heading(translate("reports", "5. Requested by")),
        _sender(dossier, options),
    ]
    return _document(DocumentKind.DNS_RPZ, dossier, options, blocks, agencies["social_authority"])


def _dns_rpz_request_text(dossier: CaseDossier) -> str:
    """The request, or, for a case with no capture and no re-check, that there is nothing to list (seen: an
    empty case's sheet said the content was not removed, over four empty sections)."""
    if not dossier.captures:
        return translate("reports", "This case has no capture of any content and no re-check: there is nothing to "
                                    "list, and no domain to ask to be blocked.")
    return translate("reports", "The content below was not removed or restricted by the deadline stated under it. We "
                                "ask the social authority to request TWNIC to have its members stop resolving the "
                                "domain (DNS RPZ) (guideline 伍.二). The police do not apply to TWNIC themselves; we "
                                "supply the evidence.")


def _missed_deadline(removal: CaseClock | None, language: str) -> tuple[tuple[str, str], ...]:
    """The deadline the platform was given, as the checklist's removal clock has it (from the order's
    recorded service, 72 hours for adult images), and how it stands; fill-in lines while no order is
    recorded. Seen: "within 24 hours" printed whatever the order and the images."""
    served = _order_served(removal)
    deadline = removal.status.deadline if removal is not None and served is not None else None
    return (
        (translate("reports", "Order served on the platform"), format_time(served, language) if served else ""),
        (translate("reports", "Remove or restrict by") if removal is None else
         translate("reports", "Remove or restrict by ({hours} hours)").format(hours=_hours(removal.length)),
         format_time(deadline, language) if deadline else ""),
        (translate("reports", "Deadline status"), removal.status.state_label if removal is not None and served else ""),
    )


def _classification(recheck: CaptureRef) -> str:
    return str(recheck.metadata.get("classification", "unknown"))


def recheck_label(classification: str) -> str:
    """A re-check's result in words; restricted apart from removed, and said to count as removed, as the checklist
    counts it (app.core.recheck). It is access blocked here, not a login or age wall: those are unknown."""
    labels = {
        "removed": QT_TRANSLATE_NOOP("reports", "removed"),
        "restricted": QT_TRANSLATE_NOOP("reports", "access restricted (counts as removed)"),
        "online": QT_TRANSLATE_NOOP("reports", "still online"),
        "unknown": QT_TRANSLATE_NOOP("reports", "unknown"),
    }
    return translate("reports", labels.get(classification, labels["unknown"]))


def _recheck_grid(rechecks: list[CaptureRef] | tuple[CaptureRef, ...], options: DocumentOptions) -> Grid:
    rows = tuple((time_against_server(c, options.language), c.url, str(c.metadata.get("status", "")),
                  recheck_label(_classification(c)))
                 for c in rechecks)
    return Grid((translate("reports", "Checked at"), translate("reports", "URL"), translate("reports", "HTTP status"),
                 translate("reports", "Result")), rows, (0.22, 0.40, 0.14, 0.24), frozenset({1}))  # a result whole on its line


# -- (f) note to the 家防官 on transfer ----------------------------------------------------------
def transfer_note(dossier: CaseDossier, agencies: Agencies, options: DocumentOptions) -> Document:
    artifacts = sum(len(c.artifacts) for c in dossier.captures)
    blocks: list[Block] = [
        Para(translate("reports", "This case under the Child and Youth Sexual Exploitation Prevention Act is being "
                            "transferred; as the guideline requires (肆.二(三)), the precinct family-protection "
                            "officer (家防官) is notified and receives the case file for checking.")),
        Heading(translate("reports", "1. Case")),
        Fields((
            (translate("reports", "Case number"), dossier.number),
            (translate("reports", "Case title"), dossier.title),
            (translate("reports", "Transferred to"), options.transfer_to),
            (translate("reports", "Opened at"), format_time(dossier.created_at, options.language)),
            (translate("reports", "Captures / artifacts"), f"{len(dossier.captures)} / {artifacts}"),
        )),
        Heading(translate("reports", "2. People (pseudonyms only)")),
        _people_grid(dossier),
        _sealed_note(),
        Heading(translate("reports", "3. Procedure steps recorded")),
        Grid((translate("reports", "Step"), translate("reports", "Action"), translate("reports", "At"),
              translate("reports", "Officer")),
             tuple((step_title(dossier.step_labels, s.step_id, options.language), _step_action(s.action),
                    format_time(s.happened_at, options.language), s.officer) for s in dossier.steps),
             (0.42, 0.18, 0.24, 0.16)),  # "done automatically" broken between words, not inside one
        Heading(translate("reports", "4. Enclosed")),
        Para(translate("reports", "Evidence list and custody log (with the SHA-256 of every artifact); the encrypted "
                            "case file.")),
        Heading(translate("reports", "5. From")),
        _sender(dossier, options),
    ]
    officer = Agency("family_officer", translate("reports", "Family-protection officer (家防官), Prevention Section of the "
                                                      "precinct"))
    return _document(DocumentKind.TRANSFER_NOTE, dossier, options, blocks, officer)


__all__ = ["DocumentKind", "DocumentOptions", "build", "custody_grid"]
