"""The Qt-free report formats (JSON, CSV, XLSX) and the report types an extension names.

Every writer reads (Scenario, Projection, Dataset), never widgets, and writes atomically:
a failure leaves no partial file and the previous file intact. PDF, PNG and SVG need Qt and are
drawn by :mod:`calculator.render`; :func:`calculator.render.report.write_report` picks the writer
for any extension.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from calculator.core.dataset import Dataset
from calculator.core.fiscal import FiscalImpact
from calculator.core.projection import Projection
from calculator.exports.errors import ExportError
from calculator.exports.fiscal import fiscal_rows
from calculator.exports.locales import ally_name
from calculator.exports.phrases import summary_sentence
from calculator.exports.tabular import (
    alliance_rows,
    dataset_info,
    projection_dict,
    to_csv,
    yearly_rows,
)
from calculator.exports.uncertainty import UncertaintyResult, band_rows, uncertainty_json
from calculator.exports.vintages import VintageComparison, equipment_summary, vintages_json
from calculator.storage import atomic_write_text

REPORT_FORMATS = ("pdf", "xlsx", "csv", "json", "png", "svg")
ALLIANCE_FORMATS = ("pdf", "xlsx", "csv", "json")
DATA_FORMATS = ("json", "csv", "xlsx")  # written here; the others by calculator.render


def report_format(path: Path, allowed: Sequence[str] = REPORT_FORMATS) -> str:
    """The format of an output path from its extension; raises :class:`ExportError`."""
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in allowed:
        raise ExportError(
            f"{path.name}: unknown report type {path.suffix or '(none)'!r}; "
            f"allowed {', '.join('.' + f for f in allowed)}"
        )
    return fmt


def yearly_csv(
    proj: Projection,
    ds: Dataset,
    fiscal: FiscalImpact | None = None,
    uncertainty: UncertaintyResult | None = None,
) -> str:
    """The yearly table as CSV, with the ally, its currency and the dataset id on every row.

    ``report -o x.csv`` and ``project --format csv`` both print this, so a file pasted from
    either says whose figures they are, in which currency and from which data. With
    ``fiscal`` each row also carries the fiscal columns (:data:`~calculator.exports.fiscal.FISCAL_COLUMNS`)
    and the fiscal assumptions; with ``uncertainty`` the band columns
    (:func:`~calculator.exports.uncertainty.band_columns`), the draws and the seed.
    """
    who = {"ally": proj.country.iso3, "ally_name": ally_name(proj.country.iso3, proj.country.name)}
    rows: list[dict[str, Any]] = [
        who | row | {"currency": proj.country.currency, "dataset_id": ds.id}
        for row in yearly_rows(proj)
    ]
    rows = [row | own for row, own in zip(rows, _own_number_columns(proj, ds), strict=True)]
    if fiscal is not None:
        assumptions: dict[str, Any] = {
            "fiscal_interest_pct": fiscal.interest_pct,
            "fiscal_borrowed_pct": fiscal.borrowed_pct,
            "fiscal_baseline": fiscal.baseline.value,
        }
        rows = [row | f | assumptions for row, f in zip(rows, fiscal_rows(fiscal), strict=True)]
    if uncertainty is not None:
        mc = uncertainty.mc
        run = {"uncertainty_draws": mc.draws, "uncertainty_seed": mc.model.seed}
        bands = band_rows(mc, [int(y) for y in proj.years])
        rows = [row | b | run for row, b in zip(rows, bands, strict=True)]
    return to_csv(rows)


def _own_number_columns(proj: Projection, ds: Dataset) -> list[dict[str, Any]]:
    """Per year: the base's source, money in the chosen units and the extra against the baseline.

    The same numbers as JSON's ``money`` and ``extra`` (``gdp_bn`` and the other columns before
    them stay national currency at current prices, the CSV contract); ``extra_bn`` is blank
    outside the window.
    """
    from calculator.core import own_numbers as own

    units = own.money(proj, ds)
    ex = own.extra(proj, ds, units)
    fixed = {
        "base_source": proj.scenario.core.base_source.value,
        "money_currency": units.currency,
        "money_prices": units.prices.value,
        "extra_baseline": ex.baseline.value,
        "extra_window": f"{ex.window[0]}-{ex.window[1]}",
    }
    return [
        fixed
        | {
            "money_gdp_bn": float(units.gdp_bn[i]),
            "money_core_defence_bn": float(units.core_bn[i]),
            "money_related_bn": float(units.related_bn[i]),
            "extra_bn": ex.per_year_bn[i],
        }
        for i in range(len(proj.years))
    ]


def write_data_report(
    path: Path,
    proj: Projection,
    ds: Dataset,
    fiscal: FiscalImpact | None = None,
    uncertainty: UncertaintyResult | None = None,
    vintages: VintageComparison | None = None,
) -> None:
    """Write one ally's report as JSON, CSV or XLSX, by ``path``'s extension.

    ``fiscal`` (the fiscal view on) adds the fiscal block: an object, columns or a sheet;
    ``uncertainty`` (a Monte Carlo run) the bands, probabilities and model card likewise;
    ``vintages`` what changed between editions (a ``vintages`` object or a sheet; not in CSV).
    Where the dataset has NATO's Table 8a, JSON carries the ``equipment`` object as
    ``project --format json`` does, and the workbook an Equipment sheet.
    """
    fmt = report_format(path, DATA_FORMATS)
    if fmt == "json":
        doc = projection_dict(proj, ds, fiscal=fiscal)
        if uncertainty is not None:
            doc |= uncertainty_json(uncertainty)
        eq = equipment_summary(proj, ds)
        if eq is not None:
            doc["equipment"] = eq
        if vintages is not None:
            doc |= vintages_json(vintages)
        atomic_write_text(path, json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        atomic_write_text(path, yearly_csv(proj, ds, fiscal, uncertainty))
    elif fmt == "xlsx":
        from calculator.exports.xlsx import write_projection_xlsx

        write_projection_xlsx(
            path,
            proj,
            ds,
            summary=summary_sentence(proj, fiscal=fiscal),
            fiscal=fiscal,
            uncertainty=uncertainty,
            vintages=vintages,
        )


def write_alliance_data_report(path: Path, projs: Sequence[Projection], ds: Dataset) -> None:
    """Write the alliance overview as JSON, CSV or XLSX, by ``path``'s extension."""
    fmt = report_format(path, DATA_FORMATS)
    rows = alliance_rows(projs)
    if fmt == "json":
        doc = {
            "schema": "calculator.alliance/1",
            "assumptions": projs[0].scenario.model_dump(mode="json") if projs else {},
            "allies": rows,
            "dataset": dataset_info(ds),
        }
        atomic_write_text(path, json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        atomic_write_text(path, to_csv([r | {"dataset_id": ds.id} for r in rows]))
    elif fmt == "xlsx":
        from calculator.exports.xlsx import write_alliance_xlsx

        write_alliance_xlsx(path, list(projs), ds)
