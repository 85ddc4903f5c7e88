"""Access policy (admins, allow-lists, opt-outs), the sliding-window rate limiter and refusal texts."""

from __future__ import annotations

import pytest

from bot.core.access import (
    AccessPolicy,
    RateLimiter,
    format_duration,
    rate_phrase,
    refusal_not_allowed,
    refusal_opted_out,
    refusal_prompt_too_long,
    refusal_queue_full,
    refusal_rate_limited,
)
from bot.core.responses import Caller
from bot.settings import Settings


def settings(**values) -> Settings:
    return Settings(_env_file=None, **values)


def caller(platform: str = "discord", user_id: str = "1", admin: bool = False) -> Caller:
    return Caller(platform=platform, user_id=user_id, chat_id="c", is_platform_admin=admin)


def test_defaults_are_safe_for_a_public_server() -> None:
    policy = AccessPolicy(settings())
    someone = caller()
    assert not policy.is_admin(someone)
    assert not policy.can_train(someone)
    assert not policy.can_forget(someone)
    assert not policy.can_cancel(someone)
    assert not policy.can_schedule(someone)
    assert policy.can_say(someone)


@pytest.mark.parametrize(
    ("who", "admin"),
    [
        (caller("discord", "42"), True),  # listed
        (caller("telegram", "42"), False),  # same number, other platform
        (caller("discord", "43"), False),
        (caller("discord", "43", admin=True), True),  # Discord admin role / Telegram chat admin
        (caller("console", "anyone"), True),  # the terminal's owner
    ],
)
def test_is_admin(who: Caller, admin: bool) -> None:
    policy = AccessPolicy(settings(admin_ids=["discord:42"]))
    assert policy.is_admin(who) is admin
    assert policy.can_train(who) is admin
    assert policy.can_schedule(who) is admin


def test_admin_ids_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MIMICBIRD_ADMIN_IDS", "discord:42, telegram:7")
    monkeypatch.setenv("MIMICBIRD_OPT_OUT_HANDLES", "@Someone,other")
    policy = AccessPolicy(Settings(_env_file=None))
    assert policy.is_admin(caller("telegram", "7"))
    assert policy.is_opted_out("someone") and policy.is_opted_out("@OTHER")


def test_train_allow_list_and_public_training() -> None:
    policy = AccessPolicy(settings(train_allow_ids=["telegram:5"]))
    assert policy.can_train(caller("telegram", "5"))
    assert policy.can_forget(caller("telegram", "5"), owner="telegram:5")  # their own model
    assert not policy.can_forget(caller("telegram", "5"), owner="telegram:6")  # someone else's
    assert not policy.can_forget(caller("telegram", "5"))  # a model without an owner: admins only
    assert not policy.is_admin(caller("telegram", "5"))
    assert not policy.can_train(caller("telegram", "6"))
    public = AccessPolicy(settings(public_training=True))
    assert public.can_train(caller("telegram", "6"))
    assert not public.can_schedule(caller("telegram", "6"))
    # training is public, other people's models and jobs are not
    assert not public.can_replace(caller("telegram", "6"), owner="telegram:5")
    assert not public.can_forget(caller("telegram", "6"), owner="telegram:5")
    assert not public.can_cancel(caller("telegram", "6"), requested_by="telegram:5")
    assert public.can_replace(caller("telegram", "9", admin=True), owner="telegram:5")
    assert public.can_forget(caller("telegram", "9", admin=True), owner="telegram:5")


def test_cancel_own_job() -> None:
    policy = AccessPolicy(settings())
    me = caller("discord", "9")
    assert policy.can_cancel(me, requested_by="discord:9")
    assert not policy.can_cancel(me, requested_by="discord:10")
    assert not policy.can_cancel(me, requested_by="telegram:9")


def test_say_allow_list() -> None:
    policy = AccessPolicy(settings(say_allow_ids=["discord:1"], admin_ids=["discord:2"]))
    assert policy.can_say(caller("discord", "1"))
    assert policy.can_say(caller("discord", "2"))  # admins always
    assert policy.can_say(caller("console", "x"))
    assert not policy.can_say(caller("discord", "3"))


@pytest.mark.parametrize(
    ("handle", "out"),
    [("lena_bakes", True), ("@Lena_Bakes", True), (" LENA_BAKES ", True), ("lena", False), ("grumpy", True)],
)
def test_opt_out(handle: str, out: bool) -> None:
    policy = AccessPolicy(settings(opt_out_handles=["@lena_bakes", "Grumpy", ""]))
    assert policy.is_opted_out(handle) is out


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_rate_limiter_sliding_window() -> None:
    clock = FakeClock()
    limiter = RateLimiter(3, 60.0, clock=clock)
    assert [limiter.hit("a") for _ in range(3)] == [None, None, None]
    assert limiter.hit("a") == pytest.approx(60.0)
    assert limiter.hit("b") is None  # keys are independent
    clock.now += 20
    assert limiter.hit("a") == pytest.approx(40.0)  # refused hits are not counted
    clock.now += 40  # the first three hits are now exactly one period old
    assert limiter.hit("a") is None
    assert limiter.hit("a") is None
    assert limiter.hit("a") is None
    assert limiter.hit("a") == pytest.approx(60.0)


def test_rate_limiter_window_slides_hit_by_hit() -> None:
    clock = FakeClock()
    limiter = RateLimiter(2, 10.0, clock=clock)
    assert limiter.hit("k") is None
    clock.now += 4
    assert limiter.hit("k") is None
    clock.now += 1
    assert limiter.hit("k") == pytest.approx(5.0)  # the first hit leaves the window at t=10
    clock.now += 5
    assert limiter.hit("k") is None
    assert limiter.hit("k") == pytest.approx(4.0)  # now the t=4 hit is the oldest


def test_rate_limiter_reset_and_unlimited() -> None:
    clock = FakeClock()
    limiter = RateLimiter(1, 3600.0, clock=clock)
    assert limiter.hit("a") is None
    assert limiter.hit("a") is not None
    limiter.reset("a")
    assert limiter.hit("a") is None
    limiter.reset("never-seen")
    unlimited = RateLimiter(0, 60.0, clock=clock)
    assert all(unlimited.hit("a") is None for _ in range(100))


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "1 s"),
        (0.2, "1 s"),
        (45, "45 s"),
        (59.5, "1 min"),
        (61, "2 min"),
        (3600, "1 h"),
        (7800, "2 h 10 min"),
        (7801, "2 h 11 min"),
        (86400, "1 d"),
        (93600, "1 d 2 h"),
    ],
)
def test_format_duration(seconds: float, text: str) -> None:
    assert format_duration(seconds) == text


def test_refusal_texts() -> None:
    assert (
        refusal_rate_limited(f"train {rate_phrase(3, 'model', 86400)}", 7800)
        == "You can train 3 models a day; try again in 2 h 10 min."
    )
    assert rate_phrase(1, "sample", 60) == "1 sample a minute"
    assert rate_phrase(6, "request", 90) == "6 requests every 2 min"
    assert "not allowed to train models" in refusal_not_allowed("train models")
    assert refusal_opted_out("@Lena") == "@Lena has asked not to be imitated, so I can't train on their posts."
    assert refusal_opted_out("did:plc:" + "a" * 24).startswith("did:plc:aaaa")
    assert "10 jobs" in refusal_queue_full(10)
    assert "keep it to 200" in refusal_prompt_too_long(250, 200)


@pytest.mark.parametrize(
    ("listed", "asked", "out"),
    [
        ("@Alice.bsky.social", "alice.bsky.social", True),
        ("my-name.bsky.social", "@MY-NAME.bsky.social", True),
        ("my-name.bsky.social", "my_name.bsky.social", True),  # the model-name key of the same account
        ("@Bob@Mastodon.social", "bob@mastodon.social", True),
        ("bob@my-server.social", "@BOB@my-server.social", True),
        ("bob@mastodon.social", "bob@other.social", False),  # another instance, another person
        ("bob@mastodon.social", "bob", False),  # the X account @bob is someone else
        ("bob", "bob@mastodon.social", False),
        ("alice.bsky.social", "alice", False),
        ("did:plc:" + "a" * 24, "DID:PLC:" + "A" * 24, True),
        ("not a handle!", "not a handle!", True),  # an entry that parses as nothing still matches itself
    ],
)
def test_opt_out_matches_the_account_on_every_platform(listed: str, asked: str, out: bool) -> None:
    assert AccessPolicy(settings(opt_out_handles=[listed])).is_opted_out(asked) is out
