"""Every tweet source: archive (js, folder, zip, hostile zips), plain files, samples, the auto rules and
the X API through the real tweepy client against the local fake API v2."""

from __future__ import annotations

import asyncio
import json
import logging
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import tweepy

from tests.fakes.fake_x_api import FakeXApi, redirect_client
from trainer.errors import TrainerError
from trainer.progress import Reporter
from trainer.sources import SAMPLE_HANDLES, fetch_accounts, samples
from trainer.sources.archive import ArchiveLimits, read_archive
from trainer.sources.plainfile import read_plain_file
from trainer.sources.x_api import fetch_x_account

TOKEN = "AAAA-secret-bearer-token-1234"


class RecordingReporter(Reporter):
    def __init__(self) -> None:
        self.events: list[dict[str, Any]] = []

    def emit(self, event: str, **fields: Any) -> None:
        self.events.append({"event": event, **fields})

    def of(self, event: str) -> list[dict[str, Any]]:
        return [e for e in self.events if e["event"] == event]


# -- archive helpers -------------------------------------------------------------------------------------------


def tweet_item(text: str, n: int = 0, **extra: Any) -> dict[str, Any]:
    tweet = {
        "id_str": str(1000 + n),
        "full_text": text,
        "created_at": "Sun Apr 23 09:00:00 +0000 2023",
        "retweeted": False,
        "entities": {"hashtags": [], "user_mentions": [], "urls": []},
    }
    tweet.update(extra)
    return {"tweet": tweet}


def tweets_js(items: list[dict[str, Any]], part: int = 0) -> str:
    return f"window.YTD.tweets.part{part} = " + json.dumps(items, indent=2)


def account_js(username: str, display_name: str) -> str:
    account = {
        "email": "x@example.com",
        "username": username,
        "accountId": "42",
        "accountDisplayName": display_name,
    }
    return "window.YTD.account.part0 = " + json.dumps([{"account": account}])


SAMPLE_ITEMS = [
    tweet_item("Proofing the dough &amp; waiting https://t.co/abc", 1),
    tweet_item("RT @bob: bread is life", 2),
    tweet_item("retweeted by flag only", 3, retweeted=True),
    tweet_item("@bob yes, rye!", 4, in_reply_to_status_id="77", in_reply_to_status_id_str="77"),
]


def write_archive_dir(root: Path, username: str | None = "Lena_Bakes", display: str = "Lena 🍞") -> Path:
    (root / "data").mkdir(parents=True)
    (root / "data" / "tweets.js").write_text(tweets_js(SAMPLE_ITEMS), encoding="utf-8")
    if username:
        (root / "data" / "account.js").write_text(account_js(username, display), encoding="utf-8")
    return root


def write_zip(path: Path, members: dict[str, str | bytes], compression: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression=compression) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return path


# -- archive ---------------------------------------------------------------------------------------------------


def test_tweets_js_alone_with_a_handle(tmp_path: Path) -> None:
    path = tmp_path / "tweets.js"
    path.write_text(tweets_js(SAMPLE_ITEMS), encoding="utf-8")
    account = read_archive(path, "lena")
    assert (account.handle, account.display_name, account.source) == ("lena", "lena", "archive")
    assert [t.text for t in account.tweets][0] == "Proofing the dough &amp; waiting https://t.co/abc"
    assert [t.is_retweet for t in account.tweets] == [False, True, True, False]
    assert [t.is_reply for t in account.tweets] == [False, False, False, True]
    assert account.tweets[0].created_at == datetime(2023, 4, 23, 9, 0, tzinfo=UTC)
    assert account.tweets[0].id == "1001"


def test_archive_folder_takes_handle_and_display_name_from_account_js(tmp_path: Path) -> None:
    root = write_archive_dir(tmp_path / "archive")
    [account] = fetch_accounts([], inputs=[root])
    assert (account.handle, account.display_name, len(account.tweets)) == ("Lena_Bakes", "Lena 🍞", 4)
    [named] = fetch_accounts(["@lena_bakes"], inputs=[root / "data" / "tweets.js"])
    assert (named.handle, named.display_name) == ("Lena_Bakes", "Lena 🍞")


def test_archive_without_account_js_needs_a_handle(tmp_path: Path) -> None:
    root = write_archive_dir(tmp_path / "archive", username=None)
    with pytest.raises(TrainerError, match="has no data/account.js: name the account's handle"):
        fetch_accounts([], inputs=[root])


def test_archive_zip_with_parts_and_account(tmp_path: Path) -> None:
    second = [tweet_item(f"part one tweet {i}", 10 + i) for i in range(3)]
    path = write_zip(
        tmp_path / "twitter-2023-04-23.zip",
        {
            "twitter-2023/Your archive.html": "<html></html>",
            "twitter-2023/data/account.js": account_js("astro_ivo", "Ivo ✨"),
            "twitter-2023/data/tweets-part1.js": tweets_js(second, part=1),
            "twitter-2023/data/tweets.js": tweets_js(SAMPLE_ITEMS),
            # a media file that would be refused if it were read: only the .js files we need are read
            "twitter-2023/data/tweets_media/huge.jpg": b"\0" * (3 << 20),
        },
    )
    [account] = fetch_accounts([], inputs=[path])
    assert (account.handle, account.display_name, account.source) == ("astro_ivo", "Ivo ✨", "archive")
    assert [t.text for t in account.tweets][4:] == [
        "part one tweet 0",
        "part one tweet 1",
        "part one tweet 2",
    ]
    # a given handle that differs from account.js is kept, with itself as display name
    [other] = fetch_accounts(["someone_else"], source="archive", inputs=[path])
    assert (other.handle, other.display_name) == ("someone_else", "someone_else")


@pytest.mark.parametrize("name", ["../evil.js", "/etc/tweets.js", "data/../../tweets.js", "C:/tweets.js"])
def test_zip_with_unsafe_member_names_is_refused(tmp_path: Path, name: str) -> None:
    path = write_zip(tmp_path / "a.zip", {"data/tweets.js": tweets_js(SAMPLE_ITEMS), name: "x"})
    with pytest.raises(TrainerError, match="unsafe file name"):
        read_archive(path, "lena")


def test_zip_with_an_oversize_member_is_refused(tmp_path: Path) -> None:
    items = [tweet_item(f"tweet {i} " + "word " * 30, i) for i in range(50)]
    path = write_zip(tmp_path / "a.zip", {"data/tweets.js": tweets_js(items)})
    with pytest.raises(TrainerError, match=r"tweets.js is [\d,]+ bytes \(at most 1,000 bytes\)"):
        read_archive(path, "lena", limits=ArchiveLimits(max_member_bytes=1000))
    assert len(read_archive(path, "lena").tweets) == 50


def test_zip_total_bytes_are_capped_over_all_parts(tmp_path: Path) -> None:
    part = tweets_js([tweet_item("x " * 200, i) for i in range(10)])
    path = write_zip(tmp_path / "a.zip", {"data/tweets.js": part, "data/tweets-part1.js": part})
    limits = ArchiveLimits(max_member_bytes=len(part) + 10, max_total_bytes=int(len(part) * 1.5))
    with pytest.raises(TrainerError, match="more than [\\d,]+ bytes of tweet files to read"):
        read_archive(path, "lena", limits=limits)


def test_zip_bomb_compression_ratio_is_refused(tmp_path: Path) -> None:
    bomb = "window.YTD.tweets.part0 = [" + " " * (8 << 20) + "]"
    path = write_zip(tmp_path / "bomb.zip", {"data/tweets.js": bomb})
    assert path.stat().st_size < 100_000
    with pytest.raises(TrainerError, match="compressed suspiciously well"):
        read_archive(path, "lena")


def test_zip_with_a_lying_size_header_is_refused(tmp_path: Path) -> None:
    """A member whose headers claim 100 bytes but that inflates to 8 MiB is never read past the claim."""
    bomb = "window.YTD.tweets.part0 = [" + " " * (8 << 20) + "]"
    path = write_zip(tmp_path / "liar.zip", {"data/tweets.js": bomb})
    data = bytearray(path.read_bytes())
    central = data.rfind(b"PK\x01\x02")
    data[22:26] = (100).to_bytes(4, "little")  # local header: uncompressed size
    data[central + 24 : central + 28] = (100).to_bytes(4, "little")  # central directory: uncompressed size
    path.write_bytes(bytes(data))
    with pytest.raises(TrainerError, match="liar.zip"):
        read_archive(path, "lena")


def test_encrypted_zip_is_refused(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "locked.zip", {"data/tweets.js": tweets_js(SAMPLE_ITEMS)})
    data = bytearray(path.read_bytes())
    central = data.rfind(b"PK\x01\x02")
    data[6] |= 1  # general purpose flag bit 0: encrypted
    data[central + 8] |= 1
    path.write_bytes(bytes(data))
    with pytest.raises(TrainerError, match="archive locked.zip refused: .*encrypted"):
        read_archive(path, "lena")


def test_zip_with_too_many_members_is_refused(tmp_path: Path) -> None:
    members: dict[str, str | bytes] = {f"data/media/{i}.jpg": b"x" for i in range(20)}
    members["data/tweets.js"] = tweets_js(SAMPLE_ITEMS)
    path = write_zip(tmp_path / "a.zip", members)
    with pytest.raises(TrainerError, match="over 10 files"):
        read_archive(path, "lena", limits=ArchiveLimits(max_members=10))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("var x = 1;", "does not start with 'window.YTD"),
        ("window.YTD.tweets.part0 = [{]", "is not valid JSON"),
        ('window.YTD.tweets.part0 = {"a": 1}', "does not hold a list"),
        ('window.YTD.tweets.part0 = [{"tweet": {"id": 1}}]', "item 0 of tweets.js has no tweet text"),
        (
            'window.YTD.tweets.part0 = [{"tweet": {"full_text": "x", "created_at": "yesterday"}}]',
            "unreadable created_at",
        ),
    ],
)
def test_malformed_tweets_js(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "tweets.js"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(TrainerError, match="not a Twitter archive") as caught:
        read_archive(path, "lena")
    assert message in str(caught.value)
    assert str(tmp_path) not in str(caught.value)


def test_not_an_archive_zip(tmp_path: Path) -> None:
    fake = tmp_path / "archive.zip"
    fake.write_text("a text file named .zip", encoding="utf-8")
    with pytest.raises(TrainerError, match="archive.zip refused: not a zip file"):
        fetch_accounts(["lena"], inputs=[fake])
    empty = write_zip(tmp_path / "other.zip", {"readme.txt": "hello"})
    with pytest.raises(TrainerError, match="other.zip has no data/tweets.js"):
        fetch_accounts(["lena"], inputs=[empty])


# -- plain files -----------------------------------------------------------------------------------------------


def test_jsonl_file(tmp_path: Path) -> None:
    path = tmp_path / "tweets.jsonl"
    rows = [
        {"text": "plain tweet one", "created_at": "2023-04-23T09:00:00Z"},
        {"text": "RT @x: flagged", "is_retweet": True},
        {"text": "string flag", "is_retweet": "true", "created_at": "Sun Apr 23 09:00:00 +0000 2023"},
        {"text": "numeric flag", "is_retweet": 0},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    [account] = fetch_accounts(["@Lena"], inputs=[path])
    assert (account.handle, account.display_name, account.source) == ("Lena", "Lena", "file")
    assert [t.is_retweet for t in account.tweets] == [False, True, True, False]
    assert account.tweets[0].created_at == datetime(2023, 4, 23, 9, 0, tzinfo=UTC)
    assert account.tweets[2].created_at == datetime(2023, 4, 23, 9, 0, tzinfo=UTC)


def test_csv_file(tmp_path: Path) -> None:
    path = tmp_path / "tweets.csv"
    path.write_text(
        'Text,created_at,is_retweet\n"hello, world, again",2023-04-23 09:00:00,0\n"multi\nline",,1\nthird one,,\n',
        encoding="utf-8",
    )
    account = read_plain_file(path, "lena")
    assert [t.text for t in account.tweets] == ["hello, world, again", "multi\nline", "third one"]
    assert [t.is_retweet for t in account.tweets] == [False, True, False]
    assert account.tweets[0].created_at == datetime(2023, 4, 23, 9, 0)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("t.csv", "tweet,date\nhello,2023\n", "t.csv has no 'text' column (columns: tweet, date)"),
        ("t.jsonl", '{"text": "ok"}\n{"text": broken\n', "t.jsonl line 2 is not valid JSON"),
        ("t.jsonl", '{"body": "no text"}\n', "t.jsonl line 1: no 'text' field"),
        ("t.jsonl", '["a list"]\n', "t.jsonl line 1: not a JSON object"),
        ("t.jsonl", '{"text": "x", "is_retweet": "maybe"}\n', "is_retweet 'maybe' is not true/false"),
        ("t.jsonl", '{"text": "x", "created_at": "soon"}\n', "created_at 'soon' is neither ISO-8601"),
        ("t.jsonl", "\n\n", "t.jsonl holds no tweets"),
        ("t.txt", "text\nhello\n", "unknown input type"),
    ],
)
def test_bad_plain_files(tmp_path: Path, name: str, content: str, message: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(TrainerError) as caught:
        fetch_accounts(["lena"], inputs=[path])
    assert message in str(caught.value)
    assert str(tmp_path) not in str(caught.value)


def test_json_array_file(tmp_path: Path) -> None:
    path = tmp_path / "tweets.json"
    path.write_text(json.dumps([{"text": "a"}, {"text": "b"}]), encoding="utf-8")
    assert [t.text for t in read_plain_file(path, "lena").tweets] == ["a", "b"]


# -- samples and the auto rules ---------------------------------------------------------------------------------


@pytest.fixture
def fixture_samples(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Our own small sample archives, standing in for the bundled ones."""
    for handle in SAMPLE_HANDLES:
        write_archive_dir(tmp_path / handle, username=handle, display=handle.upper())
    monkeypatch.setattr(samples, "sample_archive_dir", lambda handle: tmp_path / handle.lower())
    return tmp_path


def test_sample_accounts_by_auto_and_by_name(fixture_samples: Path) -> None:
    accounts = fetch_accounts(["@MB_Lena_Bakes", "mb_astro_ivo"])
    assert [(a.handle, a.display_name, a.source) for a in accounts] == [
        ("mb_lena_bakes", "MB_LENA_BAKES", "sample"),
        ("mb_astro_ivo", "MB_ASTRO_IVO", "sample"),
    ]
    with pytest.raises(TrainerError, match="@someone is not a sample account"):
        fetch_accounts(["someone"], source="sample")


def test_bundled_sample_accounts_read() -> None:
    for handle in SAMPLE_HANDLES:
        assert samples.sample_archive_dir(handle).is_dir()
        [account] = fetch_accounts([handle])
        assert account.source == "sample" and account.handle.lower() == handle
        assert len(account.tweets) >= 300
        assert any(t.is_retweet for t in account.tweets)


def test_auto_without_any_source_says_what_to_do() -> None:
    with pytest.raises(TrainerError) as caught:
        fetch_accounts(["somebody"])
    assert "no source for @somebody" in str(caught.value)
    assert "X_BEARER_TOKEN" in str(caught.value) and "mb_lena_bakes" in str(caught.value)
    with pytest.raises(TrainerError, match="needs a bearer token"):
        fetch_accounts(["somebody"], source="x")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"handles": ["ok", "not ok!"]}, "not a valid X handle"),
        ({"handles": ["Lena", "@lena"]}, "@lena is named twice"),
        ({"handles": []}, "name at least one handle"),
        ({"handles": ["a"], "source": "twitter"}, "unknown source 'twitter'"),
        ({"handles": ["a"], "source": "archive"}, "needs an input file per handle"),
        ({"handles": ["a", "b"], "inputs": ["x.jsonl"]}, "2 handles but 1 input files"),
        ({"handles": ["a"], "source": "x", "inputs": ["x.jsonl"]}, "not used with --source x"),
        ({"handles": [], "inputs": ["nowhere.zip"]}, "no such input file: nowhere.zip"),
    ],
)
def test_fetch_accounts_refusals(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(TrainerError, match=message):
        fetch_accounts(**kwargs)


def test_file_input_without_a_handle(tmp_path: Path) -> None:
    path = tmp_path / "t.jsonl"
    path.write_text('{"text": "hello there you"}\n', encoding="utf-8")
    with pytest.raises(TrainerError, match="t.jsonl: a tweet file does not say whose tweets it holds"):
        fetch_accounts([], inputs=[path])


def test_inputs_pair_with_handles_in_order(tmp_path: Path) -> None:
    jsonl = tmp_path / "a.jsonl"
    jsonl.write_text('{"text": "from the jsonl file"}\n', encoding="utf-8")
    csv_path = tmp_path / "b.csv"
    csv_path.write_text("text\nfrom the csv file\n", encoding="utf-8")
    archive = write_zip(
        tmp_path / "c.zip",
        {"data/tweets.js": tweets_js(SAMPLE_ITEMS), "data/account.js": account_js("cee", "C")},
    )
    reporter = RecordingReporter()
    accounts = fetch_accounts(["aaa", "bbb"], inputs=[jsonl, csv_path, archive], reporter=reporter)
    assert [(a.handle, a.source, a.tweets[0].text[:4]) for a in accounts] == [
        ("aaa", "file", "from"),
        ("bbb", "file", "from"),
        ("cee", "archive", "Proo"),
    ]
    assert [(e["step"], e["total"]) for e in reporter.of("progress")] == [(1, 3), (2, 3), (3, 3)]


def test_invalid_handle_is_refused_before_anything_is_fetched(x_api: FakeXApi) -> None:
    with pytest.raises(TrainerError, match="not a valid X handle"):
        fetch_accounts(["lena", "bad-handle"], source="x", x_client=lambda: client_for(x_api))
    assert x_api.requests == []


# -- the X API through tweepy, against the fake API v2 ------------------------------------------------------------


@pytest.fixture
def x_api() -> Any:
    with FakeXApi(bearer_token=TOKEN) as api:
        api.add_user(
            "Lena_Bakes",
            "Lena 🍞",
            tweets=[f"bread thought number {i} &amp; more" for i in range(230)]
            + [
                {"text": "RT @bob: old retweet", "referenced_tweets": [{"type": "retweeted", "id": "5"}]},
                {"text": "@bob old reply here", "referenced_tweets": [{"type": "replied_to", "id": "6"}]},
            ],
        )
        api.add_user("locked", "Locked", tweets=["secret"], protected=True)
        api.add_user("gone", "Gone", suspended=True)
        yield api


def client_for(api: FakeXApi, token: str = TOKEN) -> tweepy.Client:
    return redirect_client(tweepy.Client(bearer_token=token), api.base_url)


def test_x_api_pages_through_the_timeline(x_api: FakeXApi) -> None:
    reporter = RecordingReporter()
    [account] = fetch_accounts(
        ["@lena_bakes"], source="x", x_client=lambda: client_for(x_api), reporter=reporter
    )
    assert (account.handle, account.display_name, account.source) == ("Lena_Bakes", "Lena 🍞", "x-api")
    assert len(account.tweets) == 232
    assert account.tweets[0].text == "bread thought number 0 &amp; more"
    assert account.tweets[0].created_at == datetime(2023, 4, 23, 9, 0, tzinfo=UTC)
    assert (account.tweets[-2].is_retweet, account.tweets[-2].is_reply) == (True, False)
    assert (account.tweets[-1].is_retweet, account.tweets[-1].is_reply) == (False, True)

    [lookup] = x_api.requests_to("/2/users/by/username/")
    assert lookup.path == "/2/users/by/username/lena_bakes"
    assert lookup.query == {"user.fields": "name,protected,profile_image_url"}
    assert account.profile_url == "https://x.com/Lena_Bakes" and account.platform == "x"
    user_id = x_api.users["lena_bakes"].id
    assert account.avatar_url == f"{x_api.base_url}/profile_images/{user_id}/avatar_normal.png"
    assert lookup.auth_scheme == "Bearer" and "Authorization" not in lookup.headers
    pages = x_api.requests_to("/2/users/1000/tweets")
    assert [p.query.get("pagination_token") for p in pages] == [None, "pg100", "pg200"]
    for page in pages:
        assert page.query["max_results"] == "100"
        assert page.query["tweet.fields"] == "created_at,referenced_tweets,entities"
    steps = [(e["step"], e["total"]) for e in reporter.of("progress")]
    assert steps == [(0, 3200), (100, 3200), (200, 3200), (232, 3200)]


def test_x_api_stops_at_max_tweets(x_api: FakeXApi) -> None:
    account = fetch_x_account("lena_bakes", client=client_for(x_api), max_tweets=150)
    assert len(account.tweets) == 150
    assert len(x_api.requests_to("/2/users/1000/tweets")) == 2
    capped = fetch_x_account("lena_bakes", client=client_for(x_api), max_tweets=10_000)
    assert len(capped.tweets) == 232


@pytest.mark.parametrize(
    ("handle", "message"),
    [
        ("nobody_here", "@nobody_here does not exist on X"),
        ("gone", "@gone is suspended on X"),
        ("locked", "@locked is a protected account: its tweets are not public"),
    ],
)
def test_x_api_unknown_suspended_protected(x_api: FakeXApi, handle: str, message: str) -> None:
    with pytest.raises(TrainerError) as caught:
        fetch_x_account(handle, client=client_for(x_api))
    assert str(caught.value) == message
    assert x_api.requests_to("/2/users/1000/tweets") == []


@pytest.mark.parametrize("status", [None, 403])
def test_x_api_protected_timeline_answer(x_api: FakeXApi, status: int | None) -> None:
    """The lookup said public, but the timeline answers "Authorization Error" (200 with errors, or 403)."""
    x_api.add_user("turned_private", tweets=["x"], timeline_locked=True)
    if status:
        x_api.fail_once(
            status, "Authorization Error", "Sorry, you are not authorized to see the user with id: [1]."
        )
    with pytest.raises(TrainerError, match="^@turned_private is a protected account"):
        fetch_x_account("turned_private", client=client_for(x_api))


def test_x_api_rate_limit_waits_with_a_report_then_succeeds(x_api: FakeXApi) -> None:
    x_api.rate_limit_once("/2/users/1000/tweets", reset_in=30)
    reporter = RecordingReporter()
    slept: list[float] = []
    account = fetch_x_account("lena_bakes", client=client_for(x_api), reporter=reporter, sleep=slept.append)
    assert len(account.tweets) == 232
    [wait] = reporter.of("wait")
    assert "rate limit" in wait["message"] and "@Lena_Bakes" in wait["message"]
    assert 25 <= wait["seconds"] <= 32 and slept == [wait["seconds"]]
    pages = x_api.requests_to("/2/users/1000/tweets")
    assert [p.query.get("pagination_token") for p in pages] == [None, None, "pg100", "pg200"]
    # the wait is reported before the retry: events are in order
    kinds = [e["event"] for e in reporter.events]
    assert kinds.index("wait") < len(kinds) - 1


def test_x_api_rate_limit_really_waits_until_reset(x_api: FakeXApi) -> None:
    x_api.rate_limit_once("/2/users/by/", reset_in=0)
    reporter = RecordingReporter()
    account = fetch_x_account("lena_bakes", client=client_for(x_api), reporter=reporter, max_tweets=5)
    assert len(account.tweets) == 5
    assert 0 < reporter.of("wait")[0]["seconds"] <= 1.5


@pytest.mark.parametrize(
    ("status", "title", "detail", "expected"),
    [
        (
            503,
            "Service Unavailable",
            "Service is overloaded, retry later",
            "HTTP 503 Service Unavailable: Service is overloaded",
        ),
        (
            400,
            "Invalid Request",
            "One or more parameters to your request was invalid.",
            "HTTP 400 Bad Request: Invalid Request",
        ),
    ],
)
def test_x_api_other_errors_carry_status_and_api_text(
    x_api: FakeXApi, status: int, title: str, detail: str, expected: str
) -> None:
    x_api.fail_once(status, title, detail, path_prefix="/2/users/1000/tweets")
    with pytest.raises(TrainerError) as caught:
        fetch_x_account("lena_bakes", client=client_for(x_api))
    assert str(caught.value).startswith("X API error while reading @Lena_Bakes's tweets: " + expected)


def test_bearer_token_never_in_error_text(x_api: FakeXApi) -> None:
    wrong = "BBBB-another-secret-token"
    with pytest.raises(TrainerError) as caught:
        fetch_accounts(
            ["lena_bakes"], source="x", bearer_token=wrong, x_client=lambda: client_for(x_api, wrong)
        )
    assert "HTTP 401 Unauthorized" in str(caught.value) and wrong not in str(caught.value)
    # even an API that echoes the token back does not get it into our message
    x_api.fail_once(400, "Invalid Request", f"token {TOKEN} is malformed")
    with pytest.raises(TrainerError) as caught:
        fetch_x_account("lena_bakes", bearer_token=TOKEN, client=client_for(x_api))
    assert TOKEN not in str(caught.value) and "token *** is malformed" in str(caught.value)


def test_bearer_token_never_logged(x_api: FakeXApi, caplog: pytest.LogCaptureFixture) -> None:
    # Other tests (the bot's logging set-up) may have quietened urllib3: make sure requests are logged here.
    with caplog.at_level(logging.DEBUG), caplog.at_level(logging.DEBUG, logger="urllib3"):
        fetch_x_account("lena_bakes", bearer_token=TOKEN, client=client_for(x_api), max_tweets=5)
    assert caplog.records and TOKEN not in caplog.text


def test_production_client_is_tweepys_own(monkeypatch: pytest.MonkeyPatch, x_api: FakeXApi) -> None:
    """Without an injected client, fetch_accounts builds a tweepy.Client from the token (redirected here)."""
    from trainer.sources import x_api as module

    built: list[tweepy.Client] = []

    def make(token: str) -> tweepy.Client:
        client = module.tweepy.Client(bearer_token=token, wait_on_rate_limit=False)
        built.append(client)
        return redirect_client(client, x_api.base_url)

    monkeypatch.setattr(module, "make_client", make)
    [account] = fetch_accounts(["lena_bakes"], bearer_token=TOKEN, max_tweets=100)
    assert len(account.tweets) == 100 and built[0].bearer_token == TOKEN and not built[0].wait_on_rate_limit


async def test_fake_works_from_async_tests_and_records_posts() -> None:
    async with FakeXApi() as api:
        api.add_user("lena", tweets=["a tweet from lena"] * 7)
        client = redirect_client(
            tweepy.Client(
                consumer_key="ck", consumer_secret="cs", access_token="at", access_token_secret="ats"
            ),
            api.base_url,
        )
        response = await asyncio.to_thread(client.create_tweet, text="hello from a bot [AI]")
        assert response.data["text"] == "hello from a bot [AI]" and response.data["id"]
        assert api.posted == ["hello from a bot [AI]"]
        assert api.requests_to("/2/tweets")[0].auth_scheme == "OAuth"
        account = await asyncio.to_thread(fetch_x_account, "lena", client=client_for(api))
        assert len(account.tweets) == 7
