"""Monte Carlo: N draws of the economy path through the batched projection, summarised.

DESIGN.md section 4 ("Uncertainty"). The draws are shocks to real growth and inflation
(:func:`calculator.core.uncertainty.draw_shocks`, drawn once per model and years and reused for
every scenario) added to the scenario's economy path; every draw is one row of a batch, so a run
is a handful of numpy operations over (draws, years) and never a Python loop over draws.

The deterministic projection (:func:`calculator.core.engine.run_batch`, a batch of one) fixes
what the draws do not move: a path fixed as a share of GDP keeps its shares and only its money
spreads; a path fixed in money keeps its money (in real terms: its money in base-year prices)
and its share spreads. Those two families are derived from that row without rerunning the
engine; any other path (custom points that mix shares and amounts) runs the engine on all N
rows. Both routes give the same numbers (a test).

Optional execution risk: each year a shortfall of u % of the planned core spending, u drawn
around a user-set mean and spread (independent across years), so the outturn is the plan times
(1 − u/100). Optional fiscal assumptions add bands of the debt ratio (:mod:`calculator.core.fiscal`).

:func:`prepare` reads the dataset and :func:`simulate` reads nothing but arrays, so a worker
thread can run :func:`simulate` while the window keeps using the dataset.
"""

from __future__ import annotations

import math
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

import numpy as np
import numpy.typing as npt

from calculator.core.dataset import FIRST_YEAR, IMF_LAST_YEAR, Dataset
from calculator.core.engine import (
    END_YEAR,
    AllyInputs,
    Batch,
    ally_inputs,
    economy_paths,
    run_batch,
)
from calculator.core.fiscal import FiscalBaseline, check_range, extra_debt
from calculator.core.models import Measure, Scenario, SpendingMode, Threshold
from calculator.core.projection import resolve_base_year
from calculator.core.uncertainty import (
    DEFAULT_EXCLUDED,
    MAX_DRAWS,
    PERCENTILES,
    ShockModel,
    crossing_years,
    draw_shocks,
    estimate_model,
    percentile_bands,
    probability_by,
)

Array = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int_]
Bands = dict[int, Array]

EXECUTION_MEAN_RANGE = (-20.0, 50.0)  # % of planned spending not spent (negative: overspent)
EXECUTION_SD_RANGE = (0.0, 50.0)
NOT_REACHED = -1
_CACHE_ENTRIES = 64  # the alliance run keeps each ally's shocks
_CACHE_BYTES = 256 * 2**20


class Spread(StrEnum):
    """Which quantity the draws move (the results say which)."""

    SHARE_FIXED = "share_fixed"  # no spread in share, spread in money
    MONEY_FIXED = "money_fixed"  # money fixed, spread in share
    MIXED = "mixed"  # custom points mixing shares and amounts: both spread


@dataclass(frozen=True)
class ExecutionRisk:
    """A yearly shortfall of planned core spending, in % of the plan (mean and spread)."""

    mean_pct: float
    sd_pct: float

    def __post_init__(self) -> None:
        """Check the ranges (raises ``FiscalError``-style ``ValueError`` naming the field)."""
        check_range("execution_risk.mean", self.mean_pct, *EXECUTION_MEAN_RANGE)
        check_range("execution_risk.sd", self.sd_pct, *EXECUTION_SD_RANGE)


class FiscalAssumptions(Protocol):
    """What the debt-ratio bands need (``calculator.exports.fiscal.FiscalOptions`` has it)."""

    @property
    def interest_pct(self) -> float:
        """Effective nominal interest on the extra debt, % a year."""
        ...

    @property
    def borrowed_pct(self) -> float:
        """Share of the extra spending that is borrowed, %."""
        ...

    @property
    def baseline(self) -> FiscalBaseline:
        """What the extra spending is measured against."""
        ...


@dataclass(frozen=True)
class _Debt:
    interest_pct: float
    borrowed_pct: float
    baseline: FiscalBaseline
    imf_money_bn: Array  # IMF gross debt in money per window year (NaN after 2030)
    deficit_2030: float  # −GGXCNL_NGDP_2030 / 100


@dataclass(frozen=True)
class Setup:
    """Everything :func:`simulate` needs, gathered from the dataset by :func:`prepare`."""

    scenario: Scenario
    model: ShockModel
    execution_risk: ExecutionRisk | None
    iso3: str
    base: int
    inputs: AllyInputs
    g: Array  # the scenario's economy path, (1, grid years)
    p: Array
    debt: _Debt | None


@dataclass(frozen=True)
class ThresholdOdds:
    """One threshold over the draws: the probability and the crossing-year distribution."""

    threshold: Threshold
    probability: float  # share of draws reaching the value in some year B..target year
    years: IntArray  # B..H
    first_reached: Array  # share of draws first reaching it in each of ``years``
    not_by_horizon: float  # share of draws not reaching it by H


@dataclass(frozen=True)
class MonteCarlo:
    """Percentile bands per year (B..H) and the odds of each enabled threshold."""

    model: ShockModel
    execution_risk: ExecutionRisk | None
    spread: Spread
    years: IntArray
    core_share: Bands
    total_share: Bands
    core_bn: Bands
    debt_pct_gdp: Bands | None
    odds: tuple[ThresholdOdds, ...]

    @property
    def draws(self) -> int:
        """Number of draws."""
        return self.model.draws


def spread_of(scenario: Scenario, execution_risk: ExecutionRisk | None = None) -> Spread:
    """Whether the path fixes the share or the money (execution risk spreads both)."""
    core = scenario.core
    if execution_risk is not None and execution_risk.sd_pct > 0:
        return Spread.MIXED
    if core.mode in (SpendingMode.CONSTANT_SHARE, SpendingMode.GLIDE):
        return Spread.SHARE_FIXED
    if core.mode in (SpendingMode.GROWTH, SpendingMode.INCREMENT):
        return Spread.MONEY_FIXED
    shares = {pt.share_pct is not None for pt in core.custom_points}
    if shares == {False}:
        return Spread.MONEY_FIXED
    return Spread.SHARE_FIXED if shares <= {True} else Spread.MIXED


def _route(scenario: Scenario) -> Spread:
    """How the draws are computed: custom points with amounts run the engine on every draw.

    (Between the base year, a share, and an amount point the engine interpolates the share,
    which depends on each draw's GDP.)
    """
    spread = spread_of(scenario)
    if scenario.core.mode is SpendingMode.CUSTOM and spread is Spread.MONEY_FIXED:
        return Spread.MIXED
    return spread


# ------------------------------------------------------------------------------------ shocks

_cache: OrderedDict[tuple[object, ...], Array] = OrderedDict()
_cache_lock = threading.Lock()


def _cached(key: tuple[object, ...], build: Callable[[], Array]) -> Array:
    """A read-only array kept per key (the last few; a worker thread may call this too)."""
    with _cache_lock:
        hit = _cache.get(key)
        if hit is not None:
            _cache.move_to_end(key)
            return hit
    value = build()
    value.setflags(write=False)
    with _cache_lock:
        _cache[key] = value
        while len(_cache) > 1 and (
            len(_cache) > _CACHE_ENTRIES or sum(v.nbytes for v in _cache.values()) > _CACHE_BYTES
        ):
            _cache.popitem(last=False)
    return value


def shocks(model: ShockModel, n_years: int) -> tuple[Array, Array]:
    """:func:`draw_shocks` divided by 100, kept per (model, years): a scenario reuses them."""

    def build() -> Array:
        g, p = draw_shocks(model, n_years)
        return np.stack([g / 100.0, p / 100.0])

    both = _cached(("shocks", model, n_years), build)
    return both[0], both[1]


def _kept(model: ShockModel, risk: ExecutionRisk, n_years: int) -> Array:
    """The share of planned core spending spent, 1 − u/100 (draws, years); 1 in the base year.

    The shortfall u (%) is drawn around the user's mean and spread, independently per year, at
    most 100 (nothing spent); kept per (model, risk, years) like the shocks.
    """

    def build() -> Array:
        rng = np.random.default_rng([model.seed, 1])
        u = risk.mean_pct + risk.sd_pct * rng.standard_normal((model.draws, n_years))
        u[:, 0] = 0.0
        out: Array = 1.0 - np.minimum(u, 100.0) / 100.0
        return out

    return _cached(("kept", model, risk, n_years), build)


# ------------------------------------------------------------------------------------ run


def prepare(
    ds: Dataset,
    scenario: Scenario,
    model: ShockModel,
    *,
    execution_risk: ExecutionRisk | None = None,
    fiscal: FiscalAssumptions | None = None,
) -> Setup:
    """Check the scenario and gather its inputs (raises ``ProjectionError`` / ``ValueError``)."""
    if not 1 <= model.draws <= MAX_DRAWS:
        raise ValueError(f"draws: {model.draws:,} is out of range; allowed 1 to {MAX_DRAWS:,}")
    country, base = resolve_base_year(ds, scenario)
    inputs = ally_inputs(ds, scenario.nato_edition, [country.iso3], [base])
    g, p = economy_paths(ds, inputs, scenario.economy)
    debt = None
    if fiscal is not None:
        years = np.arange(base, END_YEAR + 1)
        inside = years <= IMF_LAST_YEAR
        idx = np.minimum(years, IMF_LAST_YEAR) - FIRST_YEAR
        ratio = ds.imf_array(country.iso3, "GGXWDG_NGDP")[idx]
        ngdp = ds.imf_array(country.iso3, "NGDP")[idx]
        money = np.where(inside, ratio / 100.0 * ngdp, np.nan)
        deficit = -float(ds.imf_array(country.iso3, "GGXCNL_NGDP")[IMF_LAST_YEAR - FIRST_YEAR])
        debt = _Debt(
            check_range("interest", fiscal.interest_pct, -5.0, 20.0),
            check_range("borrowed", fiscal.borrowed_pct, 0.0, 100.0),
            fiscal.baseline,
            money,
            deficit / 100.0,
        )
    return Setup(scenario, model, execution_risk, country.iso3, base, inputs, g, p, debt)


def monte_carlo(
    ds: Dataset,
    scenario: Scenario,
    model: ShockModel,
    *,
    execution_risk: ExecutionRisk | None = None,
    fiscal: FiscalAssumptions | None = None,
) -> MonteCarlo:
    """Bands, probabilities and crossing-year distributions of ``scenario`` over the draws."""
    setup = prepare(ds, scenario, model, execution_risk=execution_risk, fiscal=fiscal)
    return simulate(setup)


@dataclass(frozen=True)
class Draws:
    """Per-draw paths over B..2050 (columns); a leading axis of 1 means every draw is equal."""

    years: IntArray
    gdp: Array
    core: Array
    core_share: Array
    rel_share: Array  # (1, years): the related share is fixed as a share of GDP
    rel_counted: Array
    deflator: Array | None  # None where nothing uses it

    @property
    def total_share(self) -> Array:
        """Core share plus the counted related share."""
        out: Array = self.core_share + self.rel_counted
        return out


def draw_paths(setup: Setup, *, via_engine: bool = False) -> Draws:
    """Every draw's paths (reads no dataset). ``via_engine`` runs the engine on all N rows."""
    scenario, model, base = setup.scenario, setup.model, setup.base
    lo = base - FIRST_YEAR
    n_years = END_YEAR - base + 1
    det = run_batch(setup.inputs, scenario, setup.g, setup.p)
    g_shock, p_shock = shocks(model, n_years)
    spread = Spread.MIXED if via_engine else _route(scenario)
    with np.errstate(all="ignore"):
        paths = _paths(setup, det, g_shock, p_shock, spread, lo)
        if setup.execution_risk is None:
            return paths
        kept = _kept(model, setup.execution_risk, n_years)
        core = paths.core * kept
        return Draws(
            paths.years,
            paths.gdp,
            core,
            100.0 * core / paths.gdp,
            paths.rel_share,
            paths.rel_counted,
            paths.deflator,
        )


def simulate(setup: Setup) -> MonteCarlo:
    """Run the draws and summarise them (reads no dataset; safe in a worker thread)."""
    scenario, base, horizon = setup.scenario, setup.base, setup.scenario.horizon
    paths = draw_paths(setup)
    h = horizon - base + 1
    with np.errstate(all="ignore"):
        total_share = paths.total_share
        odds = tuple(
            _odds(th, paths.core_share, total_share, base, horizon)
            for th in scenario.thresholds
            if th.enabled
        )
        rel_band = paths.rel_counted[0, :h]
        core_share_bands = _bands(paths.core_share[:, :h])
        debt = None if setup.debt is None else _bands(_debt_ratio(setup.debt, paths)[:, :h])
        return MonteCarlo(
            model=setup.model,
            execution_risk=setup.execution_risk,
            spread=spread_of(scenario, setup.execution_risk),
            years=paths.years[:h].copy(),
            core_share=core_share_bands,
            total_share={q: v + rel_band for q, v in core_share_bands.items()},
            core_bn=_bands(paths.core[:, :h]),
            debt_pct_gdp=debt,
            odds=odds,
        )


def _paths(
    setup: Setup, det: Batch, g_shock: Array, p_shock: Array, spread: Spread, lo: int
) -> Draws:
    """GDP, core spending and shares of every draw over B..2050.

    ``g_shock`` and ``p_shock`` are the shocks divided by 100 (see :func:`shocks`), so the growth
    factor (1 + (g + u)/100)(1 + (p + v)/100) costs three operations on (draws, years).
    """
    g = 1.0 + setup.g[0, lo:] / 100.0
    p = 1.0 + setup.p[0, lo:] / 100.0
    g[0] = p[0] = 1.0
    gdp = g_shock + g
    infl = p_shock + p
    gdp *= infl
    np.cumprod(gdp, axis=1, out=gdp)
    gdp *= det.gdp[:, lo : lo + 1]
    years = np.arange(setup.base, END_YEAR + 1)
    mode = setup.scenario.core
    real_money = mode.mode is SpendingMode.GROWTH and mode.growth_real
    needs_deflator = (
        real_money or spread is Spread.MIXED or setup.debt is not None
    )  # the deflator's cumulative product is only paid for where it is used
    deflator = np.cumprod(infl, axis=1, out=infl) if needs_deflator else None
    rel_share = det.related_share[:, lo:]
    rel_counted = det.related_counted[:, lo:]
    core_det, share_det = det.core[:, lo:], det.core_share[:, lo:]
    if spread is Spread.SHARE_FIXED:
        return Draws(
            years, gdp, share_det / 100.0 * gdp, share_det, rel_share, rel_counted, deflator
        )
    if spread is Spread.MONEY_FIXED:
        core = core_det
        if real_money and deflator is not None:
            core = core_det * deflator / det.deflator[:, lo:]
        return Draws(years, gdp, core, 100.0 * core / gdp, rel_share, rel_counted, deflator)
    # Custom points mixing shares and amounts: the engine itself, one row per draw.
    full = np.repeat(np.asarray(setup.g, dtype=float), g_shock.shape[0], axis=0)
    full_p = np.repeat(np.asarray(setup.p, dtype=float), g_shock.shape[0], axis=0)
    full[:, lo:] += 100.0 * g_shock
    full_p[:, lo:] += 100.0 * p_shock
    batch = run_batch(setup.inputs, setup.scenario, full, full_p)
    return Draws(
        years,
        batch.gdp[:, lo:],
        batch.core[:, lo:],
        batch.core_share[:, lo:],
        rel_share,
        rel_counted,
        batch.deflator[:, lo:],
    )


def _bands(values: Array) -> Bands:
    """Percentile bands over the draws; a path equal in every draw is its own band."""
    if values.shape[0] == 1:
        row = np.asarray(values[0], dtype=float)
        return {q: row.copy() for q in PERCENTILES}
    return percentile_bands(values)


def _odds(
    th: Threshold, core_share: Array, total_share: Array, base: int, horizon: int
) -> ThresholdOdds:
    share = total_share if th.measure is Measure.TOTAL else core_share
    last = max(horizon, th.target_year)
    crossed = crossing_years(share[:, : last - base + 1], th.value_pct, base)
    by_target = probability_by(crossed, th.target_year)
    years = np.arange(base, horizon + 1)
    inside = (crossed >= 0) & (crossed <= horizon)
    counts = np.bincount(np.where(inside, crossed - base, 0), weights=inside, minlength=len(years))
    n = crossed.shape[0]
    return ThresholdOdds(
        threshold=th,
        probability=by_target,
        years=years,
        first_reached=np.asarray(counts[: len(years)] / n, dtype=float),
        not_by_horizon=float(np.mean(~inside)),
    )


def _debt_ratio(debt: _Debt, paths: Draws) -> Array:
    """Scenario debt ratio (% of GDP) per draw: baseline ratio + 100 E_t / GDP_t."""
    gdp = paths.gdp
    rel_bn = paths.rel_share / 100.0 * gdp
    spending = paths.core + rel_bn
    start = spending[:, :1]
    match debt.baseline:
        case FiscalBaseline.CASH_FREEZE:
            counter = np.broadcast_to(start, gdp.shape)
        case FiscalBaseline.REAL_FREEZE:
            assert paths.deflator is not None  # computed whenever fiscal bands are asked for
            counter = start * paths.deflator
        case _:
            counter = (paths.core_share[:, :1] + paths.rel_share[:, :1]) / 100.0 * gdp
    extra = spending - counter
    extra[:, 0] = 0.0
    e, _ = extra_debt(np.asarray(extra, dtype=float), debt.borrowed_pct, debt.interest_pct)
    imf = debt.imf_money_bn
    after = np.isnan(imf)
    if after.any():
        first = int(np.argmax(after))
        start_money = imf[first - 1] if first > 0 else math.nan
        later = start_money + debt.deficit_2030 * np.cumsum(gdp[:, first:], axis=1)
        money = np.concatenate([np.broadcast_to(imf[:first], (gdp.shape[0], first)), later], 1)
    else:
        money = np.broadcast_to(imf, gdp.shape)
    out: Array = 100.0 * (money + e) / gdp
    return out


def probabilities(mc: MonteCarlo) -> list[tuple[Threshold, float]]:
    """(threshold, probability of reaching it by its target year), in the scenario's order."""
    return [(o.threshold, o.probability) for o in mc.odds]


def alliance_probabilities(
    ds: Dataset,
    scenario: Scenario,
    iso3s: Sequence[str],
    threshold: Threshold,
    *,
    draws: int,
    seed: int = 0,
    exclude: Sequence[int] = DEFAULT_EXCLUDED,
) -> dict[str, float | None]:
    """Each ally's probability of reaching ``threshold`` by its target year (its own model).

    One batched run per ally (each ally's shocks have their own ρ, σ and correlation);
    ``None`` for an ally the scenario does not fit.
    """
    out: dict[str, float | None] = {}
    for iso3 in iso3s:
        ally = scenario.model_copy(
            update={"country": iso3, "base_year": None, "thresholds": (threshold,)}
        )
        try:
            model = estimate_model(ds, iso3, exclude=exclude, draws=draws, seed=seed)
            mc = monte_carlo(ds, ally, model)
        except ValueError:  # ProjectionError: no base year, a year not after it
            out[iso3] = None
            continue
        out[iso3] = mc.odds[0].probability
    return out
