"""Post-processing of generated text: end-of-text cuts, whitespace, tweet length, mentions, the AI marker."""

from __future__ import annotations

import pytest

from bot.generation.postprocess import (
    ZWSP,
    finish_tweet,
    neutralize_mentions,
    trim_to,
    tweet_body,
    weighted_length,
)

MARK = "🤖 AI"


@pytest.mark.parametrize(
    ("prompt", "continuation", "body"),
    [
        ("My dream is", " to bake bread", "My dream is to bake bread"),
        ("My dream is", " to bake<|im_end|>next tweet", "My dream is to bake"),
        ("My dream is", " to bake<|endoftext|>x", "My dream is to bake"),
        ("", "fresh tweet<|im_start|>user", "fresh tweet"),
        ("", "  leading   spaces\tand\ttabs  ", "leading spaces and tabs"),
        ("a", " b\nc", "a b c"),  # a single newline is just whitespace
        ("a", " b\n\nsomething else", "a b"),  # a blank line ends the tweet
        ("a", " b\n  \n c", "a b"),
        ("a", " b\u202egnp.exe\x00", "a bgnp.exe"),  # bidi overrides and controls removed
        ("", "<|im_end|>", ""),
        ("", "", ""),
        ("Hello", "", "Hello"),
    ],
)
def test_tweet_body(prompt: str, continuation: str, body: str) -> None:
    assert tweet_body(prompt, continuation) == body


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("@everyone look", f"@{ZWSP}everyone look"),
        ("hi @here", f"hi @{ZWSP}here"),
        ("thanks @lena_bakes!", f"thanks @{ZWSP}lena_bakes!"),
        ("<@123456> hi", f"<@{ZWSP}123456> hi"),
        ("<@!123456>", f"<@{ZWSP}!123456>"),
        ("<@&987>", f"<@{ZWSP}&987>"),
        ("<#555> channel", f"<#{ZWSP}555> channel"),
        ("mail me at a@b.c", f"mail me at a@{ZWSP}b.c"),
        ("no mentions #hashtag <#notachannel>", "no mentions #hashtag <#notachannel>"),
        ("@@double", f"@{ZWSP}@{ZWSP}double"),
    ],
)
def test_neutralize_mentions(text: str, expected: str) -> None:
    assert neutralize_mentions(text) == expected
    assert neutralize_mentions(expected) == expected  # idempotent


def test_no_ping_survives() -> None:
    import re

    hostile = "@everyone @here <@1> <@!2> <@&3> <#4> @user"
    safe = finish_tweet("", hostile, marker=MARK)
    # what Discord/Telegram would parse as a mention: @ directly followed by a name or id
    assert not re.search(r"@[A-Za-z0-9_!&]", safe)
    assert not re.search(r"<#\d", safe)
    assert safe.replace(ZWSP, "").startswith(hostile)


def test_finish_tweet_adds_the_marker() -> None:
    assert finish_tweet("My dream is", " to bake.", marker=MARK) == "My dream is to bake. — 🤖 AI"
    assert finish_tweet("Hi", " there", marker="[AI]", template="{marker} {text}") == "[AI] Hi there"
    assert finish_tweet("Hi", " there", marker="") == "Hi there"


def test_finish_tweet_empty() -> None:
    assert finish_tweet("", "<|im_end|>", marker=MARK) == ""
    assert finish_tweet("", "   \n\n more", marker=MARK) == ""


@pytest.mark.parametrize("max_chars", [280, 100, 40])
def test_long_text_is_cut_at_a_word_boundary(max_chars: int) -> None:
    words = " ".join(f"word{i}" for i in range(200))
    post = finish_tweet("Start", " " + words, marker=MARK, max_chars=max_chars)
    assert weighted_length(post) <= max_chars
    assert len(post) <= max_chars
    assert post.endswith("… — 🤖 AI")
    text = post[: -len("… — 🤖 AI")]
    assert text.startswith("Start word0")
    assert (text + " ").replace("Start ", "") in words + " "  # whole words only
    assert weighted_length(post) > max_chars - 12  # and not much shorter than allowed


def test_exactly_fitting_text_is_not_cut() -> None:
    suffix = " — 🤖 AI"
    body = "x" * (280 - weighted_length(suffix))
    assert finish_tweet(body, "", marker=MARK) == body + suffix
    assert finish_tweet(body + "y", "", marker=MARK).endswith("… — 🤖 AI")


def test_one_long_word_is_cut_inside() -> None:
    post = finish_tweet("", "a" * 500, marker=MARK)
    assert weighted_length(post) <= 280 and post.startswith("aaaa") and "…" in post


def test_cut_drops_trailing_punctuation() -> None:
    assert trim_to("one two, three four", 12) == "one two…"
    assert trim_to("short", 10) == "short"


@pytest.mark.parametrize(
    ("text", "length"),
    [("hello", 5), ("é ß ж", 5), ("日本語", 6), ("🤖", 2), ("— …", 4), ("", 0)],
)
def test_weighted_length(text: str, length: int) -> None:
    assert weighted_length(text) == length


def test_cjk_is_trimmed_to_x_weight() -> None:
    post = finish_tweet("", "日本語" * 200, marker=MARK)
    assert weighted_length(post) <= 280
    assert len(post) < 150


def test_mentions_count_towards_the_length() -> None:
    post = finish_tweet("", " ".join(["@everyone"] * 60), marker=MARK)
    assert weighted_length(post) <= 280
    assert "@everyone" not in post
