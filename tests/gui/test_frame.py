"""A slider move paints only what changed (issue 9): coalesced moves, no echo, held ranges.

Behaviour, not timings: the timings are ``make bench``'s (tests/benchmarks/bench_gui.py).
"""

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QEnterEvent
from PySide6.QtWidgets import QApplication, QGraphicsItem, QVBoxLayout, QWidget

from calculator.core.models import CoreSpending, Scenario, SpendingMode
from calculator.core.projection import project
from calculator.gui.updates import SteadyText
from calculator.gui.widgets import ValueSlider
from calculator.render.chart import ProjectionPlots

CACHED = QGraphicsItem.CacheMode.DeviceCoordinateCache


class _Events(QObject):
    """Counts the events of some types one object receives."""

    def __init__(self, watched, *types):
        super().__init__()
        self.types = types
        self.count = 0
        watched.installEventFilter(self)

    def eventFilter(self, _watched, event):
        if event.type() in self.types:
            self.count += 1
        return False


def _shown(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    window.controller.update(core={"mode": SpendingMode.GROWTH, "growth_pct": 5.0})
    QApplication.processEvents()


# ---------------------------------------------------------------------------- the slider


def test_slider_moves_are_coalesced_into_one_change(qtbot):
    """Moves within one turn of the event loop reach the model once, with the last value."""
    slider = ValueSlider(-20.0, 30.0)
    qtbot.addWidget(slider)
    values = []
    slider.valueChanged.connect(values.append)
    for position in (31, 35, 42):
        slider.slider.setValue(position)
    assert slider.spin.value() == 4.2  # the spin box follows at once
    assert slider.pending
    assert values == []
    qtbot.waitUntil(lambda: values == [4.2])
    assert not slider.pending
    slider.spin.setValue(7.5)  # a typed value is not delayed
    assert values == [4.2, 7.5]


def test_a_drag_is_bracketed_and_its_last_move_is_not_lost(qtbot):
    slider = ValueSlider(-20.0, 30.0)
    qtbot.addWidget(slider)
    seen = []
    slider.valueChanged.connect(lambda v: seen.append(("value", v)))
    slider.dragStarted.connect(lambda: seen.append(("start", None)))
    slider.dragFinished.connect(lambda: seen.append(("finish", None)))
    slider.slider.setSliderDown(True)
    slider.slider.setValue(12)
    slider.slider.setSliderDown(False)  # let go before the timer fired: the value goes first
    assert seen == [("start", None), ("value", 1.2), ("finish", None)]


def test_the_model_wins_over_a_move_not_yet_sent(qtbot):
    slider = ValueSlider(-20.0, 30.0)
    qtbot.addWidget(slider)
    values = []
    slider.valueChanged.connect(values.append)
    slider.slider.setValue(50)
    slider.set_value_silently(2.0)  # e.g. undo before the move was sent
    qtbot.wait(20)
    assert values == []
    assert slider.value() == 2.0


def test_dragging_a_panel_slider_makes_the_controller_live(window, qtbot):
    ctrl = window.controller
    ctrl.update(core={"mode": SpendingMode.GROWTH})
    changes = []
    ctrl.liveChanged.connect(changes.append)
    handle = window.core_panel.growth_slider.slider
    handle.setSliderDown(True)
    assert ctrl.live
    handle.setValue(handle.value() + 3)
    handle.setSliderDown(False)
    assert not ctrl.live
    assert changes == [True, False]
    assert ctrl.scenario.core.growth_pct == pytest.approx(handle.value() / 10)


# ---------------------------------------------------------------------------- no echo


def test_a_panel_does_not_hear_its_own_move(window, monkeypatch):
    ctrl = window.controller
    ctrl.update(core={"mode": SpendingMode.GROWTH, "growth_pct": 5.0})
    heard = {"core": 0, "economy": 0}
    for name, panel in (("core", window.core_panel), ("economy", window.economy_panel)):
        original = panel._on_model_scenario_changed

        def spy(scenario, name=name, original=original):
            heard[name] += 1
            original(scenario)

        monkeypatch.setattr(panel, "_on_model_scenario_changed", spy)
    window.core_panel.growth_slider.spin.setValue(6.5)  # typed: emitted at once
    assert ctrl.scenario.core.growth_pct == 6.5
    assert heard == {"core": 0, "economy": 1}
    ctrl.update(core={"growth_pct": 7.0})  # from elsewhere (undo, a file): every panel hears
    assert heard == {"core": 1, "economy": 2}
    assert window.core_panel.growth_slider.value() == 7.0


def test_origin_is_dropped_when_the_model_changes_more_than_asked(controller):
    seen = []
    controller.scenarioChanged.connect(lambda _s: seen.append(controller.origin))
    me = object()
    controller.update_from(me, core={"mode": "growth", "growth_pct": 4})
    controller.update_from(me, country="pol")  # the model writes POL: not what was given
    assert seen == [me, None]
    assert controller.origin is None


# ---------------------------------------------------------------------------- the chart


def test_y_range_is_held_while_dragging_and_settles_on_release(window, qtbot, dataset):
    _shown(window, qtbot)
    window.controller.update(horizon=2050)  # a long way: the growth rate moves the top
    handle = window.core_panel.growth_slider.slider
    vb = window.chart.plots.share_plot.getPlotItem().vb

    def top():
        return vb.viewRange()[1][1]

    def move(position):
        handle.setValue(position)
        qtbot.waitUntil(lambda: window.controller.scenario.core.growth_pct == position / 10)

    handle.setSliderDown(True)
    move(120)  # 12 % a year: a high top
    high = top()
    move(10)  # 1 % a year: the path fits a much lower top, but the axes hold still
    assert top() == high
    handle.setSliderDown(False)
    fresh = ProjectionPlots()
    fresh.set_projection(window.controller.projection)
    settled = fresh.share_plot.getPlotItem().vb.viewRange()[1][1]
    assert top() == pytest.approx(settled)
    assert settled < high
    move(20)  # not dragging: the axes follow every move
    fresh.set_projection(window.controller.projection)
    assert top() == pytest.approx(fresh.share_plot.getPlotItem().vb.viewRange()[1][1])


def test_the_window_chart_paints_what_a_move_leaves_alone_from_pictures(window, dataset):
    plots = window.chart.plots
    assert plots.share_plot.getPlotItem().fixed_grid.cacheMode() == CACHED
    assert plots.history_curve.curve.cacheMode() == CACHED
    assert plots.threshold_lines[0].cacheMode() == CACHED
    assert plots.overlay_curves[0].scatter.cacheMode() == CACHED
    assert plots.core_curve.curve.cacheMode() != CACHED  # the path itself is drawn anew
    exported = ProjectionPlots()  # exports draw vectors (a PDF keeps lines, not pixels)
    assert exported.share_plot.getPlotItem().fixed_grid.cacheMode() != CACHED
    assert exported.history_curve.curve.cacheMode() != CACHED


def test_crossing_markers_move_in_place(window, dataset):
    plots = window.chart.plots
    markers = plots.crossing_markers.items
    for pct in (4.0, 9.0, 6.0):
        proj = project(
            dataset,
            Scenario(core=CoreSpending(mode=SpendingMode.GROWTH, growth_pct=pct), horizon=2045),
        )
        plots.set_projection(proj)
        x, y = plots.crossing_markers.getData()
        reached = [
            (float(r.year_reached), r.threshold.value_pct)
            for r in proj.thresholds
            if r.year_reached is not None and not r.already_met
        ]
        assert list(zip(x, y, strict=True)) == reached
    assert plots.crossing_markers.items == markers


# ---------------------------------------------------------------------------- wrapped texts


def _steady(qtbot, text):
    box = QWidget()
    layout = QVBoxLayout(box)
    steady = SteadyText(box)
    layout.addWidget(steady)
    layout.addStretch(1)
    qtbot.addWidget(box)
    steady.setText(text)
    box.resize(300, 400)
    box.show()
    qtbot.waitExposed(box)
    QApplication.processEvents()
    return box, steady


def test_a_new_text_of_the_same_height_asks_no_layout(qtbot):
    box, steady = _steady(qtbot, "Reached in 2031 at 3.5 % of GDP.")
    layouts = _Events(box, QEvent.Type.LayoutRequest)
    height = steady.height()
    for year in range(2032, 2040):
        steady.setText(f"Reached in {year} at 3.5 % of GDP.")
        QApplication.processEvents()
    assert layouts.count == 0
    assert steady.height() == height
    assert steady.text() == "Reached in 2039 at 3.5 % of GDP."


def test_a_text_grows_at_once_and_shrinks_when_it_rests(qtbot):
    _box, steady = _steady(qtbot, "One line.")
    one = steady.height()
    steady.setText("A much longer text that needs several lines at this width " * 3)
    qtbot.waitUntil(lambda: steady.height() > one)
    three = steady.height()
    assert steady.label.height() == three
    steady.setText("One line again.")
    QApplication.processEvents()
    assert steady.height() == three  # kept while the texts keep changing
    qtbot.waitUntil(lambda: steady.height() == one, timeout=2000)


def test_a_steady_text_is_selectable_when_pointed_at(qtbot):
    _box, steady = _steady(qtbot, "Copy me.")
    steady.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label = steady.label
    assert label.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction
    point = QPointF(5, 5)
    QApplication.sendEvent(label, QEnterEvent(point, point, label.mapToGlobal(point)))
    assert label.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse
    QApplication.sendEvent(label, QEvent(QEvent.Type.Leave))
    assert label.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction


def test_a_slider_drag_lays_out_no_text_of_the_window(window, qtbot):
    _shown(window, qtbot)
    handle = window.core_panel.growth_slider.slider
    labels = [
        window.sentence_bar.label,
        window.results_panel.hague_label,
        window.results_panel.extra_label,
        window.results_panel.own_label,
        window.results_panel.info_label,
    ]
    tiles = [tile for tile in window.scoreboard.tiles if tile.isVisible()]
    handle.setSliderDown(True)
    for position in (51, 53, 55):  # warm up: the texts take the room they need
        handle.setValue(position)
        qtbot.waitUntil(lambda p=position: window.controller.scenario.core.growth_pct == p / 10)
    layouts = [_Events(w, QEvent.Type.LayoutRequest) for w in (window.sentence_bar, *tiles)]
    before = [label.text() for label in labels]
    for position in (56, 57, 58):
        handle.setValue(position)
        qtbot.waitUntil(lambda p=position: window.controller.scenario.core.growth_pct == p / 10)
        QApplication.processEvents()
    handle.setSliderDown(False)
    assert [label.text() for label in labels] != before
    assert [events.count for events in layouts] == [0] * len(layouts)
    assert "5.8" in window.sentence_bar.text()


# ---------------------------------------------------------------------------- hidden views


def test_the_yearly_table_behind_the_results_catches_up_when_shown(window, qtbot):
    _shown(window, qtbot)
    window.output_tabs.setCurrentWidget(window.results_scroll)
    model = window.table_panel.model
    window.controller.update(core={"growth_pct": 9.0})
    proj = window.controller.projection
    last = len(proj.years) - 1
    assert model.value(last, 5) != pytest.approx(proj.core_share_pct[-1])  # not touched
    window.output_tabs.setCurrentWidget(window.table_panel)
    assert model.value(last, 5) == pytest.approx(proj.core_share_pct[-1])
    np.testing.assert_allclose(
        [model.value(r, 5) for r in range(model.rowCount())], proj.core_share_pct
    )
    assert model.text(last, 0) == str(proj.horizon)
