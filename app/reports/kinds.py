"""What each document NetPatrol issues is called: the ids the audit chain records as a
``document.generated`` entry's subject, and their titles. Free of reportlab, so the windows and the
commands can name a document without loading the PDF machinery."""

from __future__ import annotations

from enum import StrEnum

from app.core.i18n import QT_TRANSLATE_NOOP, translate


class DocumentKind(StrEnum):
    REFERRAL = "takedown-referral"
    PLATFORM_NOTICE = "platform-notice"
    SOCIAL_REPORT = "social-report"
    DNS_RPZ = "dns-rpz"
    EVIDENCE_LIST = "evidence-list"
    TRANSFER_NOTE = "family-officer-notice"

    def label(self) -> str:
        return translate("reports", _KIND_LABELS[self])


_KIND_LABELS = {
    DocumentKind.REFERRAL: QT_TRANSLATE_NOOP("reports", "Takedown referral to the Women and Children Police Corps"),
    # the law it rests on depends on the images (a child's or an adult's): the document's own title names it
    DocumentKind.PLATFORM_NOTICE: QT_TRANSLATE_NOOP("reports", "Platform notice fields"),
    DocumentKind.SOCIAL_REPORT: QT_TRANSLATE_NOOP("reports", "Report to the social authority (Art. 7)"),
    DocumentKind.DNS_RPZ: QT_TRANSLATE_NOOP("reports", "Request for DNS RPZ blocking through the social authority"),
    DocumentKind.EVIDENCE_LIST: QT_TRANSLATE_NOOP("reports", "Evidence list and custody log"),
    DocumentKind.TRANSFER_NOTE: QT_TRANSLATE_NOOP("reports", "Transfer note to the precinct family-protection officer"),
}


# The documents of no DocumentKind: the subject their audit entries record, and their titles (the
# documents print these titles; the chat transcript prints its own, "(complete)" or "(INCOMPLETE …)").
TRANSCRIPT = "transcript"
PATROL_LOG = "patrol-log"
STATISTICS = "statistics"
AUDIT_LOG = "audit-log"
_OTHER_TITLES = {
    TRANSCRIPT: QT_TRANSLATE_NOOP("reports", "Chat transcript"),
    PATROL_LOG: QT_TRANSLATE_NOOP("reports", "Online patrol duty log"),
    STATISTICS: QT_TRANSLATE_NOOP("reports", "Statistics for the performance evaluation"),
    AUDIT_LOG: QT_TRANSLATE_NOOP("reports", "Vault audit log"),
}


def document_title(subject: str) -> str:
    """The title of the document an audit entry names by ``subject``; an id this version does not
    know is shown as recorded."""
    try:
        return DocumentKind(subject).label()
    except ValueError:
        title = _OTHER_TITLES.get(subject)
        return translate("reports", title) if title else subject
