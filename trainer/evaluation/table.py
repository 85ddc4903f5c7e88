"""The fidelity figures as table rows, from the ``fidelity`` object of ``mimicbird.json`` (no heavy imports).

The same rows make the model card's "Voice fidelity" table and ``python -m trainer eval``'s output.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

HOW_TO_READ = (
    "Style match is the share of {samples} tweets sampled from the model that a text classifier, trained to "
    "tell {whose} tweets from the base model's, attributes to {who}: real tweets it never saw score the "
    "first figure in brackets and the base model's own tweets the second, so a good imitation scores near the "
    "first; lower perplexity on held-out tweets is better, distinct bigrams and length should be near the "
    "real tweets', and copies near 0%."
)


def _pct(value: Any) -> str:
    return f"{100 * value:.0f}%" if isinstance(value, int | float) and math.isfinite(value) else "n/a"


def _num(value: Any, digits: int = 1) -> str:
    return f"{value:.{digits}f}" if isinstance(value, int | float) and math.isfinite(value) else "n/a"


def how_to_read(fidelity: Mapping[str, Any]) -> str:
    several = len(fidelity.get("perplexity") or {}) > 1
    return HOW_TO_READ.format(samples=fidelity.get("samples", "the"),
                              whose="the accounts'" if several else "the account's",
                              who="them" if several else "it")


def fidelity_rows(fidelity: Mapping[str, Any], names: Mapping[str, str] | None = None) -> list[tuple[str, str]]:
    """(measure, value) rows. ``names`` maps handles to the names to show (default ``@handle``)."""
    names = names or {}
    label = {h: names.get(h) or f"@{h}" for h in fidelity.get("perplexity") or {}}
    rows = [("Style match", f"{_pct(fidelity.get('style_match'))} of {fidelity.get('samples', 0)} samples "
                            f"(real held-out tweets {_pct(fidelity.get('judge_real'))}, "
                            f"base model {_pct(fidelity.get('judge_base'))})")]
    split = fidelity.get("split")
    if split:
        shares = ", ".join(f"{label.get(h, '@' + h)} {_pct(v)}" for h, v in split.items())
        voices = fidelity.get("voice_match")
        asked = ("; each voice asked for equally often and recognised as itself: "
                 + ", ".join(f"{label.get(h, '@' + h)} {_pct(v)}" for h, v in voices.items())
                 if isinstance(voices, Mapping) and voices else "")
        rows.append(("Blend split", f"{shares}{asked} (the judge's accuracy on held-out tweets: "
                                    f"{_pct(fidelity.get('split_judge_accuracy'))})"))
    for handle, ppl in (fidelity.get("perplexity") or {}).items():
        rows.append((f"Held-out perplexity, {label[handle]}",
                     f"{_num(ppl.get('model'))} fine-tuned vs {_num(ppl.get('base'))} base model "
                     f"({ppl.get('tweets', 0)} tweets)"))
    rows.append(("Distinct bigrams", f"{_num(fidelity.get('distinct2'), 2)} samples vs "
                                     f"{_num(fidelity.get('real_distinct2'), 2)} real tweets"))
    rows.append(("Mean length", f"{_num(fidelity.get('mean_chars'), 0)} characters vs "
                                f"{_num(fidelity.get('real_mean_chars'), 0)} real"))
    rows.append(("Copies (8+ words of a training tweet)",
                 f"{_pct(fidelity.get('copies'))} of samples before the verbatim filter, "
                 f"{_pct(fidelity.get('copies_after_filter'))} after"))
    return rows


def format_text_table(fidelity: Mapping[str, Any], names: Mapping[str, str] | None = None) -> str:
    """The rows as aligned plain text, for a terminal."""
    rows = fidelity_rows(fidelity, names)
    width = max(len(k) for k, _ in rows)
    lines = ["Voice fidelity"] + [f"  {k.ljust(width)}  {v}" for k, v in rows]
    lines.append(f"  ({fidelity.get('seconds', 0):.0f} s; seed {fidelity.get('seed')}, prompts "
                 + ", ".join(repr(p) for p in fidelity.get("prompts") or []) + ")")
    return "\n".join(lines)


def fidelity_summary(fidelity: Mapping[str, Any], names: Mapping[str, str] | None = None) -> str:
    """The figures on one line, for a chat message: style match (with the real tweets' and the base model's
    scores beside it), a blend's split (and its voice match), held-out perplexity against the base model's, and
    copies."""
    names = names or {}
    ppl = fidelity.get("perplexity")
    ppl = {str(h): p for h, p in ppl.items() if isinstance(p, Mapping)} if isinstance(ppl, Mapping) else {}
    split = fidelity.get("split")
    split = split if isinstance(split, Mapping) else {}
    voices = fidelity.get("voice_match")
    voices = voices if isinstance(voices, Mapping) else {}
    label = {h: names.get(h) or f"@{h}" for h in [*ppl, *split, *voices]}
    parts = [f"style match {_pct(fidelity.get('style_match'))} (real tweets {_pct(fidelity.get('judge_real'))}, "
             f"base model {_pct(fidelity.get('judge_base'))})"]
    if split:
        parts.append("split " + " / ".join(f"{label[h]} {_pct(v)}" for h, v in split.items())
                     + (" (each voice, asked for, recognised as itself: "
                        + ", ".join(f"{label[h]} {_pct(v)}" for h, v in voices.items()) + ")" if voices else ""))
    for handle, p in ppl.items():
        who = f" {label[handle]}" if len(ppl) > 1 else ""
        parts.append(f"perplexity{who} {_num(p.get('model'), 0)} vs {_num(p.get('base'), 0)} base")
    parts.append(f"copies {_pct(fidelity.get('copies'))} before the verbatim filter, "
                 f"{_pct(fidelity.get('copies_after_filter'))} after")
    return "Voice fidelity: " + "; ".join(parts)


def style_match_cell(fidelity: Mapping[str, Any] | None) -> str:
    """The style match for a list of models: ``92%``, or ``-`` for a model that was not evaluated."""
    return _pct(fidelity.get("style_match")) if fidelity else "-"
