"""The trainer's command line end to end (subprocesses with the tiny model), bad inputs, atomic output."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from trainer.cli import main
from trainer.output import OutputCancelled, atomic_directory, remove_stale_temporaries

ROOT = Path(__file__).resolve().parents[1]
FAST = ["--min-tweets", "10", "--block-size", "32", "--batch-size", "4", "--no-eval"]


def trainer_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("X_BEARER_TOKEN", "MIMICBIRD_X_BEARER_TOKEN", "HF_TOKEN")}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env["HF_HUB_OFFLINE"] = "1"
    return env


def run_cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "trainer", *args], capture_output=True, text=True,
                          timeout=timeout, env=trainer_env(), cwd=ROOT)


def json_lines(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def leftovers(parent: Path, name: str) -> list[Path]:
    return [p for p in parent.iterdir() if p.name.startswith(f".{name}.")]


def test_cli_trains_a_model_that_pipeline_loads(tiny_model_dir, tmp_path):
    out = tmp_path / "models" / "lena"
    proc = run_cli("@mb_lena_bakes", "--base-model", str(tiny_model_dir), "--output", str(out), "--progress", "json",
                   "--method", "full", "--epochs", "1", "--max-steps", "3", "--samples", "2", *FAST)
    assert proc.returncode == 0, proc.stderr
    events = json_lines(proc.stdout)  # every stdout line is JSON
    kinds = [e["event"] for e in events]
    assert {"stage", "progress", "stats", "metrics", "done"} <= set(kinds) and kinds[-1] == "done"
    stages = [e["stage"] for e in events if e["event"] == "stage"]
    assert stages[:2] == ["fetch", "clean"] and {"tokenize", "load_model", "train", "sample", "save"} <= set(stages)
    train_progress = [e for e in events if e["event"] == "progress" and e["stage"] == "train"]
    assert train_progress[-1]["step"] == train_progress[-1]["total"] == 3
    assert all(set(e) >= {"step", "total", "loss", "tokens_per_s", "eta_s"} for e in train_progress)
    stats = next(e for e in events if e["event"] == "stats")["accounts"]["mb_lena_bakes"]
    assert set(stats) >= {"display_name", "downloaded", "retweets", "short", "duplicates", "kept"}
    done = events[-1]
    assert done["model_dir"] == str(out) and len(done["samples"]) == 2 and done["val_loss"] > 0

    files = {p.name for p in out.iterdir()}
    assert {"config.json", "model.safetensors", "generation_config.json", "README.md", "training_tweets.json",
            "mimicbird.json", "tokenizer.json"} <= files
    assert not leftovers(out.parent, out.name)
    meta = json.loads((out / "mimicbird.json").read_text())
    assert meta["model_name"] == "mb_lena_bakes" and meta["handles"] == ["mb_lena_bakes"]
    assert meta["stats"]["mb_lena_bakes"]["kept"] == stats["kept"] and meta["padding_fraction"] == 0.0
    assert meta["base_model"] == tiny_model_dir.name and str(tmp_path) not in json.dumps(meta)
    assert meta["created_at"].endswith("+00:00") and meta["samples"] == done["samples"]
    gen = json.loads((out / "generation_config.json").read_text())
    assert gen["do_sample"] is True and gen["top_p"] == 0.95 and gen["eos_token_id"] == 2 and gen["max_new_tokens"] <= 80
    config = json.loads((out / "config.json").read_text())
    assert str(tmp_path) not in json.dumps(config) and config.get("use_cache", True) is True  # fast generation
    card = (out / "README.md").read_text()
    assert "AI BOT" in card and "Tweets kept" in card and str(tmp_path) not in card
    assert 0 < meta["kept_epochs"] <= meta["epochs_run"]
    assert f"the weights kept are those after {meta['kept_epochs']:.2f} epochs" in card

    # The folder stands alone: transformers.pipeline loads it with nothing of ours.
    code = ("import sys, transformers; transformers.logging.set_verbosity_error(); "
            "g = transformers.pipeline('text-generation', model=sys.argv[1]); "
            "print(g('My dream is', max_new_tokens=5)[0]['generated_text'])")
    gen_proc = subprocess.run([sys.executable, "-c", code, str(out)], capture_output=True, text=True, timeout=120,
                              env=trainer_env(), cwd="/")
    assert gen_proc.returncode == 0, gen_proc.stderr
    assert gen_proc.stdout.startswith("My dream is")


def test_stats_only_json_prints_one_stats_event(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["mb_lena_bakes", "mb_grumpy_dev", "--stats-only", "--progress", "json"]) == 0
    events = json_lines(capsys.readouterr().out)
    stats = [e for e in events if e["event"] == "stats"]
    assert len(stats) == 1
    for counts in stats[0]["accounts"].values():
        assert counts["downloaded"] == counts["retweets"] + counts["short"] + counts["duplicates"] + counts["kept"]
    assert set(stats[0]["accounts"]) == {"mb_lena_bakes", "mb_grumpy_dev"}
    assert not (tmp_path / "models").exists()


def test_stats_only_prints_the_table(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["mb_astro_ivo", "--stats-only", "--progress", "none"]) == 0
    out = capsys.readouterr().out
    assert "Tweets downloaded" in out and "Tweets kept" in out and "mb_astro_ivo" in out


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        (["not-a-handle!"], "not a valid X handle"),
        (["someone_unknown", "--source", "sample"], "not a sample account"),
        (["someone_unknown"], "no source for @someone_unknown"),
        (["mb_lena_bakes", "--min-tweets", "100000"], "too few tweets"),
        (["mb_lena_bakes", "--epochs", "0"], "--epochs must be at least 1"),
        (["mb_lena_bakes", "--keep-within", "nan"], "--keep-within must be between 0 and 1"),
        (["mb_lena_bakes", "--keep-within", "-0.01"], "--keep-within must be between 0 and 1"),
    ],
)
def test_bad_input_is_one_line_exit_1_and_no_output(capsys, tmp_path, monkeypatch, args, reason):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("X_BEARER_TOKEN", raising=False)
    monkeypatch.delenv("MIMICBIRD_X_BEARER_TOKEN", raising=False)
    out_dir = tmp_path / "out"
    assert main([*args, "--output", str(out_dir), "--progress", "json"]) == 1
    captured = capsys.readouterr()
    err_lines = captured.err.strip().splitlines()
    assert len(err_lines) == 1 and err_lines[0].startswith("error: ") and reason in err_lines[0]
    last = json_lines(captured.out)[-1]
    assert last["event"] == "error" and reason in last["message"]
    assert not out_dir.exists() and not (tmp_path / "models").exists()


def test_sigterm_during_training_leaves_the_previous_model_intact(tiny_model_dir, tmp_path):
    out = tmp_path / "models" / "mb_lena_bakes"
    out.mkdir(parents=True)
    (out / "mimicbird.json").write_text('{"model_name": "previous"}')
    proc = subprocess.Popen(
        [sys.executable, "-m", "trainer", "mb_lena_bakes", "--base-model", str(tiny_model_dir), "--output", str(out),
         "--progress", "json", "--epochs", "50", "--samples", "1", *FAST],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=trainer_env(), cwd=ROOT,
    )
    try:
        lines = []
        deadline = time.monotonic() + 240
        for line in proc.stdout:
            lines.append(json.loads(line))
            if lines[-1]["event"] == "progress" and lines[-1]["stage"] == "train":
                break
            assert time.monotonic() < deadline, "no training progress"
        proc.send_signal(signal.SIGTERM)
        rest, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 143
    assert err.strip().splitlines()[-1] == "error: training cancelled"
    final = json_lines(rest)[-1]
    assert final == {"event": "error", "message": "training cancelled"}
    assert "Traceback" not in err
    assert [p.name for p in out.iterdir()] == ["mimicbird.json"]
    assert json.loads((out / "mimicbird.json").read_text()) == {"model_name": "previous"}
    assert not leftovers(out.parent, out.name)


def test_atomic_directory_replaces_only_when_complete(tmp_path):
    target = tmp_path / "model"
    target.mkdir()
    (target / "old.txt").write_text("old")

    with pytest.raises(RuntimeError), atomic_directory(target) as tmp:
        (tmp / "half.txt").write_text("half")
        raise RuntimeError("disk full")
    assert [p.name for p in target.iterdir()] == ["old.txt"] and not leftovers(tmp_path, "model")

    with pytest.raises(OutputCancelled), atomic_directory(target, stop=lambda: True) as tmp:
        (tmp / "new.txt").write_text("new")
    assert [p.name for p in target.iterdir()] == ["old.txt"] and not leftovers(tmp_path, "model")

    with atomic_directory(target) as tmp:
        (tmp / "new.txt").write_text("new")
    assert [p.name for p in target.iterdir()] == ["new.txt"] and not leftovers(tmp_path, "model")


def test_temporaries_of_dead_writers_are_removed(tmp_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    stale = tmp_path / f".model.tmp-{dead.stdout.strip()}-abc"
    stale.mkdir()
    alive = tmp_path / f".model.tmp-{os.getpid()}-abc"
    alive.mkdir()
    remove_stale_temporaries(tmp_path / "model")
    assert not stale.exists() and alive.exists()


@pytest.mark.slow
def test_real_embedded_model_fine_tunes(tmp_path):
    """A few steps on the real SmolLM2-135M: the validation loss falls."""
    out = tmp_path / "lena"
    proc = run_cli("mb_lena_bakes", "--base-model", "smollm2-135m", "--output", str(out), "--progress", "json",
                   "--epochs", "1", "--max-steps", "8", "--block-size", "64", "--batch-size", "4", "--samples", "1", "--no-eval",
                   timeout=600)
    assert proc.returncode == 0, proc.stderr
    meta = json.loads((out / "mimicbird.json").read_text())
    assert meta["val_loss"] < meta["initial_val_loss"] - 0.3
    assert meta["base_model"] == "HuggingFaceTB/SmolLM2-135M-Instruct"
    assert meta["samples"][0].startswith("My dream is")


def test_push_to_hub_and_wandb_offline(tiny_model_dir, tmp_path, monkeypatch, capsys):
    """--push-to-hub through the real huggingface_hub client to a fake Hub; --wandb in offline mode."""
    from huggingface_hub import constants

    from tests.fakes.fake_hf_hub import FakeHfHub

    token = "hf_CliTestTokenNeverShown123"
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", False)
    monkeypatch.setattr(constants, "HF_HUB_DISABLE_XET", True)
    monkeypatch.setenv("HF_TOKEN", token)
    for name in ("WANDB_DIR", "WANDB_DATA_DIR", "WANDB_CACHE_DIR", "WANDB_CONFIG_DIR"):
        (tmp_path / name).mkdir()
        monkeypatch.setenv(name, str(tmp_path / name))
    monkeypatch.setenv("WANDB_MODE", "offline")
    monkeypatch.setenv("WANDB_SILENT", "true")
    monkeypatch.delenv("WANDB_API_KEY", raising=False)
    out = tmp_path / "model"
    with FakeHfHub(tokens={token: "alice"}) as hub:
        monkeypatch.setenv("HF_ENDPOINT", hub.endpoint)
        code = main(["mb_lena_bakes", "--base-model", str(tiny_model_dir), "--output", str(out), "--epochs", "1",
                     "--max-steps", "2", "--samples", "1", "--progress", "json", "--push-to-hub", "alice/lena",
                     "--wandb", *FAST])
        captured = capsys.readouterr()
        assert code == 0, captured.err
        done = json_lines(captured.out)[-1]
        assert done["event"] == "done" and done["url"] == f"{hub.endpoint}/alice/lena"
        files = hub.repos["alice/lena"].files
    assert {"model.safetensors", "README.md", "generation_config.json", "mimicbird.json"} <= set(files)
    assert "pipeline('text-generation', model='alice/lena')" in files["README.md"].decode()
    assert token not in captured.out + captured.err
    assert not any(token.encode() in data for data in files.values())
    runs = list((tmp_path / "WANDB_DIR").rglob("offline-run-*"))
    assert len(runs) >= 2  # a preprocess run and a train run


def test_samples_stop_at_eos_and_never_copy_a_training_tweet(tiny_model_dir):
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from trainer.pipeline import generate_samples

    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir)
    tokenizer = AutoTokenizer.from_pretrained(tiny_model_dir)
    free = generate_samples(model, tokenizer, "My dream is", 3, seed=5)
    assert len(free) == 3 and all(s.startswith("My dream is") for s in free)
    assert not any("<|im_end|>" in s for s in free)
    filtered = generate_samples(model, tokenizer, "My dream is", 3, seed=5, training_texts=[free[0]])
    assert free[0] not in filtered and filtered[:2] == free[1:3]


def test_stop_request_raises_at_once_outside_training_and_defers_inside():
    from trainer.pipeline import StopRequest
    from trainer.training import TrainingCancelled

    before = signal.getsignal(signal.SIGTERM)
    with StopRequest.installed() as stop:
        with pytest.raises(TrainingCancelled):
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(5)  # a fetch waiting out a rate limit is interrupted
        assert stop() and stop.signal_name == "SIGTERM"
    assert signal.getsignal(signal.SIGTERM) is before

    with StopRequest.installed() as stop, pytest.raises(TrainingCancelled):
        with stop.deferred():
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(0.05)
            assert stop()  # only the flag: training stops at its next step
        pytest.fail("leaving the deferred block must raise")


@pytest.mark.skipif(__import__("torch").cuda.is_available(), reason="this machine has a GPU")
def test_cuda_without_a_gpu_is_refused_before_fetching(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["mb_lena_bakes", "--device", "cuda", "--progress", "json"]) == 1
    captured = capsys.readouterr()
    assert json_lines(captured.out) == [{"event": "error", "message": "--device cuda was asked for but no CUDA GPU "
                                                                     "is available"}]


def test_unexpected_error_is_one_line_without_secrets(capsys, monkeypatch):
    import trainer.pipeline

    secret = "x-bearer-SECRET-987654"
    monkeypatch.setenv("X_BEARER_TOKEN", secret)

    def broken(config, reporter, stop):
        assert config.bearer_token == secret and secret not in repr(config)
        raise ValueError(f"boom with {secret}\nsecond line")

    monkeypatch.setattr(trainer.pipeline, "run", broken)
    monkeypatch.delenv("MIMICBIRD_DEBUG", raising=False)
    assert main(["mb_lena_bakes", "--progress", "json"]) == 2
    captured = capsys.readouterr()
    assert captured.err.strip().splitlines() == [
        "error: unexpected ValueError: boom with *** second line (set MIMICBIRD_DEBUG=1 for details)"]
    # the operator hint stays in the log: the JSON error event is what chat users see
    assert json_lines(captured.out)[-1] == {"event": "error", "message": "unexpected ValueError: boom with *** second line"}
    assert secret not in captured.out

    monkeypatch.setenv("MIMICBIRD_DEBUG", "1")
    assert main(["mb_lena_bakes", "--progress", "none"]) == 2
    err = capsys.readouterr().err
    assert "Traceback" in err and secret not in err
