"""The uncertainty worker: idle timer, generations, stale results dropped; the view updates in place."""

from __future__ import annotations

import numpy as np
import pytest

from calculator.core.models import CoreSpending, Scenario, SpendingMode
from calculator.exports.uncertainty import UncertaintyOptions

pytestmark = pytest.mark.gui


def _growth(pct: float) -> Scenario:
    return Scenario(country="ESP", core=CoreSpending(mode=SpendingMode.GROWTH, growth_pct=pct))


@pytest.fixture
def runner(qtbot, dataset):
    from calculator.gui.uncertainty import UncertaintyRunner

    r = UncertaintyRunner(dataset, UncertaintyOptions(draws=2000), idle_ms=120)
    yield r
    r.cancel()
    r.wait()


def test_a_burst_of_changes_runs_once_for_the_last(qtbot, runner):
    started = []
    runner.started.connect(started.append)
    for pct in (5.0, 6.0, 7.0, 8.0):
        runner.request(_growth(pct))
    with qtbot.waitSignal(runner.resultReady, timeout=10_000) as blocker:
        pass
    assert started == [4]  # only the last request ran
    result = blocker.args[0]
    assert result.mc.model.draws == 2000
    proj_growth = [o.threshold.label for o in result.mc.odds]
    assert proj_growth[1] == "Hague core, 2035"


def test_a_newer_request_drops_the_older_result(qtbot, runner):
    results = []
    runner.resultReady.connect(results.append)
    runner.request(_growth(5.0))
    runner.flush()  # the first job is running or queued
    runner.request(_growth(12.0))  # supersedes it
    with qtbot.waitSignal(runner.resultReady, timeout=10_000):
        pass
    runner.wait()
    qtbot.wait(50)  # let any queued signal of the old job arrive (it must be dropped)
    assert len(results) == 1
    assert results[0].mc.odds[1].probability > 0.5  # 12 % a year: the newer scenario


def test_no_run_before_the_idle_time(qtbot, runner):
    started = []
    runner.started.connect(started.append)
    runner.request(_growth(8.0))
    qtbot.wait(30)
    assert started == []
    qtbot.waitUntil(lambda: started == [1], timeout=5_000)


def test_view_updates_in_place(qtbot, runner):
    from calculator.gui.uncertainty import UncertaintyView

    view = UncertaintyView()
    qtbot.addWidget(view)
    runner.resultReady.connect(view.show_result)
    bars = view.histogram_bars
    runner.request(_growth(9.5))
    runner.flush()
    qtbot.waitUntil(lambda: view.result is not None, timeout=10_000)
    assert view.histogram_bars is bars
    assert "3.5 % by 2035: " in view.probabilities.text()
    assert "fixed in money" in view.spread.text()
    assert len(view.card.text().splitlines()) == 5
    heights = np.asarray(bars.opts["height"])
    assert heights.sum() == pytest.approx(100.0)
    widths = np.asarray(view.tornado_up.opts["width"])
    assert (widths > 0).all()
