"""The PDF brief and the alliance PDF as a committee clerk would forward them.

Rows never cut by a page break, numbers never parted from their units, the alliance chart on
the alliance page, one date and no version line in the text, small allies in millions.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QFont, QTextDocument

from calculator import __version__
from calculator.core.alliance import project_alliance
from calculator.core.models import CoreSpending, Scenario, SpendingMode
from calculator.core.projection import project
from calculator.exports.brief import alliance_html, brief_html
from calculator.render.pdf import keep_rows_together, straddling_rows, write_alliance_pdf
from calculator.render.qt import ensure_app
from calculator.render.report import write_report
from calculator.storage import bundled_dataset

DS = bundled_dataset()


def _doc(html: str, width: float = 500.0, page_h: float = 300.0) -> QTextDocument:
    ensure_app()
    doc = QTextDocument()
    doc.setDefaultFont(QFont("DejaVu Sans", 9))
    doc.setHtml(html)
    doc.setPageSize(QSizeF(width, page_h))
    doc.setDocumentMargin(0)
    return doc


def test_rows_that_a_page_break_would_cut_move_to_the_next_page() -> None:
    words = " ".join(["a long wrapped cell"] * 12)  # rows of 3-4 lines: Qt cuts those
    rows = "".join(f"<tr><td>{i}</td><td>{words}</td></tr>" for i in range(40))
    doc = _doc(f"<table width='100%'><thead><tr><th>n</th><th>text</th></tr></thead>{rows}</table>")
    page_h = 300.0
    assert straddling_rows(doc, page_h), "the test table must have rows across a page break"
    keep_rows_together(doc, page_h)
    assert straddling_rows(doc, page_h) == []
    assert doc.toPlainText().count("a long wrapped cell") == 40 * 12  # nothing lost


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize(
    "scenario",
    [
        Scenario(country="ESP", core=CoreSpending(mode=SpendingMode.GROWTH, growth_pct=8)),
        Scenario(country="BEL", horizon=2050, notes="A note. " * 40),
        Scenario(country="POL", horizon=2042, name="Poland " * 12),
    ],
    ids=["ESP", "BEL-2050-notes", "POL-long-name"],
)
def test_brief_tables_are_not_cut_by_page_breaks(scenario: Scenario, paper: str) -> None:
    """The brief laid out as the PDF lays it out: no row of any table across a break."""
    proj = project(DS, scenario)
    height = 1000.0 if paper == "letter" else 1040.0  # about a page of body at 96 dpi
    doc = _doc(brief_html(proj, DS), width=672.0, page_h=height)
    keep_rows_together(doc, height)
    assert straddling_rows(doc, height) == []


def test_headlines_keep_numbers_with_their_units() -> None:
    proj = project(
        DS, Scenario(country="ESP", core=CoreSpending(mode=SpendingMode.GROWTH, growth_pct=8))
    )
    html = brief_html(proj, DS)
    summary = html.split("<p class='summary'>")[1].split("</p>")[0]
    assert "10.6\u00a0% a year" in summary
    assert "2.1\u00a0% in 2028" in summary
    assert " % " not in summary
    assert not summary.endswith(" %.")
    assert "17.0\u00a0bn\u00a0EUR" in html  # the gap at 2035 in the thresholds table
    assert "0.68\u00a0pp" in html


def test_brief_prints_the_date_once_and_no_version_line(tmp_path: Path) -> None:
    proj = project(DS, Scenario(country="ESP"))
    today = dt.date.today().isoformat()
    html = brief_html(proj, DS, today=dt.date.today())
    assert html.count(today) == 1
    assert __version__ not in html
    out = tmp_path / "b.pdf"
    write_report(out, proj, DS)
    text = PdfReader(out).pages[0].extract_text()
    assert text.count(today) == 1
    # the version stands in the footer only: once a page
    pages = PdfReader(out).pages
    assert sum(p.extract_text().count(__version__) for p in pages) == len(pages)


def test_small_ally_money_in_millions_in_the_brief() -> None:
    proj = project(DS, Scenario(country="MNE"))
    html = brief_html(proj, DS)
    expected = f"{proj.base_core_bn * 1000:,.0f}\u00a0m\u00a0EUR"
    assert expected in html
    assert "Core (m EUR)" in html
    assert "money in millions of EUR" in html
    assert " 0.19 bn" not in html
    assert "0.2\u00a0bn" not in html


def test_alliance_pdf_has_its_chart(tmp_path: Path) -> None:
    projs = project_alliance(DS, Scenario())
    html = alliance_html(projs, DS, chart_src="alliance.png")
    assert "<img src='alliance.png'" in html
    out = tmp_path / "alliance.pdf"
    write_alliance_pdf(out, projs, DS)
    first = PdfReader(out).pages[0]
    xobjects = first["/Resources"]["/XObject"]
    widths = [
        int(xobjects[name].get_object()["/Width"])
        for name in xobjects
        if xobjects[name].get_object()["/Subtype"] == "/Image"
    ]
    assert widths, "the alliance chart is drawn on the first page"
    assert max(widths) >= 1500  # high-DPI, not a thumbnail
    assert "Prepared" in first.extract_text()
