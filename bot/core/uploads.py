"""Files attached to ``/train``: saved under ``uploads_dir`` by content hash until their job has run.

Only the types the trainer reads are taken (a Twitter archive ``.zip``, ``tweets.js``, JSON Lines, JSON or
CSV: ``trainer.sources.INPUT_SUFFIXES``), judged by the name's last suffix, before anything is saved or
queued; ``.env``, ``.txt``, no suffix or ``x.zip.exe`` are refused. The saved name is
``<sha256 prefix>-<the name's safe characters>`` inside ``uploads_dir``, whatever the name held (``../``,
NUL, 10 kB).

The queue deletes a job's upload when the job ends; ``discard`` removes one that no job took (a refusal after
saving, or a request that joined an existing job or reused a fresh model).
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
from trainer.sources import INPUT_SUFFIXES

MAX_NAME_CHARS = 80  # of the saved file's name, after its hash prefix


class Uploads:
    def __init__(self, settings: Settings, store: Store) -> None:
        self.settings = settings
        self.store = store

    def save(self, upload: Upload) -> tuple[Path, str]:
        """Write the upload (once per content) and return its path and sha256; Refused when the type is not one
        the trainer reads, or the file is empty or too big."""
        data = upload.data
        name = safe_name(upload.filename)
        if not name.lower().endswith(INPUT_SUFFIXES):
            raise Refused(f"I can't train on {name[:40]!r}: attach a Twitter archive .zip, its tweets.js, or a "
                          ".jsonl, .json or .csv file of tweets.")
        limit = self.settings.max_upload_bytes
        if len(data) > limit:
            raise Refused(f"That file is {_size(len(data))}; the limit is {_size(limit)}.")
        if not data:
            raise Refused("That file is empty.")
        digest = hashlib.sha256(data).hexdigest()
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


def safe_name(filename: str | None) -> str:
    """The file name's last part in safe characters (``A-Za-z0-9._-``), its end kept, at most 80 characters."""
    raw = (filename or "")[-4 * MAX_NAME_CHARS:].replace("\\", "/").rsplit("/", 1)[-1]
    name = re.sub(r"[^A-Za-z0-9._-]", "_", raw).lstrip(".")[-MAX_NAME_CHARS:]
    return name or "upload"


def _size(n: float) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n} bytes"


__all__ = ["MAX_NAME_CHARS", "Uploads", "safe_name"]
