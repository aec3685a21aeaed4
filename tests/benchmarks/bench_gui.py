"""Window benchmarks for ``make bench``: slider → chart, alliance view, exports.

Every figure is a median (or p95) over many repetitions, with a bare pyqtgraph ``setData`` of
the same number of points measured in the same run as the baseline for the ratio.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _pct(values: list[float], q: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


def bench_gui(repeat: int = 300) -> dict[str, float]:
    """Time a real slider move until chart, results and table show the new projection.

    ``slider_to_chart`` runs from ``setValue`` until the window has repainted (compute, every
    ``setData`` and the paint of what changed); ``slider_sync`` stops before the paint. The baseline
    ``bare_setdata`` is one ``setData`` of the same number of points on a plot of the chart's
    size, plus its paint.
    """
    import numpy as np
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
    app.processEvents()
    pinned = getattr(win, "pinned", None)
    if pinned is not None and hasattr(pinned, "set_pinned"):
        pinned.set_pinned([scenario.evolve(country=c) for c in ("BEL", "DEU", "POL", "FRA")])
        app.processEvents()
    slider = win.core_panel.growth_slider
    values = [3.0 + (i % 50) * 0.1 for i in range(repeat + 1)]
    times: list[float] = []
    sync: list[float] = []
    for i in range(repeat):
        v = values[i + 1] if values[i + 1] != slider.value() else values[i + 1] + 0.05
        t0 = time.perf_counter()
        slider.setValue(v)
        sync.append((time.perf_counter() - t0) * 1000.0)
        app.processEvents()  # paint what changed, as the next frame would
        times.append((time.perf_counter() - t0) * 1000.0)
        # The synchronous path must have delivered the new projection everywhere.
        proj = win.controller.projection
        _, y = win.chart.plots.core_curve.getData()
        assert np.allclose(y, proj.core_share_pct)
        assert abs(proj.scenario.core.growth_pct - v) < 1e-9
    app.processEvents()

    # Baseline: a bare pyqtgraph curve's setData with the same number of points.
    plot = pg.PlotWidget()
    plot.resize(win.chart.plots.share_plot.size())
    plot.show()
    curve = plot.plot(pen=pg.mkPen("#0072B2", width=2))
    app.processEvents()
    n = len(win.controller.projection.years)
    xs = np.arange(n, dtype=float)
    bare = []
    for i in range(repeat):
        ys = np.linspace(0, 1 + i % 7, n)
        t0 = time.perf_counter()
        curve.setData(xs, ys)
        app.processEvents()
        bare.append((time.perf_counter() - t0) * 1000.0)
    app.processEvents()

    result = {
        "slider_to_chart_ms_p50": round(statistics.median(times), 3),
        "slider_sync_ms_p50": round(statistics.median(sync), 3),
        "slider_to_chart_ms_p95": round(_pct(times, 95), 3),
        "bare_setdata_ms_p50": round(statistics.median(bare), 3),
    }
    result["slider_ratio_p50"] = round(
        result["slider_to_chart_ms_p50"] / result["bare_setdata_ms_p50"], 1
    )
    result["alliance_update_ms_p95"] = round(_pct(bench_alliance_update(win, 40), 95), 3)
    result.update(_bench_exports(win))
    win.close()
    plot.close()
    return result


def bench_alliance_update(window: Any, n: int = 40) -> list[float]:
    """Milliseconds for ``n`` alliance updates: 31 projections, table, chart and the repaint.

    ``window`` is a :class:`~calculator.gui.main_window.MainWindow`; its overview tab is shown
    for the run. Each update changes the spending growth, so the whole overview is recomputed,
    as when a slider moves with the overview on screen.
    """
    from PySide6.QtWidgets import QApplication

    from calculator.core.models import SpendingMode

    app = QApplication.instance() or QApplication([])
    controller, view = window.controller, window.alliance_view
    restore = window.view_tabs.currentWidget()
    window.view_tabs.setCurrentWidget(view)
    app.processEvents()
    controller.update(core={"mode": SpendingMode.GROWTH})
    view.flush()
    times: list[float] = []
    for i in range(n + 3):
        pct = 3.0 + (i % 20) * 0.25
        if abs(controller.scenario.core.growth_pct - pct) < 1e-9:
            pct += 0.1
        t0 = time.perf_counter()
        controller.update(core={"growth_pct": pct})
        view.flush()
        app.processEvents()  # paint the table and the chart
        if i >= 3:  # warm-up
            times.append((time.perf_counter() - t0) * 1000.0)
    if restore is not None:
        window.view_tabs.setCurrentWidget(restore)
    return times


def _bench_exports(win: object) -> dict[str, float]:
    """Median seconds to write the PDF brief and the Excel workbook of the current scenario."""
    from calculator.render.report import write_report

    proj = win.controller.projection  # type: ignore[attr-defined]
    ds = win.controller.dataset  # type: ignore[attr-defined]
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
