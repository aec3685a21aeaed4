"""Your own numbers in every output: the JSON objects and the assumption lines (issue 11).

Qt-free. :func:`own_numbers_dict` adds ``money``, ``extra`` and ``claim_check`` to the projection
JSON; :func:`assumption_lines` is the list of own-number assumptions that the table output, the
PDF brief and the workbook print, in the phrasebook's words.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from calculator.core import own_numbers as own
from calculator.core.dataset import Dataset
from calculator.core.models import Baseline, BaseSource, Currency, Economy, Prices
from calculator.core.projection import Projection, ProjectionError, project
from calculator.exports import phrases
from calculator.exports.phrases import Translate, identity
from calculator.storage import StorageError, load_scenario


def _num(x: float | None) -> float | None:
    return None if x is None or not math.isfinite(x) else float(x)


def claim_check(proj: Projection, ds: Dataset) -> own.ClaimCheck | None:
    """The implied-GDP check against the IMF-baseline economy (no adjustments)."""
    claim = proj.scenario.claim
    if claim is None:
        return None
    # The IMF path runs to the claim's year even when it lies beyond the horizon (the
    # IMF's 2030 growth held after 2030, as in every projection).
    imf = project(
        ds,
        proj.scenario.evolve(economy=Economy().model_dump(), horizon=max(proj.horizon, claim.year)),
    )
    return own.check_claim(proj, imf)


def own_numbers_dict(proj: Projection, ds: Dataset) -> dict[str, Any]:
    """``money``, ``extra``, ``claim_check`` and the base's derivation for the JSON contract."""
    m = own.money(proj, ds)
    ex = own.extra(proj, ds, m)
    out: dict[str, Any] = {
        "money": {
            "currency": m.currency,
            "prices": m.prices.value,
            "label": phrases.prices_text(m.prices.value, proj.base_year),
            "conversion": m.rate_method,
            "rate_per_national_unit": [_num(v) for v in m.rate.tolist()],
            "gdp_bn": [_num(v) for v in m.gdp_bn.tolist()],
            "core_defence_bn": [_num(v) for v in m.core_bn.tolist()],
            "related_bn": [_num(v) for v in m.related_bn.tolist()],
            # each threshold's money at its target year, as the tables show it
            "thresholds": [
                {
                    "label": t.threshold.display_label,
                    "target_year": t.threshold.target_year,
                    "gap_bn_at_target": _num(m.at(t.gap_bn_at_target, t.threshold.target_year)),
                    "money_needed_at_target_bn": _num(
                        m.at(t.money_needed_at_target_bn, t.threshold.target_year)
                    ),
                }
                for t in proj.thresholds
            ],
        },
        "extra": {
            "baseline": ex.baseline.value,
            "baseline_name": ex.baseline_name or None,
            "window": list(ex.window),
            "per_year_bn": [_num(v) for v in ex.per_year_bn],
            "cumulative_bn": _num(ex.cumulative_bn),
            "baseline_core_defence_bn": [_num(v) for v in ex.baseline_bn.tolist()],
            "text": phrases.extra_spending_text(proj, units=m),
        },
        "assumptions_text": assumption_lines(proj, ds),
    }
    c = claim_check(proj, ds)
    if c is not None:
        out["claim_check"] = {
            "amount_bn": c.claim.amount_bn,
            "share_pct": c.claim.share_pct,
            "year": c.claim.year,
            "implied_gdp_bn": c.implied_gdp_bn,
            "base_gdp_bn": c.base_gdp_bn,
            "needed_nominal_growth_pct": c.needed_nominal_growth_pct,
            "imf_gdp_bn": c.imf_gdp_bn,
            "imf_nominal_growth_pct": c.imf_nominal_growth_pct,
            "scenario_gdp_bn": c.scenario_gdp_bn,
            "difference_vs_imf_pct": c.difference_pct,
        }
    return out


def chosen_units(proj: Projection, ds: Dataset) -> own.Money | None:
    """The scenario's money units for the tables and tiles; ``None`` for the projection's own.

    ``None`` also where no exchange rate exists (the money panel refuses that choice, so the
    national figures are the honest fallback).
    """
    view = proj.scenario.money
    if view.prices is Prices.CURRENT and view.currency is Currency.NATIONAL:
        return None
    try:
        units = own.money(proj, ds)
    except ProjectionError:
        return None
    return None if units.is_national_current else units


def baseline_from_file(path: Path, country: str, ds: Dataset) -> dict[str, Any]:
    """The ``extra`` fields that make a scenario file's core path the baseline.

    The file must be a scenario of the same ally (a newer schema is refused by the loader).
    Raises ``ValueError`` with a one-line reason (without the field's name).
    """
    try:
        other, _dataset_id = load_scenario(path)
    except StorageError as exc:
        raise ValueError(str(exc)) from exc
    if other.country != country:
        raise ValueError(
            f"{path.name} is a scenario for {other.country}, not {country}; "
            "give a scenario file of the same ally"
        )
    try:
        proj = project(ds, other)
    except ProjectionError as exc:
        raise ValueError(f"{path.name}: {exc}") from exc
    points = [
        {"year": int(y), "amount_bn": float(v)}
        for y, v in zip(proj.years[1:], proj.core_bn[1:], strict=True)
    ]
    return {
        "baseline": Baseline.OWN_PATH.value,
        "baseline_path": points,
        "baseline_name": (other.name or path.name)[:200],
    }


def base_derivation(proj: Projection) -> str:
    """The base-year spending's source as the JSON ``base`` block names it."""
    return {
        BaseSource.NATO_SHARE: "derived: NATO share × IMF GDP",
        BaseSource.USER_SHARE: "user's figure: share of GDP × IMF GDP",
        BaseSource.USER_AMOUNT: "user's figure: amount",
        BaseSource.NATO_SPENDING: "NATO published spending",
    }[proj.scenario.core.base_source]


def is_default(proj: Projection) -> bool:
    """Whether no own-number setting differs from the defaults (then nothing needs stating)."""
    s = proj.scenario
    return (
        s.core.base_source is BaseSource.NATO_SHARE
        and not s.economy.gdp_path
        and not s.economy.real_growth_from_imf
        and not s.economy.inflation_from_imf
        and s.money.prices is Prices.CURRENT
        and s.money.currency is Currency.NATIONAL
        and s.extra.baseline is Baseline.CONSTANT_SHARE
        and s.extra.window_start is None
        and s.extra.window_end is None
        and s.claim is None
        and not proj.glide_held
    )


def assumption_lines(proj: Projection, ds: Dataset, tr: Translate = identity) -> list[str]:
    """Each own-number assumption in words: base, GDP path, rates, money, baseline, claim."""
    lines = [phrases.base_source_text(proj, tr)]
    for text in (
        phrases.gdp_path_text(proj, tr),
        phrases.one_rate_text(proj, tr),
        phrases.glide_held_note(proj, tr),
    ):
        if text is not None:
            lines.append(text)
    m = own.money(proj, ds)
    lines.append(
        phrases.money_units_text(
            m.currency,
            proj.country.currency,
            m.prices.value,
            proj.base_year,
            m.rate_method,
            float(m.rate[0]),
            tr,
        )
    )
    ex = proj.scenario.extra
    lines.append(
        phrases.extra_basis_text(ex.baseline.value, ex.baseline_name, own.window_of(proj), tr)
    )
    claim = claim_line(proj, ds, tr)
    if claim is not None:
        lines.append(claim)
    return lines


def claim_line(proj: Projection, ds: Dataset, tr: Translate = identity) -> str | None:
    """The implied-GDP check in the phrasebook's words (``None`` without a claim)."""
    c = claim_check(proj, ds)
    if c is None:
        return None
    return phrases.claim_text(
        c.claim.amount_bn,
        c.claim.share_pct,
        c.claim.year,
        c.implied_gdp_bn,
        c.needed_nominal_growth_pct,
        c.imf_gdp_bn,
        c.imf_nominal_growth_pct,
        c.difference_pct,
        proj.base_year,
        proj.country.currency,
        tr,
    )


def alliance_money(
    projs: Sequence[Projection], ds: Dataset, tr: Translate = identity
) -> tuple[list[dict[str, Any]], dict[str, dict[str, float]], list[str]] | None:
    """Alliance totals in the scenario's currency (EUR or USD): rows, totals and their lines.

    ``None`` with national currency (amounts in 31 currencies do not add up). Raises
    :class:`ProjectionError` (field ``money.currency``) where an ally has no exchange rate.
    """
    if not projs:
        return None
    first = projs[0]
    currency = first.scenario.money.currency
    if currency is Currency.NATIONAL:
        return None
    rows, totals = own.alliance_totals(projs, ds, currency)
    lines = phrases.alliance_totals_lines(
        totals,
        [t.threshold for t in first.thresholds],
        currency.value,
        first.scenario.money.prices.value,
        first.base_year,
        first.horizon,
        own.alliance_window(projs),
        tr,
    )
    return rows, totals, lines
