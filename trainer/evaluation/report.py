"""Voice fidelity of a fine-tuned model: does it sound like its account(s)? (``evaluate_fidelity``)

For the model and for its base model, ``per_prompt`` tweets are sampled for each of ``PROMPTS`` (neutral
openers and the empty prompt) from a fixed seed, the way the bot samples (``sampling.py``). Then:

* style match and, for a blend, the split among its accounts (``style.StyleJudge``);
* held-out perplexity of both models on each account's validation tweets (``metrics.held_out_loss``), for a
  model with voice cues each tweet after its account's cue for both models (a cue alone, any "@name" line,
  made the base model's perplexity on the bundled accounts' tweets 40-45% lower);
* distinct bigrams and mean length of the samples beside the real tweets;
* copies: samples holding 8 consecutive words of a training tweet, before the bot's verbatim filter
  (``trainer.fingerprints``) and after it.

The base model's samples and held-out losses do not depend on the fine-tuning: they are cached in
``<cache dir>/fidelity/`` by the base model's identity (config and weight fingerprints), the sampling
settings, prompts, seed and count (the losses by the held-out tweets), so the evaluation after a training
normally samples only the fine-tuned model.

The result, ``Fidelity.as_dict()``, is the ``fidelity`` object of ``mimicbird.json``; its keys are
documented on ``Fidelity`` and are stable within ``SCHEMA``.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from trainer.evaluation import PER_PROMPT, PROMPTS, SCHEMA, SEED
from trainer.evaluation.metrics import CopyDetector, distinct_2_pair, held_out_loss, mean_chars, perplexity
from trainer.evaluation.sampling import SampleSettings, draw_samples, inference_copy
from trainer.evaluation.style import StyleJudge

BASE = "base"  # the style judge's label for the base model's samples
REAL = "real"


@dataclass
class AccountTexts:
    """One account's cleaned tweets, split as the training split them."""

    handle: str
    train: list[str]
    val: list[str]


@dataclass
class Fidelity:
    """The ``fidelity`` object of ``mimicbird.json`` (schema ``SCHEMA``). Shares are fractions in [0, 1].

    style_match           share of the model's samples the judge attributes to the account(s), not the base model
    judge_real            share of the held-out real tweets the judge attributes to the account(s): the ceiling
    judge_base            share of the base model's samples it attributes to them, each unseen: the floor
    split                 blends only (else null): {handle: share} of the samples attributed to the accounts
    split_judge_accuracy  blends only: the split judge's balanced accuracy on the held-out tweets
    voice_match           blends with voice cues only (else null): {handle: share} of the account-like samples
                          asked for in that account's voice that the split judge attributes to it
    perplexity            {handle: {"model": float, "base": float, "tweets": int}} on the held-out tweets
    distinct2, real_distinct2     distinct word bigrams of the samples and of as many real tweets
    mean_chars, real_mean_chars   mean length in characters
    copies                share of samples with 8 consecutive words of a training tweet (or a whole one)
    copies_after_filter   share of samples that copy so and that the bot's verbatim filter lets through
    filtered              share of samples the bot's verbatim filter drops
    samples, prompts, seed        what was sampled: len(prompts) x per-prompt samples, from this seed
    base_model, seconds           the base model compared with; the evaluation's wall time
    """

    style_match: float
    judge_real: float
    judge_base: float
    split: dict[str, float] | None
    split_judge_accuracy: float | None
    perplexity: dict[str, dict[str, float]]
    distinct2: float
    real_distinct2: float
    mean_chars: float
    real_mean_chars: float
    copies: float
    copies_after_filter: float
    filtered: float
    samples: int
    prompts: list[str]
    seed: int
    base_model: str
    seconds: float
    voice_match: dict[str, float] | None = None
    texts: list[str] = field(default_factory=list, repr=False)  # the samples themselves (not in as_dict)

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("texts")
        return {"schema": SCHEMA, **{k: _rounded(v) for k, v in data.items()}}


def _share(labels: Sequence[str], label: str) -> float:
    return labels.count(label) / len(labels) if labels else float("nan")


def _rounded(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, 4) if value == value else None  # NaN -> null (JSON has no NaN)
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    return value


def split_accounts(cleaned: Sequence[Any], seed: int) -> list[AccountTexts]:
    """Cleaned accounts (``.handle``, ``.texts``) split into training and held-out tweets as the training did."""
    from trainer.dataset import split_train_val

    return [AccountTexts(a.handle, *split_train_val(a.texts, seed, a.handle)) for a in cleaned]


# ---------------------------------------------------------------------------------------------- the cache


def model_identity(folder: Path) -> str:
    """A fingerprint of a model folder: its config and, per weight file, size and first/last MiB."""
    digest = hashlib.sha256()
    folder = Path(folder)
    for path in sorted(folder.glob("config.json")) + sorted(folder.glob("*.safetensors")) + sorted(folder.glob("*.bin")):
        digest.update(path.name.encode() + b"\0")
        size = path.stat().st_size
        digest.update(str(size).encode())
        with path.open("rb") as handle:
            digest.update(handle.read(1 << 20))
            if size > 2 << 20:
                handle.seek(-(1 << 20), os.SEEK_END)
                digest.update(handle.read())
    return digest.hexdigest()


def cached(cache_dir: Path | None, kind: str, key: dict[str, Any], compute: Callable[[], Any]) -> Any:
    """``compute()``, or its JSON result stored under ``key`` in ``cache_dir/fidelity`` (None: no cache)."""
    if cache_dir is None:
        return compute()
    name = hashlib.sha256(json.dumps(key, sort_keys=True).encode()).hexdigest()[:24]
    path = Path(cache_dir) / "fidelity" / f"{kind}-{name}.json"
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
        if stored.get("key") == key:
            return stored["value"]
    except (OSError, ValueError, AttributeError, KeyError):
        pass
    value = compute()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}")
        tmp.write_text(json.dumps({"key": key, "value": value}, ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)
    except OSError:
        pass  # a read-only cache: no harm, the next evaluation computes again
    return value


# ---------------------------------------------------------------------------------------------- evaluation


def evaluate_fidelity(
    model: Any,
    tokenizer: Any,
    accounts: Sequence[AccountTexts],
    *,
    base_dir: Path,
    base_name: str,
    dtype: Any = None,
    settings: SampleSettings | None = None,
    prompts: Sequence[str] = PROMPTS,
    per_prompt: int = PER_PROMPT,
    seed: int = SEED,
    cache_dir: Path | None = None,
    log: Callable[[str], None] | None = None,
    stop: Callable[[], bool] | None = None,
    cues: Sequence[str] = (),
) -> Fidelity:
    """Measure ``model`` (left unchanged) against its accounts' tweets and its base model (``base_dir``).

    ``dtype``: compute in this torch dtype (default: the model's); ``log`` hears what is being done;
    ``stop`` is polled between the stages (``TrainingCancelled`` when it turns true); ``cues``: the
    voice cues, one per account (``trainer.voices``): the model is sampled and scored with them, as the bot
    uses it (each voice asked for equally often; a held-out tweet after its own account's cue).
    """
    import torch

    from trainer.fingerprints import Fingerprints, save_fingerprints
    from trainer.training import TrainingCancelled
    from trainer.voices import cue_ids, even_cues

    started = time.perf_counter()
    say = log or (lambda line: None)
    settings = settings or SampleSettings()
    prompts = list(prompts)

    def check() -> None:
        if stop is not None and stop():
            raise TrainingCancelled()

    work = inference_copy(model, dtype)
    dtype_name = str(next(work.parameters()).dtype).removeprefix("torch.")
    say(f"sampling {len(prompts) * per_prompt} tweets from the model ({len(prompts)} prompts, seed {seed})")
    samples = [text for _, text in draw_samples(work, tokenizer, prompts, per_prompt, seed, settings, cues=cues)]
    check()
    say("held-out perplexity of the model")
    prefixes = [cue_ids(tokenizer, cue) for cue in cues] if cues else [[] for _ in accounts]
    model_losses = {a.handle: held_out_loss(work, tokenizer, a.val, prefix=prefix)
                    for a, prefix in zip(accounts, prefixes, strict=True)}
    del work
    check()

    base_key = {"base": model_identity(base_dir), "dtype": dtype_name}
    base_model: list[Any] = []

    def base() -> Any:
        if not base_model:
            from transformers import AutoModelForCausalLM

            say(f"loading the base model {base_name}")
            loaded = AutoModelForCausalLM.from_pretrained(base_dir, dtype=torch.float32)
            base_model.append(loaded.to(next(model.parameters()).device, dtype or torch.float32).eval())
        return base_model[0]

    def base_samples() -> list[str]:
        say(f"sampling {len(prompts) * per_prompt} tweets from the base model (cached for later evaluations)")
        return [text for _, text in draw_samples(base(), tokenizer, prompts, per_prompt, seed, settings)]

    sample_key = {**base_key, "prompts": prompts, "per_prompt": per_prompt, "seed": seed, **asdict(settings)}
    base_texts = cached(cache_dir, "base-samples", sample_key, base_samples)
    check()
    base_losses = {}
    for a, prefix in zip(accounts, prefixes, strict=True):  # after the same cue: it alone makes tweets likelier
        key = {**base_key, "texts": hashlib.sha256("\0".join(a.val).encode()).hexdigest(),
               **({"prefix": prefix} if prefix else {})}
        base_losses[a.handle] = cached(cache_dir, "base-loss", key,
                                       lambda a=a, p=prefix: held_out_loss(base(), tokenizer, a.val, prefix=p))
    base_model.clear()
    check()

    say("judging the style")
    real_train = [t for a in accounts for t in a.train]
    real_val = [t for a in accounts for t in a.val]
    judge = StyleJudge(seed).fit(real_train + base_texts, [REAL] * len(real_train) + [BASE] * len(base_texts))
    predicted = judge.predict(samples)
    style_match = _share(predicted, REAL)
    judge_real = _share(judge.predict(real_val), REAL)
    judge_base = _share(judge.cross_fitted((real_train, [REAL] * len(real_train)), (base_texts, [BASE] * len(base_texts))),
                        REAL)
    split = split_accuracy = voice_match = None
    if len(accounts) > 1:
        labels = [a.handle for a in accounts for _ in a.train]
        split_judge = StyleJudge(seed).fit(real_train, labels)
        kept = [i for i, p in enumerate(predicted) if p == REAL] or list(range(len(samples)))
        heard = split_judge.predict([samples[i] for i in kept])
        split = {a.handle: _share(heard, a.handle) for a in accounts}
        if cues:  # which voice each sample was asked for: the cues took turns (draw_samples)
            voice_of = dict(zip(cues, (a.handle for a in accounts), strict=True))
            asked = [voice_of[cue] for cue in even_cues(cues, len(samples))]
            voice_match = {a.handle: _share([h for i, h in zip(kept, heard, strict=True) if asked[i] == a.handle],
                                            a.handle) for a in accounts}
        val_predicted = split_judge.predict(real_val)
        val_labels = [a.handle for a in accounts for _ in a.val]
        split_accuracy = sum(_share([p for p, y in zip(val_predicted, val_labels, strict=True) if y == a.handle],
                                    a.handle) for a in accounts) / len(accounts)
    check()

    training_texts = real_train
    detector = CopyDetector(training_texts)
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:  # the bot's filter, from the fingerprints the model folder gets
        save_fingerprints(Path(tmp), training_texts)
        fingerprints = Fingerprints.load(Path(tmp))
    copying = [detector.copies(s) for s in samples]
    dropped = [fingerprints is not None and fingerprints.copies(s) for s in samples]
    n = max(1, len(samples))
    real_all = [t for a in accounts for t in a.train + a.val]
    distinct, real_distinct = distinct_2_pair(samples, real_all, seed)
    return Fidelity(
        style_match=style_match,
        judge_real=judge_real,
        judge_base=judge_base,
        split=split,
        split_judge_accuracy=split_accuracy,
        voice_match=voice_match,
        perplexity={a.handle: {"model": perplexity(model_losses[a.handle]), "base": perplexity(base_losses[a.handle]),
                               "tweets": len(a.val)} for a in accounts},
        distinct2=distinct,
        real_distinct2=real_distinct,
        mean_chars=mean_chars(samples),
        real_mean_chars=mean_chars(real_all),
        copies=sum(copying) / n,
        copies_after_filter=sum(c and not d for c, d in zip(copying, dropped, strict=True)) / n,
        filtered=sum(dropped) / n,
        samples=len(samples),
        prompts=prompts,
        seed=seed,
        base_model=base_name,
        seconds=time.perf_counter() - started,
        texts=samples,
    )


def evaluate_trained(model: Any, tokenizer: Any, cleaned: Sequence[Any], *, split_seed: int, base_dir: Path,
                     base_name: str, dtype: str, cache_dir: Path | None, samples: int, reporter: Any,
                     stop: Callable[[], bool] | None = None, cues: Sequence[str] = ()) -> dict[str, Any]:
    """The evaluation at the end of a training (stage ``evaluate``): the ``fidelity`` dict for mimicbird.json."""
    import math

    import torch

    from trainer.base_model import default_cache_dir
    from trainer.evaluation.sampling import SampleSettings
    from trainer.output import tweet_generation_config

    fidelity = evaluate_fidelity(
        model, tokenizer, split_accounts(cleaned, split_seed), base_dir=base_dir, base_name=base_name,
        dtype=torch.bfloat16 if dtype == "bfloat16" else torch.float32,
        settings=SampleSettings.from_generation_config(tweet_generation_config(tokenizer, model.config)),
        per_prompt=max(1, math.ceil(samples / len(PROMPTS))), cache_dir=cache_dir or default_cache_dir(),
        log=lambda line: reporter.stage("evaluate", line), stop=stop, cues=cues)
    return fidelity.as_dict()
