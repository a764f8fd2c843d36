"""Why an age file did not open with our keys: damaged on the way, or made for another workstation?

pyrage reports both as the same DecryptError (seen: a case file whose header MAC was altered, or that was cut
after its header, was told "not encrypted to this workstation's key", exit 4, and the officer asked for a new
export instead of being told the file was damaged). So the header is read here as age defines it
(age-encryption.org/v1): a header that does not parse is damaged; one with an X25519 stanza that one of our
keys unwraps was made for us, so whatever failed after (its MAC, its payload) is damage too. An X25519
stanza is also checked as age defines it (two arguments, the ephemeral share and the body each exactly 32
bytes in canonical unpadded base64): one that is not was damaged, whoever it was for, since every age
implementation writes them so. Only a well-formed header that no key of ours unwraps is a file for another
key. A bit flipped inside our own stanza, leaving it well-formed, cannot be told from that: an X25519 stanza
does not name its recipient, and a wrong share or wrapped key fails exactly as another key's does (the
cryptography makes the two look the same on purpose). The header MAC does not help either: it is keyed by
the file key, which only the intact stanza gives. So the officer's sentence for "another key" names both
possibilities (``CaseFileNotForUs``).
"""

from __future__ import annotations

import base64
import binascii
import re

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from pyrage import x25519

MAGIC = b"age-encryption.org/v1\n"
HEADER_LIMIT = 64 * 1024  # a header names its recipients in a few lines; ours have one or two
_BASE64 = re.compile(rb"[A-Za-z0-9+/]*")
_MAC = re.compile(rb"--- [A-Za-z0-9+/]{43}")
_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
Stanza = tuple[list[bytes], bytes]


KEY_BYTES = 32  # an X25519 share; also a wrapped file key (16 bytes and a 16-byte tag)


def made_for_us(opening: bytes, identities: list[x25519.Identity]) -> bool | None:
    """``opening``: the file's first bytes. None when its header is not well formed (an X25519 stanza included),
    True when one of ``identities`` unwraps one of its stanzas, False when none does (a file for another key, or
    our own stanza damaged so that it stays well formed: see the module)."""
    stanzas = _stanzas(opening)
    if stanzas is None or not all(_well_formed(stanza) for stanza in stanzas if stanza[0][:1] == [b"X25519"]):
        return None
    return any(_unwraps(stanza, identity) for stanza in stanzas for identity in identities)


def _well_formed(stanza: Stanza) -> bool:
    """An X25519 stanza as age writes it: ``-> X25519 <share>`` and a body, each 32 bytes in canonical base64."""
    arguments, body = stanza
    return len(arguments) == 2 and all(_canonical(text) is not None for text in (arguments[1], body))


def _canonical(text: bytes) -> bytes | None:
    """32 bytes written as age writes them (unpadded, canonical base64), else None."""
    data = _decoded(text)
    if data is None or len(data) != KEY_BYTES or base64.b64encode(data).rstrip(b"=") != text:
        return None
    return data


def _stanzas(opening: bytes) -> list[Stanza] | None:
    """The header's stanzas (arguments, body), or None if it is not a complete, well-formed age header."""
    if not opening.startswith(MAGIC):
        return None
    rest, stanzas = opening[len(MAGIC):], []
    while rest.startswith(b"-> "):
        line, found, rest = rest.partition(b"\n")
        body, rest = _body(rest) if found else (None, rest)
        if body is None:
            return None
        stanzas.append((line[3:].split(b" "), body))
    mac, found, _payload = rest.partition(b"\n")
    return stanzas if stanzas and found and _MAC.fullmatch(mac) else None


def _body(rest: bytes) -> tuple[bytes | None, bytes]:
    """A stanza's body: base64 lines of 64 characters, ended by a shorter one."""
    body = b""
    while True:
        line, found, rest = rest.partition(b"\n")
        if not found or len(line) > 64 or not _BASE64.fullmatch(line):
            return None, rest
        body += line
        if len(line) < 64:
            return body, rest


def _unwraps(stanza: Stanza, identity: x25519.Identity) -> bool:
    """Whether ``identity`` opens this X25519 stanza (age's recipe: X25519, HKDF-SHA-256, ChaCha20-Poly1305)."""
    arguments, body = stanza
    if len(arguments) != 2 or arguments[0] != b"X25519":
        return False
    share, wrapped = _canonical(arguments[1]), _canonical(body)
    if share is None or wrapped is None:
        return False
    secret = X25519PrivateKey.from_private_bytes(_secret(identity))
    try:
        shared = secret.exchange(X25519PublicKey.from_public_bytes(share))
    except ValueError:  # a low-order point: no key of ours
        return False
    salt = share + secret.public_key().public_bytes_raw()
    key = HKDF(SHA256(), 32, salt, b"age-encryption.org/v1/X25519").derive(shared)
    try:
        ChaCha20Poly1305(key).decrypt(b"\0" * 12, wrapped, None)
    except InvalidTag:
        return False
    return True


def _decoded(text: bytes) -> bytes | None:
    try:
        return base64.b64decode(text + b"=" * (-len(text) % 4), validate=True)
    except (binascii.Error, ValueError):
        return None


def _secret(identity: x25519.Identity) -> bytes:
    """The 32-byte X25519 key of an ``AGE-SECRET-KEY-1…`` identity (bech32; pyrage checked its checksum)."""
    data = str(identity).lower().rpartition("1")[2][:-6]
    value, bits, out = 0, 0, bytearray()
    for char in data:
        value, bits = (value << 5) | _BECH32.index(char), bits + 5
        if bits >= 8:
            bits -= 8
            out.append((value >> bits) & 0xFF)
    return bytes(out)
