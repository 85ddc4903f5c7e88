"""Each account's avatar, kept with its model: ``avatar.png`` and ``avatars/<key>.png`` in the model folder.

Where an account's avatar comes from, first that works (``trainer/avatar_sources.py`` fetches the bytes):

1. the archive's profile media (``data/profile.js`` → ``data/profile_media/<id>-<name>``) for an archive input;
2. the profile image the X/Bluesky/Mastodon API named (``AccountTweets.avatar_url``), downloaded;
3. a generated one: an identicon-style symmetric pattern with colours from a hash of the handle and the handle's
   initial, drawn with rectangles and Pillow's built-in bitmap font only, so the pixels are the same on every
   machine and Pillow version (the PNG bytes are the same wherever zlib is: byte-identical across runs).

Every image from outside is hostile until proven otherwise (``sanitize_avatar``): at most ``MAX_IMAGE_BYTES``,
only PNG/JPEG/GIF/WebP decoders, the pixel count checked from the header before decoding, ``verify()`` then a
fresh decode, EXIF orientation applied, then a new RGB image built from the bare pixels (no EXIF, ICC profile
or text chunks survive), centre-cropped and resized to ``AVATAR_SIZE`` square. A refused image falls back to the
generated avatar with a logged one-line reason, also kept in ``mimicbird.json``; it never fails a training.

A blend's ``avatar.png`` is a composite of its members' avatars (sorted by key, so ``/train @b @a`` and
``/train @a @b`` give the same image), ``AVATAR_SIZE`` square like a single avatar: two members side by side
(the centre strip of each), three as one strip on the left and two squares stacked on the right, more in a grid.
"""

from __future__ import annotations

import colorsys
import hashlib
import io
import json
import logging
import math
import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PIL import Image, ImageDraw, ImageFont, ImageOps, UnidentifiedImageError

from trainer.errors import TrainerError

if TYPE_CHECKING:
    from trainer.avatar_sources import DownloadPolicy
    from trainer.tweets import AccountTweets

log = logging.getLogger(__name__)

AVATAR_SIZE = 256  # every avatar and composite: a square PNG of this size
AVATAR_FILENAME = "avatar.png"  # the model's avatar (a blend's composite) in the model folder
AVATARS_DIR = "avatars"  # one ``<key>.png`` per account
# X and Mastodon take profile images of at most 2 MB (and keep 400x400 copies), Bluesky at most 1 MB.
MAX_IMAGE_BYTES = 2 << 20
MAX_IMAGE_PIXELS = 2048 * 2048  # checked from the header, before decoding (16 MiB as RGBA)
MIN_IMAGE_SIDE = 16
ALLOWED_FORMATS = ("PNG", "JPEG", "GIF", "WEBP")  # what the platforms serve; no other decoder runs
GUTTER = 4  # white pixels between a composite's tiles
GUTTER_COLOUR = (255, 255, 255)
SOURCES = ("archive", "url", "generated")


class AvatarRefused(ValueError):
    """An image that is not used: the message is a one-line reason without paths or secrets."""


def avatar_key(handle: str) -> str:
    """The account's file name stem: the handle lower-cased, any character outside ``[a-z0-9_.-]`` as ``_``."""
    key = re.sub(r"[^a-z0-9_.-]", "_", handle.strip().lstrip("@").lower()).strip(".")
    return key or "_"


# -- generated avatars ----------------------------------------------------------------------------------------


def _colour(hue: float, lightness: float, saturation: float) -> tuple[int, int, int]:
    red, green, blue = colorsys.hls_to_rgb(hue, lightness, saturation)
    return round(red * 255), round(green * 255), round(blue * 255)


def generated_avatar(handle: str) -> Image.Image:
    """A deterministic ``AVATAR_SIZE`` square avatar for ``handle`` (case-insensitive)."""
    key = avatar_key(handle)
    digest = hashlib.sha256(f"mimicbird-avatar:{key}".encode()).digest()
    hue = int.from_bytes(digest[:2], "big") / 65536
    foreground = _colour(hue, 0.42, 0.40 + digest[2] / 255 * 0.35)
    background = _colour(hue, 0.93, 0.50)
    image = Image.new("RGB", (AVATAR_SIZE, AVATAR_SIZE), background)
    draw = ImageDraw.Draw(image)

    cells, cell = 5, 40  # a 5x5 pattern, mirrored left to right, 200 px wide in the middle
    margin = (AVATAR_SIZE - cells * cell) // 2
    bits = int.from_bytes(digest[3:7], "big")
    for row in range(cells):
        for col in range((cells + 1) // 2):
            if bits >> (row * 3 + col) & 1:
                for mirrored in {col, cells - 1 - col}:
                    x, y = margin + mirrored * cell, margin + row * cell
                    draw.rectangle((x, y, x + cell - 1, y + cell - 1), fill=foreground)

    badge, border = 96, 5  # the initial on a white square in the middle
    left = (AVATAR_SIZE - badge) // 2
    draw.rectangle((left, left, left + badge - 1, left + badge - 1), fill=foreground)
    draw.rectangle((left + border, left + border, left + badge - 1 - border, left + badge - 1 - border),
                   fill=(255, 255, 255))
    initial = next((c for c in key.upper() if c.isascii() and c.isalnum()), "?")
    font = ImageFont.load_default_imagefont()  # Pillow's built-in bitmap font: no font file, no FreeType
    x0, y0, x1, y1 = font.getbbox(initial)
    glyph = Image.new("L", (x1 - x0, y1 - y0), 0)
    glyph_draw = ImageDraw.Draw(glyph)
    glyph_draw.fontmode = "1"
    glyph_draw.text((-x0, -y0), initial, fill=255, font=font)
    glyph = glyph.crop(glyph.getbbox() or (0, 0, 1, 1))  # the ink only
    scale = (badge - 2 * border - 20) // max(glyph.size)
    glyph = glyph.resize((glyph.width * scale, glyph.height * scale), Image.Resampling.NEAREST)
    image.paste(foreground, ((AVATAR_SIZE - glyph.width) // 2, (AVATAR_SIZE - glyph.height) // 2), glyph)
    return image


# -- images from outside --------------------------------------------------------------------------------------


def _check_dimensions(size: tuple[int, int], max_pixels: int) -> None:
    width, height = size
    if width * height > max_pixels:
        raise AvatarRefused(f"{width}x{height} pixels (at most {max_pixels})")
    if min(width, height) < MIN_IMAGE_SIDE:
        raise AvatarRefused(f"{width}x{height} pixels is too small")


def _flatten(image: Image.Image) -> Image.Image:
    """RGB; transparent parts become white."""
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(white, rgba).convert("RGB")
    return image.convert("RGB")


def sanitize_avatar(data: bytes, *, max_bytes: int = MAX_IMAGE_BYTES,
                    max_pixels: int = MAX_IMAGE_PIXELS) -> Image.Image:
    """A clean ``AVATAR_SIZE`` square RGB image from untrusted ``data``, or ``AvatarRefused`` saying why."""
    if not data:
        raise AvatarRefused("empty file")
    if len(data) > max_bytes:
        raise AvatarRefused(f"{len(data)} bytes (at most {max_bytes})")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            fitted = _decode_and_fit(data, max_pixels)
    except (AvatarRefused, TrainerError):  # TrainerError: a cancel signal arrived while decoding
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise AvatarRefused("decompression bomb (its header claims too many pixels)") from None
    except UnidentifiedImageError:
        raise AvatarRefused(f"not a {', '.join(ALLOWED_FORMATS)} image") from None
    except Exception as error:  # noqa: BLE001 - hostile input: every decoder error means "not usable"
        raise AvatarRefused(f"unreadable image ({type(error).__name__})") from None
    return Image.frombytes("RGB", fitted.size, fitted.tobytes())  # bare pixels: no metadata survives


def _decode_and_fit(data: bytes, max_pixels: int) -> Image.Image:
    with Image.open(io.BytesIO(data), formats=ALLOWED_FORMATS) as probe:
        _check_dimensions(probe.size, max_pixels)  # from the header, before any pixel is decoded
        probe.verify()
    with Image.open(io.BytesIO(data), formats=ALLOWED_FORMATS) as image:  # verify() used the first one up
        _check_dimensions(image.size, max_pixels)
        if image.format == "JPEG":
            image.draft("RGB", (2 * AVATAR_SIZE, 2 * AVATAR_SIZE))  # decode large JPEGs at a reduced scale
        image.load()  # the first frame of an animation
        upright = ImageOps.exif_transpose(image)
        return ImageOps.fit(_flatten(upright), (AVATAR_SIZE, AVATAR_SIZE), Image.Resampling.LANCZOS)


def png_bytes(image: Image.Image) -> bytes:
    """``image`` as PNG bytes with no metadata chunks."""
    clean = Image.frombytes(image.mode, image.size, image.tobytes())
    buffer = io.BytesIO()
    clean.save(buffer, format="PNG", compress_level=9)
    return buffer.getvalue()


# -- composites for blends ------------------------------------------------------------------------------------


def _centre_strip(image: Image.Image, width: int, height: int) -> Image.Image:
    return ImageOps.fit(image, (width, height), Image.Resampling.LANCZOS)


def composite_avatar(images: Sequence[Image.Image]) -> Image.Image:
    """One ``AVATAR_SIZE`` square image of several avatars, in the order given (see the module docstring)."""
    if not images:
        raise ValueError("a composite needs at least one avatar")
    size = AVATAR_SIZE
    if len(images) == 1:
        return images[0].convert("RGB").resize((size, size), Image.Resampling.LANCZOS)
    canvas = Image.new("RGB", (size, size), GUTTER_COLOUR)
    half = (size - GUTTER) // 2
    if len(images) == 2:
        for index, image in enumerate(images):
            canvas.paste(_centre_strip(image, half, size), (index * (half + GUTTER), 0))
    elif len(images) == 3:
        canvas.paste(_centre_strip(images[0], half, size), (0, 0))
        for index, image in enumerate(images[1:]):
            canvas.paste(_centre_strip(image, half, half), (half + GUTTER, index * (half + GUTTER)))
    else:
        per_row = math.ceil(math.sqrt(len(images)))
        cell = (size - GUTTER * (per_row - 1)) // per_row
        for index, image in enumerate(images):
            row, col = divmod(index, per_row)
            canvas.paste(_centre_strip(image, cell, cell), (col * (cell + GUTTER), row * (cell + GUTTER)))
    return canvas


# -- the avatars of one model ---------------------------------------------------------------------------------


@dataclass
class AccountAvatar:
    handle: str
    image: Image.Image  # AVATAR_SIZE square, RGB, clean
    source: str  # one of SOURCES
    note: str = ""  # why an image that was found is not used (empty when none was refused)

    @property
    def key(self) -> str:
        return avatar_key(self.handle)

    @property
    def file(self) -> str:
        return f"{AVATARS_DIR}/{self.key}.png"


@dataclass
class ModelAvatars:
    """The avatars of a model's accounts, in the model's account order, and the model's own avatar."""

    accounts: list[AccountAvatar] = field(default_factory=list)

    def image(self) -> Image.Image:
        """``avatar.png``: the one account's avatar, or the composite of a blend's (sorted by key)."""
        return composite_avatar([a.image for a in sorted(self.accounts, key=lambda a: a.key)])

    def files(self) -> dict[str, bytes]:
        """Relative path in the model folder → PNG bytes."""
        files = {AVATAR_FILENAME: png_bytes(self.image())}
        files.update({account.file: png_bytes(account.image) for account in self.accounts})
        return files

    def card_images(self) -> list[str]:
        """The per-account files, in account order, for the model card."""
        return [account.file for account in self.accounts]

    def metadata(self) -> dict[str, object]:
        """What ``mimicbird.json`` records: ``avatar`` (the model's file) and ``avatars`` per handle."""
        return {
            "avatar": AVATAR_FILENAME,
            "avatars": {
                a.handle: {"file": a.file, "source": a.source, **({"note": a.note} if a.note else {})}
                for a in self.accounts
            },
        }


def account_avatar(account: AccountTweets, archive: Path | None = None,
                   policy: DownloadPolicy | None = None) -> AccountAvatar:
    """The avatar of one account: its archive's profile media, its API profile image, or a generated one."""
    from trainer.avatar_sources import archive_avatar_bytes, download_avatar, url_label

    notes: list[str] = []
    if archive is not None:
        try:
            data = archive_avatar_bytes(archive)
            if data is not None:
                return AccountAvatar(account.handle, sanitize_avatar(data), "archive")
        except AvatarRefused as refused:
            notes.append(f"the archive's profile image was refused: {refused}")
    url = getattr(account, "avatar_url", None)  # set by the X/Bluesky/Mastodon sources when the API names one
    if isinstance(url, str) and url:
        try:
            image = sanitize_avatar(download_avatar(url, policy))
            if notes:
                log.warning("@%s: %s; using the profile image from %s", account.handle, notes[0], url_label(url))
            return AccountAvatar(account.handle, image, "url", "; ".join(notes))
        except AvatarRefused as refused:
            notes.append(f"the profile image from {url_label(url)} was refused: {refused}")
    note = "; ".join(notes)
    if note:
        log.warning("@%s: %s; using a generated avatar", account.handle, note)
    return AccountAvatar(account.handle, generated_avatar(account.handle), "generated", note)


def collect_avatars(accounts: Sequence[AccountTweets], inputs: Sequence[str | Path] = (),
                    policy: DownloadPolicy | None = None) -> ModelAvatars:
    """The avatars of ``accounts`` as fetched; ``inputs`` pair with accounts in order, as in ``fetch_accounts``.

    Nothing is downloaded unless a source set ``avatar_url``: the sample and plain-file paths generate.
    """
    paths = [Path(p) for p in inputs]
    found = []
    for index, account in enumerate(accounts):
        archive = paths[index] if index < len(paths) and account.source == "archive" else None
        found.append(account_avatar(account, archive, policy))
    return ModelAvatars(found)


# -- for the bot ----------------------------------------------------------------------------------------------


def _inside(folder: Path, name: object) -> Path | None:
    """``folder/name`` when ``name`` is a plain relative path to a ``.png`` regular file inside ``folder``."""
    if (not isinstance(name, str) or not name.endswith(".png") or name.startswith(("/", "\\"))
            or ".." in Path(name).parts):
        return None
    path = folder / name
    try:
        resolved, root = path.resolve(strict=True), folder.resolve(strict=True)
    except OSError:
        return None
    if root not in resolved.parents or not resolved.is_file() or resolved.stat().st_size > MAX_IMAGE_BYTES:
        return None
    return resolved


def model_avatar_file(model_dir: Path, handle: str | None = None) -> Path | None:
    """The model's ``avatar.png`` (or one account's with ``handle``) as recorded in ``mimicbird.json``.

    None for models trained before avatars were kept, or when the record does not name a file inside the folder.
    """
    folder = Path(model_dir)
    try:
        meta = json.loads((folder / "mimicbird.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(meta, dict):
        return None
    if handle is None:
        return _inside(folder, meta.get("avatar"))
    avatars = meta.get("avatars") if isinstance(meta.get("avatars"), dict) else {}
    entry = next((v for k, v in avatars.items() if str(k).lower() == handle.lower()), None)
    return _inside(folder, entry.get("file")) if isinstance(entry, dict) else None


def persona_avatar_png(model_dir: Path, handles: Sequence[str]) -> bytes:
    """The PNG bytes a persona shows: the model folder's avatar, or (older models) generated from ``handles``."""
    recorded = model_avatar_file(model_dir)
    if recorded is not None:
        return recorded.read_bytes()
    return png_bytes(composite_avatar([generated_avatar(h) for h in sorted(handles, key=avatar_key)]))
