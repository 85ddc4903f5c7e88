"""The model folder archive a Ray worker sends back: round trip, and every hostile or broken archive refused."""

from __future__ import annotations

import hashlib
import io
import os
import tarfile
from pathlib import Path

import pytest

from trainer.errors import TrainerError
from trainer.model_archive import ArchiveInfo, ArchiveReceiver, pack_folder, read_chunk, unpack_archive


def _model_folder(root: Path) -> Path:
    folder = root / "model"
    (folder / "sub").mkdir(parents=True)
    (folder / "config.json").write_text('{"a": 1}')
    (folder / "model.safetensors").write_bytes(os.urandom(50_000))
    (folder / "sub" / "x.txt").write_text("hello")
    return folder


def _send(archive: Path, info: ArchiveInfo, work: Path, max_bytes: int = 1 << 30) -> ArchiveReceiver:
    receiver = ArchiveReceiver(info, work, max_bytes)
    for index in range(info.chunks):
        receiver.write(index, read_chunk(archive, info, index))
    return receiver


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_round_trip_in_chunks(tmp_path):
    folder = _model_folder(tmp_path)
    archive = tmp_path / "m.tar"
    info = pack_folder(folder, archive, chunk_bytes=16_384)
    assert info.chunks == -(-archive.stat().st_size // 16_384) > 3
    assert ArchiveInfo.from_dict(info.as_dict()) == info
    receiver = _send(archive, info, tmp_path / "work")
    target = receiver.finish(tmp_path / "out" / "model")
    assert _files(target) == _files(folder)
    assert not receiver.path.exists()  # the tar is gone
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["model"]  # no temporary sibling left


def test_pack_refuses_links(tmp_path):
    folder = _model_folder(tmp_path)
    (folder / "link").symlink_to("/etc/passwd")
    with pytest.raises(TrainerError, match="link"):
        pack_folder(folder, tmp_path / "m.tar")


def test_receiver_refuses_bad_chunks_and_checksums(tmp_path):
    folder = _model_folder(tmp_path)
    archive = tmp_path / "m.tar"
    info = pack_folder(folder, archive, chunk_bytes=16_384)
    receiver = ArchiveReceiver(info, tmp_path / "w1", 1 << 30)
    with pytest.raises(TrainerError, match="out of order"):
        receiver.write(1, read_chunk(archive, info, 1))
    with pytest.raises(TrainerError, match="wrong size"):
        receiver.write(0, read_chunk(archive, info, 0) + b"x")
    receiver.discard()

    incomplete = ArchiveReceiver(info, tmp_path / "w2", 1 << 30)
    incomplete.write(0, read_chunk(archive, info, 0))
    with pytest.raises(TrainerError, match="incomplete"):
        incomplete.finish(tmp_path / "o2")

    forged = ArchiveInfo(size=info.size, sha256="0" * 64, chunks=info.chunks, chunk_bytes=info.chunk_bytes)
    with pytest.raises(TrainerError, match="checksum"):
        _send(archive, forged, tmp_path / "w3").finish(tmp_path / "o3")
    assert not (tmp_path / "o2").exists() and not (tmp_path / "o3").exists()
    assert not any((tmp_path / "w2").iterdir()) and not any((tmp_path / "w3").iterdir())

    with pytest.raises(TrainerError, match="larger than the limit"):
        ArchiveReceiver(info, tmp_path / "w4", max_bytes=info.size - 1)


@pytest.mark.parametrize("data", [
    None, {}, {"size": 10, "sha256": "a" * 64, "chunks": 5, "chunk_bytes": 4},
    {"size": -1, "sha256": "a" * 64, "chunks": 0, "chunk_bytes": 4},
    {"size": 10, "sha256": "short", "chunks": 1, "chunk_bytes": 16},
    {"size": 10, "sha256": "a" * 64, "chunks": 1, "chunk_bytes": 0},
    {"size": "x", "sha256": "a" * 64, "chunks": 1, "chunk_bytes": 16},
])
def test_wrong_descriptions_are_refused(data):
    with pytest.raises(TrainerError):
        ArchiveInfo.from_dict(data)


def _tar_with(path: Path, *members: tuple[tarfile.TarInfo, bytes | None]) -> Path:
    with tarfile.open(path, "w") as tar:
        for info, data in members:
            tar.addfile(info, io.BytesIO(data) if data is not None else None)
    return path


def _file(name: str, data: bytes = b"x") -> tuple[tarfile.TarInfo, bytes]:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    return info, data


def _special(name: str, kind: bytes, link: str = "") -> tuple[tarfile.TarInfo, None]:
    info = tarfile.TarInfo(name)
    info.type = kind
    info.linkname = link
    return info, None


@pytest.mark.parametrize("member, reason", [
    (_file("../escape.txt"), "unsafe path"),
    (_file("/abs/escape.txt"), "unsafe path"),
    (_file("a/../../escape.txt"), "unsafe path"),
    (_special("link", tarfile.SYMTYPE, "/etc/passwd"), "link or special"),
    (_special("hard", tarfile.LNKTYPE, "config.json"), "link or special"),
    (_special("dev", tarfile.CHRTYPE), "link or special"),
    (_special("fifo", tarfile.FIFOTYPE), "link or special"),
])
def test_hostile_archives_are_refused_and_leave_nothing(tmp_path, member, reason):
    archive = _tar_with(tmp_path / "evil.tar", _file("config.json"), member)
    with pytest.raises(TrainerError, match=reason):
        unpack_archive(archive, tmp_path / "out" / "model", max_bytes=1 << 20)
    assert not (tmp_path / "escape.txt").exists() and not (tmp_path / "out" / "escape.txt").exists()
    assert list((tmp_path / "out").iterdir()) == []


def test_huge_and_crowded_archives_are_refused(tmp_path):
    big = _tar_with(tmp_path / "big.tar", _file("a", b"x" * 1000), _file("b", b"y" * 1000))
    with pytest.raises(TrainerError, match="more than the limit"):
        unpack_archive(big, tmp_path / "o1", max_bytes=1500)
    crowded = _tar_with(tmp_path / "crowded.tar", *(_file(f"f{i}") for i in range(20)))
    with pytest.raises(TrainerError, match="more than 10 entries"):
        unpack_archive(crowded, tmp_path / "o2", max_bytes=1 << 20, max_members=10)
    garbage = tmp_path / "garbage.tar"
    garbage.write_bytes(hashlib.sha256(b"x").digest() * 100)
    with pytest.raises(TrainerError, match="damaged"):
        unpack_archive(garbage, tmp_path / "o3", max_bytes=1 << 20)
    assert not any(p.name.startswith(("o1", "o2", "o3", ".o")) for p in tmp_path.iterdir())


def test_existing_target_is_never_overwritten(tmp_path):
    folder = _model_folder(tmp_path)
    info = pack_folder(folder, tmp_path / "m.tar")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "keep").write_text("mine")
    with pytest.raises(TrainerError, match="exists"):
        _send(tmp_path / "m.tar", info, tmp_path / "w").finish(tmp_path / "out")
    assert (tmp_path / "out" / "keep").read_text() == "mine"
