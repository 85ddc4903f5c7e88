"""Files attached to ``/train``: saved under ``uploads_dir`` by content hash until their job has run.

The queue deletes a job's upload when the job ends; ``discard`` removes one that no job took (a refusal after
saving, or a request that joined an existing job).
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import uuid
from pathlib import Path

from bot.core.access import Refused
from bot.core.responses import Upload
from bot.settings import Settings
from bot.store import Store


class Uploads:
    def __init__(self, settings: Settings, store: Store) -> None:
        self.settings = settings
        self.store = store

    def save(self, upload: Upload) -> tuple[Path, str]:
        """Write the upload (once per content) and return its path and sha256; Refused when empty or too big."""
        data = upload.data
        limit = self.settings.max_upload_bytes
        if len(data) > limit:
            raise Refused(f"That file is {_size(len(data))}; the limit is {_size(limit)}.")
        if not data:
            raise Refused("That file is empty.")
        digest = hashlib.sha256(data).hexdigest()
        name = re.sub(r"[^A-Za-z0-9._-]", "_", Path(upload.filename or "upload").name).lstrip(".")[-80:] or "upload"
        folder = self.settings.uploads_dir
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{digest[:16]}-{name}"
        if not path.exists():
            tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:6]}")
            tmp.write_bytes(data)
            tmp.replace(path)
        return path, digest

    def discard(self, path: Path | None) -> None:
        """Remove a saved upload that no queued or running job uses."""
        if path is None or any(j.input_path == str(path) for j in self.store.jobs(("queued", "running"))):
            return
        with contextlib.suppress(OSError):
            path.unlink()


def _size(n: float) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n} bytes"


__all__ = ["Uploads"]
