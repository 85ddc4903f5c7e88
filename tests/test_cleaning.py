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
            "RT if you agree with this one",  # RT without @ is no retweet
        )
    )
    assert cleaned.stats.retweets == 3
    assert cleaned.texts == ["not RT @bob: mentioning RT mid-text is fine", "RT if you agree with this one"]


@pytest.mark.parametrize("source", ["x-api", "bluesky", "mastodon"])
def test_api_sources_are_judged_by_their_mark_alone(source: str) -> None:
    """As huggingtweets (``retweeted_status``): an API post typed as "RT @bob: ..." is the author's own."""
    raw = AccountTweets("lena", "Lena", [Tweet("RT @bob: typed by hand, no retweet mark"),
                                         Tweet("a real repost of someone", is_retweet=True)], source=source)
    cleaned = clean_account(raw)
    assert cleaned.stats.retweets == 1
    assert cleaned.texts == ["RT @bob: typed by hand, no retweet mark"]


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
        ("hi @bob", True),
        ("#tag", True),
        ("@bob", True),
        ("@bob thanks!", True),  # huggingtweets: a mention is never a word
        ("#tbt good times", True),
        ("#tbt good times again", False),
        ("@bob @carol see you there", False),
        ("see xhttpx", True),  # a word containing "http" is no word, as in huggingtweets
        ("HTTPX Shouting here", True),  # checked case-insensitively
        ("mail bob@example.com now please", False),
        ("a b c d", False),
        ("& & &", False),
    ],
)
def test_short_rule(text: str, short: bool) -> None:
    assert is_short(text) is short


def test_short_is_judged_after_cleaning() -> None:
    cleaned = clean_account(
        account("look https://t.co/abc", "https://t.co/only", "&amp;", "nice one @bob https://x.co/1",
                "nice one indeed @bob https://x.co/1")
    )
    assert cleaned.stats.short == 4  # "look", "", "&" and "nice one @bob" are short once the links are gone
    assert cleaned.texts == ["nice one indeed @bob"]


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



# -- the data table equals huggingtweets' on the same tweets -------------------------------------------------


def huggingtweets_rows(tweets: list[tuple[str, bool]]) -> tuple[int, int, int, int]:
    """huggingtweets' four rows, restated from its notebook (borisdayma/huggingtweets,
    huggingtweets-demo.ipynb, and dev/run_sweeps.py): a retweet is what the API marks (``retweeted_status``);
    the other texts get ``&amp; &lt; &gt;`` unescaped and every ``http:``/``https:`` token removed, spaces
    collapsed; a tweet is kept unless fewer than 3 of its words are free of ``http``, ``@`` and ``#``
    (lower-cased); short = the non-retweets not kept. Returns (downloaded, retweets, short, kept)."""
    import re

    own = [text for text, marked in tweets if not marked]
    kept = 0
    for text in own:
        text = text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
        text = " ".join(re.sub(r"https?:\S+", "", text).split())
        words = [w for w in text.split() if all(marker not in w.lower() for marker in ("http", "@", "#"))]
        kept += len(words) >= 3
    return len(tweets), len(tweets) - len(own), len(own) - kept, kept


TRICKY = [
    ("@bob thanks!", False),  # a short reply
    ("@bob @carol see you there", False),  # a reply with three words
    ("#tbt good times", False),  # hashtag plus two words
    ("#tbt #throwback #summer", False),  # hashtags only
    ("#tbt good times again", False),
    ("https://t.co/abc123", False),  # link only
    ("look at this https://t.co/abc123", False),
    ("nice https://t.co/xyz", False),
    ("HTTPS://EXAMPLE.COM shouting link", False),
    ("RT if you agree with this", False),  # RT without @ is no retweet
    ("RT @bob: typed by hand with no retweet mark", False),  # no API mark: huggingtweets keeps it
    ("RT @bob: a real retweet", True),
    ("a retweet whose text has no RT at all", True),
    ("mail me at bob@example.com please", False),
    ("fish &amp; chips &lt;3 tonight", False),
    ("&amp; &amp; &amp;", False),
    ("", False),
    ("ok", False),
    ("Check http://a.b and #this and @that now", False),
    ("multi\nline\ntweet here", False),
]


@pytest.mark.parametrize("source", ["x-api", "bluesky", "mastodon"])
def test_four_rows_equal_huggingtweets_on_tricky_tweets(source: str) -> None:
    tweets = [Tweet(text, is_retweet=marked) for text, marked in TRICKY]
    raw = AccountTweets("lena", "Lena", tweets, source=source)
    stats = clean_account(raw).stats
    assert stats.duplicates == 0
    assert (stats.downloaded, stats.retweets, stats.short, stats.kept) == huggingtweets_rows(TRICKY)
    assert (stats.downloaded, stats.retweets, stats.short, stats.kept) == (20, 2, 8, 10)


def test_duplicates_are_our_extra_row_out_of_huggingtweets_kept() -> None:
    tweets = [*TRICKY, ("@bob @carol see you there", False), ("look at this https://t.co/other", False)]
    stats = clean_account(AccountTweets("lena", "Lena", [Tweet(t, is_retweet=m) for t, m in tweets],
                                        source="x-api")).stats
    downloaded, retweets, short, kept = huggingtweets_rows(tweets)
    assert (stats.downloaded, stats.retweets, stats.short) == (downloaded, retweets, short)
    assert (stats.duplicates, stats.kept + stats.duplicates) == (2, kept)
