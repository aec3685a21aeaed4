"""The batched arithmetic of DESIGN.md section 4: every series as an array (batch, years).

One ally is a batch of one, the alliance is one batch of 31 rows, a Monte Carlo run is one batch
of N draws of the economy path. Every row lives on the same year grid, :data:`FIRST_YEAR` ..
:data:`END_YEAR` (2014..2050); row ``i`` starts at its own base year ``base[i]`` and the columns
before it are ignored (they hold placeholders, never read by :mod:`.projection`).

Three steps, each cheap to repeat:

1. :func:`ally_inputs` gathers what a row needs from the dataset (base year, base share, base GDP
   and the IMF series held after 2030) into arrays, once per (edition, allies, base years); it is
   cached on the :class:`~calculator.core.dataset.Dataset`.
2. :func:`economy_paths` turns the scenario's economy assumptions into real growth ``g`` and
   inflation ``p`` (batch, years), cached per assumptions. A Monte Carlo run passes its own draws.
3. :func:`run_batch` computes every path and every threshold and Hague result for all rows at once.
   It reads no dataset and loops in Python only over thresholds, overrides and custom points.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any, TypeVar

import numpy as np
import numpy.typing as npt

from calculator.core.dataset import FIRST_YEAR, IMF_LAST_YEAR, Dataset
from calculator.core.models import (
    HAGUE_YEAR,
    MAX_HORIZON,
    REVIEW_YEAR,
    BaseSource,
    CoreSpending,
    Economy,
    EconomyPreset,
    Measure,
    RelatedMode,
    Scenario,
    SpendingMode,
    Threshold,
)

Array = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]
T = TypeVar("T")

END_YEAR = MAX_HORIZON
EPS = 1e-9
HAGUE_CORE_PCT = 3.5
BEYOND_LIMIT_YEAR = 2150

#: The year grid every row lives on, as integers and as floats (for the arithmetic).
GRID = np.arange(FIRST_YEAR, END_YEAR + 1, dtype=np.int64)
GRID.setflags(write=False)
YEARS = GRID.astype(float)
YEARS.setflags(write=False)
N_YEARS = len(GRID)
_HELD = np.minimum(GRID, IMF_LAST_YEAR) - FIRST_YEAR  # IMF column of each grid year
_HELD.setflags(write=False)
CACHE_SIZE = 256

# beyond_method codes in ThresholdArrays
NOT_BEYOND, BEYOND_PATH, BEYOND_CONSTANT_RATE = 0, 1, 2


def col(year: int) -> int:
    """Column of ``year`` on the grid."""
    return year - FIRST_YEAR


def cached(ds: Dataset, key: tuple[Any, ...], build: Callable[[], T]) -> T:
    """A value derived from the dataset, built once and kept (least recently used dropped)."""
    cache: OrderedDict[tuple[Any, ...], Any] = ds._engine_cache
    try:
        value: T = cache[key]
    except KeyError:
        value = build()
        cache[key] = value
        if len(cache) > CACHE_SIZE:
            cache.popitem(last=False)
        return value
    cache.move_to_end(key)
    return value


def _frozen(arr: npt.NDArray[Any]) -> npt.NDArray[Any]:
    arr.setflags(write=False)
    return arr


@dataclass(frozen=True)
class AllyInputs:
    """What each row needs from the dataset, gathered into arrays (read-only, cached).

    ``base``, ``s_base`` and ``gdp_base`` have shape (rows,); the IMF series have shape
    (rows, years) on :data:`GRID`, already held at their 2030 value after 2030.
    """

    key: tuple[Any, ...]
    iso3: tuple[str, ...]
    base: IntArray
    s_base: Array  # NATO share in the base year (%)
    gdp_base: Array  # IMF NGDP in the base year (bn national currency)
    imf_g: Array  # NGDP_RPCH
    imf_p: Array  # 100 (NGDP_D_t / NGDP_D_{t-1} − 1); NaN in 2014 (no 2013 deflator)
    population: Array  # LP, after 2030 growing at its 2029–2030 rate
    ggx_ratio: Array  # GGX_NGDP

    @property
    def rows(self) -> int:
        """Number of rows (allies)."""
        return len(self.iso3)


def ally_inputs(
    ds: Dataset, edition: str, iso3s: Sequence[str], bases: Sequence[int]
) -> AllyInputs:
    """Gather the rows' inputs once per (edition, allies, base years); cached on ``ds``.

    The allies and base years must already have been checked (see
    :func:`calculator.core.projection.resolve_base_year`).
    """
    key = ("inputs", edition, tuple(iso3s), tuple(int(b) for b in bases))
    return cached(ds, key, lambda: _build_inputs(ds, key))


def _build_inputs(ds: Dataset, key: tuple[Any, ...]) -> AllyInputs:
    _, edition, iso3s, bases = key

    def imf(indicator: str) -> Array:
        return np.array([ds.imf_array(iso3, indicator) for iso3 in iso3s], dtype=float).reshape(
            len(iso3s), IMF_LAST_YEAR - FIRST_YEAR + 1
        )

    g = imf("NGDP_RPCH")[:, _HELD]
    defl = imf("NGDP_D")
    with np.errstate(invalid="ignore", divide="ignore"):
        p = np.where(
            _HELD > 0, 100.0 * (defl[:, _HELD] / defl[:, np.maximum(_HELD - 1, 0)] - 1.0), np.nan
        )
    lp = imf("LP")
    pop = lp[:, _HELD]
    last = lp[:, col(IMF_LAST_YEAR), None]
    pop_growth = last / lp[:, col(IMF_LAST_YEAR - 1), None]
    after = YEARS > IMF_LAST_YEAR
    pop[:, after] = last * pop_growth ** (YEARS[after] - IMF_LAST_YEAR)
    s_base = [ds.nato_share(iso3, edition)[b].value for iso3, b in zip(iso3s, bases, strict=True)]
    gdp_base = [ds.imf_series(iso3, "NGDP")[b].value for iso3, b in zip(iso3s, bases, strict=True)]
    return AllyInputs(
        key=key,
        iso3=iso3s,
        base=_frozen(np.array(bases, dtype=np.int64).reshape(len(iso3s))),
        s_base=_frozen(np.array(s_base, dtype=float).reshape(len(iso3s))),
        gdp_base=_frozen(np.array(gdp_base, dtype=float).reshape(len(iso3s))),
        imf_g=_frozen(g),
        imf_p=_frozen(p),
        population=_frozen(pop),
        ggx_ratio=_frozen(imf("GGX_NGDP")[:, _HELD]),
    )


def economy_paths(ds: Dataset, inputs: AllyInputs, economy: Economy) -> tuple[Array, Array]:
    """Real growth ``g`` and inflation ``p`` (%, rows × years); cached per assumptions.

    NaN in each row's base year and before it. The arrays are read-only (they are shared).
    """
    return cached(ds, ("economy", inputs.key, economy), lambda: _economy(inputs, economy))


def _economy(inputs: AllyInputs, eco: Economy) -> tuple[Array, Array]:
    shape = (inputs.rows, N_YEARS)
    if eco.preset is EconomyPreset.IMF:
        g = inputs.imf_g + eco.growth_adjust_pp
        p = inputs.imf_p + eco.inflation_adjust_pp
    else:
        # Giving only one constant rate keeps the other on its IMF path.
        g = inputs.imf_g if eco.real_growth_from_imf else np.full(shape, eco.real_growth_pct)
        p = inputs.imf_p if eco.inflation_from_imf else np.full(shape, eco.inflation_pct)
        g = g + eco.growth_adjust_pp
        p = p + eco.inflation_adjust_pp
    base = inputs.base
    for o in eco.overrides:
        applies = base < o.year
        c = col(o.year)
        if o.real_growth_pct is not None:
            g[:, c] = np.where(applies, o.real_growth_pct, g[:, c])
        if o.inflation_pct is not None:
            p[:, c] = np.where(applies, o.inflation_pct, p[:, c])
    if eco.gdp_path:
        g = _gdp_path_growth(inputs, eco, g, p)
    not_after = YEARS[None, :] <= base[:, None]
    g[not_after] = np.nan
    p[not_after] = np.nan
    return _frozen(g), _frozen(p)


def _gdp_path_growth(inputs: AllyInputs, eco: Economy, g: Array, p: Array) -> Array:
    """Real growth that makes GDP pass through the user's levels (the deflator path is kept).

    Between given years (and from the base year to the first) nominal GDP grows at a constant
    rate; real growth is that nominal growth net of the scenario's inflation. After the last
    given year the preset's growth continues. The years lie after every row's base (checked).
    """
    prev_year = inputs.base.astype(float)
    prev_gdp = inputs.gdp_base
    out = np.array(g, dtype=float)
    with np.errstate(all="ignore"):
        for level in eco.gdp_path:
            factor = (level.gdp_bn / prev_gdp) ** (1.0 / (level.year - prev_year))
            seg = (YEARS[None, :] > prev_year[:, None]) & (YEARS[None, :] <= level.year)
            out = np.where(seg, 100.0 * (factor[:, None] / (1.0 + p / 100.0) - 1.0), out)
            prev_year = np.full_like(prev_year, float(level.year))
            prev_gdp = np.full_like(prev_gdp, level.gdp_bn)
    return out


#: Bulgaria's fixed conversion rate (leva per euro), for NATO's euro figures of an IMF leva series.
BGN_PER_EUR = 1.95583


def with_base(ds: Dataset, inputs: AllyInputs, core: CoreSpending) -> AllyInputs:
    """The rows' inputs with the base-year share replaced as ``core.base_source`` says.

    ``user_share``: the user's share; ``user_amount``: the user's amount ÷ IMF GDP;
    ``nato_spending``: NATO's published national-currency spending ÷ IMF GDP (NaN where NATO
    publishes none; :mod:`.projection` refuses it). The IMF GDP of the base year is unchanged.
    """
    src = core.base_source
    if src is BaseSource.NATO_SHARE:
        return inputs
    value = {
        BaseSource.USER_SHARE: core.base_share_pct,
        BaseSource.USER_AMOUNT: core.base_amount_bn,
    }.get(src)
    key = (*inputs.key, ("base", src.value, value))
    return cached(ds, key, lambda: _with_base(ds, inputs, src, value, key))


def nato_spending_base_bn(ds: Dataset, iso3: str, edition: str, year: int) -> float:
    """NATO's published core spending in ``year``, bn of the IMF currency (NaN if none)."""
    country = ds.country(iso3)
    obs = ds.nato_money(iso3, edition).get(year)
    if obs is None:
        return float("nan")
    value = obs.value / 1000.0
    if country.nato_currency == country.currency:
        return value
    if (country.nato_currency, country.currency) == ("EUR", "BGN"):
        return value * BGN_PER_EUR
    return float("nan")


def _with_base(
    ds: Dataset, inputs: AllyInputs, src: BaseSource, value: float | None, key: tuple[Any, ...]
) -> AllyInputs:
    if src is BaseSource.USER_SHARE:
        s_base = np.full(inputs.rows, float(value or 0.0))
    else:
        if src is BaseSource.USER_AMOUNT:
            amount = np.full(inputs.rows, float(value or 0.0))
        else:
            edition = inputs.key[1]
            amount = np.array(
                [
                    nato_spending_base_bn(ds, iso3, edition, int(b))
                    for iso3, b in zip(inputs.iso3, inputs.base.tolist(), strict=True)
                ],
                dtype=float,
            )
        s_base = 100.0 * amount / inputs.gdp_base
    return replace(inputs, key=key, s_base=_frozen(s_base))


@dataclass(frozen=True)
class ThresholdArrays:
    """Every enabled threshold's results for every row, shape (thresholds, rows).

    ``-1`` where a year is none.

    ``target_ok``: the target year lies in B+1..2050, so ``share_at_target`` .. ``core_needed``
    hold values; ``met_ok``: it also lies within the horizon, so ``met``, ``gap`` and ``gap_bn``
    do; ``required_ok``: ``required_growth`` holds a value.
    """

    year_reached: IntArray
    already_met: BoolArray
    holds: BoolArray
    beyond_year: IntArray
    beyond_method: npt.NDArray[np.int8]
    target_ok: BoolArray
    met_ok: BoolArray
    met: BoolArray
    share_at_target: Array
    gap: Array
    gap_bn: Array
    needed_bn: Array
    core_needed_bn: Array
    required_ok: BoolArray
    required_growth: Array


@dataclass(frozen=True)
class HagueArrays:
    """The Hague path check for every row; ``review_ok`` says where the review values exist."""

    non_decreasing: BoolArray
    reaches_target: BoolArray
    share_2035: Array
    review_ok: BoolArray
    review_share: Array
    review_line: Array
    review_gap: Array
    on_track: BoolArray
    stays_above: BoolArray  # at or above 3.5 % from B to 2035 (passes without rising)


@dataclass(frozen=True)
class Batch:
    """Every path of every row (rows × years on :data:`GRID`; columns before the base unused)."""

    base: IntArray
    g: Array
    p: Array
    gdp: Array
    deflator: Array
    core: Array
    core_const: Array  # in constant base-year prices
    core_share: Array
    related_share: Array
    related_counted: Array
    related_bn: Array
    related_const: Array
    total_share: Array
    population: Array
    gov_exp: Array
    per_capita: Array
    pct_of_gov_exp: Array
    extra_const: Array
    extra_cash: Array
    extra_real: Array
    dln_share: Array
    dln_spending: Array
    dln_gdp: Array
    core_floored: BoolArray  # increment mode: spending would have fallen below zero
    thresholds: ThresholdArrays  # the scenario's enabled thresholds, in order
    hague: HagueArrays


def run_batch(inputs: AllyInputs, scenario: Scenario, g: Array, p: Array) -> Batch:
    """Project every row under ``scenario``'s spending paths and thresholds, in one pass.

    ``g`` and ``p`` are real growth and inflation in percent, shape (n, years) on :data:`GRID`
    (values in and before each row's base year are ignored). ``inputs`` has n rows, or one row
    that every economy path shares (a Monte Carlo run of one ally). ``scenario.country`` and
    ``scenario.base_year`` are not read: the rows' allies and base years are in ``inputs``.
    """
    n = g.shape[0]
    base, s_base, gdp_base = inputs.base, inputs.s_base[:, None], inputs.gdp_base[:, None]
    pop, ggx_ratio = inputs.population, inputs.ggx_ratio
    if inputs.rows != n:  # one ally, n draws of its economy
        base = np.broadcast_to(base, (n,))
        s_base = np.broadcast_to(s_base, (n, 1))
        gdp_base = np.broadcast_to(gdp_base, (n, 1))
        pop = np.broadcast_to(pop, (n, N_YEARS))
        ggx_ratio = np.broadcast_to(ggx_ratio, (n, N_YEARS))
    b = base[:, None]
    rows = np.arange(n)
    base_col = base - FIRST_YEAR
    after = YEARS[None, :] > b  # the projected years B+1..2050 of each row

    with np.errstate(all="ignore"):
        growth = np.where(after, (1.0 + g / 100.0) * (1.0 + p / 100.0), 1.0)
        gdp = gdp_base * np.cumprod(growth, axis=1)
        deflator: Array = np.asarray(
            np.cumprod(np.where(after & ~np.isnan(p), 1.0 + p / 100.0, 1.0), axis=1), dtype=float
        )

        core, floored = _core_path(scenario, b, gdp, p, after, s_base)
        core_share = 100.0 * core / gdp

        rel = scenario.related
        if rel.mode is RelatedMode.CONSTANT:
            rel_share = np.full((n, N_YEARS), rel.share_pct)
        else:
            rel_share = _glide(rel.share_pct, rel.glide_target_pct, b, rel.glide_year)
        rel_counted = np.minimum(rel_share, rel.cap_pct)
        rel_bn = rel_share / 100.0 * gdp
        total_share = core_share + rel_counted

        gov_exp = ggx_ratio / 100.0 * gdp
        d_base = core[rows, base_col][:, None]
        extra_const = core - s_base / 100.0 * gdp
        extra_cash = core - d_base
        extra_real = core - d_base * deflator
        dln_d = _dln(core, after)
        dln_gdp = _dln(gdp, after)
        dln_s = dln_d - dln_gdp
        per_capita = core * 1000.0 / pop
        pct_gov = 100.0 * core / gov_exp

        # The constant-rate extrapolation beyond 2050: growth mode, no per-year change after.
        spend_factor = np.full(n, 1.0 + scenario.core.growth_pct / 100.0)
        if scenario.core.growth_real:
            spend_factor = spend_factor * (1.0 + p[:, -1] / 100.0)
        tail_ratio = spend_factor / growth[:, -1]
        constant_tail = scenario.core.mode is SpendingMode.GROWTH

        enabled = [th for th in scenario.thresholds if th.enabled]
        results = _thresholds(
            enabled,
            scenario.horizon,
            base,
            core_share,
            total_share,
            rel_counted,
            gdp,
            core[rows, base_col],
            constant_tail,
            tail_ratio,
        )
        hague = _hague(base, core_share)

    return Batch(
        base=np.array(base),
        g=np.array(g, dtype=float),
        p=np.array(p, dtype=float),
        gdp=gdp,
        deflator=deflator,
        core=core,
        core_const=core / deflator,
        core_share=core_share,
        related_share=rel_share,
        related_counted=rel_counted,
        related_bn=rel_bn,
        related_const=rel_bn / deflator,
        total_share=total_share,
        population=np.array(pop, dtype=float),
        gov_exp=gov_exp,
        per_capita=per_capita,
        pct_of_gov_exp=pct_gov,
        extra_const=extra_const,
        extra_cash=extra_cash,
        extra_real=extra_real,
        dln_share=dln_s,
        dln_spending=dln_d,
        dln_gdp=dln_gdp,
        core_floored=floored,
        thresholds=results,
        hague=hague,
    )


def _dln(x: Array, after: BoolArray) -> Array:
    """100 × Δln x into each projected year (NaN in the base year and before)."""
    logs = np.log(x)
    out = np.full(x.shape, np.nan)
    out[:, 1:] = 100.0 * (logs[:, 1:] - logs[:, :-1])
    out[~after] = np.nan
    return out


def _glide(start: Array | float, target: float, b: IntArray, year: int) -> Array:
    """s_t = start + (target − start)(t − B)/(Y − B) for t ≤ Y, then target (Y > B, checked)."""
    frac = np.clip((YEARS[None, :] - b) / (year - b), 0.0, 1.0)
    out: Array = start + (target - start) * frac
    return out


def _core_path(
    scenario: Scenario, b: IntArray, gdp: Array, p: Array, after: BoolArray, s_base: Array
) -> tuple[Array, BoolArray]:
    """Core spending D_t (bn) for every row, and whether the increment floor was used."""
    core = scenario.core
    n = gdp.shape[0]
    no_floor = np.zeros(n, dtype=bool)
    d_base = s_base / 100.0 * gdp[np.arange(n), b[:, 0] - FIRST_YEAR][:, None]
    if core.mode is SpendingMode.CONSTANT_SHARE:
        return s_base / 100.0 * gdp, no_floor
    if core.mode is SpendingMode.GROWTH:
        factor = np.full(gdp.shape, 1.0 + core.growth_pct / 100.0)
        if core.growth_real:
            factor = factor * (1.0 + p / 100.0)
        factor = np.where(after, factor, 1.0)
        return d_base * np.cumprod(factor, axis=1), no_floor
    if core.mode is SpendingMode.GLIDE:
        share = _glide(s_base, core.glide_target_pct, b, core.glide_year)
        if core.glide_floor:  # "never below the current share"
            share = np.maximum(share, s_base)
        return share / 100.0 * gdp, no_floor
    if core.mode is SpendingMode.INCREMENT:
        d: Array = d_base + core.increment_bn * (YEARS[None, :] - b)
        below = (d < 0) & (YEARS[None, :] >= b)
        floored: BoolArray = np.asarray(below.any(axis=1), dtype=bool)
        return np.maximum(d, 0.0), floored
    return _custom_path(scenario, b, gdp, s_base), no_floor


def _custom_path(scenario: Scenario, b: IntArray, gdp: Array, s_base: Array) -> Array:
    """Straight lines between the user's points; the last point's value (share or amount) holds.

    The anchors are the base year (the base share) and the points, all after every row's base
    (checked before). For each year the anchors before and after it are gathered per row.
    """
    n = gdp.shape[0]
    points = sorted(scenario.core.custom_points, key=lambda pt: pt.year)
    k = len(points) + 1
    a_year = np.empty((n, k))
    a_year[:, 0] = b[:, 0]
    a_val = np.empty((n, k))
    a_val[:, 0] = s_base[:, 0]
    a_share = np.ones((n, k), dtype=bool)
    for j, pt in enumerate(points, start=1):
        a_year[:, j] = pt.year
        a_share[:, j] = pt.share_pct is not None
        a_val[:, j] = pt.share_pct if pt.share_pct is not None else pt.amount_bn
    t = YEARS[None, None, :]
    le = a_year[:, :, None] <= t  # (rows, anchors, years)
    ge = a_year[:, :, None] >= t
    i0 = np.maximum(le.sum(axis=1) - 1, 0)  # last anchor at or before t
    has_after = ge.any(axis=1)
    i1 = np.where(has_after, ge.argmax(axis=1), i0)  # first anchor at or after t

    def take(a: npt.NDArray[Any], idx: IntArray) -> npt.NDArray[Any]:
        return np.take_along_axis(a, idx, axis=1)

    y0, y1 = take(a_year, i0), take(a_year, i1)
    v0, v1 = take(a_val, i0), take(a_val, i1)
    k0, k1 = take(a_share, i0), take(a_share, i1)
    g0 = take(gdp, (y0 - FIRST_YEAR).astype(np.int64))
    g1 = take(gdp, (y1 - FIRST_YEAR).astype(np.int64))
    direct = ~has_after | (y1 == y0)
    held = np.where(k0, v0 / 100.0 * gdp, v0)
    w = (YEARS[None, :] - y0) / (y1 - y0)
    both_amounts = v0 + (v1 - v0) * w
    s0 = np.where(k0, v0, 100.0 * v0 / g0)
    s1 = np.where(k1, v1, 100.0 * v1 / g1)
    mixed = (s0 + (s1 - s0) * w) / 100.0 * gdp
    out: Array = np.where(direct, held, np.where(~k0 & ~k1, both_amounts, mixed))
    return out


def _thresholds(
    enabled: Sequence[Threshold],
    horizon: int,
    base: IntArray,
    core_share: Array,
    total_share: Array,
    rel_counted: Array,
    gdp: Array,
    core_base: Array,
    constant_tail: bool,
    tail_ratio: Array,
) -> ThresholdArrays:
    """All thresholds at once: arrays (thresholds, rows, years) reduced over the years."""
    n, t_n = core_share.shape[0], len(enabled)
    rows = np.arange(n)
    value = np.array([th.value_pct for th in enabled], dtype=float).reshape(t_n, 1)
    target = np.array([th.target_year for th in enabled], dtype=np.int64).reshape(t_n, 1)
    total = np.array([th.measure is Measure.TOTAL for th in enabled], dtype=bool)
    share = np.where(total[:, None, None], total_share, core_share)  # (T, rows, years)
    rel = np.where(total[:, None, None], rel_counted, 0.0)
    b = base[:, None]
    hit = share >= (value - EPS)[:, :, None]
    h = col(horizon)
    already = hit[:, rows, base - FIRST_YEAR]
    inside = hit & (b < YEARS)
    inside[:, :, h + 1 :] = False
    found = inside.any(axis=2)
    year_reached = np.where(already, base, np.where(found, FIRST_YEAR + inside.argmax(axis=2), -1))
    reached = year_reached >= 0
    span = (year_reached[:, :, None] <= YEARS) & (horizon >= YEARS)
    holds = reached & ~(span & ~hit).any(axis=2)

    later = hit & (horizon < YEARS)
    by_path = ~reached & later.any(axis=2)
    beyond = np.where(by_path, FIRST_YEAR + later.argmax(axis=2), -1)
    method = np.where(by_path, BEYOND_PATH, NOT_BEYOND)
    if constant_tail:
        share_last = share[:, :, -1]
        rel_last = rel[:, :, -1]
        core_last = share_last - rel_last
        needed = value - rel_last
        k = np.ceil(np.log(needed / core_last) / np.log(tail_ratio) - EPS)
        by_rate = (
            ~reached
            & ~by_path
            & (tail_ratio > 1.0)
            & (share_last > 0)
            & (core_last > 0)
            & (needed > core_last)
            & (END_YEAR + k <= BEYOND_LIMIT_YEAR)
        )
        beyond = np.where(by_rate, END_YEAR + np.where(by_rate, k, 0).astype(np.int64), beyond)
        method = np.where(by_rate, BEYOND_CONSTANT_RATE, method)

    target_ok = (base < target) & (target <= END_YEAR)
    c = np.clip(target - FIRST_YEAR, 0, N_YEARS - 1)  # (T, 1)
    pick = (np.arange(t_n)[:, None], rows, c)
    share_t = share[pick]
    gdp_t = gdp[rows, c]
    needed_bn = value / 100.0 * gdp_t
    core_needed = np.maximum(value - rel[pick], 0.0) / 100.0 * gdp_t
    required_ok = target_ok & (core_base > 0) & (core_needed > 0)
    req = 100.0 * ((core_needed / core_base) ** (1.0 / (target - base)) - 1.0)
    gap = value - share_t
    return ThresholdArrays(
        year_reached=year_reached.astype(np.int64),
        already_met=already,
        holds=holds,
        beyond_year=beyond.astype(np.int64),
        beyond_method=method.astype(np.int8),
        target_ok=target_ok,
        met_ok=target_ok & (target <= horizon),
        met=share_t >= value - EPS,
        share_at_target=share_t,
        gap=gap,
        gap_bn=gap / 100.0 * gdp_t,
        needed_bn=needed_bn,
        core_needed_bn=core_needed,
        required_ok=required_ok,
        required_growth=req,
    )


def _hague(base: IntArray, core_share: Array) -> HagueArrays:
    n = core_share.shape[0]
    b = base[:, None]
    s0 = core_share[np.arange(n), base - FIRST_YEAR]
    steps = np.diff(core_share, axis=1) >= -EPS  # step into each year from the year before
    window = (YEARS[None, 1:] > b) & (YEARS[None, 1:] <= HAGUE_YEAR)
    non_decreasing: BoolArray = np.asarray(~(window & ~steps).any(axis=1), dtype=bool)
    s35 = core_share[:, col(HAGUE_YEAR)]
    review_ok = base < REVIEW_YEAR
    review = core_share[:, col(REVIEW_YEAR)]
    line = s0 + (HAGUE_CORE_PCT - s0) * (REVIEW_YEAR - base) / (HAGUE_YEAR - base)
    in_window = (YEARS[None, :] >= b) & (YEARS[None, :] <= HAGUE_YEAR)
    below = core_share < HAGUE_CORE_PCT - EPS
    return HagueArrays(
        non_decreasing=non_decreasing,
        reaches_target=s35 >= HAGUE_CORE_PCT - EPS,
        share_2035=s35,
        review_ok=review_ok,
        review_share=review,
        review_line=line,
        review_gap=review - line,
        on_track=review >= line - EPS,
        stays_above=np.asarray(~(in_window & below).any(axis=1), dtype=bool),
    )
