"""The Mastodon source through the real ``Mastodon.py`` client against the local fake instance (and the fake's
posting endpoint, for the work that comes later); HTML to text; a blend of X, Bluesky and Mastodon."""

from __future__ import annotations

import logging
import socket
import time
from typing import Any

import pytest
from mastodon import Mastodon
from mastodon.errors import MastodonAPIError, MastodonUnauthorizedError

from tests.fakes.fake_bluesky import FakeBluesky
from tests.fakes.fake_mastodon import FakeMastodon, boost, hashtag, link, mention, toot
from trainer.avatar_sources import DownloadPolicy
from trainer.avatars import account_avatar
from trainer.cleaning import clean_account
from trainer.cli import main
from trainer.errors import TrainerError
from trainer.handles import model_name
from trainer.pipeline import TrainConfig, run
from trainer.progress import Reporter
from trainer.sources import fetch_accounts
from trainer.sources import mastodon as mastodon_source
from trainer.sources.mastodon import fetch_mastodon_account, make_client, status_text, tokens_from_env

TOKEN = "mastodon-secret-token-0123456789"


class RecordingReporter(Reporter):
    def __init__(self) -> None:
        self.events: list[dict[str, Any]] = []

    def emit(self, event: str, **fields: Any) -> None:
        self.events.append({"event": event, **fields})

    def of(self, event: str) -> list[dict[str, Any]]:
        return [e for e in self.events if e["event"] == event]


FIRST = (
    f"Morning {mention('ann')} and {mention('zed', 'other.social')}! {hashtag('coffee')} time "
    f"{link('https://example.com/a/very/long/path/to/an/article')}<br>second line &amp; more &lt;3"
)


@pytest.fixture
def server() -> Any:
    with FakeMastodon("mastodon.social") as fake:
        fake.add_account(
            "bob",
            "Bob 🐘",
            statuses=[toot(FIRST)]
            + [f"bob posts about trains, number {i}" for i in range(100)]
            + [
                boost("somebody else's toot here"),
                toot(f"{mention('ann')} yes, agreed", reply=True),
                toot("only my followers see this", visibility="private"),
                toot("a direct message to someone", visibility="direct"),
            ],
        )
        fake.add_account("gone", "Gone", suspended=True)
        fake.add_account("poster", "Poster", bot=True)
        yield fake


def fetch(fake: FakeMastodon, handle: str = "bob@mastodon.social", **kwargs: Any) -> Any:
    return fetch_mastodon_account(handle, base_url=fake.base_url, **kwargs)


def test_pages_with_the_link_header_and_counts_boosts(server: FakeMastodon) -> None:
    reporter = RecordingReporter()
    account = fetch(server, "@Bob@mastodon.social", reporter=reporter)
    assert (account.handle, account.display_name, account.source, account.platform) == (
        "bob@mastodon.social",
        "Bob 🐘",
        "mastodon",
        "mastodon",
    )  # the server's spelling of the name
    assert account.profile_url == "https://mastodon.social/@bob"
    bob_id = next(iter(server.accounts))
    assert account.avatar_url == f"{server.base_url}/system/accounts/avatars/{bob_id}/original/a.png"
    avatar = account_avatar(account, policy=DownloadPolicy(allow_private=True))  # what training keeps
    assert avatar.source == "url"
    assert len(account.tweets) == 103  # the private and the direct status are not read
    assert account.tweets[0].text == "Morning @ann and @zed! #coffee time\nsecond line & more <3"
    assert account.tweets[0].created_at is not None
    assert [(t.is_retweet, t.is_reply) for t in account.tweets[-2:]] == [(True, False), (False, True)]
    assert account.tweets[-2].text == "somebody else's toot here"  # a boost is fetched to be counted
    [lookup] = server.requests_to("/api/v1/accounts/lookup")
    assert lookup.query == {"acct": "Bob@mastodon.social"} and lookup.auth_scheme is None
    pages = server.requests_to("/api/v1/accounts/")[1:]
    assert len(pages) == 3 and "max_id" not in pages[0].query
    assert pages[1].query["max_id"] != pages[2].query["max_id"]  # from each page's Link header
    assert all(p.query["limit"] == "40" for p in pages)
    assert reporter.of("progress")[-1]["step"] == 103
    stats = clean_account(account).stats
    assert (stats.downloaded, stats.retweets) == (103, 1)
    assert stats.short == 1  # "@ann yes, agreed": two words besides the mention, as in huggingtweets


def test_stops_at_the_cap(server: FakeMastodon) -> None:
    account = fetch(server, max_tweets=50)
    assert len(account.tweets) == 50
    assert len(server.requests_to("/api/v1/accounts/")) == 3  # lookup and two pages


@pytest.mark.parametrize(
    ("html", "text"),
    [
        (f"<p>hi {mention('ann')}</p>", "hi @ann"),
        (f"<p>{hashtag('TBT')} good times</p>", "#TBT good times"),
        (f"<p>read {link('https://example.com/x')} now</p>", "read now"),
        ("<p>one<br>two<br/>three</p>", "one\ntwo\nthree"),
        ("<p>first paragraph</p><p>second paragraph</p>", "first paragraph\nsecond paragraph"),
        (
            "<p>fish &amp; chips &lt;3 &quot;q&quot; &#39;s&#39; caf&eacute;</p>",
            "fish & chips <3 \"q\" 's' café",
        ),
        ('<p>see <a href="https://example.com">this article</a> please</p>', "see this article please"),
        (
            '<p class="quote-inline">RE: <a href="https://x.social/@a/1">https://x.social/@a/1</a></p>'
            "<p>my take</p>",
            "my take",
        ),
        ("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>", "<script>alert(1)</script>"),
        ("<p>   spaced    out   </p>", "spaced out"),
        ("", ""),
        ("plain text, no markup", "plain text, no markup"),
    ],
)
def test_html_content_becomes_plain_text(html: str, text: str) -> None:
    assert status_text(html) == text


def test_unknown_and_suspended_accounts_and_a_wrong_answer(server: FakeMastodon) -> None:
    server.fail_next(
        200, server._account_json(server.accounts[next(iter(server.accounts))]), {}, "/api/v1/accounts/lookup"
    )
    with pytest.raises(
        TrainerError, match="answered the lookup of @eve@mastodon.social with another account"
    ):
        fetch(server, "eve@mastodon.social")
    with pytest.raises(TrainerError, match=r"^@nobody@mastodon.social does not exist on mastodon.social$"):
        fetch(server, "nobody@mastodon.social")
    with pytest.raises(TrainerError, match=r"^@gone@mastodon.social is suspended on mastodon.social$"):
        fetch(server, "gone@mastodon.social")


def test_an_instance_that_refuses_anonymous_readers_and_a_token_for_it(server: FakeMastodon) -> None:
    server.require_token = True
    with pytest.raises(TrainerError) as caught:
        fetch(server)
    assert str(caught.value) == (
        "mastodon.social does not let anonymous readers see @bob@mastodon.social's posts "
        "(HTTP 401: This method requires an authenticated user); "
        "give mimicbird an access token for mastodon.social in MIMICBIRD_MASTODON_TOKENS"
    )
    server.add_token(TOKEN, "poster")
    [account] = fetch_accounts(
        ["bob@mastodon.social"],
        mastodon_url=server.base_url,
        mastodon_tokens={"mastodon.social": TOKEN, "other.social": "not-this-one"},
    )
    assert len(account.tweets) == 103
    assert {r.auth_scheme for r in server.requests_to("/api/v1/accounts/")} == {None, "Bearer"}
    with pytest.raises(TrainerError) as caught:
        fetch(server, access_token="wrong-" + TOKEN)
    assert "mastodon.social refused its access token" in str(caught.value) and TOKEN not in str(caught.value)
    server.fail_api_next(403, "This action is not allowed")
    with pytest.raises(
        TrainerError, match="does not let anonymous readers .*HTTP 403: This action is not allowed"
    ):
        fetch(server)


def test_rate_limit_waits_for_the_reset_with_a_report(server: FakeMastodon) -> None:
    server.rate_limit_next("/api/v1/accounts/", reset_in=30)
    reporter, slept = RecordingReporter(), []
    account = fetch(server, reporter=reporter, sleep=slept.append, max_tweets=5)
    assert len(account.tweets) == 5
    [wait] = reporter.of("wait")
    assert wait["message"].startswith(
        "mastodon.social rate limit reached while looking up @bob@mastodon.social; waiting until "
    )
    assert 27 <= wait["seconds"] <= 33 and slept == [wait["seconds"]]
    assert len(server.requests_to("/api/v1/accounts/lookup")) == 2


def test_rate_limit_really_waits(server: FakeMastodon) -> None:
    server.rate_limit_next("/api/v1/accounts/1", reset_in=1.0)  # the statuses request
    reporter = RecordingReporter()
    started = time.monotonic()
    assert len(fetch(server, reporter=reporter, max_tweets=3).tweets) == 3
    [wait] = reporter.of("wait")
    assert time.monotonic() - started >= wait["seconds"] - 0.1


def test_rate_limit_without_a_reset_and_one_too_far_away(server: FakeMastodon) -> None:
    server.fail_next(429, {"error": "Too many requests"}, {}, "/api/v1/accounts/lookup")
    reporter = RecordingReporter()
    fetch(server, reporter=reporter, sleep=lambda s: None, max_tweets=1)
    assert reporter.of("wait")[0]["seconds"] == 60.0
    server.rate_limit_next("/api/v1/accounts/lookup", reset_in=86_400)
    with pytest.raises(TrainerError, match="too far away to wait"):
        fetch(server, sleep=lambda s: pytest.fail("must not wait a day"))


@pytest.mark.parametrize(
    ("status", "error", "expected"),
    [
        (
            500,
            "Internal error",
            "Mastodon error from mastodon.social while reading @bob@mastodon.social's posts: "
            "HTTP 500: Internal error",
        ),
        (422, "Validation failed: invalid id", "HTTP 422: Validation failed: invalid id"),
        (410, "Gone", "@bob@mastodon.social is gone from mastodon.social (HTTP 410: Gone)"),
        (404, "Record not found", "HTTP 404: Record not found"),
    ],
)
def test_other_errors_say_the_status_and_the_servers_words(
    server: FakeMastodon, status: int, error: str, expected: str
) -> None:
    server.fail_api_next(status, error, "/api/v1/accounts/1")
    with pytest.raises(TrainerError) as caught:
        fetch(server)
    assert expected in str(caught.value) and "\n" not in str(caught.value)


def test_an_unreachable_instance_and_an_unreadable_answer(server: FakeMastodon) -> None:
    with FakeMastodon() as gone:
        url = gone.base_url
    with pytest.raises(
        TrainerError, match="^cannot reach the Mastodon instance mastodon.social while looking up"
    ):
        fetch_mastodon_account("bob@mastodon.social", base_url=url)
    server.fail_next(200, None, {}, "/api/v1/accounts/lookup")
    with pytest.raises(TrainerError, match="answered with data mimicbird cannot read"):
        fetch(server)
    server.fail_next(200, ["not", "an", "account"], {}, "/api/v1/accounts/lookup")
    with pytest.raises(TrainerError, match="answered with data mimicbird cannot read while looking up"):
        fetch(server)
    server.fail_next(200, {"id": "1", "content": "<p>not a list</p>"}, {}, "/api/v1/accounts/1")
    assert fetch(server).tweets == []  # Mastodon.py reads an object as a list of its keys: nothing to keep
    server.fail_next(
        200,
        [
            "junk",
            {"id": "7", "content": "<p>one good toot here</p>", "reblog": "junk", "visibility": "public"},
        ],
        {},
        "/api/v1/accounts/1",
    )
    account = fetch(server)
    assert [(t.text, t.is_retweet) for t in account.tweets] == [("one good toot here", True)]


def test_a_handle_cannot_point_the_trainer_at_a_private_network(
    monkeypatch: pytest.MonkeyPatch, server: FakeMastodon
) -> None:
    real = socket.getaddrinfo

    def resolve(host: str, *args: Any, **kwargs: Any) -> list[Any]:
        if host == "127.0.0.1":  # the fake itself
            return real(host, *args, **kwargs)
        address = {
            "intranet.example.com": "10.1.2.3",
            "rebind.social": "127.0.0.1",
            "v6.social": "fd00::1",
            "public.social": "93.184.216.34",
        }.get(host)
        if address is None:
            raise socket.gaierror("not found")
        family = socket.AF_INET6 if ":" in address else socket.AF_INET
        return [(family, socket.SOCK_STREAM, 6, "", (address, 443))]

    monkeypatch.setattr(mastodon_source.socket, "getaddrinfo", resolve)
    for host in ("intranet.example.com", "rebind.social", "v6.social"):
        with pytest.raises(TrainerError, match=f"the Mastodon instance {host} is not on the public internet"):
            fetch_mastodon_account(f"bob@{host}")
    with pytest.raises(TrainerError, match="cannot find the Mastodon instance nowhere.social"):
        fetch_mastodon_account("bob@nowhere.social")
    mastodon_source._check_public_host("public.social")  # no error

    # a redirect to a private address is refused before it is followed
    client = make_client(server.base_url, public_only=True)
    server.fail_next(
        302,
        None,
        {"Location": "https://rebind.social/api/v1/accounts/lookup?acct=bob"},
        "/api/v1/accounts/lookup",
    )
    fetcher = mastodon_source.MastodonFetcher(client, RecordingReporter(), "mastodon.social")
    with pytest.raises(TrainerError, match="rebind.social is not on the public internet"):
        fetcher.fetch(mastodon_source.parse_account("bob@mastodon.social"), "bob", 10)
    server.fail_next(302, None, {"Location": "http://public.social/x"}, "/api/v1/accounts/lookup")
    with pytest.raises(TrainerError, match="redirected to a non-https address"):
        fetcher.fetch(mastodon_source.parse_account("bob@mastodon.social"), "bob", 10)


def test_tokens_from_the_environment() -> None:
    assert tokens_from_env({}) == {}
    assert tokens_from_env(
        {"MIMICBIRD_MASTODON_TOKENS": ' {"Mastodon.Social": " t1 ", "x.social": ""} '}
    ) == {"mastodon.social": "t1"}
    for bad in ("not json " + TOKEN, '["a"]', '{"a": 1}', f'{{"a": "{TOKEN}"'):
        with pytest.raises(TrainerError) as caught:
            tokens_from_env({"MIMICBIRD_MASTODON_TOKENS": bad})
        assert TOKEN not in str(caught.value) and "MIMICBIRD_MASTODON_TOKENS must be a JSON object" in str(
            caught.value
        )


def test_cli_reads_mastodon_with_a_token_from_the_environment_and_never_shows_it(
    server: FakeMastodon,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    tmp_path: Any,
) -> None:
    caplog.set_level(logging.DEBUG)
    monkeypatch.chdir(tmp_path)
    server.require_token = True
    server.add_token(TOKEN, "poster")
    monkeypatch.setenv("MIMICBIRD_MASTODON_TOKENS", f'{{"mastodon.social": "{TOKEN}"}}')
    assert (
        main(["bob@mastodon.social", "--stats-only", "--progress", "none", "--mastodon-url", server.base_url])
        == 0
    )
    out = capsys.readouterr()
    assert "bob@mastodon.social" in out.out and "103" in out.out
    server.fail_api_next(500, f"echoing {TOKEN} back", "/api/v1/accounts/lookup")
    assert (
        main(["bob@mastodon.social", "--stats-only", "--progress", "none", "--mastodon-url", server.base_url])
        == 1
    )
    out = capsys.readouterr()
    assert "error: Mastodon error from mastodon.social" in out.err and "echoing *** back" in out.err
    assert TOKEN not in out.out + out.err + caplog.text
    monkeypatch.setenv("MIMICBIRD_MASTODON_TOKENS", "{broken")
    assert main(["bob@mastodon.social", "--stats-only", "--progress", "none"]) == 1
    assert "MIMICBIRD_MASTODON_TOKENS must be a JSON object" in capsys.readouterr().err


# -- a blend of three platforms ------------------------------------------------------------------------------


def test_a_blend_mixes_x_sample_bluesky_and_mastodon(server: FakeMastodon) -> None:
    with FakeBluesky() as bsky:
        bsky.add_account("ivo.bsky.social", "Ivo", posts=[f"ivo writes post {i} today" for i in range(120)])
        reporter = RecordingReporter()
        accounts = fetch_accounts(
            ["@mb_lena_bakes", "ivo.bsky.social", "@bob@mastodon.social"],
            reporter=reporter,
            bluesky_url=bsky.base_url,
            mastodon_url=server.base_url,
        )
        assert [(a.handle, a.source, a.platform) for a in accounts] == [
            ("mb_lena_bakes", "sample", "x"),
            ("ivo.bsky.social", "bluesky", "bluesky"),
            ("bob@mastodon.social", "mastodon", "mastodon"),
        ]
        assert accounts[0].profile_url is None  # a fictional sample links nowhere
        assert [len(a.tweets) for a in accounts[1:]] == [120, 103]
        assert model_name(a.account for a in accounts) == "bob@mastodon.social-ivo.bsky.social-mb_lena_bakes"
        for account in accounts:
            stats = clean_account(account).stats
            assert stats.downloaded == stats.retweets + stats.short + stats.duplicates + stats.kept

        result = run(
            TrainConfig(
                handles=["mb_lena_bakes", "ivo.bsky.social", "bob@mastodon.social"],
                stats_only=True,
                bluesky_url=bsky.base_url,
                mastodon_url=server.base_url,
            )
        )
        assert result.model_name == "bob@mastodon.social-ivo.bsky.social-mb_lena_bakes"
        assert set(result.stats) == {"mb_lena_bakes", "ivo.bsky.social", "bob@mastodon.social"}
        with pytest.raises(TrainerError, match="--source mastodon reads Mastodon accounts"):
            fetch_accounts(
                ["ivo.bsky.social", "bob@mastodon.social"], "mastodon", mastodon_url=server.base_url
            )


# -- the fake's posting endpoint, for the work that comes later ----------------------------------------------


def test_the_real_client_posts_to_the_fake(server: FakeMastodon) -> None:
    server.add_token(TOKEN, "poster")
    client = Mastodon(api_base_url=server.base_url, access_token=TOKEN)
    status = client.status_post("hello from a bot\n\n— 🤖 AI", visibility="unlisted", idempotency_key="k1")
    again = client.status_post("hello from a bot\n\n— 🤖 AI", visibility="unlisted", idempotency_key="k1")
    assert status["id"] == again["id"] and status["url"].startswith("https://mastodon.social/@poster/")
    assert [(p["status"], p["visibility"], p["account"], p["idempotency_key"]) for p in server.posted] == [
        ("hello from a bot\n\n— 🤖 AI", "unlisted", "poster", "k1")
    ]
    [post] = [r for r in server.requests_to("/api/v1/statuses") if r.method == "POST"][:1]
    assert post.auth_scheme == "Bearer" and post.credential == TOKEN
    assert fetch(server, "poster@mastodon.social").tweets[0].text == "hello from a bot\n— 🤖 AI"
    with pytest.raises(MastodonAPIError):
        client.status_post("x" * 501)
    with pytest.raises(MastodonUnauthorizedError):
        Mastodon(api_base_url=server.base_url, access_token="wrong").status_post("hi")
    instance = Mastodon(api_base_url=server.base_url).instance()
    assert instance["domain"] == "mastodon.social"
