"""Atomic writes: every file the app writes goes through :func:`atomic_output`.

A temp file in the target folder is written, flushed to disk and renamed onto the target, so a
crash or a full disk leaves either the old file or the new one, never a partial file.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path


class ScenarioFileError(ValueError):
    """A scenario file cannot be read, parsed, validated or written."""


class WriteError(ScenarioFileError):
    """A file could not be written; the previous file, if any, is unchanged."""


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[Path]:
    """Yield a temp path in the target folder; on success fsync and rename it onto ``path``.

    Writers that need a file name (spreadsheets, PDF) write to the yielded path. If anything
    fails, the temp file is removed and the previous ``path`` stays as it was.
    """
    folder = path.parent
    try:
        mode = stat.S_IMODE(path.stat().st_mode) if path.is_file() else 0o644
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        os.close(fd)
    except OSError as exc:
        raise WriteError(f"{path}: cannot write ({exc.strerror or exc})") from exc
    tmp = Path(tmp_name)
    try:
        yield tmp
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)  # keep the permissions of the file being replaced
        os.replace(tmp, path)
    except OSError as exc:
        hint = " (is it open in another program?)" if isinstance(exc, PermissionError) else ""
        raise WriteError(
            f"{path}: cannot write ({exc.strerror or exc}){hint}; the previous "
            "file, if any, is unchanged"
        ) from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write bytes atomically (temp file in the same folder, fsync, rename)."""
    with atomic_output(path) as tmp:
        tmp.write_bytes(data)


def atomic_write_text(path: Path, text: str) -> None:
    """Write UTF-8 text atomically; no partial file ever replaces ``path``."""
    atomic_write_bytes(path, text.encode("utf-8"))
