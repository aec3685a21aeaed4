"""The window's uncertainty: a Monte Carlo worker that follows the scenario, and its view.

:class:`UncertaintyRunner` keeps sliders instant: each scenario change restarts a single-shot
timer (~120 ms of idle); when it fires the inputs are gathered on the GUI thread (cheap), the
draws run in a :class:`QThreadPool` worker, and the result comes back by signal. Every request
gets a generation number; a newer request supersedes an older one (a queued job is dropped,
a running one's result is ignored when it arrives). The worker never touches a widget.

:class:`UncertaintyView` shows the probabilities, which quantity spreads, the crossing-year
histogram, the tornado of the sensitivity table and the model card; its plot items are built
once and updated with ``setOpts``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from calculator.core.dataset import Dataset
from calculator.core.models import Scenario
from calculator.core.montecarlo import (
    EXECUTION_MEAN_RANGE,
    EXECUTION_SD_RANGE,
    ExecutionRisk,
    Setup,
    prepare,
    simulate,
)
from calculator.core.sensitivity import Factor, Sensitivity, sensitivity
from calculator.core.uncertainty import DEFAULT_DRAWS, DEFAULT_EXCLUDED, MAX_DRAWS
from calculator.exports import phrases
from calculator.exports.locales import localize_number
from calculator.exports.uncertainty import UncertaintyOptions, UncertaintyResult, band_of_share
from calculator.gui.controller import ScenarioController
from calculator.gui.phrasing import qt_tr
from calculator.gui.scoreboard import Scoreboard
from calculator.render.chart import ProjectionPlots, local_axes

IDLE_MS = 120


@dataclass(frozen=True)
class _Job:
    generation: int
    setup: Setup
    sensitivity: Sensitivity
    currency: str


class _Sink(QObject):
    """Lives on the GUI thread; the worker emits through it (a queued connection)."""

    done = Signal(int, object)
    failed = Signal(int, str)


class _Runnable(QRunnable):
    def __init__(self, job: _Job, sink: _Sink) -> None:
        super().__init__()
        self._job = job
        self._sink = sink

    def run(self) -> None:  # on a pool thread: arrays only, no widget, no dataset
        job = self._job
        try:
            mc = simulate(job.setup)
        except Exception as exc:  # reported to the GUI thread, never raised in the pool
            self._sink.failed.emit(job.generation, str(exc))
            return
        self._sink.done.emit(job.generation, UncertaintyResult(mc, job.sensitivity, job.currency))


class UncertaintyRunner(QObject):
    """Runs the Monte Carlo of the latest scenario after the user stops changing it."""

    resultReady = Signal(object)  # UncertaintyResult
    failed = Signal(str)
    started = Signal(int)  # generation

    def __init__(
        self,
        ds: Dataset,
        options: UncertaintyOptions | None = None,
        parent: QObject | None = None,
        *,
        idle_ms: int = IDLE_MS,
    ) -> None:
        super().__init__(parent)
        self._ds = ds
        self.options = options or UncertaintyOptions()
        self._scenario: Scenario | None = None
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(idle_ms)
        self._timer.timeout.connect(self._start)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._sink = _Sink(self)
        self._sink.done.connect(self._on_done)
        self._sink.failed.connect(self._on_failed)
        self.enabled = True

    @property
    def generation(self) -> int:
        """The number of the latest request."""
        return self._generation

    @Slot(object)
    def request(self, scenario: Scenario) -> None:
        """Ask for ``scenario``'s uncertainty; (re)starts the idle timer, supersedes older ones."""
        self._scenario = scenario
        self._generation += 1
        self._pool.clear()  # a job not started yet is of an older scenario
        if self.enabled:
            self._timer.start()

    def cancel(self) -> None:
        """Drop any pending or running request (its result will be ignored)."""
        self._generation += 1
        self._timer.stop()
        self._pool.clear()

    def flush(self) -> None:
        """Start the pending request now (tests; an export that needs the numbers)."""
        if self._timer.isActive():
            self._timer.stop()
            self._start()

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait for the worker to finish (tests, shutdown)."""
        return bool(self._pool.waitForDone(msecs))

    @Slot()
    def _start(self) -> None:
        scenario = self._scenario
        if scenario is None:
            return
        try:  # gathered on the GUI thread: the dataset's caches are not shared with the pool
            model = self.options.model(self._ds, scenario)
            setup = prepare(self._ds, scenario, model, execution_risk=self.options.execution_risk)
            sens = sensitivity(self._ds, scenario, self.options.steps)
        except ValueError as exc:
            self.failed.emit(str(exc))
            return
        currency = self._ds.country(scenario.country).currency
        job = _Job(self._generation, setup, sens, currency)
        self.started.emit(job.generation)
        self._pool.start(_Runnable(job, self._sink))

    @Slot(int, object)
    def _on_done(self, generation: int, result: object) -> None:
        if generation == self._generation:  # a stale result is dropped
            self.resultReady.emit(result)

    @Slot(int, str)
    def _on_failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.failed.emit(message)


class UncertaintyView(QWidget):
    """Probabilities, which spreads, the crossing-year histogram, the tornado, the model card.

    Its controls (on/off, draws, seed, the years left out, execution risk) say what to run:
    :attr:`optionsChanged` carries the :class:`UncertaintyOptions`, :attr:`enabledChanged`
    the on/off switch. Off by default: the deterministic answer comes first and no worker runs
    until the user asks for the odds.
    """

    optionsChanged = Signal(object)  # UncertaintyOptions
    enabledChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled_box = QCheckBox(self)
        self.enabled_box.setToolTip(
            self.tr("Draw growth and inflation shocks and show the odds of each threshold")
        )
        self.draws = QSpinBox(self)
        self.draws.setRange(1_000, MAX_DRAWS)
        self.draws.setSingleStep(1_000)
        self.draws.setValue(DEFAULT_DRAWS)
        self.draws.setGroupSeparatorShown(True)
        self.draws.setAccessibleName(self.tr("Number of draws"))
        self.seed = QSpinBox(self)
        self.seed.setRange(0, 2**31 - 1)
        self.seed.setAccessibleName(self.tr("Seed"))
        self.seed.setToolTip(self.tr("The same seed gives the same numbers"))
        self.exclude = QCheckBox(self.tr("Leave 2020\u201321 out of the estimate"), self)
        self.exclude.setChecked(True)
        self.risk_box = QCheckBox(self.tr("Execution risk (% of plan not spent)"), self)
        self.risk_mean = QDoubleSpinBox(self)
        self.risk_mean.setRange(*EXECUTION_MEAN_RANGE)
        self.risk_mean.setValue(3.0)
        self.risk_mean.setSuffix(" %")
        self.risk_mean.setAccessibleName(self.tr("Execution risk, mean"))
        self.risk_sd = QDoubleSpinBox(self)
        self.risk_sd.setRange(*EXECUTION_SD_RANGE)
        self.risk_sd.setValue(2.0)
        self.risk_sd.setPrefix(self.tr("SD "))
        self.risk_sd.setSuffix(self.tr(" pp"))
        self.risk_sd.setAccessibleName(self.tr("Execution risk, spread"))
        for w in (self.risk_mean, self.risk_sd):
            w.setEnabled(False)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        self.probabilities = QLabel(self)
        bold = QFont(self.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.1)
        self.probabilities.setFont(bold)
        self.spread = QLabel(self)
        self.spread.setWordWrap(True)
        self.card = QLabel(self)
        self.card.setWordWrap(True)
        self.card_title = QLabel(self.tr("Model card"), self)
        self.card_title.setFont(bold)
        # selectable, so focusable: named for screen readers even before the first result
        self.probabilities.setAccessibleName(self.tr("Probabilities"))
        self.spread.setAccessibleName(self.tr("Which quantity spreads"))
        self.card.setAccessibleName(self.tr("Model card"))
        for label in (self.probabilities, self.spread, self.card):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.histogram = pg.PlotWidget(self, background="w")
        local_axes(self.histogram.getPlotItem())
        self.histogram.setAccessibleName(self.tr("Histogram of the year first reached"))
        self.histogram.setMenuEnabled(False)
        self.histogram.setMouseEnabled(False, False)
        self.histogram.hideButtons()
        self.histogram.setLabel("left", self.tr("Share of draws (%)"))
        self.histogram_bars = pg.BarGraphItem(x=[0], height=[0], width=0.8, brush="#0072B2")
        self.histogram.addItem(self.histogram_bars)
        self.tornado = pg.PlotWidget(self, background="w")
        local_axes(self.tornado.getPlotItem())
        self.tornado.setAccessibleName(self.tr("Sensitivity chart"))
        self.tornado.setMenuEnabled(False)
        self.tornado.setMouseEnabled(False, False)
        self.tornado.hideButtons()
        self.tornado.setLabel("bottom", self.tr("Change of the target-year share (pp)"))
        self.tornado_up = pg.BarGraphItem(x0=[0], y=[0], width=[0], height=0.6, brush="#D55E00")
        self.tornado_down = pg.BarGraphItem(x0=[0], y=[0], width=[0], height=0.6, brush="#009E73")
        self.tornado.addItem(self.tornado_up)
        self.tornado.addItem(self.tornado_down)
        for plot in (self.histogram, self.tornado):
            for name in ("left", "bottom"):
                axis = plot.getAxis(name)
                axis.setTextPen("#222222")
                axis.enableAutoSIPrefix(False)  # points stay points, never "(x0.001)"

        # two short rows, so that the view never widens the window (1280 pixels fit)
        controls = QVBoxLayout()
        first, second = QHBoxLayout(), QHBoxLayout()
        first.addWidget(self.enabled_box)
        for name, spin in ((self.tr("&Draws"), self.draws), (self.tr("S&eed"), self.seed)):
            caption = QLabel(name, self)
            caption.setBuddy(spin)
            first.addWidget(caption)
            first.addWidget(spin)
        first.addStretch(1)
        third = QHBoxLayout()
        second.addWidget(self.exclude)
        second.addStretch(1)
        for control in (self.risk_box, self.risk_mean, self.risk_sd):
            third.addWidget(control)
        third.addStretch(1)
        for row in (first, second, third):
            controls.addLayout(row)
        text = QVBoxLayout()
        for label in (self.probabilities, self.spread, self.card_title, self.card):
            text.addWidget(label)
        text.addStretch(1)
        text.addWidget(self.status)
        self.tornado_caption = QLabel(self)
        self.tornado_caption.setWordWrap(True)
        self.tornado_caption.setTextFormat(Qt.TextFormat.PlainText)
        plots = QVBoxLayout()
        plots.addWidget(self.histogram, 1)
        plots.addWidget(self.tornado, 1)
        plots.addWidget(self.tornado_caption)
        body = QHBoxLayout()
        body.addLayout(text, 2)
        body.addLayout(plots, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addLayout(body, 1)
        self.threshold_index = 1  # 3.5 % core by default
        self.result: UncertaintyResult | None = None
        self._on_draws_value_changed(self.draws.value())
        self.set_pending(False)

        self.enabled_box.toggled.connect(self._on_enabled_box_toggled)
        self.draws.valueChanged.connect(self._on_draws_value_changed)
        self.draws.editingFinished.connect(self._emit_options)
        self.seed.editingFinished.connect(self._emit_options)
        self.exclude.toggled.connect(self._emit_options)
        self.risk_box.toggled.connect(self._on_risk_box_toggled)
        self.risk_mean.editingFinished.connect(self._emit_options)
        self.risk_sd.editingFinished.connect(self._emit_options)

    @property
    def enabled(self) -> bool:
        """Whether the user asked for the uncertainty."""
        return self.enabled_box.isChecked()

    def options(self) -> UncertaintyOptions:
        """The settings the controls show."""
        risk = None
        if self.risk_box.isChecked():
            risk = ExecutionRisk(self.risk_mean.value(), self.risk_sd.value())
        return UncertaintyOptions(
            draws=self.draws.value(),
            seed=self.seed.value(),
            exclude=DEFAULT_EXCLUDED if self.exclude.isChecked() else (),
            execution_risk=risk,
        )

    def set_pending(self, pending: bool) -> None:
        """Say whether new draws are running (the old numbers stay until they arrive)."""
        if not self.enabled:
            text = self.tr("Off: tick the box to draw the odds of each threshold.")
        elif pending:
            text = self.tr("Drawing\u2026")
        else:
            text = ""
        if self.status.text() != text:
            self.status.setText(text)

    @Slot(str)
    def show_error(self, message: str) -> None:
        """The run was refused (a scenario the draws cannot take)."""
        self.status.setText(message)

    @Slot(bool)
    def _on_enabled_box_toggled(self, on: bool) -> None:
        self.set_pending(on)
        self.enabledChanged.emit(on)

    @Slot(int)
    def _on_draws_value_changed(self, value: int) -> None:
        draws = localize_number(f"{value:,}")  # 10.000 in German
        self.enabled_box.setText(self.tr("Show uncertainty ({0} draws)").format(draws))

    @Slot(bool)
    def _on_risk_box_toggled(self, on: bool) -> None:
        for w in (self.risk_mean, self.risk_sd):
            w.setEnabled(on)
        self._emit_options()

    @Slot()
    def _emit_options(self) -> None:
        self.optionsChanged.emit(self.options())

    @Slot(object)
    def show_result(self, result: UncertaintyResult) -> None:
        """Update every part in place."""
        self.result = result
        mc = result.mc
        self.probabilities.setText(
            "\n".join(phrases.probability_text(o.threshold, o.probability, qt_tr) for o in mc.odds)
        )
        self.spread.setText(phrases.spread_text(mc.spread, qt_tr))
        card = list(phrases.model_card(mc.model, qt_tr))
        if mc.execution_risk is not None:
            risk = mc.execution_risk
            card.append(phrases.execution_risk_text(risk.mean_pct, risk.sd_pct, qt_tr))
        self.card.setText("\n".join(card))
        self.set_pending(False)
        if not mc.odds:
            return
        k = min(self.threshold_index, len(mc.odds) - 1)
        odds = mc.odds[k]
        self.histogram.setTitle(
            phrases.say(phrases.UNC_CROSSING_TITLE, qt_tr).format(
                phrases.threshold_title(odds.threshold, qt_tr)
            ),
            size="9pt",
        )
        not_by = phrases.say(phrases.UNC_NOT_BY, qt_tr).format(int(odds.years[-1]))
        self.histogram.getAxis("bottom").setTicks(
            [
                [(float(y), str(int(y))) for y in odds.years[:: 1 + len(odds.years) // 9]]
                + [(float(odds.years[-1]) + 1.5, not_by)],
                [],
            ]
        )
        x = np.append(odds.years.astype(float), float(odds.years[-1]) + 1.5)
        heights = 100.0 * np.append(odds.first_reached, odds.not_by_horizon)
        self.histogram_bars.setOpts(x=x, height=heights)
        self.histogram.setXRange(float(x[0]) - 1, float(x[-1]) + 1, padding=0)
        self.histogram.setYRange(0, max(5.0, float(heights.max()) * 1.1), padding=0)
        self._show_tornado(result.sensitivity, k)

    def _show_tornado(self, sens: Sensitivity, k: int) -> None:
        factors = list(Factor)
        step = abs(sens.rows[0].step_pp) if sens.rows else 1.0
        swings = [sens.swing(k, f, step) for f in factors]
        y = np.arange(len(factors), dtype=float)
        down = np.array([s[0] for s in swings])
        up = np.array([s[1] for s in swings])
        self.tornado_up.setOpts(x0=np.minimum(up, 0), y=y, width=np.abs(up))
        self.tornado_down.setOpts(x0=np.minimum(down, 0), y=y, width=np.abs(down))
        span = float(max(np.nanmax(np.abs(np.r_[up, down])), 0.1)) * 1.2
        self.tornado.setXRange(-span, span, padding=0)
        th = sens.thresholds[k]
        self.tornado.setTitle(
            self.tr("Share in {0}, one assumption {1} pp").format(
                th.target_year, f"\u00b1{step:g}"
            ),
            size="9pt",
        )
        caption = self.tr(
            "Orange: the assumption {0} pp higher; green: {0} pp lower. The bars are the change of "
            "the core share in {1} against the central case."
        ).format(f"{step:g}", th.target_year)
        if self.tornado_caption.text() != caption:
            self.tornado_caption.setText(caption)
        self.tornado.setYRange(-0.7, len(factors) - 0.3, padding=0)
        axis = self.tornado.getAxis("left")
        axis.setTicks(
            [
                [
                    (i, phrases.say(phrases.SENS_FACTORS[f.value], qt_tr))
                    for i, f in enumerate(factors)
                ]
            ]
        )


class UncertaintyLink(QObject):
    """The window's wiring: scenario → runner → view, the chart's band and the scoreboard.

    While new draws run the band is hidden and the scoreboard says ``3.5 % by 2035: …``, so
    nothing on screen belongs to an older scenario. With the view's switch off no worker runs.
    """

    def __init__(
        self,
        controller: ScenarioController,
        runner: UncertaintyRunner,
        view: UncertaintyView,
        plots: ProjectionPlots,
        scoreboard: Scoreboard,
    ) -> None:
        super().__init__(view)
        self._controller = controller
        self.runner = runner
        self.view = view
        self._plots = plots
        self._scoreboard = scoreboard
        self.result: UncertaintyResult | None = None
        self._numbers: Scenario | None = None  # the scenario run last, without name and notes
        runner.enabled = view.enabled
        runner.options = view.options()
        controller.scenarioChanged.connect(self._on_model_scenario_changed)
        runner.resultReady.connect(self._on_runner_result_ready)
        runner.failed.connect(self._on_runner_failed)
        view.enabledChanged.connect(self._on_view_enabled_changed)
        view.optionsChanged.connect(self._on_view_options_changed)

    def _invalidate(self) -> None:
        self.result = None
        self._numbers = None
        self._plots.set_band(None, None)
        self._scoreboard.set_odds(None)
        self.view.set_pending(self.runner.enabled)

    @Slot(object)
    def _on_model_scenario_changed(self, scenario: Scenario) -> None:
        if not self.runner.enabled:
            return
        numbers = scenario.model_copy(update={"name": "", "notes": ""})
        if numbers == self._numbers:  # a new name or note: the draws stay as they are
            return
        self._invalidate()
        self._numbers = numbers
        self.runner.request(scenario)

    @Slot(object)
    def _on_runner_result_ready(self, result: UncertaintyResult) -> None:
        self.result = result
        self.view.show_result(result)
        self._plots.set_band(result.mc.years, band_of_share(result.mc))
        self._scoreboard.set_odds(result.mc)

    @Slot(str)
    def _on_runner_failed(self, message: str) -> None:
        self._invalidate()
        self.view.show_error(message)

    @Slot(bool)
    def _on_view_enabled_changed(self, on: bool) -> None:
        self.runner.enabled = on
        self._scoreboard.set_odds_shown(on)
        if on:
            self._numbers = None
            self._on_model_scenario_changed(self._controller.scenario)
        else:
            self.runner.cancel()
            self._invalidate()

    @Slot(object)
    def _on_view_options_changed(self, options: UncertaintyOptions) -> None:
        if options == self.runner.options:
            return
        self.runner.options = options
        self._numbers = None  # the same scenario, other draws
        self._on_model_scenario_changed(self._controller.scenario)

    def shutdown(self) -> None:
        """Drop any pending run and wait for the worker (the window is closing)."""
        self.runner.cancel()
        self.runner.wait()
