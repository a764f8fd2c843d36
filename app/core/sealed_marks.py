"""Marks of sealed identities: keyed digests of a sealed person's name and details (account, phone …), so
that a document can print the person's pseudonym where a captured identifier or a chat sender *is* that
person. Seen: a victim recorded with her account, chatting under that account, was named 122 times in
the printed transcript, in the evidence list under a line saying it holds no sealed identity, and as
"the poster" in the notice to the platform.

The identity itself stays in the sealed compartment; the marks are HMAC-SHA-256 under a key of the vault's
own (``meta`` ``mark_key``), so they mean nothing outside it. Within the unlocked vault a candidate handle
can be tested against them: that tells which chat participant is the sealed person, which a document
shows anyway by printing the pseudonym in the handle's place.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

PHONE_LIKE = re.compile(r"\+?[\d\s\-().]{8,}")
SHORTEST = 2  # a one-letter value (a surname alone) would mask unrelated text


def normal_forms(value: str) -> set[str]:
    """The forms a value is matched in: width- and case-folded, with and without a leading @, and a
    phone number as its digits (「0912-345-678」 is the sender 「0912345678」)."""
    text = unicodedata.normalize("NFKC", value).strip().casefold()
    forms = {text, text.lstrip("@").strip()}
    if PHONE_LIKE.fullmatch(text):
        forms.add(re.sub(r"\D", "", text))
    return {form for form in forms if len(form) >= SHORTEST}


def marks_of(key: bytes, values: Iterable[str]) -> set[str]:
    """The marks of every value of an identity."""
    return {_digest(key, form) for value in values for form in normal_forms(value)}


def _digest(key: bytes, form: str) -> str:
    return hmac.new(key, form.encode("utf-8"), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class SealedHandles:
    """A case's marks, each with the pseudonym of the sealed person it belongs to."""

    key: bytes = b""
    pseudonyms: Mapping[str, str] = field(default_factory=dict)  # mark → pseudonym

    def pseudonym_for(self, value: str) -> str | None:
        """The pseudonym to print instead of ``value``, when ``value`` is a sealed person's."""
        if not self.pseudonyms:
            return None
        for form in normal_forms(value):
            found = self.pseudonyms.get(_digest(self.key, form))
            if found is not None:
                return found
        return None

    def aliases(self, values: Iterable[str]) -> dict[str, str]:
        """value → pseudonym for each of ``values`` that is a sealed person's."""
        found = {value: self.pseudonym_for(value) for value in set(values)}
        return {value: name for value, name in found.items() if name is not None}

    def found_in(self, texts: Iterable[str]) -> dict[str, str]:
        """Each piece of ``texts`` that is one of a sealed person's values, as written there, with the pseudonym to
        print instead. Seen: the suspect typed the victim's full name and phone number in the chat, and the printed
        transcript, which named her only by pseudonym as a sender, printed both in his message.

        Looked for: whole words (an account, an ID number, an e-mail), runs of 2 to 4 words (a name in Latin
        letters), phone-like runs (as their digits) and, in Chinese and Korean text, which put no space after a
        name, every run of 2 to 4 characters (a personal name) -- not every piece of every length, which costs a
        keyed digest each. A nickname, or a value written differently, is not found."""
        if not self.pseudonyms:
            return {}
        found: dict[str, str] = {}
        tested: set[str] = set()
        for text in texts:
            for piece in _candidates(text):
                if piece not in tested:
                    tested.add(piece)
                    name = self.pseudonym_for(piece)
                    if name is not None:
                        found[piece] = name
        return found


WORD = re.compile(r"[\w.@+\-]*\w")  # an account, an e-mail address, an ID number: a run without spaces
# Scripts written without spaces between a name and what follows: Chinese (Han) and Korean (Hangul syllables,
# where a particle follows the name: 김민지는)
NAME_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7a3\U00020000-\U0003134f]{2,}")
NAME_LENGTHS = range(2, 5)  # a Chinese or Korean personal name: 2 to 4 characters
NAME_WORDS = range(2, 5)  # a name in Latin letters: 2 to 4 words (Nguyen Thi Lan)


def _candidates(text: str) -> Iterable[str]:
    """The pieces of ``text`` that :meth:`SealedHandles.found_in` tests (see there)."""
    words = list(WORD.finditer(text))
    yield from (match.group(0) for match in words)
    yield from _word_runs(text, words)
    yield from (match.group(0).strip() for match in PHONE_LIKE.finditer(text))
    for match in NAME_RUN.finditer(text):
        run = match.group(0)
        for length in NAME_LENGTHS:
            yield from (run[start:start + length] for start in range(len(run) - length + 1))


def _word_runs(text: str, words: list[re.Match[str]]) -> Iterable[str]:
    """Runs of 2 to 4 words, each after the one before and a single space, as written."""
    for first, word in enumerate(words):
        for count in NAME_WORDS:
            last = first + count - 1
            if last >= len(words) or text[words[last - 1].end():words[last].start()] != " ":
                break
            yield text[word.start():words[last].end()]
