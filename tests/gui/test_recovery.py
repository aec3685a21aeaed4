"""Autosave and crash recovery: every crashed window's work is offered back at the next start.

Each window has its own session file and lock; a damaged autosave is set aside and the user is
told once; an edit is written within :data:`AUTOSAVE_MAX_DELAY_MS` of the first change.
"""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from calculator.core.models import Scenario
from calculator.gui.files import common
from calculator.gui.files.autosave import AUTOSAVE_MAX_DELAY_MS
from calculator.gui.main_window import MainWindow
from calculator.storage import (
    AUTOSAVE_NAME,
    Session,
    needs_recovery,
    orphaned_sessions,
    read_autosave,
    session_files,
    write_autosave,
)

REPO = Path(__file__).resolve().parents[2]
START_TIMEOUT_S = 60.0
posix_kill = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

# Builds the window with autosave on, changes the scenario, writes the autosave now, says
# READY and waits in the event loop until it is killed; on SIGTERM it saves the scenario to a
# file and closes cleanly (a normal quit).
CHILD = """
import signal, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from calculator.storage import bundled_dataset, user_data_dir
from calculator.gui.main_window import MainWindow

country, name = sys.argv[1], sys.argv[2]
app = QApplication(sys.argv[:1])
window = MainWindow(bundled_dataset(), autosave_dir=user_data_dir(),
                    recovery_prompt=lambda session: False)
window.controller.update(country=country, name=name)
window.files.flush_autosave()

def quit_cleanly(*_args):
    window.files.save_to(user_data_dir() / f"{country}.scenario.json")
    window.close()
    app.quit()

signal.signal(signal.SIGTERM, lambda *_a: QTimer.singleShot(0, quit_cleanly))
timer = QTimer()
timer.timeout.connect(lambda: None)  # lets Python see the signal
timer.start(50)
print("READY", flush=True)
sys.exit(app.exec())
"""


class Recorder:
    """A recovery prompt that remembers what it was offered and accepts (or declines)."""

    def __init__(self, accept: bool = True) -> None:
        self.accept = accept
        self.offered: list[Session] = []

    def __call__(self, session: Session) -> bool:
        self.offered.append(session)
        return self.accept


class Child:
    """One calculator instance in a subprocess, started with its own country and name."""

    def __init__(self, data_dir: Path, country: str, name: str) -> None:
        env = os.environ | {
            "QT_QPA_PLATFORM": "offscreen",
            "BUDGET_CALCULATOR_DATA_DIR": str(data_dir),
        }
        self.proc = subprocess.Popen(
            [sys.executable, "-c", CHILD, country, name],
            cwd=REPO,
            env=env,
            text=True,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.thread = threading.Thread(target=self._pump, daemon=True)
        self.thread.start()

    def _pump(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:  # a pipe read cannot time out: read in a thread
            self.lines.put(line.strip())

    def wait_ready(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            try:
                line = self.lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                pytest.fail(f"the app did not print READY within {START_TIMEOUT_S} s")
            if line == "READY":
                return

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        assert self.proc.wait(timeout=10) == -signal.SIGKILL
        self.close()  # now, before any window of the test exists

    def quit(self) -> None:
        self.proc.send_signal(signal.SIGTERM)
        assert self.proc.wait(timeout=30) == 0
        self.close()

    def close(self) -> None:
        if self.proc.stdout is None or self.proc.stdout.closed:
            return
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)
        self.thread.join(timeout=10)
        if self.proc.stdout is not None:
            self.proc.stdout.close()


@pytest.fixture
def children(tmp_path):
    started: list[Child] = []

    def start(country: str, name: str) -> Child:
        child = Child(tmp_path, country, name)
        started.append(child)
        return child

    yield start
    for child in started:
        child.close()


@pytest.fixture
def boxes(monkeypatch):
    shown: list[tuple[str, str, str]] = []

    def record(_parent, _icon, title, text, _buttons=None, _default=None, informative=""):
        shown.append((title, text, informative))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(common, "message_box", record)
    return shown


def _session(win: MainWindow) -> Session | None:
    path = win.files.autosave.session_path
    return None if path is None else read_autosave(path)


# ------------------------------------------------------------------------- crashes
@posix_kill
def test_work_survives_sigkill(qtbot, dataset, tmp_path, children):
    child = children("POL", "Before the crash")
    child.wait_ready()
    child.kill()

    prompt = Recorder(accept=True)
    win = MainWindow(dataset, autosave_dir=tmp_path, recovery_prompt=prompt)
    qtbot.addWidget(win)
    assert len(prompt.offered) == 1
    assert prompt.offered[0].scenarios[0].country == "POL"
    assert win.controller.scenario.country == "POL"
    assert win.controller.scenario.name == "Before the crash"
    assert win.isWindowModified()  # recovered work is not saved anywhere yet
    assert not win.controller.can_undo()

    # Saved and closed cleanly: nothing to recover next time.
    assert win.files.save_to(tmp_path / "kept.scenario.json")
    assert win.close()
    assert needs_recovery(tmp_path) is None
    assert session_files(tmp_path) == []
    again = Recorder()
    later = MainWindow(dataset, autosave_dir=tmp_path, recovery_prompt=again)
    qtbot.addWidget(later)
    assert again.offered == []


@posix_kill
def test_two_instances_both_crash_and_both_are_offered(qtbot, dataset, tmp_path, children):
    a, b = children("POL", "Window A"), children("EST", "Window B")
    a.wait_ready()
    b.wait_ready()
    # While both run, neither's live work is an orphan (B never offers A's work).
    live = orphaned_sessions(tmp_path)
    live.release()
    assert live.sessions == []
    assert len(session_files(tmp_path)) == 2
    a.kill()
    b.kill()

    prompt = Recorder(accept=True)
    win = MainWindow(dataset, autosave_dir=tmp_path, recovery_prompt=prompt)
    qtbot.addWidget(win)
    offered = {s.scenarios[0].name for s in prompt.offered}
    assert offered == {"Window A", "Window B"}
    # The newest becomes the scenario on screen; the other is pinned beside it: nothing lost.
    shown = {win.controller.scenario.name} | {s.name for s in win.pinned.pinned()}
    assert shown == {"Window A", "Window B"}
    assert needs_recovery(tmp_path) is None  # taken over: only this window's own session


@posix_kill
def test_a_clean_quit_does_not_hide_the_other_instance_crash(qtbot, dataset, tmp_path, children):
    a, b = children("POL", "Crashes"), children("EST", "Quits")
    a.wait_ready()
    b.wait_ready()
    b.quit()  # B saves and closes normally: its own session goes, A's stays
    a.kill()

    prompt = Recorder(accept=True)
    win = MainWindow(dataset, autosave_dir=tmp_path, recovery_prompt=prompt)
    qtbot.addWidget(win)
    assert [s.scenarios[0].name for s in prompt.offered] == ["Crashes"]
    assert win.controller.scenario.name == "Crashes"


def test_a_second_window_never_offers_the_first_ones_live_work(qtbot, dataset, tmp_path):
    first = MainWindow(dataset, autosave_dir=tmp_path, recovery_prompt=Recorder())
    qtbot.addWidget(first)
    first.controller.update(country="FIN", name="Live")
    assert first.files.flush_autosave()
    prompt = Recorder()
    second = MainWindow(dataset, autosave_dir=tmp_path, recovery_prompt=prompt)
    qtbot.addWidget(second)
    assert prompt.offered == []
    assert second.close()
    assert _session(first).scenarios[0].name == "Live"  # the second's quit left it alone


# ------------------------------------------------------------------------- autosave
def test_autosave_is_debounced_and_flushed(qtbot, dataset, tmp_path):
    win = MainWindow(dataset, autosave_dir=tmp_path, recovery_prompt=Recorder())
    qtbot.addWidget(win)
    assert session_files(tmp_path) == []  # nothing written until something changes
    win.controller.update(country="EST")
    win.controller.update(horizon=2040)
    qtbot.waitUntil(lambda: _session(win) is not None, timeout=5000)
    session = _session(win)
    assert session.scenarios[0].country == "EST"
    assert session.scenarios[0].horizon == 2040
    assert not session.clean_exit
    assert session.dataset_id == dataset.id
    win.controller.update(country="LVA")
    assert win.files.flush_autosave()
    assert _session(win).scenarios[0].country == "LVA"


def _wait_saved(qtbot, win: MainWindow, country: str) -> float:
    start = time.monotonic()
    qtbot.waitUntil(
        lambda: (s := _session(win)) is not None and s.scenarios[0].country == country,
        timeout=5000,
    )
    return time.monotonic() - start


def test_an_edit_is_saved_within_the_maximum_delay(qtbot, dataset, tmp_path, record_property):
    win = MainWindow(dataset, autosave_dir=tmp_path, recovery_prompt=Recorder())
    qtbot.addWidget(win)
    delays = []
    for country in ("EST", "LVA", "LTU", "POL", "FIN"):
        win.controller.update(country=country)
        delays.append(_wait_saved(qtbot, win, country))
    record_property("autosave_delays_s", delays)
    assert max(delays) <= AUTOSAVE_MAX_DELAY_MS / 1000 + 0.15, delays


def test_a_long_burst_cannot_postpone_the_save(qtbot, dataset, tmp_path):
    """A change every 50 ms (a slider drag): the first is on disk within the maximum delay."""
    from PySide6.QtCore import QTimer

    win = MainWindow(dataset, autosave_dir=tmp_path, recovery_prompt=Recorder())
    qtbot.addWidget(win)
    years = iter(list(range(2030, 2051)) * 3)
    drag = QTimer(win)
    drag.setInterval(50)
    drag.timeout.connect(lambda: win.controller.update(horizon=next(years, 2050)))
    start = time.monotonic()
    drag.start()
    win.controller.update(horizon=2029)
    qtbot.waitUntil(lambda: _session(win) is not None, timeout=5000)
    first_saved = time.monotonic() - start
    assert drag.isActive()  # the burst was still going when the save happened
    drag.stop()
    assert first_saved <= AUTOSAVE_MAX_DELAY_MS / 1000 + 0.15, first_saved


def test_declined_recovery_is_not_offered_again(qtbot, dataset, tmp_path):
    write_autosave(tmp_path, [Scenario(country="FIN")], [], dataset_id=dataset.id)
    no = Recorder(accept=False)
    win = MainWindow(dataset, autosave_dir=tmp_path, recovery_prompt=no)
    qtbot.addWidget(win)
    assert len(no.offered) == 1
    assert win.controller.scenario.country != "FIN"
    assert needs_recovery(tmp_path) is None


def test_no_autosave_without_a_folder(window, tmp_path):
    window.controller.update(country="SWE")
    assert not window.files.flush_autosave()


def test_pinned_scenarios_are_autosaved_and_recovered(qtbot, dataset, tmp_path):
    win = MainWindow(dataset, autosave_dir=tmp_path, recovery_prompt=Recorder())
    qtbot.addWidget(win)
    win.controller.update(country="ROU")
    assert win.pinned.pin(Scenario(country="BGR", name="Pinned one"))
    assert win.files.flush_autosave()
    assert [s.name for s in _session(win).pinned] == ["Pinned one"]
    os.close(win.files.autosave._lock._fd)  # as if the process had died: the lock is free
    win.files.autosave._lock._finalizer.detach()

    prompt = Recorder(accept=True)
    again = MainWindow(dataset, autosave_dir=tmp_path, recovery_prompt=prompt)
    qtbot.addWidget(again)
    assert again.controller.scenario.country == "ROU"
    assert [s.name for s in again.pinned.pinned()] == ["Pinned one"]


# ---------------------------------------------------------------------- damaged files
DAMAGED = {
    "deep": b'{"schema": "calculator.session/1", "scenarios": '
    + b"[" * 100_000
    + b"]" * 100_000
    + b"}",
    "digits": b'{"schema": "calculator.session/1", "current": ' + b"9" * 5000 + b"}",
    "garbage": bytes(range(256)) * 40,
    "bad field": json.dumps(
        {"schema": "calculator.session/1", "scenarios": [{"horizon": "soon"}]}
    ).encode(),
}


@pytest.mark.parametrize("kind", list(DAMAGED))
@pytest.mark.parametrize("name", [AUTOSAVE_NAME, "session-123-abcdef.session.json"])
def test_a_damaged_autosave_is_set_aside_and_the_user_told_once(
    qtbot, dataset, tmp_path, boxes, kind, name
):
    (tmp_path / name).write_bytes(DAMAGED[kind])
    prompt = Recorder()
    win = MainWindow(dataset, autosave_dir=tmp_path, recovery_prompt=prompt)
    qtbot.addWidget(win)
    assert win.controller.projection is not None  # the window started and works
    assert prompt.offered == []
    assert len(boxes) == 1
    title, _text, informative = boxes[0]
    assert "set aside" in title
    aside = [p for p in tmp_path.iterdir() if ".damaged-" in p.name]
    assert len(aside) == 1
    assert aside[0].name.startswith(name)
    assert aside[0].read_bytes() == DAMAGED[kind]  # kept, not deleted
    assert aside[0].name in informative
    assert not (tmp_path / name).exists()

    again = MainWindow(dataset, autosave_dir=tmp_path, recovery_prompt=Recorder())
    qtbot.addWidget(again)
    assert len(boxes) == 1  # told once: the file set aside is never read again
