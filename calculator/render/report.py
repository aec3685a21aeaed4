"""Write a report in any format, chosen by the output's extension.

JSON, CSV and XLSX come from the Qt-free :mod:`calculator.exports.report`; PDF, PNG and SVG
are drawn here. The window's File ▸ Export and the command line's ``report`` both call these.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from calculator.core.dataset import Dataset
from calculator.core.fiscal import FiscalImpact
from calculator.core.projection import Projection
from calculator.exports.compare import (
    Comparison,
    compare_format,
    write_comparison_csv,
    write_comparison_xlsx,
)
from calculator.exports.report import (
    ALLIANCE_FORMATS,
    DATA_FORMATS,
    report_format,
    write_alliance_data_report,
    write_data_report,
)
from calculator.exports.uncertainty import UncertaintyResult
from calculator.exports.vintages import VintageComparison


def write_report(
    path: Path,
    proj: Projection,
    ds: Dataset,
    paper: str = "a4",
    fiscal: FiscalImpact | None = None,
    uncertainty: UncertaintyResult | None = None,
    vintages: VintageComparison | None = None,
) -> None:
    """Write one ally's report in the format named by ``path``'s extension.

    ``paper`` ("a4" or "letter") applies to PDF; ``fiscal`` (the fiscal view on) adds the
    budget impact to the PDF, workbook, CSV and JSON (not to the chart images);
    ``uncertainty`` (a Monte Carlo run) adds the band, the probabilities, the crossing years,
    the sensitivity table and the model card (the chart images get the band); ``vintages``
    (the same scenario on another dataset or edition) adds "What changed between editions"
    to the PDF, the workbook and the JSON (not to CSV or the chart images).
    """
    fmt = report_format(path)
    if fmt in DATA_FORMATS:
        write_data_report(path, proj, ds, fiscal, uncertainty, vintages)
    elif fmt == "pdf":
        from calculator.render.pdf import write_pdf

        write_pdf(
            path, proj, ds, paper=paper, fiscal=fiscal, uncertainty=uncertainty, vintages=vintages
        )
    else:
        from calculator.render.images import write_chart_image

        write_chart_image(path, proj, ds, uncertainty)


def write_alliance_report(
    path: Path, projs: Sequence[Projection], ds: Dataset, paper: str = "a4"
) -> None:
    """Write the alliance overview (every ally under the same assumptions)."""
    fmt = report_format(path, ALLIANCE_FORMATS)
    if fmt in DATA_FORMATS:
        write_alliance_data_report(path, projs, ds)
    else:
        from calculator.render.pdf import write_alliance_pdf

        write_alliance_pdf(path, projs, ds, paper=paper)


def write_comparison_report(path: Path, comp: Comparison, ds: Dataset, paper: str = "a4") -> None:
    """Write scenarios side by side as PDF, XLSX or CSV, by ``path``'s extension."""
    fmt = compare_format(path)
    if fmt == "csv":
        write_comparison_csv(path, comp, ds)
    elif fmt == "xlsx":
        write_comparison_xlsx(path, comp, ds)
    else:
        from calculator.render.pdf import write_comparison_pdf

        write_comparison_pdf(path, comp, ds, paper=paper)
