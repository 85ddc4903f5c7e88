"""The store's schema: one migration per version (``PRAGMA user_version``), applied in order by ``Store``.

A migration is SQL or a function of the open connection (inside the store's transaction). Never edit a
released migration; add the next one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from bot.datadir import to_stored

_V1_JOBS_MODELS_PREFS = """
CREATE TABLE IF NOT EXISTS jobs (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    status       TEXT NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed', 'cancelled')),
    handles      TEXT NOT NULL,            -- JSON list, case as typed
    model_name   TEXT NOT NULL DEFAULT '', -- '' until known (an archive upload names its own account)
    source       TEXT NOT NULL DEFAULT 'auto',
    input_path   TEXT,
    request_key  TEXT NOT NULL,            -- same key while queued/running = the same request (dedupe)
    force        INTEGER NOT NULL DEFAULT 0,
    requested_by TEXT NOT NULL,            -- Caller.user_key
    chat_key     TEXT NOT NULL,
    created_at   REAL NOT NULL,            -- unix seconds
    started_at   REAL,
    finished_at  REAL,
    progress     TEXT NOT NULL DEFAULT '{}', -- JSON: stage, percent, eta, message
    error        TEXT NOT NULL DEFAULT '',   -- one line for the user
    attempts     INTEGER NOT NULL DEFAULT 0, -- trainer launches so far
    pid          INTEGER
);
CREATE INDEX IF NOT EXISTS jobs_status ON jobs (status, id);
CREATE INDEX IF NOT EXISTS jobs_request ON jobs (request_key, status);
CREATE TABLE IF NOT EXISTS models (
    name          TEXT PRIMARY KEY,
    handles       TEXT NOT NULL,           -- JSON list, lower-case
    display_names TEXT NOT NULL,           -- JSON list
    stats         TEXT NOT NULL DEFAULT '{}', -- JSON: handle -> downloaded/retweets/short/duplicates/kept
    base_model    TEXT NOT NULL DEFAULT '',
    folder        TEXT NOT NULL,
    created_at    TEXT NOT NULL,           -- ISO 8601, UTC
    requested_by  TEXT NOT NULL DEFAULT '',
    train_loss    REAL,
    val_loss      REAL
);
CREATE TABLE IF NOT EXISTS chat_prefs (
    chat_key      TEXT PRIMARY KEY,
    current_model TEXT
);
"""

_SCHEDULES = """
CREATE TABLE schedules_v2 (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    platform        TEXT NOT NULL,               -- Caller.platform: console, discord, telegram
    chat_id         TEXT NOT NULL,               -- where it was created; chat posts and reports go there
    model           TEXT NOT NULL,
    when_text       TEXT NOT NULL,               -- "every 2h" or five cron fields, as parsed
    timezone        TEXT NOT NULL,               -- IANA name, e.g. UTC, Europe/Berlin
    prompt          TEXT NOT NULL DEFAULT '',
    created_by      TEXT NOT NULL,               -- Caller.user_key
    destination     TEXT NOT NULL DEFAULT 'chat', -- a poster's to= word: chat, x, ...
    enabled         INTEGER NOT NULL DEFAULT 1,
    disabled_reason TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,               -- ISO 8601 UTC
    last_run_at     TEXT,                        -- last successful post
    last_error      TEXT NOT NULL DEFAULT '',    -- '' after a success; set (and reported once) on failure
    next_run_at     REAL                         -- unix seconds of the next post; NULL while off
)
"""
_SCHEDULE_COLUMNS = ("id, platform, chat_id, model, when_text, timezone, prompt, created_by, destination, enabled, "
                     "disabled_reason, created_at, last_run_at, last_error")


def _v2_schedules(db: sqlite3.Connection) -> None:
    """Scheduled posts move into the store.

    Before, the scheduler kept its own ``schedules`` table in this file (same columns, a fixed list of
    destinations) and APScheduler kept each schedule's next run in ``apscheduler_jobs`` (job id
    ``schedule-<id>``). The rows are kept, their next run time is taken over, and APScheduler's table goes.
    """
    def exists(table: str) -> bool:
        return db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone() is not None

    db.execute(_SCHEDULES)
    if exists("schedules"):
        next_run = ("(SELECT next_run_time FROM apscheduler_jobs a WHERE a.id = 'schedule-' || s.id)"
                    if exists("apscheduler_jobs") else "NULL")
        db.execute(f"INSERT INTO schedules_v2 ({_SCHEDULE_COLUMNS}, next_run_at) "
                   f"SELECT {_SCHEDULE_COLUMNS}, CASE WHEN s.enabled THEN {next_run} END FROM schedules s")
        db.execute("DROP TABLE schedules")
    db.execute("ALTER TABLE schedules_v2 RENAME TO schedules")
    db.execute("CREATE INDEX schedules_chat ON schedules (platform, chat_id, enabled)")
    db.execute("CREATE INDEX schedules_model ON schedules (model, enabled)")
    db.execute("DROP TABLE IF EXISTS apscheduler_jobs")


_V3_TALK = """
ALTER TABLE chat_prefs ADD COLUMN talk_model TEXT;
CREATE TABLE talk_messages (
    chat_key   TEXT NOT NULL,               -- Caller.chat_key
    message_id TEXT NOT NULL,               -- the platform's message id
    role       TEXT NOT NULL CHECK (role IN ('heard', 'said')), -- heard: a message answered, said: a persona's post
    model      TEXT NOT NULL DEFAULT '',    -- the persona that answered or posted
    author     TEXT NOT NULL DEFAULT '',    -- display name, for the log
    text       TEXT NOT NULL DEFAULT '',    -- clipped, the context of later replies
    reply_to   TEXT,                        -- the message it replies to, if any
    at         REAL NOT NULL,               -- unix seconds, old rows are pruned
    PRIMARY KEY (chat_key, message_id)
);
CREATE INDEX talk_messages_age ON talk_messages (chat_key, at)
"""


def _v4_owners_and_relative_paths(db: sqlite3.Connection) -> None:
    """Jobs remember whether an admin asked (``may_replace``); paths become relative to the data directory.

    Model folders and uploaded files were stored as given: relative to the working directory the bot was
    started from, or absolute. Each one inside the data directory (the database's folder) is rewritten
    relative to it, so the bot finds them from any working directory; an absolute path elsewhere is left as
    it is, and a relative one elsewhere becomes absolute (what it meant from the current working directory).
    """
    db.execute("ALTER TABLE jobs ADD COLUMN may_replace INTEGER NOT NULL DEFAULT 0")
    files = [row[2] for row in db.execute("PRAGMA database_list").fetchall() if row[1] == "main" and row[2]]
    if not files:  # an in-memory database has no data directory
        return
    data_dir = Path(files[0]).resolve().parent
    for table, key, column in (("models", "name", "folder"), ("jobs", "id", "input_path")):
        rows = db.execute(f"SELECT {key}, {column} FROM {table} WHERE {column} IS NOT NULL AND {column} != ''")
        for row_key, stored in rows.fetchall():
            rewritten = to_stored(stored, data_dir)
            if rewritten != stored:
                db.execute(f"UPDATE {table} SET {column} = ? WHERE {key} = ?", (rewritten, row_key))


Migration = str | Callable[[sqlite3.Connection], None]

# MIGRATIONS[n - 1] takes the database from version n - 1 to version n.
MIGRATIONS: tuple[Migration, ...] = (_V1_JOBS_MODELS_PREFS, _v2_schedules, _V3_TALK,
                                     _v4_owners_and_relative_paths)
SCHEMA_VERSION = len(MIGRATIONS)
OWN_TABLES = ("jobs", "models", "chat_prefs", "schedules", "talk_messages")


def apply(db: sqlite3.Connection, version: int) -> None:
    """Run the migration that takes the database to ``version``."""
    migration = MIGRATIONS[version - 1]
    if callable(migration):
        migration(db)
        return
    for statement in migration.split(";"):
        if statement.strip():
            db.execute(statement)


__all__ = ["MIGRATIONS", "OWN_TABLES", "SCHEMA_VERSION", "apply"]
