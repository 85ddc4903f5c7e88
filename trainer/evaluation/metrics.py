"""The plain measures of the fidelity evaluation: held-out loss, distinct bigrams, length, copying.

* ``held_out_loss``: mean next-token loss (nats per token) over held-out tweets, each scored on its own as
  ``<eos> tweet <eos>`` (with voice cues: ``<eos> cue tweet <eos>``, the cue not scored): the context a tweet has
  when the bot starts one. Perplexity is ``exp`` of it.
  (The training loop's validation loss packs tweets into blocks, so a tweet also sees the tweets before it;
  it is a little lower.)
* ``distinct_2``: distinct word bigrams / all word bigrams. It falls as a corpus grows, so samples and real
  tweets are compared on equally many texts (``distinct_2_pair``).
* ``CopyDetector``: a sample copies when it holds ``SPAN`` (8) consecutive words of a training tweet, or is a
  whole training tweet; words as the bot's verbatim filter normalises them (``trainer.fingerprints.words``).
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterable, Sequence
from typing import Any

import torch

from trainer.fingerprints import SPAN_WORDS, words

SPAN = SPAN_WORDS  # 8: the bot's verbatim filter drops what this counts


@torch.inference_mode()
def held_out_loss(model: Any, tokenizer: Any, texts: Sequence[str], max_tokens_per_batch: int = 2048,
                  prefix: Sequence[int] = ()) -> float:
    """Mean loss per predicted token of each text (and its end-of-text), after an end-of-text token and
    ``prefix`` (a voice cue, given as the bot gives it: not scored)."""
    eos = tokenizer.eos_token_id
    given = 1 + len(prefix)  # tokens read, not predicted
    rows = sorted(([eos, *prefix, *tokenizer(t, add_special_tokens=False)["input_ids"][:510], eos] for t in texts),
                  key=len)
    if not rows:
        return math.nan
    device = next(model.parameters()).device
    total, count, first = 0.0, 0, 0
    while first < len(rows):  # rows sorted by length: batches of similar widths, bounded in tokens
        last = first + 1
        while last < len(rows) and (last + 1 - first) * len(rows[last]) <= max_tokens_per_batch:
            last += 1
        batch = rows[first:last]
        width = max(len(r) for r in batch)
        ids = torch.full((len(batch), width), eos, dtype=torch.long)
        labels = torch.full((len(batch), width), -100, dtype=torch.long)
        mask = torch.zeros((len(batch), width), dtype=torch.long)
        for i, row in enumerate(batch):
            ids[i, :len(row)] = torch.tensor(row)
            labels[i, given:len(row)] = torch.tensor(row[given:])
            mask[i, :len(row)] = 1
        logits = model(input_ids=ids.to(device), attention_mask=mask.to(device), use_cache=False).logits
        targets = labels[:, 1:].to(device)
        total += float(torch.nn.functional.cross_entropy(logits[:, :-1].float().transpose(1, 2), targets,
                                                         ignore_index=-100, reduction="sum"))
        count += int((targets != -100).sum())
        first = last
    return total / count


def perplexity(loss: float) -> float:
    return math.exp(min(loss, 50.0)) if math.isfinite(loss) else math.nan


def distinct_2(texts: Iterable[str]) -> float:
    """Distinct word bigrams over all word bigrams of ``texts`` (0 when there are none)."""
    seen: set[tuple[str, str]] = set()
    total = 0
    for text in texts:
        seq = words(text)
        pairs = list(zip(seq, seq[1:], strict=False))
        seen.update(pairs)
        total += len(pairs)
    return len(seen) / total if total else 0.0


def distinct_2_pair(samples: Sequence[str], real: Sequence[str], seed: int, draws: int = 5) -> tuple[float, float]:
    """distinct-2 of the samples and of the real tweets, each on ``min(len)`` texts, averaged over draws."""
    n = min(len(samples), len(real))
    if n == 0:
        return 0.0, 0.0
    rng = random.Random(f"{seed}:distinct")
    a = sum(distinct_2(rng.sample(list(samples), n)) for _ in range(draws)) / draws
    b = sum(distinct_2(rng.sample(list(real), n)) for _ in range(draws)) / draws
    return a, b


def mean_chars(texts: Sequence[str]) -> float:
    return sum(len(t) for t in texts) / len(texts) if texts else 0.0


class CopyDetector:
    """Which samples repeat a training tweet: ``SPAN`` consecutive words of one, or the whole of one."""

    def __init__(self, training_texts: Iterable[str], span: int = SPAN) -> None:
        self.span = span
        self._spans: set[tuple[str, ...]] = set()
        self._whole: set[tuple[str, ...]] = set()
        for text in training_texts:
            seq = tuple(words(text))
            if not seq:
                continue
            self._whole.add(seq)
            self._spans.update(seq[i:i + span] for i in range(len(seq) - span + 1))

    def copies(self, text: str) -> bool:
        seq = tuple(words(text))
        if not seq:
            return False
        if seq in self._whole:
            return True
        return any(seq[i:i + self.span] in self._spans for i in range(len(seq) - self.span + 1))
