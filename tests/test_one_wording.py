"""One fact, one wording: Poland's 3.5 % threshold reads the same on every surface.

At a constant share Poland is above 3.5 % from the base year. The window's results table, the
command-line table, the PDF brief and the workbook's Summary sheet must all say so in the
phrasebook's words: the same status and the same unsigned gap.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from calculator.cli import main
from calculator.core.models import Scenario
from calculator.core.projection import Projection, ThresholdResult, project
from calculator.exports import phrases
from calculator.render.report import write_report
from calculator.storage import bundled_dataset

pytestmark = pytest.mark.gui

STATUS = "already met in 2026"
GAP = "above by 1.18 pp"


@pytest.fixture(scope="module")
def poland() -> tuple[Projection, ThresholdResult]:
    proj = project(bundled_dataset(), Scenario(country="POL"))
    hague = next(t for t in proj.thresholds if t.threshold.value_pct == 3.5)
    return proj, hague


def test_the_phrasebook_wording(poland: tuple[Projection, ThresholdResult]) -> None:
    proj, hague = poland
    assert phrases.threshold_status(hague, proj.horizon) == STATUS
    assert phrases.gap_text(hague, proj.country.currency) == GAP


@pytest.fixture
def window(qtbot):  # type: ignore[no-untyped-def]
    """The main window as tests/gui/conftest.py builds it: no settings, nothing remembered."""
    from calculator.gui.main_window import MainWindow

    win = MainWindow(bundled_dataset(), settings=None)
    win.controller.merge_window_s = 0.0
    qtbot.addWidget(win)
    return win


def _flat(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def test_every_surface_says_the_same(
    window, capsys: pytest.CaptureFixture[str], tmp_path: Path, poland
) -> None:  # type: ignore[no-untyped-def]
    proj, hague = poland
    ds = window.controller.dataset

    # The window's results table: the 3.5 % row, Status and Gap columns.
    window.controller.update(country="POL")
    table = window.results_panel.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    row = next(r for r in range(table.rowCount()) if "Hague core, 2035" in table.item(r, 0).text())
    status_col, gap_col = headers.index("Status"), headers.index("Gap at target")
    assert table.item(row, status_col).text() == STATUS
    assert table.item(row, gap_col).text() == GAP

    # The command-line table: the same row holds both texts, and no signed gap.
    assert main(["project", "--country", "POL"]) == 0
    out = capsys.readouterr().out
    line = next(line for line in out.splitlines() if "Hague core, 2035" in line)
    assert STATUS in line
    assert GAP in line
    assert "-1.18" not in out

    # The PDF brief, read back.
    pdf = tmp_path / "poland.pdf"
    write_report(pdf, proj, ds)
    text = _flat("\n".join(page.extract_text() for page in PdfReader(pdf).pages))
    assert STATUS in text
    assert GAP in text
    assert "-1.18" not in text

    # The workbook's Summary sheet, read back.
    xlsx = tmp_path / "poland.xlsx"
    write_report(xlsx, proj, ds)
    ws = openpyxl.load_workbook(xlsx)["Summary"]
    cells = next(
        [c.value for c in r] for r in ws.iter_rows() if r[0].value == hague.threshold.display_label
    )
    assert STATUS in cells
    assert GAP in cells
