"""Excel workbooks of a projection and of the alliance overview (XlsxWriter, write-only).

Every figure comes from :mod:`calculator.exports.tabular` (the same numbers as the screen, the
command line and the other reports); this module only lays them out. Numbers are stored as
numbers with number formats, the chart is a native Excel line chart that reads the Yearly sheet,
and files are written atomically: the workbook is built in memory, written to a temp file in the
target folder, flushed, fsynced and renamed over the target, so a failed export leaves no partial
file and the previous file intact.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import xlsxwriter
from xlsxwriter.utility import xl_pixel_width, xl_rowcol_to_cell

from calculator import __version__
from calculator.core.dataset import Dataset
from calculator.core.fiscal import FiscalImpact
from calculator.core.models import Measure, Scenario, Threshold
from calculator.core.projection import Projection, ThresholdResult
from calculator.exports import phrases, report_words
from calculator.exports.errors import ExportError
from calculator.exports.locales import localize_months
from calculator.exports.own_numbers import alliance_money
from calculator.exports.palette import CORE_COLOUR, TOTAL_COLOUR, threshold_colour
from calculator.exports.report_words import sheet_name, sheet_ref
from calculator.exports.tabular import (
    YEARLY_COLUMNS,
    alliance_rows,
    dataset_info,
    projection_dict,
    threshold_dict,
    threshold_key,
    yearly_rows,
)
from calculator.exports.uncertainty import UncertaintyResult
from calculator.exports.vintages import VintageComparison
from calculator.storage import WriteError, atomic_write_bytes

APP_TITLE = "Defence Budget What-If Calculator"
# Okabe–Ito colour-blind-safe palette: core, total, then the threshold lines.

# Number formats: (Excel format code, Python format spec used to size the column).
NUMBER_FORMATS: dict[str, tuple[str, str]] = {
    "year": ("0", "d"),
    "pct": ("0.00", ",.2f"),
    "bn": ("#,##0.00", ",.2f"),
    "m": ("#,##0", ",.0f"),  # money in millions (a small ally: see phrases.money_unit)
    "index": ("0.0000", ".4f"),
    "int": ("#,##0", ",.0f"),
}
_PX_MIN, _PX_MAX = 48, 640  # column widths in pixels (about 6 and 90 characters)
_ROW_PX = 20  # default row height (15 points)
_ROW_PX_MAX = 545  # Excel's limit, 409 points
_HEADER_PX = 150  # header cells wrap beyond this width rather than widen their column
_CHART_ROWS = 22  # rows of the Summary sheet that the chart covers at its top


# --------------------------------------------------------------------------- file writing


def _atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write atomically (see :func:`calculator.storage.atomic_output`) or raise ExportError."""
    try:
        atomic_write_bytes(path, data)
    except WriteError as exc:
        raise ExportError(str(exc)) from exc


def _new_workbook(buf: io.BytesIO, title: str, ds: Dataset) -> Any:
    wb = xlsxwriter.Workbook(
        buf,
        {
            "in_memory": True,
            "strings_to_numbers": False,
            "strings_to_urls": False,
            "nan_inf_to_errors": True,
        },
    )
    wb.set_properties(
        {
            "title": title,
            "author": APP_TITLE,
            "comments": f"{APP_TITLE} {__version__}; dataset {ds.id}",
        }
    )
    return wb


# --------------------------------------------------------------------------- sheet helper


@dataclass
class _Formats:
    """Cell formats shared by every sheet of one workbook."""

    title: Any
    subtitle: Any
    heading: Any
    header: Any
    label: Any
    text: Any
    wrap: Any
    muted: Any
    url: Any
    numbers: dict[str, Any]

    @classmethod
    def create(cls, wb: Any) -> _Formats:
        """Make the formats once per workbook."""
        return cls(
            title=wb.add_format({"bold": True, "font_size": 14}),
            subtitle=wb.add_format({"italic": True, "font_color": "#595959"}),
            heading=wb.add_format({"bold": True, "font_size": 12, "bottom": 1}),
            header=wb.add_format(
                {
                    "bold": True,
                    "text_wrap": True,
                    "valign": "bottom",
                    "bg_color": "#DDEBF7",
                    "bottom": 1,
                }
            ),
            label=wb.add_format({"bold": True}),
            text=wb.add_format({}),
            wrap=wb.add_format({"text_wrap": True, "valign": "top"}),
            muted=wb.add_format({"italic": True, "font_color": "#595959"}),
            url=wb.add_format({"font_color": "#0563C1", "underline": 1}),
            numbers={
                k: wb.add_format({"num_format": code}) for k, (code, _) in NUMBER_FORMATS.items()
            },
        )


@dataclass
class _Sheet:
    """A worksheet that remembers how wide each column's content is, to size it at the end."""

    ws: Any
    fmt: _Formats
    widths: dict[int, int] = field(default_factory=dict)
    paragraphs: list[tuple[int, int, int, str]] = field(default_factory=list)
    fixed: dict[int, int] = field(default_factory=dict)

    headers: list[tuple[int, int, str]] = field(default_factory=list)

    def _fit(self, col: int, text: str, bold: bool = False, cap: int = _PX_MAX) -> None:
        px = max((_text_px(part, bold) for part in text.split("\n")), default=0)
        self.widths[col] = max(self.widths.get(col, 0), min(px + 12, cap))

    def text(self, row: int, col: int, value: str, fmt: Any = None, *, fit: bool = True) -> None:
        """A string cell; ``fit=False`` for titles that may spill into empty cells."""
        if fmt is not None and any(
            fmt is f for f in (self.fmt.label, self.fmt.heading, self.fmt.muted, self.fmt.subtitle)
        ):
            value = report_words.word(value)  # the workbook's own words, in the active language
        self.ws.write_string(row, col, value, fmt if fmt is not None else self.fmt.text)
        if fit:
            self._fit(col, value, bold=fmt in (self.fmt.label, self.fmt.header))

    def label(self, row: int, col: int, value: str) -> None:
        """A bold label."""
        self.text(row, col, value, self.fmt.label)

    def number(self, row: int, col: int, value: float | int | None, kind: str) -> None:
        """A number stored as a number with the format ``kind``; blank when missing."""
        cell_fmt = self.fmt.numbers[kind]
        if value is None or (isinstance(value, float) and not math.isfinite(value)):
            self.ws.write_blank(row, col, None, cell_fmt)
            return
        self.ws.write_number(row, col, value, cell_fmt)
        self._fit(col, format(value, NUMBER_FORMATS[kind][1]))

    def formula(
        self, row: int, col: int, formula: str, value: float | int | None, kind: str
    ) -> None:
        """A formula with the engine's number as its cached result.

        Excel and LibreOffice recompute it; viewers that do not (previews, some libraries)
        show the cached number, which is the projection's own.
        """
        cached: float | int | str = ""
        if value is not None and not (isinstance(value, float) and not math.isfinite(value)):
            cached = value
            self._fit(col, format(value, NUMBER_FORMATS[kind][1]))
        self.ws.write_formula(row, col, formula, self.fmt.numbers[kind], cached)

    def value(self, row: int, col: int, value: Any, kind: str = "pct") -> None:
        """Write whatever the value is: number, yes/no, text or blank."""
        if isinstance(value, bool):
            self.text(row, col, phrases.yes_no(value))
        elif isinstance(value, int | float) or value is None:
            self.number(row, col, value, kind)
        else:
            self.text(row, col, str(value))

    def url(self, row: int, col: int, url: str) -> None:
        """A clickable link whose cell text is the address itself."""
        if url.startswith(("http://", "https://")) and len(url) <= 2000:
            self.ws.write_url(row, col, url, self.fmt.url, url)
            self._fit(col, url)
        else:
            self.text(row, col, url)

    def header(self, row: int, cols: Sequence[str], first_col: int = 0) -> None:
        """A header row: shaded, wrapped beyond :data:`_HEADER_PX`; its height is set at the end."""
        for i, english in enumerate(cols):
            name = report_words.word(english)
            self.ws.write_string(row, first_col + i, name, self.fmt.header)
            self._fit(first_col + i, name, bold=True, cap=_HEADER_PX)
            self.headers.append((row, first_col + i, name))

    def title(self, row: int, text: str) -> None:
        """The sheet title: large, spilling into the empty cells to its right."""
        self.ws.write_string(row, 0, report_words.word(text), self.fmt.title)
        self.ws.set_row_pixels(row, 26)

    def paragraph(self, row: int, first_col: int, last_col: int, text: str) -> None:
        """Long text merged over columns and wrapped; its row height is set in :meth:`finish`."""
        if first_col == last_col:
            self.ws.write_string(row, first_col, text, self.fmt.wrap)
        else:
            self.ws.merge_range(row, first_col, row, last_col, text, self.fmt.wrap)
        self.paragraphs.append((row, first_col, last_col, text))

    def finish(self) -> None:
        """Size the columns to their content and the wrapped rows; print one page wide."""
        self.ws.set_paper(9)  # A4
        self.ws.set_landscape()
        self.ws.fit_to_pages(1, 0)  # as wide as one page, as many pages down as needed
        for col in set(self.widths) | set(self.fixed):
            self.ws.set_column_pixels(col, col, self.col_px(col))
        heights: dict[int, int] = {}
        for row, c0, c1, text in self.paragraphs:
            width = sum(self.col_px(c) for c in range(c0, c1 + 1))
            heights[row] = max(heights.get(row, 1), _wrapped_lines(text, width))
        for row, col, text in self.headers:
            heights[row] = max(heights.get(row, 1), _wrapped_lines(text, self.col_px(col), True))
        for row, lines in heights.items():
            if lines > 1:
                self.ws.set_row_pixels(row, min(lines * _ROW_PX + 4, _ROW_PX_MAX))

    def col_px(self, col: int) -> int:
        """Final width of a column in pixels (64 if nothing was written there)."""
        if col in self.fixed:
            return self.fixed[col]
        if col not in self.widths:
            return 64
        return min(max(self.widths[col], _PX_MIN), _PX_MAX)


# --------------------------------------------------------------------------- text helpers


def _text_px(text: str, bold: bool = False) -> int:
    """Width of text in Calibri 11, with a margin for bold and for wider substitute fonts."""
    return int(xl_pixel_width(text) * (1.2 if bold else 1.08))


def _wrapped_lines(text: str, width_px: int, bold: bool = False) -> int:
    """How many lines Excel needs for ``text`` wrapped at word boundaries in ``width_px``."""
    usable = max(width_px - 10, 20)
    space = _text_px(" ", bold)
    lines = 0
    for part in text.split("\n"):
        lines += 1
        used = 0
        for word in part.split(" "):
            w = _text_px(word, bold)
            if used and used + space + w > usable:
                lines += 1
                used = 0
            used = w if not used else used + space + w
            while used > usable:  # a word longer than the line is broken by Excel
                lines += 1
                used -= usable
    return lines


# Columns the workbook adds after the shared yearly table: running sums of the extra spending
# and the price index that the real freeze and the base-year prices are computed from.
EXTRA_YEARLY_COLUMNS: tuple[tuple[str, str], ...] = (
    ("cumulative_vs_constant_share_bn", "Cumulative extra vs constant share (bn)"),
    ("cumulative_vs_cash_freeze_bn", "Cumulative extra vs cash freeze (bn)"),
    ("cumulative_vs_real_freeze_bn", "Cumulative extra vs real freeze (bn)"),
    ("price_index", "GDP deflator index (base year = 1)"),
)
_NOT_MONEY = ("year", "core_defence_per_capita", "price_index")


def _is_money(key: str) -> bool:
    return key not in _NOT_MONEY and key.endswith(("_bn", "_base_prices"))


def _yearly_header(key: str, header: str, currency: str, unit: phrases.MoneyUnit) -> str:
    if key == "core_defence_per_capita":
        return f"{header} ({currency})"
    return header.replace("(bn)", f"({unit.short} {currency})")


def _yearly_kind(key: str, unit: phrases.MoneyUnit = phrases.BILLIONS) -> str:
    if key == "year":
        return "year"
    if key == "core_defence_per_capita":
        return "int"
    if key == "price_index":
        return "index"
    if key.endswith("_pct") or key == "core_pct_of_government_expenditure":
        return "pct"
    return "m" if unit is phrases.MILLIONS else "bn"


def _threshold_line_name(t: ThresholdResult) -> str:
    th = t.threshold
    if not report_words.in_english():
        return phrases.threshold_title(th)  # 2,1 % essentielles · Position de l'Espagne
    generic = f"{th.value_pct:g}% {th.measure.value}"
    return th.display_label if th.display_label == generic else f"{th.display_label} ({generic})"


# --------------------------------------------------------------------------- sheets


def _summary_sheet(
    wb: Any,
    fmt: _Formats,
    proj: Projection,
    ds: Dataset,
    doc: dict[str, Any],
    summary: str,
    lay: _YearlyLayout,
) -> None:
    sh = _Sheet(wb.add_worksheet(sheet_name("Summary")), fmt)
    c, sc = proj.country, proj.scenario
    cur = c.currency
    unit = lay.unit
    money_kind = _yearly_kind("gdp_bn", unit)
    sh.title(
        0,
        f"{APP_TITLE}: {c.name}"
        if report_words.in_english()
        else report_words.sentence(report_words.TITLE, report_words.ally(c.iso3, c.name)),
    )
    sh.text(
        1,
        0,
        report_words.sentence(
            report_words.SUBTITLE, proj.base_year, proj.horizon, phrases.say(unit.long), cur
        ),
        fmt.subtitle,
        fit=False,
    )
    # The chart first, where a reader opening the workbook looks; the figures under it.
    _insert_chart(wb, sh, 3, proj, lay)
    row = 3 + _CHART_ROWS
    last_col = 12  # the key-results table spans A..M; paragraphs use B..M

    def scaled(bn: float | None) -> float | None:
        return None if bn is None else bn * unit.scale

    def pair(label: str, value: Any, kind: str = "pct", note: str = "") -> None:
        nonlocal row
        sh.label(row, 0, label)
        sh.value(row, 1, value, kind)
        if note:
            sh.text(row, 2, note, fmt.muted, fit=False)
        row += 1

    pair("Date", date.today().isoformat())
    pair("Scenario", sc.name or report_words.word("(unnamed)"))
    if sc.notes:
        sh.label(row, 0, "Notes")
        sh.paragraph(row, 1, last_col, sc.notes)
        row += 1
    pair("Ally", f"{report_words.ally(c.iso3, c.name)} ({c.iso3})")
    pair("Currency", cur, note="national currency as the IMF states it; never converted")
    base = doc["base"]
    edition = ds.manifest.source(doc["base"]["share_source"])
    pair(
        report_words.sentence(report_words.BASE_SHARE, proj.base_year),
        base["share_pct"],
        note=report_words.sentence(
            report_words.EDITION_NOTE,
            report_words.status_word(base["share_status"]),
            edition.title,
            localize_months(edition.edition),
        ),
    )
    pair(
        report_words.sentence(
            report_words.BASE_GDP, proj.base_year, report_words.money_in(unit.scale, cur)
        ),
        scaled(base["gdp_bn"]),
        money_kind,
        note=base["gdp_source"],
    )
    pair(
        report_words.sentence(
            report_words.BASE_CORE, proj.base_year, report_words.money_in(unit.scale, cur)
        ),
        scaled(base["core_defence_bn"]),
        money_kind,
        note="derived = NATO share × IMF GDP",
    )
    if summary:
        sh.label(row, 0, "Summary")
        sh.paragraph(row, 1, last_col, summary)
        row += 1

    row += 1
    sh.text(row, 0, "Key results per threshold", fmt.heading, fit=False)
    row += 1
    sh.header(
        row,
        [
            "Threshold",
            "Value (% of GDP)",
            "Measure",
            "Target year",
            "Year reached",
            "Status",
            "Holds to horizon",
            "Share at target (%)",
            "Gap at target",
            "Gap at target (pp; + = short)",
            f"Gap at target ({unit.short} {cur})",
            f"Needed at target ({unit.short} {cur})",
            "Required nominal growth (%/yr)",
        ],
    )
    row += 1
    for t in proj.thresholds:
        d = threshold_dict(t)
        sh.text(row, 0, phrases.threshold_label(t.threshold))  # a default label translated
        sh.number(row, 1, d["value_pct"], "pct")
        sh.text(row, 2, phrases.measure_name(t.threshold.measure))
        sh.number(row, 3, d["target_year"], "year")
        sh.number(row, 4, d["year_reached"], "year")
        sh.text(row, 5, phrases.threshold_status(t, proj.horizon))
        sh.text(row, 6, phrases.holds_text(t))
        sh.number(row, 7, d["share_at_target_pct"], "pct")
        sh.text(row, 8, phrases.gap_text(t, cur))
        sh.number(row, 9, d["gap_pct_points_at_target"], "pct")
        sh.number(row, 10, scaled(d["gap_bn_at_target"]), money_kind)
        sh.number(row, 11, scaled(d["money_needed_at_target_bn"]), money_kind)
        sh.number(row, 12, d["required_nominal_growth_pct"], "pct")
        row += 1
    if not proj.thresholds:
        sh.text(row, 0, "no thresholds enabled", fmt.muted)  # translated by text()
        row += 1
    related_zero = phrases.related_zero_note(proj)
    for note in (related_zero, phrases.related_cap_note(proj)):
        if note is not None:
            sh.text(row, 0, note, fmt.muted, fit=False)
            row += 1

    row += 1
    h = doc["hague_check"]
    sh.text(
        row,
        0,
        "Hague check (3.5 % core by 2035, credible incremental path)",
        fmt.heading,
        fit=False,
    )
    row += 1
    sh.paragraph(row, 0, last_col, phrases.hague_text(proj.hague))
    row += 1
    pair("Core share never falls to 2035", h["non_decreasing"])
    pair("Core share in 2035 (%)", h["core_share_2035_pct"])
    pair("Reaches 3.5 % core by 2035", h["reaches_3_5_by_2035"])
    pair("Credible, incremental path", h["credible"])
    if h["review_2029_share_pct"] is None:
        pair("2029 review", "not applicable: the base year is not before 2029")
    else:
        pair("2029 review: core share (%)", h["review_2029_share_pct"])
        pair(
            "2029 review: straight line to 3.5 % in 2035 (%)",
            h["review_2029_line_pct"],
            note=report_words.sentence(report_words.LINE_FROM, proj.base_share_pct, proj.base_year),
        )
        pair(
            "2029 review: gap to the line (pp)",
            h["review_2029_gap_pct_points"],
            note="negative means behind the line",
        )
        pair("On track at the 2029 review", h["on_track_at_2029_review"])

    row += 1
    # Over the scenario's window (--window; by default the year after the base to 2035), the
    # same years as the "Your own numbers" line below, in the Yearly sheet's national currency.
    first, target = doc.get("extra", {}).get("window") or (
        proj.base_year + 1,
        min(2035, proj.horizon),
    )
    yearly_extra = {
        "constant_share": proj.extra_vs_constant_share_bn,
        "cash_freeze": proj.extra_vs_cash_freeze_bn,
        "real_freeze": proj.extra_vs_real_freeze_bn,
    }
    cumulative = {
        f"vs_{key}": float(sum(series[first - proj.base_year : target - proj.base_year + 1]))
        for key, series in yearly_extra.items()
    }
    span = f"{first}–{target}"
    sh.text(
        row,
        0,
        report_words.sentence(
            report_words.EXTRA_CUMULATIVE, span, report_words.money_in(unit.scale, cur)
        ),
        fmt.heading,
        fit=False,
    )
    row += 1
    for label, key, note in (
        (
            "vs constant share of GDP",
            "constant_share",
            report_words.sentence(report_words.SHARE_HELD, proj.base_share_pct),
        ),
        (
            "vs cash freeze",
            "cash_freeze",
            report_words.sentence(report_words.AMOUNT_EVERY_YEAR, proj.base_year),
        ),
        (
            "vs real freeze",
            "real_freeze",
            report_words.sentence(report_words.AMOUNT_INDEXED, proj.base_year),
        ),
    ):
        value = scaled(cumulative[f"vs_{key}"])
        sh.label(row, 0, label)
        if target > proj.base_year:
            # The running sums on the Yearly sheet, so that edits there reach this figure: the
            # sum to the window's last year less the sum before its first.
            def running(year: int, key: str = key) -> str:
                ref = lay.ref(
                    f"cumulative_vs_{key}_bn", lay.row_of(year, proj.base_year), absolute=True
                )
                return f"{sheet_ref('Yearly')}!{ref}"

            formula = f"={running(target)}"
            if first - 1 > proj.base_year:
                formula += f"-{running(first - 1)}"
            sh.formula(row, 1, formula, value, money_kind)
        else:
            sh.number(row, 1, value, money_kind)
        sh.text(row, 2, note, fmt.muted, fit=False)
        row += 1

    # The related-spending caveat is already printed next to the results above.
    notes = [n for n in doc["notes"] if not (related_zero and n == phrases.RELATED_NOTE)]
    if notes:
        row += 1
        sh.text(row, 0, "Notes", fmt.heading, fit=False)
        row += 1
        for note in notes:
            sh.paragraph(row, 0, last_col, phrases.note_text(note))
            row += 1

    # Your own numbers (issue 11): base, GDP path, money units, baseline and window, claim.
    row += 1
    sh.text(row, 0, "Your own numbers", fmt.heading, fit=False)
    row += 1
    extra_text = doc.get("extra", {}).get("text")  # the cumulative extra, in the chosen units
    for line in [*([extra_text] if extra_text else []), *doc.get("assumptions_text", [])]:
        sh.paragraph(row, 0, last_col, line)
        row += 1

    sh.finish()


def _insert_chart(
    wb: Any,
    sh: _Sheet,
    row: int,
    proj: Projection,
    lay: _YearlyLayout,
) -> None:
    """A native line chart of core and total share, with dashed threshold lines as series."""
    n = len(proj.years)
    chart = wb.add_chart({"type": "line"})
    cats = [sheet_name("Yearly"), 1, 0, n, 0]

    def series(name: str, col: int, colour: str, width: float, dashed: bool, marker: bool) -> None:
        line: dict[str, Any] = {"color": colour, "width": width}
        if dashed:
            line["dash_type"] = "dash"
        chart.add_series(
            {
                "name": name,
                "categories": cats,
                "values": [sheet_name("Yearly"), 1, col, n, col],
                "line": line,
                "marker": (
                    {
                        "type": "circle",
                        "size": 4,
                        "fill": {"color": colour},
                        "border": {"color": colour},
                    }
                    if marker
                    else {"type": "none"}
                ),
            }
        )

    series(
        "Total (core + counted related)",
        lay.cols["total_share_pct"],
        TOTAL_COLOUR,
        2.5,
        dashed=False,
        marker=False,
    )
    series("Core defence", lay.cols["core_share_pct"], CORE_COLOUR, 2.25, dashed=False, marker=True)
    for i, (t, col) in enumerate(zip(proj.thresholds, lay.line_cols, strict=True)):
        series(_threshold_line_name(t), col, threshold_colour(i), 1.5, dashed=True, marker=False)
    chart.set_title(
        {
            "name": report_words.sentence(
                report_words.CHART_TITLE, report_words.ally(proj.country.iso3, proj.country.name)
            ),
            "name_font": {"size": 12, "bold": True},
        }
    )
    chart.set_x_axis({"name": report_words.word("Year"), "major_tick_mark": "outside"})
    chart.set_y_axis(
        {
            "name": report_words.word("% of GDP"),
            "min": 0,
            "num_format": "0.0",
            "major_gridlines": {"visible": True, "line": {"color": "#D9D9D9"}},
        }
    )
    chart.set_legend({"position": "bottom"})
    chart.set_size({"width": 780, "height": _CHART_ROWS * _ROW_PX - 20})
    # Moves with the cells but keeps its size, whatever heights the rows under it get.
    sh.ws.insert_chart(row, 0, chart, {"x_offset": 4, "y_offset": 4, "object_position": 2})


@dataclass(frozen=True)
class _YearlyLayout:
    """Where each yearly value stands: the table, the added columns, the threshold lines."""

    cols: dict[str, int]
    line_cols: list[int]
    rows: int  # years B..H, in sheet rows 1..rows (0-based; row 0 is the header)
    unit: phrases.MoneyUnit

    def ref(self, key: str, row: int, *, absolute: bool = False) -> str:
        """An A1 reference to ``key``'s cell in the 0-based ``row``."""
        return str(xl_rowcol_to_cell(row, self.cols[key], row_abs=absolute, col_abs=absolute))

    def row_of(self, year: int, base_year: int) -> int:
        """The 0-based sheet row of ``year``."""
        return 1 + year - base_year


def _yearly_layout(proj: Projection) -> _YearlyLayout:
    """Column of each yearly key, and the threshold-line columns after a blank column."""
    keys = [key for key, _ in (*YEARLY_COLUMNS, *EXTRA_YEARLY_COLUMNS)]
    cols = {key: i for i, key in enumerate(keys)}
    lines = [len(keys) + 1 + i for i in range(len(proj.thresholds))]
    return _YearlyLayout(cols, lines, len(proj.years), phrases.money_unit(proj.core_bn))


def _yearly_formulas(lay: _YearlyLayout, r: int, cap_pct: float) -> dict[str, str]:
    """The formulas of the 0-based sheet row ``r`` (row 1 is the base year).

    Shares, extra spending, base-year prices and the running sums are computed in the sheet
    from the GDP, spending and inflation cells, so that changing a year's spending moves its
    share, the extra spending and the chart. The units cancel: every amount is in the same unit.
    """

    def c(key: str) -> str:
        return lay.ref(key, r)

    base = 1
    out = {
        "core_share_pct": f"={c('core_defence_bn')}/{c('gdp_bn')}*100",
        "related_share_pct": f"={c('related_bn')}/{c('gdp_bn')}*100",
        "total_share_pct": f"={c('core_share_pct')}+MIN({c('related_share_pct')},{cap_pct:g})",
        "core_defence_bn_constant_base_prices": f"={c('core_defence_bn')}/{c('price_index')}",
        "extra_vs_constant_share_bn": (
            f"={c('core_defence_bn')}-{lay.ref('core_share_pct', base, absolute=True)}/100*"
            f"{c('gdp_bn')}"
        ),
        "extra_vs_cash_freeze_bn": (
            f"={c('core_defence_bn')}-{lay.ref('core_defence_bn', base, absolute=True)}"
        ),
        "extra_vs_real_freeze_bn": (
            f"={c('core_defence_bn')}-{lay.ref('core_defence_bn', base, absolute=True)}*"
            f"{c('price_index')}"
        ),
    }
    if r > base:
        out["price_index"] = f"={lay.ref('price_index', r - 1)}*(1+{c('inflation_pct')}/100)"
        for cum, extra in (
            ("cumulative_vs_constant_share_bn", "extra_vs_constant_share_bn"),
            ("cumulative_vs_cash_freeze_bn", "extra_vs_cash_freeze_bn"),
            ("cumulative_vs_real_freeze_bn", "extra_vs_real_freeze_bn"),
        ):
            first = xl_rowcol_to_cell(base + 1, lay.cols[extra], row_abs=True)
            out[cum] = f"=SUM({first}:{c(extra)})"
    return out


def _yearly_values(proj: Projection) -> list[dict[str, float | int | None]]:
    """The shared yearly rows plus the workbook's running sums and price index."""
    rows = yearly_rows(proj)
    index = np.concatenate([[1.0], np.cumprod(1.0 + proj.inflation_pct[1:] / 100.0)])
    sums = {
        "cumulative_vs_constant_share_bn": proj.extra_vs_constant_share_bn,
        "cumulative_vs_cash_freeze_bn": proj.extra_vs_cash_freeze_bn,
        "cumulative_vs_real_freeze_bn": proj.extra_vs_real_freeze_bn,
    }
    for i, row in enumerate(rows):
        for key, extra in sums.items():
            row[key] = float(np.sum(extra[1 : i + 1]))
        row["price_index"] = float(index[i])
    return rows


def _yearly_sheet(
    wb: Any,
    fmt: _Formats,
    proj: Projection,
    doc: dict[str, Any],
    lay: _YearlyLayout,
) -> None:
    """The yearly table: inputs as numbers, derived columns as formulas; then the lines."""
    sh = _Sheet(wb.add_worksheet(sheet_name("Yearly")), fmt)
    cur = proj.country.currency
    unit = lay.unit
    rows = _yearly_values(proj)
    columns = (*YEARLY_COLUMNS, *EXTRA_YEARLY_COLUMNS)
    sh.header(0, [_yearly_header(k, h, cur, unit) for k, h in columns])
    cap = proj.scenario.related.cap_pct
    for r, values in enumerate(rows, start=1):
        formulas = _yearly_formulas(lay, r, cap)
        for key, col in lay.cols.items():
            value = values[key]
            if _is_money(key) and isinstance(value, float):
                value *= unit.scale
            kind = _yearly_kind(key, unit)
            if key in formulas:
                sh.formula(r, col, formulas[key], value, kind)
            else:
                sh.number(r, col, value, kind)
    # Threshold lines for the chart, after a blank column so the table stays a clean block.
    for t, col in zip(proj.thresholds, lay.line_cols, strict=True):
        sh.header(0, [report_words.sentence(report_words.LINE, _threshold_line_name(t))], col)
        for r in range(1, len(rows) + 1):
            sh.number(r, col, t.threshold.value_pct, "pct")
    sh.ws.freeze_panes(1, 1)
    note_row = len(rows) + 2
    base = doc["base"]
    note = report_words.sentence(
        report_words.YEARLY_NOTE,
        phrases.say(unit.long),
        cur,
        proj.base_year,
        report_words.status_word(base["share_status"]),
        base["gdp_source"],
    )
    sh.paragraph(note_row, 0, len(columns) - 1, note)
    sh.finish()


def _flatten(d: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in d.items():
        key = f"{prefix}{k}"
        if isinstance(v, dict):
            out |= _flatten(v, f"{key}.")
        else:
            out[key] = v
    return out


def _item_text(key: str, value: Any) -> str:
    """``real growth 2.5 %``, ``amount 40 bn`` from an item's field name and value."""
    for suffix, unit in (("_pct", " %"), ("_bn", " bn"), ("_pp", " pp")):
        if key.endswith(suffix):
            return f"{key.removesuffix(suffix).replace('_', ' ')} {value:g}{unit}"
    return f"{key.replace('_', ' ')} {value:g}" if isinstance(value, float | int) else str(value)


def _list_text(key: str, items: list[dict[str, Any]]) -> str:
    if not items:
        return report_words.word("none")
    if key == "thresholds":
        return "; ".join(_threshold_setting(t) for t in items)
    parts = []
    for it in items:
        rest = ", ".join(_item_text(k, v) for k, v in it.items() if k != "year" and v is not None)
        parts.append(f"{it['year']}: {rest}")
    return "; ".join(parts)


def _threshold_setting(t: dict[str, Any]) -> str:
    """``Hague core, 2035: 3.5% core by 2035`` (`` (off)`` when it is switched off)."""
    label = (
        phrases.threshold_label(Threshold(**t)) if t["label"] else report_words.word("unlabelled")
    )
    text = report_words.sentence(
        report_words.THRESHOLD_SETTING,
        label,
        phrases.threshold_short(t["value_pct"], t["measure"]),
        t["target_year"],
    )
    return text if t["enabled"] else report_words.sentence(report_words.THRESHOLD_OFF, text)


def _assumptions_sheet(
    wb: Any,
    fmt: _Formats,
    scenario: Scenario,
    base_year: int | None,
    title: str,
    skip: Sequence[str] = (),
) -> None:
    sh = _Sheet(wb.add_worksheet(sheet_name("Assumptions")), fmt)
    current = _flatten(scenario.model_dump(mode="json"))
    default = _flatten(Scenario(country=scenario.country).model_dump(mode="json"))
    differs = [
        k for k in current if k not in {"name", "notes", *skip} and current[k] != default.get(k)
    ]
    sh.title(0, title)
    sh.text(
        1,
        0,
        "Compared with the default scenario: IMF baseline economy (IMF WEO October "
        "2025 growth and deflator, held after 2030), core spending at a constant share of "
        "GDP, no related spending, default thresholds.",
        fmt.subtitle,
        fit=False,
    )
    changed = ", ".join(phrases.field_label(k) for k in differs) or report_words.word("nothing")
    sh.label(2, 0, "Differs from the default")
    sh.paragraph(2, 1, 4, changed)
    sh.header(4, ["Setting", "Value", "Default", "Differs", "Note"])
    row = 5
    default_scenario = Scenario(country=scenario.country)
    for key, value in current.items():
        if key in skip:
            continue
        sh.text(row, 0, phrases.field_label(key))
        for col, v, sc in ((1, value, scenario), (2, default.get(key), default_scenario)):
            words = phrases.setting_text(sc, key)
            if words is not None:  # a mode in words: "constant share of GDP", not its id
                sh.text(row, col, words)
            elif isinstance(v, list):
                sh.paragraph(row, col, col, _list_text(key, v))
            elif isinstance(v, str) and (len(v) > 40 or "\n" in v):
                sh.paragraph(row, col, col, v)
            elif key == "base_year" and v is None:
                sh.text(
                    row,
                    col,
                    report_words.sentence(report_words.LATEST_YEAR, base_year)
                    if col == 1 and base_year is not None
                    else report_words.word("latest NATO year"),
                )
            elif key == "country" and col == 2:
                sh.text(row, col, "–")
            else:
                sh.value(row, col, v, "year" if key.endswith(("year", "horizon")) else "pct")
        sh.text(row, 3, report_words.word("changed") if key in differs else "")
        unused = phrases.unused_note(scenario, key) if key in phrases.FIELDS_USED_BY else None
        if unused is not None:
            sh.text(row, 4, unused, fmt.muted)
        row += 1
    sh.fixed |= {1: 260, 2: 260}
    sh.finish()


def _sources_sheet(wb: Any, fmt: _Formats, ds: Dataset, notes: Sequence[str]) -> None:
    sh = _Sheet(wb.add_worksheet(sheet_name("Sources")), fmt)
    info = dataset_info(ds)
    sh.title(0, "Data sources")
    sh.label(2, 0, "Dataset")
    sh.text(2, 1, info["id"])
    sh.label(3, 0, "Dataset title")
    sh.text(3, 1, info["title"], fit=False)
    sh.label(4, 0, "App version")
    sh.text(4, 1, f"{APP_TITLE} {__version__}", fit=False)
    row = 6
    sh.header(
        row,
        [
            "Source id",
            "Title",
            "Publisher",
            "Edition",
            "Released",
            "Cut-off",
            "Estimates",
            "Basis",
            "URL",
        ],
    )
    row += 1
    for src in ds.manifest.sources:
        for col, value in enumerate(
            (
                src.id,
                src.title,
                src.publisher,
                src.edition,
                src.released,
                src.cut_off,
                src.estimates,
            )
        ):
            sh.text(row, col, value)
        sh.paragraph(row, 7, 7, src.basis)
        sh.url(row, 8, src.url)
        row += 1
    row += 1
    sh.text(row, 0, "Files and SHA-256 checksums", fmt.heading, fit=False)
    row += 1
    sh.header(row, ["File", "SHA-256", "Rows", "Source id"])
    row += 1
    for name, meta in ds.manifest.files.items():
        sh.text(row, 0, name)
        sh.text(row, 1, str(meta.get("sha256", "")))
        rows = meta.get("rows")
        sh.number(row, 2, rows if isinstance(rows, int) else None, "int")
        sh.text(row, 3, str(meta.get("source", "")))
        row += 1
    row += 1
    sh.text(row, 0, "Notes", fmt.heading, fit=False)
    row += 1
    for note in notes:
        sh.paragraph(row, 0, 8, report_words.word(phrases.note_text(note)))
        row += 1
    sh.fixed[7] = 300
    sh.finish()


def _source_notes(ds: Dataset, extra: Sequence[str]) -> list[str]:
    nato = [s for s in ds.manifest.sources if s.id.startswith("NATO") and s.estimates]
    estimates = "; ".join(
        report_words.sentence(
            report_words.EDITION_ESTIMATES, localize_months(s.edition), s.estimates
        )
        for s in nato
    )
    out = [
        "Money is derived by the calculator: defence spending = NATO share of GDP × IMF GDP "
        "(billions of national currency, current prices). NATO's own published money figures "
        "are not used for the projection.",
        report_words.sentence(report_words.ESTIMATES_NOTE, estimates),
        phrases.RELATED_NOTE,
        *(n for n in ds.manifest.notes if "per-ally figure" not in n),
    ]
    return out + [n for n in extra if n and n not in out]


# --------------------------------------------------------------------------- public API


def write_projection_xlsx(
    path: Path,
    proj: Projection,
    ds: Dataset,
    summary: str = "",
    fiscal: FiscalImpact | None = None,
    uncertainty: UncertaintyResult | None = None,
    vintages: VintageComparison | None = None,
) -> None:
    """Write the workbook of one projection: Summary (with chart), Yearly, Assumptions, Sources.

    With ``fiscal`` (the fiscal view on) a Fiscal sheet follows Yearly; with ``uncertainty``
    (a Monte Carlo run) an Uncertainty sheet follows them. Where the dataset has NATO's Table
    8a an Equipment sheet, and with ``vintages`` a "What changed" sheet, come next.

    Raises :class:`ExportError` naming ``path`` if it cannot be written; the previous file, if
    any, is then unchanged and no partial file remains.
    """
    path = Path(path)
    doc = projection_dict(proj, ds)
    buf = io.BytesIO()
    wb = _new_workbook(buf, f"{APP_TITLE}: {proj.country.name}", ds)
    fmt = _Formats.create(wb)
    # The chart on Summary reads the Yearly sheet; XlsxWriter resolves chart ranges on close,
    # so Summary can come first with the Yearly layout known in advance.
    lay = _yearly_layout(proj)
    _summary_sheet(wb, fmt, proj, ds, doc, summary, lay)
    _yearly_sheet(wb, fmt, proj, doc, lay)
    if fiscal is not None:
        from calculator.exports.fiscal_sheet import fiscal_sheet

        fiscal_sheet(wb, fmt, proj, fiscal, ds)
    if uncertainty is not None:
        from calculator.exports.uncertainty_sheet import uncertainty_sheet

        uncertainty_sheet(wb, fmt, proj, uncertainty)
    from calculator.exports.vintages_sheet import equipment_sheet, vintages_sheet

    equipment_sheet(wb, fmt, proj, ds)  # only where the dataset has Table 8a
    if vintages is not None:
        vintages_sheet(wb, fmt, vintages)
    _assumptions_sheet(
        wb,
        fmt,
        proj.scenario,
        proj.base_year,
        report_words.sentence(
            report_words.ASSUMPTIONS_TITLE,
            proj.scenario.name or report_words.word("unnamed scenario"),
            report_words.ally(proj.country.iso3, proj.country.name),
        ),
    )
    _sources_sheet(wb, fmt, ds, _source_notes(ds, [*proj.notes, proj.country.note]))
    wb.close()
    _atomic_write_bytes(path, buf.getvalue())


def _alliance_chart(
    wb: Any,
    sh: _Sheet,
    first: Projection,
    header_row: int,
    n: int,
    col_of: dict[str, int],
    line_col: int,
    at_row: int,
) -> None:
    """Bars of each ally's core share in the base year and at the horizon, with thresholds.

    The core thresholds are dashed lines in their colours; their values stand in columns after
    a gap, as on the Yearly sheet.
    """
    sheet = sh.ws.get_name()
    rows = (header_row + 1, header_row + n)
    cats = [sheet, rows[0], col_of["name"], rows[1], col_of["name"]]
    bars = wb.add_chart({"type": "column"})
    for key, name, colour in (
        ("base_share_pct", "Core share, base year", "#9BB7D4"),
        ("core_share_at_horizon_pct", f"Core share {first.horizon}", CORE_COLOUR),
    ):
        col = col_of[key]
        bars.add_series(
            {
                "name": name,
                "categories": cats,
                "values": [sheet, rows[0], col, rows[1], col],
                "fill": {"color": colour},
                "border": {"none": True},
                "gap": 60,
            }
        )
    lines = wb.add_chart({"type": "line"})
    core = [(i, t) for i, t in enumerate(first.thresholds) if t.threshold.measure is Measure.CORE]
    for k, (i, t) in enumerate(core):
        col = line_col + k
        sh.header(
            header_row, [report_words.sentence(report_words.LINE, _threshold_line_name(t))], col
        )
        for r in range(rows[0], rows[1] + 1):
            sh.number(r, col, t.threshold.value_pct, "pct")
        lines.add_series(
            {
                "name": _threshold_line_name(t),
                "categories": cats,
                "values": [sheet, rows[0], col, rows[1], col],
                "line": {"color": threshold_colour(i), "width": 1.5, "dash_type": "dash"},
                "marker": {"type": "none"},
            }
        )
    if core:
        bars.combine(lines)
    bars.set_title(
        {
            "name": "NATO allies: core defence spending, % of GDP",
            "name_font": {"size": 12, "bold": True},
        }
    )
    bars.set_x_axis({"num_font": {"rotation": -45, "size": 8}})
    bars.set_y_axis(
        {
            "name": "% of GDP",
            "min": 0,
            "num_format": "0.0",
            "major_gridlines": {"visible": True, "line": {"color": "#D9D9D9"}},
        }
    )
    bars.set_legend({"position": "bottom"})
    bars.set_size({"width": 900, "height": 440})
    sh.ws.insert_chart(at_row, 0, bars, {"x_offset": 4, "y_offset": 4, "object_position": 2})


def write_alliance_xlsx(path: Path, projs: list[Projection], ds: Dataset) -> None:
    """Write the alliance overview (one row per ally) with its assumptions and sources.

    Raises :class:`ExportError` if there is nothing to write or ``path`` cannot be written.
    """
    path = Path(path)
    if not projs:
        raise ExportError(f"{path}: no allies to export")
    rows = alliance_rows(projs)
    first = projs[0]
    horizon = first.horizon
    buf = io.BytesIO()
    wb = _new_workbook(buf, f"{APP_TITLE}: NATO allies", ds)
    fmt = _Formats.create(wb)
    sh = _Sheet(wb.add_worksheet(sheet_name("Alliance")), fmt)
    sh.title(0, report_words.sentence(report_words.ALLIANCE_TITLE, horizon))
    sh.text(
        1,
        0,
        "Same assumptions for every ally (see Assumptions); base year = each ally's "
        "latest NATO share; shares in % of GDP.",
        fmt.subtitle,
        fit=False,
    )

    labels = {threshold_key(t): _threshold_line_name(t) for t in first.thresholds}
    fixed = {
        "name": ("Ally", "text"),
        "iso3": ("ISO3", "text"),
        "currency": ("Currency", "text"),
        "base_year": ("Base year", "year"),
        "base_share_pct": ("Base core share (%)", "pct"),
        "core_share_at_horizon_pct": (f"Core share {horizon} (%)", "pct"),
        "total_share_at_horizon_pct": (f"Total share {horizon} (%)", "pct"),
    }
    columns: list[tuple[str, str, str]] = [(k, *fixed[k]) for k in fixed]
    for key in rows[0]:
        if key.startswith("reach_"):
            # the year as a number only (sortable, usable in formulas); its status beside it
            columns.append((key, f"{labels.get(key, key)}: year reached", "year"))
            columns.append((key, f"{labels.get(key, key)}: status", "status"))
        elif key.startswith("growth_needed_"):
            name = labels.get(key.replace("growth_needed_", "reach_"), key)
            columns.append((key, f"{name}: growth needed (%/yr)", "pct"))
    header_row = 3
    sh.header(header_row, [c[1] for c in columns])
    for r, values in enumerate(rows, start=header_row + 1):
        for col, (key, _, kind) in enumerate(columns):
            v = values.get(key)
            if kind == "text":
                sh.text(r, col, str(v))
            elif kind == "status":
                suffix = key.removeprefix("reach_")
                status = phrases.reach_status(
                    v,
                    bool(values.get(f"already_met_{suffix}")),
                    values.get(f"holds_{suffix}"),
                    horizon,
                )
                sh.text(r, col, status, fmt.muted if v is None else None)
            else:
                sh.number(r, col, v, kind)
    last = header_row + len(rows)
    sh.ws.autofilter(header_row, 0, last, len(columns) - 1)
    sh.ws.freeze_panes(header_row + 1, 1)
    shown = {p.country.iso3 for p in projs}
    missing = [c for c in ds.allies() if c.iso3 not in shown]
    notes = [
        "Growth needed: constant nominal growth of core spending from the base year that "
        "reaches the threshold in its target year."
    ]
    money = alliance_money(projs, ds)  # totals in EUR or USD, when the scenario asks for them
    if money is not None:
        notes += [f"{line}." for line in money[2]]
    if missing:
        notes.append(
            "Not shown: "
            + ", ".join(
                f"{c.name} ({'no NATO figure' if not c.has_nato_figure else 'not projected'})"
                for c in missing
            )
            + "."
        )
    for i, note in enumerate(notes):
        sh.paragraph(last + 2 + i, 0, len(columns) - 1, note)
    col_of = {key: i for i, (key, _, kind) in enumerate(columns) if kind != "status"}
    _alliance_chart(
        wb, sh, first, header_row, len(rows), col_of, len(columns) + 1, last + 3 + len(notes)
    )
    sh.finish()

    _assumptions_sheet(
        wb,
        fmt,
        first.scenario,
        None,
        report_words.word("Assumptions (the same for every ally)"),
        skip=("country", "base_year", "name", "notes"),
    )
    _sources_sheet(wb, fmt, ds, _source_notes(ds, ()))
    wb.close()
    _atomic_write_bytes(path, buf.getvalue())
