"""The stacked LoRA bank (``bot/generation/lora_bank.py``) against peft's own mixed-adapter batches: every row of
a batch must come out exactly as peft computes it with that row's adapter, whatever mix of adapters, ranks,
scales and layers the batch holds, and after adapters come and go."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch
from peft import LoraConfig, PeftModel, get_peft_model
from transformers import AutoModelForCausalLM

from bot.generation.lora_bank import LoraBank
from trainer.adapters import AdapterError

# name -> LoraConfig options: two ranks (two stacks), rsLoRA, some layers only, per-layer ranks and alphas
SPECS = {
    "a": {"r": 2, "lora_alpha": 4, "target_modules": "all-linear"},
    "b": {"r": 4, "lora_alpha": 3, "target_modules": ["q_proj", "v_proj"], "use_rslora": True},
    "c": {"r": 2, "lora_alpha": 5, "target_modules": "all-linear", "rank_pattern": {"o_proj": 1},
          "alpha_pattern": {"down_proj": 7}},
    "d": {"r": 2, "lora_alpha": 3, "target_modules": ["gate_proj", "up_proj", "down_proj"]},
    "e": {"r": 2, "lora_alpha": 2, "target_modules": "all-linear"},
    "f": {"r": 3, "lora_alpha": 6, "target_modules": ["q_proj", "up_proj"], "layers_to_transform": [1]},  # --lora-layers
}
IDS = torch.tensor([[5, 9, 2, 7, 11, 3]])


def save_adapter(base_dir: Path, folder: Path, seed: int, **options) -> Path:
    """A peft adapter with random (non-zero) A and B, saved by peft itself."""
    torch.manual_seed(seed)
    model = get_peft_model(AutoModelForCausalLM.from_pretrained(base_dir),
                           LoraConfig(init_lora_weights=False, **options))
    with torch.no_grad():
        for name, param in model.named_parameters():
            if "lora_B" in name:
                param.normal_(0, 0.5)
    model.save_pretrained(folder)
    return folder


@pytest.fixture(scope="module")
def adapters(tiny_model_dir, tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("bank")
    return {name: save_adapter(tiny_model_dir, root / name, seed, **spec)
            for seed, (name, spec) in enumerate(SPECS.items())}


@pytest.fixture(scope="module")
def reference(tiny_model_dir, adapters):
    """peft with every adapter loaded: the logits of each adapter (and of the base) on IDS."""
    model = None
    for name, folder in adapters.items():
        if model is None:
            model = PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained(tiny_model_dir), folder,
                                              adapter_name=name)
        else:
            model.load_adapter(folder, adapter_name=name)
    model.eval()
    with torch.inference_mode():
        out = {name: model(IDS, adapter_names=[name]).logits[0] for name in adapters}
        out[None] = model(IDS, adapter_names=["__base__"]).logits[0]
    return out


def bank_logits(bank: LoraBank, rows: list[str | None], adapters: dict[str, Path]) -> torch.Tensor:
    keys = [str(adapters[r]) if r else None for r in rows]
    with torch.inference_mode(), bank.rows(keys):
        return bank.model(IDS.repeat(len(rows), 1)).logits


def assert_rows(bank, rows, adapters, reference) -> None:
    logits = bank_logits(bank, rows, adapters)
    for i, name in enumerate(rows):
        torch.testing.assert_close(logits[i], reference[name], rtol=1e-4, atol=1e-4, msg=f"row {i} ({name})")


@pytest.fixture
def bank(tiny_model_dir, adapters):
    bank = LoraBank(AutoModelForCausalLM.from_pretrained(tiny_model_dir, dtype=torch.float32).eval())
    for folder in adapters.values():
        assert bank.add(str(folder), folder) > 0
    yield bank
    bank.close()


@pytest.mark.parametrize("rows", [
    ["a", "b", "c", "d", None, "a", "c", "f"],  # three stacks, repeats, a base row: gathered weights
    ["c", "a", "e", "d"],  # every rank-2 slot once, out of order: the stack as it is
    ["a", "c", "d", "e"],  # ... in slot order
    ["c", "c", "c"],  # one adapter: plain matmuls
    ["b"],
    [None, None],
])
def test_every_row_is_what_peft_computes_with_its_adapter(bank, adapters, reference, rows):
    assert_rows(bank, rows, adapters, reference)


def test_the_adapters_change_the_output(reference):
    for name in SPECS:  # else the comparisons above would prove nothing
        assert (reference[name] - reference[None]).abs().max() > 0.05, name


def test_adapters_come_and_go_and_the_stacks_follow(bank, adapters, reference):
    full = bank.nbytes
    assert len(bank) == 6 and bank.dtype == torch.float32
    bank.remove(str(adapters["a"]))
    bank.remove(str(adapters["c"]))  # the rank-2 stack: 2 of 4 slots used
    assert bank.nbytes == full and len(bank) == 4  # the freed slots wait for the next adapters
    assert_rows(bank, ["e", "d", "b", None, "e"], adapters, reference)
    bank.add(str(adapters["c"]), adapters["c"])  # a freed slot is reused
    assert bank.nbytes == full
    assert_rows(bank, ["c", "e", "d"], adapters, reference)
    bank.remove(str(adapters["c"]))
    bank.compact()  # ... or given back
    assert bank.nbytes < full and len(bank) == 4
    assert_rows(bank, ["e", "d", "b", None, "e"], adapters, reference)
    with pytest.raises(KeyError):
        bank_logits(bank, ["a"], adapters)
    bank.add(str(adapters["a"]), adapters["a"])
    assert_rows(bank, ["a", "e", "d", "b"], adapters, reference)
    for name in ("a", "b", "d", "e", "f"):
        bank.remove(str(adapters[name]))
    bank.compact()
    assert len(bank) == 0 and bank.nbytes == 0
    assert not any(module._forward_hooks for module in bank.model.modules())  # the bare base model again
    with torch.inference_mode():
        torch.testing.assert_close(bank.model(IDS).logits[0], reference[None])


def test_a_bf16_model_serves_close_to_fp32(tiny_model_dir, adapters, reference):
    bank = LoraBank(AutoModelForCausalLM.from_pretrained(tiny_model_dir, dtype=torch.bfloat16).eval())
    try:
        assert bank.dtype == torch.bfloat16  # the stacks keep the model's dtype
        for name in ("a", "b"):
            bank.add(str(adapters[name]), adapters[name])
        logits = bank_logits(bank, ["b", "a"], adapters).float()
        for row, name in enumerate(["b", "a"]):
            assert torch.nn.functional.cosine_similarity(logits[row].flatten(), reference[name].flatten(), 0) > 0.99
    finally:
        bank.close()


def test_gpt2_conv1d_layers_are_served_like_peft(tmp_path):
    from transformers import GPT2Config, GPT2LMHeadModel

    base_dir = tmp_path / "gpt2"
    GPT2LMHeadModel(GPT2Config(vocab_size=64, n_embd=32, n_layer=2, n_head=2)).save_pretrained(base_dir)
    folder = save_adapter(base_dir, tmp_path / "persona", 7, r=2, lora_alpha=4, target_modules=["c_attn", "c_fc"],
                          fan_in_fan_out=True)
    peft_model = PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained(base_dir), folder).eval()
    bank = LoraBank(AutoModelForCausalLM.from_pretrained(base_dir).eval())
    bank.add("p", folder)
    with torch.inference_mode(), bank.rows(["p", None]):
        ours = bank.model(IDS.repeat(2, 1)).logits
    with torch.inference_mode():
        theirs = peft_model(IDS).logits[0]
        with peft_model.disable_adapter():
            base = peft_model(IDS).logits[0]
    torch.testing.assert_close(ours[0], theirs, rtol=1e-4, atol=1e-4)
    torch.testing.assert_close(ours[1], base, rtol=1e-4, atol=1e-4)
    assert (theirs - base).abs().max() > 0.01


@pytest.mark.parametrize("how, reason", [
    ("dora", "uses use_dora"),
    ("wide", "its layers do not fit the base model's"),
    ("embedding", "which the bot cannot serve beside other personas"),
    ("rank", "has rank 2, its configuration says 3"),
    ("alpha", "no valid rank or alpha"),
    ("unreadable", "is corrupt: it cannot be read"),
])
def test_what_cannot_be_stacked_is_refused_in_one_line(tiny_model_dir, adapters, reference, tmp_path, how, reason):
    if how == "dora":
        folder = save_adapter(tiny_model_dir, tmp_path / how, 1, r=2, target_modules=["q_proj"], use_dora=True)
    elif how == "wide":  # rank 2 like "a", all layers, but the last one read has a B one row too wide
        from safetensors.torch import load_file, save_file

        folder = save_adapter(tiny_model_dir, tmp_path / how, 1, r=2, target_modules="all-linear")
        weights = load_file(folder / "adapter_model.safetensors")
        last = [k for k in weights if "lora_B" in k][-1]  # the bank reads the file's order
        weights[last] = torch.cat([weights[last], weights[last][:1]])
        save_file(weights, folder / "adapter_model.safetensors")
    elif how == "embedding":
        folder = save_adapter(tiny_model_dir, tmp_path / how, 1, r=2, target_modules=["embed_tokens"])
    else:
        folder = save_adapter(tiny_model_dir, tmp_path / how, 1, r=2, target_modules=["q_proj"])
        config = json.loads((folder / "adapter_config.json").read_text())
        if how == "rank":
            config["r"] = 3
        elif how == "alpha":
            config["lora_alpha"] = "lots"
        else:
            (folder / "adapter_model.safetensors").write_bytes(b"\0" * 64)
        (folder / "adapter_config.json").write_text(json.dumps(config))
    bank = LoraBank(AutoModelForCausalLM.from_pretrained(tiny_model_dir).eval())
    bank.add("good", adapters["a"])
    before = bank.nbytes
    with pytest.raises(AdapterError) as error:
        bank.add("bad", folder)
    assert reason in str(error.value) and "\n" not in str(error.value) and str(tmp_path) not in str(error.value)
    assert len(bank) == 1 and "bad" not in bank
    # ... and the slot it was written to is clean: the next adapter in it (MLP layers only) computes as peft does
    bank.add("d", adapters["d"])
    keys = ["d", "good"]
    with torch.inference_mode(), bank.rows(keys):
        logits = bank.model(IDS.repeat(2, 1)).logits
    torch.testing.assert_close(logits[0], reference["d"], rtol=1e-4, atol=1e-4)
    torch.testing.assert_close(logits[1], reference["a"], rtol=1e-4, atol=1e-4)
    bank.remove("d")
    bank.compact()  # the stack grew a slot for the refused adapter: given back
    assert len(bank) == 1 and bank.nbytes == before
    bank.close()
