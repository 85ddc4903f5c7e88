"""Fingerprints of training tweets: verbatim copies (also contained ones) are caught, new text is not."""

from __future__ import annotations

import json
import random
import time
from pathlib import Path

import pytest

from trainer.errors import TrainerError
from trainer.fingerprints import FILENAME, Fingerprints, save_fingerprints, words

TWEETS = [
    "Sourdough starter is bubbling again, the kitchen smells like a bakery at dawn",
    "Croissants take three days and I would not have it any other way",
    "good morning everyone",
    "Don't open the oven door before minute twenty!",
    "@mb_astro_ivo the rings of Saturn look like a glazed donut #baking",
]


@pytest.fixture
def fingerprints(tmp_path: Path) -> Fingerprints:
    save_fingerprints(tmp_path, TWEETS)
    loaded = Fingerprints.load(tmp_path)
    assert loaded is not None
    return loaded


def test_file_holds_hashes_not_texts(tmp_path: Path) -> None:
    path = save_fingerprints(tmp_path, TWEETS + [TWEETS[0], "🍞🍞"])
    assert path == tmp_path / FILENAME
    raw = path.read_text(encoding="utf-8")
    payload = json.loads(raw)
    assert payload["version"] == 2 and payload["normalization"] and payload["hash"]
    # every 8-word window of the tweets of 8+ words (13, 13, 8 and 11 words; the duplicate adds none)
    assert payload["span_words"] == 8 and len(payload["span_hashes"]) == 6 + 6 + 1 + 4
    assert payload["tweets"] == 6  # the emoji-only tweet has no words to fingerprint
    for tweet in TWEETS:
        for word in words(tweet):
            if len(word) > 4:
                assert word not in raw
    loaded = Fingerprints.load(tmp_path)
    assert loaded is not None and len(loaded) == 5  # the duplicate is stored once


def test_exact_copy_is_flagged(fingerprints: Fingerprints) -> None:
    for tweet in TWEETS:
        assert fingerprints.copies(tweet)


def test_copy_with_other_case_spacing_punctuation_and_marker_is_flagged(fingerprints: Fingerprints) -> None:
    assert fingerprints.copies("  CROISSANTS take three   days\nand i would NOT have it any other way.  ")
    assert fingerprints.copies("“Dont open the oven door before minute twenty”")
    assert fingerprints.copies("Don’t open the oven door before minute twenty 🤖 AI")
    assert fingerprints.copies("Good morning, everyone!!! 🤖 AI")
    assert fingerprints.copies("@\u200bmb_astro_ivo the rings of Saturn look like a glazed donut #baking")


def test_contained_copy_is_flagged(fingerprints: Fingerprints) -> None:
    assert fingerprints.copies(
        "My dream is: croissants take three days and I would not have it any other way. Truly."
    )
    assert fingerprints.copies("lol don't open the oven door before minute twenty")


def test_near_miss_is_not_flagged(fingerprints: Fingerprints) -> None:
    # 7 consecutive words of a training tweet, then 5 more: no 8-word run is the tweet's
    assert not fingerprints.copies("Croissants take three days and I would never have it any other way")
    assert not fingerprints.copies("Croissants take three days and I would")
    assert not fingerprints.copies("good morning")
    assert not fingerprints.copies("")
    assert not fingerprints.copies("🤖 AI")


def test_eight_consecutive_words_of_a_tweet_are_a_copy(fingerprints: Fingerprints) -> None:
    # what the voice fidelity evaluation counts as copying (trainer.evaluation.metrics.CopyDetector)
    assert fingerprints.copies("Croissants take four days and I would not have it any other way")
    assert fingerprints.copies("ok so the kitchen smells like a bakery at dawn, truly 🤖 AI")
    assert not fingerprints.copies("ok so the kitchen smells like a bakery at noon")  # 7 words of it


def test_a_version_1_file_without_word_windows_still_checks_as_before(tmp_path: Path) -> None:
    path = save_fingerprints(tmp_path, TWEETS)
    payload = json.loads(path.read_text(encoding="utf-8"))
    del payload["span_words"], payload["span_hashes"]
    path.write_text(json.dumps(payload | {"version": 1}), encoding="utf-8")
    old = Fingerprints.load(tmp_path)
    assert old is not None and not old.spans
    assert old.copies(TWEETS[1]) and old.copies("lol " + TWEETS[3])
    assert not old.copies("Croissants take four days and I would not have it any other way")


def test_short_tweet_inside_a_new_sentence_is_not_flagged(fingerprints: Fingerprints) -> None:
    assert not fingerprints.copies("good morning everyone, the oven is warm and so is my heart")


def test_missing_file_loads_as_none_and_damaged_file_is_a_clear_error(tmp_path: Path) -> None:
    assert Fingerprints.load(tmp_path) is None
    (tmp_path / FILENAME).write_text("{not json", encoding="utf-8")
    with pytest.raises(TrainerError, match="damaged"):
        Fingerprints.load(tmp_path)
    payload = json.loads(save_fingerprints(tmp_path, TWEETS).read_text(encoding="utf-8"))
    for bad in ({"span_words": 0}, {"span_words": -3}, {"span_words": 10**9}, {"span_hashes": 5}):
        (tmp_path / FILENAME).write_text(json.dumps(payload | bad), encoding="utf-8")
        with pytest.raises(TrainerError, match="damaged"):
            Fingerprints.load(tmp_path)


def test_check_is_fast_for_a_full_account(tmp_path: Path) -> None:
    rng = random.Random(0)
    vocabulary = [f"w{i}" for i in range(2000)]
    tweets = [" ".join(rng.choices(vocabulary, k=rng.randint(3, 50))) for _ in range(3200)]
    save_fingerprints(tmp_path, tweets)
    loaded = Fingerprints.load(tmp_path)
    assert loaded is not None
    sample = " ".join(rng.choices(vocabulary, k=70))[:280]
    start = time.perf_counter()
    for _ in range(20):
        loaded.copies(sample)
    per_check = (time.perf_counter() - start) / 20
    assert per_check < 0.05, per_check
    assert loaded.copies("so " + tweets[123] + " indeed") == (len(words(tweets[123])) >= 5)
