"""The remote trainer's own rules, without a cluster: input names, stale folders, the event buffer."""

from __future__ import annotations

import os
import subprocess
import sys

from trainer.remote import MAX_POLL_LINES, RemoteTrainer, _safe_input_name, _safe_label, sweep_stale_workdirs


def test_hostile_input_names_stay_inside_the_job_folder():
    for name in ("../../etc/passwd", "/etc/shadow", "a/../../b.zip", "..", "", "x\x00y.csv", "é" * 500 + ".jsonl",
                 "C:\\evil\\tweets.js"):
        safe = _safe_input_name(3, name)
        assert "/" not in safe and "\\" not in safe and "\x00" not in safe
        assert not safe.split("-", 1)[1].startswith(".")  # never "..", never hidden
        assert safe.startswith("3-") and len(safe) <= 90
    assert _safe_input_name(0, "archive.zip") == "0-archive.zip"  # the suffix decides the input type
    assert _safe_label("job-1-2") == "job-1-2" and "/" not in _safe_label("../x") and _safe_label("") == "job"


def test_folders_of_dead_workers_are_swept_and_live_ones_kept(tmp_path):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    gone = tmp_path / f"w{dead.pid}-job-1-1-abc"
    mine = tmp_path / f"w{os.getpid()}-job-2-1-def"
    alive = tmp_path / "w1-job-3-1-ghi"  # pid 1 is alive
    other = tmp_path / "not-a-job-folder"
    for folder in (gone, mine, alive, other):
        (folder / "model").mkdir(parents=True)
    assert sweep_stale_workdirs(tmp_path) == [gone.name]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in (mine, alive, other))


def test_poll_hands_out_events_in_order_and_forgets_what_was_read():
    trainer = RemoteTrainer("job-1-1")
    for i in range(MAX_POLL_LINES + 100):
        trainer._emit(f'{{"event": "stage", "stage": "train", "message": "{i}"}}')
    trainer._state = "done"
    first = trainer.poll(0)
    assert len(first.lines) == MAX_POLL_LINES and first.cursor == MAX_POLL_LINES
    assert first.state == "running"  # not "done" while lines are still unread
    second = trainer.poll(first.cursor)
    assert len(second.lines) == 100 and second.cursor == MAX_POLL_LINES + 100 and second.state == "done"
    assert f'"message": "{MAX_POLL_LINES}"' in second.lines[0]
    again = trainer.poll(second.cursor)
    assert again.lines == () and len(trainer._lines) == 0  # read lines are dropped: memory stays bounded
    assert second.archive is None and second.shared_path is None  # no model was made


def test_read_chunk_before_a_model_exists_is_refused():
    import pytest

    from trainer.errors import TrainerError

    with pytest.raises(TrainerError):
        RemoteTrainer("job-1-1").read_chunk(0)


def test_a_training_that_fails_ends_failed_with_one_redacted_line(tmp_path, tiny_model_dir):
    """Whatever fails in the training thread ends the job with one error line (no secret in it): the bot,
    polling, must never wait on a thread that died silently."""
    import json

    secret = "hf_RemoteSecret_4242"
    trainer = RemoteTrainer("job-9-1")
    trainer._workdir = tmp_path
    trainer._train([secret, "--source", "sample", "--base-model", str(tiny_model_dir), "--output", "x"], [],
                   {"HF_TOKEN": secret})
    poll = trainer.poll(0)
    errors = [json.loads(line) for line in poll.lines if json.loads(line)["event"] == "error"]
    assert poll.state == "failed" and len(errors) == 1
    assert "***" in errors[0]["message"] and secret not in "".join(poll.lines) and "\n" not in errors[0]["message"]
    assert not (tmp_path / "model").exists()


def test_the_secrets_object_becomes_the_workers_trainer_config(tmp_path, tiny_model_dir):
    """What the bot ``ray.put``s reaches the trainer's config on the worker: the X token, the HF token and the
    Mastodon read tokens (the Ray tests check that none of them is in Ray's records)."""
    import json

    trainer = RemoteTrainer("job-7-1")
    trainer._workdir = tmp_path
    secrets = {"X_BEARER_TOKEN": "x-secret-1", "HF_TOKEN": "hf_secret_2",
               "MIMICBIRD_MASTODON_TOKENS": json.dumps({"social.example": "masto-secret-3"})}
    config = trainer._config(["bob@social.example", "--base-model", str(tiny_model_dir)], [], secrets)
    assert config.bearer_token == "x-secret-1" and config.hf_token == "hf_secret_2"
    assert config.mastodon_tokens == {"social.example": "masto-secret-3"}
    shown = repr(config.public()) + repr(config)
    assert not any(secret in shown for secret in ("x-secret-1", "hf_secret_2", "masto-secret-3"))
