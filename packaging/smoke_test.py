"""Smoke test of the frozen app: it starts, draws, exports and projects, and says nothing on stderr.

Usage: ``python packaging/smoke_test.py [dist/budget-calculator/budget-calculator]``.

Each command runs offscreen from an empty folder, with a throw-away home (so no user settings,
autosave or caches are read or written) and no ``BUDGET_CALCULATOR_*`` overrides, so only the
bundle's own files are used. A non-zero exit, a missing or malformed output, or any line on stderr
fails the test; the one exception is Qt's offscreen plugin saying it cannot resize windows (the
same line the test suite ignores in ``qt_log_ignore``; a real display never prints it).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_EXE = ROOT / "dist" / "budget-calculator" / "budget-calculator"
OFFSCREEN_ONLY_NOISE = {"This plugin does not support propagateSizeHints()"}
TIMEOUT_S = 120


class SmokeFailure(Exception):
    """One check failed; the message says which and why."""


def frozen_env(home: Path) -> dict[str, str]:
    """The environment of a user's first run: offscreen, a fresh home, no overrides."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("BUDGET_CALCULATOR", "PYTHON", "XDG_", "QT_"))
    }
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
    )
    return env


def run(exe: Path, args: list[str], cwd: Path, env: dict[str, str]) -> str:
    """Run the frozen program; return its stdout, or fail on an exit status or stderr."""
    start = time.perf_counter()
    done = subprocess.run(
        [str(exe), *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )
    took = time.perf_counter() - start
    noise = [line for line in done.stderr.splitlines() if line not in OFFSCREEN_ONLY_NOISE]
    shown = " ".join(args)
    if done.returncode != 0:
        raise SmokeFailure(f"`{shown}` exited {done.returncode}: {done.stderr.strip()[:2000]}")
    if noise:
        raise SmokeFailure(f"`{shown}` wrote to stderr: {' | '.join(noise)[:2000]}")
    print(f"ok  {took:5.2f} s  {shown}")
    return done.stdout


def check(exe: Path) -> None:
    """Every check against the bundle at ``exe``; raises :class:`SmokeFailure` on the first miss."""
    if not exe.is_file():
        raise SmokeFailure(f"{exe} does not exist: run `make package` first")
    with tempfile.TemporaryDirectory(prefix="calculator-smoke-") as tmp:
        work = Path(tmp) / "work"
        home = Path(tmp) / "home"
        work.mkdir()
        home.mkdir()
        env = frozen_env(home)

        shot = work / "window.png"
        run(exe, ["--screenshot", str(shot)], work, env)
        if not shot.read_bytes().startswith(b"\x89PNG\r\n\x1a\n") or shot.stat().st_size < 10_000:
            raise SmokeFailure(f"{shot.name} is not a PNG of a drawn window")

        pdf = work / "report.pdf"
        run(exe, ["report", "--country", "ESP", "-o", str(pdf)], work, env)
        data = pdf.read_bytes()
        if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
            raise SmokeFailure(f"{pdf.name} is not a complete PDF")

        xlsx = work / "report.xlsx"
        run(exe, ["report", "--country", "ESP", "-o", str(xlsx)], work, env)
        with zipfile.ZipFile(xlsx) as book:
            names = set(book.namelist())
            if "xl/workbook.xml" not in names or not any(
                n.startswith("xl/worksheets/") for n in names
            ):
                raise SmokeFailure(f"{xlsx.name} is not a workbook with sheets")

        out = run(exe, ["project", "--country", "ESP", "--format", "json"], work, env)
        try:
            projection = json.loads(out)
        except json.JSONDecodeError as exc:
            raise SmokeFailure(f"project --format json printed no JSON: {exc}") from exc
        if projection.get("country", {}).get("iso3") != "ESP" or not projection.get("years"):
            raise SmokeFailure("project --format json has no Spanish projection years")

        # --lang: the command line's phrasebook reads the bundled .ts (not Qt's .qm)
        out = run(exe, ["--lang", "fr", "project", "--country", "ESP"], work, env)
        if "dépenses de défense" not in out or "année de référence" not in out:
            raise SmokeFailure("--lang fr project is not in French: " + out[:160])

        # Help ▸ User guide: every language's text and its pictures are in the bundle
        guide = exe.parent / "_internal" / "resources" / "guide"
        missing = [
            name
            for name in (f"guide_{lang}.md" for lang in ("en", "fr", "es", "nl", "de"))
            if not (guide / name).is_file()
        ]
        if missing or not list(guide.glob("images/fr/*.png")):
            raise SmokeFailure(f"the user guide is missing from the bundle: {missing or 'images'}")

        left = sorted(p.name for p in work.iterdir())
        if left != ["report.pdf", "report.xlsx", "window.png"]:
            raise SmokeFailure(f"the working folder holds unexpected files: {left}")


def main(argv: list[str]) -> int:
    exe = Path(argv[1]) if len(argv) > 1 else DEFAULT_EXE
    try:
        check(exe.resolve())
    except (SmokeFailure, OSError, subprocess.TimeoutExpired, zipfile.BadZipFile) as exc:
        print(f"SMOKE TEST FAILED: {exc}", file=sys.stderr)
        return 1
    print(f"smoke test passed: {exe}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
