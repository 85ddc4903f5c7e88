"""Avatars: generated per handle, composites for blends, archive profile media, downloads, hostile images."""

from __future__ import annotations

import hashlib
import io
import json
import os
import struct
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import pytest
from PIL import Image

from trainer.avatar_sources import archive_avatar_bytes, avatar_media_name
from trainer.avatars import (
    AVATAR_SIZE,
    MAX_IMAGE_BYTES,
    AvatarRefused,
    ModelAvatars,
    avatar_key,
    collect_avatars,
    composite_avatar,
    generated_avatar,
    png_bytes,
    sanitize_avatar,
)
from trainer.sources import fetch_accounts
from trainer.tweets import AccountTweets

ROOT = Path(__file__).resolve().parents[1]
RED, GREEN, BLUE, WHITE = (220, 20, 20), (20, 200, 20), (20, 20, 220), (255, 255, 255)


# -- fixtures: images and archives ----------------------------------------------------------------------------


def jpeg_bytes(size: tuple[int, int] = (300, 200), colour: tuple[int, int, int] = RED, **save: object) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, format="JPEG", quality=90, **save)
    return buffer.getvalue()


def noisy_jpeg(size: tuple[int, int] = (400, 400)) -> bytes:
    buffer = io.BytesIO()
    Image.frombytes("RGB", size, os.urandom(size[0] * size[1] * 3)).save(buffer, format="JPEG", quality=95)
    return buffer.getvalue()


def png_claiming(width: int, height: int) -> bytes:
    """A PNG whose header claims ``width`` x ``height`` pixels, with only a few bytes of image data."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(bytes(4096))) + chunk(
        b"IEND", b"")


def ytd(kind: str, items: list) -> str:
    return f"window.YTD.{kind}.part0 = " + json.dumps(items, indent=2)


def archive_members(username: str, avatar: bytes | None, media_name: str = "hxB9hFTM.jpg",
                    tweets: int = 12) -> dict[str, str | bytes]:
    members: dict[str, str | bytes] = {
        "data/tweets.js": ytd("tweets", [
            {"tweet": {"id_str": str(1000 + i), "full_text": f"Baking rye bread batch number {i} this morning",
                       "created_at": "Sun Apr 23 09:00:00 +0000 2023"}} for i in range(tweets)
        ]),
        "data/account.js": ytd("account", [{"account": {"username": username, "accountId": "42",
                                                        "accountDisplayName": username.title()}}]),
        "data/profile.js": ytd("profile", [{"profile": {
            "description": {"bio": "bread", "website": "", "location": ""},
            "avatarMediaUrl": f"https://pbs.twimg.com/profile_images/1234/{media_name}",
            "headerMediaUrl": "https://pbs.twimg.com/profile_banners/42/1596834705",
        }}]),
        "data/profile_media/42-1596834705.jpg": jpeg_bytes((600, 200), BLUE),  # the header banner, not the avatar
    }
    if avatar is not None:
        members[f"data/profile_media/42-{media_name}"] = avatar
    return members


def write_zip(path: Path, members: dict[str, str | bytes], compression: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression=compression) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return path


def mean_colour(image: Image.Image) -> tuple[int, ...]:
    small = image.convert("RGB").resize((1, 1), Image.Resampling.BOX)
    return small.getpixel((0, 0))


def close(a: tuple[int, ...], b: tuple[int, ...], tolerance: int = 12) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a, b, strict=True))


# -- generated avatars ----------------------------------------------------------------------------------------

def test_generated_avatar_is_deterministic_per_handle() -> None:
    first = png_bytes(generated_avatar("mb_lena_bakes"))
    assert first == png_bytes(generated_avatar("mb_lena_bakes")) == png_bytes(generated_avatar("@MB_Lena_Bakes"))
    image = Image.open(io.BytesIO(first))
    assert (image.format, image.size, image.mode) == ("PNG", (AVATAR_SIZE, AVATAR_SIZE), "RGB")
    assert not {"exif", "icc_profile", "dpi"} & set(image.info)
    others = {h: generated_avatar(h).tobytes() for h in ("mb_astro_ivo", "mb_grumpy_dev", "mb_lena_bake", "lena")}
    lena = generated_avatar("mb_lena_bakes").tobytes()
    assert all(pixels != lena for pixels in others.values())
    assert len(set(others.values())) == len(others)
    assert len(generated_avatar("zed").getcolors(maxcolors=16) or []) >= 3  # background, pattern, badge


def test_generated_avatar_is_byte_identical_in_another_process() -> None:
    code = ("import hashlib, sys; from trainer.avatars import generated_avatar, png_bytes; "
            "sys.stdout.write(hashlib.sha256(png_bytes(generated_avatar('mb_lena_bakes'))).hexdigest())")
    env = {**os.environ, "PYTHONHASHSEED": "12345", "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT,
                          timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == hashlib.sha256(png_bytes(generated_avatar("mb_lena_bakes"))).hexdigest()


def test_generated_avatar_pixels_are_pinned() -> None:
    """Rectangles and Pillow's bitmap font only: the same pixels on every machine (no FreeType, no resampling).

    Changing the drawing changes every generated avatar a bot already shows: update this digest on purpose.
    """
    digest = hashlib.sha256(generated_avatar("mb_lena_bakes").tobytes()).hexdigest()
    assert digest == "3224d39788fb9a9f640fa0f3b72d2918b2e0709159a91c8149bd09c3b2895ab5"


def test_avatar_keys_are_safe_file_names() -> None:
    assert avatar_key("@MB_Lena_Bakes") == "mb_lena_bakes"
    assert avatar_key("lena.bsky.social") == "lena.bsky.social"
    assert avatar_key("lena@mastodon.social") == "lena_mastodon.social"
    assert avatar_key("../../etc") == "_.._etc"
    assert avatar_key("..") == "_"
    assert "/" not in avatar_key("a/b") and "\\" not in avatar_key("a\\b")


# -- composites -----------------------------------------------------------------------------------------------


def test_composite_of_two_is_side_by_side_and_deterministic() -> None:
    red, blue = Image.new("RGB", (256, 256), RED), Image.new("RGB", (256, 256), BLUE)
    image = composite_avatar([red, blue])
    assert image.size == (AVATAR_SIZE, AVATAR_SIZE)
    assert image.getpixel((10, 128)) == RED and image.getpixel((245, 128)) == BLUE
    assert image.getpixel((127, 128)) == WHITE  # the gutter
    generated = [generated_avatar("mb_astro_ivo"), generated_avatar("mb_lena_bakes")]
    assert png_bytes(composite_avatar(generated)) == png_bytes(composite_avatar(generated))
    assert png_bytes(composite_avatar(generated)) != png_bytes(composite_avatar(generated[::-1]))


def test_composite_of_three_is_a_strip_and_two_squares_and_deterministic() -> None:
    tiles = [Image.new("RGB", (256, 256), colour) for colour in (RED, GREEN, BLUE)]
    image = composite_avatar(tiles)
    assert image.size == (AVATAR_SIZE, AVATAR_SIZE)
    assert image.getpixel((20, 20)) == RED and image.getpixel((20, 240)) == RED
    assert image.getpixel((200, 20)) == GREEN and image.getpixel((200, 240)) == BLUE
    assert image.getpixel((200, 127)) == WHITE
    generated = [generated_avatar(h) for h in ("mb_astro_ivo", "mb_grumpy_dev", "mb_lena_bakes")]
    assert png_bytes(composite_avatar(generated)) == png_bytes(composite_avatar(generated))


def test_a_blend_avatar_does_not_depend_on_the_order_of_the_handles() -> None:
    def model(handles: list[str]) -> ModelAvatars:
        return collect_avatars([AccountTweets(h, h, source="sample") for h in handles])

    abc, cab = model(["mb_lena_bakes", "mb_astro_ivo", "mb_grumpy_dev"]), model(["mb_grumpy_dev", "mb_lena_bakes",
                                                                                "mb_astro_ivo"])
    assert abc.files()["avatar.png"] == cab.files()["avatar.png"]
    assert Image.open(io.BytesIO(abc.files()["avatar.png"])).size == (AVATAR_SIZE, AVATAR_SIZE)
    assert set(abc.files()) == {"avatar.png", "avatars/mb_lena_bakes.png", "avatars/mb_astro_ivo.png",
                                "avatars/mb_grumpy_dev.png"}
    assert abc.card_images() == ["avatars/mb_lena_bakes.png", "avatars/mb_astro_ivo.png", "avatars/mb_grumpy_dev.png"]
    assert model(["mb_lena_bakes"]).files()["avatar.png"] == png_bytes(generated_avatar("mb_lena_bakes"))


# -- archive profile media ------------------------------------------------------------------------------------


def test_archive_profile_media_becomes_the_avatar_without_metadata(tmp_path: Path) -> None:
    exif = Image.Exif()
    exif[0x010F] = "SecretCam"  # Make
    exif[0x8825] = {2: (52.0, 31.0, 0.0)}  # GPS
    photo = jpeg_bytes((400, 300), RED, exif=exif.tobytes(), icc_profile=b"\0" * 128)
    path = write_zip(tmp_path / "twitter-archive.zip", archive_members("lena_bakes", photo))
    assert archive_avatar_bytes(path) == photo
    [account] = fetch_accounts([], inputs=[path])
    avatars = collect_avatars([account], [path])
    [found] = avatars.accounts
    assert (found.source, found.note, found.file) == ("archive", "", "avatars/lena_bakes.png")
    assert close(mean_colour(found.image), RED)
    stored = Image.open(io.BytesIO(avatars.files()["avatars/lena_bakes.png"]))
    assert stored.size == (AVATAR_SIZE, AVATAR_SIZE) and stored.format == "PNG"
    assert not {"exif", "icc_profile"} & set(stored.info) and b"SecretCam" not in avatars.files()["avatar.png"]
    assert avatars.metadata() == {"avatar": "avatar.png", "avatars": {
        "lena_bakes": {"file": "avatars/lena_bakes.png", "source": "archive"}}}


def test_archive_folder_and_tweets_js_find_the_profile_media(tmp_path: Path) -> None:
    root = tmp_path / "archive"
    for name, content in archive_members("lena_bakes", jpeg_bytes(colour=GREEN)).items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(content.encode() if isinstance(content, str) else content)
    for path in (root, root / "data", root / "data" / "tweets.js"):
        [account] = fetch_accounts(["lena_bakes"], inputs=[path])
        [found] = collect_avatars([account], [path]).accounts
        assert found.source == "archive" and close(mean_colour(found.image), GREEN)
    media = root / "data" / "profile_media" / "42-hxB9hFTM.jpg"
    media.unlink()
    media.symlink_to(root / "data" / "profile_media" / "42-1596834705.jpg")  # no links followed
    with pytest.raises(AvatarRefused, match="not a regular file"):
        archive_avatar_bytes(root)


def test_archives_without_profile_media_generate(tmp_path: Path) -> None:
    members = archive_members("lena_bakes", None)
    path = write_zip(tmp_path / "no-media.zip", members)
    assert archive_avatar_bytes(path) is None
    del members["data/profile.js"]
    assert archive_avatar_bytes(write_zip(tmp_path / "no-profile.zip", members)) is None
    [account] = fetch_accounts([], inputs=[path])
    [found] = collect_avatars([account], [path]).accounts
    assert (found.source, found.note) == ("generated", "")
    assert found.image.tobytes() == generated_avatar("lena_bakes").tobytes()
    assert avatar_media_name(ytd("profile", [{"profile": {"avatarMediaUrl": "https://x/../.hidden"}}])) is None


def test_a_sample_account_generates_and_downloads_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("no network in the sample path")

    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    [account] = fetch_accounts(["mb_lena_bakes"])
    [found] = collect_avatars([account]).accounts
    assert found.source == "generated" and found.image.tobytes() == generated_avatar("mb_lena_bakes").tobytes()


# -- hostile images -------------------------------------------------------------------------------------------


def truncated_jpeg() -> bytes:
    data = noisy_jpeg()
    return data[: len(data) // 2]


def bmp_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 64), RED).save(buffer, format="BMP")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (png_claiming(100_000, 100_000), "decompression bomb"),
        (png_claiming(3000, 3000), "3000x3000 pixels (at most 4194304)"),
        (png_claiming(8, 8), "8x8 pixels is too small"),
        (truncated_jpeg(), "unreadable image"),
        (b"<!doctype html><html><body>Not found</body></html>", "not a PNG, JPEG, GIF, WEBP image"),
        (bmp_bytes(), "not a PNG, JPEG, GIF, WEBP image"),  # a real image, but no decoder outside the four runs
        (b"", "empty file"),
        (bytes(MAX_IMAGE_BYTES + 1), f"{MAX_IMAGE_BYTES + 1} bytes"),
    ],
    ids=["bomb-100k", "over-pixel-cap", "tiny", "truncated-jpeg", "html", "bmp", "empty", "over-size-cap"],
)
def test_hostile_images_are_refused_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(AvatarRefused, match=reason.replace("(", r"\(").replace(")", r"\)")):
        sanitize_avatar(data)


def test_transparent_palette_and_animated_images_are_flattened() -> None:
    buffer = io.BytesIO()
    rgba = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
    rgba.paste((*BLUE, 255), (0, 0, 64, 32))
    rgba.save(buffer, format="PNG")
    image = sanitize_avatar(buffer.getvalue())
    assert image.getpixel((128, 10)) == BLUE and image.getpixel((128, 245)) == WHITE
    frames = [Image.new("P", (40, 40), i) for i in (1, 2, 3)]
    buffer = io.BytesIO()
    frames[0].save(buffer, format="GIF", save_all=True, append_images=frames[1:])
    assert sanitize_avatar(buffer.getvalue()).size == (AVATAR_SIZE, AVATAR_SIZE)


def test_a_hostile_archive_image_falls_back_to_the_generated_avatar(tmp_path: Path, caplog) -> None:
    path = write_zip(tmp_path / "archive.zip", archive_members("lena_bakes", truncated_jpeg()))
    [account] = fetch_accounts([], inputs=[path])
    with caplog.at_level("WARNING", logger="trainer.avatars"):
        avatars = collect_avatars([account], [path])
    [found] = avatars.accounts
    assert found.source == "generated" and found.image.tobytes() == generated_avatar("lena_bakes").tobytes()
    assert found.note == "the archive's profile image was refused: unreadable image (OSError)"
    assert avatars.metadata()["avatars"]["lena_bakes"]["note"] == found.note
    assert "@lena_bakes: the archive's profile image was refused" in caplog.text
    assert str(tmp_path) not in caplog.text + found.note


@pytest.mark.parametrize("method", [zipfile.ZIP_LZMA, zipfile.ZIP_BZIP2, zipfile.ZIP_DEFLATED])
def test_a_damaged_compressed_profile_image_is_refused_not_a_crash(tmp_path: Path, method: int) -> None:
    """A corrupt LZMA/bzip2/deflate member raises each codec's own error type: every one is a refusal."""
    members = archive_members("lena_bakes", jpeg_bytes((400, 300), RED) * 4)
    path = tmp_path / "damaged.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content, compress_type=method if "profile_media" in name else zipfile.ZIP_STORED)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            if "profile_media" in info.filename:  # scribble over each image's compressed bytes
                start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
                for offset in range(start + 16, start + info.compress_size - 16, 7):
                    data[offset] ^= 0x5A
    path.write_bytes(bytes(data))
    with pytest.raises(AvatarRefused, match="unreadable|cannot read|larger than"):
        archive_avatar_bytes(path)
    [account] = fetch_accounts([], inputs=[path])
    [found] = collect_avatars([account], [path]).accounts
    assert found.source == "generated"


def test_unsafe_archive_names_are_refused(tmp_path: Path) -> None:
    members = archive_members("lena_bakes", jpeg_bytes())
    members["../evil.js"] = "x"
    with pytest.raises(AvatarRefused, match="unsafe file name"):
        archive_avatar_bytes(write_zip(tmp_path / "evil.zip", members))


MEMORY_SCRIPT = """
import json, resource, sys
from pathlib import Path
from trainer.avatars import AvatarRefused, collect_avatars, generated_avatar, png_bytes, sanitize_avatar
from trainer.sources import fetch_accounts

folder = Path(sys.argv[1])
def peak_mib():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
png_bytes(generated_avatar("warm"))
sanitize_avatar((folder / "ok.jpg").read_bytes())  # warm up: decoders loaded, one real image through
before = peak_mib()
reasons = []
for name in ("bomb.png", "cap.png", "truncated.jpg", "html.jpg"):
    try:
        sanitize_avatar((folder / name).read_bytes())
    except AvatarRefused as refused:
        reasons.append(str(refused))
for name in ("huge.zip", "bomb.zip"):
    [account] = fetch_accounts([], inputs=[folder / name])
    [found] = collect_avatars([account], [folder / name]).accounts
    reasons.append(found.source + ": " + found.note)
print(json.dumps({"grew_mib": peak_mib() - before, "reasons": reasons}))
"""


def test_hostile_images_fall_back_with_bounded_memory(tmp_path: Path) -> None:
    """In a fresh process: a 100k x 100k bomb, a truncated JPEG, a web page and a 50 MB member cost no memory."""
    (tmp_path / "ok.jpg").write_bytes(noisy_jpeg())
    (tmp_path / "bomb.png").write_bytes(png_claiming(100_000, 100_000))
    (tmp_path / "cap.png").write_bytes(png_claiming(20_000, 20_000))
    (tmp_path / "truncated.jpg").write_bytes(truncated_jpeg())
    (tmp_path / "html.jpg").write_bytes(b"<html>" * 1000)
    huge = archive_members("lena_bakes", b"\xff\xd8\xff\xe0" + b"\x01" * (50 << 20))  # 50 MB "JPEG", stored
    write_zip(tmp_path / "huge.zip", huge, compression=zipfile.ZIP_STORED)
    write_zip(tmp_path / "bomb.zip", archive_members("lena_bakes", png_claiming(100_000, 100_000)))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-c", MEMORY_SCRIPT, str(tmp_path)], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["reasons"] == [
        "decompression bomb (its header claims too many pixels)",
        "decompression bomb (its header claims too many pixels)",
        "unreadable image (OSError)",
        "not a PNG, JPEG, GIF, WEBP image",
        f"generated: the archive's profile image was refused: 42-hxB9hFTM.jpg is {(50 << 20) + 4} bytes "
        f"(at most {MAX_IMAGE_BYTES})",
        "generated: the archive's profile image was refused: decompression bomb (its header claims too many pixels)",
    ]
    assert result["grew_mib"] < 32, result  # a 50 MB read or a decoded bomb would show here
