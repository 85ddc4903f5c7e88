"""The bot's SQLite store: jobs, the model registry, chat preferences, schema versioning."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime, timedelta

import pytest

from bot import migrations
from bot.records import ModelRecord, Progress
from bot.store import SCHEMA_VERSION, Store


def _job(store: Store, key: str = "train:lena|auto", **extra):
    fields = dict(handles=["Lena"], model_name="lena", source="auto", request_key=key,
                  requested_by="console:me", chat_key="console:term")
    fields.update(extra)
    return store.add_job(**fields)


def test_schema_is_versioned_wal_and_leaves_foreign_tables_alone(tmp_path):
    path = tmp_path / "mimicbird.db"
    store = Store(path)
    assert store.schema_version == SCHEMA_VERSION
    store.close()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.execute("CREATE TABLE apscheduler_jobs (id TEXT PRIMARY KEY, next_run_time REAL, job_state BLOB)")
    db.execute("INSERT INTO apscheduler_jobs VALUES ('x', 1.0, x'00')")
    db.commit()
    db.close()
    store = Store(path)  # reopening migrates nothing and keeps the scheduler's table
    assert store.schema_version == SCHEMA_VERSION
    store.close()
    assert sqlite3.connect(path).execute("SELECT id FROM apscheduler_jobs").fetchall() == [("x",)]


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "db.sqlite"
    Store(path).close()
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(RuntimeError, match="newer"):
        Store(path)


def test_jobs_queue_order_claim_and_positions(tmp_path):
    store = Store(tmp_path / "db")
    first = _job(store, "a")
    second = _job(store, "b", handles=["b1", "B2"], model_name="b1-b2", force=True, input_path="/x/y.zip")
    assert (first.status, first.attempts, first.handles) == ("queued", 0, ("Lena",))
    assert second.force and second.input_path == "/x/y.zip" and second.handles == ("b1", "B2")
    assert [store.queue_position(j.id) for j in (first, second)] == [1, 2]

    claimed = store.claim_next_job()
    assert claimed is not None and claimed.id == first.id
    assert (claimed.status, claimed.attempts, claimed.progress.stage) == ("running", 1, "starting")
    assert claimed.started_at is not None
    assert store.queue_position(first.id) == 0 and store.queue_position(second.id) == 1
    assert store.active_job("a").id == first.id
    assert store.count_jobs("queued") == 1 and store.count_jobs("running") == 1

    progress = Progress(stage="train", percent=42.5, eta_s=12.0, message="loss 3.1")
    updated = store.update_job(first.id, progress=progress, pid=1234)
    assert updated.progress == progress and updated.pid == 1234
    store.update_job(first.id, status="done", finished_at=1.0)
    assert store.active_job("a") is None
    assert [j.id for j in store.jobs(["done"])] == [first.id]
    assert [j.id for j in store.jobs(newest_first=True)] == [second.id, first.id]
    assert [j.id for j in store.jobs(requested_by="console:me", limit=1)] == [first.id]
    with pytest.raises(ValueError):
        store.update_job(first.id, status="exploded")
    with pytest.raises(ValueError):
        store.update_job(first.id, nonsense=1)
    assert store.get_job(999) is None


def test_state_survives_reopening(tmp_path):
    path = tmp_path / "db"
    store = Store(path)
    job = _job(store)
    store.claim_next_job()
    store.close()
    again = Store(path)
    assert again.get_job(job.id).status == "running"
    assert again.get_job(job.id).attempts == 1


def test_models_registry_prefix_and_forget_clears_chat_prefs(tmp_path):
    store = Store(tmp_path / "db")
    now = datetime.now(UTC)
    lena = ModelRecord(name="mb_lena_bakes", handles=("mb_lena_bakes",), display_names=("Lena Bakes",),
                       folder="/m/mb_lena_bakes", created_at=now.isoformat(),
                       stats={"mb_lena_bakes": {"downloaded": 361, "kept": 250}}, base_model="tiny",
                       requested_by="console:me", train_loss=3.2, val_loss=3.4)
    old = ModelRecord(name="a_b-c_d", handles=("a_b", "c_d"), display_names=("A", "C"), folder="/m/x",
                      created_at=(now - timedelta(days=30)).isoformat().replace("+00:00", "Z"),
                      stats={"a_b": {"kept": 5}, "c_d": {"kept": 7}})
    store.save_model(lena)
    store.save_model(old)
    assert store.get_model("mb_lena_bakes") == lena
    assert [m.name for m in store.models()] == ["a_b-c_d", "mb_lena_bakes"]
    assert [m.name for m in store.models("MB_")] == ["mb_lena_bakes"]
    assert [m.name for m in store.models("a_")] == ["a_b-c_d"]  # '_' is literal, not a wildcard
    assert store.models("ax") == []
    assert old.kept_tweets == 12
    assert lena.age_s() < 60 and 29 * 86400 < old.age_s() < 31 * 86400

    store.save_model(ModelRecord(**{**lena.__dict__, "val_loss": 2.0}))  # a retrain replaces the row
    assert store.get_model("mb_lena_bakes").val_loss == 2.0

    store.set_current_model("console:term", "mb_lena_bakes")
    store.set_current_model("discord:1", "a_b-c_d")
    store.set_current_model("discord:1", "mb_lena_bakes")
    assert store.current_model("discord:1") == "mb_lena_bakes"
    assert store.current_model("nowhere") is None
    assert store.delete_model("mb_lena_bakes") is True
    assert store.delete_model("mb_lena_bakes") is False
    assert store.current_model("console:term") is None and store.current_model("discord:1") is None


def test_concurrent_writers_from_threads(tmp_path):
    store = Store(tmp_path / "db")

    def add(n: int) -> None:
        for i in range(20):
            _job(store, f"k{n}-{i}")

    threads = [threading.Thread(target=add, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert store.count_jobs("queued") == 80


OLD_SCHEDULER_TABLE = """
CREATE TABLE schedules (
    id INTEGER PRIMARY KEY AUTOINCREMENT, platform TEXT NOT NULL, chat_id TEXT NOT NULL, model TEXT NOT NULL,
    when_text TEXT NOT NULL, timezone TEXT NOT NULL, prompt TEXT NOT NULL DEFAULT '', created_by TEXT NOT NULL,
    destination TEXT NOT NULL DEFAULT 'chat' CHECK (destination IN ('chat', 'x')),
    enabled INTEGER NOT NULL DEFAULT 1, disabled_reason TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL,
    last_run_at TEXT, last_error TEXT NOT NULL DEFAULT ''
);
"""


def test_a_v1_database_with_the_old_schedulers_tables_keeps_its_schedules(tmp_path):
    """Before schema 2 the scheduler kept its own ``schedules`` table and APScheduler its ``apscheduler_jobs``."""
    path = tmp_path / "mimicbird.db"
    db = sqlite3.connect(path)
    db.executescript(migrations.MIGRATIONS[0] + OLD_SCHEDULER_TABLE + """
        CREATE TABLE apscheduler_jobs (id VARCHAR(191) PRIMARY KEY, next_run_time FLOAT, job_state BLOB);
        INSERT INTO schedules (platform, chat_id, model, when_text, timezone, prompt, created_by, destination,
                               created_at, last_error)
            VALUES ('telegram', '-100', 'lena', 'every 2h', 'UTC', 'hi', 'telegram:1', 'x', '2025-01-01T00:00:00Z', '');
        INSERT INTO schedules (platform, chat_id, model, when_text, timezone, created_by, enabled, disabled_reason,
                               created_at)
            VALUES ('discord', '7', 'ivo', '0 9 * * 1-5', 'Europe/Berlin', 'discord:2', 0, 'the model ivo was forgotten',
                    '2025-01-02T00:00:00Z');
        INSERT INTO apscheduler_jobs VALUES ('schedule-1', 1750000000.5, x'00');
        PRAGMA user_version = 1;
    """)
    db.close()

    store = Store(path)
    assert store.schema_version == SCHEMA_VERSION >= 2
    first, second = store.schedules()
    assert (first.id, first.platform, first.chat_id, first.model, first.when, first.prompt, first.destination) == (
        1, "telegram", "-100", "lena", "every 2h", "hi", "x")
    assert first.enabled and first.next_run_at == 1750000000.5  # APScheduler's next run time is taken over
    assert (second.enabled, second.disabled_reason, second.next_run_at) == (False, "the model ivo was forgotten", None)
    assert store.add_schedule(platform="console", chat_id="t", model="lena", when="every 1d", timezone="UTC",
                              prompt="", created_by="console:me", destination="mastodon").id == 3  # any poster
    store.close()
    tables = {row[0] for row in sqlite3.connect(path).execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "apscheduler_jobs" not in tables and {"jobs", "models", "chat_prefs", "schedules"} <= tables


def test_schedules_are_kept_and_filtered(tmp_path):
    store = Store(tmp_path / "db")
    made = [store.add_schedule(platform="discord", chat_id=chat, model=model, when="every 1h", timezone="UTC",
                               prompt="", created_by="discord:1", destination="chat")
            for chat, model in (("a", "lena"), ("a", "ivo"), ("b", "lena"))]
    assert [s.id for s in store.schedules(platform="discord", chat_id="a")] == [made[0].id, made[1].id]
    store.update_schedule(made[0].id, enabled=False, disabled_reason="off", next_run_at=None)
    assert [s.id for s in store.schedules(model="lena", enabled=True)] == [made[2].id]
    assert store.get_schedule(made[0].id).label == f"#{made[0].id} (lena, every 1h)"
    with pytest.raises(ValueError):
        store.update_schedule(made[1].id, model="ivo")
    assert store.delete_schedule(made[1].id) and not store.delete_schedule(made[1].id)
    assert store.get_schedule(made[1].id) is None
