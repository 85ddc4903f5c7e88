"""The Bluesky source through the real ``atproto`` client against the local fake AppView (and the fake's PDS
side, for the posting work that comes later); the trainer CLI reading a Bluesky account."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from atproto_client import Client
from atproto_client.exceptions import BadRequestError, UnauthorizedError

from tests.fakes.fake_bluesky import FakeBluesky, fake_did, quote, reply, repost
from trainer.avatar_sources import DownloadPolicy
from trainer.avatars import account_avatar
from trainer.cleaning import clean_account
from trainer.cli import build_parser
from trainer.errors import TrainerError
from trainer.handles import model_name
from trainer.progress import Reporter
from trainer.sources import fetch_accounts
from trainer.sources.bluesky import DEFAULT_APPVIEW_URL, fetch_bluesky_account, make_client

ROOT = Path(__file__).resolve().parents[1]


class RecordingReporter(Reporter):
    def __init__(self) -> None:
        self.events: list[dict[str, Any]] = []

    def emit(self, event: str, **fields: Any) -> None:
        self.events.append({"event": event, **fields})

    def of(self, event: str) -> list[dict[str, Any]]:
        return [e for e in self.events if e["event"] == event]


@pytest.fixture
def bsky() -> Any:
    with FakeBluesky() as fake:
        fake.add_account(
            "alice.bsky.social",
            "Alice 🦋",
            posts=[f"alice thinks about bread number {i}" for i in range(230)]
            + [
                reply("@bob.bsky.social I agree with you"),
                repost("someone else's words here"),
                quote("my own words on this", quoted="the words being quoted"),
            ],
        )
        fake.add_account("gone.bsky.social", "Gone", takendown=True)
        fake.add_account("away.bsky.social", "Away", deactivated=True)
        fake.add_account("shy.bsky.social", "Shy", posts=["hidden from logged-out"], no_unauthenticated=True)
        fake.add_account("poster.bsky.social", "Poster", app_password="abcd-efgh-ijkl-mnop")
        yield fake


def fetch(fake: FakeBluesky, handle: str, **kwargs: Any) -> Any:
    return fetch_bluesky_account(handle, base_url=fake.base_url, **kwargs)


def test_pages_through_the_feed_with_the_cursor(bsky: FakeBluesky) -> None:
    reporter = RecordingReporter()
    account = fetch(bsky, "@Alice.bsky.social", reporter=reporter)
    assert (account.handle, account.display_name, account.source, account.platform) == (
        "alice.bsky.social",
        "Alice 🦋",
        "bluesky",
        "bluesky",
    )
    assert account.profile_url == "https://bsky.app/profile/alice.bsky.social"
    assert account.avatar_url and account.avatar_url.startswith(f"{bsky.base_url}/img/avatar/plain/did:plc:")
    avatar = account_avatar(account, policy=DownloadPolicy(allow_private=True))  # what training keeps
    assert avatar.source == "url"
    assert len(account.tweets) == 233
    assert account.tweets[0].text == "alice thinks about bread number 0"
    assert account.tweets[0].created_at is not None and account.tweets[0].created_at.tzinfo is not None
    last = account.tweets[-3:]
    assert [(t.text, t.is_reply, t.is_retweet) for t in last] == [
        ("@bob.bsky.social I agree with you", True, False),
        ("someone else's words here", False, True),  # a repost counts as a retweet
        ("my own words on this", False, False),  # a quote keeps its own text only
    ]
    [profile] = bsky.requests_to("/xrpc/app.bsky.actor.getProfile")
    assert profile.query == {"actor": "alice.bsky.social"} and profile.auth_scheme is None
    feeds = bsky.requests_to("/xrpc/app.bsky.feed.getAuthorFeed")
    assert len(feeds) == 3 and "cursor" not in feeds[0].query
    assert all(f.query["actor"] == fake_did("alice.bsky.social") for f in feeds)
    assert all(f.query["filter"] == "posts_with_replies" and int(f.query["limit"]) <= 100 for f in feeds)
    assert feeds[1].query["cursor"] and feeds[2].query["cursor"] != feeds[1].query["cursor"]
    progress = reporter.of("progress")
    assert (progress[0]["step"], progress[-1]["step"], progress[-1]["total"]) == (0, 233, 3200)

    stats = clean_account(account).stats
    assert (stats.downloaded, stats.retweets) == (233, 1)


def test_stops_at_the_cap(bsky: FakeBluesky) -> None:
    account = fetch(bsky, "alice.bsky.social", max_tweets=150)
    assert len(account.tweets) == 150
    assert [int(r.query["limit"]) for r in bsky.requests_to("/xrpc/app.bsky.feed.getAuthorFeed")] == [100, 50]


def test_a_did_is_resolved_to_its_handle_which_names_the_model(bsky: FakeBluesky) -> None:
    did = fake_did("alice.bsky.social")
    [account] = fetch_accounts([did], bluesky_url=bsky.base_url, max_tweets=5)
    assert account.handle == "alice.bsky.social"
    assert model_name([account.account]) == "alice.bsky.social"
    with pytest.raises(TrainerError, match="named twice"):
        fetch_accounts([did, "alice.bsky.social"], bluesky_url=bsky.base_url, max_tweets=5)


def test_a_did_without_a_valid_handle_cannot_name_a_model(bsky: FakeBluesky) -> None:
    account = bsky.add_account("handle.invalid", "Nobody", posts=["x y z"], did="did:plc:" + "a" * 24)
    with pytest.raises(TrainerError, match="has no valid Bluesky handle .*handle.invalid"):
        fetch(bsky, account.did)


@pytest.mark.parametrize(
    ("handle", "message"),
    [
        ("nobody.bsky.social", "@nobody.bsky.social does not exist on Bluesky"),
        ("gone.bsky.social", "@gone.bsky.social is suspended on Bluesky"),
        ("away.bsky.social", "@away.bsky.social has deactivated their Bluesky account"),
        ("shy.bsky.social", "@shy.bsky.social asked Bluesky not to show their posts to logged-out viewers"),
    ],
)
def test_accounts_that_cannot_be_read_get_their_own_message(
    bsky: FakeBluesky, handle: str, message: str
) -> None:
    with pytest.raises(TrainerError) as caught:
        fetch(bsky, handle)
    assert str(caught.value).startswith(message) and "\n" not in str(caught.value)
    assert bsky.requests_to("/xrpc/app.bsky.feed.getAuthorFeed") == []


def test_rate_limit_waits_for_the_reset_with_a_report(bsky: FakeBluesky) -> None:
    bsky.rate_limit_next("/xrpc/app.bsky.feed.getAuthorFeed", reset_in=30)
    reporter, slept = RecordingReporter(), []
    account = fetch(bsky, "alice.bsky.social", reporter=reporter, sleep=slept.append, max_tweets=10)
    assert len(account.tweets) == 10
    [wait] = reporter.of("wait")
    assert (
        "Bluesky rate limit reached while reading @alice.bsky.social's posts; waiting until"
        in wait["message"]
    )
    assert 28 <= wait["seconds"] <= 32 and slept == [wait["seconds"]]
    assert [r.path.rsplit(".", 1)[-1] for r in bsky.requests] == [
        "getProfile",
        "getAuthorFeed",
        "getAuthorFeed",
    ]


def test_rate_limit_really_waits(bsky: FakeBluesky) -> None:
    bsky.rate_limit_next("/xrpc/app.bsky.actor.getProfile", reset_in=1)
    reporter = RecordingReporter()
    started = time.monotonic()
    account = fetch(bsky, "alice.bsky.social", reporter=reporter, max_tweets=3)
    assert len(account.tweets) == 3 and len(reporter.of("wait")) == 1
    assert time.monotonic() - started >= reporter.of("wait")[0]["seconds"] - 0.1


def test_rate_limit_that_does_not_end_and_one_too_far_away(bsky: FakeBluesky) -> None:
    for _ in range(6):
        bsky.rate_limit_next("/xrpc/app.bsky.actor.getProfile", reset_in=2)
    with pytest.raises(TrainerError, match="rate limit still reached after 5 waits"):
        fetch(bsky, "alice.bsky.social", sleep=lambda s: None)
    bsky.rate_limit_next("/xrpc/app.bsky.actor.getProfile", reset_in=86_400)
    with pytest.raises(TrainerError, match="too far away to wait"):
        fetch(bsky, "alice.bsky.social", sleep=lambda s: pytest.fail("must not wait a day"))


@pytest.mark.parametrize(
    ("status", "error", "message", "expected"),
    [
        (
            500,
            "InternalServerError",
            "Internal Server Error",
            "Bluesky error while reading @alice.bsky.social's posts: "
            "HTTP 500: InternalServerError: Internal Server Error",
        ),
        (
            502,
            "UpstreamFailure",
            "pipethrough failed",
            "Bluesky error while reading @alice.bsky.social's posts: "
            "HTTP 502: UpstreamFailure: pipethrough failed",
        ),
        (
            400,
            "InvalidRequest",
            "Error: limit can not be greater than 100",
            "HTTP 400: InvalidRequest: Error: limit can not be greater than 100",
        ),
        (400, "BlockedActor", None, "HTTP 400: BlockedActor"),
    ],
)
def test_other_errors_say_the_status_and_the_servers_words(
    bsky: FakeBluesky, status: int, error: str, message: str | None, expected: str
) -> None:
    bsky.fail_xrpc_next(status, error, message, "/xrpc/app.bsky.feed.getAuthorFeed")
    with pytest.raises(TrainerError) as caught:
        fetch(bsky, "alice.bsky.social")
    assert expected in str(caught.value)


def test_an_error_without_a_json_body_and_an_unreadable_answer(bsky: FakeBluesky) -> None:
    bsky.fail_next(503, None, {}, "/xrpc/app.bsky.actor.getProfile")
    with pytest.raises(TrainerError, match=r"^Bluesky error while looking up @alice.bsky.social: HTTP 503$"):
        fetch(bsky, "alice.bsky.social")
    bsky.fail_next(200, {"feed": "not a list"}, {}, "/xrpc/app.bsky.feed.getAuthorFeed")
    with pytest.raises(TrainerError, match="answered with data mimicbird cannot read"):
        fetch(bsky, "alice.bsky.social")


def test_an_unreachable_appview() -> None:
    with FakeBluesky() as fake:
        url = fake.base_url
    with pytest.raises(
        TrainerError, match=r"cannot reach the Bluesky AppView \(127\.0\.0\.1:\d+\) while looking up"
    ):
        fetch_bluesky_account("alice.bsky.social", base_url=url)


def test_a_cursor_that_repeats_ends_the_paging(bsky: FakeBluesky) -> None:
    page = json.loads(
        json.dumps(
            {
                "feed": [
                    {
                        k: v
                        for k, v in bsky.accounts[fake_did("alice.bsky.social")].posts[0].items()
                        if k != "_sort"
                    }
                ],
                "cursor": "same",
            }
        )
    )
    for _ in range(3):
        bsky.fail_next(200, page, {}, "/xrpc/app.bsky.feed.getAuthorFeed")
    account = fetch(bsky, "alice.bsky.social")
    assert len(account.tweets) == 2 and len(bsky.requests_to("/xrpc/app.bsky.feed.getAuthorFeed")) == 2


def test_hostile_profile_fields_are_tamed(bsky: FakeBluesky) -> None:
    profile = {
        "did": fake_did("alice.bsky.social"),
        "handle": "alice.bsky.social",
        "displayName": "  Evil\n\n" + "x" * 600,
        "avatar": "javascript:alert(1)",
        "labels": [],
    }
    bsky.fail_next(200, profile, {}, "/xrpc/app.bsky.actor.getProfile")
    account = fetch(bsky, "alice.bsky.social", max_tweets=1)
    assert account.display_name.startswith("Evil x") and len(account.display_name) <= 200
    assert account.avatar_url is None
    bsky.fail_next(200, {**profile, "handle": "../../etc"}, {}, "/xrpc/app.bsky.actor.getProfile")
    assert (
        fetch(bsky, "alice.bsky.social", max_tweets=1).handle == "alice.bsky.social"
    )  # the typed handle stays
    bsky.fail_next(200, {**profile, "displayName": "x" * 100_000}, {}, "/xrpc/app.bsky.actor.getProfile")
    with pytest.raises(
        TrainerError, match="answered with data mimicbird cannot read"
    ):  # the SDK's own limits
        fetch(bsky, "alice.bsky.social", max_tweets=1)


def test_source_choice_by_shape_and_explicitly(bsky: FakeBluesky) -> None:
    [auto] = fetch_accounts(["alice.bsky.social"], bluesky_url=bsky.base_url, max_tweets=2)
    [explicit] = fetch_accounts(["alice.bsky.social"], "bluesky", bluesky_url=bsky.base_url, max_tweets=2)
    assert auto.source == explicit.source == "bluesky"
    with pytest.raises(TrainerError, match="@lena is an X handle; --source bluesky reads Bluesky accounts"):
        fetch_accounts(["lena"], "bluesky", bluesky_url=bsky.base_url)
    with pytest.raises(
        TrainerError, match="@alice.bsky.social is a Bluesky handle; --source x reads X accounts"
    ):
        fetch_accounts(["alice.bsky.social"], "x", bearer_token="t")


def test_the_default_appview_is_the_public_one() -> None:
    client = make_client()
    assert client._base_url == DEFAULT_APPVIEW_URL + "/xrpc"  # the SDK's own joining of the base URL


# -- the fake's PDS side, for posting (the real client logs in and creates a post record) --------------------


def test_the_real_client_logs_in_and_posts_to_the_fake(bsky: FakeBluesky) -> None:
    client = Client(base_url=bsky.base_url)
    profile = client.login("poster.bsky.social", "abcd-efgh-ijkl-mnop")
    assert profile is not None and profile.handle == "poster.bsky.social"
    created = client.send_post("hello from a bot — 🤖 AI")
    assert created.uri.startswith(f"at://{fake_did('poster.bsky.social')}/app.bsky.feed.post/")
    assert bsky.posted == ["hello from a bot — 🤖 AI"]
    [record] = bsky.requests_to("/xrpc/com.atproto.repo.createRecord")
    assert record.auth_scheme == "Bearer" and record.body["repo"] == fake_did("poster.bsky.social")
    assert fetch(bsky, "poster.bsky.social").tweets[0].text == "hello from a bot — 🤖 AI"
    with pytest.raises(BadRequestError):
        client.send_post("x" * 301)
    with pytest.raises(UnauthorizedError):
        Client(base_url=bsky.base_url).login("poster.bsky.social", "wrong")


# -- the trainer's command line against the fake -------------------------------------------------------------


def test_cli_stats_only_reads_a_bluesky_account(bsky: FakeBluesky) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("X_BEARER_TOKEN", "MIMICBIRD_X_BEARER_TOKEN")}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "trainer",
            "alice.bsky.social",
            "--stats-only",
            "--progress",
            "json",
            "--bluesky-url",
            bsky.base_url,
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr
    events = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    [stats] = [e for e in events if e["event"] == "stats"]
    counts = stats["accounts"]["alice.bsky.social"]
    assert (counts["downloaded"], counts["retweets"]) == (233, 1)
    assert (
        counts["downloaded"] == counts["retweets"] + counts["short"] + counts["duplicates"] + counts["kept"]
    )
    assert any(e["event"] == "stage" and "@alice.bsky.social" in e["message"] for e in events)
    assert len(bsky.requests_to("/xrpc/app.bsky.feed.getAuthorFeed")) == 3
    help_text = build_parser().format_help()
    assert (
        "--bluesky-url" in help_text
        and "--mastodon-url" in help_text
        and "MIMICBIRD_MASTODON_TOKENS" in help_text
    )
