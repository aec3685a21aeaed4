"""Size and start-up of the frozen app beside a bare PySide6 + pyqtgraph bundle built the same way.

Prints one JSON line on stdout::

    {"bundle_mb": ..., "bare_bundle_mb": ..., "frozen_startup_s_p50": ...,
     "bare_frozen_startup_s_p50": ...}

* ``*_bundle_mb``: the one-folder bundle's files added up (apparent sizes, MiB).
* ``*_startup_s_p50``: median wall time from process start to exit of ``EXE --screenshot F.png``
  (both programs lay their window out offscreen, paint it once, grab it, write the PNG and exit:
  calculator/gui/app.py and packaging/bare/bare_app.py do the same steps), over ``--runs`` starts
  of each, interleaved (app, bare, bare, app, ...) so machine load hits both alike, after one
  uncounted warm-up start each (a user's second start; the first one also fills OS caches).

The bare bundle is built from packaging/bare/bare.spec with the same exclusions
(packaging/freeze_common.py). ``--reuse`` keeps bundles already built (dist/budget-calculator/,
build/bare/dist/bare-app/); otherwise both are built first and the build times go to stderr.
Other scripts can call :func:`measure` and merge the dictionary it returns.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP_SPEC = ROOT / "packaging" / "calculator.spec"
BARE_SPEC = ROOT / "packaging" / "bare" / "bare.spec"
APP_DIST = ROOT / "dist"
BARE_DIST = ROOT / "build" / "bare" / "dist"
EXE_SUFFIX = ".exe" if os.name == "nt" else ""


def build(spec: Path, dist: Path, work: Path) -> float:
    """Build ``spec`` with PyInstaller into ``dist``; return the seconds it took."""
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
         "--distpath", str(dist), "--workpath", str(work), str(spec)],
        check=True, cwd=ROOT,
    )  # fmt: skip
    return time.perf_counter() - start


def folder_mb(folder: Path) -> float:
    """Apparent size of every regular file under ``folder`` (symbolic links not followed), MiB."""
    total = sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return round(total / 2**20, 1)


def start_s(exe: Path, shot: Path, env: dict[str, str]) -> float:
    """Seconds from process start to exit of ``exe --screenshot shot`` (it must succeed)."""
    shot.unlink(missing_ok=True)
    start = time.perf_counter()
    done = subprocess.run(
        [str(exe), "--screenshot", str(shot)], env=env, capture_output=True, text=True, check=False
    )
    took = time.perf_counter() - start
    if done.returncode != 0 or not shot.is_file():
        raise RuntimeError(f"{exe.name} --screenshot failed ({done.returncode}): {done.stderr}")
    return took


def measure(reuse: bool = False, runs: int = 7) -> dict[str, float]:
    """Build (unless ``reuse`` finds them) and measure both bundles; return the four figures."""
    app_exe = APP_DIST / "budget-calculator" / f"budget-calculator{EXE_SUFFIX}"
    bare_exe = BARE_DIST / "bare-app" / f"bare-app{EXE_SUFFIX}"
    if not (reuse and app_exe.is_file()):
        took = build(APP_SPEC, APP_DIST, ROOT / "build" / "pyinstaller")
        print(f"built the app bundle in {took:.1f} s", file=sys.stderr)
    if not (reuse and bare_exe.is_file()):
        took = build(BARE_SPEC, BARE_DIST, ROOT / "build" / "bare" / "work")
        print(f"built the bare bundle in {took:.1f} s", file=sys.stderr)

    times: dict[Path, list[float]] = {app_exe: [], bare_exe: []}
    with tempfile.TemporaryDirectory(prefix="calculator-bench-") as tmp:
        home = Path(tmp) / "home"
        home.mkdir()
        env = {k: v for k, v in os.environ.items() if not k.startswith("BUDGET_CALCULATOR")}
        env.update(QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_CACHE_HOME=str(home / ".c"))
        shot = Path(tmp) / "shot.png"
        for exe in times:  # warm-up, not counted
            start_s(exe, shot, env)
        for i in range(runs):
            order = [app_exe, bare_exe] if i % 2 == 0 else [bare_exe, app_exe]
            for exe in order:
                times[exe].append(start_s(exe, shot, env))
    for exe, samples in times.items():
        print(f"{exe.name}: " + " ".join(f"{s:.2f}" for s in samples), file=sys.stderr)
    return {
        "bundle_mb": folder_mb(app_exe.parent),
        "bare_bundle_mb": folder_mb(bare_exe.parent),
        "frozen_startup_s_p50": round(statistics.median(times[app_exe]), 3),
        "bare_frozen_startup_s_p50": round(statistics.median(times[bare_exe]), 3),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reuse", action="store_true", help="measure bundles already built")
    parser.add_argument("--runs", type=int, default=7, help="starts of each bundle (default 7)")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    print(json.dumps(measure(reuse=args.reuse, runs=args.runs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
