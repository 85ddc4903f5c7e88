"""What the JSON fakes share: a threaded HTTP server on 127.0.0.1, recorded requests, queued errors.

A fake subclasses ``JsonFake`` and implements ``route(request) -> (status, payload, headers)``; a ``bytes``
payload is sent as it is (an image: ``avatar_png``), anything else as JSON. Tests point a
real client at ``fake.base_url``, queue errors with ``fail_next`` (any status, payload and headers, for the
next request whose path starts with a prefix), and read ``fake.requests`` (the Authorization header is kept
only as its scheme, never the credential). Works from sync tests (``with``) and async ones (``async with``).
"""

from __future__ import annotations

import functools
import io
import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self
from urllib.parse import parse_qs, urlsplit

Reply = tuple[int, Any, dict[str, str]]


@functools.cache
def avatar_png(seed: str = "") -> bytes:
    """A small PNG (a colour from ``seed``), what the fakes serve as profile pictures."""
    from PIL import Image

    colour = tuple(ord(c) % 200 + 30 for c in (seed + "abc")[:3])
    out = io.BytesIO()
    Image.new("RGB", (64, 64), colour).save(out, format="PNG")
    return out.getvalue()


@dataclass
class RecordedRequest:
    method: str
    path: str
    query: dict[str, str]  # the last value of each parameter
    headers: dict[str, str]  # without Authorization
    auth_scheme: str | None  # "Bearer", "Basic" or None; the credential itself is not kept
    body: Any = None  # parsed JSON, a form as a dict, or None
    credential: str | None = field(default=None, repr=False)  # for the fake's own checks only


@dataclass
class _Queued:
    path_prefix: str
    status: int
    payload: Any
    headers: dict[str, str]


class JsonFake:
    """Base of a fake JSON API server; subclasses implement ``route``."""

    thread_name = "fake-json-api"

    def __init__(self) -> None:
        self.requests: list[RecordedRequest] = []
        self._queued: list[_Queued] = []
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None

    # -- what subclasses implement ------------------------------------------------------------------------
    def route(self, request: RecordedRequest) -> Reply:  # pragma: no cover - interface
        raise NotImplementedError

    # -- errors and records ---------------------------------------------------------------------------------
    def fail_next(
        self, status: int, payload: Any, headers: dict[str, str] | None = None, path_prefix: str = "/"
    ) -> None:
        """The next request under ``path_prefix`` gets this answer instead of its own."""
        with self._lock:
            self._queued.append(_Queued(path_prefix, status, payload, dict(headers or {})))

    def requests_to(self, path_prefix: str) -> list[RecordedRequest]:
        return [r for r in self.requests if r.path.startswith(path_prefix)]

    # -- life cycle ---------------------------------------------------------------------------------------
    @property
    def base_url(self) -> str:
        assert self._server is not None, "start the fake first"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> Self:
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _make_handler(self))
        self._server.daemon_threads = True
        thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=self.thread_name,
            daemon=True,
        )
        thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    async def __aenter__(self) -> Self:
        return self.start()

    async def __aexit__(self, *exc: object) -> None:
        self.stop()

    def _answer(self, request: RecordedRequest) -> Reply:
        with self._lock:
            self.requests.append(request)
            for queued in self._queued:
                if request.path.startswith(queued.path_prefix):
                    self._queued.remove(queued)
                    return queued.status, queued.payload, queued.headers
        return self.route(request)


def _parse_body(raw: bytes, content_type: str) -> Any:
    if not raw:
        return None
    if "application/x-www-form-urlencoded" in content_type:
        return {k: v[-1] for k, v in parse_qs(raw.decode("utf-8", "replace"), keep_blank_values=True).items()}
    try:
        return json.loads(raw)
    except ValueError:
        return None


def _make_handler(fake: JsonFake) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _serve(self, method: str) -> None:
            url = urlsplit(self.path)
            query = {k: v[-1] for k, v in parse_qs(url.query, keep_blank_values=True).items()}
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            auth = self.headers.get("Authorization")
            scheme, _, credential = (auth or "").partition(" ")
            request = RecordedRequest(
                method=method,
                path=url.path,
                query=query,
                headers={k: v for k, v in self.headers.items() if k.lower() != "authorization"},
                auth_scheme=scheme or None,
                body=_parse_body(raw, self.headers.get("Content-Type") or ""),
                credential=credential or None,
            )
            status, payload, extra = fake._answer(request)
            if isinstance(payload, bytes):
                data, kind = payload, "image/png"
            else:
                data, kind = (
                    b"" if payload is None else json.dumps(payload).encode(),
                    "application/json; charset=utf-8",
                )
            self.send_response(status)
            if payload is not None and "Content-Type" not in extra:
                self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(data)))
            for name, value in extra.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            self._serve("GET")

        def do_POST(self) -> None:  # noqa: N802
            self._serve("POST")

        def do_PUT(self) -> None:  # noqa: N802
            self._serve("PUT")

        def do_DELETE(self) -> None:  # noqa: N802
            self._serve("DELETE")

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - silence the default stderr log
            pass

    return Handler
