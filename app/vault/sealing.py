"""The sealed compartment for reporters', informants' and victims' identities (Act Art 7, 施行細則 §2).

Each identity is encrypted with age to the vault's own X25519 sealing recipient. The matching
identity (private key) is stored only wrapped by the passphrase with age's scrypt recipe, so it is
a separate key from the database key: an unlocked vault can add sealed people without being able to
read them, and reading one needs the passphrase again, a reason, and leaves an audit entry.
"""

from __future__ import annotations

import json

import pyrage
from pyrage import passphrase as age_passphrase
from pyrage import x25519

from app.core.errors import RevealDenied, WrongPassphrase


def new_sealing_keys(passphrase: str) -> tuple[str, bytes]:
    """(recipient, wrapped identity) for a new vault."""
    identity = x25519.Identity.generate()
    wrapped: bytes = age_passphrase.encrypt(str(identity).encode("ascii"), passphrase)
    return str(identity.to_public()), wrapped


def rewrap(wrapped: bytes, old_passphrase: str, new_passphrase: str) -> bytes:
    rewrapped: bytes = age_passphrase.encrypt(_unwrap(wrapped, old_passphrase).encode("ascii"), new_passphrase)
    return rewrapped


def _unwrap(wrapped: bytes, passphrase: str) -> str:
    try:
        identity: bytes = age_passphrase.decrypt(wrapped, passphrase)
        return identity.decode("ascii")
    except pyrage.DecryptError:
        raise WrongPassphrase() from None


def seal(recipient: str, identity: dict[str, str]) -> bytes:
    plaintext = json.dumps(identity, ensure_ascii=False, sort_keys=True).encode("utf-8")
    sealed: bytes = pyrage.encrypt(plaintext, [x25519.Recipient.from_str(recipient)])
    return sealed


def unseal(sealed: bytes, wrapped: bytes, passphrase: str) -> dict[str, str]:
    return unseal_all([sealed], wrapped, passphrase)[0]


def unseal_all(sealed: list[bytes], wrapped: bytes, passphrase: str) -> list[dict[str, str]]:
    """Open several identities with one unwrapping of the key (scrypt is deliberately slow)."""
    if not passphrase:
        raise RevealDenied()
    key = x25519.Identity.from_str(_unwrap(wrapped, passphrase))
    return [_opened(blob, key) for blob in sealed]


def unseal_each(sealed: list[bytes], wrapped: bytes, passphrase: str) -> list[dict[str, str] | None]:
    """As :func:`unseal_all`, with None for a record that does not open (damaged on the disk), for work that must
    go on without it: marking people at unlock must not lock the officer out of the vault for one bad record."""
    key = x25519.Identity.from_str(_unwrap(wrapped, passphrase))
    opened: list[dict[str, str] | None] = []
    for blob in sealed:
        try:
            opened.append(_opened(blob, key))
        except (pyrage.DecryptError, UnicodeDecodeError, ValueError):
            opened.append(None)
    return opened


def _opened(blob: bytes, key: x25519.Identity) -> dict[str, str]:
    identity: dict[str, str] = json.loads(pyrage.decrypt(blob, [key]).decode("utf-8"))
    return identity
