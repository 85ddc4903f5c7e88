"""Tokenization, split, blend balance and packing (trainer/dataset.py) with the embedded tokenizer."""

from __future__ import annotations

import random
from collections import Counter

import pytest
import torch
from transformers import AutoTokenizer

from trainer.base_model import embedded_tokenizer_dir
from trainer.dataset import balanced_epoch, build_training_data, pack_blocks, split_train_val, tokenize_tweets
from trainer.errors import TrainerError


@pytest.fixture(scope="module")
def tokenizer():
    return AutoTokenizer.from_pretrained(embedded_tokenizer_dir())


def tweets(prefix: str, n: int) -> list[str]:
    return [f"{prefix} tweet number {i} about bread, stars and code #{i}" for i in range(n)]


def test_each_tweet_ends_with_eos_and_pad_is_eos(tokenizer):
    ids = tokenize_tweets(tokenizer, ["hello world", "second tweet here"])
    assert all(t[-1] == tokenizer.eos_token_id for t in ids)
    assert all(tokenizer.eos_token_id not in t[:-1] for t in ids)
    assert ids[0][:-1] == tokenizer("hello world", add_special_tokens=False)["input_ids"]
    # The embedded tokenizer pads with eos: a padding collator would mask every eos out of the labels.
    assert tokenizer.pad_token_id == tokenizer.eos_token_id


def test_packing_has_no_padding_and_keeps_every_eos(tokenizer):
    texts = tweets("lena", 60)
    data = build_training_data([("lena", texts)], tokenizer, block_size=32, epochs=2, seed=1)
    s = data.stats
    assert s.padding_fraction == 0.0
    for epoch in data.epochs:
        assert epoch.dtype == torch.long and epoch.shape[1] == 32  # every block full: nothing to pad
    packed = sum(e.numel() for e in data.epochs)
    assert packed + s.dropped_tokens == sum(s.epoch_tokens)  # nothing lost but the final tail
    assert 0 <= s.dropped_tokens < 32
    # One eos per training tweet and epoch, minus at most one in the dropped tail.
    eos_count = sum(int((e == tokenizer.eos_token_id).sum()) for e in data.epochs)
    assert s.train_tweets * 2 - 1 <= eos_count <= s.train_tweets * 2
    # The labels are the blocks themselves, so the eos positions are training targets.
    assert s.train_tweets + s.val_tweets == 60 and s.val_tweets == 6
    val_tokens = sum(b.numel() for b in data.val)
    assert val_tokens == s.val_tokens  # validation keeps its short last block
    assert s.epoch_blocks == [len(e) for e in data.epochs]


def test_tail_carries_into_the_next_epoch():
    blocks, tail = pack_blocks(list(range(10)), 4)
    assert blocks.tolist() == [[0, 1, 2, 3], [4, 5, 6, 7]] and tail == [8, 9]
    blocks, tail = pack_blocks(tail + list(range(10, 16)), 4)
    assert blocks.tolist() == [[8, 9, 10, 11], [12, 13, 14, 15]] and tail == []


def test_split_is_deterministic_and_holds_out_ten_percent():
    texts = [f"t{i}" for i in range(50)]
    a = split_train_val(texts, seed=42, key="lena")
    b = split_train_val(texts, seed=42, key="lena")
    c = split_train_val(texts, seed=7, key="lena")
    assert a == b
    assert a != c
    train, val = a
    assert len(val) == 5 and len(train) == 45 and sorted(train + val) == sorted(texts)
    assert split_train_val(["a", "b"], 1, "x")[1] and split_train_val(["a", "b"], 1, "x")[0]
    with pytest.raises(TrainerError, match="at least 2"):
        split_train_val(["only one"], 1, "x")


def test_whole_data_is_deterministic_with_a_seed(tokenizer):
    accounts = [("a", tweets("a", 40)), ("b", tweets("b", 15))]
    one = build_training_data(accounts, tokenizer, block_size=16, epochs=2, seed=3)
    two = build_training_data(accounts, tokenizer, block_size=16, epochs=2, seed=3)
    other = build_training_data(accounts, tokenizer, block_size=16, epochs=2, seed=4)
    assert all(torch.equal(x, y) for x, y in zip(one.epochs, two.epochs, strict=True))
    assert not all(torch.equal(x, y) for x, y in zip(one.epochs, other.epochs, strict=False))
    assert not torch.equal(one.epochs[0][:4], one.epochs[1][:4])  # each epoch is shuffled anew


def test_every_account_is_in_validation(tokenizer):
    data = build_training_data([("a", tweets("a", 100)), ("b", tweets("b", 12)), ("c", tweets("c", 3))],
                               tokenizer, block_size=16, epochs=1, seed=0)
    assert {h: v["val_tweets"] for h, v in data.stats.accounts.items()} == {"a": 10, "b": 1, "c": 1}


def test_blend_balance_gives_each_account_an_equal_share():
    # Tweets tagged by account: a has 50, b 20, c 7.
    accounts = [[[0, i] for i in range(50)], [[1, i] for i in range(20)], [[2, i] for i in range(7)]]
    for epoch in range(3):
        chosen = balanced_epoch(accounts, random.Random(f"seed:{epoch}"))
        shares = Counter(t[0] for t in chosen)
        assert shares == {0: 50, 1: 50, 2: 50}
        # Oversampling cycles: each of c's 7 tweets appears 7 or 8 times (50 = 7*7 + 1).
        uses = Counter(t[1] for t in chosen if t[0] == 2)
        assert set(uses) == set(range(7)) and set(uses.values()) <= {7, 8}
        # The largest account is used exactly once per tweet.
        assert sorted(t[1] for t in chosen if t[0] == 0) == list(range(50))
        # The accounts are mixed, not one after the other.
        assert len({t[0] for t in chosen[:20]}) == 3


def test_blend_balance_by_tokens_gives_a_voice_of_short_tweets_as_many_tokens():
    # a: 30 tweets of 10 tokens (300), b: 40 tweets of 3 tokens (120): by tokens b is cycled up to ~300 tokens.
    accounts = [[[0] * 10 for _ in range(30)], [[1, i, i] for i in range(40)]]
    for epoch in range(3):
        chosen = balanced_epoch(accounts, random.Random(f"seed:{epoch}"), by="tokens")
        tokens = Counter()
        for tweet in chosen:
            tokens[tweet[0]] += len(tweet)
        assert tokens[0] == 300 and abs(tokens[1] - 300) <= 1  # 2 cycles (240) + 20 of a third (60)
        uses = Counter(t[1] for t in chosen if t[0] == 1)
        assert set(uses) == set(range(40)) and set(uses.values()) <= {2, 3}
    by_tweets = balanced_epoch(accounts, random.Random("seed:0"), by="tweets")
    assert Counter(t[0] for t in by_tweets) == {0: 40, 1: 40}  # huggingtweets: equal tweet counts
    with pytest.raises(TrainerError):
        balanced_epoch(accounts, random.Random(0), by="words")


def test_a_blends_epoch_holds_each_account_in_its_share_all_along():
    """Every stretch of an epoch (so every batch) mixes the accounts in their shares, not at random: the output
    split of a blend followed the mix of the last batches before a validation run."""
    long_tweets, short_tweets = [[0] * 10 for _ in range(30)], [[1, i, i] for i in range(40)]
    for epoch, window in enumerate((0, 32, 64)):
        chosen = balanced_epoch([long_tweets, short_tweets], random.Random(f"seed:{epoch}"), by="tokens",
                                window=window)
        tokens = Counter()
        for tweet in chosen:
            tokens[tweet[0]] += len(tweet)
            assert abs(tokens[0] - tokens[1]) <= 10 + window  # one long tweet apart, or one window's worth
        assert tokens[0] == 300 and abs(tokens[1] - 300) <= 1
        same_as_before = sum(a[0] == b[0] for a, b in zip(chosen, chosen[1:], strict=False))
        if window:  # within a window the order is random: not a strict alternation the model could learn
            assert same_as_before > 0 and any(a[0] == b[0] == 0 for a, b in zip(chosen, chosen[1:], strict=False))
    three = [[[k, i] for i in range(n)] for k, n in enumerate((50, 20, 7))]
    chosen = balanced_epoch(three, random.Random("seed:1"), by="tweets")
    counts = Counter()
    for n, tweet in enumerate(chosen, 1):
        counts[tweet[0]] += 1
        assert all(abs(counts[k] - n / 3) <= 1 for k in range(3))
    assert [t[1] for t in chosen if t[0] == 0] != list(range(50))  # shuffled within the account


def test_blend_balance_in_built_data(tokenizer):
    a = [f"alpha {i}" for i in range(40)]  # mostly two digits: 5 tokens with eos
    b = [f"beta {i}" for i in range(10)]  # one digit: 4 tokens
    alpha = tokenizer("alpha", add_special_tokens=False)["input_ids"][0]
    beta = tokenizer("beta", add_special_tokens=False)["input_ids"][0]
    data = build_training_data([("a", a), ("b", b)], tokenizer, block_size=8, epochs=2, seed=5, balance="tweets")
    for blocks in data.epochs:
        counts = Counter(blocks.flatten().tolist())
        # 36 training tweets each per epoch (a: 40-4, b: 9 oversampled 4x), give or take the carried tail.
        assert abs(counts[alpha] - 36) <= 2 and abs(counts[beta] - 36) <= 2
    data = build_training_data([("a", a), ("b", b)], tokenizer, block_size=8, epochs=2, seed=5)  # by tokens
    a_tokens = data.stats.accounts["a"]["train_tokens"]
    b_length = data.stats.accounts["b"]["train_tokens"] / data.stats.accounts["b"]["train_tweets"]
    for blocks in data.epochs:
        counts = Counter(blocks.flatten().tolist())
        assert abs(counts[alpha] - 36) <= 2 and abs(counts[beta] * b_length - a_tokens) <= 2 * b_length + 8
        assert counts[beta] > counts[alpha]  # b's tweets are shorter: more of them


def test_tiny_data_shrinks_the_block_instead_of_failing(tokenizer):
    data = build_training_data([("a", ["one two three", "four five six", "seven eight"])], tokenizer,
                               block_size=256, epochs=1, seed=0)
    assert data.stats.block_size < 256 and sum(data.stats.epoch_blocks) >= 1
