"""The passphrase rule for a vault: long enough to resist guessing even with a strong KDF."""

from __future__ import annotations

import itertools

from app.core.errors import WeakPassphrase

MIN_LENGTH = 10
_COMMON = frozenset({"password", "passw0rd", "p@ssw0rd", "qwertyuiop", "1234567890", "0123456789",
                     "abcdefghij", "iloveyou", "administrator", "netpatrol"})


def _is_sequence(text: str) -> bool:
    steps = {ord(b) - ord(a) for a, b in itertools.pairwise(text)}
    return len(steps) == 1 and steps <= {-1, 0, 1}


def check_passphrase(passphrase: str) -> None:
    """Raise :class:`WeakPassphrase` unless the passphrase is acceptable."""
    lowered = passphrase.lower()
    weak = (
        len(passphrase) < MIN_LENGTH
        or len(set(passphrase)) < 5
        or _is_sequence(passphrase)
        or any(common in lowered for common in _COMMON)
        or "\x00" in passphrase
    )
    if weak:
        raise WeakPassphrase(min_length=MIN_LENGTH)
