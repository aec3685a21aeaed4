"""Test oracle: the per-ally projection engine as it stood before the batched engine.

A verbatim copy of ``calculator/core/projection.py`` at commit de9eb12 (one ally at a time, one
numpy array per series). ``tests/core/test_batched_engine.py`` checks that the batched engine in
``calculator.core`` returns the same arrays and threshold results. Do not "fix" this file along
with the engine: it is the fixed point the new code is compared against.

Extended since (issues 10 and 11), each marked "extension": the glide floor ("never below the
current share"), one constant rate with the other on its IMF path, and a user's base share or
amount. Those are written here the per-ally way, independently of the batched engine.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from calculator.core.dataset import FIRST_YEAR, IMF_LAST_YEAR, Country, Dataset, Observation
from calculator.core.models import (
    HAGUE_YEAR,
    MAX_HORIZON,
    REVIEW_YEAR,
    EconomyPreset,
    Measure,
    RelatedMode,
    Scenario,
    SpendingMode,
    Threshold,
)

Array = npt.NDArray[np.floating[Any]]
END_YEAR = MAX_HORIZON
EPS = 1e-9
HAGUE_CORE_PCT = 3.5
BEYOND_LIMIT_YEAR = 2150


class ProjectionError(ValueError):
    """The scenario cannot be projected with this dataset (names the field and why)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


@dataclass(frozen=True)
class ThresholdResult:
    """What the projection says about one threshold. Money in billions, national currency."""

    threshold: Threshold
    year_reached: int | None
    already_met: bool
    holds_through_horizon: bool
    met_by_target_year: bool | None
    share_at_target_pct: float | None
    gap_pct_points_at_target: float | None  # value − share at Y; positive means a shortfall
    gap_bn_at_target: float | None
    money_needed_at_target_bn: float | None  # value % of GDP in the target year
    core_needed_at_target_bn: float | None  # core spending needed (value less counted related)
    required_nominal_growth_pct: float | None
    year_reached_beyond_horizon: int | None
    beyond_horizon_method: str | None  # "path" (rules run on to 2050) or "constant_rate"


@dataclass(frozen=True)
class HagueCheck:
    """Whether the core path is a credible, incremental path to 3.5 % by 2035."""

    non_decreasing: bool
    reaches_target: bool
    share_2035_pct: float
    review_share_pct: float | None  # core share in 2029
    review_line_pct: float | None  # straight line from B to 3.5 % in 2035, at 2029
    review_gap_pct_points: float | None  # share − line; negative means behind the line
    on_track_at_review: bool | None

    @property
    def credible(self) -> bool:
        """Non-decreasing and reaching 3.5 % by 2035."""
        return self.non_decreasing and self.reaches_target


@dataclass(frozen=True)
class History:
    """NATO's published figures up to the base year, as published."""

    years: npt.NDArray[np.int_]
    share_pct: Array
    status: tuple[str, ...]
    money_bn: Array  # NATO's own spending, current prices, NATO currency (NaN where none)
    money_currency: str
    edition: str


@dataclass(frozen=True)
class Projection:
    """The result of one scenario for one ally: arrays over ``years`` (B..H).

    Money is in billions of ``country.currency`` at current prices unless the name says
    ``_const`` (constant base-year prices). Shares are percent of GDP.
    """

    scenario: Scenario
    country: Country
    base_year: int
    horizon: int
    years: npt.NDArray[np.int_]
    real_growth_pct: Array
    inflation_pct: Array
    gdp_bn: Array
    gdp_source: tuple[str, ...]  # "IMF actual" / "IMF projection" / "derived" per year
    deflator: Array  # GDP deflator index, 1.0 in the base year
    core_bn: Array
    core_share_pct: Array
    related_bn: Array
    related_share_pct: Array
    related_counted_share_pct: Array
    total_share_pct: Array
    core_bn_const: Array
    related_bn_const: Array
    population_mn: Array
    core_per_capita: Array  # national currency per person
    gov_exp_bn: Array
    core_pct_of_gov_exp: Array
    extra_vs_constant_share_bn: Array
    extra_vs_cash_freeze_bn: Array
    extra_vs_real_freeze_bn: Array
    dln_share_pct: Array  # 100 × Δln s = spending effect − GDP effect
    dln_spending_pct: Array
    dln_gdp_pct: Array
    thresholds: tuple[ThresholdResult, ...]
    hague: HagueCheck
    history: History
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def base_share_pct(self) -> float:
        """NATO's share of GDP in the base year."""
        return float(self.core_share_pct[0])

    @property
    def base_core_bn(self) -> float:
        """Core spending in the base year (share × IMF GDP; derived)."""
        return float(self.core_bn[0])

    def cumulative(self, series: Array, to_year: int | None = None) -> float:
        """Sum of a per-year series over B+1..``to_year`` (default: the horizon)."""
        last = self.horizon if to_year is None else min(to_year, self.horizon)
        mask = (self.years > self.base_year) & (self.years <= last)
        return float(np.nansum(series[mask]))

    def index_of(self, year: int) -> int:
        """Position of ``year`` in the arrays (raises ``IndexError`` if outside B..H)."""
        i = year - self.base_year
        if not 0 <= i < len(self.years):
            raise IndexError(year)
        return i


# --------------------------------------------------------------------------------- helpers


def _obs(series: dict[int, Observation], year: int) -> float:
    o = series.get(year)
    return math.nan if o is None else o.value


def _held(ds: Dataset, iso3: str, indicator: str, base: int) -> Array:
    """Values for B..2050, holding the last IMF year (2030) constant after it."""
    arr = ds.imf_array(iso3, indicator)
    idx = np.minimum(np.arange(base, END_YEAR + 1), IMF_LAST_YEAR) - FIRST_YEAR
    out: Array = arr[idx].astype(float)
    return out


def _glide(start: float, target: float, base: int, year: int, years: Array) -> Array:
    """s_t = start + (target − start)(t − B)/(Y − B) for t ≤ Y, then target (Y > B, checked)."""
    frac = np.clip((years - base) / (year - base), 0.0, 1.0)
    return start + (target - start) * frac


def resolve_base_year(ds: Dataset, scenario: Scenario) -> tuple[Country, int]:
    """Check the ally and pick the base year (latest NATO share unless the user chose one)."""
    try:
        country = ds.country(scenario.country)
    except KeyError:
        raise ProjectionError("country", f"unknown ally {scenario.country!r}") from None
    if country.kind == "aggregate":
        raise ProjectionError(
            "country", f"{country.name} is a NATO aggregate: history only, no IMF GDP to project"
        )
    if not country.has_nato_figure:
        raise ProjectionError(
            "country",
            f"{country.name} ({country.iso3}) has no armed forces; "
            "NATO publishes no defence expenditure figure for it",
        )
    share = ds.nato_share(country.iso3, scenario.nato_edition)
    years = sorted(y for y, o in share.items() if not math.isnan(o.value))
    if not years:
        raise ProjectionError(
            "nato_edition", f"edition {scenario.nato_edition} has no share for {country.name}"
        )
    gdp_years = ds.imf_series(country.iso3, "NGDP")
    usable = [y for y in years if y in gdp_years]
    if scenario.base_year is None:
        base = usable[-1]
    else:
        base = scenario.base_year
        if base not in usable:
            raise ProjectionError(
                "base_year",
                f"{base} has no NATO share for {country.name} in the "
                f"{scenario.nato_edition} edition; allowed {usable[0]} to {usable[-1]}",
            )
    if scenario.horizon <= base:
        raise ProjectionError(
            "horizon",
            f"{scenario.horizon} is not after the base year {base}; "
            f"allowed {base + 1} to {MAX_HORIZON}",
        )
    _check_years_after_base(scenario, base)
    return country, base


def _check_years_after_base(scenario: Scenario, base: int) -> None:
    """Years that must lie after the base year: target years, glide years, custom points.

    Only the settings in use are checked (a glide year left over from another mode is not).
    """

    def after(field: str, year: int) -> None:
        if year <= base:
            raise ProjectionError(
                field,
                f"{year} is not after the base year {base}; allowed {base + 1} to {MAX_HORIZON}",
            )

    for i, th in enumerate(scenario.thresholds):
        if th.enabled:
            after(f"thresholds.{i}.target_year", th.target_year)
    core = scenario.core
    if core.mode is SpendingMode.GLIDE:
        after("core.glide_year", core.glide_year)
    if core.mode is SpendingMode.CUSTOM:
        for i, pt in enumerate(core.custom_points):
            after(f"core.custom_points.{i}.year", pt.year)
    if scenario.related.mode is RelatedMode.GLIDE:
        after("related.glide_year", scenario.related.glide_year)


# --------------------------------------------------------------------------------- engine


def economy_path(ds: Dataset, scenario: Scenario, iso3: str, base: int) -> tuple[Array, Array]:
    """Real growth g_t and deflator inflation p_t (percent) for t = B..2050 (index 0 unused)."""
    years = range(base, END_YEAR + 1)
    eco = scenario.economy
    if eco.preset is EconomyPreset.IMF:
        g = _held(ds, iso3, "NGDP_RPCH", base)
        defl = ds.imf_array(iso3, "NGDP_D")
        idx = np.minimum(np.arange(base, END_YEAR + 1), IMF_LAST_YEAR) - FIRST_YEAR
        with np.errstate(invalid="ignore"):
            prev = defl[np.maximum(idx - 1, 0)]
            p = np.where(idx > 0, 100.0 * (defl[idx] / prev - 1.0), math.nan)
    else:
        g = np.full(len(years), eco.real_growth_pct)
        p = np.full(len(years), eco.inflation_pct)
        # extension: one constant rate given, the other keeps its IMF path
        if eco.real_growth_from_imf or eco.inflation_from_imf:
            imf = scenario.model_copy(
                update={
                    "economy": eco.model_copy(
                        update={
                            "preset": EconomyPreset.IMF,
                            "growth_adjust_pp": 0.0,
                            "inflation_adjust_pp": 0.0,
                            "overrides": (),
                        }
                    )
                }
            )
            g_imf, p_imf = economy_path(ds, imf, iso3, base)
            if eco.real_growth_from_imf:
                g = g_imf
            if eco.inflation_from_imf:
                p = p_imf
    g = g + eco.growth_adjust_pp
    p = p + eco.inflation_adjust_pp
    for o in eco.overrides:
        if base < o.year <= END_YEAR:
            if o.real_growth_pct is not None:
                g[o.year - base] = o.real_growth_pct
            if o.inflation_pct is not None:
                p[o.year - base] = o.inflation_pct
    g[0] = p[0] = math.nan
    return g, p


def _core_path(
    scenario: Scenario,
    base: int,
    years: Array,
    gdp: Array,
    p: Array,
    s_base: float,
    notes: list[str],
) -> Array:
    """Core spending D_t in billions for t = B..2050."""
    core = scenario.core
    d_base = s_base / 100.0 * gdp[0]
    n = len(years)
    if core.mode is SpendingMode.CONSTANT_SHARE:
        return s_base / 100.0 * gdp
    if core.mode is SpendingMode.GROWTH:
        factor = np.full(n, 1.0 + core.growth_pct / 100.0)
        if core.growth_real:
            factor = factor * (1.0 + p / 100.0)
        factor[0] = 1.0
        return np.asarray(d_base * np.cumprod(factor), dtype=float)
    if core.mode is SpendingMode.GLIDE:
        share = _glide(s_base, core.glide_target_pct, base, core.glide_year, years)
        if core.glide_floor:  # extension: never below the current share
            share = np.array([max(v, s_base) for v in share])
        return np.asarray(share / 100.0 * gdp, dtype=float)
    if core.mode is SpendingMode.INCREMENT:
        d: Array = d_base + core.increment_bn * np.arange(n, dtype=float)
        if (d < 0).any():
            notes.append("core spending would fall below zero; it is held at zero from then on")
            d = np.maximum(d, 0.0)
        return d
    return _custom_path(scenario, base, years, gdp, s_base)


def _custom_path(scenario: Scenario, base: int, years: Array, gdp: Array, s_base: float) -> Array:
    """Straight lines between the user's points; the last point's value (share or amount) holds.

    Every point lies after the base year (checked in :func:`resolve_base_year`).
    """
    points = sorted(scenario.core.custom_points, key=lambda pt: pt.year)
    anchors: list[tuple[int, str, float]] = [(base, "share", s_base)]
    for pt in points:
        if pt.share_pct is not None:
            anchors.append((pt.year, "share", pt.share_pct))
        else:
            assert pt.amount_bn is not None
            anchors.append((pt.year, "amount", pt.amount_bn))
    d = np.empty(len(years))
    for i, year in enumerate(years.astype(int)):
        after = next((a for a in anchors if a[0] >= year), None)
        before = [a for a in anchors if a[0] <= year][-1]
        if after is None or after[0] == before[0]:
            y0, kind, v = before
            d[i] = v / 100.0 * gdp[i] if kind == "share" else v
            continue
        (y0, k0, v0), (y1, k1, v1) = before, after
        w = (year - y0) / (y1 - y0)
        if k0 == k1 == "amount":
            d[i] = v0 + (v1 - v0) * w
        else:
            s0 = v0 if k0 == "share" else 100.0 * v0 / gdp[y0 - base]
            s1 = v1 if k1 == "share" else 100.0 * v1 / gdp[y1 - base]
            d[i] = (s0 + (s1 - s0) * w) / 100.0 * gdp[i]
    return d


def _threshold_result(
    th: Threshold,
    base: int,
    horizon: int,
    years: Array,
    share: Array,
    gdp: Array,
    core: Array,
    related_counted: Array,
    constant_tail: bool,
    tail_ratio: float,
) -> ThresholdResult:
    value = th.value_pct
    h = horizon - base  # index of the horizon
    visible = share[: h + 1]
    already = bool(visible[0] >= value - EPS)
    year_reached: int | None = None
    if already:
        year_reached = base
    else:
        hits = np.nonzero(visible[1:] >= value - EPS)[0]
        if hits.size:
            year_reached = base + 1 + int(hits[0])
    holds = year_reached is not None and bool((visible[year_reached - base :] >= value - EPS).all())

    beyond: int | None = None
    method: str | None = None
    if year_reached is None:
        later = np.nonzero(share[h + 1 :] >= value - EPS)[0]
        if later.size:
            beyond, method = horizon + 1 + int(later[0]), "path"
        elif constant_tail and tail_ratio > 1.0 and share[-1] > 0:
            rel = related_counted[-1] if th.measure is Measure.TOTAL else 0.0
            core_last = share[-1] - rel
            needed = value - rel
            if core_last > 0 and needed > core_last:
                k = math.ceil(math.log(needed / core_last) / math.log(tail_ratio) - EPS)
                if END_YEAR + k <= BEYOND_LIMIT_YEAR:
                    beyond, method = END_YEAR + k, "constant_rate"

    y = th.target_year
    met = share_t = gap = gap_bn = needed_bn = core_needed = req = None
    if base < y <= END_YEAR:
        i = y - base
        share_t = float(share[i])
        needed_bn = value / 100.0 * float(gdp[i])
        rel_t = float(related_counted[i]) if th.measure is Measure.TOTAL else 0.0
        core_needed = max(value - rel_t, 0.0) / 100.0 * float(gdp[i])
        if core[0] > 0 and core_needed > 0:
            req = 100.0 * ((core_needed / float(core[0])) ** (1.0 / (y - base)) - 1.0)
        if y <= horizon:
            met = bool(share_t >= value - EPS)
            gap = value - share_t
            gap_bn = gap / 100.0 * float(gdp[i])
    return ThresholdResult(
        th,
        year_reached,
        already,
        holds,
        met,
        share_t,
        gap,
        gap_bn,
        needed_bn,
        core_needed,
        req,
        beyond,
        method,
    )


def _hague(base: int, core_share: Array) -> HagueCheck:
    upto = core_share[: HAGUE_YEAR - base + 1]
    non_decreasing = bool((np.diff(upto) >= -EPS).all())
    s35 = float(core_share[HAGUE_YEAR - base])
    review = line = gap = on_track = None
    if base < REVIEW_YEAR:
        review = float(core_share[REVIEW_YEAR - base])
        s0 = float(core_share[0])
        line = s0 + (HAGUE_CORE_PCT - s0) * (REVIEW_YEAR - base) / (HAGUE_YEAR - base)
        gap = review - line
        on_track = bool(review >= line - EPS)
    return HagueCheck(
        non_decreasing, bool(s35 >= HAGUE_CORE_PCT - EPS), s35, review, line, gap, on_track
    )


def _history(ds: Dataset, country: Country, edition: str, base: int) -> History:
    share = ds.nato_share(country.iso3, edition)
    money = ds.nato_money(country.iso3, edition)
    years = sorted(y for y in share if y <= base)
    return History(
        years=np.array(years, dtype=int),
        share_pct=np.array([share[y].value for y in years], dtype=float),
        status=tuple(share[y].status for y in years),
        money_bn=np.array([_obs(money, y) / 1000.0 for y in years], dtype=float),
        money_currency=country.nato_currency,
        edition=edition,
    )


def project(ds: Dataset, scenario: Scenario) -> Projection:
    """Run one scenario for its ally. Raises :class:`ProjectionError` naming the bad field."""
    country, base = resolve_base_year(ds, scenario)
    iso3, horizon = country.iso3, scenario.horizon
    notes: list[str] = []
    years = np.arange(base, END_YEAR + 1, dtype=float)
    g, p = economy_path(ds, scenario, iso3, base)

    gdp_base = _obs(ds.imf_series(iso3, "NGDP"), base)
    growth = (1.0 + g / 100.0) * (1.0 + p / 100.0)
    growth[0] = 1.0
    gdp = gdp_base * np.cumprod(growth)
    deflator = np.cumprod(np.where(np.isnan(p), 1.0, 1.0 + p / 100.0)).astype(float)
    ngdp = ds.imf_series(iso3, "NGDP")
    gdp_source = tuple(
        ("IMF " + ngdp[int(y)].status) if int(y) == base else "derived" for y in years
    )

    share = ds.nato_share(iso3, scenario.nato_edition)
    s_base = share[base].value
    # extension: the user's base share or amount replaces NATO's
    if scenario.core.base_source.value == "user_share":
        s_base = scenario.core.base_share_pct
    elif scenario.core.base_source.value == "user_amount":
        s_base = 100.0 * scenario.core.base_amount_bn / gdp[0]
    gap = share.get(base + 1)
    if scenario.base_year is None and gap is not None and math.isnan(gap.value):
        why = ds.nato_notes.get((scenario.nato_edition, iso3, base + 1), "")
        notes.append(
            f"NATO's {scenario.nato_edition} edition has no {base + 1} figure for "
            f"{country.name}, so the base year is {base}" + (f". {why}" if why else "")
        )
    core = _core_path(scenario, base, years, gdp, p, s_base, notes)
    core_share = 100.0 * core / gdp

    rel = scenario.related
    if rel.mode is RelatedMode.CONSTANT:
        rel_share = np.full(len(years), rel.share_pct)
    else:
        rel_share = _glide(rel.share_pct, rel.glide_target_pct, base, rel.glide_year, years)
    rel_counted = np.minimum(rel_share, rel.cap_pct)
    rel_bn = rel_share / 100.0 * gdp
    total_share = core_share + rel_counted

    pop = _held(ds, iso3, "LP", base)
    lp = ds.imf_series(iso3, "LP")
    pop_growth = _obs(lp, IMF_LAST_YEAR) / _obs(lp, IMF_LAST_YEAR - 1)
    after = years > IMF_LAST_YEAR
    pop[after] = _obs(lp, IMF_LAST_YEAR) * pop_growth ** (years[after] - IMF_LAST_YEAR)
    ggx_ratio = _held(ds, iso3, "GGX_NGDP", base)
    gov_exp = ggx_ratio / 100.0 * gdp

    d_base = core[0]
    extra_const = core - s_base / 100.0 * gdp
    extra_cash = core - d_base
    extra_real = core - d_base * deflator
    with np.errstate(divide="ignore", invalid="ignore"):
        dln_d = 100.0 * np.diff(np.log(core), prepend=np.nan)
        dln_gdp = 100.0 * np.diff(np.log(gdp), prepend=np.nan)
    dln_s = dln_d - dln_gdp

    # For the constant-rate extrapolation beyond 2050: growth mode, no per-year change after.
    constant_tail = scenario.core.mode is SpendingMode.GROWTH
    spend_factor = 1.0 + scenario.core.growth_pct / 100.0
    if scenario.core.growth_real:
        spend_factor *= 1.0 + p[-1] / 100.0
    tail_ratio = spend_factor / growth[-1]

    results = tuple(
        _threshold_result(
            th,
            base,
            horizon,
            years,
            core_share if th.measure is Measure.CORE else total_share,
            gdp,
            core,
            rel_counted,
            constant_tail,
            tail_ratio,
        )
        for th in scenario.thresholds
        if th.enabled
    )

    n = horizon - base + 1
    cut = slice(0, n)
    with np.errstate(divide="ignore", invalid="ignore"):
        per_capita = core * 1000.0 / pop
        pct_gov = 100.0 * core / gov_exp
    return Projection(
        scenario=scenario,
        country=country,
        base_year=base,
        horizon=horizon,
        years=years[cut].astype(int),
        real_growth_pct=g[cut],
        inflation_pct=p[cut],
        gdp_bn=gdp[cut],
        gdp_source=gdp_source[:n],
        deflator=deflator[cut],
        core_bn=core[cut],
        core_share_pct=core_share[cut],
        related_bn=rel_bn[cut],
        related_share_pct=rel_share[cut],
        related_counted_share_pct=rel_counted[cut],
        total_share_pct=total_share[cut],
        core_bn_const=(core / deflator)[cut],
        related_bn_const=(rel_bn / deflator)[cut],
        population_mn=pop[cut],
        core_per_capita=per_capita[cut],
        gov_exp_bn=gov_exp[cut],
        core_pct_of_gov_exp=pct_gov[cut],
        extra_vs_constant_share_bn=extra_const[cut],
        extra_vs_cash_freeze_bn=extra_cash[cut],
        extra_vs_real_freeze_bn=extra_real[cut],
        dln_share_pct=dln_s[cut],
        dln_spending_pct=dln_d[cut],
        dln_gdp_pct=dln_gdp[cut],
        thresholds=results,
        hague=_hague(base, core_share),
        history=_history(ds, country, scenario.nato_edition, base),
        notes=tuple(notes),
    )


def project_alliance(
    ds: Dataset, scenario: Scenario, *, skip_unfit: bool = False
) -> list[Projection]:
    """The alliance as it was run before the batched engine: one ``project`` call per ally."""
    members = [c.iso3 for c in ds.allies() if c.has_nato_figure]
    out = []
    for iso3 in members:
        try:
            out.append(project(ds, scenario.evolve(country=iso3, base_year=None)))
        except ProjectionError:
            if not skip_unfit:
                raise
    return out
