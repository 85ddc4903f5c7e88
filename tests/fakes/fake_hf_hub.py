"""A fake Hugging Face Hub on 127.0.0.1 that answers the calls ``huggingface_hub`` makes to publish a model.

Implemented (shapes as the real Hub answers them, for huggingface_hub 1.x/2.x):

* ``GET  /api/whoami-v2``                                   the token's user
* ``POST /api/repos/create``                                create a repo (409 with its url when it exists)
* ``POST /api/validate-yaml``                               README.md front matter check
* ``POST /api/models/{repo}/preupload/{revision}``          upload mode per file: ``lfs`` for weights, else ``regular``
* ``POST /{repo}.git/info/lfs/objects/batch``               LFS batch API (basic transfer + verify)
* ``PUT  /_lfs/upload/{oid}`` and ``POST /_lfs/verify``     the LFS object store the batch actions point to
* ``POST /api/models/{repo}/commit/{revision}``             NDJSON commit: base64 ``file`` lines and ``lfsFile`` lines

Every request is recorded (method, path, headers). Requests without a known bearer token get 401.
``fail_next(path_part, status, message)`` makes the next matching request fail with the Hub's error JSON.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import yaml

LFS_SUFFIXES = (".safetensors", ".bin", ".pt", ".pth", ".gguf", ".h5", ".onnx", ".msgpack")


@dataclass
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]  # lower-case names


@dataclass
class FakeRepo:
    repo_id: str
    private: bool
    files: dict[str, bytes] = field(default_factory=dict)
    commits: list[dict] = field(default_factory=list)


class FakeHfHub:
    """Run with ``with FakeHfHub(tokens={"hf_x": "alice"}) as hub:``; point the client at ``hub.endpoint``."""

    def __init__(self, tokens: dict[str, str] | None = None) -> None:
        self.tokens = tokens if tokens is not None else {"hf_fake_token": "fake-user"}
        self.requests: list[RecordedRequest] = []
        self.repos: dict[str, FakeRepo] = {}
        self.lfs_objects: dict[str, bytes] = {}
        self._failures: list[tuple[str, int, str]] = []
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)

    @property
    def endpoint(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def fail_next(self, path_part: str, status: int, message: str) -> None:
        """The next request whose path contains ``path_part`` answers ``status`` with ``{"error": message}``."""
        self._failures.append((path_part, status, message))

    def __enter__(self) -> FakeHfHub:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    # -- request handling -------------------------------------------------------------------------------

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        hub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:  # keep test output quiet
                pass

            def do_GET(self) -> None:
                hub._dispatch(self, "GET")

            def do_POST(self) -> None:
                hub._dispatch(self, "POST")

            def do_PUT(self) -> None:
                hub._dispatch(self, "PUT")

        return Handler

    @staticmethod
    def _read_body(handler: BaseHTTPRequestHandler) -> bytes:
        if handler.headers.get("Transfer-Encoding", "").lower() == "chunked":
            chunks = []
            while True:
                size = int(handler.rfile.readline().split(b";")[0].strip(), 16)
                if size == 0:
                    while handler.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    return b"".join(chunks)
                chunks.append(handler.rfile.read(size))
                handler.rfile.readline()
        length = int(handler.headers.get("Content-Length") or 0)
        return handler.rfile.read(length) if length else b""

    @staticmethod
    def _send(
        handler: BaseHTTPRequestHandler, status: int, payload: object, content_type: str = "application/json"
    ):
        body = json.dumps(payload).encode()
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    def _user(self, handler: BaseHTTPRequestHandler) -> str | None:
        auth = handler.headers.get("Authorization", "")
        return self.tokens.get(auth[7:]) if auth.startswith("Bearer ") else None

    def _dispatch(self, handler: BaseHTTPRequestHandler, method: str) -> None:
        path = handler.path.split("?", 1)[0]
        body = self._read_body(handler)
        with self._lock:
            self.requests.append(
                RecordedRequest(method, handler.path, {k.lower(): v for k, v in handler.headers.items()})
            )
            failure = next((f for f in self._failures if f[0] in path), None)
            if failure:
                self._failures.remove(failure)
        if failure:
            return self._send(handler, failure[1], {"error": failure[2]})
        if path.startswith("/_lfs/"):  # presigned storage URLs: no Hub token needed
            return self._lfs_storage(handler, method, path, body)
        user = self._user(handler)
        if user is None:
            return self._send(handler, 401, {"error": "Invalid credentials in Authorization header"})
        try:
            self._route(handler, method, path, body, user)
        except (ValueError, KeyError) as exc:
            self._send(handler, 400, {"error": f"bad request: {exc}"})

    def _route(self, handler, method: str, path: str, body: bytes, user: str) -> None:
        if method == "GET" and path == "/api/whoami-v2":
            return self._send(handler, 200, {"type": "user", "name": user, "auth": {"type": "access_token"}})
        if method == "POST" and path == "/api/repos/create":
            return self._create_repo(handler, json.loads(body), user)
        if method == "POST" and path == "/api/validate-yaml":
            return self._validate_yaml(handler, json.loads(body))
        if match := re.fullmatch(r"/api/models/([^/]+/[^/]+)/(preupload|commit)/([^/]+)", path):
            repo = self.repos.get(match.group(1))
            if repo is None:
                return self._send(handler, 404, {"error": "Repository not found"})
            if match.group(2) == "preupload":
                return self._preupload(handler, json.loads(body))
            return self._commit(handler, repo, body)
        if match := re.fullmatch(r"/([^/]+/[^/]+)\.git/info/lfs/objects/batch", path):
            if match.group(1) not in self.repos:
                return self._send(handler, 404, {"error": "Repository not found"})
            return self._lfs_batch(handler, json.loads(body))
        return self._send(handler, 404, {"error": f"no route for {method} {path}"})

    def _create_repo(self, handler, payload: dict, user: str) -> None:
        namespace = payload.get("organization") or user
        repo_id = f"{namespace}/{payload['name']}"
        url = f"{self.endpoint}/{repo_id}"
        if repo_id in self.repos:
            return self._send(handler, 409, {"error": "You already created this model repo", "url": url})
        self.repos[repo_id] = FakeRepo(repo_id, private=payload.get("visibility") == "private")
        return self._send(
            handler, 200, {"url": url, "name": repo_id, "id": hashlib.sha1(url.encode()).hexdigest()}
        )

    def _validate_yaml(self, handler, payload: dict) -> None:
        content = payload.get("content", "")
        if content.startswith("---"):
            try:
                yaml.safe_load(content.split("---", 2)[1])
            except yaml.YAMLError as exc:
                return self._send(handler, 400, {"errors": [{"message": f"invalid YAML: {exc}"}]})
        return self._send(handler, 200, {"errors": [], "warnings": []})

    def _preupload(self, handler, payload: dict) -> None:
        files = [
            {
                "path": item["path"],
                "uploadMode": "lfs"
                if item["path"].endswith(LFS_SUFFIXES) or item["size"] > 10_000_000
                else "regular",
                "shouldIgnore": False,
                "oid": None,
            }
            for item in payload["files"]
        ]
        return self._send(handler, 200, {"files": files, "commitOid": "0" * 40})

    def _lfs_batch(self, handler, payload: dict) -> None:
        objects = []
        for obj in payload["objects"]:
            oid, size = obj["oid"], obj["size"]
            entry: dict = {"oid": oid, "size": size, "authenticated": True}
            if oid not in self.lfs_objects:
                entry["actions"] = {
                    "upload": {"href": f"{self.endpoint}/_lfs/upload/{oid}"},
                    "verify": {"href": f"{self.endpoint}/_lfs/verify"},
                }
            objects.append(entry)
        return self._send(
            handler, 200, {"transfer": "basic", "objects": objects}, "application/vnd.git-lfs+json"
        )

    def _lfs_storage(self, handler, method: str, path: str, body: bytes) -> None:
        if method == "PUT" and (match := re.fullmatch(r"/_lfs/upload/([0-9a-f]{64})", path)):
            if hashlib.sha256(body).hexdigest() != match.group(1):
                return self._send(handler, 400, {"error": "sha256 mismatch"})
            self.lfs_objects[match.group(1)] = body
            return self._send(handler, 200, {})
        if method == "POST" and path == "/_lfs/verify":
            payload = json.loads(body)
            stored = self.lfs_objects.get(payload["oid"])
            if stored is None or len(stored) != payload["size"]:
                return self._send(handler, 404, {"error": "object not uploaded"})
            return self._send(handler, 200, {})
        return self._send(handler, 404, {"error": "no such storage route"})

    def _commit(self, handler, repo: FakeRepo, body: bytes) -> None:
        lines = [json.loads(line) for line in body.splitlines() if line.strip()]
        if not lines or lines[0].get("key") != "header":
            return self._send(handler, 400, {"error": "the commit payload must start with a header line"})
        files: dict[str, bytes] = {}
        for line in lines[1:]:
            value = line["value"]
            if line["key"] == "file":
                files[value["path"]] = base64.b64decode(value["content"])
            elif line["key"] == "lfsFile":
                if value["oid"] not in self.lfs_objects:
                    return self._send(
                        handler, 400, {"error": f"LFS object for {value['path']} was not uploaded"}
                    )
                files[value["path"]] = self.lfs_objects[value["oid"]]
            else:
                return self._send(handler, 400, {"error": f"unsupported operation {line['key']}"})
        repo.files.update(files)
        oid = hashlib.sha1(body).hexdigest()
        repo.commits.append({"oid": oid, "summary": lines[0]["value"]["summary"], "files": sorted(files)})
        return self._send(
            handler,
            200,
            {
                "commitUrl": f"{self.endpoint}/{repo.repo_id}/commit/{oid}",
                "commitOid": oid,
                "pullRequestUrl": None,
            },
        )
