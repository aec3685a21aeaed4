"""Autosave of the working state, one session file per running window, and crash recovery.

Each running instance holds a :class:`SessionLock`: an operating-system lock on
``session-ID.lock`` (``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows) that the system
releases when the process ends, however it ends. The instance autosaves to
``session-ID.session.json``. At start, :func:`orphaned_sessions` offers every session whose lock
nobody holds any more (a crashed or killed instance), never a live one. A damaged session file
is set aside (renamed with a timestamp) and reported, never read again and never fatal.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import sys
import time
import weakref
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from calculator.core.models import Scenario, describe_validation_error
from calculator.storage.atomic import (
    BadFile,
    ReadError,
    ScenarioFileError,
    atomic_write_text,
    parse_json,
    read_bounded,
)

SESSION_SCHEMA = "calculator.session/1"
AUTOSAVE_NAME = "autosave.session.json"  # the one shared file of earlier versions
SESSION_PREFIX = "session-"
SESSION_SUFFIX = ".session.json"
LOCK_SUFFIX = ".lock"
MAX_SESSION_BYTES = 20_000_000


def user_data_dir() -> Path:
    """Per-user folder for autosave and recent files (``BUDGET_CALCULATOR_DATA_DIR`` overrides)."""
    override = os.environ.get("BUDGET_CALCULATOR_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir("budget-calculator", appauthor=False))


# ------------------------------------------------------------------------------------ locks
def _try_lock(path: Path) -> int | None:
    """Open and lock ``path`` without waiting; its descriptor, or ``None`` if someone holds it.

    The system drops the lock when the descriptor is closed or the process ends, however it
    ends: a lock nobody holds means its instance is gone.
    """
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
    except OSError:
        return None
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return None
    return fd


def _close_quietly(fd: int) -> None:
    with contextlib.suppress(OSError):
        os.close(fd)


def _unlink_quietly(*paths: Path) -> None:
    for p in paths:
        with contextlib.suppress(OSError):
            p.unlink()


class SessionLock:
    """A running instance's claim on its own session file, held until :meth:`release`.

    Parameters
    ----------
    folder
        The autosave folder (created if needed).
    """

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        for _ in range(100):
            session_id = f"{os.getpid()}-{secrets.token_hex(3)}"
            lock = folder / f"{SESSION_PREFIX}{session_id}{LOCK_SUFFIX}"
            if lock.exists():
                continue
            fd = _try_lock(lock)
            if fd is not None:
                break
        else:
            raise OSError(f"{folder}: cannot create a session lock")
        self.session_id = session_id
        self.lock_path = lock
        self._fd: int | None = fd
        # A window dropped without a clean close still lets go of its lock (not of its file).
        self._finalizer = weakref.finalize(self, _close_quietly, fd)

    @property
    def session_path(self) -> Path:
        """The file this instance autosaves to."""
        return self.folder / f"{SESSION_PREFIX}{self.session_id}{SESSION_SUFFIX}"

    def release(self, *, remove_session: bool = True) -> None:
        """End the session: remove its file (a clean exit leaves nothing to recover) and lock."""
        if self._fd is None:
            return
        if remove_session:
            _unlink_quietly(self.session_path)
        _unlink_quietly(self.lock_path)
        self._finalizer.detach()
        _close_quietly(self._fd)
        self._fd = None


# ------------------------------------------------------------------------- session files
def write_autosave(
    folder: Path,
    scenarios: list[Scenario],
    pinned: list[Scenario],
    current: int = 0,
    *,
    clean_exit: bool = False,
    dataset_id: str = "",
    session_id: str = "",
) -> Path:
    """Save the working state (open and pinned scenarios) atomically; return the file.

    With ``session_id`` the file is that instance's ``session-ID.session.json``; without, the
    single ``autosave.session.json`` of earlier versions.
    """
    folder.mkdir(parents=True, exist_ok=True)
    doc = {
        "schema": SESSION_SCHEMA,
        "clean_exit": clean_exit,
        "dataset_id": dataset_id,
        "current": current,
        "saved_at": time.time(),
        "scenarios": [s.model_dump(mode="json") for s in scenarios],
        "pinned": [s.model_dump(mode="json") for s in pinned],
    }
    name = f"{SESSION_PREFIX}{session_id}{SESSION_SUFFIX}" if session_id else AUTOSAVE_NAME
    path = folder / name
    atomic_write_text(path, json.dumps(doc, indent=1, ensure_ascii=False) + "\n")
    return path


class Session:
    """A working state read back from an autosave file."""

    def __init__(
        self,
        scenarios: list[Scenario],
        pinned: list[Scenario],
        current: int,
        clean_exit: bool,
        dataset_id: str,
        path: Path | None = None,
        saved_at: float = 0.0,
    ) -> None:
        self.scenarios = scenarios
        self.pinned = pinned
        self.current = current
        self.clean_exit = clean_exit
        self.dataset_id = dataset_id
        self.path = path
        self.saved_at = saved_at


def _scenarios(doc: dict[str, Any], key: str, source: str) -> list[Scenario]:
    items = doc.get(key, [])
    if not isinstance(items, list):
        raise ScenarioFileError(f"{source}: field '{key}' must be a list")
    out = []
    for i, item in enumerate(items):
        try:
            out.append(Scenario.model_validate_json(json.dumps(item), strict=True))
        except ValidationError as exc:
            raise ScenarioFileError(
                f"{source}: {key}.{i}.{describe_validation_error(exc)}"
            ) from None
    return out


def parse_session(data: bytes | str, source: str = "session") -> Session:
    """Parse an autosave file's content; :class:`ScenarioFileError` names ``source`` and field."""
    try:
        doc = parse_json(data)
    except BadFile as exc:
        raise ScenarioFileError(f"{source}: {exc.reason}; not a session file") from None
    if not isinstance(doc, dict) or doc.get("schema") != SESSION_SCHEMA:
        raise ScenarioFileError(f"{source}: field 'schema' is not '{SESSION_SCHEMA}'")
    scenarios = _scenarios(doc, "scenarios", source)
    pinned = _scenarios(doc, "pinned", source)
    current = doc.get("current", 0)
    if not isinstance(current, int) or not 0 <= current < max(len(scenarios), 1):
        current = 0
    saved_at = doc.get("saved_at", 0.0)
    return Session(
        scenarios,
        pinned,
        current,
        doc.get("clean_exit", False) is True,
        str(doc.get("dataset_id", ""))[:200],
        saved_at=float(saved_at) if isinstance(saved_at, int | float) else 0.0,
    )


def read_autosave(where: Path) -> Session | None:
    """The working state in an autosave file, or ``None`` if there is none.

    ``where`` is a session file or a folder (its ``autosave.session.json``). A damaged file
    raises :class:`ScenarioFileError` naming it (see :func:`set_aside`).
    """
    path = where / AUTOSAVE_NAME if where.is_dir() else where
    try:
        data = read_bounded(path, MAX_SESSION_BYTES)
    except BadFile as exc:
        if not path.exists() and not path.is_symlink():
            return None
        raise ScenarioFileError(f"{path}: {exc.reason}") from None
    except OSError as exc:
        raise ReadError(f"{path}: cannot read ({exc.strerror or exc})") from None
    session = parse_session(data, str(path))
    session.path = path
    return session


def set_aside(path: Path) -> Path:
    """Rename a damaged autosave to ``NAME.damaged-YYYYMMDD-HHMMSS[-N]`` so it is kept, not read."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    for n in range(1000):
        target = path.with_name(f"{path.name}.damaged-{stamp}{f'-{n}' if n else ''}")
        if not target.exists():
            break
    os.replace(path, target)
    return target


def session_files(folder: Path) -> list[Path]:
    """Every autosave file in ``folder``: the shared one of earlier versions and per-session ones."""
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return []
    return [
        folder / n
        for n in names
        if n == AUTOSAVE_NAME or (n.startswith(SESSION_PREFIX) and n.endswith(SESSION_SUFFIX))
    ]


def _lock_of(path: Path) -> Path | None:
    if path.name == AUTOSAVE_NAME:
        return None
    return path.with_name(path.name.removesuffix(SESSION_SUFFIX) + LOCK_SUFFIX)


@dataclass
class Recovery:
    """What a start finds in the autosave folder: orphaned sessions and damaged files set aside.

    The orphans' locks are held until :meth:`discard` or :meth:`release`, so that two windows
    starting at once never both offer the same session.
    """

    sessions: list[Session] = field(default_factory=list)
    set_aside: list[tuple[Path, str]] = field(default_factory=list)  # (new name, reason)
    _locks: list[tuple[Path, int]] = field(default_factory=list)

    def discard(self, sessions: list[Session] | None = None) -> None:
        """Remove these orphaned sessions' files (recovered or declined; default all of them)."""
        for s in self.sessions if sessions is None else sessions:
            if s.path is not None:
                _unlink_quietly(s.path)

    def release(self) -> None:
        """Let go of the orphans' locks; sessions not discarded are offered again next time."""
        for lock, fd in self._locks:
            _unlink_quietly(lock)  # recreated by whoever looks next; the session file decides
            _close_quietly(fd)
        self._locks.clear()


def orphaned_sessions(folder: Path) -> Recovery:
    """Sessions left by instances that ended without a clean exit, newest first.

    A session whose lock a running instance holds is skipped. A damaged file is set aside and
    listed in :attr:`Recovery.set_aside`; a clean or empty session is removed.
    """
    found = Recovery()
    for path in session_files(folder):
        lock = _lock_of(path)
        if lock is not None:
            fd = _try_lock(lock)
            if fd is None:
                continue  # a running instance's own session
            found._locks.append((lock, fd))
        try:
            session = read_autosave(path)
        except ScenarioFileError as exc:
            with contextlib.suppress(OSError):
                found.set_aside.append((set_aside(path), str(exc)))
            continue
        if session is None:
            continue
        if session.clean_exit or not session.scenarios:
            if lock is not None:
                _unlink_quietly(path)
            continue
        found.sessions.append(session)
    found.sessions.sort(key=lambda s: s.saved_at, reverse=True)
    return found


def needs_recovery(folder: Path) -> Session | None:
    """The newest orphaned session (see :func:`orphaned_sessions`), or ``None``."""
    found = orphaned_sessions(folder)
    found.release()
    return found.sessions[0] if found.sessions else None
