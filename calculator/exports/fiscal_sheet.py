"""The workbook's Fiscal sheet: the debt recursion, deficit and ratios as formulas over cells.

Like the Yearly sheet, the inputs (GDP, extra spending, the IMF's debt, revenue and other
spending) are numbers and everything derived from them is a formula with the engine's value
cached, so that changing the interest rate, the borrowed share or a year's extra spending moves
the extra debt, the deficit and the ratios in Excel or LibreOffice.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from xlsxwriter.utility import xl_rowcol_to_cell

from calculator.core.dataset import Dataset
from calculator.core.fiscal import (
    ESCAPE_CAP_PP,
    ESCAPE_LAST_YEAR,
    FiscalImpact,
    _held_ratio,
)
from calculator.core.projection import Projection
from calculator.exports import phrases
from calculator.exports.fiscal import fiscal_paragraphs, fiscal_sources, source_line
from calculator.exports.report_words import FISCAL_NOTE, FISCAL_TITLE, ally, sentence, sheet_name
from calculator.exports.xlsx import _Formats, _Sheet

SHEET = "Fiscal"
# Rows of the assumption cells (0-based) and the yearly table's header.
INTEREST_ROW, BORROWED_ROW, APPLIES_ROW, BASE_2021_ROW = 3, 4, 5, 6
TABLE_ROW = 8
COLUMNS: tuple[tuple[str, str], ...] = (
    ("year", "Year"),
    ("gdp", "GDP ({0})"),
    ("extra", "Extra spending ({0})"),
    ("borrowed", "Borrowed ({0})"),
    ("interest", "Interest on extra debt ({0})"),
    ("debt", "Extra debt ({0})"),
    ("deficit", "Extra deficit % GDP"),
    ("base_ratio", "Debt % GDP without (IMF path)"),
    ("ratio", "Debt % GDP with"),
    ("effect", "Effect (points of GDP)"),
    ("rest", "Not borrowed ({0})"),
    ("tax_gdp", "Tax rise % GDP"),
    ("revenue", "Government revenue ({0})"),
    ("tax_revenue", "Tax rise % revenue"),
    ("other", "Other government spending ({0})"),
    ("cut", "Cut % other spending"),
)
COL = {key: i for i, (key, _) in enumerate(COLUMNS)}
MONEY = {"gdp", "extra", "borrowed", "interest", "debt", "rest", "revenue", "other"}


def _abs(row: int, col: int = 1) -> str:
    return str(xl_rowcol_to_cell(row, col, row_abs=True, col_abs=True))


def fiscal_sheet(wb: Any, fmt: _Formats, proj: Projection, fi: FiscalImpact, ds: Dataset) -> None:
    """Add the Fiscal sheet to ``wb``."""
    sh = _Sheet(wb.add_worksheet(sheet_name(SHEET)), fmt)
    unit = phrases.money_unit(proj.core_bn)
    m = unit.scale
    cur = proj.country.currency
    money_kind = "m" if unit is phrases.MILLIONS else "bn"
    sh.title(
        0,
        sentence(FISCAL_TITLE, ally(proj.country.iso3, proj.country.name)),
    )
    sh.paragraph(1, 0, 9, phrases.summary_sentence(proj, fiscal=fi))
    sh.label(INTEREST_ROW, 0, "Interest rate on the extra debt (% a year, nominal)")
    sh.number(INTEREST_ROW, 1, fi.interest_pct, "pct")
    sh.label(BORROWED_ROW, 0, "Borrowed share of the extra spending (%)")
    sh.number(BORROWED_ROW, 1, fi.borrowed_pct, "pct")
    sh.label(APPLIES_ROW, 0, "EU escape clause applies (1 yes, 0 no)")
    sh.number(APPLIES_ROW, 1, int(fi.escape_clause.applies), "int")
    sh.label(BASE_2021_ROW, 0, "Core share in 2021, % of GDP (stand-in for COFOG 02)")
    sh.number(BASE_2021_ROW, 1, fi.escape_clause.base_share_2021, "pct")
    sh.text(INTEREST_ROW, 2, "change these: the formulas below follow", fmt.muted, fit=False)

    i_ref, b_ref = _abs(INTEREST_ROW), _abs(BORROWED_ROW)
    rate = i_ref + "/100"
    gdp = np.asarray(proj.gdp_bn, dtype=float)
    values: dict[str, np.ndarray[Any, Any]] = {
        "gdp": gdp * m,
        "extra": fi.extra_bn * m,
        "borrowed": fi.borrowed_bn * m,
        "interest": fi.interest_pct / 100.0 * np.concatenate([[0.0], fi.extra_debt_bn[:-1]]) * m,
        "debt": fi.extra_debt_bn * m,
        "deficit": fi.extra_deficit_pct_gdp,
        "base_ratio": fi.baseline_debt_pct_gdp,
        "ratio": fi.debt_pct_gdp,
        "effect": fi.debt_pct_gdp - fi.baseline_debt_pct_gdp,
        "rest": (fi.extra_bn - fi.borrowed_bn) * m,
        "tax_gdp": fi.tax_pct_gdp,
        "revenue": _held_ratio(ds, proj.country.iso3, "GGR", proj.years) * gdp * m,
        "tax_revenue": fi.tax_pct_revenue,
        "other": (proj.gov_exp_bn - proj.core_bn - proj.related_bn) * m,
        "cut": fi.cut_pct_other_spending,
    }
    sh.header(TABLE_ROW, [h.format(f"{unit.short} {cur}") for _, h in COLUMNS])
    first = TABLE_ROW + 1
    for k, year in enumerate(proj.years):
        r = first + k

        def c(key: str, row: int = r) -> str:
            return str(xl_rowcol_to_cell(row, COL[key]))

        formulas = {
            "deficit": f"=({c('borrowed')}+{c('interest')})/{c('gdp')}*100",
            "ratio": f"={c('base_ratio')}+{c('debt')}/{c('gdp')}*100",
            "effect": f"={c('ratio')}-{c('base_ratio')}",
            "rest": f"={c('extra')}-{c('borrowed')}",
            "tax_gdp": f"={c('rest')}/{c('gdp')}*100",
            "tax_revenue": f"={c('rest')}/{c('revenue')}*100",
            "cut": f"={c('rest')}/{c('other')}*100",
        }
        if k > 0:  # the base year: nothing extra, no debt yet
            prev = r - 1
            formulas |= {
                "borrowed": f"={c('extra')}*{b_ref}/100",
                "interest": f"={rate}*{c('debt', prev)}",
                "debt": f"={c('debt', prev)}*(1+{rate})+{c('borrowed')}",
            }
        sh.number(r, COL["year"], int(year), "year")
        for key, col in COL.items():
            if key == "year":
                continue
            value = float(values[key][k])
            if k == 0 and key not in ("gdp", "base_ratio", "ratio", "revenue", "other"):
                value = 0.0  # the base year's flows are 0 (a 0/0 reading too)
            kind = money_kind if key in MONEY else "pct"
            if key in formulas:
                sh.formula(r, col, formulas[key], value, kind)
            else:
                sh.number(r, col, value, kind)
    row = first + len(proj.years) + 1
    row = _escape_block(sh, proj, fi, row)
    row += 1
    for text in fiscal_paragraphs(proj, fi):
        sh.paragraph(row, 0, 9, text)
        row += 1
    row += 1
    sh.label(row, 0, "Sources of the fiscal block")
    for s in fiscal_sources(fi, ds):
        row += 1
        sh.paragraph(row, 0, 9, source_line(s))
    sh.paragraph(
        row + 2,
        0,
        9,
        sentence(FISCAL_NOTE, phrases.say(unit.long), cur),
    )
    sh.ws.freeze_panes(first, 1)
    sh.finish()


def _escape_block(sh: _Sheet, proj: Projection, fi: FiscalImpact, row: int) -> int:
    """The escape-clause meter as formulas: rise over 2021, covered up to 1.5 to 2028."""
    ec = fi.escape_clause
    sh.header(row, ["Year", "Core share %", "Rise over 2021", "Covered", "Not covered"])
    applies, base = _abs(APPLIES_ROW), _abs(BASE_2021_ROW)
    for k, year in enumerate(ec.years):
        r = row + 1 + k

        def c(col: int, rr: int = r) -> str:
            return str(xl_rowcol_to_cell(rr, col))

        share = float(ec.rise_pct_points[k] + ec.base_share_2021)
        sh.number(r, 0, int(year), "year")
        sh.number(r, 1, share, "pct")
        sh.formula(r, 2, f"={c(1)}-{base}", float(ec.rise_pct_points[k]), "pct")
        sh.formula(
            r,
            3,
            f"=IF(AND({c(0)}<={ESCAPE_LAST_YEAR},{applies}=1),"
            f"MIN(MAX({c(2)},0),{ESCAPE_CAP_PP:g}),0)",
            float(ec.covered_pct_points[k]),
            "pct",
        )
        sh.formula(r, 4, f"=MAX({c(2)},0)-{c(3)}", float(ec.uncovered_pct_points[k]), "pct")
    return row + 1 + len(ec.years)
