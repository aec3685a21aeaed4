"""The window's uncertainty: off by default, the band on the share chart, odds in the tiles.

A burst of slider moves starts at most one worker run, after the idle delay; the band is hidden
while new draws run and follows the latest scenario.
"""

from __future__ import annotations

import numpy as np
import pytest

from calculator.core.models import SpendingMode

pytestmark = pytest.mark.gui


@pytest.fixture
def unc(window):  # type: ignore[no-untyped-def]
    link = window.uncertainty
    link.view.draws.setValue(2000)  # quick runs; the default is 10,000
    link.view.draws.editingFinished.emit()
    yield link
    link.shutdown()


def _growth(ctrl, pct: float) -> None:  # type: ignore[no-untyped-def]
    ctrl.update(core={"mode": SpendingMode.GROWTH, "growth_pct": pct})


def test_off_by_default_no_worker_runs(window, ctrl, unc, qtbot) -> None:  # type: ignore[no-untyped-def]
    started: list[int] = []
    unc.runner.started.connect(started.append)
    assert not unc.view.enabled_box.isChecked()
    assert unc.view.enabled_box.text() == "Show uncertainty (2,000 draws)"
    _growth(ctrl, 8.0)
    qtbot.wait(300)  # well past the idle delay: nothing may start
    assert started == []
    assert not window.chart.plots.band_shown
    assert all(not fill.isVisible() for fill in window.chart.plots.band_fills)
    assert all(tile.odds.isHidden() for tile in window.scoreboard.tiles)
    assert "Off" in unc.view.status.text()


def test_a_burst_of_twenty_updates_starts_one_run_after_the_idle_delay(
    window, ctrl, unc, qtbot
) -> None:  # type: ignore[no-untyped-def]
    plots = window.chart.plots
    fills = list(plots.band_fills)
    with qtbot.waitSignal(unc.runner.resultReady, timeout=10_000):
        unc.view.enabled_box.setChecked(True)  # the current scenario runs once
    started: list[int] = []
    unc.runner.started.connect(started.append)
    results: list[object] = []
    unc.runner.resultReady.connect(results.append)
    for k in range(20):  # a slider drag: every move is a new scenario
        _growth(ctrl, 5.0 + 0.25 * k)
        assert not plots.band_shown  # hidden until the new draws arrive
        assert started == []  # nothing ran on the GUI thread or in the pool yet
    assert "by 2035: \u2026" in window.scoreboard.tiles[1].odds.text()
    qtbot.waitUntil(lambda: len(results) == 1, timeout=10_000)
    assert started == [unc.runner.generation]  # one run, for the last scenario
    result = unc.result
    assert result is not None
    assert result.mc.odds[1].threshold.target_year == 2035
    # the band: the same items, updated in place, showing the last scenario's 10-90 band
    assert plots.band_fills == fills
    assert plots.band_shown
    assert all(fill.isVisible() for fill in fills)
    x, lo = plots.band_curves[10].getData()
    _, hi = plots.band_curves[90].getData()
    assert list(x) == [float(y) for y in ctrl.projection.years]
    assert np.allclose(lo, result.mc.core_share[10])
    assert np.all(hi >= lo)
    assert hi[-1] > lo[-1]  # a path fixed in money spreads in share
    # the tiles: "3.5 % by 2035: 62 %", with a fixed height
    tile = window.scoreboard.tiles[1]
    p = result.mc.odds[1].probability
    assert tile.odds.text() == f"3.5 % by 2035: {round(100 * p):.0f} %"
    assert tile.odds.height() == tile.odds.minimumHeight() == tile.odds.maximumHeight()
    assert "3.5 % by 2035: " in unc.view.probabilities.text()


def test_a_share_fixed_path_has_no_band_and_switching_off_clears(window, ctrl, unc, qtbot) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(unc.runner.resultReady, timeout=10_000):
        unc.view.enabled_box.setChecked(True)  # the default: a constant share of GDP
    assert not window.chart.plots.band_shown  # the share does not spread
    assert "fixed as a share of GDP" in unc.view.spread.text()
    height = window.scoreboard.height()
    unc.view.enabled_box.setChecked(False)
    assert all(tile.odds.isHidden() for tile in window.scoreboard.tiles)
    assert window.scoreboard.height() < height  # the odds line is given back
    started: list[int] = []
    unc.runner.started.connect(started.append)
    _growth(ctrl, 9.0)
    qtbot.wait(300)
    assert started == []


def test_view_controls_set_the_options_and_rerun(window, ctrl, unc, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = unc.view
    seen: list[object] = []
    view.optionsChanged.connect(seen.append)
    view.seed.setValue(11)
    view.seed.editingFinished.emit()
    view.exclude.setChecked(False)
    view.risk_box.setChecked(True)
    assert view.risk_mean.isEnabled()
    options = view.options()
    assert options.seed == 11
    assert options.exclude == ()
    assert options.execution_risk is not None
    assert options.execution_risk.mean_pct == pytest.approx(3.0)
    assert seen[-1] == options
    assert unc.runner.options == options
    _growth(ctrl, 7.0)
    with qtbot.waitSignal(unc.runner.resultReady, timeout=10_000) as blocker:
        view.enabled_box.setChecked(True)
    model = blocker.args[0].mc.model
    assert (model.seed, model.draws) == (11, 2000)
    assert "2,000 draws, seed 11" in view.card.text()
    assert "Execution risk" in view.card.text()
    assert "history 2015\u20132024\n" in view.card.text()  # nothing left out


def test_a_new_name_keeps_the_draws_and_exports_carry_them(
    window, ctrl, unc, qtbot, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    import json

    _growth(ctrl, 9.0)
    with qtbot.waitSignal(unc.runner.resultReady, timeout=10_000):
        unc.view.enabled_box.setChecked(True)
    started: list[int] = []
    unc.runner.started.connect(started.append)
    ctrl.update(name="Spain at 9 %")
    qtbot.wait(300)
    assert started == []  # a name does not change the numbers
    assert window.chart.plots.band_shown
    out = tmp_path / "esp.json"
    assert window.files.exports.export("json", out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["uncertainty"]["model"]["draws"] == 2000
    assert doc["probabilities"][1]["probability"] == pytest.approx(
        unc.result.mc.odds[1].probability, abs=1e-6
    )
