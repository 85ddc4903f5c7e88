"""The model card: huggingtweets structure, one column per account, no secrets or machine paths."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from trainer.base_model import EMBEDDED_HUB_ID
from trainer.model_card import (
    CardData,
    escape_cell,
    public_base_model,
    public_settings,
    render_model_card,
    write_model_card,
)


def _stats(name: str, downloaded: int, retweets: int, short: int, duplicates: int) -> dict:
    kept = downloaded - retweets - short - duplicates
    return {
        "display_name": name,
        "downloaded": downloaded,
        "retweets": retweets,
        "short": short,
        "duplicates": duplicates,
        "kept": kept,
    }


def _card(handles: list[str], names: list[str], **overrides) -> CardData:
    stats = [_stats(name, 340 + 10 * i, 20 + i, 15 + i, 2 + i) for i, name in enumerate(names)]
    fields = {
        "model_name": "-".join(sorted(h.lower() for h in handles)),
        "handles": handles,
        "display_names": names,
        "stats": stats,
        "base_model": "HuggingFaceTB/SmolLM2-135M-Instruct",
        "epochs": 4,
        "learning_rate": 5e-5,
        "train_loss": 2.3456,
        "val_loss": 2.8765,
        "perplexity": 17.75,
        "samples": ["My dream is to bake bread at sunrise", "My dream is a | pipe\nand a newline"],
        "train_tokens": 12345,
        "sources": ["sample archive"],
        "extra": {"batch_size": 8, "block_size": 128, "dtype": "bf16"},
    }
    fields.update(overrides)
    return CardData(**fields)


def _front_matter(card: str) -> dict:
    assert card.startswith("---\n")
    head = card.split("---\n", 2)[1]
    return yaml.safe_load(head)


def _table(card: str, first_cell: str) -> list[list[str]]:
    """The Markdown table whose header starts with ``first_cell``, as rows of cells."""
    lines = card.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"| {first_cell} |"))
    rows = []
    for line in lines[start:]:
        if not line.startswith("|"):
            break
        rows.append([cell.strip() for cell in re.split(r"(?<!\\)\|", line)[1:-1]])
    return rows


def test_single_account_card_is_an_ai_bot_with_one_data_column() -> None:
    card = render_model_card(_card(["MB_Lena_Bakes"], ["Lena Bakes"]))
    meta = _front_matter(card)
    assert meta["language"] == "en"
    assert "huggingtweets" in meta["tags"]
    assert meta["widget"] == [{"text": "My dream is"}]
    assert meta["base_model"] == "HuggingFaceTB/SmolLM2-135M-Instruct"
    assert "🤖 AI BOT 🤖" in card and "AI CYBORG" not in card
    assert "@mb_lena_bakes" in card
    table = _table(card, "Data")
    assert table[0] == ["Data", "Lena Bakes"]
    assert [row[0] for row in table[2:]] == [
        "Tweets downloaded",
        "Retweets",
        "Short tweets",
        "Duplicates",
        "Tweets kept",
    ]
    assert [row[1] for row in table[2:]] == ["340", "20", "15", "2", "303"]
    for heading in (
        "## How does it work?",
        "## Training data",
        "## Training procedure",
        "## How to use",
        "## Limitations and bias",
        "## About",
    ):
        assert heading in card
    assert "pipeline('text-generation', model='mb_lena_bakes')" in card
    assert "4 epochs" in card and "5e-05" in card
    assert "2.346" in card and "2.877" in card and "17.75" in card
    assert "oversampled" not in card  # a single account is not balanced


def test_several_accounts_card_is_an_ai_cyborg_with_one_column_each() -> None:
    data = _card(
        ["mb_lena_bakes", "MB_astro_ivo", "mb_grumpy_dev"],
        ["Lena Bakes", "Ivo in Orbit", "Grumpy Dev"],
        repo_id="someone/mb_astro_ivo-mb_grumpy_dev-mb_lena_bakes",
    )
    card = render_model_card(data)
    assert data.model_name == "mb_astro_ivo-mb_grumpy_dev-mb_lena_bakes"
    assert "🤖 AI CYBORG 🤖" in card and "AI BOT" not in card
    assert "Lena Bakes & Ivo in Orbit & Grumpy Dev" in card
    assert "@mb_astro_ivo-mb_grumpy_dev-mb_lena_bakes" in card
    table = _table(card, "Data")
    assert table[0] == ["Data", "Lena Bakes", "Ivo in Orbit", "Grumpy Dev"]
    kept = next(row for row in table if row[0] == "Tweets kept")
    assert kept[1:] == ["303", "310", "317"]
    assert all(len(row) == 4 for row in table)
    assert "pipeline('text-generation', model='someone/mb_astro_ivo-mb_grumpy_dev-mb_lena_bakes')" in card
    assert "oversampled" in card


def test_samples_are_shown_escaped_under_the_widget_prompt() -> None:
    card = render_model_card(_card(["a_b"], ["A <b>"], samples=["x | y\nz", "<script>alert(1)</script>"]))
    samples = _table(card, "#")
    assert samples[2] == ["1", "x \\| y<br>z"]
    assert samples[3] == ["2", "&lt;script&gt;alert(1)&lt;/script&gt;"]
    assert "<script>" not in card
    assert "Prompt: **My dream is**" in card
    assert escape_cell("a|b\r\nc") == "a\\|b<br>c"


def test_card_has_no_machine_paths_or_secrets(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("HF_TOKEN", "hf_SeCrEtToKeN123")
    local_base = tmp_path / "models" / "my-base"
    local_base.mkdir(parents=True)
    data = _card(
        ["mb_lena_bakes"],
        ["Lena Bakes"],
        base_model=str(local_base),
        extra={
            "output_dir": str(tmp_path / "out"),
            "cache": "~/.cache/mimicbird",
            "hf_token": "hf_SeCrEtToKeN123",
            "X_BEARER_TOKEN": "AAAAbearer",
            "dtype": "bf16",
            "device": "cpu",
            "early_stopping": True,
        },
    )
    path = write_model_card(tmp_path, data)
    assert path == tmp_path / "README.md"
    card = path.read_text(encoding="utf-8")
    assert "hf_SeCrEtToKeN123" not in card and "AAAAbearer" not in card
    assert str(tmp_path) not in card and str(Path.home()) not in card
    assert not re.search(r"(?<![\w/.:])/(tmp|home|root|Users|var|private)/", card)
    assert "~/" not in card
    assert "my-base" in card  # the folder name is kept, the path is not
    assert "base_model" not in _front_matter(card)  # a local folder is not a hub id
    assert "| Device | cpu |" in card and "| Early stopping | True |" in card


def test_base_model_names() -> None:
    assert public_base_model("/home/me/.cache/mimicbird/base/smollm2-135m") == EMBEDDED_HUB_ID
    assert public_base_model("smollm2-135m") == EMBEDDED_HUB_ID
    assert public_base_model("gpt2") == "gpt2"
    assert public_base_model("openai-community/gpt2") == "openai-community/gpt2"
    assert public_base_model("C:\\models\\tiny") == "tiny"
    assert public_base_model("./models/tiny/") == "tiny"


def test_public_settings_drops_credentials_and_paths(tmp_path: Path) -> None:
    settings = {
        "hf_token": "hf_x",
        "bearer_token": "b",
        "api_key": "k",
        "author": "lena",
        "output": tmp_path / "out",
        "inputs": [str(tmp_path / "a.zip"), "b.csv"],
        "nested": {"password": "p", "cache_dir": "~/.cache/mimicbird"},
        "seed": 42,
        "unset": None,
    }
    assert public_settings(settings) == {
        "author": "lena",
        "output": "out",
        "inputs": ["a.zip", "b.csv"],
        "nested": {"cache_dir": "mimicbird"},
        "seed": 42,
    }


def test_card_parses_as_a_hub_model_card_with_stats_from_cleaning() -> None:
    from huggingface_hub import ModelCard

    from trainer.cleaning import clean_account
    from trainer.tweets import AccountTweets, Tweet

    tweets = [Tweet("RT @x: hi there", is_retweet=True), Tweet("ok"), Tweet("a b c d"), Tweet("a b c d")]
    cleaned = clean_account(AccountTweets("mb_lena_bakes", "Lena Bakes", tweets, source="sample"))
    card = render_model_card(_card(["mb_lena_bakes"], ["Lena Bakes"], stats=[cleaned.stats.as_dict()]))
    assert [row[1] for row in _table(card, "Data")[2:]] == ["4", "1", "1", "1", "1"]
    parsed = ModelCard(card)
    assert parsed.data.language == "en"
    assert parsed.data.widget == [{"text": "My dream is"}]
    assert parsed.data.base_model == "HuggingFaceTB/SmolLM2-135M-Instruct"
    assert "🤖 AI BOT 🤖" in parsed.text


def test_accounts_are_named_with_their_platform_and_linked_to_their_profile() -> None:
    card = render_model_card(_card(
        ["lena_bakes", "ivo.bsky.social", "bob@mastodon.social", "mb_astro_ivo"], ["Lena", "Ivo", "Bob", "Astro"],
        platforms=["x", "bluesky", "mastodon", "x"],
        profile_urls=["https://x.com/lena_bakes", "https://bsky.app/profile/ivo.bsky.social",
                      "https://mastodon.social/@bob", None],
    ))
    assert ("trained on tweets by Lena ([@lena_bakes](https://x.com/lena_bakes) on X), "
            "Ivo ([@ivo.bsky.social](https://bsky.app/profile/ivo.bsky.social) on Bluesky), "
            "Bob ([@bob@mastodon.social](https://mastodon.social/@bob) on Mastodon), "
            "Astro (@mb_astro_ivo on X).") in card
    assert "fewer than 3 of its words are free of a link, a mention and a hashtag" in card
    hostile = render_model_card(_card(["lena"], ["Lena"], platforms=["x"],
                                      profile_urls=["javascript:alert(1)) [x](https://evil"]))
    assert "javascript:" not in hostile and "Lena (@lena on X)" in hostile
    assert "Lena (@lena)" in render_model_card(_card(["lena"], ["Lena"]))  # older callers: no platform


def test_the_card_says_how_to_give_the_voice_cue() -> None:
    from trainer.model_card import render_model_card

    one = render_model_card(_card(["lena"], ["Lena"], voice_cues=["@lena\n"]))
    assert "preceded by the account's voice cue (`@lena`, on a line of its own)" in one
    blend = render_model_card(_card(["ivo", "lena"], ["Ivo", "Lena"], voice_cues=["@ivo\n", "@lena\n"]))
    assert "its account's voice cue (`@ivo`, `@lena`, each on a line of its own)" in blend
    assert "`guidance_scale=2` and, as `negative_prompt_ids`, the same prompt after another voice's cue" in blend
    assert "guidance" not in one  # one voice: nothing to guide it away from
    assert "voice cue" not in render_model_card(_card(["lena"], ["Lena"]))  # --no-voice-cues, or an older folder
