"""GUI test set-up: offscreen Qt, the bundled dataset, a window that remembers nothing."""

import os

# Before anything imports Qt: no display needed, and never a real window.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

import pytest

from calculator.storage import bundled_dataset


@pytest.fixture(scope="session")
def dataset():
    return bundled_dataset()


@pytest.fixture
def controller(qtbot, dataset):
    from calculator.gui.controller import ScenarioController

    ctrl = ScenarioController(dataset)
    ctrl.merge_window_s = 0.0
    return ctrl


@pytest.fixture
def window(qtbot, dataset):
    from calculator.gui.main_window import MainWindow

    win = MainWindow(dataset, settings=None)
    win.controller.merge_window_s = 0.0
    qtbot.addWidget(win)
    win.resize(1400, 900)
    return win


@pytest.fixture
def ctrl(window):
    """The window's controller (the one owner of state)."""
    return window.controller


class _Counter:
    """Counts a signal's emissions."""

    def __init__(self, signal):
        self.calls = 0
        signal.connect(self)

    def __call__(self, *args):
        self.calls += 1


@pytest.fixture
def counter():
    """``counter(signal).calls``: how often the signal fired since it was made."""
    return _Counter
