"""Why an age file did not open with our keys: damaged on the way, or made for another workstation?

pyrage reports both as the same DecryptError (seen: a case file whose header MAC was altered, or that was cut
after its header, was told "not encrypted to this workstation's key", exit 4, and the officer asked for a new
export instead of being told the file was damaged). So the header is read here as age defines it
(age-encryption.org/v1): a header that does not parse is damaged; one with an X25519 stanza that one of our
keys unwraps was made for us, so whatever failed after (its MAC, its payload) is damage too. Only a
well-formed header that no key of ours unwraps is a file for another key. A bit flipped inside our own
stanza cannot be told from that: the cryptography makes the two look the same on purpose.
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


def made_for_us(opening: bytes, identities: list[x25519.Identity]) -> bool | None:
    """``opening``: the file's first bytes. None when its header is not well formed, True when one of
    ``identities`` unwraps one of its stanzas, False when none does (a file for another key)."""
    stanzas = _stanzas(opening)
    if stanzas is None:
        return None
    return any(_unwraps(stanza, identity) for stanza in stanzas for identity in identities)


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
    share, wrapped = _decoded(arguments[1]), _decoded(body)
    if share is None or wrapped is None or len(share) != 32:
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
