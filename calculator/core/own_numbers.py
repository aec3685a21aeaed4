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
    deflator: Array  # the scenario's GDP deflator, 1 in the base year (constant prices)

    @property
    def is_national_current(self) -> bool:
        """Whether these are the projection's own units (national currency, current prices)."""
        return self.rate_method == "none" and self.prices is Prices.CURRENT

    def convert(self, values: Array, deflator: Array) -> Array:
        """National current-price values into these units (same conversion as the series)."""
        return _convert(values, deflator, self.rate, self.prices)

    def at(self, bn: float | None, year: int) -> float | None:
        """One national current-price amount of ``year`` in these units (``None`` stays).

        A year outside the projection (base year to horizon) has no rate: ``None``.
        """
        i = year - self.base_year
        if bn is None or not 0 <= i < len(self.rate):
            return None
        if self.prices is Prices.CONSTANT:
            return float(bn / self.deflator[i] * self.rate[0])
        return float(bn * self.rate[i])


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
        np.asarray(d, dtype=float),
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


def window_of(proj: Projection) -> tuple[int, int]:
    """The years summed: the scenario's window, its defaults filled in (B+1 to min(2035, H))."""
    ex = proj.scenario.extra
    lo, hi = default_window(proj)
    return ex.window_start or lo, ex.window_end or max(hi, ex.window_start or hi)


def window_sum(proj: Projection, values: Array) -> float:
    """The sum of a per-year series (B..H) over :func:`window_of`'s years."""
    lo, hi = window_of(proj)
    inside = (proj.years >= lo) & (proj.years <= hi)
    return float(np.sum(np.asarray(values)[inside]))


def extra(proj: Projection, ds: Dataset, units: Money | None = None) -> Extra:
    """Core spending less the baseline per year in the window, and its sum."""
    ex = proj.scenario.extra
    window = window_of(proj)
    units = units or money(proj, ds)
    base = baseline_path(proj)
    gap = np.asarray(proj.core_bn - base, dtype=float)
    # The same path computed two ways differs by rounding (1e-14 bn): that is no extra
    # spending, and it must not show as "-0.00".
    gap[np.abs(gap) <= 1e-9 * np.maximum(np.abs(base), 1.0)] = 0.0
    diff = units.convert(gap, proj.deflator)
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


def shortfall_to_line(proj: Projection, value_pct: float, measure: str, target_year: int) -> Array:
    """Money a year (bn national, current prices) that lifts the path onto the line to a threshold.

    The line runs straight from the base year's share to ``value_pct`` in ``target_year`` and
    holds it after (a path already at or above the value stays there: the line is the value).
    Each year's shortfall of the path's share below the line, times that year's GDP; 0 where the
    path is on or above the line. Summed over a window, it is the money a credible path to the
    threshold would add.
    """
    share = proj.total_share_pct if measure == "total" else proj.core_share_pct
    s_b = float(share[0])
    span = max(target_year - proj.base_year, 1)
    t = proj.years.astype(float) - proj.base_year
    if s_b >= value_pct:
        line = np.full(len(t), value_pct)
    else:
        line = s_b + (value_pct - s_b) * np.minimum(t / span, 1.0)
    out: Array = np.maximum(line - share, 0.0) / 100.0 * proj.gdp_bn
    return out


def alliance_window(projs: Sequence[Projection]) -> tuple[int, int]:
    """The years the alliance totals sum over: the scenario's window, or B+1 to min(2035, H).

    With allies of different base years the default starts after the earliest; each ally adds
    only its own projected years.
    """
    first = projs[0]
    ex = first.scenario.extra
    lo = ex.window_start or min(p.base_year for p in projs) + 1
    hi = ex.window_end or max(min(2035, first.horizon), lo)
    return lo, hi


def alliance_totals(
    projs: Sequence[Projection], ds: Dataset, currency: Currency
) -> tuple[list[dict[str, Any]], dict[str, dict[str, float]]]:
    """Each ally's spending and money needed per threshold in one currency, and the totals.

    Per ally: core spending in the base year and at the horizon, and for each threshold two
    amounts: ``needed_…_bn``, the money that would be added in its target year alone to reach
    it (0 where it is met), and ``cumulative_needed_…_bn``, the money a straight-line path from
    the base year to the threshold would add over :func:`alliance_window`'s years (see
    :func:`shortfall_to_line`). Each year is converted at its IMF implied rate, or deflated to
    base-year prices at the base year's rate (the scenario's money prices). Totals for NATO
    Europe and Canada (every ally but the United States) and for all allies.
    """
    rows: list[dict[str, Any]] = []
    lo, hi = alliance_window(projs) if projs else (0, 0)
    for p in projs:
        years = [int(y) for y in p.years]
        _code, r, _m = rates(ds, p.country.iso3, years, currency)
        prices = p.scenario.money.prices

        def conv(values: Array, p: Projection = p, r: Array = r, prices: Prices = prices) -> Array:
            return _convert(values, p.deflator, r, prices)

        core = conv(p.core_bn)
        row: dict[str, Any] = {
            "iso3": p.country.iso3,
            "core_defence_base_bn": float(core[0]),
            "core_defence_horizon_bn": float(core[-1]),
        }
        inside = (p.years >= lo) & (p.years <= hi)
        for t in p.thresholds:
            th = t.threshold
            gap = t.gap_bn_at_target
            key = f"{th.measure.value}_{th.value_pct:g}_by_{th.target_year}_bn"
            at_target = None
            if gap is not None and not math.isnan(gap) and th.target_year <= p.horizon:
                i = th.target_year - p.base_year
                at_target = float(conv(np.full(len(years), max(gap, 0.0)))[i])
            row[f"needed_{key}"] = at_target
            short = conv(shortfall_to_line(p, th.value_pct, th.measure.value, th.target_year))
            row[f"cumulative_needed_{key}"] = float(np.sum(short[inside]))
        rows.append(row)
    keys = [k for k in (rows[0] if rows else {}) if k != "iso3"]

    def total(selected: list[dict[str, Any]]) -> dict[str, float]:
        return {k: float(sum(r[k] for r in selected if r.get(k) is not None)) for k in keys}

    totals = {
        "nato_europe_and_canada": total([r for r in rows if r["iso3"] != "USA"]),
        "all_allies": total(rows),
    }
    return rows, totals
