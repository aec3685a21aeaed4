"""Window benchmarks for ``make bench``: slider → painted chart, alliance overview, start-up, exports.

Every app figure has a bare baseline measured in the same run and processed the same way:

- a frame is "finished" after :func:`frame` (``processEvents`` passes: the paint, the deferred layout
  pass that word-wrapped labels post while painting, and the repaint that layout asks for); the
  slider and its bare baseline use :func:`settle`, which goes on past those passes for as long as
  the window still paints;
- the bare curves have fixed axis ranges (autorange off), as many points as the app's curves, and
  are timed from ``setData`` to the end of :func:`frame`;
- the app is timed from the change (a slider's ``setValue``, a controller update) until its result
  is on screen: :func:`until` waits for any throttle or coalescing timer, then :func:`frame`.

The slider is driven as a user drags it: the handle is pressed, the ``QSlider`` itself moves (its
moves reach the window through the slider's coalescing timer, which the clock includes) and is
released every :data:`DRAG_MOVES` moves; the release (the y-range and wrapped texts settling)
is timed on its own (``slider_release_by_tab_ms_p50``). Steps without a drag (arrow keys, a
click on the groove: nothing is held) are timed too (``slider_step_by_tab_ms_p50``).

Start-up runs subprocesses: ``budget-calculator`` with ``CALCULATOR_EXIT_AFTER_FIRST_PAINT=1`` (see
:mod:`calculator.gui.app`), interleaved with a bare PySide6 window holding one pyqtgraph plot that
reports its first frame the same way. Each run gets an empty home folder, so no settings, recent
files or autosave of the user's are read or written.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FRAME_PASSES = 3
MAX_PASSES = 12  # settle(): passes at most, however long the window goes on painting
SLIDER_MOVES = 200  # per tab
DRAG_MOVES = 25  # moves per drag before the handle is let go (about half a second of dragging)
STEP_MOVES = 60  # per tab: slider steps without a drag
ALLIANCE_UPDATES = 200
STARTUP_RUNS = 7
WAIT_LIMIT_S = 5.0
TABS = {"results": "results_scroll", "yearly_table": "table_panel", "compare": "compare_panel"}

BARE_STARTUP = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
import pyqtgraph as pg

app = QApplication(sys.argv[:1])
window = QMainWindow()
plot = pg.PlotWidget()
plot.plot([2026, 2035], [2.0, 3.5])
window.setCentralWidget(plot)
window.resize(1400, 900)

def report():
    print(f"first-paint {time.time():.6f}", flush=True)
    QApplication.exit(0)

class FirstPaint(QObject):  # as calculator.gui.app does for the app
    def eventFilter(self, watched, event):
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is window
        ):
            app.removeEventFilter(self)
            QTimer.singleShot(0, report)
        return False

app.installEventFilter(FirstPaint(window))
window.show()
sys.exit(app.exec())
"""


def _pct(values: list[float], q: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def frame(app: Any) -> None:
    """Let the window finish the frame: paint, the deferred layout pass, the repaint it asks for."""
    for _ in range(FRAME_PASSES):
        app.processEvents()


class _Paints:
    """Counts the repaints (``UpdateRequest``) Qt delivers to one top-level window."""

    def __init__(self, window: Any) -> None:
        from PySide6.QtCore import QEvent, QObject

        update_request = QEvent.Type.UpdateRequest
        counter = self

        class _Filter(QObject):
            def eventFilter(self, _watched: Any, event: Any) -> bool:
                if event.type() == update_request:
                    counter.count += 1
                return False

        self.count = 0
        self._window = window
        self._filter = _Filter()
        window.installEventFilter(self._filter)

    def remove(self) -> None:
        self._window.removeEventFilter(self._filter)


def settle(app: Any, paints: _Paints) -> None:
    """:func:`frame`, then more passes for as long as the window still repaints.

    Ends after a pass in which the window did not paint (at most :data:`MAX_PASSES` passes), so
    a layout or repaint that Qt defers to a later turn of the event loop is always counted.
    """
    for _ in range(FRAME_PASSES):
        app.processEvents()
    for _ in range(MAX_PASSES - FRAME_PASSES):
        seen = paints.count
        app.processEvents()
        if paints.count == seen:
            return


def until(app: Any, done: Callable[[], bool]) -> None:
    """Run the event loop (sleeping between events) until ``done()``: throttles and timers count."""
    from PySide6.QtCore import QEventLoop

    deadline = time.perf_counter() + WAIT_LIMIT_S
    while not done():
        if time.perf_counter() > deadline:
            raise TimeoutError("the window did not show the change")
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)


def bench_gui() -> dict[str, Any]:
    """Slider → chart per tab, the alliance overview, both bare baselines, and the exports."""
    import pyqtgraph as pg
    from PySide6.QtWidgets import QApplication

    from calculator.core.models import (
        DEFAULT_THRESHOLDS,
        WALES_THRESHOLD,
        CoreSpending,
        RelatedSpending,
        Scenario,
        SpendingMode,
    )
    from calculator.gui.main_window import MainWindow
    from calculator.render.qt import load_fonts
    from calculator.storage import bundled_dataset

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    load_fonts(app)
    ds = bundled_dataset()
    # Every overlay: four thresholds (Wales on), related spending (the total line), a long horizon.
    scenario = Scenario(
        country="ESP",
        horizon=2050,
        core=CoreSpending(mode=SpendingMode.GROWTH, growth_pct=5.0),
        related=RelatedSpending(share_pct=0.5),
        thresholds=(*DEFAULT_THRESHOLDS, WALES_THRESHOLD.evolve(enabled=True)),
    )
    win = MainWindow(ds, settings=None, scenario=scenario)
    win.controller.merge_window_s = 0.0
    win.resize(1400, 900)
    win.show()
    frame(app)
    pinned = getattr(win, "pinned", None)
    if pinned is not None and hasattr(pinned, "set_pinned"):
        pinned.set_pinned([scenario.evolve(country=c) for c in ("BEL", "DEU", "POL", "FRA")])
        frame(app)

    result: dict[str, Any] = {}
    by_tab: dict[str, list[float]] = {}
    releases: dict[str, list[float]] = {}
    steps: dict[str, list[float]] = {}
    paints = _Paints(win)
    for name, attr in TABS.items():
        win.output_tabs.setCurrentWidget(getattr(win, attr))
        frame(app)
        by_tab[name], releases[name] = _slider_drags(app, win, paints, SLIDER_MOVES)
        steps[name] = _slider_steps(app, win, paints, STEP_MOVES)
        _log(
            f"slider, {name} tab: drag p50 {statistics.median(by_tab[name]):.2f} ms, "
            f"p95 {_pct(by_tab[name], 95):.2f}; release p50 "
            f"{statistics.median(releases[name]):.2f} ms (max {max(releases[name]):.2f}); "
            f"step p50 {statistics.median(steps[name]):.2f} ms"
        )
    paints.remove()
    win.output_tabs.setCurrentWidget(win.results_scroll)
    frame(app)
    p50 = {k: round(statistics.median(v), 3) for k, v in by_tab.items()}
    p95 = {k: round(_pct(v, 95), 3) for k, v in by_tab.items()}
    result["slider_by_tab_ms_p50"] = p50
    result["slider_by_tab_ms_p95"] = p95
    result["slider_to_chart_ms_p50"] = max(p50.values())
    result["slider_to_chart_ms_p95"] = max(p95.values())
    result["slider_release_by_tab_ms_p50"] = {
        k: round(statistics.median(v), 3) for k, v in releases.items()
    }
    result["slider_release_ms_max"] = round(max(max(v) for v in releases.values()), 3)
    result["slider_step_by_tab_ms_p50"] = {
        k: round(statistics.median(v), 3) for k, v in steps.items()
    }
    result["slider_step_by_tab_ms_p95"] = {k: round(_pct(v, 95), 3) for k, v in steps.items()}

    # The bare curves are drawn like the app's: the projected core line, the thin ally paths.
    core_like = {"pen": pg.mkPen("#0072B2", width=2.5)}
    ally_like = {"pen": pg.mkPen("#B8B8B8", width=1), "antialias": False}
    share_plot = win.chart.plots.share_plot
    n_points = len(win.controller.projection.years)
    result["bare_fixed_ms_p50"] = round(
        statistics.median(
            _bare(app, share_plot.size(), [n_points], SLIDER_MOVES, core_like, quiet=True)
        ),
        3,
    )
    result["slider_ratio_p50"] = round(
        result["slider_to_chart_ms_p50"] / result["bare_fixed_ms_p50"], 2
    )

    alliance = bench_alliance_update(win, ALLIANCE_UPDATES)
    result["alliance_update_ms_p50"] = round(statistics.median(alliance), 3)
    result["alliance_update_ms_p95"] = round(_pct(alliance, 95), 3)
    points = [len(p.years) for p in win.alliance_view.model.projections()]
    result["bare_alliance_ms_p50"] = round(
        statistics.median(
            _bare(app, win.alliance_view.plot.size(), points, ALLIANCE_UPDATES, ally_like)
        ),
        3,
    )
    result["alliance_ratio_p50"] = round(
        result["alliance_update_ms_p50"] / result["bare_alliance_ms_p50"], 2
    )
    result.update(_bench_exports(win))
    win.close()
    frame(app)
    return result


def _slider_values(n: int) -> list[int]:
    """``n`` slider positions (tenths of a per cent: 3.0 to 7.9 % a year), never twice running."""
    positions = [30 + (i * 7) % 50 for i in range(n)]
    return [p + 1 if i and p == positions[i - 1] else p for i, p in enumerate(positions)]


def _move(app: Any, win: Any, paints: _Paints, position: int) -> float:
    """Milliseconds from moving the growth slider's handle to ``position`` until it is shown."""
    import numpy as np

    qslider = win.core_panel.growth_slider.slider
    controller = win.controller
    pct = position / 10.0
    t0 = time.perf_counter()
    qslider.setValue(position)
    until(app, lambda: abs(controller.projection.scenario.core.growth_pct - pct) < 1e-9)
    settle(app, paints)
    elapsed = (time.perf_counter() - t0) * 1000.0
    # Outside the timing: the chart really shows the new projection.
    _, y = win.chart.plots.core_curve.getData()
    assert np.allclose(y, controller.projection.core_share_pct)
    return elapsed


def _slider_drags(app: Any, win: Any, paints: _Paints, n: int) -> tuple[list[float], list[float]]:
    """``n`` drag moves of the growth slider, let go every :data:`DRAG_MOVES` moves.

    Returns the moves' milliseconds (from the handle's move until the window has painted the
    result, the coalescing timer included) and the releases' (from letting go until the
    settled window has painted).
    """
    qslider = win.core_panel.growth_slider.slider
    warmup = 5
    moves: list[float] = []
    releases: list[float] = []
    positions = _slider_values(n + warmup)
    for start in range(0, len(positions), DRAG_MOVES):
        qslider.setSliderDown(True)  # the handle is pressed: a drag starts
        for i, position in enumerate(positions[start : start + DRAG_MOVES], start):
            elapsed = _move(app, win, paints, position)
            if i >= warmup:
                moves.append(elapsed)
        t0 = time.perf_counter()
        qslider.setSliderDown(False)  # let go: the window settles
        settle(app, paints)
        releases.append((time.perf_counter() - t0) * 1000.0)
    return moves, releases


def _slider_steps(app: Any, win: Any, paints: _Paints, n: int) -> list[float]:
    """``n`` moves of the growth slider without a drag (arrow keys, a click on the groove)."""
    positions = _slider_values(n + 5)
    times = [_move(app, win, paints, position) for position in positions]
    return times[5:]


def _bare(
    app: Any, size: Any, points: list[int], n: int, pen: Any, *, quiet: bool = False
) -> list[float]:
    """A bare plot of ``size`` with one curve per entry of ``points``: setData on all, then frame.

    Fixed axis ranges (autorange off), no grid, no legend: the cost of the curves themselves.
    ``quiet``: wait with :func:`settle` (as the slider's moves do) rather than :func:`frame`.
    """
    import numpy as np
    import pyqtgraph as pg

    plot = pg.PlotWidget(background="w")
    plot.resize(size)
    item = plot.getPlotItem()
    curves = [item.plot([], [], **pen) for _ in points]
    item.enableAutoRange(enable=False)
    item.setXRange(2025, 2051, padding=0)
    item.setYRange(0, 8, padding=0)
    plot.show()
    frame(app)
    paints = _Paints(plot)
    times: list[float] = []
    for i in range(n + 5):
        data = [
            (np.arange(2026, 2026 + k, dtype=float), np.linspace(1.0, 2.0 + (i + j) % 5, k))
            for j, k in enumerate(points)
        ]
        t0 = time.perf_counter()
        for curve, (x, y) in zip(curves, data, strict=True):
            curve.setData(x, y)
        if quiet:
            settle(app, paints)
        else:
            frame(app)
        if i >= 5:
            times.append((time.perf_counter() - t0) * 1000.0)
    paints.remove()
    plot.close()
    frame(app)
    return times


def bench_alliance_update(window: Any, n: int = ALLIANCE_UPDATES) -> list[float]:
    """Milliseconds for ``n`` alliance updates, from the change until the overview is painted.

    ``window`` is a :class:`~calculator.gui.main_window.MainWindow`; its overview tab is shown
    for the run. Each update changes the spending growth, so the whole overview is recomputed,
    as when a slider moves with the overview on screen. The time includes the overview's own
    throttle: the loop waits for its ``updated`` signal, then for the frame.
    """
    from PySide6.QtWidgets import QApplication

    from calculator.core.models import SpendingMode

    app = QApplication.instance() or QApplication([])
    controller, view = window.controller, window.alliance_view
    restore = window.view_tabs.currentWidget()
    window.view_tabs.setCurrentWidget(view)
    frame(app)
    controller.update(core={"mode": SpendingMode.GROWTH})
    view.flush()
    frame(app)
    updates = [0]

    def count() -> None:
        updates[0] += 1

    view.updated.connect(count)
    times: list[float] = []
    for i in range(n + 5):
        pct = 3.0 + (i % 40) * 0.25
        if abs(controller.scenario.core.growth_pct - pct) < 1e-9:
            pct += 0.1
        seen = updates[0]
        t0 = time.perf_counter()
        controller.update(core={"growth_pct": pct})
        until(app, lambda seen=seen: updates[0] > seen)
        frame(app)
        if i >= 5:  # warm-up
            times.append((time.perf_counter() - t0) * 1000.0)
    view.updated.disconnect(count)
    if restore is not None:
        window.view_tabs.setCurrentWidget(restore)
        frame(app)
    _log(f"alliance update: p50 {statistics.median(times):.2f} ms over {len(times)}")
    return times


def _first_paint_s(command: list[str], env: dict[str, str]) -> float:
    """Seconds from starting ``command`` until it reports its first painted frame."""
    with tempfile.TemporaryDirectory() as home:
        run_env = env | {
            "HOME": home,
            "XDG_CONFIG_HOME": str(Path(home) / "config"),
            "XDG_DATA_HOME": str(Path(home) / "data"),
            "XDG_CACHE_HOME": str(Path(home) / "cache"),
            "XDG_STATE_HOME": str(Path(home) / "state"),
        }
        t0 = time.time()
        try:
            done = subprocess.run(
                command, env=run_env, capture_output=True, text=True, timeout=60, check=False
            )
        except subprocess.TimeoutExpired:
            raise RuntimeError(f"{command[0]} did not report a first paint in 60 s") from None
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("first-paint ")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"{command[0]} gave no first paint: {done.stderr[-500:]}")
    return float(lines[-1].split()[1]) - t0


def bench_startup(runs: int = STARTUP_RUNS) -> dict[str, float]:
    """Process start → first painted window: the app and a bare Qt window, interleaved.

    Both start from compiled bytecode, as an installed copy does (pip and the bundle compile
    it): a shared ``PYTHONPYCACHEPREFIX`` that the warm-up runs fill, whatever
    ``PYTHONDONTWRITEBYTECODE`` says (set, every start of an editable install would compile
    the app's hundred modules anew, a cost no user pays twice and the bare window never pays).
    """
    scripts = Path(sys.executable).parent
    app_command = [str(scripts / "budget-calculator")]
    bare_command = [sys.executable, "-c", BARE_STARTUP]
    with tempfile.TemporaryDirectory() as pycache:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | {
            "QT_QPA_PLATFORM": "offscreen",
            "CALCULATOR_EXIT_AFTER_FIRST_PAINT": "1",
            "PYTHONPYCACHEPREFIX": pycache,
        }
        _first_paint_s(bare_command, env)  # warm the file cache and bytecode for both
        _first_paint_s(app_command, env)
        app_s: list[float] = []
        bare_s: list[float] = []
        for i in range(runs):
            order = [(bare_command, bare_s), (app_command, app_s)]
            for command, out in order if i % 2 == 0 else order[::-1]:
                out.append(_first_paint_s(command, env))
    _log(f"start-up: app {[round(s, 2) for s in app_s]}, bare {[round(s, 2) for s in bare_s]}")
    app_p50, bare_p50 = statistics.median(app_s), statistics.median(bare_s)
    return {
        "startup_s_p50": round(app_p50, 3),
        "bare_qt_startup_s_p50": round(bare_p50, 3),
        "startup_ratio": round(app_p50 / bare_p50, 2),
    }


def _bench_exports(win: Any) -> dict[str, float]:
    """Median seconds to write the PDF brief and the Excel workbook of the current scenario."""
    from calculator.render.report import write_report

    proj = win.controller.projection
    ds = win.controller.dataset
    out: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in ("pdf", "xlsx"):
            path = Path(tmp) / f"brief.{fmt}"
            write_report(path, proj, ds)  # warm-up (fonts, imports)
            times = []
            for _ in range(5):
                t0 = time.perf_counter()
                write_report(path, proj, ds)
                times.append(time.perf_counter() - t0)
            out[f"{fmt}_export_s"] = round(statistics.median(times), 3)
    return out
