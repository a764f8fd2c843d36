"""What a takedown re-check's result means for the procedure: one rule, read by the checklist's events
(``app.capture.recheck``) and by the documents that list re-checks (the DNS RPZ request).

A re-check is classified removed, restricted, online or unknown (``app.capture.takedown``; stored as the
re-check capture's ``classification``). Restricting access satisfies a removal order as much as removing
(Act Art. 8: 限制瀏覽或移除), so both count as removed; online is the content still there; unknown (a login
wall, a page that could not be opened) says neither: an officer must look.
"""

from __future__ import annotations

REMOVED_EVENT = "recheck.removed"  # the checklist events a re-check reports (app/checklist/events.py)
PRESENT_EVENT = "recheck.present"
_COUNTS_AS_REMOVED = frozenset({"removed", "restricted"})
_STILL_THERE = frozenset({"online"})


def counts_as_removed(classification: str) -> bool:
    """Whether a re-check so classified finds the order complied with (removed, or access restricted)."""
    return classification in _COUNTS_AS_REMOVED


def still_there(classification: str) -> bool:
    """Whether a re-check so classified finds the content still online (the deadline missed, DNS RPZ next)."""
    return classification in _STILL_THERE


def recheck_event(classification: str) -> str | None:
    """The checklist event of a re-check so classified; none for unknown."""
    if counts_as_removed(classification):
        return REMOVED_EVENT
    return PRESENT_EVENT if still_there(classification) else None
