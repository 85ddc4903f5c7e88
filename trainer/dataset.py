"""Training data: cleaned tweets → token ids → fixed-length packed blocks, with no padding anywhere.

What happens, in order (``build_training_data``):

1. Each cleaned tweet is tokenized and followed by the tokenizer's end-of-text token (``eos``), so the model
   learns where a tweet ends. Each tweet starts with its account's voice cue (``trainer.voices``).
   The embedded SmolLM2 tokenizer uses ``<|im_end|>`` as eos *and* as pad: a padding collator would mask
   every eos out of the labels and the model would never learn to stop. We never pad: labels are the inputs
   themselves, eos included.
2. Per account, the tweets are shuffled with the seed and split 90/10 into training and validation, so every
   account of a blend is in the validation set.
3. Per epoch, blends are balanced by tokens: every account contributes as many training tokens as the
   account with the most has, so a voice of short tweets weighs as much as one of long tweets (``balance=
   "tweets"`` balances tweet counts instead, like huggingtweets). Smaller accounts are oversampled by cycling
   through reshuffled copies of their tweets (the last partial cycle drawn without replacement), seeded per
   epoch. The accounts' shuffled tweets are then interleaved in proportion and shuffled only within each
   block's worth of tokens, so every block (and batch) holds each account in its share: with a random mix of
   the whole epoch, the batches just before a validation run leaned one way or the other (README "Voice
   fidelity" has what that did to a blend's split).
4. The epoch's token stream is cut into blocks of ``block_size`` tokens. The remainder carries into the
   first block of the next epoch; what is left after the last epoch (fewer than ``block_size`` tokens) is
   dropped and recorded in ``DataStats.dropped_tokens``. Validation tweets are packed the same way, once, with
   the last short block kept so no validation tweet is lost.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import torch

from trainer.errors import TrainerError
from trainer.voices import cue_ids

VAL_FRACTION = 0.1
BALANCE_MODES = ("tokens", "tweets")


@dataclass
class AccountData:
    """One account's tokenized tweets (each a list of ids ending with eos), split for training."""

    handle: str
    train: list[list[int]]
    val: list[list[int]]


@dataclass
class DataStats:
    """Token counts of the packed data; ``padding_fraction`` is 0.0 by construction and recorded as such."""

    block_size: int
    train_tweets: int  # distinct training tweets, all accounts
    val_tweets: int
    train_tokens: int  # tokens in the distinct training tweets (one pass, no oversampling)
    val_tokens: int
    epoch_tokens: list[int]  # tokens fed per epoch after balancing
    epoch_blocks: list[int]
    val_blocks: int
    dropped_tokens: int  # tail of the last epoch that did not fill a block
    padding_fraction: float = 0.0
    accounts: dict[str, dict[str, int]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class TrainingData:
    """Blocks ready for the training loop. Each row is both the input and the label sequence."""

    epochs: list[torch.Tensor]  # per epoch: int64 [blocks, block_size]
    val: list[torch.Tensor]  # int64 [blocks, block_size] and possibly one shorter [1, tail] block
    stats: DataStats
    eos_id: int


def split_train_val(texts: Sequence[str], seed: int, key: str, val_fraction: float = VAL_FRACTION) -> tuple[list[str], list[str]]:
    """Shuffle ``texts`` deterministically (``seed`` and ``key``, e.g. the handle) and hold out ``val_fraction``.

    At least one tweet goes to each side; fewer than two tweets cannot be split.
    """
    if len(texts) < 2:
        raise TrainerError(f"@{key} has {len(texts)} usable tweet(s): at least 2 are needed (one is held out for validation)")
    order = list(texts)
    random.Random(f"{seed}:split:{key}").shuffle(order)
    n_val = min(len(order) - 1, max(1, round(len(order) * val_fraction)))
    return order[n_val:], order[:n_val]


def tokenize_tweets(tokenizer: Any, texts: Sequence[str], prefix: Sequence[int] = ()) -> list[list[int]]:
    """Token ids of each tweet followed by the tokenizer's eos id (no bos, no other special tokens), each after
    ``prefix`` (a voice cue's ids) when one is given."""
    eos = tokenizer.eos_token_id
    if eos is None:
        raise TrainerError("the base model's tokenizer has no end-of-text (eos) token")
    if not texts:
        return []
    encoded = tokenizer(list(texts), add_special_tokens=False)["input_ids"]
    return [[*prefix, *ids, eos] for ids in encoded]


def balanced_epoch(accounts: Sequence[Sequence[list[int]]], rng: random.Random, by: str = "tokens",
                   window: int = 0) -> list[list[int]]:
    """One epoch's tweets: every account contributes as much as the largest one, interleaved in proportion.

    ``by="tokens"``: as many tokens as the account with the most tokens (a voice of short tweets gets more
    tweets); ``by="tweets"``: as many tweets as the account with the most tweets (huggingtweets). A smaller
    account cycles through reshuffled copies of its tweets; the last partial cycle is drawn without
    replacement (by tokens: until the next tweet would overshoot the target by more than it fills), so each
    of its tweets appears ``k`` or ``k + 1`` times. Each account's tweets are shuffled, then merged so that
    every stretch of the epoch holds each account in its share, shuffled within runs of ``window`` tokens
    (``interleave``; the training data uses one block).
    """
    if by not in BALANCE_MODES:
        raise TrainerError(f"unknown balance {by!r}: use {' or '.join(BALANCE_MODES)}")

    def size(tweets: Sequence[list[int]]) -> int:
        return len(tweets) if by == "tweets" else sum(len(t) for t in tweets)

    target = max(size(tweets) for tweets in accounts)
    parts: list[list[list[int]]] = []
    for tweets in accounts:
        part: list[list[int]] = []
        full_cycles, rest = divmod(target, size(tweets))
        for _ in range(full_cycles):
            cycle = list(tweets)
            rng.shuffle(cycle)
            part.extend(cycle)
        if by == "tweets":
            part.extend(rng.sample(list(tweets), rest))
        else:
            taken = 0
            for tweet in rng.sample(list(tweets), len(tweets)):
                if taken >= rest or taken + len(tweet) - rest > rest - taken:
                    break
                part.append(tweet)
                taken += len(tweet)
        rng.shuffle(part)
        parts.append(part)
    return interleave(parts, (lambda tweet: 1) if by == "tweets" else len, rng, window)


def interleave(parts: Sequence[Sequence[list[int]]], weight: Callable[[list[int]], int], rng: random.Random,
               window: int = 0) -> list[list[int]]:
    """The parts' tweets merged, each part spread evenly over the whole, in random order within each window.

    A tweet is placed by where its middle falls within its own part, as a fraction of the part's size
    (``weight(tweet)`` summed: tokens or 1 per tweet), so in any stretch of the result each part holds its share,
    give or take one tweet. Then the tweets within each run of about ``window`` tokens are shuffled, so which
    part follows which stays random (a strict alternation would be a pattern to learn). One part is returned as
    it is.
    """
    if len(parts) == 1:
        return list(parts[0])
    placed: list[tuple[float, float, list[int]]] = []
    for part in parts:
        total = sum(weight(tweet) for tweet in part) or 1
        done = 0
        for tweet in part:
            placed.append(((done + weight(tweet) / 2) / total, rng.random(), tweet))
            done += weight(tweet)
    placed.sort(key=lambda item: item[:2])
    merged = [tweet for _, _, tweet in placed]
    if window <= 0:
        return merged
    out: list[list[int]] = []
    start, tokens = 0, 0
    for end, tweet in enumerate(merged, 1):
        tokens += len(tweet)
        if tokens >= window or end == len(merged):
            run = merged[start:end]
            rng.shuffle(run)
            out.extend(run)
            start, tokens = end, 0
    return out


def pack_blocks(stream: list[int], block_size: int) -> tuple[torch.Tensor, list[int]]:
    """Cut a token stream into full ``[n, block_size]`` blocks; return them and the leftover tail."""
    n_blocks = len(stream) // block_size
    used = n_blocks * block_size
    blocks = torch.tensor(stream[:used], dtype=torch.long).view(n_blocks, block_size)
    return blocks, stream[used:]


def _flatten(tweets: Sequence[list[int]]) -> list[int]:
    return [token for tweet in tweets for token in tweet]


def build_training_data(
    accounts: Sequence[tuple[str, Sequence[str]]],
    tokenizer: Any,
    *,
    block_size: int,
    epochs: int,
    seed: int,
    val_fraction: float = VAL_FRACTION,
    balance: str = "tokens",
    cues: Sequence[str] = (),
) -> TrainingData:
    """Tokenize, split, balance and pack ``accounts`` (pairs of handle and cleaned tweet texts); ``cues``: one
    voice cue per account (``trainer.voices.cues_for``) that starts each of its tweets, or none."""
    if not accounts:
        raise TrainerError("no accounts to train on")
    if cues and len(cues) != len(accounts):
        raise TrainerError(f"{len(cues)} voice cues for {len(accounts)} accounts")
    if epochs < 1:
        raise TrainerError("--epochs must be at least 1")
    data: list[AccountData] = []
    for index, (handle, texts) in enumerate(accounts):
        train_texts, val_texts = split_train_val(texts, seed, handle, val_fraction)
        prefix = cue_ids(tokenizer, cues[index]) if cues else []
        data.append(AccountData(handle, tokenize_tweets(tokenizer, train_texts, prefix),
                                tokenize_tweets(tokenizer, val_texts, prefix)))

    epoch_tweets = [balanced_epoch([a.train for a in data], random.Random(f"{seed}:epoch:{e}"), balance, block_size)
                    for e in range(epochs)]
    epoch_tokens = [sum(len(t) for t in tweets) for tweets in epoch_tweets]
    # Tiny data (tests, a handful of tweets): shrink the block so an epoch still holds one.
    block_size = max(2, min(block_size, min(epoch_tokens)))

    epoch_blocks: list[torch.Tensor] = []
    carry: list[int] = []
    for tweets in epoch_tweets:
        blocks, carry = pack_blocks(carry + _flatten(tweets), block_size)
        epoch_blocks.append(blocks)

    val_order = [tweet for a in data for tweet in a.val]
    random.Random(f"{seed}:val").shuffle(val_order)
    val_stream = _flatten(val_order)
    val_full, val_tail = pack_blocks(val_stream, block_size)
    val_blocks = [val_full] if len(val_full) else []
    if len(val_tail) >= 2:  # one token alone has nothing to predict
        val_blocks.append(torch.tensor([val_tail], dtype=torch.long))

    stats = DataStats(
        block_size=block_size,
        train_tweets=sum(len(a.train) for a in data),
        val_tweets=sum(len(a.val) for a in data),
        train_tokens=sum(len(t) for a in data for t in a.train),
        val_tokens=len(val_stream),
        epoch_tokens=epoch_tokens,
        epoch_blocks=[len(b) for b in epoch_blocks],
        val_blocks=sum(len(b) for b in val_blocks),
        dropped_tokens=len(carry),
        padding_fraction=0.0,
        accounts={
            a.handle: {
                "train_tweets": len(a.train),
                "val_tweets": len(a.val),
                "train_tokens": sum(len(t) for t in a.train),
                "val_tokens": sum(len(t) for t in a.val),
            }
            for a in data
        },
    )
    return TrainingData(epochs=epoch_blocks, val=val_blocks, stats=stats, eos_id=tokenizer.eos_token_id)
