"""The bot's persistent state in SQLite: training jobs, the model registry, per-chat preferences, schedules,
and the messages of conversations with personas (answered once, pruned).

One database file (``settings.db_path``) in WAL mode, one connection, opened with the standard library. The
calls are small and synchronous; the event loop may call them directly. The schema is versioned with
``PRAGMA user_version``; ``bot/migrations.py`` is its one list of migrations. The records it returns are in
``bot/records.py``.

Paths (model folders, uploaded files) are kept relative to the data directory (by default the database's
folder) and handed out absolute, so the bot finds them whatever its working directory.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from bot import migrations
from bot.datadir import from_stored, to_stored
from bot.migrations import SCHEMA_VERSION
from bot.records import JOB_STATUSES, JobRecord, ModelRecord, Progress, Schedule, TalkMessage, utc_now_iso


class StoreError(RuntimeError):
    """The database cannot be used by this bot (one line)."""


class Store:
    """All reads and writes of the bot's own tables. Thread-safe (one connection behind a lock).

    Raises ``StoreError`` for a database of a newer bot and ``sqlite3.DatabaseError`` for one that is
    damaged, not a database, or on a full disk.
    """

    def __init__(self, path: Path | str, data_dir: Path | None = None) -> None:
        self.path = Path(path).resolve()
        self.data_dir = (data_dir or self.path.parent).resolve()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=30)
        try:
            self._db.row_factory = sqlite3.Row
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except BaseException:
            self._db.close()
            raise

    # -- plumbing -----------------------------------------------------------------------------------------
    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def _migrate(self) -> None:
        with self._tx() as db:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise StoreError(
                    f"the database {self.path} has schema version {version}, newer than this bot "
                    f"({SCHEMA_VERSION}); upgrade mimicbird"
                )
            for target in range(version + 1, SCHEMA_VERSION + 1):
                migrations.apply(db, target)
                db.execute(f"PRAGMA user_version = {target}")

    @property
    def schema_version(self) -> int:
        with self._lock:
            return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    # -- jobs -------------------------------------------------------------------------------------------
    def add_job(
        self,
        *,
        handles: Iterable[str],
        model_name: str,
        source: str,
        request_key: str,
        requested_by: str,
        chat_key: str,
        input_path: str | None = None,
        force: bool = False,
        may_replace: bool = False,
    ) -> JobRecord:
        stored_input = self._stored(input_path) if input_path else None
        with self._tx() as db:
            cursor = db.execute(
                "INSERT INTO jobs (status, handles, model_name, source, input_path, request_key, force, "
                "requested_by, chat_key, created_at, may_replace) VALUES ('queued', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (json.dumps(list(handles)), model_name, source, stored_input, request_key, int(force),
                 requested_by, chat_key, time.time(), int(may_replace)),
            )
            job_id = cursor.lastrowid
        job = self.get_job(int(job_id or 0))
        assert job is not None
        return job

    def get_job(self, job_id: int) -> JobRecord | None:
        with self._lock:
            row = self._db.execute("SELECT * FROM jobs WHERE id = ?", (job_id,)).fetchone()
        return self._job(row) if row else None

    def jobs(self, statuses: Iterable[str] = JOB_STATUSES, *, limit: int | None = None,
             requested_by: str | None = None, newest_first: bool = False) -> list[JobRecord]:
        """Jobs with one of ``statuses``, oldest first (queue order) unless ``newest_first``."""
        wanted = tuple(statuses)
        sql = f"SELECT * FROM jobs WHERE status IN ({','.join('?' * len(wanted))})"
        params: list[Any] = list(wanted)
        if requested_by is not None:
            sql += " AND requested_by = ?"
            params.append(requested_by)
        sql += " ORDER BY id DESC" if newest_first else " ORDER BY id"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        with self._lock:
            rows = self._db.execute(sql, params).fetchall()
        return [self._job(row) for row in rows]

    def active_job(self, request_key: str) -> JobRecord | None:
        """The queued or running job for the same request, if any."""
        with self._lock:
            row = self._db.execute(
                "SELECT * FROM jobs WHERE request_key = ? AND status IN ('queued', 'running') ORDER BY id LIMIT 1",
                (request_key,),
            ).fetchone()
        return self._job(row) if row else None

    def queue_position(self, job_id: int) -> int:
        """1 for the next job to start; 0 when the job is not queued."""
        with self._lock:
            row = self._db.execute("SELECT status FROM jobs WHERE id = ?", (job_id,)).fetchone()
            if row is None or row["status"] != "queued":
                return 0
            return int(self._db.execute(
                "SELECT COUNT(*) FROM jobs WHERE status = 'queued' AND id <= ?", (job_id,)
            ).fetchone()[0])

    def count_jobs(self, status: str) -> int:
        with self._lock:
            return int(self._db.execute("SELECT COUNT(*) FROM jobs WHERE status = ?", (status,)).fetchone()[0])

    def update_job(self, job_id: int, **fields: Any) -> JobRecord:
        """Set columns of a job (``progress`` takes a Progress, ``handles`` a sequence)."""
        if not fields:
            job = self.get_job(job_id)
            assert job is not None
            return job
        columns = []
        values: list[Any] = []
        for name, value in fields.items():
            if name not in _JOB_COLUMNS or name == "id":
                raise ValueError(f"unknown job column {name!r}")
            if name == "status" and value not in JOB_STATUSES:
                raise ValueError(f"unknown job status {value!r}")
            if name == "progress":
                value = _progress_json(value)
            elif name == "handles":
                value = json.dumps(list(value))
            elif name in ("force", "may_replace"):
                value = int(value)
            elif name == "input_path" and value:
                value = self._stored(value)
            columns.append(f"{name} = ?")
            values.append(value)
        with self._tx() as db:
            db.execute(f"UPDATE jobs SET {', '.join(columns)} WHERE id = ?", (*values, job_id))
        job = self.get_job(job_id)
        if job is None:
            raise KeyError(job_id)
        return job

    def claim_next_job(self) -> JobRecord | None:
        """Atomically move the oldest queued job to running (attempts + 1) and return it."""
        with self._tx() as db:
            row = db.execute("SELECT id FROM jobs WHERE status = 'queued' ORDER BY id LIMIT 1").fetchone()
            if row is None:
                return None
            db.execute(
                "UPDATE jobs SET status = 'running', started_at = ?, attempts = attempts + 1, error = '', "
                "progress = ? WHERE id = ?",
                (time.time(), _progress_json(Progress(stage="starting")), row["id"]),
            )
        return self.get_job(int(row["id"]))

    # -- models -----------------------------------------------------------------------------------------
    def save_model(self, model: ModelRecord) -> None:
        """Insert or replace a model (a forced retrain replaces the row); its folder kept data-dir relative."""
        with self._tx() as db:
            db.execute(
                "INSERT OR REPLACE INTO models (name, handles, display_names, stats, base_model, folder, "
                "created_at, requested_by, train_loss, val_loss) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (model.name, json.dumps(list(model.handles)), json.dumps(list(model.display_names)),
                 json.dumps(model.stats), model.base_model, self._stored(model.folder), model.created_at,
                 model.requested_by, model.train_loss, model.val_loss),
            )

    def get_model(self, name: str) -> ModelRecord | None:
        with self._lock:
            row = self._db.execute("SELECT * FROM models WHERE name = ?", (name,)).fetchone()
        return self._model(row) if row else None

    def models(self, prefix: str = "") -> list[ModelRecord]:
        """Models whose name starts with ``prefix`` (case-insensitive), by name."""
        escaped = prefix.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        with self._lock:
            rows = self._db.execute(
                "SELECT * FROM models WHERE name LIKE ? ESCAPE '\\' ORDER BY name", (escaped + "%",)
            ).fetchall()
        return [self._model(row) for row in rows]

    def _stored(self, path: str | Path) -> str:
        """A path as the store keeps it: relative to the data directory when inside it."""
        return to_stored(from_stored(str(path), self.data_dir), self.data_dir)

    def _job(self, row: sqlite3.Row) -> JobRecord:
        return _job(row, self.data_dir)

    def _model(self, row: sqlite3.Row) -> ModelRecord:
        return _model(row, self.data_dir)

    def delete_model(self, name: str) -> bool:
        """Remove a model's row and every chat's preference for it; True when it existed."""
        with self._tx() as db:
            deleted = db.execute("DELETE FROM models WHERE name = ?", (name,)).rowcount
            db.execute("UPDATE chat_prefs SET current_model = NULL WHERE current_model = ?", (name,))
            db.execute("UPDATE chat_prefs SET talk_model = NULL WHERE talk_model = ?", (name,))
        return bool(deleted)

    # -- chat preferences -------------------------------------------------------------------------------
    def set_current_model(self, chat_key: str, model_name: str | None) -> None:
        with self._tx() as db:
            db.execute(
                "INSERT INTO chat_prefs (chat_key, current_model) VALUES (?, ?) "
                "ON CONFLICT (chat_key) DO UPDATE SET current_model = excluded.current_model",
                (chat_key, model_name),
            )

    def current_model(self, chat_key: str) -> str | None:
        with self._lock:
            row = self._db.execute("SELECT current_model FROM chat_prefs WHERE chat_key = ?", (chat_key,)).fetchone()
        return row["current_model"] if row else None

    # -- scheduled posts --------------------------------------------------------------------------------
    def add_schedule(self, *, platform: str, chat_id: str, model: str, when: str, timezone: str, prompt: str,
                     created_by: str, destination: str) -> Schedule:
        with self._tx() as db:
            cursor = db.execute(
                "INSERT INTO schedules (platform, chat_id, model, when_text, timezone, prompt, created_by, "
                "destination, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (platform, chat_id, model, when, timezone, prompt, created_by, destination, utc_now_iso()),
            )
        schedule = self.get_schedule(int(cursor.lastrowid or 0))
        assert schedule is not None
        return schedule

    def get_schedule(self, schedule_id: int) -> Schedule | None:
        with self._lock:
            row = self._db.execute("SELECT * FROM schedules WHERE id = ?", (schedule_id,)).fetchone()
        return _schedule(row) if row else None

    def schedules(self, *, platform: str | None = None, chat_id: str | None = None, model: str | None = None,
                  enabled: bool | None = None) -> list[Schedule]:
        """The schedules that match every filter given, by id."""
        filters = {"platform": platform, "chat_id": chat_id, "model": model,
                   "enabled": None if enabled is None else int(enabled)}
        wanted = {column: value for column, value in filters.items() if value is not None}
        where = " AND ".join(f"{column} = ?" for column in wanted) or "1 = 1"
        with self._lock:
            rows = self._db.execute(f"SELECT * FROM schedules WHERE {where} ORDER BY id", tuple(wanted.values()))
            return [_schedule(row) for row in rows.fetchall()]

    def update_schedule(self, schedule_id: int, **fields: Any) -> None:
        """Set ``enabled``, ``disabled_reason``, ``last_run_at``, ``last_error`` or ``next_run_at``."""
        unknown = set(fields) - _SCHEDULE_UPDATES
        if unknown:
            raise ValueError(f"cannot update schedule column(s) {sorted(unknown)}")
        if not fields:
            return
        values = [int(v) if isinstance(v, bool) else v for v in fields.values()]
        with self._tx() as db:
            db.execute(f"UPDATE schedules SET {', '.join(f'{n} = ?' for n in fields)} WHERE id = ?",
                       (*values, schedule_id))

    def delete_schedule(self, schedule_id: int) -> bool:
        with self._tx() as db:
            return bool(db.execute("DELETE FROM schedules WHERE id = ?", (schedule_id,)).rowcount)


    # -- conversations with personas ---------------------------------------------------------------------
    def set_talk_model(self, chat_key: str, model_name: str | None) -> None:
        """The persona that has the floor in a chat (None: nobody)."""
        with self._tx() as db:
            db.execute(
                "INSERT INTO chat_prefs (chat_key, talk_model) VALUES (?, ?) "
                "ON CONFLICT (chat_key) DO UPDATE SET talk_model = excluded.talk_model",
                (chat_key, model_name),
            )

    def talk_model(self, chat_key: str) -> str | None:
        with self._lock:
            row = self._db.execute("SELECT talk_model FROM chat_prefs WHERE chat_key = ?", (chat_key,)).fetchone()
        return row["talk_model"] if row else None

    def add_talk_message(self, message: TalkMessage, *, keep_s: float, keep_per_chat: int) -> bool:
        """Record a message once: False when the chat already has one with that id (so it is answered once).

        Rows older than ``keep_s`` and beyond the chat's newest ``keep_per_chat`` are pruned here."""
        with self._tx() as db:
            inserted = db.execute(
                "INSERT OR IGNORE INTO talk_messages (chat_key, message_id, role, model, author, text, reply_to, at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (message.chat_key, message.message_id, message.role, message.model, message.author, message.text,
                 message.reply_to, message.at),
            ).rowcount
            db.execute("DELETE FROM talk_messages WHERE chat_key = ? AND at < ?",
                       (message.chat_key, message.at - keep_s))
            db.execute(
                "DELETE FROM talk_messages WHERE chat_key = ? AND rowid NOT IN (SELECT rowid FROM talk_messages "
                "WHERE chat_key = ? ORDER BY at DESC, rowid DESC LIMIT ?)",
                (message.chat_key, message.chat_key, keep_per_chat),
            )
        return bool(inserted)

    def talk_message(self, chat_key: str, message_id: str) -> TalkMessage | None:
        with self._lock:
            row = self._db.execute("SELECT * FROM talk_messages WHERE chat_key = ? AND message_id = ?",
                                   (chat_key, message_id)).fetchone()
        return TalkMessage(**dict(zip(row.keys(), tuple(row), strict=True))) if row else None

    def count_talk_messages(self, chat_key: str) -> int:
        with self._lock:
            return int(self._db.execute("SELECT COUNT(*) FROM talk_messages WHERE chat_key = ?",
                                        (chat_key,)).fetchone()[0])


_JOB_COLUMNS = set(JobRecord.__dataclass_fields__)
_SCHEDULE_UPDATES = {"enabled", "disabled_reason", "last_run_at", "last_error", "next_run_at"}


def _progress_json(progress: Progress) -> str:
    """The ``progress`` column (its ``eta`` key is seconds)."""
    return json.dumps({"stage": progress.stage, "percent": progress.percent, "eta": progress.eta_s,
                       "message": progress.message})


def _job(row: sqlite3.Row, data_dir: Path) -> JobRecord:
    progress = json.loads(row["progress"] or "{}")
    return JobRecord(
        id=row["id"],
        status=row["status"],
        handles=tuple(json.loads(row["handles"])),
        model_name=row["model_name"],
        source=row["source"],
        input_path=str(from_stored(row["input_path"], data_dir)) if row["input_path"] else row["input_path"],
        request_key=row["request_key"],
        force=bool(row["force"]),
        requested_by=row["requested_by"],
        chat_key=row["chat_key"],
        created_at=row["created_at"],
        started_at=row["started_at"],
        finished_at=row["finished_at"],
        progress=Progress(
            stage=progress.get("stage", ""), percent=progress.get("percent"), eta_s=progress.get("eta"),
            message=progress.get("message", ""),
        ),
        error=row["error"],
        attempts=row["attempts"],
        pid=row["pid"],
        may_replace=bool(row["may_replace"]),
    )


def _schedule(row: sqlite3.Row) -> Schedule:
    return Schedule(
        id=row["id"], platform=row["platform"], chat_id=row["chat_id"], model=row["model"], when=row["when_text"],
        timezone=row["timezone"], prompt=row["prompt"], created_by=row["created_by"],
        destination=row["destination"], enabled=bool(row["enabled"]), disabled_reason=row["disabled_reason"],
        created_at=row["created_at"], last_run_at=row["last_run_at"], last_error=row["last_error"],
        next_run_at=row["next_run_at"],
    )


def _model(row: sqlite3.Row, data_dir: Path) -> ModelRecord:
    return ModelRecord(
        name=row["name"],
        handles=tuple(json.loads(row["handles"])),
        display_names=tuple(json.loads(row["display_names"])),
        stats=json.loads(row["stats"] or "{}"),
        base_model=row["base_model"],
        folder=str(from_stored(row["folder"], data_dir)),
        created_at=row["created_at"],
        requested_by=row["requested_by"],
        train_loss=row["train_loss"],
        val_loss=row["val_loss"],
    )


__all__ = ["SCHEMA_VERSION", "Store", "StoreError"]
