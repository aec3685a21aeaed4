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
from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from calculator.core.dataset import Dataset
from calculator.core.models import Scenario
from calculator.core.montecarlo import Setup, prepare, simulate
from calculator.core.sensitivity import Factor, Sensitivity, sensitivity
from calculator.exports import phrases
from calculator.exports.uncertainty import UncertaintyOptions, UncertaintyResult
from calculator.gui.phrasing import qt_tr

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
    """Probabilities, which spreads, the crossing-year histogram, the tornado, the model card."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.probabilities = QLabel(self)
        self.spread = QLabel(self)
        self.spread.setWordWrap(True)
        self.card = QLabel(self)
        self.card.setWordWrap(True)
        self.histogram = pg.PlotWidget(self)
        self.histogram.setMenuEnabled(False)
        self.histogram.setMouseEnabled(False, False)
        self.histogram.setLabel("left", self.tr("Share of draws (%)"))
        self.histogram_bars = pg.BarGraphItem(x=[0], height=[0], width=0.8, brush="#0072B2")
        self.histogram.addItem(self.histogram_bars)
        self.tornado = pg.PlotWidget(self)
        self.tornado.setMenuEnabled(False)
        self.tornado.setMouseEnabled(False, False)
        self.tornado.setLabel("bottom", self.tr("Change of the target-year share (pp)"))
        self.tornado_up = pg.BarGraphItem(x0=[0], y=[0], width=[0], height=0.6, brush="#D55E00")
        self.tornado_down = pg.BarGraphItem(x0=[0], y=[0], width=[0], height=0.6, brush="#009E73")
        self.tornado.addItem(self.tornado_up)
        self.tornado.addItem(self.tornado_down)
        layout = QVBoxLayout(self)
        for w in (self.probabilities, self.spread, self.histogram, self.tornado, self.card):
            layout.addWidget(w)
        self.threshold_index = 1  # 3.5 % core by default
        self.result: UncertaintyResult | None = None

    @Slot(object)
    def show_result(self, result: UncertaintyResult) -> None:
        """Update every part in place."""
        self.result = result
        mc = result.mc
        self.probabilities.setText(
            "\n".join(phrases.probability_text(o.threshold, o.probability, qt_tr) for o in mc.odds)
        )
        self.spread.setText(phrases.spread_text(mc.spread, qt_tr))
        self.card.setText("\n".join(phrases.model_card(mc.model, qt_tr)))
        if not mc.odds:
            return
        k = min(self.threshold_index, len(mc.odds) - 1)
        odds = mc.odds[k]
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
