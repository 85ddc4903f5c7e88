"""Wiring: the store, the training queue, the generator and speaker, the command core, the scheduler and the
frontends, built in one function (``build_services``).

``run_bot(settings)`` serves every chat frontend whose token is set (Discord, Telegram; both in one process)
until SIGINT or SIGTERM; ``run_bot(settings, console=True)`` serves the terminal instead.

Start-up: the data directory is made absolute and checked, and its lock taken (one bot per data directory,
``bot/datadir.py``); then the store and the queue start, then the newest model in the registry (the one
``/say`` most likely asks for first) is loaded into the generator, then the frontends start answering (and
the chats whose jobs a crash interrupted are told they train again), and last the scheduler (so a post that
fell due while the bot was down goes out through a running frontend). What stops start-up (a damaged
database, a full disk, a data path that is a file, another bot on the same data directory) is a
``StartupError``: one line, which ``python -m bot`` prints before it exits with status 2.

Shutdown (SIGINT/SIGTERM, or the end of console input): frontends stop first (no new commands), then the
scheduler, then the queue stops its running trainers with SIGTERM (the trainer removes its unfinished
output) and puts their jobs back in the queue without counting the attempt, so the next start trains them
again from the beginning. A crash (``kill -9``) takes the trainers down too (they die with the bot) and the
next start retries each interrupted job once.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Protocol

from bot.core.access import AccessPolicy
from bot.core.command_core import CommandCore
from bot.core.responses import Frontend, Frontends
from bot.datadir import DataDirLock, StartupError, prepare, startup_problem
from bot.frontends.console import ConsoleFrontend
from bot.frontends.discord.frontend import DiscordFrontend
from bot.frontends.telegram.frontend import TelegramFrontend
from bot.generation.generator import Generator
from bot.generation.speaker import Speaker
from bot.logging_setup import configure_logging, kv, secret_value, settings_redactor
from bot.scheduling.service import ScheduleService
from bot.settings import Settings
from bot.store import Store, StoreError
from bot.training.backend import TrainerBackend
from bot.training.queue import JobQueue
from bot.training.trainer_process import LocalTrainer
from trainer.errors import one_line

log = logging.getLogger("bot.app")


class ChatFrontend(Frontend, Protocol):
    async def start(self) -> None: ...

    async def stop(self) -> None: ...


# each chat platform: its frontend, built with the core and the settings, started when its token is set
CHAT_FRONTENDS: dict[str, type[DiscordFrontend] | type[TelegramFrontend]] = {
    "discord": DiscordFrontend,
    "telegram": TelegramFrontend,
}


@dataclass
class Services:
    """Everything the bot runs, built by ``build_services``; frontends are attached once they have started."""

    settings: Settings
    store: Store
    queue: JobQueue
    generator: Generator
    speaker: Speaker
    frontends: Frontends
    core: CommandCore
    scheduler: ScheduleService | None = None
    running: list[ChatFrontend] = field(default_factory=list)
    lock: DataDirLock | None = None

    async def start(self) -> None:
        """Start the training queue (frontends and the scheduler follow, see the module docstring)."""
        try:
            await self.queue.start()
        except (OSError, sqlite3.DatabaseError) as error:
            raise StartupError(startup_problem(error, self.settings.data_dir)) from None

    async def announce_restarts(self) -> None:
        """Tell the chats whose jobs a crash interrupted (once their frontends are attached)."""
        await self.core.training.announce_restarts(self.queue.recovered)

    async def preload_chat_model(self) -> str | None:
        """Load the newest registered model into the generator now, before frontends answer; its name or None.

        Spares the first ``/say`` a one-time ~190 ms stall (the first tokenizer parse holds the GIL). The base
        model is never loaded (``/say`` does not use it). No model: nothing to do. A failure is logged and
        start-up goes on (the first ``/say`` then loads the model, or reports why it cannot).
        """
        models = self.store.models()
        if not models:
            return None
        newest = min(models, key=lambda model: model.age_s())
        started = time.perf_counter()
        try:
            await self.generator.preload(Path(newest.folder))
        except Exception as error:
            log.warning(kv("generator.preload_failed", model=newest.name, error=one_line(error)))
            return None
        log.info(kv("generator.preloaded", model=newest.name, ms=round((time.perf_counter() - started) * 1000)))
        return newest.name

    def attach(self, frontend: ChatFrontend) -> None:
        """A started frontend: reachable for posts without a command (results, scheduled posts), stopped at close."""
        self.frontends.add(frontend)
        self.running.append(frontend)

    async def start_scheduler(self) -> None:
        """Start firing scheduled posts (after the frontends are attached)."""
        if self.scheduler is not None:
            await self.scheduler.start()

    async def close(self) -> None:
        for frontend in reversed(self.running):
            try:
                await frontend.stop()
            except Exception:
                log.exception(kv("frontend.stop_failed", platform=frontend.platform))
            self.frontends.remove(frontend.platform)
        self.running.clear()
        if self.scheduler is not None:
            await self.scheduler.shutdown()
        await self.core.publishing.close()
        await self.queue.stop()
        await self.generator.close()
        self.store.close()
        if self.lock is not None:
            self.lock.release()


def trainer_backend(settings: Settings) -> TrainerBackend:
    """What runs the trainings: a Ray cluster when ``MIMICBIRD_RAY_ADDRESS`` is set (Ray is imported only
    then), else ``python -m trainer`` subprocesses on this machine."""
    if settings.ray_address:
        from bot.training.ray_backend import RayBackend

        return RayBackend(settings, redactor=settings_redactor(settings))
    return LocalTrainer(settings, redactor=settings_redactor(settings))


def build_services(settings: Settings) -> Services:
    """Create (not start) everything; the scheduler only when ``settings.scheduling`` is on.

    Takes the data directory's lock first; ``StartupError`` when the data directory, its lock or its
    database cannot be used.
    """
    data_dir = prepare(settings.data_dir)
    if data_dir != settings.data_dir:
        settings = settings.model_copy(update={"data_dir": data_dir})
    lock = DataDirLock(data_dir)
    lock.acquire()
    try:
        store = Store(settings.db_path, data_dir=data_dir)
    except (StoreError, sqlite3.DatabaseError, OSError) as error:
        lock.release()
        if isinstance(error, StoreError):
            raise StartupError(str(error)) from None
        raise StartupError(startup_problem(error, settings.db_path)) from None
    access = AccessPolicy(settings)
    queue = JobQueue(settings, store, backend=trainer_backend(settings), is_opted_out=access.is_opted_out)
    generator = Generator(capacity=settings.model_cache_size, batch_window_ms=settings.batch_window_ms,
                          max_adapters=settings.adapter_cache_size, adapter_memory_mb=settings.adapter_cache_mb,
                          cache_dir=settings.cache_dir, voice_guidance=settings.voice_guidance)
    speaker = Speaker(generator, settings)
    frontends = Frontends()
    scheduler = ScheduleService(settings, store, speaker, frontends, access=access) if settings.scheduling else None
    core = CommandCore(settings, store, queue, speaker, access=access, schedules=scheduler, frontends=frontends)
    return Services(settings, store, queue, generator, speaker, frontends, core, scheduler, lock=lock)


def configured_platforms(settings: Settings) -> list[str]:
    """The chat platforms whose token is set."""
    tokens = {"discord": settings.discord_token, "telegram": settings.telegram_token}
    return [platform for platform in CHAT_FRONTENDS if secret_value(tokens[platform]) is not None]


async def run_bot(settings: Settings, *, console: bool = False, demo: bool = False,
                  stdin: IO[str] | None = None) -> int:
    """Run the bot until SIGINT/SIGTERM (or, for the console, the end of input). Returns an exit code.

    Logging goes through one redacting handler on the root logger (to stderr; for the console, to
    ``<data_dir>/mimicbird.log``), installed here and removed again when ``run_bot`` returns.
    """
    root = logging.getLogger()
    root_handlers, root_level = list(root.handlers), root.level
    if console:
        log_path = prepare(settings.data_dir) / "mimicbird.log"
        try:
            log_file = log_path.open("a", encoding="utf-8")
        except OSError as error:
            raise StartupError(startup_problem(error, log_path)) from None
        log_handler = configure_logging(settings, stream=log_file)
    else:
        log_file = None
        log_handler = configure_logging(settings)
    try:
        return await _serve(settings, console=console, demo=demo, stdin=stdin)
    finally:  # leave the root logger as it was: our handler out, any handler it replaced back, the old level
        root.removeHandler(log_handler)
        for handler in root_handlers:
            if handler not in root.handlers:
                root.addHandler(handler)
        root.setLevel(root_level)
        if log_file is not None:
            with contextlib.suppress(OSError):  # a full disk: the last lines are lost, not the exit status
                log_file.close()


async def _serve(settings: Settings, *, console: bool, demo: bool, stdin: IO[str] | None) -> int:
    try:
        services = build_services(settings)
    except StartupError as error:
        if console:  # the log is a file; python -m bot prints the line on stderr (where a server's log goes)
            log.error(kv("bot.cannot_start", reason=str(error)))
        raise
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    handled: list[signal.Signals] = []
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(signum, stop.set)
            handled.append(signum)
    code = 0
    try:
        await services.start()
        await services.preload_chat_model()
        if console:
            frontend = ConsoleFrontend(services.core, services.settings, stdin=stdin)
            services.attach(frontend)
            await services.announce_restarts()
            await services.start_scheduler()
            work = asyncio.create_task(frontend.run_demo() if demo else frontend.run())
            stopper = asyncio.create_task(stop.wait())
            await asyncio.wait({work, stopper}, return_when=asyncio.FIRST_COMPLETED)
            stopper.cancel()
            if work.done():
                code = work.result()
            else:
                work.cancel()
                code = 130
                frontend.console.print("\n[yellow]Stopping; unfinished training resumes at the next start.[/yellow]")
        else:
            started = await _start_chat_frontends(services)
            if not started:
                log.error(kv("bot.no_frontend"))
                code = 2
                return code
            await services.announce_restarts()
            await services.start_scheduler()
            log.info(kv("bot.ready", frontends=",".join(f.platform for f in services.running)))
            await stop.wait()
            log.info(kv("bot.stopping"))
    finally:
        for signum in handled:
            loop.remove_signal_handler(signum)
        await services.close()
        log.info(kv("bot.stopped", code=code))
    return code


async def _start_chat_frontends(services: Services) -> int:
    started = 0
    for platform in configured_platforms(services.settings):
        frontend = CHAT_FRONTENDS[platform](services.core, services.settings)
        try:
            await frontend.start()
        except Exception as error:
            # the frontends' start errors name no secret (and the log handler redacts every token anyway)
            log.error(kv("frontend.start_failed", platform=platform, error=one_line(error)))
            log.debug("frontend start failure", exc_info=True)
            continue
        services.attach(frontend)
        log.info(kv("frontend.started", platform=platform))
        started += 1
    return started


__all__ = ["Services", "build_services", "configured_platforms", "run_bot"]
