"""Accounts of three platforms from what a user types (valid, invalid, hostile); keys, model and Hub names."""

from __future__ import annotations

import random
import re
import string

import pytest

from trainer.errors import TrainerError
from trainer.handles import (
    MAX_MODEL_NAME_LENGTH,
    Account,
    Platform,
    account_from_key,
    account_key,
    canonical_model_name,
    hub_repo_name,
    model_name,
    normalize_handle,
    parse_account,
)

X, BSKY, MASTO = Platform.X, Platform.BLUESKY, Platform.MASTODON
PLC = "did:plc:z72i7hdynmk6r22z27h6tvur"


@pytest.mark.parametrize(
    ("raw", "platform", "handle"),
    [
        ("lena", X, "lena"),
        ("@Lena_B", X, "Lena_B"),
        ("  @x  ", X, "x"),
        ("a" * 15, X, "a" * 15),
        ("_1_", X, "_1_"),
        ("@alice.bsky.social", BSKY, "alice.bsky.social"),
        ("Alice.BSKY.social", BSKY, "alice.bsky.social"),
        ("@alice.example.com", BSKY, "alice.example.com"),
        ("my-name.bsky.social", BSKY, "my-name.bsky.social"),
        ("xn--bcher-kva.example.org", BSKY, "xn--bcher-kva.example.org"),  # IDN, punycode: plain ASCII
        ("a.b", BSKY, "a.b"),
        (PLC, BSKY, PLC),
        ("DID:PLC:Z72I7HDYNMK6R22Z27H6TVUR", BSKY, PLC),
        ("did:web:alice.example.com", BSKY, "did:web:alice.example.com"),
        ("@Bob@mastodon.social", MASTO, "Bob@mastodon.social"),
        ("bob@Fosstodon.ORG", MASTO, "bob@fosstodon.org"),
        ("b_0@my-server.social", MASTO, "b_0@my-server.social"),
        ("u" * 30 + "@m.social", MASTO, "u" * 30 + "@m.social"),
    ],
)
def test_valid_handles_of_three_platforms(raw: str, platform: Platform, handle: str) -> None:
    assert parse_account(raw) == Account(platform, handle)


@pytest.mark.parametrize(
    ("raw", "kind"),
    [
        ("", "X"),
        ("@", "X"),
        ("a" * 16, "X"),
        ("lena!", "X"),
        ("le na", "X"),
        ("https://x.com/lena", "Bluesky"),
        ("alice..bsky.social", "Bluesky"),
        ("-alice.bsky.social", "Bluesky"),
        ("alice-.bsky.social", "Bluesky"),
        ("alice_b.bsky.social", "Bluesky"),
        ("alice.bsky.123", "Bluesky"),
        ("alice.local", "Bluesky"),
        ("handle.invalid", "Bluesky"),
        ("router.localhost", "Bluesky"),
        ("did:plc:short", "Bluesky"),
        ("did:plc:z72i7hdynmk6r22z27h6tvu1", "Bluesky"),  # 1 is not base32
        ("did:key:zabc.def", "Bluesky"),
        ("did:web:localhost.localdomain", "Bluesky"),
        ("@a@b@c", "Mastodon"),
        ("@@lena", "Mastodon"),
        ("bob@localhost", "Mastodon"),
        ("bob@127.0.0.1", "Mastodon"),
        ("bob@mastodon", "Mastodon"),
        ("b.ob@mastodon.social", "Mastodon"),
        ("u" * 31 + "@m.social", "Mastodon"),
        ("bob@metadata.internal", "Mastodon"),
        ("bob@", "Mastodon"),
    ],
)
def test_invalid_handles_get_one_line_listing_the_shapes(raw: str, kind: str) -> None:
    with pytest.raises(TrainerError) as caught:
        parse_account(raw)
    message = str(caught.value)
    assert message.startswith(f"not a valid {kind} handle")
    assert "\n" not in message and len(message) < 400
    assert "@name.bsky.social" in message and "@user@instance" in message and "X @name" in message


@pytest.mark.parametrize(
    "raw",
    [
        "a" * 10_000,
        "@" + "a." * 5_000 + "com",
        "lena\x00",
        "le\x00na.bsky.social",
        "lenа",  # Cyrillic а
        "＠lena",  # full-width @
        "ｌｅｎａ",  # full-width letters
        "bücher.example.org",  # IDN not in punycode form
        "../../etc/passwd",
        "..",
        "lena/../../x",
        "lena\nbob",
        "lena\tbob",
        "a\u200bb",  # zero-width space
        "bob@mastodon.social/../../admin",
        "bob@mastodon.social:8080",
        "bob@mastodon.social#x",
        "did:web:evil.com%3A8080",
        "did:plc:" + "a" * 10_000,
        "{{7*7}}",
        "<script>",
        "lena;rm -rf /",
    ],
)
def test_hostile_input_is_refused_in_one_bounded_line(raw: str) -> None:
    with pytest.raises(TrainerError) as caught:
        parse_account(raw)
    message = str(caught.value)
    assert "\n" not in message and len(message) < 400
    assert "\x00" not in message


def test_non_text_is_refused() -> None:
    with pytest.raises(TrainerError):
        parse_account(None)  # type: ignore[arg-type]


def test_an_explicit_platform_must_agree_with_the_shape() -> None:
    assert parse_account("alice.bsky.social", "bluesky").platform is BSKY
    with pytest.raises(TrainerError, match="@lena is an X handle, not a Bluesky one"):
        parse_account("lena", "bluesky")
    with pytest.raises(TrainerError, match="@alice.bsky.social is a Bluesky handle, not a Mastodon one"):
        parse_account("alice.bsky.social", Platform.MASTODON)


def test_account_properties() -> None:
    bob = parse_account("@Bob@my-server.social")
    assert (bob.user, bob.instance, bob.shown, str(bob)) == (
        "Bob",
        "my-server.social",
        "@Bob@my-server.social",
        "@Bob@my-server.social",
    )
    assert bob.profile_url == "https://my-server.social/@Bob"
    assert parse_account("lena").profile_url == "https://x.com/lena"
    assert parse_account("alice.bsky.social").profile_url == "https://bsky.app/profile/alice.bsky.social"
    did = parse_account(PLC)
    assert did.is_did and did.shown == PLC and did.instance is None


def test_legacy_x_only_normalize_handle() -> None:
    assert normalize_handle("@Lena_B") == "Lena_B"
    for raw in ("alice.bsky.social", "bob@mastodon.social", "ünï", "a" * 400):
        with pytest.raises(TrainerError, match="not a valid X handle"):
            normalize_handle(raw)


# -- keys and model names ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("@Lena_Bakes", "lena_bakes"),
        ("My-Name.bsky.social", "my_name.bsky.social"),
        ("alice.example.com", "alice.example.com"),
        ("@Bob@My-Server.social", "bob@my_server.social"),
        ("b_0@mastodon.social", "b_0@mastodon.social"),
    ],
)
def test_keys_are_lower_case_without_dashes_and_reversible(raw: str, key: str) -> None:
    account = parse_account(raw)
    assert account_key(account) == key
    assert "-" not in key and key == key.lower()
    assert account_key(account_from_key(key)) == key


def test_a_did_has_no_key_until_resolved() -> None:
    with pytest.raises(TrainerError, match="no model name until it is resolved"):
        account_key(parse_account(PLC))
    with pytest.raises(TrainerError):
        model_name([PLC])


def test_model_name_is_sorted_keys_joined_by_dash_and_x_names_unchanged() -> None:
    assert model_name(["@Zed", "alice", "Bob_1"]) == "alice-bob_1-zed"
    assert model_name(["Lena"]) == "lena"
    assert model_name(["@lena", "LENA"]) == "lena"
    assert (
        model_name(["lena", "ivo.bsky.social", "@bob@mastodon.social"])
        == "bob@mastodon.social-ivo.bsky.social-lena"
    )
    assert model_name([parse_account("my-name.bsky.social")]) == "my_name.bsky.social"


def test_model_name_validates_and_bounds_length() -> None:
    with pytest.raises(TrainerError):
        model_name(["ok", "not ok"])
    with pytest.raises(TrainerError):
        model_name([])
    long_handles = [f"{c * 60}.{c * 60}.social" for c in "abc"]
    with pytest.raises(TrainerError, match=f"longer than {MAX_MODEL_NAME_LENGTH}"):
        model_name(long_handles)


def test_canonical_model_name_reads_what_a_user_types() -> None:
    assert canonical_model_name("Lena") == "lena"
    assert canonical_model_name("@Zed-alice") == "alice-zed"
    assert canonical_model_name("lena-ivo.bsky.social") == "ivo.bsky.social-lena"
    assert canonical_model_name("bob@mastodon.social-@lena") == "bob@mastodon.social-lena"
    assert canonical_model_name("my_name.bsky.social") == "my_name.bsky.social"
    for bad in (
        "",
        "-",
        "lena--ivo",
        "not ok",
        "../lena",
        "a" * 500,
        "lena-did:plc:abc",
        "x@y@z.social",
        "my_name.bsky.social_",
    ):
        assert canonical_model_name(bad) is None, bad


def _random_account(rng: random.Random) -> Account:
    alnum = string.ascii_letters + string.digits
    label_chars = string.ascii_lowercase + string.digits + "-"

    def label() -> str:
        inner = "".join(rng.choice(label_chars) for _ in range(rng.randint(0, 6)))
        return rng.choice(string.ascii_lowercase + string.digits) + (
            inner + rng.choice("abc9") if inner else ""
        )

    def domain() -> str:
        tld = rng.choice(string.ascii_lowercase) + "".join(
            rng.choice("ab-c") for _ in range(rng.randint(0, 2))
        )
        tld = tld.rstrip("-") or "x"
        return ".".join([label() for _ in range(rng.randint(1, 3))] + [tld])

    kind = rng.choice([X, BSKY, MASTO])
    if kind is X:
        return parse_account("".join(rng.choice(alnum + "_") for _ in range(rng.randint(1, 15))))
    if kind is BSKY:
        return parse_account(domain())
    user = "".join(rng.choice(alnum + "_") for _ in range(rng.randint(1, 8)))
    return parse_account(f"{user}@{domain()}")


def test_model_names_are_injective_over_generated_accounts() -> None:
    """Different sets of accounts (up to lower-case, which the platforms ignore too) never share a model name,
    and each name is file-system safe and reads back to the same accounts."""
    rng = random.Random(20240501)
    seen: dict[str, frozenset[tuple[Platform, str]]] = {}
    for _ in range(3000):
        accounts = [_random_account(rng) for _ in range(rng.randint(1, 3))]
        identity = frozenset((a.platform, a.handle.lower()) for a in accounts)
        try:
            name = model_name(accounts)
        except TrainerError:
            assert sum(len(account_key(a)) + 1 for a in accounts) > MAX_MODEL_NAME_LENGTH
            continue
        assert seen.setdefault(name, identity) == identity, name
        assert re.fullmatch(r"[a-z0-9_.@-]+", name) and "/" not in name and name not in (".", "..")
        assert canonical_model_name(name) == name
        back = {(a.platform, a.handle.lower()) for a in (account_from_key(k) for k in name.split("-"))}
        assert back == set(identity)
    assert len(seen) > 2500


# -- Hugging Face repository names ---------------------------------------------------------------------------

HUB_NAME = re.compile(r"^(?!.*--)(?!.*\.\.)[A-Za-z0-9_][A-Za-z0-9._-]{0,94}[A-Za-z0-9_]$|^[A-Za-z0-9_]$")


def test_hub_repo_name_keeps_valid_names_and_rewrites_the_rest() -> None:
    assert hub_repo_name("lena_bakes") == "lena_bakes"
    assert hub_repo_name("ivo-lena") == "ivo-lena"
    assert hub_repo_name("ivo.bsky.social-lena") == "ivo.bsky.social-lena"
    rewritten = hub_repo_name("bob@mastodon.social-lena")
    assert re.fullmatch(r"bob_at_mastodon\.social-lena-[0-9a-f]{10}", rewritten)
    assert hub_repo_name("bob@mastodon.social-lena") == rewritten  # stable


def test_hub_repo_names_are_valid_and_distinct_over_generated_models() -> None:
    rng = random.Random(7)
    names: dict[str, str] = {}
    for _ in range(3000):
        try:
            name = model_name([_random_account(rng) for _ in range(rng.randint(1, 3))])
        except TrainerError:
            continue
        repo = hub_repo_name(name)
        assert HUB_NAME.match(repo) and not repo.endswith(".git") and len(repo) <= 96, (name, repo)
        assert names.setdefault(repo, name) == name, (repo, name)
    long_name = model_name([f"{c * 60}.{c * 30}.social" for c in "ab"])
    assert len(long_name) > 96 and len(hub_repo_name(long_name)) <= 96
