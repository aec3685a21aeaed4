"""Every file the app writes, and every small file it reads, goes through this module.

Writes: a temp file ``.NAME.xxxxxxxx.tmp`` in the target folder is written, checked, flushed to
disk and renamed onto the target, so a crash or a full disk leaves either the old file or the
new one, never a partial file. A new file gets the permissions the umask allows (the kernel
applies it when the temp file is created); a replaced file keeps its own. A target that is a
symbolic link is refused, never written through and never replaced: the link may point at a
file the user did not name. Temp files of our pattern left by a killed process are removed at
the next start by :func:`clean_stale_temps`.

Reads: :func:`read_bounded` reads regular files only (never a folder, a named pipe or a
device) and at most a limit of bytes; :func:`parse_json` refuses integers of more than
:data:`MAX_INT_DIGITS` digits, ``NaN``/``Infinity`` and nesting deeper than
:data:`MAX_JSON_DEPTH`, so no input can crash, hang or exhaust memory.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import stat
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

MAX_INT_DIGITS = 30  # no number the app reads needs more; Python refuses str → int past 4,300
MAX_JSON_DEPTH = 64
MAX_SHOWN_CHARS = 60  # a bad value echoed in a message is cut to this many characters
STALE_TEMP_SECONDS = 300.0
TEMP_PATTERN = re.compile(r"^\.(?P<name>.+)\.[0-9a-z_]{8}\.tmp$")


class StorageError(ValueError):
    """A file cannot be read, parsed, validated or written; a one-line message names it."""


class ScenarioFileError(StorageError):
    """A scenario (or session) file is not acceptable input: missing, too large, invalid."""


class WriteError(StorageError):
    """A file could not be written; the previous file, if any, is unchanged."""


class ReadError(StorageError):
    """A file could not be read because of the system (permissions, an I/O error)."""


class BadFile(ValueError):
    """The file is not acceptable input (its kind, size or content); ``reason`` is one line."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def shown(value: object, limit: int = MAX_SHOWN_CHARS) -> str:
    """``repr`` of a value for a one-line message, cut to ``limit`` characters with "…"."""
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ----------------------------------------------------------------------------------- writes
def _temp_in(folder: Path, name: str) -> tuple[int, Path]:
    """Create ``.NAME.xxxxxxxx.tmp`` in ``folder`` (mode 0o666 less the umask, as open(2) does)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    flags |= getattr(os, "O_NOFOLLOW", 0)
    for _ in range(100):
        tmp = folder / f".{name}.{secrets.token_hex(4)}.tmp"
        try:
            return os.open(tmp, flags, 0o666), tmp
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temp name in {folder}")


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        if n <= 0:  # a short write that makes no progress: the disk is full
            raise OSError(28, "No space left on device")
        view = view[n:]


def _refuse_link(path: Path) -> os.stat_result | None:
    """The target's own status (``None`` if absent); a symbolic link is refused."""
    try:
        st = path.lstat()
    except (FileNotFoundError, NotADirectoryError):
        return None  # the folder check comes with creating the temp file
    except OSError as exc:
        raise _write_error(path, exc) from exc
    if stat.S_ISLNK(st.st_mode):
        raise WriteError(
            f"{path}: is a symbolic link; not written (save to the file it points to, or "
            "choose another name)"
        )
    if stat.S_ISDIR(st.st_mode):
        raise WriteError(f"{path}: is a folder; not written")
    return st


def _write_error(path: Path, exc: OSError) -> WriteError:
    hint = " (is it open in another program?)" if isinstance(exc, PermissionError) else ""
    return WriteError(
        f"{path}: cannot write ({exc.strerror or exc}){hint}; the previous file, if any, "
        "is unchanged"
    )


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[Path]:
    """Yield a temp path in the target folder; on success fsync and rename it onto ``path``.

    Writers that need a file name write to the yielded path. If anything fails, the temp file
    is removed and the previous ``path`` stays as it was.
    """
    old = _refuse_link(path)
    try:
        fd, tmp = _temp_in(path.parent, path.name)
        os.close(fd)
    except OSError as exc:
        raise _write_error(path, exc) from exc
    try:
        yield tmp
        fd = os.open(tmp, os.O_RDWR | getattr(os, "O_BINARY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        _finish(tmp, path, old)
    except OSError as exc:
        raise _write_error(path, exc) from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def _finish(tmp: Path, path: Path, old: os.stat_result | None) -> None:
    if old is not None:
        os.chmod(tmp, stat.S_IMODE(old.st_mode))  # keep the permissions of the file replaced
    os.replace(tmp, path)
    if hasattr(os, "O_DIRECTORY"):  # make the rename itself durable (POSIX)
        with contextlib.suppress(OSError):
            dfd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
            try:
                os.fsync(dfd)
            finally:
                os.close(dfd)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write bytes atomically: temp file in the same folder, every byte checked, fsync, rename."""
    old = _refuse_link(path)
    try:
        fd, tmp = _temp_in(path.parent, path.name)
    except OSError as exc:
        raise _write_error(path, exc) from exc
    try:
        try:
            _write_all(fd, data)
            os.fsync(fd)
            if os.fstat(fd).st_size != len(data):
                raise OSError(28, "No space left on device")
        finally:
            os.close(fd)
        _finish(tmp, path, old)
    except OSError as exc:
        raise _write_error(path, exc) from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def atomic_write_text(path: Path, text: str) -> None:
    """Write UTF-8 text atomically; no partial file ever replaces ``path``."""
    atomic_write_bytes(path, text.encode("utf-8"))


def clean_stale_temps(folder: Path, max_age_s: float = STALE_TEMP_SECONDS) -> list[Path]:
    """Remove our own temp files (``.NAME.xxxxxxxx.tmp``) older than ``max_age_s`` in ``folder``.

    Called at start by the command line and the window for the folders they write to. Only
    regular files of our pattern, owned by this user and not changed for a few minutes (another
    instance may be writing one right now) are removed; nothing else is touched. Returns the
    files removed.
    """
    removed: list[Path] = []
    now = time.time()
    uid = getattr(os, "getuid", lambda: None)()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not TEMP_PATTERN.match(entry.name):
            continue
        try:
            st = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if not stat.S_ISREG(st.st_mode) or now - st.st_mtime < max_age_s:
            continue
        if uid is not None and st.st_uid != uid:
            continue
        with contextlib.suppress(OSError):
            os.unlink(entry.path)
            removed.append(Path(entry.path))
    return removed


# ------------------------------------------------------------------------------------ reads
def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


def read_bounded(path: Path, limit: int) -> bytes:
    """The bytes of the regular file ``path``, at most ``limit`` of them.

    Raises :class:`BadFile` (missing, a folder, a pipe or device, larger than ``limit``) or
    :class:`OSError` (the system refused the read). Never blocks on a pipe: the file's kind is
    checked before and after opening it without blocking, and at most ``limit + 1`` bytes are
    read whatever the file claims its size to be.
    """
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise BadFile("no such file") from None
    except NotADirectoryError:
        raise BadFile("no such file (a part of the path is not a folder)") from None
    if not stat.S_ISREG(st.st_mode):
        raise BadFile(f"is {_kind(st.st_mode)}, not a file")
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        st = os.fstat(fd)  # the file opened may not be the one checked (a swap in between)
        if not stat.S_ISREG(st.st_mode):
            raise BadFile(f"is {_kind(st.st_mode)}, not a file")
        if st.st_size > limit:
            raise BadFile(f"larger than {_size(limit)}")
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:
            raise BadFile(f"larger than {_size(limit)}")
        return b"".join(chunks)
    finally:
        os.close(fd)


def _size(n: int) -> str:
    if n >= 1_000_000:
        return f"{n / 1_000_000:g} MB"
    return f"{n / 1000:g} KB" if n >= 1000 else f"{n} bytes"


def _bounded_int(text: str) -> int:
    if len(text) - text.startswith("-") > MAX_INT_DIGITS:
        raise BadFile(
            f"a whole number with {len(text.lstrip('-'))} digits; at most {MAX_INT_DIGITS}"
        )
    return int(text)


def _bounded_float(text: str) -> float:
    if len(text) > 4 * MAX_INT_DIGITS:
        raise BadFile(f"a number written with {len(text)} characters; not a real value")
    return float(text)


def _no_constant(text: str) -> Any:
    raise BadFile(f"{text} is not a JSON number")


def parse_json(data: bytes | str) -> Any:
    """Parse JSON with limits; raise :class:`BadFile` with a one-line reason.

    UTF-8 (a byte-order mark is allowed: Notepad writes one). Whole numbers of more than
    :data:`MAX_INT_DIGITS` digits, ``NaN``/``Infinity`` and nesting deeper than
    :data:`MAX_JSON_DEPTH` are refused; the line number of a syntax error is the line in the
    file itself.
    """
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise BadFile(f"not UTF-8 text (byte {exc.start})") from None
    else:
        text = data
    text = text.removeprefix("\ufeff")
    try:
        doc = json.loads(
            text,
            parse_int=_bounded_int,
            parse_float=_bounded_float,
            parse_constant=_no_constant,
        )
    except json.JSONDecodeError as exc:
        raise BadFile(
            f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    except RecursionError:
        raise BadFile(f"nested too deeply (more than {MAX_JSON_DEPTH} levels)") from None
    if _depth(doc) > MAX_JSON_DEPTH:
        raise BadFile(f"nested too deeply (more than {MAX_JSON_DEPTH} levels)")
    return doc


def _depth(doc: Any) -> int:
    """The nesting depth of a parsed JSON value, without recursion."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(doc, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict):
            value = list(value.values())
        if isinstance(value, list):
            deepest = max(deepest, depth)
            if depth > MAX_JSON_DEPTH:
                return depth
            stack.extend((v, depth + 1) for v in value)
    return deepest


def read_json(path: Path, limit: int) -> Any:
    """Read and parse a small JSON file; :class:`BadFile` or :class:`OSError` on failure."""
    return parse_json(read_bounded(path, limit))
