"""``make bench``: time the engine, the dataset load, the window and start-up; print one JSON line.

The last line on stdout is a single JSON object (every key below); everything else goes to
stderr. Medians (and p95) of many repetitions; the machine is noisy, so compare each app figure
with its bare baseline from the same run (the ``*_ratio*`` keys) rather than absolute figures
across runs.

Keys: ``bare_fixed_ms_p50``, ``bare_alliance_ms_p50``, ``slider_to_chart_ms_p50`` / ``_p95`` (the
worst of the Results, Yearly table and Compare tabs; per tab in ``slider_by_tab_ms_p50`` /
``_p95``; moves of a dragged handle), ``slider_release_by_tab_ms_p50`` and
``slider_release_ms_max`` (letting go: the held y-range settles), ``slider_step_by_tab_ms_p50``
/ ``_p95`` (moves without a drag: nothing held), ``slider_ratio_p50``,
``alliance_update_ms_p50`` / ``_p95``, ``alliance_ratio_p50``,
``startup_s_p50``, ``bare_qt_startup_s_p50``, ``startup_ratio``, ``dataset_load_ms``,
``scenario_ms_p50``, ``alliance_engine_ms_p50``, ``pdf_export_s``, ``xlsx_export_s``,
``montecarlo_10k_ms_p50``, ``alliance_montecarlo_ms_p50``.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from calculator.core.alliance import project_alliance
from calculator.core.models import CoreSpending, Scenario, SpendingMode
from calculator.core.projection import project
from calculator.resources import data_dir
from calculator.storage import bundled_dataset, load_dataset

ENGINE_REPEAT = 500
ALLIANCE_REPEAT = 300
LOAD_REPEAT = 11


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _times_ms(fn: Callable[[], object], repeat: int, warmup: int = 5) -> list[float]:
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000.0)
    return out


def bench_engine() -> dict[str, float]:
    """One ally; all 31 allies in one batched call (no Qt); a fresh dataset load from disk."""
    ds = bundled_dataset()
    scenario = Scenario(country="ESP", core=CoreSpending(mode=SpendingMode.GROWTH, growth_pct=8))
    one = _times_ms(lambda: project(ds, scenario), ENGINE_REPEAT)
    # A new scenario each call (as a slider gives them), built before the clock starts.
    moves = iter(
        [
            scenario.evolve(core={"mode": "growth", "growth_pct": 3.0 + i * 0.01})
            for i in range(ALLIANCE_REPEAT + 5)
        ]
    )
    alliance = _times_ms(lambda: project_alliance(ds, next(moves)), ALLIANCE_REPEAT)
    loads = _times_ms(lambda: load_dataset(data_dir()), LOAD_REPEAT, warmup=1)
    return {
        "scenario_ms_p50": round(statistics.median(one), 3),
        "alliance_engine_ms_p50": round(statistics.median(alliance), 3),
        "dataset_load_ms": round(statistics.median(loads), 1),
    }


def bench_montecarlo() -> dict[str, float]:
    """Monte Carlo: 10,000 draws x 25 years (Spain 2026-2050), a new scenario each call (the
    shocks are drawn once and reused, as in the window); every ally with 2,000 draws each."""
    from calculator.core.montecarlo import alliance_probabilities, monte_carlo
    from calculator.core.uncertainty import estimate_model
    from calculator.exports.uncertainty import HAGUE_CORE

    ds = bundled_dataset()
    model = estimate_model(ds, "ESP", draws=10_000)
    moves = iter(
        [
            Scenario(
                country="ESP",
                horizon=2050,
                core=CoreSpending(mode=SpendingMode.GROWTH, growth_pct=8.0 + i * 0.01),
            )
            for i in range(60)
        ]
    )
    one = _times_ms(lambda: monte_carlo(ds, next(moves), model), 50, warmup=3)
    allies = [c.iso3 for c in ds.allies() if c.has_nato_figure]
    scenario = Scenario(core=CoreSpending(mode=SpendingMode.GROWTH, growth_pct=6.0))
    every = _times_ms(
        lambda: alliance_probabilities(ds, scenario, allies, HAGUE_CORE, draws=2000), 9, warmup=1
    )
    return {
        "montecarlo_10k_ms_p50": round(statistics.median(one), 2),
        "alliance_montecarlo_ms_p50": round(statistics.median(every), 1),
    }


def main() -> int:
    """Run every benchmark available and print the JSON line last (and alone) on stdout."""
    result: dict[str, Any] = {}
    result.update(bench_engine())
    _log(f"engine: {result}")
    result.update(bench_montecarlo())
    try:
        from tests.benchmarks.bench_gui import bench_gui, bench_startup
    except ImportError as exc:  # the window's benchmarks need PySide6
        _log(f"(GUI benchmarks skipped: {exc})")
    else:
        result.update(bench_gui())
        result.update(bench_startup())
    if os.environ.get("CALCULATOR_BENCH_BUNDLE") == "1":
        # The frozen app against a bare PySide6 + pyqtgraph bundle built the same way
        # (bundle_mb, bare_bundle_mb, frozen_startup_s_p50, bare_frozen_startup_s_p50). Opt-in:
        # building both bundles takes one to two minutes (`make bench-bundle`).
        import runpy

        script = Path(__file__).resolve().parents[2] / "packaging" / "bench_bundle.py"
        bundle = runpy.run_path(str(script))["measure"]
        figures = bundle(reuse=True, runs=7)
        result.update(figures)
        if figures.get("bare_bundle_mb"):
            result["bundle_ratio"] = round(figures["bundle_mb"] / figures["bare_bundle_mb"], 3)
    for key, value in sorted(result.items()):
        _log(f"{key:28} {value}")
    print(json.dumps(result, sort_keys=True), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
