"""A tar archive made and read as a stream, so a case file's plaintext never touches the disk.

pyrage encrypts from a reader and decrypts into a writer (``encrypt_io`` / ``decrypt_io``).
:class:`ChunkReader` turns the members' chunks into that reader; :class:`TarParser` is that writer and
hands each member's bytes on as they arrive. Only plain USTAR members (short ASCII names, regular
files) are made or accepted: a case file holds nothing else, so anything else means a foreign or
altered file.
"""

from __future__ import annotations

import io
import tarfile
from collections.abc import Iterable, Iterator
from typing import Protocol

BLOCK = 512


def member_header(name: str, size: int, mtime: int) -> bytes:
    info = tarfile.TarInfo(name)
    info.size = size
    info.mtime = mtime
    info.mode = 0o600
    return info.tobuf(format=tarfile.USTAR_FORMAT)


def tar_stream(members: Iterable[tuple[str, int, Iterable[bytes]]], mtime: int) -> Iterator[bytes]:
    """The archive's bytes, member by member. A member whose chunks do not add up to its declared
    size would make a corrupt archive, so it stops the stream (the caller checks hashes as well)."""
    for name, size, chunks in members:
        yield member_header(name, size, mtime)
        written = 0
        for chunk in chunks:
            written += len(chunk)
            yield chunk
        if written != size:
            raise ValueError(f"member {name}: {written} bytes, {size} declared")
        yield b"\0" * (-size % BLOCK)
    yield b"\0" * (2 * BLOCK)


class ChunkReader(io.RawIOBase):
    """A readable file over an iterator of byte chunks (what ``pyrage.encrypt_io`` reads from)."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        super().__init__()
        self._chunks = chunks
        self._current = memoryview(b"")
        self._offset = 0
        self.error: BaseException | None = None  # raised by the caller: pyrage reads from native code

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        """Copies each byte once: slicing a pending ``bytes`` on every small read copied the rest of a
        1 MiB chunk each time, and made export 2.5 times slower than plain encryption."""
        target = memoryview(buffer).cast("B")
        filled = 0
        while filled < len(target):
            if self._offset == len(self._current) and not self._next_chunk():
                break
            count = min(len(target) - filled, len(self._current) - self._offset)
            target[filled : filled + count] = self._current[self._offset : self._offset + count]
            filled += count
            self._offset += count
        return filled

    def _next_chunk(self) -> bool:
        if self.error is not None:
            return False
        try:
            chunk = next(self._chunks, None)
        except Exception as error:  # kept; the stream ends here and the caller raises it
            self.error = error
            return False
        if chunk is None:
            return False
        self._current, self._offset = memoryview(chunk).cast("B"), 0
        return True


class MemberSink(Protocol):
    def begin(self, name: str, size: int) -> None: ...

    def data(self, chunk: bytes) -> None: ...

    def end(self) -> None: ...


class MalformedArchive(Exception):
    """The plaintext is not a case file's archive (a foreign file, or one cut short)."""


class TarParser:
    """A writer that parses a tar stream as it is written and feeds each member to ``sink``.

    The first exception (ours or the sink's) is kept in ``error`` and ends parsing: pyrage calls
    ``write`` from native code, which must not be trusted to pass our exception on unchanged."""

    def __init__(self, sink: MemberSink) -> None:
        self._sink = sink
        self._header = b""
        self._remaining = 0  # data bytes of the current member still to come
        self._padding = 0
        self._in_member = False
        self.finished = False
        self.error: BaseException | None = None

    def write(self, data: bytes | memoryview) -> int:
        if self.error is None:
            try:
                self._feed(bytes(data))
            except Exception as error:  # kept, and raised by the caller after decrypt_io
                self.error = error
        return len(data)

    def flush(self) -> None:
        pass

    def _feed(self, data: bytes) -> None:
        while data:
            if self.finished:
                if data.strip(b"\0"):
                    raise MalformedArchive("data after the end of the archive")
                return
            if self._in_member:
                data = self._member_bytes(data)
            elif self._padding:
                skip = min(self._padding, len(data))
                self._padding -= skip
                data = data[skip:]
            else:
                data = self._header_bytes(data)

    def _member_bytes(self, data: bytes) -> bytes:
        piece = data[: self._remaining]
        if piece:
            self._sink.data(piece)
        self._remaining -= len(piece)
        if self._remaining == 0:
            self._in_member = False
            self._sink.end()
        return data[len(piece):]

    def _header_bytes(self, data: bytes) -> bytes:
        needed = BLOCK - len(self._header)
        self._header += data[:needed]
        data = data[needed:]
        if len(self._header) == BLOCK:
            header, self._header = self._header, b""
            self._start(header)
        return data

    def _start(self, header: bytes) -> None:
        if not header.strip(b"\0"):
            self.finished = True
            return
        try:
            info = tarfile.TarInfo.frombuf(header, "ascii", "strict")
        except (tarfile.HeaderError, UnicodeDecodeError) as error:
            raise MalformedArchive(str(error)) from None
        if not info.isreg():
            raise MalformedArchive(f"member {info.name} is not a regular file")
        self._sink.begin(info.name, info.size)
        self._remaining, self._padding = info.size, -info.size % BLOCK
        self._in_member = True
        if info.size == 0:
            self._member_bytes(b"")
