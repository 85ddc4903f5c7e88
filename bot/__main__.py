"""``python -m bot`` / ``mimicbird``: serve the chat frontends, or ``console [--demo]`` in a terminal.

Exit status: 0 done, 2 cannot start (invalid settings, no platform, or a ``StartupError``: a damaged
database, a full disk, a data path that is a file, another bot on the same data directory; one line on
stderr, no traceback), 130 interrupted.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from pathlib import Path

from pydantic import ValidationError

from bot.settings import Settings

DESCRIPTION = """\
mimicbird: make a chat bot of anyone who tweets.

  mimicbird                 serve Discord and/or Telegram (whichever token is set in .env)
  mimicbird console         type the same commands in this terminal (no tokens needed)
  mimicbird console --demo  train on a bundled sample account and let it speak, then exit

Settings come from the environment and .env (see .env.example)."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mimicbird", description=DESCRIPTION,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", type=Path, help="where the database, models and uploads live "
                        "(default: MIMICBIRD_DATA_DIR or ./data)")
    parser.add_argument("--base-model", help="the base model to fine-tune (default: MIMICBIRD_BASE_MODEL or "
                        "the embedded SmolLM2-135M)")
    sub = parser.add_subparsers(dest="mode", metavar="{serve,console}")
    sub.add_parser("serve", help="serve every chat frontend whose token is set (the default)")
    console = sub.add_parser("console", help="a terminal frontend on the same core")
    console.add_argument("--demo", action="store_true",
                         help="train on the sample account @mb_lena_bakes, /say a few prompts, exit")
    return parser


def load_settings(args: argparse.Namespace) -> Settings:
    settings = Settings()
    updates = {}
    if args.data_dir is not None:
        updates["data_dir"] = args.data_dir.expanduser().resolve()  # model_copy does not run the validators
    if args.base_model:
        updates["base_model"] = args.base_model
    return settings.model_copy(update=updates) if updates else settings


def main(argv: list[str] | None = None) -> int:
    logging.raiseExceptions = False  # a log write that fails (a full disk) must not print a traceback
    args = build_parser().parse_args(argv)
    try:
        settings = load_settings(args)
    except ValidationError as error:
        problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'setting'}: {e['msg']}" for e in error.errors())
        print(f"mimicbird: invalid configuration ({problems}); see .env.example", file=sys.stderr)
        return 2
    console = args.mode == "console"
    if not console:
        from bot.app import configured_platforms

        if not configured_platforms(settings):
            print("mimicbird: no chat platform is configured (set DISCORD_TOKEN or TELEGRAM_TOKEN in .env; "
                  "see .env.example).\nTo try it in this terminal without any token: python -m bot console "
                  "(or: python -m bot console --demo)", file=sys.stderr)
            return 2
    from bot.app import run_bot
    from bot.datadir import StartupError

    try:
        return asyncio.run(run_bot(settings, console=console, demo=console and args.demo))
    except StartupError as error:
        print(f"mimicbird: cannot start: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
