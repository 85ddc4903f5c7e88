"""push_to_hub runs the real huggingface_hub client against a fake Hub on 127.0.0.1."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from huggingface_hub import constants

from tests.fakes.fake_hf_hub import FakeHfHub
from trainer.errors import TrainerError
from trainer.model_card import CardData, write_model_card
from trainer.publish import push_to_hub

TOKEN = "hf_TestTokenDoNotLeak0123456789"


@pytest.fixture
def hub(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", False)
    monkeypatch.setattr(constants, "HF_HUB_DISABLE_XET", True)  # legacy LFS protocol, which the fake speaks
    monkeypatch.delenv("HF_TOKEN", raising=False)
    with FakeHfHub(tokens={TOKEN: "alice"}) as fake:
        monkeypatch.setenv("HF_ENDPOINT", fake.endpoint)
        yield fake


@pytest.fixture
def model_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "mb_lena_bakes"
    folder.mkdir()
    (folder / "config.json").write_text(json.dumps({"model_type": "llama", "hidden_size": 32}))
    (folder / "generation_config.json").write_text(json.dumps({"do_sample": True, "top_p": 0.95}))
    (folder / "model.safetensors").write_bytes(bytes(range(256)) * 64)
    (folder / "training_tweets.json").write_text('{"format": "mimicbird-training-tweets"}')
    (folder / ".partial").write_text("hidden files stay home")
    write_model_card(
        folder,
        CardData(
            model_name="mb_lena_bakes",
            handles=["mb_lena_bakes"],
            display_names=["Lena Bakes"],
            stats=[
                {
                    "display_name": "Lena Bakes",
                    "downloaded": 10,
                    "retweets": 1,
                    "short": 1,
                    "duplicates": 0,
                    "kept": 8,
                }
            ],
            base_model="HuggingFaceTB/SmolLM2-135M-Instruct",
            epochs=4,
            learning_rate=5e-5,
            train_loss=2.0,
            val_loss=2.5,
            perplexity=12.18,
            samples=["My dream is bread"],
            repo_id="alice/mb_lena_bakes",
        ),
    )
    return folder


def test_push_uploads_every_file_with_the_card(hub: FakeHfHub, model_dir: Path, monkeypatch) -> None:
    monkeypatch.setenv("HF_TOKEN", TOKEN)
    url = push_to_hub(model_dir, "mb_lena_bakes", private=True)
    assert url == f"{hub.endpoint}/alice/mb_lena_bakes"
    repo = hub.repos["alice/mb_lena_bakes"]
    assert repo.private
    expected = {
        "config.json",
        "generation_config.json",
        "model.safetensors",
        "training_tweets.json",
        "README.md",
    }
    assert set(repo.files) == expected  # hidden files are not published
    for name in expected:
        assert repo.files[name] == (model_dir / name).read_bytes()
    assert "🤖 AI BOT 🤖" in repo.files["README.md"].decode()
    assert repo.commits[0]["summary"] == "Upload mimicbird model"
    assert "model.safetensors" in {p for p in repo.files} and hub.lfs_objects  # weights went through LFS
    hub_calls = [r for r in hub.requests if not r.path.startswith("/_lfs/")]
    paths = [r.path.split("?")[0] for r in hub_calls]
    assert "/api/repos/create" in paths
    assert "/api/models/alice/mb_lena_bakes/preupload/main" in paths
    assert "/alice/mb_lena_bakes.git/info/lfs/objects/batch" in paths
    assert "/api/models/alice/mb_lena_bakes/commit/main" in paths
    assert all(r.headers.get("authorization") == f"Bearer {TOKEN}" for r in hub_calls)


def test_second_push_to_an_existing_repo_commits_again(hub: FakeHfHub, model_dir: Path) -> None:
    push_to_hub(model_dir, "alice/mb_lena_bakes", token=TOKEN)
    (model_dir / "README.md").write_text("---\nlanguage: en\n---\nupdated card\n")
    url = push_to_hub(model_dir, "alice/mb_lena_bakes", token=TOKEN, commit_message="Retrain")
    assert url.endswith("/alice/mb_lena_bakes")
    repo = hub.repos["alice/mb_lena_bakes"]
    assert [c["summary"] for c in repo.commits] == ["Upload mimicbird model", "Retrain"]
    assert repo.files["README.md"] == b"---\nlanguage: en\n---\nupdated card\n"


def test_no_token_is_a_clear_error(hub: FakeHfHub, model_dir: Path) -> None:
    with pytest.raises(TrainerError, match="publishing needs a Hugging Face token: set HF_TOKEN"):
        push_to_hub(model_dir, "alice/mb_lena_bakes")
    assert hub.requests == []


def test_rejected_token_reports_status_and_message_without_the_token(hub: FakeHfHub, model_dir: Path) -> None:
    bad = "hf_WrongTokenAlsoSecret987"
    with pytest.raises(TrainerError) as caught:
        push_to_hub(model_dir, "alice/mb_lena_bakes", token=bad)
    message = str(caught.value)
    assert "401" in message and "Invalid credentials" in message
    assert bad not in message and "\n" not in message


def test_hub_error_during_commit_is_reported_without_the_token(hub: FakeHfHub, model_dir: Path) -> None:
    hub.fail_next(
        "/commit/", 403, f"You don't have the rights to create a model under this namespace {TOKEN}"
    )
    with pytest.raises(TrainerError) as caught:
        push_to_hub(model_dir, "alice/mb_lena_bakes", token=TOKEN)
    message = str(caught.value)
    assert "403" in message and "rights to create a model" in message
    assert TOKEN not in message and caught.value.__cause__ is None and "\n" not in message


def test_unreachable_hub_and_bad_names(model_dir: Path, monkeypatch) -> None:
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", False)
    with FakeHfHub() as dead:
        endpoint = dead.endpoint
    monkeypatch.setenv("HF_ENDPOINT", endpoint)  # nothing listens there any more
    with pytest.raises(TrainerError, match="cannot reach the Hub"):
        push_to_hub(model_dir, "alice/x", token=TOKEN)
    with pytest.raises(TrainerError, match="not a Hugging Face repo name"):
        push_to_hub(model_dir, "a/b/c", token=TOKEN)
    with pytest.raises(TrainerError, match="no model folder"):
        push_to_hub(model_dir / "missing", "alice/x", token=TOKEN)
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", True)
    with pytest.raises(TrainerError, match="HF_HUB_OFFLINE"):
        push_to_hub(model_dir, "alice/x", token=TOKEN)
