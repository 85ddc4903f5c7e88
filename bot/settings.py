"""All configuration of the bot, from the environment and ``.env`` (see ``.env.example``).

Every setting is ``MIMICBIRD_<NAME>``; the platform tokens also accept their common names
(``DISCORD_TOKEN``, ``TELEGRAM_TOKEN``, ``X_BEARER_TOKEN``, ``HF_TOKEN``). Lists are comma-separated.
Secrets are ``SecretStr`` so they never print in logs or reprs, and a validation error never shows the value.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from trainer.voices import GUIDANCE_SCALE

CommaList = Annotated[list[str], NoDecode]
CommaInts = Annotated[list[int], NoDecode]


def _split(value: Any) -> Any:
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    return value


def _secret(name: str) -> Any:
    return Field(default=None, validation_alias=AliasChoices(f"MIMICBIRD_{name}", name))


def _token_map(raw: str) -> dict[str, str]:
    if not raw.strip():
        return {}
    try:
        data = json.loads(raw)
    except ValueError:
        data = None
    if not isinstance(data, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in data.items()):
        raise ValueError('must be a JSON object of instance domain to access token, like {"mastodon.social": "..."}')
    return {k.strip().lower(): v.strip() for k, v in data.items() if v.strip()}


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="MIMICBIRD_",
        env_file=".env",
        env_file_encoding="utf-8",
        env_ignore_empty=True,
        extra="ignore",
        populate_by_name=True,
        hide_input_in_errors=True,  # a bad value (a secret, maybe) is never printed back
    )

    # Storage and the trainer subprocess
    data_dir: Path = Path("data")  # made absolute once, when the settings are read (see _absolute_paths)
    cache_dir: Path | None = None  # converted base models; default ~/.cache/mimicbird; made absolute too
    base_model: str = "smollm2-135m"  # the embedded default, a hub id, or a local folder
    trainer_python: str = sys.executable
    trainer_extra_args: CommaList = []  # appended to every trainer command line (e.g. --epochs,2)
    max_concurrent_jobs: int = 1
    job_timeout_s: float = 3 * 3600
    progress_interval_s: float = 3.0  # never edit a progress message more often than this
    model_fresh_s: float = 7 * 24 * 3600  # an existing model younger than this is reused unless forced
    min_tweets: int = 100

    # Training on a Ray cluster (bot/training/ray_backend.py); empty address: trainer subprocesses on this machine
    ray_address: str = ""  # ray://head:10001 (Ray Client); auto or host:6379 on a node of the cluster
    ray_max_concurrent_jobs: int = 4  # at most this many trainings at once, however large the cluster
    ray_cpus_per_job: float = 2.0  # CPUs a training asks for (a GPU training asks for one GPU as well)
    ray_shared_dir: Path | None = None  # a folder the bot and every worker mount at this same path
    ray_max_model_bytes: int = 4 * 1024 * 1024 * 1024  # largest model folder a worker may send back

    # Generation
    say_samples: int = 1
    model_cache_size: int = 2
    adapter_cache_size: int = 16  # LoRA personas kept attached to their base model (LRU)
    adapter_cache_mb: float = 512  # ... and at most this much memory for their weights
    batch_window_ms: int = 25
    max_new_tokens: int = 60
    temperature: float = 1.0
    top_p: float = 0.95
    voice_guidance: float = Field(default=GUIDANCE_SCALE, ge=1.0, le=10.0)  # a blend's voices (trainer.voices)
    ai_marker: str = "🤖 AI"

    # Access and limits
    admin_ids: CommaList = []  # "platform:user_id", e.g. "discord:1234", "telegram:5678"
    train_allow_ids: CommaList = []  # non-admins who may /train
    say_allow_ids: CommaList = []  # empty: everyone may /say
    public_training: bool = False  # true: anyone may /train (rate limits still apply)
    max_handles: int = 3
    max_queue: int = 10
    train_per_user_per_day: int = 3
    say_per_user_per_minute: int = 6
    max_prompt_chars: int = 200
    talk_per_user_per_minute: int = 3  # answers to one user's mentions and replies (admins: no limit)
    talk_per_chat_per_minute: int = 10  # answers in one chat, for everyone together
    max_upload_bytes: int = 64 * 1024 * 1024
    opt_out_handles: CommaList = []

    # Sources and publishing
    x_bearer_token: SecretStr | None = _secret("X_BEARER_TOKEN")
    hf_token: SecretStr | None = _secret("HF_TOKEN")
    hf_push: bool = False
    hf_namespace: str = ""
    wandb: bool = False
    wandb_project: str = "mimicbird"
    bluesky_appview_url: str = "https://public.api.bsky.app"  # where /train reads Bluesky accounts
    mastodon_url_override: str = ""  # one server for every Mastodon account (tests); empty: each one's own
    mastodon_tokens: SecretStr | None = None  # JSON {"instance.social": "token"}: instances refusing anonymity

    # Discord
    discord_token: SecretStr | None = _secret("DISCORD_TOKEN")
    discord_guild_ids: CommaInts = []  # sync commands to these guilds at once (development)
    discord_admin_role_ids: CommaInts = []
    discord_allow_dms: bool = True

    # Telegram
    telegram_token: SecretStr | None = _secret("TELEGRAM_TOKEN")
    telegram_chat_admins_are_admins: bool = True
    telegram_webhook_url: str = ""  # set to use webhook mode instead of polling
    telegram_webhook_listen: str = "0.0.0.0"
    telegram_webhook_port: int = 8443
    telegram_base_url: str = ""  # a self-hosted Bot API server, e.g. http://127.0.0.1:8081/bot
    telegram_base_file_url: str = ""  # its file URL, e.g. http://127.0.0.1:8081/file/bot

    # Scheduled posts
    scheduling: bool = True  # false: no /schedule commands, no scheduled posts
    timezone: str = "UTC"
    max_schedules_per_chat: int = 5
    min_schedule_interval_s: int = 15 * 60
    x_consumer_key: SecretStr | None = None
    x_consumer_secret: SecretStr | None = None
    x_access_token: SecretStr | None = None
    x_access_token_secret: SecretStr | None = None
    x_user_token: SecretStr | None = None  # OAuth 2.0 user-context token, instead of the four OAuth 1.0a keys
    bluesky_handle: str = ""  # the bot's Bluesky account, for to=bluesky
    bluesky_app_password: SecretStr | None = None  # an app password of that account, never its real password
    bluesky_pds_url: str = "https://bsky.social"  # the account's PDS
    mastodon_post_url: str = ""  # the bot account's instance, e.g. https://botsin.space, for to=mastodon
    mastodon_access_token: SecretStr | None = None  # that account's token with the write:statuses scope
    mastodon_post_visibility: Literal["unlisted", "public"] = "unlisted"

    log_level: str = "INFO"

    _split_lists = field_validator(
        "trainer_extra_args", "admin_ids", "train_allow_ids", "say_allow_ids", "opt_out_handles",
        "discord_guild_ids", "discord_admin_role_ids", mode="before",
    )(_split)

    @field_validator("mastodon_tokens")
    @classmethod
    def _tokens_are_a_json_map(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None:
            _token_map(value.get_secret_value())  # a bad value fails at start-up, without showing it
        return value

    def mastodon_token_map(self) -> dict[str, str]:
        """``MIMICBIRD_MASTODON_TOKENS`` as instance domain -> access token (empty when unset)."""
        return _token_map(self.mastodon_tokens.get_secret_value()) if self.mastodon_tokens is not None else {}

    @field_validator("data_dir", "cache_dir", mode="after")
    @classmethod
    def _absolute_paths(cls, value: Path | None) -> Path | None:
        """Resolved once against the working directory at start: nothing later depends on where it is."""
        return value.expanduser().resolve() if value is not None else None

    @property
    def db_path(self) -> Path:
        return self.data_dir / "mimicbird.db"

    @property
    def models_dir(self) -> Path:
        return self.data_dir / "models"

    @property
    def uploads_dir(self) -> Path:
        return self.data_dir / "uploads"
