"""Every cleaning rule, the statistics and the minimum-tweets refusal."""

import pytest

from trainer.cleaning import check_minimum, clean_account, clean_text, is_short
from trainer.errors import TrainerError
from trainer.tweets import AccountTweets, Tweet


def account(*texts: str | Tweet, handle: str = "lena") -> AccountTweets:
    tweets = [t if isinstance(t, Tweet) else Tweet(text=t) for t in texts]
    return AccountTweets(handle=handle, display_name=handle.title(), tweets=tweets, source="file")


def test_retweets_are_dropped_by_flag_and_by_text() -> None:
    cleaned = clean_account(
        account(
            Tweet(text="a retweet marked by its source", is_retweet=True),
            "RT @bob: a classic retweet text",
            "  RT @bob: leading space still a retweet",
            "not RT @bob: mentioning RT mid-text is fine",
        )
    )
    assert cleaned.stats.retweets == 3
    assert cleaned.texts == ["not RT @bob: mentioning RT mid-text is fine"]


def test_replies_are_kept() -> None:
    cleaned = clean_account(account(Tweet(text="@bob I agree with that", is_reply=True)))
    assert cleaned.texts == ["@bob I agree with that"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("fish &amp; chips &lt;3 &gt; all &quot;x&quot; &#39;y&#39;", "fish & chips <3 > all \"x\" 'y'"),
        ("read this https://example.com/a?b=c now", "read this now"),
        ("http://example.com at the start", "at the start"),
        ("bare link t.co/AbC123 gone", "bare link gone"),
        ("shortened https://t.co/xyz", "shortened"),
        ("  lots \n\n of\t\twhitespace   ", "lots of whitespace"),
        ("hello @bob and #baking stay", "hello @bob and #baking stay"),
        ("&amp;amp; unescaped once", "&amp; unescaped once"),
    ],
)
def test_clean_text(raw: str, expected: str) -> None:
    assert clean_text(raw) == expected


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("", True),
        ("hi", True),
        ("two words", True),
        ("three words here", False),
        ("hi @bob", False),
        ("#tag", False),
        ("@bob", False),
        ("see xhttpx", False),  # a word containing "http" is exempt, as in huggingtweets
        ("a b c d", False),
    ],
)
def test_short_rule(text: str, short: bool) -> None:
    assert is_short(text) is short


def test_short_is_judged_after_cleaning() -> None:
    cleaned = clean_account(
        account("look https://t.co/abc", "https://t.co/only", "&amp;", "nice one @bob https://x.co/1")
    )
    assert cleaned.stats.short == 3  # "look", "" and "&" are short once the links are gone
    assert cleaned.texts == ["nice one @bob"]


def test_duplicates_after_cleaning_are_dropped_and_counted() -> None:
    cleaned = clean_account(
        account(
            "good morning to everyone",
            "good  morning to everyone https://t.co/1",
            "good morning to everyone",
            "Good morning to everyone",  # different case is a different tweet
        )
    )
    assert cleaned.texts == ["good morning to everyone", "Good morning to everyone"]
    assert cleaned.stats.duplicates == 2


def test_stats_add_up_and_as_dict() -> None:
    cleaned = clean_account(
        account(
            "RT @a: one retweet here",
            Tweet(text="another retweet by flag", is_retweet=True),
            "ok",
            "a real tweet about bread",
            "a real tweet about bread",
            "another real tweet about cake",
        )
    )
    stats = cleaned.stats
    assert (stats.downloaded, stats.retweets, stats.short, stats.duplicates, stats.kept) == (6, 2, 1, 1, 2)
    assert stats.downloaded == stats.retweets + stats.short + stats.duplicates + stats.kept
    assert stats.as_dict() == {
        "display_name": "Lena",
        "downloaded": 6,
        "retweets": 2,
        "short": 1,
        "duplicates": 1,
        "kept": 2,
    }
    assert (cleaned.handle, cleaned.display_name, cleaned.source) == ("lena", "Lena", "file")


def test_check_minimum_passes_and_refuses_with_reasons() -> None:
    rich = clean_account(account(*[f"tweet number {i} here" for i in range(5)], handle="rich"))
    poor = clean_account(
        account("RT @x: retweeted thing", "meh", "one good tweet here", "one good tweet here", handle="poor")
    )
    check_minimum([rich], 5)
    check_minimum(rich, 5)
    with pytest.raises(TrainerError) as caught:
        check_minimum([rich, poor], 5)
    message = str(caught.value)
    assert "\n" not in message
    assert "@poor kept 1 of 4 downloaded (1 retweets, 1 short, 1 duplicates dropped)" in message
    assert "at least 5" in message
    assert "@rich" not in message
