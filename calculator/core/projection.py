"""Projections: one scenario for one ally, or for many allies in one batch.

Pure numpy; no Qt. The arithmetic (DESIGN.md section 4) is in :mod:`calculator.core.engine`, which
computes every ally of a run as one row of a batch; this module checks the scenario against the
dataset (:func:`resolve_base_year`) and cuts each row into a :class:`Projection`. Every path is
computed from the base year B to :data:`END_YEAR` (2050) and the results are sliced to the
horizon H, so that target years and "reached beyond the horizon" use the same rules as the
visible years.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from calculator.core.dataset import FIRST_YEAR, Country, Dataset, Observation
from calculator.core.engine import (
    BEYOND_CONSTANT_RATE,
    BEYOND_LIMIT_YEAR,
    BEYOND_PATH,
    END_YEAR,
    EPS,
    GRID,
    HAGUE_CORE_PCT,
    Batch,
    ally_inputs,
    cached,
    economy_paths,
    run_batch,
    with_base,
)
from calculator.core.models import (
    MAX_HORIZON,
    Baseline,
    RelatedMode,
    Scenario,
    SpendingMode,
    Threshold,
)

__all__ = [
    "BEYOND_LIMIT_YEAR",
    "END_YEAR",
    "EPS",
    "HAGUE_CORE_PCT",
    "HagueCheck",
    "History",
    "Projection",
    "ProjectionError",
    "ThresholdResult",
    "project",
    "project_many",
    "resolve_base_year",
]

Array = npt.NDArray[np.floating[Any]]
# The notes a projection carries, in English: the phrasebook (calculator/exports/phrases.py,
# note_text) says them in the reader's language, knowing them by these texts.
FLOOR_NOTE = "core spending would fall below zero; it is held at zero from then on"
BASE_NOTE = "NATO's {0} edition has no {1} figure for {2}, so the base year is {3}"


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
    stays_above: bool = False  # at or above 3.5 % in every year from B to 2035

    @property
    def credible(self) -> bool:
        """Non-decreasing and reaching 3.5 % by 2035, or at or above 3.5 % all the way."""
        return (self.non_decreasing or self.stays_above) and self.reaches_target


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
    glide_held: bool = False  # a glide target below the base share: held at the base share

    @property
    def base_share_pct(self) -> float:
        """The base-year share of GDP (NATO's, unless the scenario overrides the base)."""
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


# --------------------------------------------------------------------------------- checks


def _obs(series: dict[int, Observation], year: int) -> float:
    o = series.get(year)
    return math.nan if o is None else o.value


def _ally_and_base(
    ds: Dataset, code: str, edition: str, base_year: int | None
) -> tuple[Country, int]:
    """The ally and its base year (latest NATO share unless ``base_year`` is given)."""
    try:
        country = ds.country(code)
    except KeyError:
        raise ProjectionError("country", f"unknown ally {code!r}") from None
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
    share = ds.nato_share(country.iso3, edition)
    years = sorted(y for y, o in share.items() if not math.isnan(o.value))
    if not years:
        raise ProjectionError("nato_edition", f"edition {edition} has no share for {country.name}")
    gdp_years = ds.imf_series(country.iso3, "NGDP")
    usable = [y for y in years if y in gdp_years]
    if base_year is None:
        return country, usable[-1]
    if base_year not in usable:
        raise ProjectionError(
            "base_year",
            f"{base_year} has no NATO share for {country.name} in the "
            f"{edition} edition; allowed {usable[0]} to {usable[-1]}",
        )
    return country, base_year


def resolve_base_year(ds: Dataset, scenario: Scenario) -> tuple[Country, int]:
    """Check the ally and pick the base year (latest NATO share unless the user chose one)."""
    country, base = _ally_and_base(ds, scenario.country, scenario.nato_edition, scenario.base_year)
    if scenario.horizon <= base:
        raise ProjectionError(
            "horizon",
            f"{scenario.horizon} is not after the base year {base}; "
            f"allowed {base + 1} to {MAX_HORIZON}",
        )
    _check_years_after_base(scenario, base)
    return country, base


def _years_after_base(scenario: Scenario) -> list[tuple[str, int]]:
    """The years in use that must lie after the base year, with the field each comes from.

    Only the settings in use count (a glide year left over from another mode does not).
    """
    out = [
        (f"thresholds.{i}.target_year", th.target_year)
        for i, th in enumerate(scenario.thresholds)
        if th.enabled
    ]
    core = scenario.core
    if core.mode is SpendingMode.GLIDE:
        out.append(("core.glide_year", core.glide_year))
    if core.mode is SpendingMode.CUSTOM:
        out += [
            (f"core.custom_points.{i}.year", pt.year) for i, pt in enumerate(core.custom_points)
        ]
    if scenario.related.mode is RelatedMode.GLIDE:
        out.append(("related.glide_year", scenario.related.glide_year))
    out += [(f"economy.gdp_path.{i}.year", g.year) for i, g in enumerate(scenario.economy.gdp_path)]
    extra = scenario.extra
    if extra.baseline is Baseline.OWN_PATH:
        out += [
            (f"extra.baseline_path.{i}.year", a.year) for i, a in enumerate(extra.baseline_path)
        ]
    if extra.window_start is not None:
        out.append(("extra.window_start", extra.window_start))
    if scenario.claim is not None:
        out.append(("claim.year", scenario.claim.year))
    return out


def _check_years_after_base(scenario: Scenario, base: int) -> None:
    """Target years, glide years and custom points must lie after the base year."""
    for field_name, year in _years_after_base(scenario):
        if year <= base:
            raise ProjectionError(
                field_name,
                f"{year} is not after the base year {base}; allowed {base + 1} to {MAX_HORIZON}",
            )
    for field_name, year in _years_in_horizon(scenario):
        if year > scenario.horizon:
            raise ProjectionError(
                field_name,
                f"{year} is after the horizon {scenario.horizon}; allowed {base + 1} to "
                f"{scenario.horizon}",
            )


def _years_in_horizon(scenario: Scenario) -> list[tuple[str, int]]:
    """The window's years, which must lie within the projection (B+1..H)."""
    extra = scenario.extra
    return [
        (name, year)
        for name, year in (
            ("extra.window_start", extra.window_start),
            ("extra.window_end", extra.window_end),
        )
        if year is not None
    ]


# --------------------------------------------------------------------------------- cached per ally


@dataclass(frozen=True)
class _AllyFacts:
    """What a projection of one ally repeats on every run: history, base-year note, GDP sources."""

    history: History
    base_note: str  # why the base year is not the edition's latest (empty if it is)
    gdp_source: tuple[str, ...]  # B..2050


def _ally_facts(ds: Dataset, country: Country, edition: str, base: int) -> _AllyFacts:
    return cached(
        ds, ("facts", edition, country.iso3, base), lambda: _build_facts(ds, country, edition, base)
    )


def _build_facts(ds: Dataset, country: Country, edition: str, base: int) -> _AllyFacts:
    share = ds.nato_share(country.iso3, edition)
    money = ds.nato_money(country.iso3, edition)
    years = sorted(y for y in share if y <= base)
    arrays = (
        np.array(years, dtype=int),
        np.array([share[y].value for y in years], dtype=float),
        np.array([_obs(money, y) / 1000.0 for y in years], dtype=float),
    )
    for a in arrays:
        a.setflags(write=False)  # shared by every projection of this ally
    history = History(
        years=arrays[0],
        share_pct=arrays[1],
        status=tuple(share[y].status for y in years),
        money_bn=arrays[2],
        money_currency=country.nato_currency,
        edition=edition,
    )
    note = ""
    gap = share.get(base + 1)
    if gap is not None and math.isnan(gap.value):
        why = ds.nato_notes.get((edition, country.iso3, base + 1), "")
        note = BASE_NOTE.format(edition, base + 1, country.name, base) + (f". {why}" if why else "")
    status = "IMF " + ds.imf_series(country.iso3, "NGDP")[base].status
    return _AllyFacts(history, note, (status,) + ("derived",) * (END_YEAR - base))


# --------------------------------------------------------------------------------- projections


def project(ds: Dataset, scenario: Scenario) -> Projection:
    """Run one scenario for its ally. Raises :class:`ProjectionError` naming the bad field."""
    country, base = resolve_base_year(ds, scenario)
    return _run(ds, scenario, [country], [base], [scenario])[0]


def project_many(
    ds: Dataset, scenario: Scenario, iso3s: Sequence[str], *, skip_unfit: bool = False
) -> list[Projection]:
    """Run ``scenario`` for each ally in ``iso3s``, each from its own latest base year, in one batch.

    Each projection's scenario is ``scenario`` with that ally and ``base_year=None``. An ally the
    scenario does not fit raises :class:`ProjectionError` (the first in ``iso3s`` order), or with
    ``skip_unfit`` is left out.
    """
    edition = scenario.nato_edition
    allies = cached(
        ds, ("allies", edition, tuple(iso3s)), lambda: _latest_bases(ds, edition, iso3s)
    )
    first_checked = min([scenario.horizon] + [y for _, y in _years_after_base(scenario)])
    fits = [a is not None and a[1] < first_checked for a in allies]
    if not all(fits):
        unfit = [code for code, ok in zip(iso3s, fits, strict=True) if not ok]
        if not skip_unfit:
            resolve_base_year(ds, _for_ally(scenario, unfit[0]))  # raises the ally's own error
            raise AssertionError(unfit[0])  # pragma: no cover - the check above raised
        allies = [a for a, ok in zip(allies, fits, strict=True) if ok]
    kept = [a for a in allies if a is not None]
    if not kept:
        return []
    countries = [c for c, _ in kept]
    # The ISO3 code comes from the dataset and base_year=None is always valid, so the copy
    # needs no second validation (31 validations would cost more than the arithmetic).
    scenarios = [_for_ally(scenario, c.iso3) for c in countries]
    return _run(ds, scenario, countries, [b for _, b in kept], scenarios)


def _for_ally(scenario: Scenario, iso3: str) -> Scenario:
    return scenario.model_copy(update={"country": iso3, "base_year": None})


def _latest_bases(
    ds: Dataset, edition: str, iso3s: Sequence[str]
) -> list[tuple[Country, int] | None]:
    out: list[tuple[Country, int] | None] = []
    for code in iso3s:
        try:
            out.append(_ally_and_base(ds, code, edition, None))
        except ProjectionError:
            out.append(None)
    return out


def _run(
    ds: Dataset,
    scenario: Scenario,
    countries: Sequence[Country],
    bases: Sequence[int],
    scenarios: Sequence[Scenario],
) -> list[Projection]:
    """Project the allies (checked) in one batch and cut each row into a :class:`Projection`."""
    edition = scenario.nato_edition
    inputs = ally_inputs(ds, edition, [c.iso3 for c in countries], bases)
    inputs = with_base(ds, inputs, scenario.core)
    missing = np.isnan(inputs.s_base)
    if missing.any():
        i = int(np.argmax(missing))
        raise ProjectionError(
            "core.base_source",
            f"NATO publishes no {bases[i]} spending in national currency for "
            f"{countries[i].name}; use NATO's share or your own figure",
        )
    g, p = economy_paths(ds, inputs, scenario.economy)
    batch = run_batch(inputs, scenario, g, p)
    core = scenario.core
    held = (
        (inputs.s_base > core.glide_target_pct + EPS).tolist()
        if core.mode is SpendingMode.GLIDE and core.glide_floor
        else [False] * len(countries)
    )
    facts = [_ally_facts(ds, c, edition, b) for c, b in zip(countries, bases, strict=True)]
    enabled = [th for th in scenario.thresholds if th.enabled]
    thresholds = _threshold_results(batch, enabled)
    hagues = _hague_checks(batch)
    floored = batch.core_floored.tolist()
    horizon = scenario.horizon
    hi = horizon - FIRST_YEAR + 1
    # Each series cut to B..H once per distinct base year: the rows of one 2-D slice are views.
    arrays = [getattr(batch, name) for name in _SERIES.values()]
    cuts = {lo: [list(a[:, lo:hi]) for a in arrays] for lo in {b - FIRST_YEAR for b in bases}}
    out = []
    for i, (country, base) in enumerate(zip(countries, bases, strict=True)):
        lo = base - FIRST_YEAR
        notes = []
        fact = facts[i]
        if fact.base_note and scenarios[i].base_year is None:
            notes.append(fact.base_note)
        if floored[i]:
            notes.append(FLOOR_NOTE)
        series = dict(zip(_SERIES, [rows[i] for rows in cuts[lo]], strict=True))
        out.append(
            Projection(
                scenario=scenarios[i],
                country=country,
                base_year=base,
                horizon=horizon,
                years=GRID[lo:hi].copy(),
                gdp_source=fact.gdp_source[: hi - lo],
                thresholds=tuple(row[i] for row in thresholds),
                hague=hagues[i],
                history=fact.history,
                notes=tuple(notes),
                glide_held=held[i],
                **series,
            )
        )
    return out


#: Projection field -> Batch array, for every per-year series.
_SERIES = {
    "real_growth_pct": "g",
    "inflation_pct": "p",
    "gdp_bn": "gdp",
    "deflator": "deflator",
    "core_bn": "core",
    "core_share_pct": "core_share",
    "related_bn": "related_bn",
    "related_share_pct": "related_share",
    "related_counted_share_pct": "related_counted",
    "total_share_pct": "total_share",
    "core_bn_const": "core_const",
    "related_bn_const": "related_const",
    "population_mn": "population",
    "core_per_capita": "per_capita",
    "gov_exp_bn": "gov_exp",
    "core_pct_of_gov_exp": "pct_of_gov_exp",
    "extra_vs_constant_share_bn": "extra_const",
    "extra_vs_cash_freeze_bn": "extra_cash",
    "extra_vs_real_freeze_bn": "extra_real",
    "dln_share_pct": "dln_share",
    "dln_spending_pct": "dln_spending",
    "dln_gdp_pct": "dln_gdp",
}


def _threshold_results(batch: Batch, enabled: Sequence[Threshold]) -> list[list[ThresholdResult]]:
    """One :class:`ThresholdResult` per threshold and row (plain Python values)."""
    arr = batch.thresholds
    columns = (
        arr.year_reached,
        arr.already_met,
        arr.holds,
        arr.beyond_year,
        arr.beyond_method,
        arr.target_ok,
        arr.met_ok,
        arr.met,
        arr.share_at_target,
        arr.gap,
        arr.gap_bn,
        arr.needed_bn,
        arr.core_needed_bn,
        arr.required_ok,
        arr.required_growth,
    )
    lists = [c.tolist() for c in columns]
    out = []
    for t, th in enumerate(enabled):
        out.append(
            [
                ThresholdResult(
                    th,
                    year if year >= 0 else None,
                    already,
                    holds,
                    met if m_ok else None,
                    share if t_ok else None,
                    gap if m_ok else None,
                    gap_bn if m_ok else None,
                    needed if t_ok else None,
                    core_needed if t_ok else None,
                    req if r_ok else None,
                    beyond if beyond >= 0 else None,
                    _METHODS.get(method),
                )
                for (
                    year,
                    already,
                    holds,
                    beyond,
                    method,
                    t_ok,
                    m_ok,
                    met,
                    share,
                    gap,
                    gap_bn,
                    needed,
                    core_needed,
                    r_ok,
                    req,
                ) in zip(*(c[t] for c in lists), strict=True)
            ]
        )
    return out


_METHODS = {BEYOND_PATH: "path", BEYOND_CONSTANT_RATE: "constant_rate"}


def _hague_checks(batch: Batch) -> list[HagueCheck]:
    h = batch.hague
    return [
        HagueCheck(
            nd,
            reaches,
            s35,
            review if ok else None,
            line if ok else None,
            gap if ok else None,
            on_track if ok else None,
            above,
        )
        for nd, reaches, s35, ok, review, line, gap, on_track, above in zip(
            h.non_decreasing.tolist(),
            h.reaches_target.tolist(),
            h.share_2035.tolist(),
            h.review_ok.tolist(),
            h.review_share.tolist(),
            h.review_line.tolist(),
            h.review_gap.tolist(),
            h.on_track.tolist(),
            h.stays_above.tolist(),
            strict=True,
        )
    ]
