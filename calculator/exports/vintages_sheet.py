"""The workbook's Equipment and "What changed" sheets (issue 14).

Equipment (where the dataset has NATO's Table 8a): equipment's and personnel's share of defence
spending as NATO published them, this scenario's projected core spending and 20 % of it as a
formula over that cell, and a native line chart against the guideline. What changed: the same
rows as ``budget-calculator diff`` and the window's Vintages view, numbers stored as numbers.
"""

from __future__ import annotations

from typing import Any

from calculator.core.dataset import Dataset
from calculator.core.equipment import GUIDELINE_PCT
from calculator.core.projection import Projection
from calculator.exports import phrases, report_words
from calculator.exports.report_words import sheet_name
from calculator.exports.vintages import (
    VintageComparison,
    equipment_rows,
    equipment_summary,
    equipment_text,
    personnel_text,
    run_label,
    vintages_headers,
    vintages_intro,
)
from calculator.exports.xlsx import _Formats, _Sheet

EQUIPMENT_SHEET = "Equipment"
VINTAGES_SHEET = "What changed"
TABLE_ROW = 4  # the header row of the equipment table (0-based)


def equipment_sheet(wb: Any, fmt: _Formats, proj: Projection, ds: Dataset) -> bool:
    """Add the Equipment sheet where ``ds`` has Table 8a for the ally; ``False`` if it has not."""
    eq = equipment_summary(proj, ds)
    if eq is None:
        return False
    sh = _Sheet(wb.add_worksheet(sheet_name(EQUIPMENT_SHEET)), fmt)
    cur = proj.country.currency
    unit = phrases.money_unit(proj.core_bn)
    kind = "m" if unit is phrases.MILLIONS else "bn"
    money = report_words.money_in(unit.scale, cur)
    ally = report_words.ally(proj.country.iso3, proj.country.name)
    sh.title(0, f"{phrases.say(phrases.EQUIPMENT_TITLE)}: {ally}")
    text = equipment_text(eq, cur)
    personnel = personnel_text(eq)
    sh.paragraph(1, 0, 6, f"{text} {personnel}" if personnel else text)
    sh.paragraph(2, 0, 6, phrases.say(phrases.EQUIPMENT_TABLE_NOTE).format(eq["edition"]))
    year, equipment, personnel_h, core, guideline = (
        phrases.say(h) for h in phrases.EQUIPMENT_COLUMNS
    )
    sh.header(
        TABLE_ROW,
        [
            year,
            equipment,
            personnel_h,
            phrases.say(phrases.EQUIPMENT_GUIDELINE_LINE),
            core.format(money),
            guideline.format(money),
        ],
    )
    rows = equipment_rows(eq, proj)
    last_history = TABLE_ROW
    for k, r in enumerate(rows):
        row = TABLE_ROW + 1 + k
        sh.text(row, 0, r["label"])
        sh.number(row, 1, r["equipment_share_pct"], "pct")
        sh.number(row, 2, r["personnel_share_pct"], "pct")
        if r["equipment_share_pct"] is not None:
            sh.number(row, 3, GUIDELINE_PCT, "pct")
            last_history = row
        if r["core_bn"] is not None:
            sh.number(row, 4, r["core_bn"] * unit.scale, kind)
            cell = f"E{row + 1}"
            sh.formula(
                row, 5, f"={cell}*{GUIDELINE_PCT / 100:g}", r["guideline_bn"] * unit.scale, kind
            )
    _equipment_chart(wb, sh, TABLE_ROW, last_history)
    sh.fixed[0] = 72
    sh.finish()
    return True


def _equipment_chart(wb: Any, sh: _Sheet, header_row: int, last_row: int) -> None:
    """Equipment and personnel shares by year against the 20 % line, beside the table."""
    chart = wb.add_chart({"type": "line"})
    name = sheet_name(EQUIPMENT_SHEET)
    cats = [name, header_row + 1, 0, last_row, 0]
    styles = {
        1: {"color": "#0072B2", "width": 2.25},
        2: {"color": "#555555", "width": 1.5, "dash_type": "dash"},
        3: {"color": "#976800", "width": 1.5, "dash_type": "round_dot"},
    }
    for col, line in styles.items():
        chart.add_series(
            {
                "name": [name, header_row, col],
                "categories": cats,
                "values": [name, header_row + 1, col, last_row, col],
                "line": line,
                "marker": {"type": "circle", "size": 5} if col == 1 else {"type": "none"},
            }
        )
    chart.set_y_axis(
        {
            "name": phrases.say(phrases.EQUIPMENT_AXIS),
            "min": 0,
            "major_gridlines": {"visible": True},
        }
    )
    chart.set_legend({"position": "bottom"})
    chart.set_size({"width": 600, "height": 320})
    sh.ws.insert_chart(header_row, 7, chart)


def vintages_sheet(wb: Any, fmt: _Formats, v: VintageComparison) -> None:
    """Add the "What changed" sheet: both runs named, then one row of ``diff`` per fact."""
    sh = _Sheet(wb.add_worksheet(sheet_name(VINTAGES_SHEET)), fmt)
    sh.title(0, phrases.say(phrases.VINTAGES_TITLE))
    sh.paragraph(1, 0, 3, vintages_intro(v))
    row = 2
    for side, ds, proj in (("A", v.ds_a, v.proj_a), ("B", v.ds_b, v.proj_b)):
        sh.label(row, 0, side)
        sh.text(row, 1, run_label(ds, proj), fit=False)
        row += 1
    for note in v.notes:
        sh.paragraph(row, 0, 3, note)
        row += 1
    row += 1
    sh.header(row, vintages_headers(v))
    cur = v.proj_a.country.currency
    unit = phrases.money_unit([v.proj_a.base_core_bn, v.proj_b.base_core_bn])
    for r in v.rows:
        row += 1
        key = str(r["key"])
        kind = _kind(key)
        scale = 1.0
        label = str(r["label"])
        if key == "base_core_bn":  # one unit for A, B and B − A: Montenegro in millions
            scale = unit.scale
            kind = "m" if unit is phrases.MILLIONS else "bn"
            label = phrases.say(phrases.DIFF_BASE_MONEY_UNIT).format(
                report_words.money_in(unit.scale, cur)
            )
        sh.text(row, 0, label)
        if key.startswith("year_reached:"):  # "met (2025)", "not by horizon": the words
            sh.text(row, 1, r["a_text"])
            sh.text(row, 2, r["b_text"])
        else:
            for col, side in ((1, "a"), (2, "b")):
                value = r[side]
                if isinstance(value, int | float):
                    sh.number(row, col, value * scale if scale != 1.0 else value, kind)
                else:
                    sh.text(row, col, r[f"{side}_text"])
        if isinstance(r["change"], int | float):
            change = r["change"] * scale if scale != 1.0 else r["change"]
            sh.number(row, 3, change, "year" if key.startswith("year_reached:") else kind)
        else:
            sh.text(row, 3, r["change_text"])
    sh.paragraph(row + 2, 0, 3, phrases.say(phrases.VINTAGES_EXPLAIN))
    sh.fixed[0] = 340
    sh.finish()


def _kind(key: str) -> str:
    """The number format of a row of :func:`calculator.exports.vintages.diff_rows`."""
    if key == "base_year":
        return "year"
    if key == "base_core_bn":
        return "bn"
    return "pct"
