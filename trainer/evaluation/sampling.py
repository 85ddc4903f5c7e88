"""Tweets sampled the way the bot samples them, quickly and reproducibly, for the fidelity evaluation.

As in ``bot/generation.py`` (``Generator._run_batch``): every prompt starts after the end-of-text token (where
the trainer put a tweet's start) and the model's voice cue (``trainer.voices``), a blend's rows guided away
from another voice (voice guidance, a contrast row computed beside each row); prompts are left-padded
into one batch, tokens are drawn with the folder's temperature and top-p (``generation_config.json``,
``trainer.output.TWEET_GENERATION``) up to its ``max_new_tokens``, a row stops at end-of-text (or another
chat stop token), and the text is the prompt plus the continuation up to a stop or a blank line, whitespace
collapsed (``bot.postprocess.tweet_body``).

Two things differ, neither changes the distribution: the random numbers come from a ``torch.Generator``
seeded by the caller (the same seed gives the same samples whatever else the process did), and a finished
row leaves the batch (its key/value cache rows are dropped), so a batch costs what its rows need rather
than ``max_new_tokens`` steps for every row. Top-p is sampled exactly from a row's most likely tokens:
the top 256 when they hold ``top_p`` of the probability, else the top 4096, else a full sort (``CANDIDATES``;
measured on a fine-tuned 135M model at temperature 1: 58% of rows need more than 256 tokens, 7% more than
4096, none more than 16k). Sorting the 49k-token vocabulary of every row each step had cost a third of the
sampling on a 2-core CPU. The first step keeps only the last position's logits by index (a copy), since a
sliced, non-contiguous hidden state sends bf16 ``linear`` on a CPU down a path that copies the 49k x 576
output matrix once per row (1.5 s for 32 rows, measured with torch 2.13).
"""

from __future__ import annotations

import copy
import inspect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import torch

from trainer.voices import GUIDANCE_SCALE, contrast_cues, cue_ids, even_cues

MAX_PROMPT_TOKENS = 256  # as the bot
STOP_TOKENS = ("<|im_end|>", "<|endoftext|>", "<|im_start|>", "</s>")
CANDIDATES = (256, 4096)  # then the whole vocabulary
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


@dataclass(frozen=True)
class SampleSettings:
    temperature: float = 1.0
    top_p: float = 0.95
    max_new_tokens: int = 60

    @classmethod
    def from_generation_config(cls, config: Any) -> SampleSettings:
        """The folder's sampling settings; ``trainer.output.TWEET_GENERATION`` where it names none."""
        from trainer.output import TWEET_GENERATION

        def pick(name: str) -> Any:
            value = getattr(config, name, None) if config is not None else None
            return TWEET_GENERATION[name] if value is None else value

        greedy = config is not None and getattr(config, "do_sample", True) is False
        return cls(temperature=0.0 if greedy else float(pick("temperature")), top_p=float(pick("top_p")),
                   max_new_tokens=int(pick("max_new_tokens")))


def stop_ids(tokenizer: Any, generation_config: Any = None) -> tuple[int, tuple[int, ...]]:
    """(the token every prompt starts after, the tokens that end a tweet), as the bot's model cache has them."""
    start = tokenizer.eos_token_id if tokenizer.eos_token_id is not None else tokenizer.bos_token_id
    if start is None:
        from trainer.errors import TrainerError

        raise TrainerError("the model has no end-of-text token")
    stops = {int(start)}
    configured = getattr(generation_config, "eos_token_id", None)
    stops.update(configured if isinstance(configured, list) else [configured] if configured is not None else [])
    added = tokenizer.get_added_vocab()
    stops.update(added[token] for token in STOP_TOKENS if token in added)
    return int(start), tuple(sorted(stops))


def next_tokens(logits: torch.Tensor, temperature: float, top_p: float, generator: torch.Generator) -> torch.Tensor:
    """One token per row of ``logits`` ([rows, vocab]): temperature, then nucleus (top-p) sampling."""
    if temperature <= 0:
        return logits.argmax(dim=-1)
    logits = logits.float() / temperature
    if top_p >= 1.0:
        return _gumbel_argmax(logits, generator)
    choice = torch.empty(logits.shape[0], dtype=torch.long, device=logits.device)
    log_total = torch.logsumexp(logits, dim=-1, keepdim=True)
    pending = torch.arange(logits.shape[0], device=logits.device)  # rows whose nucleus is not yet found
    vocab = logits.shape[-1]
    for k in (*CANDIDATES, vocab):
        k = min(k, vocab)
        top, index = logits[pending].topk(k, dim=-1)  # sorted, most likely first
        probs = (top - log_total[pending]).exp()
        covered = probs.sum(-1) >= top_p if k < vocab else torch.ones_like(pending, dtype=torch.bool)
        if covered.any():
            picked = _gumbel_argmax(_nucleus(top[covered], probs[covered], top_p), generator)
            choice[pending[covered]] = index[covered].gather(1, picked[:, None]).squeeze(1)
        pending = pending[~covered]
        if not len(pending):
            break
    return choice


def _nucleus(sorted_logits: torch.Tensor, probs: torch.Tensor, top_p: float) -> torch.Tensor:
    before = probs.cumsum(-1) - probs  # mass of the tokens ranked above each one
    return sorted_logits.masked_fill(before >= top_p, float("-inf"))


def _gumbel_argmax(logits: torch.Tensor, generator: torch.Generator) -> torch.Tensor:
    uniform = torch.rand(logits.shape, generator=generator, device=logits.device).clamp_(1e-12, 1 - 1e-7)
    return (logits - torch.log(-torch.log(uniform))).argmax(dim=-1)


def left_padded(rows: Sequence[Sequence[int]], pad_id: int) -> tuple[torch.Tensor, torch.Tensor]:
    """The token rows left-padded into one tensor, and its attention mask (the bot's generator uses it too)."""
    width = max(len(row) for row in rows)
    input_ids = torch.full((len(rows), width), pad_id, dtype=torch.long)
    mask = torch.zeros((len(rows), width), dtype=torch.long)
    for i, row in enumerate(rows):
        input_ids[i, width - len(row):] = torch.tensor(row)
        mask[i, width - len(row):] = 1
    return input_ids, mask


@torch.inference_mode()
def _sample_rows(model: Any, rows: list[list[int]], pad_id: int, stops: set[int], settings: SampleSettings,
                 generator: torch.Generator, contrast: list[list[int]] | None = None,
                 guidance: float = GUIDANCE_SCALE) -> list[list[int]]:
    """Continuations of the token rows (left-padded into one batch), each up to its first stop token.

    ``contrast``: a second row for each row (another voice's cue before the same prompt), computed in the same
    batch and fed the same tokens; each token is drawn from ``contrast + guidance * (row - contrast)`` in
    log-probabilities (``trainer.voices``: voice guidance, as ``transformers``' ``guidance_scale`` does it)."""
    from transformers import DynamicCache

    device = next(model.parameters()).device
    input_ids, mask = left_padded(rows + (contrast or []), pad_id)
    width = input_ids.shape[1]
    input_ids, mask = input_ids.to(device), mask.to(device)
    positions = (mask.cumsum(-1) - 1).clamp(min=0)
    cache = DynamicCache(config=model.config)
    # transformers 5 names the argument `cache`; 4.x `past_key_values`
    cache_arg = {"cache": cache} if "cache" in inspect.signature(model.forward).parameters else {"past_key_values": cache}
    logits = model(input_ids=input_ids, attention_mask=mask, position_ids=positions, use_cache=True,
                   logits_to_keep=torch.tensor([width - 1], device=device), **cache_arg).logits[:, -1]
    active = list(range(len(rows)))
    out: list[list[int]] = [[] for _ in rows]
    position = positions[:, -1]
    stop_tensor = torch.tensor(sorted(stops), device=device)
    for step in range(settings.max_new_tokens):
        if contrast:
            scores = torch.log_softmax(logits.float(), dim=-1)
            asked, other = scores[:len(active)], scores[len(active):]
            logits = other + guidance * (asked - other)
        token = next_tokens(logits, settings.temperature, settings.top_p, generator)
        finished = torch.isin(token, stop_tensor)
        for row, value, done in zip(active, token.tolist(), finished.tolist(), strict=True):
            if not done:
                out[row].append(value)
        if step == settings.max_new_tokens - 1 or bool(finished.all()):
            break
        if bool(finished.any()):  # finished rows (and their contrast rows) leave the batch and its cache
            keep = (~finished).nonzero().squeeze(1)
            kept = torch.cat([keep, keep + len(active)]) if contrast else keep
            cache.batch_select_indices(kept)
            active = [active[i] for i in keep.tolist()]
            token, mask, position = token[keep], mask[kept], position[kept]
        if contrast:
            token = torch.cat([token, token])
        mask = torch.cat([mask, mask.new_ones((len(token), 1))], dim=1)
        position = position + 1
        logits = model(input_ids=token[:, None], attention_mask=mask, position_ids=position[:, None],
                       use_cache=True, **cache_arg).logits[:, -1]
    return out


def tweet_text(prompt: str, continuation: str) -> str:
    """The prompt and the continuation up to a blank line, whitespace collapsed (what the bot would post)."""
    blank = _BLANK_LINE.search(continuation)
    if blank:
        continuation = continuation[:blank.start()]
    return " ".join((prompt + continuation).split())


def inference_copy(model: Any, dtype: torch.dtype | None = None) -> Any:
    """``model`` ready to sample from, itself left unchanged: a LoRA model merged into a copy (one product per
    adapted layer instead of three, measured 10% faster), cast to ``dtype`` (a copy too) when it computes in
    another one; a plain model already in ``dtype`` is returned as it is."""
    work = model
    if hasattr(model, "merge_and_unload"):
        work = copy.deepcopy(model).merge_and_unload()
    if dtype is not None and next(work.parameters()).dtype != dtype:
        work = (work if work is not model else copy.deepcopy(model)).to(dtype)
    return work.eval()


def draw_samples(model: Any, tokenizer: Any, prompts: list[str], per_prompt: int, seed: int,
                 settings: SampleSettings, batch_rows: int = 64, cues: Sequence[str] = (),
                 guidance: float = GUIDANCE_SCALE) -> list[tuple[str, str]]:
    """``per_prompt`` tweets for each prompt, as (prompt, text) pairs in prompt order; reproducible by ``seed``.

    ``cues``: the model's voice cues (``trainer.voices``), taking turns over the rows, so each voice is asked
    for equally often; each goes between the end-of-text token and the prompt, as the bot puts it. With two
    or more, each row is guided away from the next voice (``guidance``: ``trainer.voices.GUIDANCE_SCALE``)."""
    start, stops = stop_ids(tokenizer, getattr(model, "generation_config", None))
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else start
    encoded = [tokenizer(p, add_special_tokens=False)["input_ids"][-MAX_PROMPT_TOKENS:] if p else [] for p in prompts]
    rows = [(p, ids) for p, ids in zip(prompts, encoded, strict=True) for _ in range(per_prompt)]
    cue_tokens = {cue: cue_ids(tokenizer, cue) for cue in cues}
    asked = even_cues(cues, len(rows))
    jobs = [(p, [start, *cue_tokens.get(cue, []), *ids], [start, *cue_tokens.get(other, []), *ids])
            for (p, ids), cue, other in zip(rows, asked, contrast_cues(cues, asked), strict=True)]
    guided = len(cues) > 1 and guidance != 1.0
    generator = torch.Generator(device=next(model.parameters()).device).manual_seed(seed)
    samples: list[tuple[str, str]] = []
    for first in range(0, len(jobs), batch_rows):
        chunk = jobs[first:first + batch_rows]
        continuations = _sample_rows(model, [ids for _, ids, _ in chunk], pad, set(stops), settings, generator,
                                     [ids for _, _, ids in chunk] if guided else None, guidance)
        for (prompt, _, _), ids in zip(chunk, continuations, strict=True):
            samples.append((prompt, tweet_text(prompt, tokenizer.decode(ids, skip_special_tokens=True))))
    return samples
