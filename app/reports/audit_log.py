"""The printed vault audit log (保管庫稽核紀錄): the workstation's audit-chain entries of a period, all of
them or one group of actions (every reveal of a sealed identity, every case file sent), for the
supervisor who reviews the workstation, signed by the officer who printed it and the unit's head.

Like the custody log of the evidence list, it prints each entry's number, time, officer, case,
action, subject and whole entry hash, never the entry's free-text details: those may hold the reason
an officer typed when revealing an identity. The window shows the details to whoever has unlocked
the vault; paper goes further.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING

from app.core.audit_actions import ActionGroup
from app.core.i18n import in_language, translate
from app.reports.base import period_text
from app.reports.document import Block, Document, Fields, Para
from app.reports.evidence import custody_grid
from app.reports.kinds import AUDIT_LOG, document_title
from app.reports.model import ChainCheck, CustodyEntry

if TYPE_CHECKING:
    from app.checklist.procedure import Label

KIND = AUDIT_LOG  # the document.generated subject


def audit_log_document(entries: Sequence[CustodyEntry], *, first: date, last: date, group: ActionGroup | None,
                       unit: str, chain_head: str, chain: ChainCheck, generated_at: datetime, language: str,
                       author: str = "", step_labels: Mapping[str, Label] | None = None) -> Document:
    """The log in ``language`` whatever the interface's; ``entries`` oldest first, as the chain runs.
    ``step_labels``: the procedure's step titles, so that a checklist entry names its step in words."""
    with in_language(language):
        shown = group.name() if group is not None else translate("reports", "Every action")
        head = translate("reports", "Audit chain head")
        blocks: list[Block] = [
            Fields(((translate("reports", "Unit"), unit),
                    (translate("reports", "Period"), period_text(first, last, language)),
                    (translate("reports", "Actions"), shown),
                    (translate("reports", "Entries"), str(len(entries))),
                    (head, chain_head),
                    (translate("reports", "Chain checked when printed"), chain.text())), mono_labels=frozenset({head})),
            Para(translate("reports", "These are the entries of this workstation's hash-chained audit log recorded in "
                                      "the period (Taipei days, both ends included), oldest first. Each entry carries "
                                      "the hash of the one before it, so none can be changed or removed unnoticed; "
                                      "'netpatrol verify' checks the whole chain. What officers typed with an action "
                                      "(such as the reason for revealing an identity) is not printed.")),
            custody_grid(entries, language, with_case=True, step_labels=step_labels) if entries else Para(
                translate("reports", "No entry was recorded in the period.") if group is None else
                # seen: a choice with no entry read as if nothing at all had happened in the period
                translate("reports", "No entry of these actions ({actions}) was recorded in the period.").format(
                    actions=shown)),
            Fields(((translate("reports", "Compiled by"), author), (translate("reports", "Head of unit"), ""))),
        ]
        return Document(KIND, document_title(KIND), "", chain_head, generated_at, language,
                        tuple(blocks), author=author)
