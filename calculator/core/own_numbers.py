"""Your own numbers (DESIGN.md section 4): money, baselines, claims and alliance totals.

Money in the reader's units, extra spending against
the user's baseline over a window, the implied-GDP check of a published claim, and alliance
totals in one currency.

Pure numpy; reads the dataset's IMF series only. Every conversion returns what it used (the
rate, its source) so that each output can state it; none is silent.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from calculator.core.dataset import FIRST_YEAR, IMF_LAST_YEAR, Dataset
from calculator.core.engine import BGN_PER_EUR
from calculator.core.models import Baseline, Claim, Currency, Prices

__all__ = ["Currency"]
from calculator.core.projection import Projection, ProjectionError

Array = npt.NDArray[np.floating[Any]]

#: The euro ally whose IMF implied USD rate stands for the euro area's (NGDP / NGDPD).
EURO_REFERENCE = "DEU"


@dataclass(frozen=True)
class Money:
    """Money series in the chosen units (bn), with the conversion that made them."""

    currency: str  # ISO code of the unit shown (EUR, USD, PLN, …)
    prices: Prices
    base_year: int
    rate: Array  # units of ``currency`` per national-currency unit, per year (current prices)
    rate_method: str  # "none", "fixed" (euro, lev), "imf" (NGDP / NGDPD)
    gdp_bn: Array
    core_bn: Array
    related_bn: Array

    def convert(self, values: Array, deflator: Array) -> Array:
        """National current-price values into these units (same conversion as the series)."""
        return _convert(values, deflator, self.rate, self.prices)


def _convert(values: Array, deflator: Array, rate: Array, prices: Prices) -> Array:
    """Current prices: each year's rate; base-year prices: deflated, at the base year's rate."""
    if prices is Prices.CONSTANT:
        return np.asarray(values / deflator * rate[0], dtype=float)
    return np.asarray(values * rate, dtype=float)


def usd_per_national(ds: Dataset, iso3: str, years: Sequence[int]) -> Array:
    """USD per unit of the ally's IMF currency: NGDPD / NGDP, held at its 2030 value after."""
    ngdp = ds.imf_array(iso3, "NGDP")
    ngdpd = ds.imf_array(iso3, "NGDPD")
    idx = np.minimum(np.asarray(years, dtype=np.int64), IMF_LAST_YEAR) - FIRST_YEAR
    with np.errstate(all="ignore"):
        out: Array = np.asarray(ngdpd[idx] / ngdp[idx], dtype=float)
    return out


def rates(
    ds: Dataset, iso3: str, years: Sequence[int], currency: Currency
) -> tuple[str, Array, str]:
    """(code, units per national unit per year, method) for converting an ally's money.

    Raises :class:`ProjectionError` (field ``money.currency``) where no rate exists.
    """
    national = ds.country(iso3).currency
    n = len(years)
    if currency is Currency.NATIONAL or currency.value == national:
        return national, np.ones(n), "none"
    if currency is Currency.EUR and national == "BGN":
        return "EUR", np.full(n, 1.0 / BGN_PER_EUR), "fixed"
    usd = usd_per_national(ds, iso3, years)
    if currency is Currency.EUR:
        usd = usd / usd_per_national(ds, EURO_REFERENCE, years)
    if not np.isfinite(usd).all() or (usd <= 0).any():
        raise ProjectionError(
            "money.currency",
            f"no IMF exchange rate for {ds.country(iso3).name} ({national}); allowed national",
        )
    return currency.value, usd, "imf"


def money(proj: Projection, ds: Dataset) -> Money:
    """GDP, core and related spending in the scenario's money units (current or base prices)."""
    view = proj.scenario.money
    years = [int(y) for y in proj.years]
    code, rate, method = rates(ds, proj.country.iso3, years, view.currency)
    d = proj.deflator
    return Money(
        code,
        view.prices,
        proj.base_year,
        rate,
        method,
        _convert(proj.gdp_bn, d, rate, view.prices),
        _convert(proj.core_bn, d, rate, view.prices),
        _convert(proj.related_bn, d, rate, view.prices),
    )


@dataclass(frozen=True)
class Extra:
    """Extra core spending against the chosen baseline, over the window (chosen money units)."""

    baseline: Baseline
    baseline_name: str
    window: tuple[int, int]
    baseline_bn: Array  # the counterfactual core path, national currency, current prices
    per_year_bn: list[float | None]  # None outside the window
    cumulative_bn: float


def baseline_path(proj: Projection) -> Array:
    """The counterfactual core spending (bn national currency, current prices) for B..H."""
    ex = proj.scenario.extra
    d_base = float(proj.core_bn[0])
    match ex.baseline:
        case Baseline.CASH_FREEZE:
            return np.full(len(proj.years), d_base)
        case Baseline.REAL_FREEZE:
            return np.asarray(d_base * proj.deflator, dtype=float)
        case Baseline.OWN_PATH:
            pts = sorted(ex.baseline_path, key=lambda a: a.year)
            xs = [proj.base_year] + [a.year for a in pts]
            ys = [d_base] + [a.amount_bn for a in pts]
            held: Array = np.interp(proj.years.astype(float), xs, ys)  # the last amount holds
            return held
        case _:
            return np.asarray(proj.core_share_pct[0] / 100.0 * proj.gdp_bn, dtype=float)


def default_window(proj: Projection) -> tuple[int, int]:
    """B+1 to min(2035, H)."""
    return proj.base_year + 1, min(2035, proj.horizon)


def extra(proj: Projection, ds: Dataset, units: Money | None = None) -> Extra:
    """Core spending less the baseline per year in the window, and its sum."""
    ex = proj.scenario.extra
    lo, hi = default_window(proj)
    window = (ex.window_start or lo, ex.window_end or max(hi, ex.window_start or hi))
    units = units or money(proj, ds)
    base = baseline_path(proj)
    diff = units.convert(proj.core_bn - base, proj.deflator)
    inside = (proj.years >= window[0]) & (proj.years <= window[1])
    per_year = [float(v) if ok else None for v, ok in zip(diff.tolist(), inside, strict=True)]
    return Extra(ex.baseline, ex.baseline_name, window, base, per_year, float(np.sum(diff[inside])))


@dataclass(frozen=True)
class ClaimCheck:
    """What a claim "AMOUNT is PCT % of GDP in YEAR" implies for GDP, against the IMF path."""

    claim: Claim
    implied_gdp_bn: float
    base_gdp_bn: float
    needed_nominal_growth_pct: float  # a year, from the base year to the claim's year
    imf_gdp_bn: float  # the IMF path's GDP in that year (held growth after 2030)
    imf_nominal_growth_pct: float
    scenario_gdp_bn: float | None  # the scenario's own GDP, where the year is in B..H
    difference_pct: float  # implied GDP against the IMF path's, %


def check_claim(proj: Projection, imf_proj: Projection) -> ClaimCheck | None:
    """The implied-GDP check of ``proj.scenario.claim`` (``imf_proj``: the IMF-baseline run)."""
    c = proj.scenario.claim
    if c is None:
        return None
    implied = c.amount_bn / (c.share_pct / 100.0)
    b = proj.base_year
    gdp_b = float(imf_proj.gdp_bn[0])
    span = c.year - b
    imf_gdp = float(imf_proj.gdp_bn[imf_proj.index_of(c.year)])
    scen = float(proj.gdp_bn[proj.index_of(c.year)]) if c.year <= proj.horizon else None
    return ClaimCheck(
        claim=c,
        implied_gdp_bn=implied,
        base_gdp_bn=gdp_b,
        needed_nominal_growth_pct=100.0 * ((implied / gdp_b) ** (1.0 / span) - 1.0),
        imf_gdp_bn=imf_gdp,
        imf_nominal_growth_pct=100.0 * ((imf_gdp / gdp_b) ** (1.0 / span) - 1.0),
        scenario_gdp_bn=scen,
        difference_pct=100.0 * (implied / imf_gdp - 1.0),
    )


def alliance_totals(
    projs: Sequence[Projection], ds: Dataset, currency: Currency
) -> tuple[list[dict[str, Any]], dict[str, dict[str, float]]]:
    """Each ally's spending and money needed per threshold in one currency, and the totals.

    Per ally: core spending in the base year and at the horizon, and for each threshold the
    money that would be added at its target year to reach it (0 where it is met), converted at
    that year's IMF implied rate. Totals for NATO Europe and Canada (every ally but the United
    States) and for all allies.
    """
    rows: list[dict[str, Any]] = []
    for p in projs:
        years = [p.base_year, p.horizon] + [t.threshold.target_year for t in p.thresholds]
        _code, r, _m = rates(ds, p.country.iso3, years, currency)
        row: dict[str, Any] = {
            "iso3": p.country.iso3,
            "core_defence_base_bn": float(p.core_bn[0] * r[0]),
            "core_defence_horizon_bn": float(p.core_bn[-1] * r[1]),
        }
        for t, rate in zip(p.thresholds, r[2:].tolist(), strict=True):
            th = t.threshold
            gap = t.gap_bn_at_target
            key = f"needed_{th.measure.value}_{th.value_pct:g}_by_{th.target_year}_bn"
            row[key] = None if gap is None or math.isnan(gap) else max(gap, 0.0) * rate
        rows.append(row)
    keys = [k for k in (rows[0] if rows else {}) if k != "iso3"]

    def total(selected: list[dict[str, Any]]) -> dict[str, float]:
        return {k: float(sum(r[k] for r in selected if r[k] is not None)) for k in keys}

    totals = {
        "nato_europe_and_canada": total([r for r in rows if r["iso3"] != "USA"]),
        "all_allies": total(rows),
    }
    return rows, totals
