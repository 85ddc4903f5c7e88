"""W&B tracking in offline mode: the two huggingtweets-style runs land on disk, nothing leaks."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from trainer.cleaning import clean_account
from trainer.tracking import Tracker
from trainer.tweets import AccountTweets, Tweet

SECRET = "hf_TrackingSecret42"


def _account() -> AccountTweets:
    tweets = [
        Tweet(
            "Proofing the rye overnight, the kitchen smells like a forest", datetime(2024, 5, 1, tzinfo=UTC)
        ),
        Tweet("RT @mb_astro_ivo: the moon is a sourdough boule", is_retweet=True, id="2"),
        Tweet("yum", id="3"),
        Tweet("Croissants take three days &amp; I would not change it", id="4"),
        Tweet("Croissants take three days &amp; I would not change it", id="5"),
    ]
    return AccountTweets("mb_lena_bakes", "Lena Bakes", tweets, source="sample")


def _run_records(runs_dir: Path, expected: tuple[bytes, ...]) -> dict[Path, bytes]:
    """The ``.wandb`` record file of each offline run, once wandb-core has flushed ``expected`` to them.

    ``finish()`` returns before wandb-core is done writing, so wait (bounded) for everything the test asserts.
    """
    deadline = time.monotonic() + 90
    while True:
        runs = sorted(runs_dir.glob("offline-run-*"))
        records = {run: b"".join(p.read_bytes() for p in run.glob("run-*.wandb")) for run in runs}
        joined = b"".join(records.values())
        if (len(runs) == 2 and all(item in joined for item in expected)) or time.monotonic() > deadline:
            return records
        time.sleep(0.1)


def _staged_contents(data_dir: Path) -> list[bytes]:
    return [p.read_bytes() for p in (data_dir / "artifacts" / "staging").rglob("*") if p.is_file()]


def test_offline_preprocess_and_train_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name, sub in (
        ("WANDB_DIR", "runs"),
        ("WANDB_DATA_DIR", "data"),
        ("WANDB_CACHE_DIR", "cache"),
        ("WANDB_CONFIG_DIR", "config"),
    ):
        (tmp_path / sub).mkdir()
        monkeypatch.setenv(name, str(tmp_path / sub))
    monkeypatch.setenv("WANDB_MODE", "offline")
    monkeypatch.setenv("WANDB_SILENT", "true")
    monkeypatch.delenv("WANDB_API_KEY", raising=False)

    raw = [_account()]
    cleaned = [clean_account(account) for account in raw]
    tracker = Tracker(
        True,
        run_name="mb_lena_bakes",
        config={"hf_token": SECRET, "cache_dir": str(tmp_path)},
        dir=tmp_path / "runs",
    )
    tracker.log_preprocess(raw, cleaned)
    assert tracker.run is None  # the preprocess run is finished

    model_dir = tmp_path / "model"
    model_dir.mkdir()
    (model_dir / "config.json").write_text('{"model_type": "llama"}')
    (model_dir / "model.safetensors").write_bytes(b"\x00weights\x01" * 10)
    tracker.start_train(
        {"epochs": 4, "learning_rate": 5e-5, "output": str(model_dir), "x_bearer_token": SECRET}
    )
    config = dict(tracker.run.config)
    assert config["epochs"] == 4 and config["output"] == "model" and config["cache_dir"] == tmp_path.name
    assert not any("token" in key for key in config)
    for step in (1, 2):
        tracker.log({"train/loss": 3.0 / step, "tokens_per_s": 100.0}, step=step)
    tracker.log_samples("My dream is", ["My dream is a warm loaf", "My dream is | rye"])
    tracker.log_model(model_dir, "mb_lena_bakes")
    tracker.finish()

    expected = (b"preprocess", b"mb_lena_bakes-raw", b"mb_lena_bakes-dataset", b"train/loss", b"model")
    records = _run_records(tmp_path / "runs" / "wandb", expected)
    runs = sorted(records)
    assert len(runs) == 2
    # wandb-core may write one run's artifact records after the next run started, so check both files together
    joined = b"".join(records.values())
    assert b"mb_lena_bakes-raw" in joined and b"mb_lena_bakes-dataset" in joined and b"train/loss" in joined
    assert SECRET.encode() not in joined

    def tables(run: Path, kind: str) -> list[Path]:
        return list((run / "files" / "media" / "table").glob(f"{kind}_*.table.json"))

    [preprocess] = [run for run in runs if tables(run, "stats")]
    [train] = [run for run in runs if tables(run, "predictions")]
    assert preprocess != train
    stats_files = tables(preprocess, "stats")
    stats = json.loads(stats_files[0].read_text())
    assert stats["columns"][:3] == ["handle", "display_name", "downloaded"]
    assert stats["data"] == [["mb_lena_bakes", "Lena Bakes", 5, 1, 1, 1, 2]]
    predictions = json.loads(
        tables(train, "predictions")[0].read_text()
    )
    assert predictions["data"] == [
        ["My dream is", "My dream is a warm loaf"],
        ["My dream is", "My dream is | rye"],
    ]

    staged = _staged_contents(tmp_path / "data")
    assert any(b"RT @mb_astro_ivo" in blob for blob in staged)  # the raw data set keeps the retweet
    clean = [blob for blob in staged if blob.startswith(b'{"text": "Proofing the rye')]
    assert clean and b"&amp;" not in clean[0] and b"Croissants take three days & I" in clean[0]
    assert (model_dir / "model.safetensors").read_bytes() in staged  # the model artifact


def test_disabled_tracker_is_a_no_op_and_never_imports_wandb(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from trainer.tracking import Tracker\n"
        "t = Tracker(False)\n"
        "t.log_preprocess([], []); t.start_train({'a': 1}); t.log({'loss': 1.0}, step=1)\n"
        "t.log_samples('My dream is', ['x']); t.log_model(Path('.'), 'm'); t.finish()\n"
        "assert t.run is None\n"
        "assert 'wandb' not in sys.modules, 'wandb was imported'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=Path(__file__).parents[1],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "wandb").exists()
