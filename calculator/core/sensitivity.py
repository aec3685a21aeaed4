"""Sensitivity: the crossing year and the target-year share when one assumption moves.

Real growth and inflation move by ±step points in every projected year (the economy path
shifted), and core spending by ±step points of growth a year (the planned path times
(1 ± step/100)^(t − B)). Every variant is one row of a single engine batch
(:func:`calculator.core.engine.run_batch`); the spending rows are derived from the central
row. The tornado chart and the sensitivity table read :class:`Sensitivity`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

import numpy as np
import numpy.typing as npt

from calculator.core.dataset import FIRST_YEAR, Dataset
from calculator.core.engine import EPS, ally_inputs, economy_paths, run_batch
from calculator.core.models import Measure, Scenario, Threshold
from calculator.core.projection import resolve_base_year

Array = npt.NDArray[np.float64]

DEFAULT_STEPS = (1.0,)
STEP_RANGE = (0.1, 5.0)  # points


class Factor(StrEnum):
    """The assumption a row moves."""

    REAL_GROWTH = "real_growth"
    INFLATION = "inflation"
    SPENDING_GROWTH = "spending_growth"


@dataclass(frozen=True)
class Variant:
    """One threshold's results under one variant (``None``: not reached by the horizon)."""

    crossing_year: int | None
    share_at_target_pct: float


@dataclass(frozen=True)
class SensitivityRow:
    """One assumption moved by ``step_pp`` (signed); one :class:`Variant` per threshold."""

    factor: Factor
    step_pp: float
    results: tuple[Variant, ...]


@dataclass(frozen=True)
class Sensitivity:
    """The central case and every moved variant, for the scenario's enabled thresholds."""

    thresholds: tuple[Threshold, ...]
    base_year: int
    horizon: int
    central: tuple[Variant, ...]
    rows: tuple[SensitivityRow, ...]  # per step: growth +/-, inflation +/-, spending +/-

    def swing(self, threshold_index: int, factor: Factor, step_pp: float) -> tuple[float, float]:
        """(down, up) change of the target-year share, in points, for the tornado."""
        up = down = math.nan
        centre = self.central[threshold_index].share_at_target_pct
        for row in self.rows:
            if row.factor is factor and math.isclose(abs(row.step_pp), step_pp):
                delta = row.results[threshold_index].share_at_target_pct - centre
                if row.step_pp > 0:
                    up = delta
                else:
                    down = delta
        return down, up


def check_step(step_pp: float) -> float:
    """``step_pp`` if within :data:`STEP_RANGE`, else ``ValueError`` naming the range."""
    lo, hi = STEP_RANGE
    if not math.isfinite(step_pp) or not lo <= step_pp <= hi:
        raise ValueError(f"step: {step_pp:g} is out of range; allowed {lo:g} to {hi:g}")
    return step_pp


def sensitivity(
    ds: Dataset, scenario: Scenario, steps: Sequence[float] = DEFAULT_STEPS
) -> Sensitivity:
    """Move real growth, inflation and spending growth by ±each step (one batch)."""
    steps = tuple(dict.fromkeys(check_step(float(s)) for s in steps))
    country, base = resolve_base_year(ds, scenario)
    inputs = ally_inputs(ds, scenario.nato_edition, [country.iso3], [base])
    g, p = economy_paths(ds, inputs, scenario.economy)
    shifts: list[tuple[float, float]] = [(0.0, 0.0)]
    for s in steps:
        shifts += [(s, 0.0), (-s, 0.0), (0.0, s), (0.0, -s)]
    dg = np.array([a for a, _ in shifts])[:, None]
    dp = np.array([b for _, b in shifts])[:, None]
    with np.errstate(all="ignore"):
        batch = run_batch(inputs, scenario, g + dg, p + dp)
        lo = base - FIRST_YEAR
        core = batch.core[:, lo:]
        gdp = batch.gdp[:, lo:]
        rel = batch.related_counted[:, lo:]
        t = np.arange(core.shape[1], dtype=float)
        spend = [core[0] * (1.0 + sign * s / 100.0) ** t for s in steps for sign in (1.0, -1.0)]
        core_share = np.vstack([batch.core_share[:, lo:], 100.0 * np.array(spend) / gdp[0]])
        rel = np.vstack([rel, np.broadcast_to(rel[0], (len(spend), rel.shape[1]))])
    enabled = tuple(th for th in scenario.thresholds if th.enabled)
    per_row = [
        tuple(_variant(th, core_share[i], rel[i], base, scenario.horizon) for th in enabled)
        for i in range(core_share.shape[0])
    ]
    rows: list[SensitivityRow] = []
    for k, s in enumerate(steps):
        e = 1 + 4 * k
        rows += [
            SensitivityRow(Factor.REAL_GROWTH, s, per_row[e]),
            SensitivityRow(Factor.REAL_GROWTH, -s, per_row[e + 1]),
            SensitivityRow(Factor.INFLATION, s, per_row[e + 2]),
            SensitivityRow(Factor.INFLATION, -s, per_row[e + 3]),
        ]
    first_spend = len(shifts)
    for k, s in enumerate(steps):
        rows += [
            SensitivityRow(Factor.SPENDING_GROWTH, s, per_row[first_spend + 2 * k]),
            SensitivityRow(Factor.SPENDING_GROWTH, -s, per_row[first_spend + 2 * k + 1]),
        ]
    return Sensitivity(enabled, base, scenario.horizon, per_row[0], tuple(rows))


def _variant(th: Threshold, core_share: Array, rel: Array, base: int, horizon: int) -> Variant:
    share = core_share + rel if th.measure is Measure.TOTAL else core_share
    window = share[: horizon - base + 1]
    hit = window >= th.value_pct - EPS
    year = base + int(np.argmax(hit)) if hit.any() else None
    return Variant(year, float(share[th.target_year - base]))
