"""A finished model folder as one tar archive, moved in numbered chunks with a size and a SHA-256.

A remote trainer (``trainer/remote.py``) packs its output folder with ``pack_folder``; the bot pulls it chunk
by chunk (``read_chunk``) into an ``ArchiveReceiver``, which writes to disk as it goes (memory stays at one
chunk), refuses more bytes than announced or allowed, checks the checksum, and unpacks it with
``unpack_archive`` into a temporary sibling that is renamed into place only when complete.

The archive is plain tar (safetensors weights do not compress), holds only regular files and folders, and is
unpacked defensively: no absolute paths, no ``..``, no links or devices, a bounded member count and total size,
and ``tarfile``'s ``data`` filter on top.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from trainer.errors import TrainerError

CHUNK_BYTES = 8 << 20  # one object-store object per chunk
MAX_MEMBERS = 1000  # a model folder has about a dozen files


@dataclass(frozen=True)
class ArchiveInfo:
    """What the receiver must get: ``size`` bytes in ``chunks`` pieces, hashing to ``sha256``."""

    size: int
    sha256: str
    chunks: int
    chunk_bytes: int = CHUNK_BYTES

    def as_dict(self) -> dict[str, int | str]:
        return {"size": self.size, "sha256": self.sha256, "chunks": self.chunks, "chunk_bytes": self.chunk_bytes}

    @classmethod
    def from_dict(cls, data: object) -> ArchiveInfo:
        if not isinstance(data, dict):
            raise TrainerError("the model archive was not described")
        try:
            info = cls(size=int(data["size"]), sha256=str(data["sha256"]), chunks=int(data["chunks"]),
                       chunk_bytes=int(data["chunk_bytes"]))
        except (KeyError, TypeError, ValueError):
            raise TrainerError("the model archive was described wrongly") from None
        expected = -(-info.size // info.chunk_bytes) if info.chunk_bytes > 0 else -1
        if info.size < 0 or info.chunk_bytes <= 0 or info.chunks != expected or len(info.sha256) != 64:
            raise TrainerError("the model archive was described wrongly")
        return info


def pack_folder(folder: Path, archive: Path, chunk_bytes: int = CHUNK_BYTES) -> ArchiveInfo:
    """Write ``folder``'s files (sorted, relative names) into the tar file ``archive``; links are refused."""
    folder = Path(folder)
    with tarfile.open(archive, "w", format=tarfile.PAX_FORMAT) as tar:
        for path in sorted(folder.rglob("*")):
            if path.is_symlink() or not (path.is_file() or path.is_dir()):
                raise TrainerError(f"the model folder holds a link or special file: {path.name}")
            info = tar.gettarinfo(str(path), arcname=path.relative_to(folder).as_posix())
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            if path.is_file():
                with path.open("rb") as handle:
                    tar.addfile(info, handle)
            else:
                tar.addfile(info)
    digest = hashlib.sha256()
    with archive.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    size = archive.stat().st_size
    return ArchiveInfo(size=size, sha256=digest.hexdigest(), chunks=-(-size // chunk_bytes), chunk_bytes=chunk_bytes)


def read_chunk(archive: Path, info: ArchiveInfo, index: int) -> bytes:
    """Chunk ``index`` (0-based) of ``archive``."""
    if not 0 <= index < info.chunks:
        raise IndexError(index)
    with archive.open("rb") as handle:
        handle.seek(index * info.chunk_bytes)
        return handle.read(info.chunk_bytes)


class ArchiveReceiver:
    """Collects the chunks of one archive in order into a file inside ``work_dir``; ``finish`` unpacks it."""

    def __init__(self, info: ArchiveInfo, work_dir: Path, max_bytes: int) -> None:
        if info.size > max_bytes:
            raise TrainerError(f"the model is larger than the limit ({info.size} > {max_bytes} bytes)")
        self.info = info
        self.max_bytes = max_bytes
        work_dir.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=".model-", suffix=".tar", dir=work_dir)
        self.path = Path(name)
        self._file = os.fdopen(handle, "wb")
        self._digest = hashlib.sha256()
        self.received = 0
        self.next_index = 0

    def write(self, index: int, data: bytes) -> None:
        if index != self.next_index:
            raise TrainerError(f"model chunk {index} arrived out of order (expected {self.next_index})")
        last = index == self.info.chunks - 1
        expected = self.info.size - index * self.info.chunk_bytes if last else self.info.chunk_bytes
        if not isinstance(data, bytes) or len(data) != expected:
            raise TrainerError(f"model chunk {index} has the wrong size")
        self._file.write(data)
        self._digest.update(data)
        self.received += len(data)
        self.next_index += 1

    def finish(self, target: Path) -> Path:
        """Check size and checksum, unpack into ``target`` (which must not exist yet); the tar is deleted."""
        try:
            self._file.close()
            if self.next_index != self.info.chunks or self.received != self.info.size:
                raise TrainerError("the model archive is incomplete")
            if self._digest.hexdigest() != self.info.sha256:
                raise TrainerError("the model archive's checksum does not match")
            unpack_archive(self.path, target, self.max_bytes)
            return target
        finally:
            self.discard()

    def discard(self) -> None:
        with contextlib.suppress(OSError):
            self._file.close()
        self.path.unlink(missing_ok=True)


def _safe_name(name: str) -> str:
    path = PurePosixPath(name)
    if path.is_absolute() or not path.parts or any(part in ("", ".", "..") for part in path.parts) \
            or "\\" in name or "\x00" in name:
        raise TrainerError(f"the model archive holds an unsafe path: {name[:80]!r}")
    return path.as_posix()


def unpack_archive(archive: Path, target: Path, max_bytes: int, max_members: int = MAX_MEMBERS) -> Path:
    """Unpack a model tar into ``target`` atomically (a temporary sibling renamed into place)."""
    target = Path(target)
    if target.exists():
        raise TrainerError(f"{target.name} exists already")
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.unpack-", dir=target.parent))
    try:
        with tarfile.open(archive, "r:") as tar:
            members, total = [], 0
            for member in tar:
                if len(members) >= max_members:
                    raise TrainerError(f"the model archive holds more than {max_members} entries")
                if not (member.isfile() or member.isdir()):
                    raise TrainerError(f"the model archive holds a link or special file: {member.name[:80]!r}")
                member.name = _safe_name(member.name)
                total += member.size
                if total > max_bytes:
                    raise TrainerError("the model archive unpacks to more than the limit")
                members.append(member)
            tar.extractall(tmp, members=members, filter="data")
        tmp.rename(target)
    except tarfile.TarError as exc:
        raise TrainerError(f"the model archive is damaged ({type(exc).__name__})") from None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return target
