"""Plain data views of a projection: the JSON contract, yearly rows and alliance rows.

These read (Scenario, Projection, Dataset) only; the command line, the window and the report
writers all use them, so every output carries the same numbers.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Sequence
from typing import Any

import numpy as np

from calculator import __version__
from calculator.core.dataset import Dataset
from calculator.core.fiscal import FiscalImpact
from calculator.core.projection import Projection, ThresholdResult
from calculator.exports import phrases
from calculator.exports.fiscal import fiscal_dict
from calculator.exports.locales import ally_name, csv_dialect, csv_number, localize_number
from calculator.exports.own_numbers import base_derivation, own_numbers_dict

PROJECTION_SCHEMA = "calculator.projection/1"
ALLIANCE_SCHEMA = "calculator.alliance/1"


def _num(x: float | np.floating[Any] | None) -> float | None:
    """JSON-safe float (NaN and infinities become null)."""
    if x is None:
        return None
    f = float(x)
    return f if math.isfinite(f) else None


def _arr(a: np.ndarray[Any, Any]) -> list[float | None]:
    return [_num(v) for v in a.tolist()]


def dataset_info(ds: Dataset) -> dict[str, Any]:
    """The dataset block every output carries: id, sources with editions and cut-off dates."""
    return {
        "id": ds.id,
        "title": ds.manifest.title,
        "sources": [
            {
                "id": s.id,
                "title": s.title,
                "publisher": s.publisher,
                "edition": s.edition,
                "cut_off": s.cut_off,
                "estimates": s.estimates,
                "url": s.url,
            }
            for s in ds.manifest.sources
        ],
        "checksums": {name: str(info["sha256"]) for name, info in ds.manifest.files.items()},
    }


def threshold_dict(t: ThresholdResult) -> dict[str, Any]:
    """One threshold result in the contract's field names."""
    th = t.threshold
    return {
        "label": th.display_label,
        "value_pct": th.value_pct,
        "measure": th.measure.value,
        "target_year": th.target_year,
        "year_reached": t.year_reached,
        "already_met": t.already_met,
        "holds_through_horizon": t.holds_through_horizon,
        "met_by_target_year": t.met_by_target_year,
        "share_at_target_pct": _num(t.share_at_target_pct),
        "gap_pct_points_at_target": _num(t.gap_pct_points_at_target),
        "gap_bn_at_target": _num(t.gap_bn_at_target),
        "money_needed_at_target_bn": _num(t.money_needed_at_target_bn),
        "core_needed_at_target_bn": _num(t.core_needed_at_target_bn),
        "required_nominal_growth_pct": _num(t.required_nominal_growth_pct),
        "year_reached_beyond_horizon": t.year_reached_beyond_horizon,
        "beyond_horizon_method": t.beyond_horizon_method,
    }


def projection_dict(
    proj: Projection, ds: Dataset, *, fiscal: FiscalImpact | None = None
) -> dict[str, Any]:
    """The ``project --format json`` object (schema ``calculator.projection/1``).

    With ``fiscal`` (``--fiscal``) it carries the ``fiscal`` object too.
    """
    doc = _projection_dict(proj, ds)
    if fiscal is not None:
        doc["fiscal"] = fiscal_dict(fiscal, ds)
    return doc


def _projection_dict(proj: Projection, ds: Dataset) -> dict[str, Any]:
    c = proj.country
    h = proj.hague
    target = min(2035, proj.horizon)
    edition_source = ds.manifest.nato_editions[proj.scenario.nato_edition]
    base_obs = ds.nato_share(c.iso3, proj.scenario.nato_edition)[proj.base_year]
    return {
        "schema": PROJECTION_SCHEMA,
        "app_version": __version__,
        "country": {"iso3": c.iso3, "name": c.name, "currency": c.currency},
        "base_year": proj.base_year,
        "horizon": proj.horizon,
        "years": [int(y) for y in proj.years],
        "gdp_bn": _arr(proj.gdp_bn),
        "core_defence_bn": _arr(proj.core_bn),
        "related_bn": _arr(proj.related_bn),
        "core_share_pct": _arr(proj.core_share_pct),
        "related_share_pct": _arr(proj.related_share_pct),
        "related_counted_share_pct": _arr(proj.related_counted_share_pct),
        "total_share_pct": _arr(proj.total_share_pct),
        "real_growth_pct": _arr(proj.real_growth_pct),
        "inflation_pct": _arr(proj.inflation_pct),
        "core_defence_bn_constant_base_prices": _arr(proj.core_bn_const),
        "core_defence_per_capita": _arr(proj.core_per_capita),
        "core_pct_of_government_expenditure": _arr(proj.core_pct_of_gov_exp),
        "extra_spending_bn": {
            "vs_constant_share": _arr(proj.extra_vs_constant_share_bn),
            "vs_cash_freeze": _arr(proj.extra_vs_cash_freeze_bn),
            "vs_real_freeze": _arr(proj.extra_vs_real_freeze_bn),
            f"cumulative_to_{target}": {
                "vs_constant_share": proj.cumulative(proj.extra_vs_constant_share_bn, target),
                "vs_cash_freeze": proj.cumulative(proj.extra_vs_cash_freeze_bn, target),
                "vs_real_freeze": proj.cumulative(proj.extra_vs_real_freeze_bn, target),
            },
        },
        "decomposition_pct": {
            "dln_share": _arr(proj.dln_share_pct),
            "dln_spending": _arr(proj.dln_spending_pct),
            "dln_gdp": _arr(proj.dln_gdp_pct),
        },
        "thresholds": [threshold_dict(t) for t in proj.thresholds],
        "hague_check": {
            "non_decreasing": h.non_decreasing,
            "reaches_3_5_by_2035": h.reaches_target,
            "credible": h.credible,
            "core_share_2035_pct": _num(h.share_2035_pct),
            "review_2029_share_pct": _num(h.review_share_pct),
            "review_2029_line_pct": _num(h.review_line_pct),
            "review_2029_gap_pct_points": _num(h.review_gap_pct_points),
            "on_track_at_2029_review": h.on_track_at_review,
        },
        "base": {
            "share_pct": base_obs.value,
            "share_status": base_obs.status,
            "share_source": edition_source,
            "gdp_bn": _num(proj.gdp_bn[0]),
            "gdp_source": "IMF-WEO-2025-10 NGDP (" + proj.gdp_source[0].removeprefix("IMF ") + ")",
            "core_defence_bn": _num(proj.core_bn[0]),
            "core_defence_derivation": base_derivation(proj),
        },
        "history": {
            "edition": edition_source,
            "years": [int(y) for y in proj.history.years],
            "core_share_pct": _arr(proj.history.share_pct),
            "status": list(proj.history.status),
            "nato_published_core_defence_bn": _arr(proj.history.money_bn),
            "nato_published_currency": proj.history.money_currency,
        },
        **own_numbers_dict(proj, ds),
        "assumptions": proj.scenario.model_dump(mode="json"),
        "notes": list(proj.notes)
        + [n for n in (phrases.glide_held_note(proj),) if n]
        + ([c.note] if c.note else [])
        + [phrases.MONEY_NOTE, phrases.RELATED_NOTE],
        "dataset": dataset_info(ds),
    }


YEARLY_COLUMNS: tuple[tuple[str, str], ...] = (
    ("year", "Year"),
    ("gdp_bn", "GDP (bn)"),
    ("real_growth_pct", "Real growth %"),
    ("inflation_pct", "Inflation %"),
    ("core_defence_bn", "Core defence (bn)"),
    ("core_share_pct", "Core % GDP"),
    ("related_bn", "Related (bn)"),
    ("related_share_pct", "Related % GDP"),
    ("total_share_pct", "Total % GDP"),
    ("core_defence_bn_constant_base_prices", "Core, base-year prices (bn)"),
    ("extra_vs_constant_share_bn", "Extra vs constant share (bn)"),
    ("extra_vs_cash_freeze_bn", "Extra vs cash freeze (bn)"),
    ("extra_vs_real_freeze_bn", "Extra vs real freeze (bn)"),
    ("core_defence_per_capita", "Core per capita"),
    ("core_pct_of_government_expenditure", "Core % of gov. spending"),
)


def yearly_rows(proj: Projection) -> list[dict[str, float | int | None]]:
    """One dict per year B..H with the columns of :data:`YEARLY_COLUMNS`."""
    series = {
        "gdp_bn": proj.gdp_bn,
        "real_growth_pct": proj.real_growth_pct,
        "inflation_pct": proj.inflation_pct,
        "core_defence_bn": proj.core_bn,
        "core_share_pct": proj.core_share_pct,
        "related_bn": proj.related_bn,
        "related_share_pct": proj.related_share_pct,
        "total_share_pct": proj.total_share_pct,
        "core_defence_bn_constant_base_prices": proj.core_bn_const,
        "extra_vs_constant_share_bn": proj.extra_vs_constant_share_bn,
        "extra_vs_cash_freeze_bn": proj.extra_vs_cash_freeze_bn,
        "extra_vs_real_freeze_bn": proj.extra_vs_real_freeze_bn,
        "core_defence_per_capita": proj.core_per_capita,
        "core_pct_of_government_expenditure": proj.core_pct_of_gov_exp,
    }
    rows: list[dict[str, float | int | None]] = []
    for i, year in enumerate(proj.years):
        row: dict[str, float | int | None] = {"year": int(year)}
        for key, arr in series.items():
            row[key] = _num(arr[i])
        rows.append(row)
    return rows


def threshold_key(t: ThresholdResult) -> str:
    """Column key for a threshold in alliance tables, e.g. ``reach_core_3.5``."""
    return f"reach_{t.threshold.measure.value}_{t.threshold.value_pct:g}"


def alliance_rows(projs: Sequence[Projection]) -> list[dict[str, Any]]:
    """One row per ally: base share, share at the horizon and the year each threshold is met."""
    rows = []
    for p in projs:
        row: dict[str, Any] = {
            "iso3": p.country.iso3,
            "name": ally_name(p.country.iso3, p.country.name),  # the active language's
            "currency": p.country.currency,
            "base_year": p.base_year,
            "base_share_pct": _num(p.base_share_pct),
            "core_share_at_horizon_pct": _num(p.core_share_pct[-1]),
            "total_share_at_horizon_pct": _num(p.total_share_pct[-1]),
        }
        keys = [threshold_key(t).removeprefix("reach_") for t in p.thresholds]  # once each
        for t, key in zip(p.thresholds, keys, strict=True):
            row[f"reach_{key}"] = t.year_reached
        for t, key in zip(p.thresholds, keys, strict=True):
            row[f"already_met_{key}"] = t.already_met
            row[f"holds_{key}"] = t.holds_through_horizon if t.year_reached is not None else None
        for t, key in zip(p.thresholds, keys, strict=True):
            row[f"growth_needed_{key}"] = _num(t.required_nominal_growth_pct)
        rows.append(row)
    return rows


def reach_text(row: dict[str, Any], key: str, tr: phrases.Translate = phrases.identity) -> str:
    """An alliance cell (:func:`calculator.exports.phrases.reach_cell`) from an alliance row."""
    suffix = key.removeprefix("reach_")
    return phrases.reach_cell(
        row.get(key), bool(row.get(f"already_met_{suffix}")), row.get(f"holds_{suffix}"), tr
    )


def to_csv(rows: Sequence[dict[str, Any]]) -> str:
    """Rows as CSV text (header from the first row's keys; empty cells for missing values).

    The active language's separators (:func:`calculator.exports.locales.csv_dialect`): ``;``
    between cells and a decimal comma in French, Spanish, Dutch and German, unless the
    ``plain`` CSV style is chosen; English is always ``,`` and ``.``.
    """
    if not rows:
        return ""
    sep, decimal = csv_dialect()
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\n", delimiter=sep)
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _csv_cell(v, decimal) for k, v in row.items()})
    return buf.getvalue()


def _csv_cell(v: Any, decimal: str = ".") -> Any:
    """Blank for missing; floats to 6 decimals (binary noise like 2.0000000000000004 removed)."""
    if v is None:
        return ""
    if isinstance(v, float):
        return round(v, 6) if decimal == "." else csv_number(round(v, 6), decimal)
    return v


def format_table(
    rows: Sequence[dict[str, Any]],
    headers: Sequence[tuple[str, str]],
    decimals: dict[str, int] | None = None,
) -> str:
    """An aligned plain-text table; numbers right-aligned, missing values as an en dash."""
    decimals = decimals or {}

    def cell(key: str, v: Any) -> str:
        if v is None:
            return "–"
        if isinstance(v, bool):
            return phrases.yes_no(v)  # the active language's yes/no
        if isinstance(v, float):
            text = f"{v:,.{decimals.get(key, 2)}f}"
            # a value that rounds to zero is 0, not -0.00
            text = text[1:] if text.startswith("-") and not text.strip("-0.,") else text
            return localize_number(text)  # the active language's separators (English: as is)
        return str(v)

    body = [[cell(k, r.get(k)) for k, _ in headers] for r in rows]
    widths = [max([len(h)] + [len(b[i]) for b in body]) for i, (_, h) in enumerate(headers)]
    numeric = [
        all(isinstance(r.get(k), int | float) or r.get(k) is None for r in rows) for k, _ in headers
    ]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(
            c.rjust(w) if num else c.ljust(w)
            for c, w, num in zip(cells, widths, numeric, strict=True)
        ).rstrip()

    out = [line([h for _, h in headers]), line(["-" * w for w in widths])]
    out += [line(b) for b in body]
    return "\n".join(out)
