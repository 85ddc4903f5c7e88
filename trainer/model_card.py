"""The model card (``README.md``) written into every finished model folder.

It follows the structure of the huggingtweets cards on the Hugging Face Hub: YAML front matter (language,
tags, a widget prompt "My dream is"), a header with "AI BOT" (one account) or "AI CYBORG" (a blend), the
display names joined with " & " and the model name, how it works, the per-account data table, the training
procedure, sample generations, how to use it with ``transformers.pipeline``, limitations and bias.

The card never contains secrets or machine paths: the base model is reduced to a hub id or a folder name,
``extra`` values that look like paths are reduced to their last part, and keys that look like credentials
are dropped.
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePath, PureWindowsPath
from typing import Any

import yaml

from trainer.base_model import EMBEDDED_HUB_ID, EMBEDDED_NAME
from trainer.stats import data_table_rows
from trainer.voices import GUIDANCE_SCALE

CARD_FILENAME = "README.md"
HUGGINGTWEETS_URL = "https://github.com/borisdayma/huggingtweets"

_HUB_ID = re.compile(r"^[A-Za-z0-9][\w.-]*(/[\w.-]+)?$")
_SECRET_KEY = re.compile(r"token|secret|passw|api[_-]?key|credential|authoriz|(^|_)auth($|_)", re.IGNORECASE)


@dataclass
class CardData:
    """Everything the card shows. ``stats`` has one dict per account, in the order of ``handles``."""

    model_name: str  # sorted lower-case handles joined by "-"
    handles: list[str]
    display_names: list[str]
    stats: list[dict]  # {"display_name", "downloaded", "retweets", "short", "duplicates", "kept"}
    base_model: str  # a hub id or a name; a local path is reduced to its folder name
    epochs: int
    learning_rate: float
    train_loss: float | None
    val_loss: float | None
    perplexity: float | None
    samples: list[str]  # generations for ``prompt``
    prompt: str = "My dream is"
    repo_id: str | None = None  # hub repo for the how-to-use snippet; else the model name
    train_tokens: int | None = None
    sources: list[str] = field(default_factory=list)  # e.g. "sample archive", "X API v2"
    extra: dict = field(default_factory=dict)  # batch size, block size, dtype, device, early stopping, ...
    form: str = "full"  # what the folder holds: "full" / "merged" (a standalone model) or "adapter" (LoRA)
    avatars: list[str] = field(default_factory=list)  # per account, relative to the folder (avatars/<key>.png)
    platforms: list[str] = field(default_factory=list)  # per account, as ``handles``: x, bluesky, mastodon
    profile_urls: list[str | None] = field(default_factory=list)  # per account: its profile page, if any
    fidelity: dict | None = None  # the voice fidelity figures (trainer.evaluation), shown after the data table
    voice_cues: list[str] = field(default_factory=list)  # a blend's voice cues (trainer.voices), as ``handles``


def _looks_like_path(value: str) -> bool:
    return (
        value.startswith(("/", "~", "./", "../", "\\"))
        or bool(re.match(r"^[A-Za-z]:[\\/]", value))
        or "\\" in value
        or value.count("/") > 1
    )


def _last_part(value: str) -> str:
    """The final component of a POSIX or Windows path."""
    name = PureWindowsPath(value).name if "\\" in value else Path(value.rstrip("/")).name
    return name or "local"


def public_base_model(name: str) -> str:
    """The base model as the card may name it: a hub id, the embedded model's hub id, or a folder name."""
    name = name.strip()
    if name in ("", EMBEDDED_NAME, "default", "embedded"):
        return EMBEDDED_HUB_ID
    if _looks_like_path(name) or Path(name).expanduser().is_dir():
        name = _last_part(name)
    return EMBEDDED_HUB_ID if name == EMBEDDED_NAME else name


def _is_hub_id(name: str) -> bool:
    return "/" in name and bool(_HUB_ID.match(name))


def public_settings(settings: Mapping[str, Any]) -> dict[str, Any]:
    """``settings`` safe to publish: credential-like keys and None values dropped, paths reduced to names.

    Used for the card's ``extra`` rows and for the configuration sent to W&B.
    """
    return {
        str(k): _public_value(v)
        for k, v in settings.items()
        if v is not None and not _SECRET_KEY.search(str(k))
    }


def _public_value(value: Any) -> Any:
    if isinstance(value, PurePath):
        return value.name or "local"
    if isinstance(value, str) and _looks_like_path(value):
        return _last_part(value)
    if isinstance(value, Mapping):
        return public_settings(value)
    if isinstance(value, list | tuple):
        return [_public_value(v) for v in value]
    return value


def _number(value: float | None, digits: int = 4) -> str:
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "n/a"
    return f"{value:.{digits}g}" if abs(value) >= 1e-3 or value == 0 else f"{value:.3g}"


def escape_cell(text: str) -> str:
    """Text made safe for one Markdown table cell: HTML escaped, pipes escaped, line breaks as ``<br>``."""
    text = html.escape(str(text), quote=False).replace("|", "\\|")
    text = re.sub(r"\r\n?|\n", "<br>", text)
    return text.replace("`", "\\`").strip() or " "


def _front_matter(data: CardData, base: str) -> str:
    meta: dict[str, Any] = {
        "language": "en",
        "library_name": "peft" if data.form == "adapter" else "transformers",
        "pipeline_tag": "text-generation",
        "tags": ["huggingtweets", "mimicbird", "text-generation"],
    }
    if _is_hub_id(base):
        meta["base_model"] = base
    meta["widget"] = [{"text": data.prompt}]
    return "---\n" + yaml.safe_dump(meta, sort_keys=False, allow_unicode=True) + "---\n"


def _avatar_row(data: CardData) -> str:
    """The accounts' faces side by side, as on the huggingtweets cards (files in the model folder)."""
    if not data.avatars:
        return ""
    images = "".join(
        f'<img src="{html.escape(path)}" alt="{html.escape(name)}" width="92" height="92" '
        'style="display: inline-block; margin: 0 4px; border-radius: 50%;">\n'
        for path, name in zip(data.avatars, data.display_names, strict=False)
    )
    return f'<div style="display: flex; justify-content: center;">\n{images}</div>\n'


def _header(data: CardData) -> str:
    label = "AI BOT" if len(data.handles) == 1 else "AI CYBORG"
    names = " & ".join(html.escape(name) for name in data.display_names)
    return (
        '<div style="text-align: center; line-height: 1.5;">\n'
        + _avatar_row(data)
        + f'<div style="font-size: 16px; font-weight: 800">🤖 {label} 🤖</div>\n'
        f'<div style="font-size: 16px; font-weight: 800">{names}</div>\n'
        f'<div style="font-size: 14px;">@{html.escape(data.model_name)}</div>\n'
        "</div>\n"
    )


PLATFORM_LABELS = {"x": "X", "bluesky": "Bluesky", "mastodon": "Mastodon"}


def _account_list(data: CardData) -> str:
    """Each account as "Name ([@handle](profile) on Platform)"; the link only for an http(s) profile URL."""
    parts = []
    for index, (name, handle) in enumerate(zip(data.display_names, data.handles, strict=False)):
        platform = data.platforms[index] if index < len(data.platforms) else ""
        url = data.profile_urls[index] if index < len(data.profile_urls) else None
        shown = f"@{escape_cell(handle)}"
        if url and re.fullmatch(r"https?://[^\s()<>\[\]\"'`]+", url):
            shown = f"[{shown}]({url})"
        label = PLATFORM_LABELS.get(platform)
        parts.append(f"{escape_cell(name)} ({shown}" + (f" on {label})" if label else ")"))
    return ", ".join(parts)


def data_table(data: CardData) -> str:
    """The per-account data table (``trainer/stats.py``) in Markdown: one column per account."""
    columns = [(escape_cell(stat.get("display_name") or handle), stat)
               for stat, handle in zip(data.stats, data.handles, strict=False)]
    header, *rows = data_table_rows(columns)
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def fidelity_table(data: CardData) -> str:
    """The "Voice fidelity" table and one sentence on how to read it ("" when the model was not evaluated)."""
    from trainer.evaluation.table import fidelity_rows, how_to_read

    if not data.fidelity:
        return ""
    names = dict(zip(data.handles, data.display_names, strict=False))
    lines = ["| Voice fidelity | |", "|---|---|"]
    lines += [f"| {escape_cell(k)} | {escape_cell(v)} |" for k, v in fidelity_rows(data.fidelity, names)]
    return "\n".join(lines) + "\n\n" + escape_cell(how_to_read(data.fidelity)) + "\n"


def _training_rows(data: CardData, base: str) -> list[tuple[str, str]]:
    base_text = f"[{base}](https://huggingface.co/{base})" if _is_hub_id(base) else f"`{base}`"
    rows = [
        ("Base model", base_text),
        ("Epochs", str(data.epochs)),
        ("Learning rate", f"{data.learning_rate:g}"),
        ("Final training loss", _number(data.train_loss)),
        ("Final validation loss", _number(data.val_loss)),
        ("Validation perplexity", _number(data.perplexity)),
    ]
    if data.train_tokens is not None:
        rows.append(("Training tokens per epoch", f"{data.train_tokens:,}"))
    for key, value in public_settings(data.extra).items():
        label = key.replace("_", " ").capitalize()
        text = _number(value) if isinstance(value, float) else str(value)
        rows.append((escape_cell(label), escape_cell(text)))
    return rows


def render_model_card(data: CardData) -> str:
    """The model card as Markdown with YAML front matter."""
    base = public_base_model(data.base_model)
    several = len(data.handles) > 1
    whose = "these accounts'" if several else "this account's"
    sources = ", ".join(escape_cell(source) for source in data.sources)

    parts = [_front_matter(data, base), _header(data)]
    parts.append(
        f"I was made with mimicbird, a multi-user take on [huggingtweets]({HUGGINGTWEETS_URL}): "
        f"a small language model fine-tuned on {whose} tweets, so it writes in that voice.\n"
    )
    parts.append("## How does it work?\n")
    parts.append(
        "1. The tweets are gathered" + (f" (source: {sources})" if sources else "") + ".\n"
        "2. They are cleaned: retweets, short tweets and duplicates are dropped, HTML entities are unescaped, "
        "links are removed.\n"
        "3. A pre-trained causal language model is fine-tuned on the kept tweets, with an end-of-text token "
        "after each tweet so it learns where a tweet ends.\n"
        "4. Sampling from the fine-tuned model gives new tweets in the same voice.\n"
    )
    parts.append("## Training data\n")
    parts.append(f"The model was trained on tweets by {_account_list(data)}.\n")
    parts.append(data_table(data))
    parts.append(
        "A tweet counts as short, as in huggingtweets, when after cleaning fewer than 3 of its words are "
        "free of a link, a mention and a hashtag (so `@bob thanks!` is short). Duplicates (a tweet "
        "identical to an earlier one after cleaning) are a "
        "rule we add to huggingtweets' cleaning; they are counted in their own row.\n"
    )
    if data.fidelity:
        parts.append(fidelity_table(data))
    parts.append("## Training procedure\n")
    intro = f"The model is based on the pre-trained `{base}`, fine-tuned on {whose} tweets for {data.epochs} epochs"
    intro += (
        "; each epoch the smaller accounts are oversampled to match the largest, so the blend is not "
        "one voice.\n"
        if several
        else ".\n"
    )
    parts.append(intro)
    cues = ", ".join(f"`{escape_cell(cue.strip())}`" for cue in data.voice_cues)
    if len(data.voice_cues) > 1:
        parts.append(
            f"Each tweet was preceded by its account's voice cue ({cues}, each on a line of its own), so the model "
            "writes in one voice at a time. Start a prompt with a cue and a newline to choose the voice; "
            "mimicbird picks each voice equally often, and guides it away from another voice: `generate` with "
            f"`guidance_scale={GUIDANCE_SCALE:g}` and, as `negative_prompt_ids`, the same prompt after another "
            "voice's cue. Without a cue the model writes one first, then that voice's tweet.\n"
        )
    elif data.voice_cues:
        parts.append(
            f"Each tweet was preceded by the account's voice cue ({cues}, on a line of its own); start a prompt "
            "with it and a newline, as mimicbird does. Without it the model writes it first, then the tweet.\n"
        )
    parts.append(
        "| Setting | Value |\n|---|---|\n"
        + "".join(f"| {k} | {v} |\n" for k, v in _training_rows(data, base))
    )
    parts.append("## Sample generations\n")
    if data.samples:
        parts.append(f"Prompt: **{escape_cell(data.prompt)}**\n")
        parts.append(
            "| # | Generated text |\n|---|---|\n"
            + "".join(f"| {i} | {escape_cell(sample)} |\n" for i, sample in enumerate(data.samples, 1))
        )
    else:
        parts.append("No samples were generated for this model.\n")
    parts.append(how_to_use(data.form, base, data.repo_id, data.model_name, data.prompt))
    parts.append("## Limitations and bias\n")
    parts.append(
        f"The model has the limitations and biases of its base model, `{base}`, and of the tweets it was "
        "trained on, which shape what it writes. It makes things up: nothing it generates was said by "
        + ("these people" if several else "this person")
        + ". Posts made by mimicbird carry an AI marker, and samples that repeat a training tweet, or 8 "
        "consecutive words of one, are filtered out using the hashed fingerprints in `training_tweets.json` "
        "(the tweets themselves are not stored with the model).\n"
    )
    parts.append("## About\n")
    parts.append(
        f"Built with mimicbird. The card, the data table and the recipe follow Boris Dayma's "
        f"[huggingtweets]({HUGGINGTWEETS_URL}).\n"
    )
    return "\n".join(part.strip("\n") + "\n" for part in parts)


def how_to_use(form: str, base: str, repo_id: str | None, model_name: str, prompt: str) -> str:
    """The card's "How to use" section: which form the folder holds, and both ways to load one."""
    ref = repo_id or model_name
    where = "" if repo_id else f" (`{ref}` is the model's folder: pass its path where you keep it)"
    pipeline_code = (
        "```python\n"
        "from transformers import pipeline\n\n"
        f"generator = pipeline('text-generation', model={ref!r})\n"
        f"generator({prompt!r}, num_return_sequences=5)\n"
        "```\n"
    )
    peft_code = (
        "```python\n"
        "from peft import PeftModel\n"
        "from transformers import AutoModelForCausalLM, AutoTokenizer, pipeline\n\n"
        f"base = AutoModelForCausalLM.from_pretrained({base!r})\n"
        f"model = PeftModel.from_pretrained(base, {ref!r}).merge_and_unload()\n"
        f"generator = pipeline('text-generation', model=model, tokenizer=AutoTokenizer.from_pretrained({ref!r}))\n"
        f"generator({prompt!r}, num_return_sequences=5)\n"
        "```\n"
    )
    parts = ["## How to use\n"]
    if form == "adapter":
        parts.append(
            f"This folder holds a **LoRA adapter** (a few MB) for the base model `{base}`, not a standalone "
            f"model{where}. Load it on its base model with `peft`:\n"
        )
        parts.append(peft_code)
        parts.append(
            "A merged, standalone copy (the trainer's `--merge`; an upload to the Hugging Face Hub is always "
            "merged) loads with nothing but `transformers`:\n"
        )
        parts.append(pipeline_code)
    else:
        merged = " (a LoRA adapter merged into its base model)" if form == "merged" else ""
        parts.append(
            f"This folder holds a **standalone model**{merged}{where}: use it directly with a `transformers` "
            "pipeline for text generation:\n"
        )
        parts.append(pipeline_code)
        parts.append(
            "Personas trained as LoRA adapters (the trainer's `--method lora`) are small folders that load on "
            "their base model with `peft` instead:\n"
        )
        parts.append(peft_code)
    if base == EMBEDDED_HUB_ID:
        parts.append(
            f"The base model was a 4-bit (Q4_1) copy of `{base}` de-quantized to fp32: an adapter loaded on the "
            "original weights behaves closely but not identically; a merged model holds the exact weights.\n"
        )
    parts.append(
        "The folder's `generation_config.json` holds tweet-suited defaults (sampling, top-p 0.95, a short "
        "maximum length, stop at end-of-text).\n"
    )
    return "\n".join(part.strip("\n") + "\n" for part in parts)


def as_merged_card(text: str, base: str, repo_id: str | None, model_name: str, prompt: str) -> str:
    """An adapter's card rewritten for its merged copy: the "How to use" section and the library tag."""
    start = text.find("## How to use\n")
    end = text.find("\n## ", start + 1) if start >= 0 else -1
    if start >= 0 and end >= 0:
        text = text[:start] + how_to_use("merged", base, repo_id, model_name, prompt).strip("\n") + "\n" + text[end:]
    return text.replace("library_name: peft\n", "library_name: transformers\n", 1)


def write_model_card(folder: Path, data: CardData) -> Path:
    """Write ``README.md`` into ``folder`` and return its path."""
    path = Path(folder) / CARD_FILENAME
    path.write_text(render_model_card(data), encoding="utf-8")
    return path
