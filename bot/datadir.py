"""The data directory at start-up: usable, and used by one bot at a time.

* ``prepare(data_dir)`` makes the folder if it is missing and checks that it is a writable directory.
* ``DataDirLock`` holds an OS file lock (``fcntl.flock``) on ``<data_dir>/mimicbird.lock`` for the life of the
  process. The kernel releases it when the process ends, however it ends (``kill -9`` included), so there is
  never a stale lock to clean up. The holder writes its pid into the file, for information only: whether the
  lock is held is what the kernel says, never what the file says. The file descriptor is not inherited by
  child processes (Python opens files non-inheritable), so a trainer never keeps the lock alive.
* ``StartupError`` is one line saying what is wrong and where; ``python -m bot`` prints it and exits with
  status 2. ``startup_problem`` turns the errors start-up can meet (a damaged database, a full disk, a data
  path that is a file, no permission) into such a line.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import sqlite3
from pathlib import Path

LOCK_NAME = "mimicbird.lock"


class StartupError(Exception):
    """The bot cannot start; ``str()`` is one line for the operator (what is wrong, and where)."""


class DataDirBusy(StartupError):
    """Another process holds the data directory's lock."""


def prepare(data_dir: Path) -> Path:
    """Create ``data_dir`` if needed and check it is a writable directory; its absolute path."""
    path = data_dir.expanduser().resolve()
    if path.exists() and not path.is_dir():
        raise StartupError(f"the data directory {path} is a file, not a directory: remove it or set "
                           "MIMICBIRD_DATA_DIR to a folder")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StartupError(startup_problem(error, path)) from None
    if not os.access(path, os.W_OK | os.X_OK):
        raise StartupError(f"the data directory {path} is not writable by this user")
    return path


class DataDirLock:
    """The one-bot-per-data-directory lock; ``acquire()`` raises ``DataDirBusy`` when another bot holds it."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_NAME
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        except OSError as error:
            raise StartupError(startup_problem(error, self.path)) from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as error:
            os.close(fd)
            if error.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                raise StartupError(startup_problem(error, self.path)) from None
            holder = self.holder()
            who = f", held by pid {holder}" if holder else ""
            raise DataDirBusy(f"another bot runs on this data directory (lock file {self.path}{who}); "
                              "stop it first, or give this one another MIMICBIRD_DATA_DIR") from None
        try:
            _write_pid(fd)
        except OSError as error:
            os.close(fd)
            raise StartupError(startup_problem(error, self.path)) from None
        self._fd = fd

    def holder(self) -> int | None:
        """The pid the lock file names (None when unreadable)."""
        with contextlib.suppress(OSError, ValueError):
            text = self.path.read_text(encoding="ascii", errors="replace").strip()[:20]
            return int(text) if text else None
        return None

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
        os.close(fd)  # closing the last descriptor releases the flock


def _write_pid(fd: int) -> None:
    """The holder's pid, for people reading the lock file; the kernel's lock is what counts."""
    os.ftruncate(fd, 0)
    os.write(fd, f"{os.getpid()}\n".encode())


def to_stored(path: str | Path, data_dir: Path, cwd: Path | None = None) -> str:
    """How the store keeps a path: relative to ``data_dir`` when inside it (``models/lena``), else absolute.

    A relative ``path`` is taken relative to ``cwd`` (default: the working directory), as a path that an
    older bot stored was meant.
    """
    given = Path(path)
    full = (given if given.is_absolute() else (cwd or Path.cwd()) / given).resolve()
    try:
        return full.relative_to(data_dir.resolve()).as_posix()
    except ValueError:
        return str(path) if given.is_absolute() else str(full)


def from_stored(text: str, data_dir: Path) -> Path:
    """The absolute path a stored path means (``models/lena`` -> ``<data_dir>/models/lena``)."""
    path = Path(text)
    return path if path.is_absolute() else data_dir / path


def startup_problem(error: BaseException, where: Path) -> str:
    """One line for an error met while opening the data directory, its lock, database or log."""
    if isinstance(error, StartupError):
        return str(error)
    if isinstance(error, sqlite3.DatabaseError):
        message = str(error).strip() or type(error).__name__
        if "full" in message:
            return f"no space left on the disk of {where} (SQLite: {message}); free some space and start again"
        if "not a database" in message or "malformed" in message or "corrupt" in message:
            return (f"the database {where} is damaged or not a SQLite database ({message}): restore a backup, "
                    "or move it away to start with an empty one")
        return f"the database {where} cannot be used: {message}"
    if isinstance(error, OSError):
        if error.errno == errno.ENOSPC:
            return f"no space left on the disk of {where}; free some space and start again"
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return f"no permission to write in {where} ({os.strerror(error.errno)})"
        if error.errno in (errno.ENOTDIR, errno.EEXIST):
            return f"a part of {where} is a file where a directory should be"
        reason = os.strerror(error.errno) if error.errno else (str(error) or type(error).__name__)
        return f"cannot use {where}: {reason}"
    return f"cannot use {where}: {type(error).__name__}"


__all__ = ["LOCK_NAME", "DataDirBusy", "DataDirLock", "StartupError", "from_stored", "prepare", "startup_problem",
           "to_stored"]
