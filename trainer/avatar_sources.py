"""Where an account's avatar bytes come from: an archive's profile media, or a profile image URL.

Both return untrusted bytes for ``trainer.avatars.sanitize_avatar`` and raise ``AvatarRefused`` (a one-line
reason) when an image exists but cannot be taken safely.

* Archives: ``data/profile.js`` (``window.YTD.profile.part0 = [{"profile": {"avatarMediaUrl": ...}}]``) names
  the image; the archive keeps it as ``data/profile_media/<account id>-<file name of that URL>``. A zip is read
  through the archive reader's ``ZipMembers`` (central directory counted before parsing, member count, unsafe
  names refused) plus tighter caps for these two members (size from the header and again while reading,
  compression ratio). Any codec error of a damaged member is a refusal, never a crash. An archive folder is
  read without following symbolic links.
* URLs: http(s) only, no credentials in the URL, at most ``max_redirects`` redirects, each hop checked again
  (scheme, and that the host resolves only to public addresses unless ``allow_private``; checked before the
  connection, so a DNS answer that changes in between is not caught), one deadline for the
  whole download, reads of at most one ``recv`` each so a trickling server cannot stretch it, an image
  ``Content-Type``, and at most ``max_bytes`` (from ``Content-Length`` and again while reading).
"""

from __future__ import annotations

import ipaddress
import lzma
import re
import socket
import time
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import urljoin, urlsplit

import requests
import urllib3

from trainer.avatars import MAX_IMAGE_BYTES, AvatarRefused
from trainer.errors import TrainerError
from trainer.sources.archive import DEFAULT_LIMITS, ArchiveLimits, parse_ytd
from trainer.sources.archive_io import ZipMembers

PROFILE_FILE = "profile.js"
PROFILE_MEDIA_DIR = "profile_media"
MAX_PROFILE_JS_BYTES = 1 << 20
MAX_RATIO = 100  # uncompressed / compressed, as the archive reader allows
IMAGE_TYPES = ("image/png", "image/jpeg", "image/gif", "image/webp")
_MEDIA_NAME = re.compile(r"^[A-Za-z0-9_.-]{1,200}$")
READ_CHUNK = 64 << 10


# -- archives -------------------------------------------------------------------------------------------------


def avatar_media_name(profile_js: str) -> str | None:
    """The file name of ``avatarMediaUrl`` in a ``profile.js`` text (None when it names no usable image)."""
    try:
        items = parse_ytd(profile_js, PROFILE_FILE)
    except TrainerError as error:
        raise AvatarRefused(str(error)) from None
    for item in items:
        profile = item.get("profile") if isinstance(item, dict) else None
        url = profile.get("avatarMediaUrl") if isinstance(profile, dict) else None
        if isinstance(url, str) and url:
            name = PurePosixPath(urlsplit(url).path).name
            return name if _MEDIA_NAME.match(name) and not name.startswith(".") else None
    return None


def _is_avatar_file(name: str, media_name: str) -> bool:
    return name == media_name or name.endswith("-" + media_name)


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int) -> bytes:
    if info.file_size > cap:
        raise AvatarRefused(f"{PurePosixPath(info.filename).name} is {info.file_size} bytes (at most {cap})")
    if info.file_size > 1 << 16 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        raise AvatarRefused(f"{PurePosixPath(info.filename).name} is compressed suspiciously well")
    chunks, size = [], 0
    with archive.open(info) as member:
        while chunk := member.read(READ_CHUNK):
            size += len(chunk)
            if size > cap:
                raise AvatarRefused(f"{PurePosixPath(info.filename).name} is larger than its header says")
            chunks.append(chunk)
    return b"".join(chunks)


def _zip_avatar(path: Path, limits: ArchiveLimits, max_bytes: int) -> bytes | None:
    try:
        members = ZipMembers(path, limits, path.name)
    except TrainerError as error:  # the archive reader's limits: counted directory, members, unsafe names
        raise AvatarRefused(str(error)) from None
    with members:
        files = [i for i in members.infos if not i.is_dir()]
        profile = next((i for i in files if PurePosixPath(i.filename).name == PROFILE_FILE), None)
        if profile is None:
            return None
        text = _read_member(members.zip, profile, MAX_PROFILE_JS_BYTES).decode("utf-8-sig", errors="replace")
        media_name = avatar_media_name(text)
        if media_name is None:
            return None
        image = next((i for i in files if PurePosixPath(i.filename).parent.name == PROFILE_MEDIA_DIR
                      and _is_avatar_file(PurePosixPath(i.filename).name, media_name)), None)
        return _read_member(members.zip, image, max_bytes) if image is not None else None


def _read_regular_file(path: Path, cap: int) -> bytes:
    if path.is_symlink() or not path.is_file():
        raise AvatarRefused(f"{path.name} is not a regular file")
    with path.open("rb") as file:
        data = file.read(cap + 1)
    if len(data) > cap:
        raise AvatarRefused(f"{path.name} is larger than {cap} bytes")
    return data


def _folder_avatar(data_dir: Path, max_bytes: int) -> bytes | None:
    profile = data_dir / PROFILE_FILE
    if not profile.exists():
        return None
    media_name = avatar_media_name(_read_regular_file(profile, MAX_PROFILE_JS_BYTES).decode("utf-8-sig", "replace"))
    media_dir = data_dir / PROFILE_MEDIA_DIR
    if media_name is None or media_dir.is_symlink() or not media_dir.is_dir():
        return None
    image = next((p for p in sorted(media_dir.iterdir()) if _is_avatar_file(p.name, media_name)), None)
    return _read_regular_file(image, max_bytes) if image is not None else None


def archive_avatar_bytes(path: Path, limits: ArchiveLimits = DEFAULT_LIMITS,
                         max_bytes: int = MAX_IMAGE_BYTES) -> bytes | None:
    """The profile image of an archive ``.zip``, folder or ``data/tweets.js``; None when it has none."""
    path = Path(path)
    try:
        if path.is_file() and zipfile.is_zipfile(path):
            return _zip_avatar(path, limits, max_bytes)
        if path.is_dir():
            return _folder_avatar(path / "data" if (path / "data").is_dir() else path, max_bytes)
        return _folder_avatar(path.parent, max_bytes)
    except AvatarRefused:
        raise
    except (zipfile.BadZipFile, zlib.error, lzma.LZMAError, EOFError, RuntimeError, NotImplementedError,
            ValueError) as error:
        raise AvatarRefused(f"unreadable archive member ({type(error).__name__})") from None
    except OSError as error:
        raise AvatarRefused(f"cannot read the profile image ({error.strerror or type(error).__name__})") from None


# -- URLs -----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DownloadPolicy:
    timeout_s: float = 10.0  # the whole download, redirects included
    max_bytes: int = MAX_IMAGE_BYTES
    max_redirects: int = 3
    allow_private: bool = False  # loopback/private/link-local targets (only tests serve avatars there)


DEFAULT_POLICY = DownloadPolicy()


def url_label(url: str) -> str:
    """What a log line may say about a URL: its host (never the path or query, which may carry tokens)."""
    try:
        return urlsplit(url).hostname or "an invalid URL"
    except ValueError:
        return "an invalid URL"


def larger_variant(url: str) -> str:
    """X serves ``..._normal.jpg`` (48x48) as the profile image; ``..._400x400.jpg`` is the same picture larger."""
    parts = urlsplit(url)
    if parts.hostname == "pbs.twimg.com" and "_normal." in parts.path:
        return parts._replace(path=parts.path.replace("_normal.", "_400x400.")).geturl()
    return url


def _check_target(url: str, policy: DownloadPolicy) -> None:
    try:
        parts = urlsplit(url)
        host, port = parts.hostname, parts.port
    except ValueError:
        raise AvatarRefused("not a valid URL") from None
    if parts.scheme not in ("http", "https"):
        raise AvatarRefused(f"not an http(s) URL ({parts.scheme or 'no'} scheme)")
    if not host or parts.username is not None or parts.password is not None or len(url) > 2048:
        raise AvatarRefused("not a plain http(s) URL")
    if policy.allow_private:
        return
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(host, port or 443, type=socket.SOCK_STREAM)}
    except (OSError, UnicodeError):
        raise AvatarRefused(f"cannot resolve {host}") from None
    for address in addresses:
        if not ipaddress.ip_address(address.split("%", 1)[0]).is_global:
            raise AvatarRefused(f"{host} is not a public address")


def download_avatar(url: str, policy: DownloadPolicy | None = None) -> bytes:
    """The bytes of the image at ``url`` within ``policy``, or ``AvatarRefused`` saying why not."""
    policy = policy or DEFAULT_POLICY
    deadline = time.monotonic() + policy.timeout_s
    url = larger_variant(url)
    headers = {"Accept": ", ".join(IMAGE_TYPES), "Accept-Encoding": "identity", "User-Agent": "mimicbird"}
    with requests.Session() as session:
        for _hop in range(policy.max_redirects + 1):
            _check_target(url, policy)
            left = deadline - time.monotonic()
            if left <= 0:
                raise AvatarRefused(f"timed out after {policy.timeout_s:g} s")
            try:
                response = session.get(url, headers=headers, stream=True, allow_redirects=False, timeout=left)
            except requests.Timeout:
                raise AvatarRefused(f"timed out after {policy.timeout_s:g} s") from None
            except requests.RequestException as error:
                raise AvatarRefused(f"cannot download it ({type(error).__name__})") from None
            with response:
                if response.is_redirect:
                    url = urljoin(url, response.headers["location"])
                    continue
                return _read_image_body(response, policy, deadline)
    raise AvatarRefused(f"more than {policy.max_redirects} redirects")


def _read_image_body(response: requests.Response, policy: DownloadPolicy, deadline: float) -> bytes:
    if response.status_code != 200:
        raise AvatarRefused(f"HTTP {response.status_code}")
    headers = response.headers
    content_type = headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if content_type not in IMAGE_TYPES:
        raise AvatarRefused(f"its content type is {content_type[:40] or 'missing'!r}, not an image")
    length = headers.get("content-length", "")
    if length.isdigit() and int(length) > policy.max_bytes:
        raise AvatarRefused(f"{length} bytes (at most {policy.max_bytes})")
    chunks, size = [], 0
    try:
        while chunk := response.raw.read1(READ_CHUNK):  # at most one recv each: the deadline is checked between them
            size += len(chunk)
            if size > policy.max_bytes:
                raise AvatarRefused(f"more than {policy.max_bytes} bytes")
            if time.monotonic() > deadline:
                raise AvatarRefused(f"timed out after {policy.timeout_s:g} s")
            chunks.append(chunk)
    except AvatarRefused:
        raise
    except (urllib3.exceptions.TimeoutError, TimeoutError):
        raise AvatarRefused(f"timed out after {policy.timeout_s:g} s") from None
    except (urllib3.exceptions.HTTPError, requests.RequestException, OSError, ValueError) as error:
        raise AvatarRefused(f"broken download ({type(error).__name__})") from None
    return b"".join(chunks)
