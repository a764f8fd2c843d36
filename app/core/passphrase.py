"""The passphrase rule for a vault: long enough to resist guessing even with a strong KDF."""

from __future__ import annotations

import itertools

from app.core.errors import (
    PassphraseCommon,
    PassphraseSequence,
    PassphraseTooShort,
    PassphraseTooUniform,
    PassphraseUnusable,
)

MIN_LENGTH = 10
MIN_DISTINCT = 5
_COMMON = frozenset({"password", "passw0rd", "p@ssw0rd", "qwertyuiop", "1234567890", "0123456789",
                     "abcdefghij", "iloveyou", "administrator", "netpatrol"})


def _is_sequence(text: str) -> bool:
    steps = {ord(b) - ord(a) for a, b in itertools.pairwise(text)}
    return len(steps) == 1 and steps <= {-1, 0, 1}


def check_passphrase(passphrase: str) -> None:
    """Raise a :class:`~app.core.errors.WeakPassphrase` naming the first reason the passphrase is refused,
    or return if it is acceptable. The order puts first what the officer sees first (the length)."""
    if "\x00" in passphrase:
        raise PassphraseUnusable()
    if len(passphrase) < MIN_LENGTH:
        raise PassphraseTooShort(min_length=MIN_LENGTH)
    if len(set(passphrase)) < MIN_DISTINCT:
        raise PassphraseTooUniform(distinct=MIN_DISTINCT)
    if _is_sequence(passphrase):
        raise PassphraseSequence()
    lowered = passphrase.lower()
    if any(common in lowered for common in _COMMON):
        raise PassphraseCommon()
