"""Accounts on X, Bluesky and Mastodon: what a user types, parsed into a typed reference, and model names.

Accepted shapes (the leading ``@`` is optional; surrounding spaces are ignored; ASCII only, at most 300
characters):

* **X** ``@name``: 1 to 15 letters, digits or underscores. The handle keeps the case it was typed in.
* **Bluesky** ``@name.bsky.social`` or any domain handle (``@alice.example.com``): dot-separated labels of
  ``a-z``, ``0-9`` and ``-`` (1 to 63 characters, no ``-`` at either end), at least two labels, a last label
  that starts with a letter, at most 253 characters; lower-cased. Or a DID: ``did:plc:`` and 24 characters of
  ``a-z2-7``, or ``did:web:`` and a domain.
* **Mastodon** (and other servers with the Mastodon API) ``@user@instance.tld``: a user of 1 to 30 letters,
  digits or underscores, and the instance's domain (as above, lower-cased; the user keeps its case).

Domains under reserved or internal top-level domains (``.local``, ``.localhost``, ``.internal``, ``.arpa``,
``.invalid``, ``.example``, ``.test``, ``.onion``, ``.alt``, ...) are refused, and so is anything that is not
ASCII: an internationalised domain is written in its ``xn--`` (punycode) form, which is plain ASCII. Unicode
look-alikes (a Cyrillic ``а``, a full-width ``＠``) are therefore refused rather than mapped.

**Model names.** Every account has a *key*, which never contains ``-``:

* X: the handle, lower-cased (``lena_bakes``): the model names of X accounts are what they always were.
* Bluesky: the domain handle, lower-cased, with each ``-`` written as ``_`` (``my-name.bsky.social`` →
  ``my_name.bsky.social``). Bluesky labels cannot contain ``_``, so this is reversible; X keys never hold
  ``.``.
* Mastodon: ``user@instance``, lower-cased, with each ``-`` of the instance written as ``_``
  (``@Bob@my-server.social`` → ``bob@my_server.social``). Only Mastodon keys hold ``@``.

A model's name is its accounts' keys, sorted, de-duplicated and joined by ``-`` (``/train @Lena
@ivo.bsky.social`` makes ``ivo.bsky.social-lena``). It is lower-case, safe as a folder name, at most 200
characters, and different accounts always give different names. A DID has no key of its own: its model
name comes from the handle the DID resolves to when its posts are fetched (like an uploaded archive, whose
account is known only once it is read). ``hub_repo_name`` turns a model name into a valid Hugging Face
repository name.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from trainer.errors import TrainerError


class Platform(StrEnum):
    X = "x"
    BLUESKY = "bluesky"
    MASTODON = "mastodon"


PLATFORM_NAMES = {Platform.X: "X", Platform.BLUESKY: "Bluesky", Platform.MASTODON: "Mastodon"}

MAX_INPUT_LENGTH = 300  # longer input is refused before any pattern looks at it
MAX_DOMAIN_LENGTH = 253
MAX_MODEL_NAME_LENGTH = 200  # a folder name, with room for the writer's ".NAME.tmp-PID-XXXXXXXX" siblings
MAX_HUB_NAME_LENGTH = 96

HANDLE_PATTERN = re.compile(r"[A-Za-z0-9_]{1,15}")  # X
MASTODON_USER_PATTERN = re.compile(r"[A-Za-z0-9_]{1,30}")
LABEL_PATTERN = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")
PLC_PATTERN = re.compile(r"did:plc:[a-z2-7]{24}")
RESERVED_TLDS = frozenset(
    {
        "alt",
        "arpa",
        "corp",
        "example",
        "home",
        "internal",
        "intranet",
        "invalid",
        "lan",
        "local",
        "localdomain",
        "localhost",
        "onion",
        "private",
        "test",
    }
)

ACCEPTED = (
    "accepted: X @name (1-15 letters, digits, _), Bluesky @name.bsky.social, @your.domain or did:plc:..., "
    "Mastodon @user@instance.social"
)


@dataclass(frozen=True)
class Account:
    """One account on one platform, its handle normalised (see the module docstring)."""

    platform: Platform
    handle: str  # X: as typed; Bluesky: lower-case domain handle or DID; Mastodon: "user@instance"

    @property
    def is_did(self) -> bool:
        return self.handle.startswith("did:")

    @property
    def user(self) -> str:
        """The part before ``@`` of a Mastodon handle (the whole handle elsewhere)."""
        return self.handle.split("@", 1)[0]

    @property
    def instance(self) -> str | None:
        """A Mastodon account's instance domain; None on other platforms."""
        return self.handle.split("@", 1)[1] if self.platform is Platform.MASTODON else None

    @property
    def shown(self) -> str:
        """How messages name it: ``@lena``, ``@alice.bsky.social``, ``@bob@mastodon.social``, a DID."""
        return self.handle if self.is_did else f"@{self.handle}"

    @property
    def profile_url(self) -> str:
        """The public profile page (a Mastodon source replaces it with the account's own ``url``)."""
        if self.platform is Platform.X:
            return f"https://x.com/{self.handle}"
        if self.platform is Platform.BLUESKY:
            return f"https://bsky.app/profile/{self.handle}"
        return f"https://{self.instance}/@{self.user}"

    def __str__(self) -> str:
        return self.shown


def a_platform(platform: Platform | str) -> str:
    """ "an X", "a Bluesky", "a Mastodon"."""
    name = PLATFORM_NAMES[Platform(platform)]
    return f"an {name}" if name == "X" else f"a {name}"


def _refuse(raw: str, kind: str, why: str) -> TrainerError:
    shown = raw.strip()[:40] or "(empty)"
    return TrainerError(f"not a valid {kind} handle: {shown!r} ({why}); {ACCEPTED}")


def domain_problem(domain: str) -> str | None:
    """Why ``domain`` (lower-case) is not an acceptable public domain name, or None when it is."""
    if len(domain) > MAX_DOMAIN_LENGTH:
        return f"a domain has at most {MAX_DOMAIN_LENGTH} characters"
    labels = domain.split(".")
    if len(labels) < 2:
        return "a domain needs at least two parts, like name.bsky.social"
    for label in labels:
        if not LABEL_PATTERN.fullmatch(label):
            return "each part of a domain is 1-63 of a-z, 0-9 and -, not starting or ending with -"
    if not labels[-1][0].isalpha():
        return "the last part of a domain starts with a letter"
    if labels[-1] in RESERVED_TLDS:
        return f".{labels[-1]} is not a public domain"
    return None


def _parse_did(raw: str, did: str) -> Account:
    did = did.lower()
    if did.startswith("did:plc:"):
        if not PLC_PATTERN.fullmatch(did):
            raise _refuse(raw, "Bluesky", "did:plc: is followed by 24 characters of a-z and 2-7")
        return Account(Platform.BLUESKY, did)
    if did.startswith("did:web:"):
        problem = domain_problem(did[len("did:web:") :])
        if problem:
            raise _refuse(raw, "Bluesky", f"did:web: is followed by a domain: {problem}")
        return Account(Platform.BLUESKY, did)
    raise _refuse(raw, "Bluesky", "a DID is did:plc:... or did:web:...")


def _parse_mastodon(raw: str, text: str) -> Account:
    if text.count("@") != 1:
        raise _refuse(raw, "Mastodon", "a Mastodon handle is @user@instance, with exactly one @ inside")
    user, instance = text.split("@")
    if not MASTODON_USER_PATTERN.fullmatch(user):
        raise _refuse(raw, "Mastodon", "the user is 1-30 letters, digits or underscores")
    instance = instance.lower()
    problem = domain_problem(instance)
    if problem:
        raise _refuse(raw, "Mastodon", f"the instance must be a domain: {problem}")
    return Account(Platform.MASTODON, f"{user}@{instance}")


def _shape(text: str) -> Platform:
    if text.lower().startswith("did:") or "." in text:
        return Platform.BLUESKY
    return Platform.MASTODON if "@" in text else Platform.X


def parse_account(raw: str, platform: Platform | str | None = None) -> Account:
    """Parse what a user typed into an ``Account``, or raise TrainerError with a one-line reason.

    The platform comes from the handle's shape; ``platform`` (``"x"``, ``"bluesky"``, ``"mastodon"``), when
    given, must agree with it.
    """
    if not isinstance(raw, str):
        raise TrainerError(f"a handle must be text; {ACCEPTED}")
    if len(raw) > MAX_INPUT_LENGTH:
        raise TrainerError(f"not a valid handle: longer than {MAX_INPUT_LENGTH} characters; {ACCEPTED}")
    text = raw.strip()
    if not text.isascii() or not text.isprintable():
        raise _refuse(
            raw,
            "X, Bluesky or Mastodon",
            "only ASCII letters, digits, _ . - and @; an international domain is written as xn--...",
        )
    text = text.removeprefix("@")
    shape = _shape(text)
    if shape is Platform.BLUESKY and "@" in text:
        shape = Platform.MASTODON
    if shape is Platform.MASTODON:
        account = _parse_mastodon(raw, text)
    elif shape is Platform.BLUESKY and text.lower().startswith("did:"):
        account = _parse_did(raw, text)
    elif shape is Platform.BLUESKY:
        problem = domain_problem(text.lower())
        if problem:
            raise _refuse(raw, "Bluesky", problem)
        account = Account(Platform.BLUESKY, text.lower())
    else:
        if not HANDLE_PATTERN.fullmatch(text):
            raise _refuse(raw, "X", "1 to 15 letters, digits or underscores")
        account = Account(Platform.X, text)
    if platform is not None and Platform(platform) is not account.platform:
        raise TrainerError(
            f"{account.shown} is {a_platform(account.platform)} handle, not {a_platform(platform)} one; "
            f"{ACCEPTED}"
        )
    return account


def normalize_handle(raw: str) -> str:
    """An X handle without its ``@``, in its case, or TrainerError (X only; see ``parse_account``)."""
    handle = raw.strip().removeprefix("@") if isinstance(raw, str) and len(raw) <= MAX_INPUT_LENGTH else ""
    if not HANDLE_PATTERN.fullmatch(handle) or not handle.isascii():
        shown = raw.strip()[:40] if isinstance(raw, str) else ""
        raise TrainerError(
            f"not a valid X handle: {shown or '(empty)'!r} (1 to 15 letters, digits or underscores, "
            "an optional leading @)"
        )
    return handle


def account_key(account: Account) -> str:
    """The account's part of a model name (see the module docstring); TrainerError for a DID."""
    if account.is_did:
        raise TrainerError(f"{account.handle} has no model name until it is resolved to its handle")
    if account.platform is Platform.MASTODON:
        user, instance = account.handle.split("@")
        return f"{user.lower()}@{instance.replace('-', '_')}"
    return account.handle.lower().replace("-", "_")


def account_from_key(key: str) -> Account:
    """The account a key stands for (the inverse of ``account_key``), or TrainerError."""
    if not isinstance(key, str) or len(key) > MAX_INPUT_LENGTH or "-" in key:
        raise TrainerError(f"not a model name part: {str(key)[:40]!r}")
    if "@" in key:
        user, _, instance = key.partition("@")
        text = f"{user}@{instance.replace('_', '-')}"
    else:
        text = key.replace("_", "-") if "." in key else key
    try:
        account = parse_account(text)
    except TrainerError:
        raise TrainerError(f"not a model name part: {key[:40]!r}") from None
    if account.is_did or account_key(account) != key:
        raise TrainerError(f"not a model name part: {key[:40]!r}")
    return account


def model_name(accounts: Iterable[Account | str]) -> str:
    """The model's name: the accounts' keys, sorted, de-duplicated, joined by ``-``.

    Strings are parsed with ``parse_account`` (what a user types). TrainerError for none, a DID, or a name
    longer than ``MAX_MODEL_NAME_LENGTH``.
    """
    keys = sorted({account_key(a if isinstance(a, Account) else parse_account(a)) for a in accounts})
    if not keys:
        raise TrainerError("a model needs at least one handle")
    name = "-".join(keys)
    if len(name) > MAX_MODEL_NAME_LENGTH:
        raise TrainerError(
            f"these handles make a model name longer than {MAX_MODEL_NAME_LENGTH} characters: "
            "blend fewer or shorter handles"
        )
    return name


def canonical_model_name(text: str) -> str | None:
    """A model name as a user may type it (any order or case, ``@`` before a part), canonical; else None.

    The parts are keys (a Bluesky ``-`` written as ``_``): ``Lena-ivo.bsky.social`` gives
    ``ivo.bsky.social-lena``.
    """
    if not isinstance(text, str) or len(text) > MAX_MODEL_NAME_LENGTH + 20:
        return None
    parts = text.strip().lower().split("-")
    try:
        return model_name(account_from_key(part.removeprefix("@")) for part in parts)
    except TrainerError:
        return None


def hub_repo_name(name: str) -> str:
    """A Hugging Face repository name for a model name: ``[A-Za-z0-9._-]``, at most 96 characters.

    Names that are already valid (every X-only model) stay as they are. Otherwise ``@`` becomes ``_at_``,
    anything else outside the alphabet becomes ``_``, the name is shortened to fit, and ``-`` plus the first
    10 hex digits of the SHA-256 of the model name is appended, so two models never share a repository.
    """
    if _valid_hub_name(name):
        return name
    digest = hashlib.sha256(name.encode("utf-8")).hexdigest()[:10]
    body = re.sub(r"[^A-Za-z0-9._-]", "_", name.replace("@", "_at_"))
    body = re.sub(r"-{2,}", "-", re.sub(r"\.{2,}", ".", body))
    body = body[: MAX_HUB_NAME_LENGTH - len(digest) - 1].strip("-.") or "model"
    return f"{body}-{digest}"


def _valid_hub_name(name: str) -> bool:
    return (
        0 < len(name) <= MAX_HUB_NAME_LENGTH
        and re.fullmatch(r"[A-Za-z0-9._-]+", name) is not None
        and "--" not in name
        and ".." not in name
        and name[0] not in "-."
        and name[-1] not in "-."
        and not name.endswith(".git")
    )
