"""GUI test set-up: offscreen Qt, the bundled dataset, a window that remembers nothing."""

import os

# Before anything imports Qt: no display needed, and never a real window.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

import pytest

from calculator.storage import bundled_dataset


@pytest.fixture(autouse=True)
def _delete_closed_windows():
    """After each test, destroy the windows pytest-qt closed and passed to ``deleteLater``.

    pytest-qt closes registered widgets and calls ``deleteLater`` but only runs
    ``processEvents``, which never carries out deferred deletions. The windows then lived on
    until some later test ran a nested event loop (``qtbot.wait``), and were destroyed in the
    middle of that test's layout or paint: the rare pyqtgraph segfault seen in long runs. This
    fixture's teardown runs after pytest-qt has closed the widgets, so they go here, at a safe
    point, before the next test starts.
    """
    yield
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, int(QEvent.Type.DeferredDelete))


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
