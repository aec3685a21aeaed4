"""Write a projection (or the alliance overview) to a file chosen by its extension.

Every writer reads (Scenario, Projection, Dataset), never widgets, and writes atomically:
a failure leaves no partial file and the previous file intact.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from calculator.core.dataset import Dataset
from calculator.core.projection import Projection
from calculator.exports.errors import ExportError
from calculator.exports.tabular import (
    alliance_rows,
    dataset_info,
    projection_dict,
    to_csv,
    yearly_rows,
)
from calculator.exports.text import summary_sentence
from calculator.storage import atomic_write_text

REPORT_FORMATS = ("pdf", "xlsx", "csv", "json", "png", "svg")
ALLIANCE_FORMATS = ("pdf", "xlsx", "csv", "json")


def report_format(path: Path, allowed: Sequence[str] = REPORT_FORMATS) -> str:
    """The format of an output path from its extension; raises :class:`ExportError`."""
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in allowed:
        raise ExportError(
            f"{path.name}: unknown report type {path.suffix or '(none)'!r}; "
            f"allowed {', '.join('.' + f for f in allowed)}"
        )
    return fmt


def yearly_csv(proj: Projection, ds: Dataset) -> str:
    """The yearly table as CSV, with the currency and dataset id on every row."""
    rows = [
        row | {"currency": proj.country.currency, "dataset_id": ds.id} for row in yearly_rows(proj)
    ]
    return to_csv(rows)


def write_report(path: Path, proj: Projection, ds: Dataset, paper: str = "a4") -> None:
    """Write one ally's report in the format named by ``path``'s extension.

    ``paper`` ("a4" or "letter") applies to PDF.
    """
    fmt = report_format(path)
    if fmt == "json":
        atomic_write_text(
            path, json.dumps(projection_dict(proj, ds), indent=2, ensure_ascii=False) + "\n"
        )
    elif fmt == "csv":
        atomic_write_text(path, yearly_csv(proj, ds))
    elif fmt == "xlsx":
        from calculator.exports.xlsx import write_projection_xlsx

        write_projection_xlsx(path, proj, ds, summary=summary_sentence(proj))
    else:
        from calculator.exports.qt_report import write_chart_image, write_pdf

        if fmt == "pdf":
            write_pdf(path, proj, ds, paper=paper)
        else:
            write_chart_image(path, proj, ds)


def write_alliance_report(
    path: Path, projs: Sequence[Projection], ds: Dataset, paper: str = "a4"
) -> None:
    """Write the alliance overview (every ally under the same assumptions)."""
    fmt = report_format(path, ALLIANCE_FORMATS)
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
    else:
        from calculator.exports.qt_report import write_alliance_pdf

        write_alliance_pdf(path, projs, ds, paper=paper)
