"""Shared fixtures: a tiny randomly initialised causal LM around the embedded tokenizer (no download)."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.base_model import embedded_tokenizer_dir


def build_tiny_model(target: Path, seed: int = 0) -> Path:
    """A 2-layer Llama-shaped model with the embedded SmolLM2 tokenizer, saved as a model folder."""
    import torch
    from transformers import AutoTokenizer, LlamaConfig, LlamaForCausalLM

    tokenizer = AutoTokenizer.from_pretrained(embedded_tokenizer_dir())
    torch.manual_seed(seed)
    config = LlamaConfig(
        vocab_size=len(tokenizer),
        hidden_size=32,
        intermediate_size=64,
        num_hidden_layers=2,
        num_attention_heads=2,
        num_key_value_heads=2,
        max_position_embeddings=512,
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
        tie_word_embeddings=True,
    )
    LlamaForCausalLM(config).save_pretrained(target)
    tokenizer.save_pretrained(target)
    return target


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_model(tmp_path_factory.mktemp("tiny-model"))


@pytest.fixture(scope="session")
def parrot_dir(tiny_model_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tiny model trained until it says BREAD or STARTER (about half and half), then end-of-text."""
    from tests.parrot_model import BREAD, STARTER, train_parrot

    return train_parrot(tiny_model_dir, tmp_path_factory.mktemp("parrot") / "model", [BREAD, STARTER])


@pytest.fixture(scope="session")
def cued_parrot_dir(tiny_model_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tiny model trained as a blend with voice cues: after "@bread\n" it says BREAD, after "@starter\n"
    STARTER, then end-of-text. Its mimicbird.json records the two cues."""
    import json

    from tests.parrot_model import BREAD, STARTER, train_parrot
    from trainer.voices import METADATA_KEY, cues_for

    cues = cues_for(["bread", "starter"])
    folder = train_parrot(tiny_model_dir, tmp_path_factory.mktemp("cued-parrot") / "model", [BREAD, STARTER],
                          cues=cues)
    (folder / "mimicbird.json").write_text(json.dumps({"handles": ["bread", "starter"], METADATA_KEY: cues}))
    return folder


@pytest.fixture(scope="session")
def ray_cluster(tmp_path_factory: pytest.TempPathFactory):
    """A real local Ray cluster (tests/ray_helpers.py), started once, only when a test asks for it."""
    from tests.ray_helpers import start_local_cluster, stop_local_cluster

    cluster = start_local_cluster(tmp_path_factory.mktemp("ray") / "head.log")
    yield cluster
    stop_local_cluster(cluster.head)
