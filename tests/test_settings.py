"""Settings: every field is documented in .env.example, lists parse, empty values mean unset, secrets hide."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.settings import Settings

ENV_EXAMPLE = Path(__file__).resolve().parent.parent / ".env.example"


def _documented_names() -> dict[str, str]:
    """Variable name -> the comment block right above it (commented-out assignments count)."""
    documented: dict[str, str] = {}
    comment: list[str] = []
    for line in ENV_EXAMPLE.read_text().splitlines():
        assignment = re.match(r"^#?\s*([A-Z][A-Z0-9_]+)=", line)
        if assignment:
            documented[assignment.group(1)] = " ".join(comment)
        elif line.startswith("#"):
            comment.append(line.lstrip("# "))
            continue
        comment = []
    return documented


@pytest.mark.parametrize("name", sorted(Settings.model_fields))
def test_every_setting_is_in_env_example_with_a_comment(name: str) -> None:
    documented = _documented_names()
    field = Settings.model_fields[name]
    aliases = getattr(field.validation_alias, "choices", None) or [f"MIMICBIRD_{name.upper()}"]
    present = [alias for alias in aliases if alias in documented]
    assert present, f"{name} is missing from .env.example (as one of {aliases})"
    assert any(documented[alias].strip() for alias in present), f"{present[0]} has no comment above it"


def test_env_example_loads_as_the_defaults(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for var in ("DISCORD_TOKEN", "TELEGRAM_TOKEN", "X_BEARER_TOKEN", "HF_TOKEN"):
        monkeypatch.delenv(var, raising=False)
    assert Settings(_env_file=ENV_EXAMPLE) == Settings(_env_file=None)


def test_lists_empty_values_and_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MIMICBIRD_ADMIN_IDS", "discord:1, telegram:2 ,")
    monkeypatch.setenv("MIMICBIRD_DISCORD_GUILD_IDS", "5,6")
    monkeypatch.setenv("DISCORD_TOKEN", "very-secret-token")
    monkeypatch.setenv("TELEGRAM_TOKEN", "")
    settings = Settings(_env_file=None)
    assert settings.admin_ids == ["discord:1", "telegram:2"]
    assert settings.discord_guild_ids == [5, 6]
    assert settings.telegram_token is None
    assert settings.discord_token is not None
    assert settings.discord_token.get_secret_value() == "very-secret-token"
    assert "very-secret-token" not in repr(settings) and "very-secret-token" not in str(settings)
