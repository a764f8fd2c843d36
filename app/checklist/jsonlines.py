"""Line numbers for the parts of a JSON document, so a schema error can name the line to fix.

``json`` reports the line of a *syntax* error, but once a file has parsed it forgets where anything
came from. An administrator who wrote ``"requires": ["no-such-step"]`` on line 212 should be told
"line 212", so we walk the (already valid) text once more and note the line on which each value
starts, keyed by its path (``("steps", 3, "requires", 0)``). Object members are keyed to the line
of their *key*, which is where an editor's eye goes.

The walk only runs on text ``json.loads`` accepted, so it need not diagnose anything itself.
"""

from __future__ import annotations

import json
import json.decoder
import re
from collections.abc import Callable

Path = tuple[str | int, ...]

# The decoder's own string scanner (C-accelerated), which typeshed does not declare.
scanstring: Callable[[str, int], tuple[str, int]] = json.decoder.scanstring  # type: ignore[attr-defined]
_SPACE = re.compile(r"[ \t\n\r]*")
_SCALAR = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null")


class _Walker:
    def __init__(self, text: str) -> None:
        self.text = text
        self.lines: dict[Path, int] = {}

    def line_at(self, index: int) -> int:
        return self.text.count("\n", 0, index) + 1

    def skip(self, index: int) -> int:
        match = _SPACE.match(self.text, index)
        return match.end() if match else index  # the pattern matches the empty string, so never None

    def value(self, index: int, path: Path) -> int:
        """Walk the value starting at ``index`` (after whitespace); returns the index after it."""
        index = self.skip(index)
        self.lines.setdefault(path, self.line_at(index))
        char = self.text[index]
        if char == "{":
            return self.members(index + 1, path)
        if char == "[":
            return self.items(index + 1, path)
        if char == '"':
            return scanstring(self.text, index + 1)[1]
        match = _SCALAR.match(self.text, index)
        if match is None:  # pragma: no cover - json.loads accepted the text
            raise ValueError(f"unexpected character at {index}")
        return match.end()

    def members(self, index: int, path: Path) -> int:
        index = self.skip(index)
        if self.text[index] == "}":
            return index + 1
        while True:
            index = self.skip(index)
            key_line = self.line_at(index)
            key, index = scanstring(self.text, index + 1)
            self.lines[(*path, key)] = key_line
            index = self.skip(index) + 1  # the colon
            index = self.skip(self.value(index, (*path, key)))
            if self.text[index] == "}":
                return index + 1
            index += 1  # the comma

    def items(self, index: int, path: Path) -> int:
        index = self.skip(index)
        if self.text[index] == "]":
            return index + 1
        position = 0
        while True:
            index = self.skip(self.value(index, (*path, position)))
            position += 1
            if self.text[index] == "]":
                return index + 1
            index += 1


def load_with_lines(text: str) -> tuple[object, dict[Path, int]]:
    """Parse JSON text; returns the value and the line of every path in it.

    Raises ``json.JSONDecodeError`` (which carries ``lineno``) for text that is not JSON.
    """
    value = json.loads(text)
    walker = _Walker(text)
    walker.value(0, ())
    return value, walker.lines


def line_of(lines: dict[Path, int], path: Path) -> int:
    """The line of ``path``, or of its nearest recorded ancestor (a missing key → its object)."""
    while path and path not in lines:
        path = path[:-1]
    return lines.get(path, 1)
