"""Autosave and crash recovery: a killed app's work is offered back at the next start."""

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from calculator.core.models import Scenario
from calculator.gui.main_window import MainWindow
from calculator.storage import Session, needs_recovery, read_autosave

REPO = Path(__file__).resolve().parents[2]
START_TIMEOUT_S = 60.0

# Builds the window with autosave on, changes the scenario, writes the autosave now, says
# READY and waits in the event loop until it is killed.
CHILD = """
import sys
from PySide6.QtWidgets import QApplication
from calculator.storage import bundled_dataset
from calculator.gui.main_window import MainWindow
from calculator.storage import user_data_dir

app = QApplication(sys.argv[:1])
window = MainWindow(bundled_dataset(), autosave_dir=user_data_dir(),
                    recovery_prompt=lambda session: False)
window.controller.update(country="POL", name="Before the crash")
window.files.flush_autosave()
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


def _wait_for_line(
    proc: subprocess.Popen[str], wanted: str, timeout_s: float, reader: list[threading.Thread]
) -> None:
    """Read the child's stdout in a thread (a pipe read cannot time out) until ``wanted``."""
    lines: queue.Queue[str] = queue.Queue()

    def pump() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:  # ends at EOF, when the child dies
            lines.put(line.strip())

    thread = threading.Thread(target=pump, daemon=True)
    reader.append(thread)
    thread.start()
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            line = lines.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            pytest.fail(f"the app did not print {wanted} within {timeout_s} s")
        if line == wanted:
            return


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_work_survives_sigkill(qtbot, dataset, tmp_path):
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "BUDGET_CALCULATOR_DATA_DIR": str(tmp_path)}
    with subprocess.Popen(
        [sys.executable, "-c", CHILD],
        cwd=REPO,
        env=env,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    ) as proc:
        reader: list[threading.Thread] = []
        try:
            _wait_for_line(proc, "READY", START_TIMEOUT_S, reader)
            proc.send_signal(signal.SIGKILL)
            assert proc.wait(timeout=10) == -signal.SIGKILL
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait(timeout=10)
            for thread in reader:
                thread.join(timeout=10)  # EOF after the kill; then the pipe may close

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
    again = Recorder()
    later = MainWindow(dataset, autosave_dir=tmp_path, recovery_prompt=again)
    qtbot.addWidget(later)
    assert again.offered == []


def test_autosave_is_debounced_and_flushed(qtbot, dataset, tmp_path):
    win = MainWindow(dataset, autosave_dir=tmp_path, recovery_prompt=Recorder())
    qtbot.addWidget(win)
    assert read_autosave(tmp_path) is None  # nothing written until something changes
    win.controller.update(country="EST")
    win.controller.update(horizon=2040)
    qtbot.waitUntil(lambda: read_autosave(tmp_path) is not None, timeout=5000)
    session = read_autosave(tmp_path)
    assert session is not None
    assert session.scenarios[0].country == "EST"
    assert session.scenarios[0].horizon == 2040
    assert not session.clean_exit
    assert session.dataset_id == dataset.id
    win.controller.update(country="LVA")
    assert win.files.flush_autosave()
    assert needs_recovery(tmp_path).scenarios[0].country == "LVA"


def test_declined_recovery_is_not_offered_again(qtbot, dataset, tmp_path):
    from calculator.storage import write_autosave

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
    session = read_autosave(tmp_path)
    assert [s.name for s in session.pinned] == ["Pinned one"]

    prompt = Recorder(accept=True)
    again = MainWindow(dataset, autosave_dir=tmp_path, recovery_prompt=prompt)
    qtbot.addWidget(again)
    assert again.controller.scenario.country == "ROU"
    assert [s.name for s in again.pinned.pinned()] == ["Pinned one"]
