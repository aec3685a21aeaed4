"""SIGKILL in the middle of every kind of write: the target is always a complete file.

One preloaded "zygote" process per kind forks a writer that rewrites the target over and over
(alternating two versions); the test kills it at a random moment, checks that the target is
the old or the new complete file, and starts the next writer. Temp files a kill leaves are
removed by the next start's cleanup (:func:`calculator.storage.clean_stale_temps`).
"""

from __future__ import annotations

import csv
import io
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

import pytest

from calculator.storage import TEMP_PATTERN, clean_stale_temps, load_scenario, read_autosave

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="fork and SIGKILL are POSIX")

REPO = Path(__file__).resolve().parents[2]
KINDS = {  # kind: (file name, kills, longest delay before the kill in s)
    "scenario": ("plan.scenario.json", 16, 0.05),
    "autosave": ("session-kill.session.json", 16, 0.05),
    "csv": ("brief.csv", 14, 0.05),
    "json": ("brief.json", 14, 0.05),
    "xlsx": ("brief.xlsx", 12, 0.3),
    "pdf": ("brief.pdf", 10, 0.5),
    "png": ("brief.png", 10, 0.4),
    "svg": ("brief.svg", 10, 0.4),
}

ZYGOTE = r"""
import os, sys
from pathlib import Path
kind, target = sys.argv[1], Path(sys.argv[2])
from calculator.core.models import Scenario
from calculator.core.projection import project
from calculator.storage import bundled_dataset, save_scenario, write_autosave
from calculator.render.report import write_report
if kind in ("pdf", "png", "svg"):
    import calculator.render.pdf, calculator.render.images  # imported, no QApplication yet
ds = bundled_dataset()
versions = [Scenario(country="EST", name="old"), Scenario(country="LVA", name="new")]
projs = [project(ds, s) for s in versions]

def write(i):
    if kind == "scenario":
        save_scenario(target, versions[i])
    elif kind == "autosave":
        write_autosave(target.parent, [versions[i]], [], session_id="kill")
    else:
        write_report(target, projs[i], ds)

print("LOADED", flush=True)
for _line in sys.stdin:
    pid = os.fork()
    if pid == 0:
        i = 0
        write(i)
        print("READY", flush=True)
        while True:
            i ^= 1
            write(i)
    os.waitpid(pid, 0)
    print("DEAD", flush=True)
"""


def _complete(kind: str, path: Path) -> str:
    """Which version the target holds ("EST" or "LVA"); fails if it is not a complete file."""
    data = path.read_bytes()
    if kind == "scenario":
        return load_scenario(path)[0].country
    if kind == "autosave":
        session = read_autosave(path)
        assert session is not None
        return session.scenarios[0].country
    if kind == "json":
        return str(json.loads(data)["country"]["iso3"])
    if kind == "csv":
        rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"))))
        assert data.endswith(b"\n")
        assert rows
        assert all(None not in r and all(v is not None for v in r.values()) for r in rows)
        return "EST or LVA"
    if kind == "xlsx":
        with zipfile.ZipFile(path) as z:
            assert z.testzip() is None
        return "EST or LVA"
    if kind == "pdf":
        assert data.startswith(b"%PDF")
        assert data.rstrip().endswith(b"%%EOF")
        return "EST or LVA"
    if kind == "png":
        assert data.startswith(b"\x89PNG\r\n\x1a\n")
        assert data.endswith(b"IEND\xaeB`\x82")
        return "EST or LVA"
    assert data.rstrip().endswith(b"</svg>")
    return "EST or LVA"


class Zygote:
    def __init__(self, kind: str, target: Path) -> None:
        env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
        self.proc = subprocess.Popen(
            [sys.executable, "-c", ZYGOTE, kind, str(target)],
            cwd=REPO,
            env=env,
            text=True,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )

    def expect(self, wanted: str) -> None:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline().strip()
        assert line == wanted, f"{line!r} (stderr: {self._stderr()})"

    def _stderr(self) -> str:
        if self.proc.poll() is None:
            return ""
        assert self.proc.stderr is not None
        return self.proc.stderr.read()[-2000:]

    def fork_writer(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write("go\n")
        self.proc.stdin.flush()

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.communicate(timeout=30)


def _run_kind(kind: str, folder: Path, results: dict[str, object]) -> None:
    name, kills, longest = KINDS[kind]
    target = folder / name
    rng = random.Random(f"{kind}-{os.getpid()}-{time.time_ns()}")
    zygote = Zygote(kind, target)
    seen: list[str] = []
    temps_left: set[str] = set()
    try:
        zygote.expect("LOADED")
        for _ in range(kills):
            zygote.fork_writer()
            zygote.expect("READY")
            writer = _writer_pid(zygote.proc.pid)
            time.sleep(rng.uniform(0.0, longest))  # varied timing: anywhere in a write
            os.kill(writer, signal.SIGKILL)
            zygote.expect("DEAD")
            seen.append(_complete(kind, target))
            temps_left |= {p.name for p in folder.iterdir() if TEMP_PATTERN.match(p.name)}
        results[kind] = (seen, len(temps_left))
    except BaseException as exc:
        results[kind] = exc
    finally:
        zygote.close()


def _writer_pid(zygote_pid: int) -> int:
    """The zygote's one child (the writer), from /proc."""
    children = Path(f"/proc/{zygote_pid}/task/{zygote_pid}/children")
    for _ in range(200):
        pids = children.read_text().split()
        if pids:
            return int(pids[0])
        time.sleep(0.005)
    raise AssertionError("no writer process")


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc")
def test_sigkill_during_every_kind_of_write_leaves_a_complete_file(tmp_path, tally):
    results: dict[str, object] = {}
    threads = []
    for kind in KINDS:
        folder = tmp_path / kind
        folder.mkdir()
        t = threading.Thread(target=_run_kind, args=(kind, folder, results))
        threads.append(t)
        t.start()
    for t in threads:
        t.join(timeout=300)
    kills = 0
    for kind in KINDS:
        outcome = results.get(kind)
        if isinstance(outcome, BaseException):
            raise outcome
        assert outcome is not None, f"{kind}: did not finish"
        seen, temps = outcome
        assert len(seen) == KINDS[kind][1]
        assert set(seen) <= {"EST", "LVA", "EST or LVA"}, seen
        kills += len(seen)
        tally[f"kills during writes: {kind}"] += len(seen)
        tally["kills during writes (total)"] += len(seen)
        tally["stale temp files left by kills"] += temps
        # The next start cleans them: once they are a few minutes old, only our pattern.
        folder = tmp_path / kind
        for p in folder.iterdir():
            if TEMP_PATTERN.match(p.name):
                os.utime(p, (time.time() - 3600, time.time() - 3600))
        clean_stale_temps(folder)
        assert [p.name for p in folder.iterdir() if p.name.endswith(".tmp")] == []
        assert (folder / KINDS[kind][0]).exists()
    assert kills >= 100
