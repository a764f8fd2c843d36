"""Names of the audit chain's actions in the officer's language.

The chain records stable English ids (``capture.add``, ``person.reveal``); they are what a verifier
checks and never change. People read the translated name, shown next to the id so the two can be
matched: in the case's audit view and in the custody log printed for the prosecutor.
"""

from __future__ import annotations

from app.core.i18n import QT_TRANSLATE_NOOP, translate

_LABELS = {
    "vault.create": QT_TRANSLATE_NOOP("audit", "Vault created"),
    "vault.unlock": QT_TRANSLATE_NOOP("audit", "Vault unlocked"),
    "vault.lock": QT_TRANSLATE_NOOP("audit", "Vault locked"),
    "vault.passphrase_changed": QT_TRANSLATE_NOOP("audit", "Passphrase changed"),
    "settings.officer": QT_TRANSLATE_NOOP("audit", "Officer or unit changed"),
    "case.create": QT_TRANSLATE_NOOP("audit", "Case opened"),
    "case.edit": QT_TRANSLATE_NOOP("audit", "Case edited"),
    "person.add": QT_TRANSLATE_NOOP("audit", "Person added"),
    "person.reveal": QT_TRANSLATE_NOOP("audit", "Sealed identity revealed"),
    "person.reveal_denied": QT_TRANSLATE_NOOP("audit", "Reveal refused (wrong passphrase)"),
    "capture.add": QT_TRANSLATE_NOOP("audit", "Capture stored"),
    "capture.reverify": QT_TRANSLATE_NOOP("audit", "Capture hashes re-verified"),
    "artifact.add": QT_TRANSLATE_NOOP("audit", "Evidence file stored"),
    "artifact.view": QT_TRANSLATE_NOOP("audit", "Evidence file opened"),
    "artifact.export": QT_TRANSLATE_NOOP("audit", "Evidence file exported"),
    "identifier.add": QT_TRANSLATE_NOOP("audit", "Identifier recorded"),
    "identifier.correct": QT_TRANSLATE_NOOP("audit", "Identifier corrected"),
    "identifier.retract": QT_TRANSLATE_NOOP("audit", "Identifier withdrawn"),
    "step.done": QT_TRANSLATE_NOOP("audit", "Step marked done"),
    "step.auto": QT_TRANSLATE_NOOP("audit", "Step done automatically"),
    "step.undo": QT_TRANSLATE_NOOP("audit", "Step undone"),
    "document.generated": QT_TRANSLATE_NOOP("audit", "Document issued"),
    "document.copied": QT_TRANSLATE_NOOP("audit", "Document text copied"),
    "patrol.start": QT_TRANSLATE_NOOP("audit", "Patrol started"),
    "patrol.stop": QT_TRANSLATE_NOOP("audit", "Patrol stopped"),
    "patrol.view_log": QT_TRANSLATE_NOOP("audit", "Patrol log viewed"),
    "browser.download": QT_TRANSLATE_NOOP("audit", "Download stored"),
    "browser.persona_create": QT_TRANSLATE_NOOP("audit", "Persona created"),
    "browser.tls_override": QT_TRANSLATE_NOOP("audit", "Certificate error overridden"),
}

KNOWN_ACTIONS = frozenset(_LABELS)


def action_label(action: str) -> str:
    """The translated name of ``action``; an action this version does not know is shown as recorded."""
    label = _LABELS.get(action)
    return translate("audit", label) if label else action
