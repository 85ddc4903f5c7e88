"""The bot's SQLite store: jobs, the model registry, chat preferences, schema versioning."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime, timedelta

import pytest

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
