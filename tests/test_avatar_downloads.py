"""Profile image downloads (the real ``requests`` client) against a small image host on 127.0.0.1."""

from __future__ import annotations

import io
import threading
import time
import tracemalloc
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from PIL import Image

from trainer.avatar_sources import DownloadPolicy, download_avatar, larger_variant, url_label
from trainer.avatars import MAX_IMAGE_BYTES, AvatarRefused, collect_avatars, generated_avatar
from trainer.tweets import AccountTweets

LOCAL = DownloadPolicy(timeout_s=2.0, allow_private=True)  # the image host is on 127.0.0.1


def png(colour: tuple[int, int, int] = (30, 140, 60), size: tuple[int, int] = (120, 120)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, format="PNG")
    return buffer.getvalue()


class ImageHost:
    """Routes: /ok.png, /ok.jpg (wrongly typed text/html), /big (50 MB, no length), /big-declared,
    /trickle (a byte every 0.2 s), /hang (headers, then nothing), /redirect?to=URL, /loop, anything else 404."""

    def __init__(self) -> None:
        self.paths: list[str] = []
        self.stop = threading.Event()
        host = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"  # bodies without Content-Length end when the connection closes

            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                host.paths.append(self.path)
                route, _, query = self.path.partition("?")
                if route == "/ok.png":
                    self._send(200, "image/png", png())
                elif route == "/ok.jpg":
                    self._send(200, "text/html; charset=utf-8", b"<html>sign in</html>")
                elif route in ("/big", "/big-declared"):
                    self.send_response(200)
                    self.send_header("Content-Type", "image/png")
                    if route == "/big-declared":
                        self.send_header("Content-Length", str(50 << 20))
                    self.end_headers()
                    block = b"\x01" * (1 << 20)
                    try:
                        for _ in range(50):
                            self.wfile.write(block)
                    except OSError:
                        pass
                elif route in ("/trickle", "/hang"):
                    self.send_response(200)
                    self.send_header("Content-Type", "image/png")
                    self.end_headers()
                    self.wfile.flush()
                    while not host.stop.wait(0.2):
                        if route == "/trickle":
                            try:
                                self.wfile.write(b"\x89")
                                self.wfile.flush()
                            except OSError:
                                return
                elif route == "/redirect":
                    self.send_response(302)
                    self.send_header("Location", query.removeprefix("to="))
                    self.end_headers()
                elif route == "/loop":
                    self.send_response(302)
                    self.send_header("Location", "/loop")
                    self.end_headers()
                else:
                    self._send(404, "text/plain", b"not found")

            def _send(self, status: int, content_type: str, body: bytes) -> None:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"


@pytest.fixture
def host() -> Iterator[ImageHost]:
    fake = ImageHost()
    fake.thread.start()
    yield fake
    fake.stop.set()
    fake.server.shutdown()
    fake.server.server_close()


def test_an_image_downloads(host: ImageHost) -> None:
    assert download_avatar(f"{host.url}/ok.png", LOCAL) == png()
    assert download_avatar(f"{host.url}/redirect?to=/ok.png", LOCAL) == png()
    assert host.paths == ["/ok.png", "/redirect?to=/ok.png", "/ok.png"]


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/ok.jpg", "its content type is 'text/html', not an image"),
        ("/missing.png", "HTTP 404"),
        ("/big-declared", f"{50 << 20} bytes \\(at most {MAX_IMAGE_BYTES}\\)"),
        ("/big", f"more than {MAX_IMAGE_BYTES} bytes"),
        ("/loop", "more than 3 redirects"),
        ("/redirect?to=file:///etc/passwd", "not an http\\(s\\) URL \\(file scheme\\)"),
        ("/redirect?to=ftp://127.0.0.1/a.png", "not an http\\(s\\) URL \\(ftp scheme\\)"),
    ],
)
def test_bad_answers_are_refused(host: ImageHost, path: str, reason: str) -> None:
    with pytest.raises(AvatarRefused, match=reason):
        download_avatar(host.url + path, LOCAL)


@pytest.mark.timeout(30)  # reads of a whole chunk at a time would wait here for ever
@pytest.mark.parametrize("path", ["/trickle", "/hang"])
def test_one_deadline_for_the_whole_download(host: ImageHost, path: str) -> None:
    started = time.monotonic()
    with pytest.raises(AvatarRefused, match="timed out after 1 s"):
        download_avatar(host.url + path, DownloadPolicy(timeout_s=1.0, allow_private=True))
    assert time.monotonic() - started < 4.0  # a trickle of one byte per 0.2 s would otherwise last for ever


def test_a_huge_body_is_read_with_bounded_memory(host: ImageHost) -> None:
    tracemalloc.start()
    try:
        with pytest.raises(AvatarRefused, match="more than"):
            download_avatar(f"{host.url}/big", LOCAL)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 2 * MAX_IMAGE_BYTES + (4 << 20), peak  # 50 MB were on offer


def test_private_addresses_credentials_and_other_schemes_are_refused(host: ImageHost) -> None:
    with pytest.raises(AvatarRefused, match="127.0.0.1 is not a public address"):
        download_avatar(f"{host.url}/ok.png")  # the default policy: public addresses only
    with pytest.raises(AvatarRefused, match="localhost is not a public address"):
        download_avatar(host.url.replace("127.0.0.1", "localhost") + "/ok.png")
    with pytest.raises(AvatarRefused, match="not a plain http"):
        download_avatar(host.url.replace("http://", "http://user:secret@") + "/ok.png", LOCAL)
    for url in ("file:///etc/passwd", "javascript:alert(1)", "gopher://127.0.0.1/x", "http:///nohost.png"):
        with pytest.raises(AvatarRefused):
            download_avatar(url, LOCAL)
    assert host.paths == []  # none of these reached the host


def test_an_accounts_profile_image_becomes_its_avatar_and_a_bad_one_falls_back(host: ImageHost) -> None:
    good = AccountTweets("lena_bakes", "Lena", source="x-api")
    good.avatar_url = f"{host.url}/ok.png"  # what the X/Bluesky/Mastodon sources set
    bad = AccountTweets("astro_ivo", "Ivo", source="x-api")
    bad.avatar_url = f"{host.url}/ok.jpg?token=SECRET123"
    avatars = collect_avatars([good, bad], policy=LOCAL)
    lena, ivo = avatars.accounts
    assert lena.source == "url" and lena.image.getpixel((128, 128)) == (30, 140, 60)
    assert ivo.source == "generated" and ivo.image.tobytes() == generated_avatar("astro_ivo").tobytes()
    assert ivo.note == "the profile image from 127.0.0.1 was refused: its content type is 'text/html', not an image"
    assert "SECRET123" not in str(avatars.metadata())


def test_x_profile_images_are_fetched_in_the_larger_size() -> None:
    assert larger_variant("https://pbs.twimg.com/profile_images/1/abc_normal.jpg") == \
        "https://pbs.twimg.com/profile_images/1/abc_400x400.jpg"
    assert larger_variant("https://cdn.example/abc_normal.jpg") == "https://cdn.example/abc_normal.jpg"
    assert url_label("https://user:pw@cdn.example/a.png?sig=1") == "cdn.example"
