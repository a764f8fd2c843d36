"""Short random identifiers an officer can read out or type: a kind letter and 10 base-32 characters."""

from __future__ import annotations

import secrets

_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford: no I, L, O, U


def new_id(kind: str) -> str:
    return kind + "".join(secrets.choice(_ALPHABET) for _ in range(10))
