"""LoRA adapters end to end on the tiny model: training, the adapter folder, merging, the Hub push, base
identity, refusals (missing or different base, corrupt files, another architecture) and mixed-adapter batches."""

from __future__ import annotations

import json
import math
import shutil
import subprocess
import sys
import warnings
from pathlib import Path
from types import SimpleNamespace

import pytest
import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

from tests.conftest import build_tiny_model
from tests.parrot_model import BREAD, STARTER, train_parrot_adapter
from tests.test_cli import FAST, ROOT, run_cli, trainer_env
from trainer.adapters import (
    AdapterError,
    load_base,
    load_for_inference,
    merge_adapter_folder,
)
from trainer.base_model import base_identity, find_base
from trainer.cli import main
from trainer.lora import (
    AUTO_FITS,
    FULL_BYTES_PER_PARAM,
    LoraOptions,
    add_adapter,
    choose_method,
    default_epochs,
    describe,
)
from trainer.output import write_model_folder

TOKEN = "hf_LoraTestTokenNeverShown42"
PEFT_ONLY = """
import sys
from peft import PeftModel
from transformers import AutoModelForCausalLM, AutoTokenizer
import transformers
transformers.logging.set_verbosity_error()
base = AutoModelForCausalLM.from_pretrained(sys.argv[1])
model = PeftModel.from_pretrained(base, sys.argv[2])
tokenizer = AutoTokenizer.from_pretrained(sys.argv[2])
ids = tokenizer("My dream is", return_tensors="pt")
out = model.generate(**ids, max_new_tokens=4, do_sample=False)
print(type(model).__name__, tokenizer.decode(out[0]))
"""
PIPELINE_ONLY = """
import sys, transformers
transformers.logging.set_verbosity_error()
g = transformers.pipeline('text-generation', model=sys.argv[1])
print(g('My dream is', max_new_tokens=5)[0]['generated_text'])
"""


def plain_env() -> dict[str, str]:
    """The trainer's environment without our code on the path: what anyone who downloads a folder has."""
    env = trainer_env()
    env.pop("PYTHONPATH", None)
    return env


@pytest.fixture(scope="module")
def lora_run(tiny_model_dir, tmp_path_factory):
    """One CLI run: --method lora, pushed to a fake Hub (which must get a merged model)."""
    from tests.fakes.fake_hf_hub import FakeHfHub

    root = tmp_path_factory.mktemp("lora")
    out, cache = root / "models" / "mb_lena_bakes", root / "cache"
    with FakeHfHub(tokens={TOKEN: "alice"}) as hub:
        env = trainer_env() | {"HF_HUB_OFFLINE": "0", "HF_HUB_DISABLE_XET": "1", "HF_ENDPOINT": hub.endpoint,
                               "HF_TOKEN": TOKEN}
        proc = subprocess.run(
            [sys.executable, "-m", "trainer", "mb_lena_bakes", "--base-model", str(tiny_model_dir), "--output", str(out),
             "--cache-dir", str(cache), "--method", "lora", "--lora-rank", "4", "--lora-learning-rate", "5e-3",
             "--epochs", "1", "--max-steps", "3", "--samples", "1", "--progress", "json", "--push-to-hub", "alice/lena",
             *FAST], capture_output=True, text=True, timeout=300, env=env, cwd=ROOT)
        assert proc.returncode == 0, proc.stderr
        files = dict(hub.repos["alice/lena"].files)
    return SimpleNamespace(out=out, cache=cache, root=root, hub_files=files, stdout=proc.stdout + proc.stderr)


def test_cli_lora_writes_a_small_adapter_folder(lora_run, tiny_model_dir):
    out = lora_run.out
    files = {p.name for p in out.iterdir()}
    assert {"adapter_config.json", "adapter_model.safetensors", "tokenizer.json", "generation_config.json",
            "README.md", "training_tweets.json", "mimicbird.json"} <= files
    assert not {"config.json", "model.safetensors"} & files
    adapter = (out / "adapter_model.safetensors").stat().st_size
    assert adapter < (tiny_model_dir / "model.safetensors").stat().st_size / 20  # rank 4 of a 1.6M-param model
    meta = json.loads((out / "mimicbird.json").read_text())
    assert meta["method"] == "lora" and meta["form"] == "adapter" and meta["learning_rate"] == 5e-3
    assert meta["lora"]["rank"] == 4 and meta["lora"]["target_modules"] == ["all-linear"]
    identity = meta["base_identity"]
    assert identity["name"] == tiny_model_dir.name and identity["architecture"] == "LlamaForCausalLM"
    assert len(identity["weights_sha256"]) == 64 and len(meta["adapter_sha256"]) == 64
    config = json.loads((out / "adapter_config.json").read_text())
    assert config["base_model_name_or_path"] == tiny_model_dir.name and config["r"] == 4
    card = (out / "README.md").read_text()
    assert "library_name: peft" in card and "**LoRA adapter**" in card and "PeftModel.from_pretrained" in card
    assert "LoRA adapter (rank 4" in card  # the training table says how it was trained
    for text in (json.dumps(meta), json.dumps(config), card):
        assert str(lora_run.root) not in text and str(tiny_model_dir) not in text
    # The adapter learnt something: its B matrices (zero at the start) are not zero any more.
    from safetensors.torch import load_file

    weights = load_file(out / "adapter_model.safetensors")
    assert any(t.abs().sum() > 0 for k, t in weights.items() if "lora_B" in k)


def test_hub_push_of_an_adapter_uploads_a_merged_model(lora_run):
    files = lora_run.hub_files
    assert {"config.json", "model.safetensors", "tokenizer.json", "README.md", "mimicbird.json"} <= set(files)
    assert not {"adapter_config.json", "adapter_model.safetensors"} & set(files)
    card = files["README.md"].decode()
    assert "library_name: transformers" in card and "**standalone model** (a LoRA adapter merged" in card
    assert "pipeline('text-generation', model='alice/lena')" in card
    assert json.loads(files["mimicbird.json"])["form"] == "merged"
    assert TOKEN not in lora_run.stdout and not any(TOKEN.encode() in data for data in files.values())


def test_adapter_loads_with_peft_and_nothing_of_ours(lora_run, tiny_model_dir):
    proc = subprocess.run([sys.executable, "-c", PEFT_ONLY, str(tiny_model_dir), str(lora_run.out)],
                          capture_output=True, text=True, timeout=120, env=plain_env(), cwd="/")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("PeftModelForCausalLM My dream is")


def test_load_for_inference_finds_the_base_by_identity_and_merge_matches(lora_run, tmp_path):
    model, tokenizer = load_for_inference(lora_run.out, lora_run.cache)  # no path given: found by identity
    ids = tokenizer("My dream is a loaf", return_tensors="pt")["input_ids"]
    with torch.no_grad():
        adapted = model(input_ids=ids).logits
        with model.disable_adapter():
            plain = model(input_ids=ids).logits
    assert not torch.allclose(adapted, plain, atol=1e-4)  # the adapter is applied
    merged_dir = merge_adapter_folder(lora_run.out, tmp_path / "merged", lora_run.cache)
    merged = AutoModelForCausalLM.from_pretrained(merged_dir)
    with torch.no_grad():
        assert torch.allclose(merged(input_ids=ids).logits, adapted, atol=1e-4)
    assert json.loads((merged_dir / "mimicbird.json").read_text())["form"] == "merged"


def test_cli_merge_writes_a_standalone_model_that_pipeline_loads(tiny_model_dir, tmp_path):
    out = tmp_path / "merged"
    proc = run_cli("mb_lena_bakes", "--base-model", str(tiny_model_dir), "--output", str(out), "--cache-dir",
                   str(tmp_path / "cache"), "--method", "lora", "--merge", "--lora-rank", "2", "--epochs", "1",
                   "--max-steps", "2", "--samples", "0", "--progress", "none", *FAST)
    assert proc.returncode == 0, proc.stderr
    files = {p.name for p in out.iterdir()}
    assert {"config.json", "model.safetensors", "tokenizer.json"} <= files and "adapter_config.json" not in files
    meta = json.loads((out / "mimicbird.json").read_text())
    assert meta["method"] == "lora" and meta["form"] == "merged" and "adapter_sha256" not in meta
    assert "a LoRA adapter merged into its base model" in (out / "README.md").read_text()
    gen = subprocess.run([sys.executable, "-c", PIPELINE_ONLY, str(out)], capture_output=True, text=True, timeout=120,
                         env=plain_env(), cwd="/")
    assert gen.returncode == 0, gen.stderr
    assert gen.stdout.startswith("My dream is")


# ---------------------------------------------------------------------------------------------- refusals


def _one_line(error: AdapterError, *paths: Path) -> str:
    text = str(error)
    assert "\n" not in text and len(text) < 300
    assert not any(str(path) in text for path in paths)
    return text


def test_a_different_base_is_refused(lora_run, tmp_path):
    other = build_tiny_model(tmp_path / "other-base", seed=1)  # same shapes and name length, other weights
    with pytest.raises(AdapterError) as error:
        load_for_inference(lora_run.out, lora_run.cache, base_dir=other)
    assert "has other weights" in _one_line(error.value, tmp_path, lora_run.root)


def test_a_missing_base_is_refused(lora_run, tmp_path):
    with pytest.raises(AdapterError) as error:
        load_for_inference(lora_run.out, tmp_path / "a-cache-that-never-saw-this-base")
    assert "not on this machine" in _one_line(error.value, tmp_path, lora_run.root)


@pytest.mark.parametrize("damage", ["flip", "truncate", "config", "metadata", "missing"])
def test_a_corrupt_adapter_is_refused(lora_run, tmp_path, tiny_model_dir, damage):
    folder = shutil.copytree(lora_run.out, tmp_path / "copy")
    weights = folder / "adapter_model.safetensors"
    if damage == "flip":
        data = bytearray(weights.read_bytes())
        data[len(data) // 2] ^= 0x01
        weights.write_bytes(bytes(data))
    elif damage == "truncate":
        weights.write_bytes(weights.read_bytes()[:100])
    elif damage == "config":
        (folder / "adapter_config.json").write_text("{not json")
    elif damage == "metadata":
        meta = json.loads((folder / "mimicbird.json").read_text())
        del meta["base_identity"]
        (folder / "mimicbird.json").write_text(json.dumps(meta))
    else:
        weights.unlink()
    with pytest.raises(AdapterError) as error:
        load_for_inference(folder, lora_run.cache, base_dir=tiny_model_dir)
    text = _one_line(error.value, tmp_path, lora_run.root)
    expected = {"flip": "does not match its checksum", "truncate": "does not match its checksum",
                "config": "configuration cannot be read", "metadata": "does not say which base model",
                "missing": "adapter_model.safetensors is missing"}[damage]
    assert expected in text


def _random_adapter(base_dir: Path, target: Path, cache: Path, identity: dict | None = None) -> Path:
    """An adapter folder for the model in base_dir, random weights; ``identity`` forges its metadata."""
    from peft import LoraConfig, get_peft_model

    model = get_peft_model(AutoModelForCausalLM.from_pretrained(base_dir),
                           LoraConfig(r=2, target_modules="all-linear", init_lora_weights=False))
    meta = {"model_name": target.name, "method": "lora", "base_identity":
            identity or base_identity(str(base_dir), base_dir, cache)}
    return write_model_folder(target, model, AutoTokenizer.from_pretrained(base_dir), metadata=meta,
                              training_texts=[], public_base_model=base_dir.name)


def test_an_adapter_for_another_architecture_is_refused(lora_run, tmp_path, tiny_model_dir):
    from transformers import GPT2Config, GPT2LMHeadModel

    tokenizer = AutoTokenizer.from_pretrained(tiny_model_dir)
    gpt2_dir = tmp_path / "gpt2-base"
    GPT2LMHeadModel(GPT2Config(vocab_size=len(tokenizer), n_embd=32, n_layer=2, n_head=2)).save_pretrained(gpt2_dir)
    tokenizer.save_pretrained(gpt2_dir)
    gpt2_adapter = _random_adapter(gpt2_dir, tmp_path / "gpt2-persona", lora_run.cache)
    with pytest.raises(AdapterError) as error:
        load_for_inference(gpt2_adapter, lora_run.cache, base_dir=tiny_model_dir)
    assert "was made for a GPT2LMHeadModel" in _one_line(error.value, tmp_path)

    # Metadata that lies (it names the Llama base) does not get the weights in: their modules do not exist ...
    llama = base_identity(str(tiny_model_dir), tiny_model_dir, lora_run.cache)
    forged = _random_adapter(gpt2_dir, tmp_path / "forged", lora_run.cache, identity=llama)
    with pytest.raises(AdapterError) as error:
        load_for_inference(forged, lora_run.cache, base_dir=tiny_model_dir)
    assert "is for another architecture: the base model has no layer" in _one_line(error.value, tmp_path)
    # ... or their shapes do not fit (a Llama of another width).
    wide_dir = tmp_path / "wide-base"
    from transformers import LlamaConfig, LlamaForCausalLM

    LlamaForCausalLM(LlamaConfig(vocab_size=len(tokenizer), hidden_size=48, intermediate_size=64, num_hidden_layers=2,
                                 num_attention_heads=2, num_key_value_heads=2)).save_pretrained(wide_dir)
    tokenizer.save_pretrained(wide_dir)
    wide = _random_adapter(wide_dir, tmp_path / "wide", lora_run.cache, identity=llama)
    with pytest.raises(AdapterError) as error:
        load_for_inference(wide, lora_run.cache, base_dir=tiny_model_dir)
    assert "is for another architecture" in _one_line(error.value, tmp_path) and "has shape" in str(error.value)


# ---------------------------------------------------------------------------------------------- serving


def _greedy(model, tokenizer, prompts: list[str]) -> list[str]:
    """One left-padded greedy generate call; each prompt starts after end-of-text, like the bot's."""
    eos = tokenizer.eos_token_id
    rows = [[eos, *tokenizer(p, add_special_tokens=False)["input_ids"]] for p in prompts]
    width = max(len(r) for r in rows)
    ids = torch.tensor([[eos] * (width - len(r)) + r for r in rows])
    mask = torch.tensor([[0] * (width - len(r)) + [1] * len(r) for r in rows])
    with torch.inference_mode():
        out = model.generate(input_ids=ids, attention_mask=mask, max_new_tokens=12, do_sample=False,
                             eos_token_id=eos, pad_token_id=eos)
    texts = []
    for prompt, row in zip(prompts, out[:, width:].tolist(), strict=True):
        row = row[: row.index(eos)] if eos in row else row
        texts.append(" ".join((prompt + tokenizer.decode(row, skip_special_tokens=True)).split()))
    return texts


def test_one_batch_serves_each_row_with_its_own_adapter(parrot_dir, tmp_path_factory):
    """Two adapters trained to different tweets, one generate call: every row says its own adapter's tweet.

    Served as the bot serves them: stacked in a ``LoraBank`` (``tests/test_lora_bank.py`` compares it with
    peft's own mixed batches number by number)."""
    from bot.generation.lora_bank import LoraBank

    root = tmp_path_factory.mktemp("personas")
    cache = root / "cache"
    bread = train_parrot_adapter(parrot_dir, root / "bread", BREAD, cache_dir=cache)
    starter = train_parrot_adapter(parrot_dir, root / "starter", STARTER, cache_dir=cache)
    tokenizer = AutoTokenizer.from_pretrained(parrot_dir)
    bank = LoraBank(load_base(parrot_dir))
    base_says = _greedy(bank.model, tokenizer, [""])[0]
    assert base_says == BREAD  # the parrot's own favourite: the STARTER adapter must change it

    bank.add("bread", bread)
    bank.add("starter", starter)
    names = ["starter", "bread", None, "starter", "bread"]
    prompts = ["", "", "", "my sourdough", "the bread"]  # different lengths: left padding per row
    with bank.rows(names):
        mixed = _greedy(bank.model, tokenizer, prompts)
    assert mixed[:3] == [STARTER, BREAD, BREAD]
    assert mixed[3].startswith("my sourdough starter is alive") and mixed[4].startswith("the bread is ready")
    for row, (prompt, name) in enumerate(zip(prompts, names, strict=True)):  # as if each were alone
        with bank.rows([name]):
            assert _greedy(bank.model, tokenizer, [prompt]) == [mixed[row]]

    # Eviction: a removed adapter is gone, the other keeps serving, and it can come back.
    bank.remove("starter")
    with pytest.raises(KeyError, match="not in the bank"), bank.rows(["starter"]):
        pass
    with bank.rows(["bread"]):
        assert _greedy(bank.model, tokenizer, [""]) == [BREAD]
    bank.remove("bread")
    bank.add("starter2", starter)
    with bank.rows(["starter2", None]):
        assert _greedy(bank.model, tokenizer, ["", ""]) == [STARTER, BREAD]


# ---------------------------------------------------------------------------------------------- training


def _data(tokenizer, texts, epochs, block=16):
    from trainer.dataset import build_training_data

    return build_training_data([("acct", texts)], tokenizer, block_size=block, epochs=epochs, seed=0)


@pytest.mark.parametrize("dtype", ["fp32", "bf16"])
def test_training_a_lora_model_updates_only_the_adapter(tiny_model_dir, dtype):
    from trainer.loss import fused_loss_parts
    from trainer.training import TrainSettings, evaluate, train

    tokenizer = AutoTokenizer.from_pretrained(tiny_model_dir)
    model = add_adapter(AutoModelForCausalLM.from_pretrained(tiny_model_dir, dtype=torch.float32),
                        LoraOptions(rank=4, alpha=8, dropout=0.0))
    assert fused_loss_parts(model) is not None  # the chunked loss runs with the frozen head
    frozen = {n: p.detach().clone() for n, p in model.named_parameters() if not p.requires_grad}
    buffers = {n: b.detach().clone() for n, b in model.named_buffers() if b.is_floating_point()}
    trainable = {n: p.detach().clone() for n, p in model.named_parameters() if p.requires_grad}
    assert trainable and all("lora_" in n for n in trainable)
    data = _data(tokenizer, [f"the baker bakes bread number {i % 7} every morning" for i in range(40)], epochs=3)
    result = train(model, data, TrainSettings(learning_rate=5e-3, batch_size=4, dtype=dtype, patience=3))
    assert result.val_loss < result.initial_val_loss - 0.05
    assert evaluate(model, data.val, 4, torch.device("cpu")) == pytest.approx(result.val_loss, abs=0.05)
    after = dict(model.named_parameters())
    assert all(not after[n].requires_grad for n in frozen) and all(after[n].requires_grad for n in trainable)
    assert any(not torch.equal(after[n], w) for n, w in trainable.items())
    # bf16 compute or not, the frozen base and the buffers (rotary frequencies) are exactly what was loaded,
    # so the model evaluated after training is the one the saved adapter gives on its base
    assert all(torch.equal(after[n], w) for n, w in frozen.items())
    assert buffers and all(torch.equal(b, buffers[n]) for n, b in model.named_buffers() if n in buffers)
    assert next(model.parameters()).dtype == torch.float32 and math.isfinite(result.train_loss)


def test_an_adapter_of_the_top_layers_only(tiny_model_dir):
    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir)
    top = add_adapter(model, LoraOptions(rank=2, dropout=0.0, layers=1))
    adapted = {n.split(".lora_A")[0] for n, _ in top.named_parameters() if ".lora_A" in n}
    assert adapted and all(".layers.1." in n for n in adapted)  # the tiny model's last block only
    assert {n.rsplit(".", 1)[-1] for n in adapted} == {"q_proj", "k_proj", "v_proj", "o_proj", "gate_proj",
                                                        "up_proj", "down_proj"}  # all its linear layers
    assert top.peft_config["default"].lora_dropout == 0.0
    assert "of the top 1 blocks" in describe(top, "lora", LoraOptions(layers=1))
    with pytest.raises(Exception, match="between 1 and the model's 2 layers"):
        add_adapter(AutoModelForCausalLM.from_pretrained(tiny_model_dir), LoraOptions(layers=3))


def test_auto_picks_lora_where_full_fine_tuning_does_not_fit():
    gib = 2**30
    assert choose_method("full", 1_700_000_000, "cuda", 24 * gib)[0] == "full"  # asked for: done as asked
    assert choose_method("lora", 135_000_000, "cpu", 64 * gib)[0] == "lora"
    method, reason = choose_method("auto", 1_700_000_000, "cuda", 24 * gib)  # SmolLM2-1.7B on a 24 GiB card
    assert method == "lora" and "31.7 GiB" in reason and "GPU's 24 GiB" in reason
    assert 0.6 * 24 * gib < FULL_BYTES_PER_PARAM * 1.7e9
    method, reason = choose_method("auto", 135_000_000, "cpu", 64 * gib)  # fits: the measured winner
    assert method == "lora" and reason.startswith("measured on CPU")
    with pytest.raises(Exception, match="unknown method"):
        choose_method("qlora", 1, "cpu")


@pytest.mark.parametrize(("method", "epochs"), [("full", 2), ("lora", 4), ("auto", default_epochs(AUTO_FITS))])
def test_without_epochs_each_method_trains_its_measured_number(tiny_model_dir, tmp_path, method, epochs):
    assert default_epochs("full") == 2 and default_epochs("lora") == 4  # README "Voice fidelity" says why
    out = tmp_path / "model"
    proc = run_cli("mb_lena_bakes", "--base-model", str(tiny_model_dir), "--output", str(out), "--cache-dir",
                   str(tmp_path / "cache"), "--method", method, "--lora-rank", "2", "--max-steps", "1",
                   "--samples", "0", "--progress", "none", *FAST)
    assert proc.returncode == 0, proc.stderr
    meta = json.loads((out / "mimicbird.json").read_text())
    assert meta["epochs"] == epochs and meta["method"] == (AUTO_FITS if method == "auto" else method)
    assert f"for {epochs} epochs" in (out / "README.md").read_text()


def test_the_same_seed_gives_the_same_adapter_whatever_ran_before(tiny_model_dir, tmp_path):
    """The adapter's random initial weights come from --seed, not from what the process drew before."""
    from safetensors.torch import load_file

    from trainer.pipeline import TrainConfig, run

    def adapter(name: str, seed: int = 42) -> dict[str, torch.Tensor]:
        out = tmp_path / name
        run(TrainConfig(handles=["mb_lena_bakes"], source="sample", base_model=str(tiny_model_dir), output=out,
                        cache_dir=tmp_path / "cache", method="lora", lora_rank=2, epochs=1, max_steps=1,
                        min_tweets=10, block_size=32, samples=0, evaluate=False, seed=seed))
        return load_file(out / "adapter_model.safetensors")

    first = adapter("first")
    torch.rand(1000)  # the global random stream moves on, as between two trainings in one worker
    second, other = adapter("second"), adapter("other", seed=7)
    assert first.keys() == second.keys() and all(torch.equal(first[k], second[k]) for k in first)
    assert not all(torch.equal(first[k], other[k]) for k in first)


@pytest.mark.parametrize(("args", "reason"), [
    (["--lora-rank", "0"], "--lora-rank must be between 1 and 1024"),
    (["--lora-target-modules", "q_proj,rm -rf"], "is not a module name"),
    (["--lora-target-modules", "all-linear,q_proj"], "cannot be combined"),
    (["--lora-learning-rate", "-1"], "--lora-learning-rate must be positive"),
    (["--lora-dropout", "1"], "--lora-dropout must be at least 0 and below 1"),
    (["--lora-layers", "0"], "--lora-layers must be at least 1"),
])
def test_bad_lora_options_are_refused_before_fetching(capsys, tmp_path, monkeypatch, args, reason):
    monkeypatch.chdir(tmp_path)
    assert main(["mb_lena_bakes", "--method", "lora", *args, "--progress", "none"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and reason in err[0]


def test_base_identity_is_cached_stable_and_pathless(tiny_model_dir, tmp_path, monkeypatch):
    import trainer.base_model as base_model

    copy = shutil.copytree(tiny_model_dir, tmp_path / "elsewhere" / tiny_model_dir.name)
    first = base_identity(str(tiny_model_dir), tiny_model_dir, tmp_path / "cache")
    moved = base_identity(str(copy), copy, tmp_path / "cache")
    assert first == moved and str(tmp_path) not in json.dumps(first)  # the same weights elsewhere: same identity
    monkeypatch.setattr(base_model, "weights_sha256", lambda folder: pytest.fail("recomputed"))
    assert base_identity(str(copy), copy, tmp_path / "cache") == first  # cached
    monkeypatch.undo()
    assert find_base(first, tmp_path / "cache") in (tiny_model_dir, copy)
    other = build_tiny_model(tmp_path / "other", seed=3)
    assert base_identity(str(other), other, tmp_path / "cache")["weights_sha256"] != first["weights_sha256"]


def test_adding_or_loading_an_adapter_shows_the_user_no_library_deprecation_warning(lora_run, tiny_model_dir):
    assert "is_gradient_checkpointing" not in lora_run.stdout  # the CLI's training
    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        add_adapter(model, LoraOptions(rank=2, dropout=0.0))
        load_for_inference(lora_run.out, lora_run.cache)
    assert not [w for w in caught if "is_gradient_checkpointing" in str(w.message)]
