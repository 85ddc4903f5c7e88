"""One training job from handles to a saved model: fetch → clean → tokenize → train → sample → save → push.

``run(config, reporter)`` is what ``python -m trainer`` does (the command line only parses arguments and
prints); the benchmark calls it too. Every stage is announced on the reporter (``trainer/progress.py``).
"""

from __future__ import annotations

import contextlib
import math
import signal
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from trainer import __version__
from trainer.errors import TrainerError
from trainer.evaluation import DEFAULT_SAMPLES
from trainer.progress import NullReporter, Reporter
from trainer.training import TrainingCancelled, TrainResult, TrainSettings

DEFAULT_PROMPT = "My dream is"
SOURCE_LABELS = {"x-api": "X API v2", "archive": "Twitter archive", "file": "tweet file",
                 "sample": "bundled sample archive", "bluesky": "Bluesky AppView", "mastodon": "Mastodon API"}


@dataclass
class TrainConfig:
    """Every option of a training job (the command line's flags, one to one)."""

    handles: list[str] = field(default_factory=list)
    source: str = "auto"  # auto | sample | x | bluesky | mastodon | archive | file
    inputs: list[str] = field(default_factory=list)
    base_model: str = "smollm2-135m"  # the embedded default, a local folder or a Hub id
    output: Path | None = None  # default: models/<model_name>
    cache_dir: Path | None = None  # where the embedded base model is converted (default ~/.cache/mimicbird)
    epochs: int | None = None  # None: the method's measured default (trainer.lora.default_epochs: full 2, LoRA 4)
    learning_rate: float = 5e-4
    batch_size: int = 4
    block_size: int = 256
    balance: str = "tokens"  # blends: each account as many tokens per epoch (or "tweets", like huggingtweets)
    voice_cues: bool = True  # each tweet after its account's cue; a blend's sampled in equal shares (trainer.voices)
    seed: int = 42
    min_tweets: int = 100
    max_tweets: int = 3200
    max_steps: int | None = None
    patience: int = 2
    evals_per_epoch: int = 2  # measured: 3 stopped voices too soon (README "Voice fidelity")
    keep_within: float = 0.03  # keep the latest weights within 3% of the lowest validation loss (measured, README)
    device: str = "auto"
    dtype: str = "auto"
    method: str = "auto"  # auto | full | lora (trainer/lora.py)
    lora_rank: int = 16
    lora_alpha: float = 32.0
    lora_target_modules: list[str] = field(default_factory=lambda: ["all-linear"])
    lora_learning_rate: float = 3e-3
    lora_dropout: float = 0.0  # trainer.lora.LoraOptions.dropout says why
    lora_layers: int | None = None  # adapt only the top N decoder layers (None: all)
    merge: bool = False  # LoRA: write the adapter merged into a standalone model
    stats_only: bool = False
    samples: int = 3
    evaluate: bool = True  # voice fidelity at the end (trainer.evaluation)
    eval_samples: int = DEFAULT_SAMPLES
    prompt: str = DEFAULT_PROMPT
    push_to_hub: str | None = None
    private: bool = False
    wandb: bool = False
    bearer_token: str | None = field(default=None, repr=False)  # from the environment only
    hf_token: str | None = field(default=None, repr=False)
    bluesky_url: str | None = None  # the AppView (default: the public one)
    mastodon_url: str | None = None  # one server for every Mastodon account (default: each one's instance)
    mastodon_tokens: dict[str, str] = field(default_factory=dict, repr=False)  # instance domain -> token

    def public(self) -> dict[str, Any]:
        """The options safe to log or publish (no tokens)."""
        data = asdict(self)
        data.pop("bearer_token")
        data.pop("hf_token")
        data.pop("mastodon_tokens")
        return data


@dataclass
class Result:
    model_name: str
    stats: dict[str, dict[str, Any]]  # per handle: display_name, downloaded, retweets, short, duplicates, kept
    model_dir: Path | None = None  # None after --stats-only
    train_loss: float | None = None
    val_loss: float | None = None
    perplexity: float | None = None
    samples: list[str] = field(default_factory=list)
    url: str | None = None  # on the Hugging Face Hub, when pushed
    data: dict[str, Any] = field(default_factory=dict)  # token counts (dataset.DataStats)
    training: TrainResult | None = None
    fidelity: dict[str, Any] | None = None  # trainer.evaluation.report.Fidelity.as_dict(); None with --no-eval


class StopRequest:
    """Ctrl-C / SIGTERM: stop cleanly, write nothing.

    ``with StopRequest.installed() as stop:`` installs the handlers (main thread only) and restores the previous
    ones afterwards. Outside ``with stop.deferred():`` a signal raises ``TrainingCancelled`` at once (fetching,
    waiting for a rate limit, loading: nothing is written yet). Inside it (training, sampling, saving) the
    signal only sets a flag that the training loop and the atomic writer poll: the loop stops at the next step
    and the temporary output folder is removed. A second Ctrl-C raises KeyboardInterrupt at once.
    """

    def __init__(self) -> None:
        self._event = threading.Event()
        self.signal_name: str | None = None
        self.immediate = True

    def __call__(self) -> bool:
        return self._event.is_set()

    def set(self, name: str = "stop") -> None:
        self.signal_name = self.signal_name or name
        self._event.set()

    def check(self) -> None:
        if self():
            raise TrainingCancelled()

    @contextlib.contextmanager
    def deferred(self) -> Iterator[None]:
        """Within this block a signal only sets the flag."""
        self.immediate = False
        try:
            yield
        finally:
            self.immediate = True
        self.check()

    @classmethod
    @contextlib.contextmanager
    def installed(cls) -> Iterator[StopRequest]:
        stop = cls()
        if threading.current_thread() is not threading.main_thread():
            yield stop
            return

        def handler(signum: int, frame: Any) -> None:
            if signum == signal.SIGINT and stop():
                raise KeyboardInterrupt
            stop.set(signal.Signals(signum).name)
            if stop.immediate:
                raise TrainingCancelled()

        previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGINT, signal.SIGTERM)}
        try:
            yield stop
        finally:
            for sig, old in previous.items():
                signal.signal(sig, old)


def _finite(value: float | None) -> float | None:
    return value if value is not None and math.isfinite(value) else None


def generate_samples(model: Any, tokenizer: Any, prompt: str, count: int, seed: int,
                     training_texts: Sequence[str] = (), dtype: str | None = None,
                     cues: Sequence[str] = ()) -> list[str]:
    """``count`` tweets sampled from ``model`` for ``prompt``, drawn as the bot draws them, for the card.

    The evaluation's sampler (``trainer.evaluation.sampling``): after an end-of-text token, with the tweet
    generation defaults, each cut at the first end-of-text token, in ``dtype`` (the training's: "bfloat16"
    halves what each decoding step reads), after the voice cues (``cues``; a blend's taking turns). Samples that copy a
    training tweet verbatim (``trainer.fingerprints``) are dropped: twice as many are drawn to choose from.
    """
    import tempfile

    import torch

    from trainer.evaluation.sampling import SampleSettings, draw_samples, inference_copy
    from trainer.fingerprints import Fingerprints, save_fingerprints
    from trainer.output import tweet_generation_config

    if count <= 0:
        return []
    settings = SampleSettings.from_generation_config(tweet_generation_config(tokenizer, model.config))
    work = inference_copy(model, torch.bfloat16 if dtype == "bfloat16" else None)
    drawn = [text for _, text in draw_samples(work, tokenizer, [prompt], 2 * count, seed, settings, cues=cues)]
    del work
    with tempfile.TemporaryDirectory() as tmp:
        save_fingerprints(Path(tmp), training_texts)
        fingerprints = Fingerprints.load(Path(tmp))
    return [text for text in drawn if fingerprints is None or not fingerprints.copies(text)][:count]


def public_base_model_name(name: str, folder: Path) -> str:
    """The base model as metadata may name it: the embedded model's hub id, a hub id, or a folder's name."""
    from trainer.model_card import public_base_model

    if Path(name).expanduser().is_dir():
        import json

        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        recorded = str(config.get("_name_or_path") or "")
        if recorded and "/" in recorded and public_base_model(recorded) == recorded:
            return recorded
    return public_base_model(name)


def run(config: TrainConfig, reporter: Reporter | None = None, stop: StopRequest | None = None,
        on_validation: Callable[[int, float, Any], None] | None = None) -> Result:
    """Run one training job; raises ``TrainerError`` (one-line reason) on bad input or cancellation.

    ``on_validation`` hears each validation run of the training (``trainer.training.train``).
    """
    from trainer.avatars import collect_avatars
    from trainer.cleaning import check_minimum, clean_account
    from trainer.handles import model_name, parse_account
    from trainer.lora import default_epochs
    from trainer.sources import fetch_accounts
    from trainer.tracking import Tracker

    reporter = reporter or NullReporter()
    stop = stop or StopRequest()
    if config.epochs is None:
        config = replace(config, epochs=default_epochs(config.method))
    accounts = [parse_account(h) for h in config.handles]
    if not accounts and not config.inputs:
        raise TrainerError("name at least one handle (or give an archive with --input)")

    shown = ", ".join(a.shown for a in accounts) or "the input files"
    reporter.stage("fetch", f"gathering tweets of {shown}")
    raw = fetch_accounts(accounts, config.source, config.inputs, bearer_token=config.bearer_token,
                         max_tweets=config.max_tweets, reporter=reporter, bluesky_url=config.bluesky_url,
                         mastodon_url=config.mastodon_url, mastodon_tokens=config.mastodon_tokens)
    stop.check()
    reporter.stage("clean", "dropping retweets, short tweets and duplicates")
    cleaned = [clean_account(account) for account in raw]
    name = model_name(account.account for account in raw)
    stats = {account.handle: account.stats.as_dict() for account in cleaned}
    reporter.emit("stats", accounts=stats)
    if config.stats_only:
        return Result(model_name=name, stats=stats)
    check_minimum(cleaned, config.min_tweets)
    avatars = collect_avatars(raw, config.inputs)  # archive profile media, the API's profile image, or generated

    tracker = Tracker(config.wandb, run_name=name, config={k: v for k, v in config.public().items()
                                                            if k not in ("output", "cache_dir", "inputs")})
    try:
        tracker.log_preprocess(raw, cleaned)
        profiles = [{"handle": a.handle, "platform": a.platform, "profile_url": a.profile_url,
                     "avatar_url": a.avatar_url} for a in raw]
        return _train_and_save(config, reporter, stop, tracker, name, cleaned, stats, avatars, profiles, on_validation)
    finally:
        tracker.finish()


def _train_and_save(config: TrainConfig, reporter: Reporter, stop: StopRequest, tracker: Any, name: str,
                    cleaned: list[Any], stats: dict[str, dict[str, Any]], avatars: Any = None,
                    profiles: list[dict[str, Any]] | None = None,
                    on_validation: Callable[[int, float, Any], None] | None = None) -> Result:
    import torch
    from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer

    from trainer.base_model import base_identity, resolve_base_model
    from trainer.dataset import build_training_data
    from trainer.lora import adapter_state, describe, lora_options, merged_model, prepare_method
    from trainer.model_card import CardData
    from trainer.output import write_model_folder
    from trainer.training import train
    from trainer.voices import METADATA_KEY, cues_for

    reporter.stage("tokenize", "tokenizing and packing the tweets")
    base_dir = resolve_base_model(config.base_model, config.cache_dir)
    base_name = public_base_model_name(config.base_model, base_dir)
    try:
        tokenizer = AutoTokenizer.from_pretrained(base_dir)
        model_config = AutoConfig.from_pretrained(base_dir)
    except Exception as exc:
        raise TrainerError(f"cannot load the tokenizer of base model '{base_name}' ({type(exc).__name__})") from None
    max_positions = getattr(model_config, "max_position_embeddings", None) or getattr(model_config, "n_positions", None)
    block_size = min(config.block_size, max_positions) if max_positions else config.block_size
    cues = cues_for([a.handle for a in cleaned]) if config.voice_cues else []
    data = build_training_data([(a.handle, a.texts) for a in cleaned], tokenizer, block_size=block_size,
                               epochs=config.epochs, seed=config.seed, balance=config.balance, cues=cues)
    s = data.stats
    reporter.stage("tokenize", f"{s.train_tweets} training tweets ({s.train_tokens} tokens), {s.val_tweets} validation "
                   f"tweets ({s.val_tokens} tokens); {sum(s.epoch_blocks)} blocks of {s.block_size} tokens, no padding")
    stop.check()

    reporter.stage("load_model", f"base model {base_name}")
    try:
        model = AutoModelForCausalLM.from_pretrained(base_dir, dtype=torch.float32)
    except Exception as exc:
        raise TrainerError(f"cannot load base model '{base_name}' as a causal LM ({type(exc).__name__})") from None
    identity = base_identity(config.base_model, base_dir, config.cache_dir)
    torch.manual_seed(config.seed)  # a LoRA adapter's initial weights: the same --seed, the same model
    model, method, why, learning_rate = prepare_method(model, config)
    method_text = describe(model, method, lora_options(config) if method == "lora" else None)
    reporter.stage("load_model", f"{method_text}: {why}")
    stop.check()

    settings = TrainSettings(epochs=config.epochs, batch_size=config.batch_size, learning_rate=learning_rate,
                             seed=config.seed, max_steps=config.max_steps, patience=config.patience,
                             evals_per_epoch=config.evals_per_epoch, keep_within=config.keep_within,
                             device=config.device, dtype=config.dtype, cache_dir=config.cache_dir)
    tracker.start_train({**asdict(settings), "block_size": s.block_size, "train_tokens": s.train_tokens,
                         "base_model": base_name})
    log_step = [0]

    def on_log(metrics: dict[str, float]) -> None:
        if "train/loss" in metrics:
            log_step[0] += 1
        tracker.log(metrics, step=log_step[0])

    with stop.deferred():  # from here a signal stops at the next step; the writer cleans up
        result = train(model, data, settings, reporter, stop, on_log if config.wandb else None, on_validation)
        fidelity = None
        if config.evaluate:
            from trainer.evaluation.report import evaluate_trained

            fidelity = evaluate_trained(model, tokenizer, cleaned, split_seed=config.seed, base_dir=base_dir,
                                        base_name=base_name, dtype=result.dtype, cache_dir=config.cache_dir,
                                        samples=config.eval_samples, reporter=reporter, stop=stop, cues=cues)

        reporter.stage("sample", f"{config.samples} samples for {config.prompt!r}")
        training_texts = [text for account in cleaned for text in account.texts]
        samples = generate_samples(model, tokenizer, config.prompt, config.samples, config.seed, training_texts,
                                   dtype=result.dtype, cues=cues)
        tracker.log_samples(config.prompt, samples)
        stop.check()

        handles = [a.handle for a in cleaned]
        display_names = [a.display_name for a in cleaned]
        output = Path(config.output) if config.output else Path("models") / name
        metadata = {
            "model_name": name,
            "handles": handles,
            "display_names": display_names,
            "accounts": profiles or [],  # per account: handle, platform, profile_url, avatar_url
            "stats": stats,
            METADATA_KEY: cues,  # the voice cues, in the order of handles ([] with --no-voice-cues)
            "base_model": base_name,
            "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "epochs": config.epochs,
            "epochs_run": round(result.epochs_run, 3),
            "kept_epochs": round(result.kept_epochs, 3),
            "learning_rate": learning_rate,
            "method": method,
            "form": "adapter" if method == "lora" and not config.merge else "merged" if method == "lora" else "full",
            "base_identity": identity,
            **({"lora": lora_options(config).as_dict()} if method == "lora" else {}),
            "batch_size": config.batch_size,
            "block_size": s.block_size,
            "train_loss": _finite(result.train_loss),
            "val_loss": _finite(result.val_loss),
            "perplexity": _finite(result.perplexity),
            "initial_val_loss": _finite(result.initial_val_loss),
            "train_tokens": s.train_tokens,
            "val_tokens": s.val_tokens,
            "tokens_trained": result.tokens_trained,
            "padding_fraction": s.padding_fraction,
            "stopped_early": result.stopped_early,
            "device": result.device,
            "dtype": result.dtype,
            "tokens_per_s": round(result.tokens_per_s, 1),
            "samples": samples,
            "prompt": config.prompt,
            "seed": config.seed,
            "fidelity": fidelity,
            "trainer_version": __version__,
            **(avatars.metadata() if avatars else {}),
        }
        card = CardData(
            model_name=name, handles=handles, display_names=display_names,
            platforms=[p["platform"] for p in profiles or []],
            profile_urls=[p["profile_url"] for p in profiles or []],
            stats=[stats[h] for h in handles], base_model=base_name, epochs=config.epochs,
            learning_rate=learning_rate, form=metadata["form"], train_loss=_finite(result.train_loss), val_loss=_finite(result.val_loss),
            perplexity=_finite(result.perplexity), samples=samples, prompt=config.prompt, repo_id=config.push_to_hub,
            train_tokens=s.epoch_tokens[0], fidelity=fidelity, voice_cues=cues, sources=sorted({SOURCE_LABELS.get(a.source, a.source) for a in cleaned if a.source}),
            extra={
                "method": method_text,
                "batch_size": f"{config.batch_size} blocks of {s.block_size} tokens (packed, no padding)",
                "schedule": "AdamW, linear warm-up, cosine decay, gradient clipping 1.0",
                "precision": f"{result.dtype} on {result.device}" + (" (fp32 master weights)" if result.dtype == "bfloat16" else ""),
                "epochs_run": f"{result.epochs_run:.2f}" + (" (stopped early: validation loss stopped improving)"
                                                            if result.stopped_early else "")
                              + f"; the weights kept are those after {result.kept_epochs:.2f} epochs"
                              + (f" (validation loss {result.val_loss:.3f}, within {config.keep_within:.0%} of the "
                                 f"lowest, {result.best_val_loss:.3f})" if result.val_loss > result.best_val_loss else
                                 " (the lowest validation loss)"),
                "validation": f"{s.val_tweets} held-out tweets (10% of each account)",
                **({"blend_balance": f"each account as many training {config.balance} per epoch"}
                   if len(cleaned) > 1 else {}),
            },
        )
        card.avatars = avatars.card_images() if avatars else []
        reporter.stage("save", "writing the model folder")
        if method == "lora" and config.merge:  # a standalone model: the adapter merged into a fresh fp32 base
            model = merged_model(base_dir, *adapter_state(model))
        write_model_folder(output, model, tokenizer, metadata=metadata, training_texts=training_texts,
                           card=card, public_base_model=base_name, stop=stop,
                           extra_files=avatars.files() if avatars else None)
    tracker.log_model(output, name)

    url = None
    if config.push_to_hub:
        from trainer.publish import push_to_hub

        reporter.stage("push", f"uploading to the Hugging Face Hub as {config.push_to_hub}")
        url = push_to_hub(output, config.push_to_hub, token=config.hf_token, private=config.private,
                          cache_dir=config.cache_dir)

    done = Result(model_name=name, stats=stats, model_dir=output, train_loss=_finite(result.train_loss),
                  val_loss=_finite(result.val_loss), perplexity=_finite(result.perplexity), samples=samples, url=url,
                  data=s.as_dict(), training=result, fidelity=fidelity)
    reporter.emit("done", model_name=name, model_dir=str(output), train_loss=done.train_loss, val_loss=done.val_loss,
                  perplexity=done.perplexity, samples=samples, stats=stats, url=url, fidelity=fidelity)
    return done
