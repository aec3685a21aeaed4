"""``make bench``: time the engine (and, when present, the window) and print one JSON line.

Medians of many repetitions; the machine is noisy, so compare ratios within one run rather
than absolute figures across runs. The last line printed is a single JSON object.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from calculator.core.alliance import project_alliance
from calculator.core.models import CoreSpending, Scenario, SpendingMode
from calculator.core.projection import project
from calculator.storage import bundled_dataset


def _times_ms(fn: Callable[[], object], repeat: int, warmup: int = 5) -> list[float]:
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000.0)
    return out


def _p(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def bench_engine() -> dict[str, float]:
    """One ally, one scenario; and every ally under the same assumptions."""
    ds = bundled_dataset()
    scenario = Scenario(country="ESP", core=CoreSpending(mode=SpendingMode.GROWTH, growth_pct=8))
    one = _times_ms(lambda: project(ds, scenario), repeat=500)
    alliance = _times_ms(lambda: project_alliance(ds, scenario), repeat=60)
    t0 = time.perf_counter()
    from calculator.resources import data_dir
    from calculator.storage import load_dataset

    load_dataset(data_dir())
    load_ms = (time.perf_counter() - t0) * 1000.0
    return {
        "scenario_ms_p50": round(statistics.median(one), 3),
        "scenario_ms_p95": round(_p(one, 95), 3),
        "alliance_ms_p50": round(statistics.median(alliance), 3),
        "dataset_load_ms": round(load_ms, 1),
    }


def main() -> int:
    """Run every benchmark available and print the JSON line last."""
    result: dict[str, float] = {}
    result.update(bench_engine())
    try:
        from tests.benchmarks.bench_gui import bench_gui
    except ImportError as exc:  # the window's benchmarks need PySide6
        print(f"(GUI benchmarks skipped: {exc})")
    else:
        result.update(bench_gui())
    for key, value in result.items():
        print(f"{key:28} {value}")
    print(json.dumps(result, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
