"""Reading the files of an archive export, a zip or a folder, within limits on what is read.

A zip is never extracted. Before ``zipfile`` parses its central directory (it holds every entry in memory), the
entries are counted from the raw directory bytes, so a zip of a million empty files is refused before it costs
memory. Member names with absolute paths or ``..`` are refused; only the few ``.js`` members we need are opened;
their sizes and their compression ratio, summed over all of them, are checked against the headers and again
while reading, since headers can lie.
"""

from __future__ import annotations

import re
import struct
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO

from trainer.errors import TrainerError
from trainer.sources.streaming_json import text_chunks

MIB = 1 << 20


def format_bytes(count: int) -> str:
    """``256 MiB`` for whole mebibytes, else ``1,234 bytes``."""
    return f"{count // MIB} MiB" if count >= MIB and count % MIB == 0 else f"{count:,} bytes"


@dataclass(frozen=True)
class ArchiveLimits:
    """Caps that keep a hostile or huge archive from exhausting memory or time.

    The largest real ``tweets.js`` files are tens of MB (a tweet with its metadata is 1-5 KB, so 256 MiB is
    50,000-250,000 tweets); tweets are streamed, so the byte caps bound reading time, not memory.
    """

    # Real archives hold a media file per photo or video; ``zipfile`` keeps ~0.7 KB per entry in memory, so
    # 100,000 entries cost ~75 MB. We only read a few .js members.
    max_members: int = 100_000
    max_directory_bytes: int = 32 * MIB  # the zip's central directory (an entry is ~150 bytes)
    max_member_bytes: int = 256 * MIB  # one .js file, uncompressed
    max_total_bytes: int = 256 * MIB  # all .js files read, uncompressed, summed over every part
    max_ratio: int = 100  # uncompressed / compressed over all members read (real tweets.js: ~10)
    min_ratio_bytes: int = MIB  # the ratio is judged once this much is read


DEFAULT_LIMITS = ArchiveLimits()
FEWER_FILES = " (zip only its data/tweets*.js and data/account.js)"

_EOCD = b"PK\x05\x06"
_EOCD_SIZE = 22
_ZIP64_LOCATOR = b"PK\x06\x07"
_ZIP64_LOCATOR_SIZE = 20
_ZIP64_EOCD = b"PK\x06\x06"
_ZIP64_EOCD_SIZE = 56
_ENTRY = b"PK\x01\x02"


def zip_kind(path: Path) -> str | None:
    """``"zip"``, ``"truncated"`` (a zip's start without its end), or None for a file that is no zip."""
    with path.open("rb") as file:
        start = file.read(4)
    if zipfile.is_zipfile(path):
        return "zip"
    return "truncated" if start == b"PK\x03\x04" else None


def _directory_span(file: IO[bytes], size: int) -> tuple[int, int] | None:
    """(start, length) of the central directory, found the way ``zipfile`` finds it; None if there is none."""
    tail_size = min(size, _EOCD_SIZE + 0xFFFF)
    file.seek(size - tail_size)
    tail = file.read(tail_size)
    at = len(tail) - _EOCD_SIZE
    if not (tail[at : at + 4] == _EOCD and tail[-2:] == b"\0\0"):
        at = tail.rfind(_EOCD)
        if at < 0 or len(tail) - at < _EOCD_SIZE:
            return None
    eocd = size - tail_size + at
    length, offset = struct.unpack("<II", tail[at + 12 : at + 20])
    end = eocd
    if eocd >= _ZIP64_LOCATOR_SIZE + _ZIP64_EOCD_SIZE:
        file.seek(eocd - _ZIP64_LOCATOR_SIZE - _ZIP64_EOCD_SIZE)
        record = file.read(_ZIP64_EOCD_SIZE + _ZIP64_LOCATOR_SIZE)
        if record[_ZIP64_EOCD_SIZE : _ZIP64_EOCD_SIZE + 4] == _ZIP64_LOCATOR and record[:4] == _ZIP64_EOCD:
            length = struct.unpack("<Q", record[40:48])[0]
            end = eocd - _ZIP64_LOCATOR_SIZE - _ZIP64_EOCD_SIZE
    return max(end - length, 0), length


def _check_directory(path: Path, limits: ArchiveLimits, label: str) -> None:
    """Refuse a central directory too large or with too many entries, before ``zipfile`` reads it."""
    with path.open("rb") as file:
        span = _directory_span(file, path.stat().st_size)
        if span is None:
            return  # zipfile will say what is wrong
        start, length = span
        if length > limits.max_directory_bytes:
            raise TrainerError(
                f"archive {label} refused: its list of files is {format_bytes(length)} "
                f"(at most {format_bytes(limits.max_directory_bytes)}){FEWER_FILES}"
            )
        file.seek(start)
        entries, carry, left = 0, b"", length
        while left > 0:
            chunk = file.read(min(MIB, left))
            if not chunk:
                break
            left -= len(chunk)
            entries += (carry + chunk).count(_ENTRY)  # an upper bound: a name may hold the signature too
            carry = chunk[-3:]
            if entries > limits.max_members:
                raise TrainerError(f"archive {label} refused: over {limits.max_members:,} files{FEWER_FILES}")


def _is_unsafe(name: str) -> bool:
    name = name.replace("\\", "/")
    return name.startswith("/") or bool(re.match(r"^[A-Za-z]:", name)) or ".." in PurePosixPath(name).parts


class ByteBudget:
    """Counts the bytes read from an archive's files (and the compressed bytes behind them) against the limits."""

    def __init__(self, limits: ArchiveLimits, label: str) -> None:
        self.limits = limits
        self.label = label
        self.read = 0
        self.compressed = 0

    def check_planned(self, sizes: list[int], compressed: list[int] | None = None) -> None:
        """Refuse before reading when the headers (or file sizes) already exceed the limits."""
        limits = self.limits
        total = sum(sizes)
        if total > limits.max_total_bytes:
            raise self.too_large()
        if compressed is not None and total > limits.min_ratio_bytes and total > limits.max_ratio * max(
            sum(compressed), 1
        ):
            raise self.suspicious()

    def add(self, count: int) -> None:
        self.read += count
        limits = self.limits
        if self.read > limits.max_total_bytes:
            raise self.too_large()
        if self.compressed and self.read > limits.min_ratio_bytes and self.read > limits.max_ratio * self.compressed:
            raise self.suspicious()

    def too_large(self) -> TrainerError:
        return TrainerError(
            f"archive {self.label} refused: more than {format_bytes(self.limits.max_total_bytes)} of tweet files "
            "to read (uncompressed)"
        )

    def suspicious(self) -> TrainerError:
        return TrainerError(
            f"archive {self.label} refused: its tweet files are compressed suspiciously well "
            f"(more than {self.limits.max_ratio}:1, a zip bomb?)"
        )


class ZipMembers:
    """The members of an archive zip, opened within ``ArchiveLimits``; use as a context manager."""

    def __init__(self, path: Path, limits: ArchiveLimits, label: str) -> None:
        _check_directory(path, limits, label)
        self.zip = zipfile.ZipFile(path)
        self.limits = limits
        self.label = label
        self.budget = ByteBudget(limits, label)
        self.infos = self.zip.infolist()
        if len(self.infos) > limits.max_members:
            self.zip.close()
            raise TrainerError(f"archive {label} refused: over {limits.max_members:,} files{FEWER_FILES}")
        for info in self.infos:
            if _is_unsafe(info.filename):
                self.zip.close()
                raise TrainerError(f"archive {label} refused: unsafe file name {info.filename[:80]!r}")

    def __enter__(self) -> ZipMembers:
        return self

    def __exit__(self, *exc: object) -> None:
        self.zip.close()

    def plan(self, infos: list[zipfile.ZipInfo]) -> None:
        """Check the members about to be read, by their headers: size each, size and ratio in all."""
        for info in infos:
            if info.file_size > self.limits.max_member_bytes:
                raise TrainerError(
                    f"archive {self.label} refused: {PurePosixPath(info.filename).name} is {format_bytes(info.file_size)} "
                    f"(at most {format_bytes(self.limits.max_member_bytes)})"
                )
        self.budget.check_planned([i.file_size for i in infos], [i.compress_size for i in infos])

    @contextmanager
    def text(self, info: zipfile.ZipInfo) -> Iterator[Iterator[str]]:
        """The member's text, a piece at a time, counted against the limits while it is read."""
        name = PurePosixPath(info.filename).name
        if info.flag_bits & 0x1:
            raise TrainerError(
                f"archive {self.label} refused: {name} is encrypted (export the archive again without a password)"
            )
        size = 0

        def count(chunk: int) -> None:
            nonlocal size
            size += chunk
            if size > self.limits.max_member_bytes or size > info.file_size:
                raise TrainerError(f"archive {self.label} refused: {name} is larger than its header says")
            self.budget.add(chunk)

        with self.zip.open(info) as member:
            self.budget.compressed += info.compress_size
            yield text_chunks(member, name, count)


@contextmanager
def file_text(path: Path, budget: ByteBudget) -> Iterator[Iterator[str]]:
    """A file's text, a piece at a time, counted against ``budget``."""
    with path.open("rb") as file:
        yield text_chunks(file, path.name, budget.add)
