"""A tiny model that has memorised a few tweets: it reproduces them (and then ends them with end-of-text).

Used by the generation and speaker tests to check end-of-text stops and the verbatim-copy filter with a
model whose output is known. Fine-tunes a copy of the conftest tiny model for a few seconds on CPU.
"""

from __future__ import annotations

import shutil
from pathlib import Path

BREAD = "the bread is ready and it smells like home"
STARTER = "my sourdough starter is alive again today"


def train_parrot(tiny_model_dir: Path, target: Path, texts: list[str], steps: int = 80, seed: int = 0,
                 cues: list[str] | None = None) -> Path:
    """Copy the tiny model to ``target`` and fit it to ``<eos> text <eos>`` for each text (``<eos> cue text
    <eos>`` with ``cues``, one per text, each tokenized on its own as the trainer does).

    One torch thread: on 2 busy cores a 2-thread step of this tiny model took ~8x longer.
    """
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    shutil.copytree(tiny_model_dir, target)
    tokenizer = AutoTokenizer.from_pretrained(target)
    model = AutoModelForCausalLM.from_pretrained(target, dtype=torch.float32)
    eos = tokenizer.eos_token_id
    cue_ids = [tokenizer(cue, add_special_tokens=False)["input_ids"] for cue in cues or [""] * len(texts)]
    rows = [[eos, *cue, *tokenizer(text, add_special_tokens=False)["input_ids"], eos]
            for cue, text in zip(cue_ids, texts, strict=True)]
    width = max(len(row) for row in rows)
    input_ids = torch.full((len(rows), width), eos)
    labels = torch.full((len(rows), width), -100)
    for i, row in enumerate(rows):
        input_ids[i, : len(row)] = torch.tensor(row)
        labels[i, : len(row)] = torch.tensor(row)
    torch.manual_seed(seed)
    optimizer = torch.optim.Adam(model.parameters(), lr=2e-2)
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        model.train()
        for _ in range(steps):
            loss = model(input_ids=input_ids, labels=labels).loss
            loss.backward()
            optimizer.step()
            optimizer.zero_grad()
    finally:
        torch.set_num_threads(threads)
    model.eval()
    model.save_pretrained(target)
    return target


def train_parrot_adapter(base_dir: Path, target: Path, text: str | list[str], steps: int = 20, seed: int = 0,
                         cache_dir: Path | None = None, cues: list[str] | None = None) -> Path:
    """A LoRA adapter folder (written by the trainer's writer, with the base's identity) that makes the
    model in ``base_dir`` (a parrot) say ``text``. Rank 8 on all linear layers, a few seconds on CPU.
    ``cues``: a blend, one voice cue per text (``<eos> cue text <eos>``), recorded in its mimicbird.json."""
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from trainer.base_model import base_identity
    from trainer.output import write_model_folder
    from trainer.voices import METADATA_KEY

    texts = [text] if isinstance(text, str) else text
    tokenizer = AutoTokenizer.from_pretrained(base_dir)
    torch.manual_seed(seed)
    model = get_peft_model(AutoModelForCausalLM.from_pretrained(base_dir, dtype=torch.float32),
                           LoraConfig(r=8, lora_alpha=16, target_modules="all-linear", lora_dropout=0.0))
    eos = tokenizer.eos_token_id
    cue_ids = [tokenizer(cue, add_special_tokens=False)["input_ids"] for cue in cues or [""] * len(texts)]
    rows = [[eos, *cue, *tokenizer(t, add_special_tokens=False)["input_ids"], eos]
            for cue, t in zip(cue_ids, texts, strict=True)]
    optimizer = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=1e-2)
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        for _ in range(steps):
            for row in rows:
                ids = torch.tensor([row])
                model(input_ids=ids, labels=ids).loss.backward()
            optimizer.step()
            optimizer.zero_grad()
    finally:
        torch.set_num_threads(threads)
    model.eval()
    identity = base_identity(str(base_dir), base_dir, cache_dir)
    metadata = {"model_name": target.name, "handles": [target.name], "method": "lora", "form": "adapter",
                "base_identity": identity, "base_model": base_dir.name, "created_at": "2026-01-01T00:00:00+00:00"}
    if cues:
        metadata |= {"handles": [cue.strip().lstrip("@") for cue in cues], METADATA_KEY: cues}
    return write_model_folder(target, model, tokenizer, metadata=metadata, training_texts=texts,
                              public_base_model=base_dir.name)


def guided_greedy(model, tokenizer, asked: list[int], other: list[int], scale: float | None = None,
                  max_new_tokens: int = 30) -> str:
    """Voice guidance (trainer.voices) written out, one row at a time, without a cache: each token the argmax
    of ``other + scale * (asked - other)`` in log-probabilities (default scale: ``GUIDANCE_SCALE``), both
    inputs fed the chosen tokens."""
    import torch

    from trainer.voices import GUIDANCE_SCALE

    scale = GUIDANCE_SCALE if scale is None else scale
    out: list[int] = []
    with torch.inference_mode():
        for _ in range(max_new_tokens):
            lp_asked, lp_other = (torch.log_softmax(model(torch.tensor([[*ids, *out]])).logits[0, -1].float(), dim=-1)
                                  for ids in (asked, other))
            token = int((lp_other + scale * (lp_asked - lp_other)).argmax())
            if token == tokenizer.eos_token_id:
                break
            out.append(token)
    return tokenizer.decode(out, skip_special_tokens=True)
