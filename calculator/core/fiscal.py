"""Fiscal impact: the deficit and debt that a spending path implies, and the EU escape clause.

DESIGN.md section 4 ("Fiscal impact"). GDP is not changed by the extra spending. With the
extra spending X_t against a baseline, a share b of it borrowed at an effective interest rate i:

    E_B = 0,  E_t = E_{t-1} (1 + i/100) + b X_t
    extra deficit_t = 100 (b X_t + i/100 E_{t-1}) / GDP_t        (% of GDP)
    baseline debt_t = IMF GGXWDG_NGDP_t × IMF NGDP_t up to 2030, then
                      debt_{t-1} − GGXCNL_NGDP_2030/100 × GDP_t    (money)
    baseline ratio_t = baseline debt_t / GDP_t,  scenario ratio_t = baseline ratio_t + 100 E_t/GDP_t

The recursion runs over years and broadcasts over any leading batch axis (allies, draws). The
part not borrowed is shown as the tax rise (% of GDP and of revenue, IMF GGR) or the cut in
other spending (% of general government expenditure less defence) that would pay for it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import numpy as np
import numpy.typing as npt

from calculator.core.dataset import FIRST_YEAR, IMF_LAST_YEAR, Dataset
from calculator.core.projection import Projection

Array = npt.NDArray[np.float64]

INTEREST_RANGE = (-5.0, 20.0)  # % a year, nominal
BORROWED_RANGE = (0.0, 100.0)  # % of the extra spending
DEFAULT_INTEREST_PCT = 3.0
DEFAULT_BORROWED_PCT = 100.0

# The EU national escape clause for defence (Stability and Growth Pact): up to 1.5 % of GDP of
# extra defence spending a year over its 2021 level, 2025 to 2028. Activated by the Council on
# 8 July 2025 for these 15 states (as reported; ../shared/data/fiscal_rules.md has the sources).
ESCAPE_CLAUSE_ALLIES = frozenset(
    {
        "BEL",
        "BGR",
        "HRV",
        "CZE",
        "DNK",
        "EST",
        "FIN",
        "GRC",
        "HUN",
        "LVA",
        "LTU",
        "POL",
        "PRT",
        "SVK",
        "SVN",
    }
)
ESCAPE_BASE_YEAR = 2021
ESCAPE_FIRST_YEAR = 2025
ESCAPE_LAST_YEAR = 2028
ESCAPE_CAP_PP = 1.5
DEBT_BRAKE_EXEMPT_PCT = 1.0  # Germany: defence above 1 % of GDP is outside the debt brake


class FiscalBaseline(StrEnum):
    """What the extra spending is measured against."""

    CONSTANT_SHARE = "constant-share"
    CASH_FREEZE = "cash-freeze"
    REAL_FREEZE = "real-freeze"


class EscapeClause(StrEnum):
    """Whether the EU escape clause applies: as the Council decided, or forced on or off."""

    AUTO = "auto"
    ON = "on"
    OFF = "off"


class FiscalError(ValueError):
    """A fiscal assumption is out of range (names the field and the allowed range)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


@dataclass(frozen=True)
class EscapeClauseResult:
    """The escape clause year by year (points of GDP), from 2025 to the horizon."""

    applies: bool
    base_share_2021: float  # NATO's core share in 2021, a stand-in for COFOG 02
    years: npt.NDArray[np.int_]
    rise_pct_points: Array  # core share minus its 2021 level
    covered_pct_points: Array  # up to 1.5 points, 2025-2028 only; 0 where it does not apply
    uncovered_pct_points: Array  # the rest of a positive rise, and all of it after 2028


@dataclass(frozen=True)
class FiscalImpact:
    """Deficit and debt arrays over the projection's years (the base year's entries are 0)."""

    interest_pct: float
    borrowed_pct: float
    baseline: FiscalBaseline
    years: npt.NDArray[np.int_]
    extra_bn: Array  # X_t: core + related against the baseline
    borrowed_bn: Array  # b X_t
    extra_debt_bn: Array  # E_t
    extra_deficit_pct_gdp: Array
    baseline_debt_pct_gdp: Array
    debt_pct_gdp: Array
    imf_debt_pct_gdp: Array  # the IMF's own ratio where it publishes one (NaN after 2030)
    tax_pct_gdp: Array  # the part not borrowed, as a tax rise in % of GDP
    tax_pct_revenue: Array  # ... and in % of general government revenue
    cut_pct_other_spending: Array  # ... or as a cut in other general government spending
    escape_clause: EscapeClauseResult
    debt_brake_note: bool  # Germany: the 1 % exemption applies to this ally

    def debt_effect_pp(self, year: int) -> float:
        """Points of GDP the extra spending adds to the debt ratio by ``year``."""
        i = year - int(self.years[0])
        return float(self.debt_pct_gdp[i] - self.baseline_debt_pct_gdp[i])


def check_range(field: str, value: float, lo: float, hi: float) -> float:
    """``value`` if finite and within [lo, hi]; otherwise :class:`FiscalError`."""
    if not math.isfinite(value) or not lo <= value <= hi:
        raise FiscalError(field, f"{value:g} is out of range; allowed {lo:g} to {hi:g}")
    return value


def extra_debt(
    extra_bn: Array, borrowed_pct: float | Array, interest_pct: float | Array
) -> tuple[Array, Array]:
    """Extra debt E_t and the borrowed part b X_t over the last axis (years; E at index 0 is 0).

    ``extra_bn`` may carry leading batch axes; the rates broadcast against them.
    """
    b = np.asarray(borrowed_pct, dtype=float)[..., None] / 100.0
    r = np.asarray(interest_pct, dtype=float)[..., None] / 100.0
    borrowed = np.broadcast_to(b, extra_bn.shape) * extra_bn
    borrowed = np.where(np.arange(extra_bn.shape[-1]) == 0, 0.0, borrowed)
    shape: tuple[int, ...] = np.broadcast_shapes(extra_bn.shape, r.shape)
    debt = np.zeros(shape)
    rate = np.broadcast_to(r, shape)
    for t in range(1, shape[-1]):
        debt[..., t] = debt[..., t - 1] * (1.0 + rate[..., t]) + borrowed[..., t]
    return debt, borrowed


def _imf(ds: Dataset, iso3: str, indicator: str, years: npt.NDArray[np.int_]) -> Array:
    """An IMF series over ``years`` (NaN after 2030)."""
    arr = ds.imf_array(iso3, indicator)
    out = np.full(len(years), math.nan)
    inside = years <= IMF_LAST_YEAR
    out[inside] = arr[years[inside] - FIRST_YEAR]
    return out


def _held_ratio(ds: Dataset, iso3: str, num: str, years: npt.NDArray[np.int_]) -> Array:
    """``num`` / NGDP over ``years``, holding the 2030 ratio after 2030."""
    idx = np.minimum(years, IMF_LAST_YEAR) - FIRST_YEAR
    return np.asarray(ds.imf_array(iso3, num)[idx] / ds.imf_array(iso3, "NGDP")[idx], dtype=float)


def baseline_debt_ratio(
    ds: Dataset, iso3: str, years: npt.NDArray[np.int_], gdp_bn: npt.NDArray[np.floating[Any]]
) -> Array:
    """The IMF's gross debt path in % of the scenario's GDP (DESIGN.md's baseline debt)."""
    ratio = ds.imf_array(iso3, "GGXWDG_NGDP")
    ngdp = ds.imf_array(iso3, "NGDP")
    money = np.empty(len(years))
    deficit_2030 = -ds.imf_array(iso3, "GGXCNL_NGDP")[IMF_LAST_YEAR - FIRST_YEAR] / 100.0
    for k, year in enumerate(years):
        if year <= IMF_LAST_YEAR:
            i = int(year) - FIRST_YEAR
            money[k] = ratio[i] / 100.0 * ngdp[i]
        else:
            money[k] = money[k - 1] + deficit_2030 * gdp_bn[k]
    return np.asarray(100.0 * money / gdp_bn, dtype=float)


def _baseline_bn(proj: Projection, baseline: FiscalBaseline) -> Array:
    """Core + related spending under the baseline (the counterfactual path)."""
    core0, rel0 = float(proj.core_bn[0]), float(proj.related_bn[0])
    match baseline:
        case FiscalBaseline.CASH_FREEZE:
            return np.full(len(proj.years), core0 + rel0)
        case FiscalBaseline.REAL_FREEZE:
            return np.asarray((core0 + rel0) * proj.deflator, dtype=float)
        case _:
            shares = proj.core_share_pct[0] + proj.related_share_pct[0]
            return np.asarray(shares / 100.0 * proj.gdp_bn, dtype=float)


def escape_clause(proj: Projection, mode: EscapeClause = EscapeClause.AUTO) -> EscapeClauseResult:
    """The rise of the core share over 2021 and the part the escape clause covers, per year."""
    applies = (
        proj.country.iso3 in ESCAPE_CLAUSE_ALLIES
        if mode is EscapeClause.AUTO
        else mode is EscapeClause.ON
    )
    hist = dict(zip(proj.history.years.tolist(), proj.history.share_pct.tolist(), strict=True))
    base = hist.get(ESCAPE_BASE_YEAR, math.nan)
    first = ESCAPE_FIRST_YEAR
    years = np.arange(first, proj.horizon + 1)
    share = np.array(
        [
            float(proj.core_share_pct[y - proj.base_year])
            if y >= proj.base_year
            else hist.get(int(y), math.nan)
            for y in years
        ]
    )
    rise = share - base
    positive = np.maximum(rise, 0.0)
    in_window = years <= ESCAPE_LAST_YEAR
    covered = np.where(in_window & applies, np.minimum(positive, ESCAPE_CAP_PP), 0.0)
    uncovered = positive - covered
    return EscapeClauseResult(applies, base, years, rise, covered, uncovered)


def fiscal_impact(
    proj: Projection,
    ds: Dataset,
    *,
    interest_pct: float = DEFAULT_INTEREST_PCT,
    borrowed_pct: float = DEFAULT_BORROWED_PCT,
    baseline: FiscalBaseline = FiscalBaseline.CONSTANT_SHARE,
    baseline_bn: Array | None = None,
    escape: EscapeClause = EscapeClause.AUTO,
) -> FiscalImpact:
    """The deficit and debt that ``proj``'s extra spending implies (DESIGN.md section 4).

    ``baseline_bn`` (core + related per year, over ``proj.years``) replaces the named baseline
    with a path of the user's own, for example the government's current plan.
    """
    check_range("interest", interest_pct, *INTEREST_RANGE)
    check_range("borrowed", borrowed_pct, *BORROWED_RANGE)
    years = proj.years
    gdp = proj.gdp_bn
    counter = _baseline_bn(proj, baseline) if baseline_bn is None else baseline_bn
    extra = proj.core_bn + proj.related_bn - counter
    extra = np.where(years == proj.base_year, 0.0, extra)
    debt, borrowed = extra_debt(extra, borrowed_pct, interest_pct)
    interest = interest_pct / 100.0 * np.concatenate([[0.0], debt[:-1]])
    deficit = 100.0 * (borrowed + interest) / gdp
    base_ratio = baseline_debt_ratio(ds, proj.country.iso3, years, gdp)
    ratio = base_ratio + 100.0 * debt / gdp
    financed = extra - borrowed
    revenue = _held_ratio(ds, proj.country.iso3, "GGR", years) * gdp
    other_spending = proj.gov_exp_bn - proj.core_bn - proj.related_bn
    with np.errstate(divide="ignore", invalid="ignore"):
        tax_gdp = 100.0 * financed / gdp
        tax_revenue = 100.0 * financed / revenue
        cut = 100.0 * financed / other_spending
    return FiscalImpact(
        interest_pct=interest_pct,
        borrowed_pct=borrowed_pct,
        baseline=baseline,
        years=years,
        extra_bn=extra,
        borrowed_bn=borrowed,
        extra_debt_bn=debt,
        extra_deficit_pct_gdp=deficit,
        baseline_debt_pct_gdp=base_ratio,
        debt_pct_gdp=ratio,
        imf_debt_pct_gdp=_imf(ds, proj.country.iso3, "GGXWDG_NGDP", years),
        tax_pct_gdp=tax_gdp,
        tax_pct_revenue=tax_revenue,
        cut_pct_other_spending=cut,
        escape_clause=escape_clause(proj, escape),
        debt_brake_note=proj.country.iso3 == "DEU",
    )
