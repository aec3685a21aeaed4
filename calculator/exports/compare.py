"""Scenarios side by side: the numbers of a comparison, and its CSV, XLSX and HTML.

One Qt-free table (:func:`build_comparison`) feeds the window's Compare tab, the
``budget-calculator compare`` command and the three export formats: for each scenario the year
each threshold is reached, the shares in the target year and the extra spending against the
chosen baseline, cumulative to 2035. The words come from :mod:`calculator.exports.phrases`.
The PDF is laid out by :func:`calculator.render.pdf.write_comparison_pdf` from
:func:`comparison_html`.
"""

from __future__ import annotations

import datetime as dt
import io
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from calculator.core.dataset import Dataset
from calculator.core.models import HAGUE_YEAR, Measure
from calculator.core.projection import Projection, ThresholdResult
from calculator.exports import locales, phrases
from calculator.exports import report_words as words
from calculator.exports.errors import ExportError
from calculator.exports.palette import CORE_COLOUR, overlay_colour
from calculator.exports.phrases import Translate, identity
from calculator.exports.tabular import to_csv
from calculator.storage import WriteError, atomic_write_bytes, atomic_write_text

COMPARE_FORMATS = ("pdf", "xlsx", "csv")
DEFAULT_BASELINE = "constant-share"
COST_TO_YEAR = HAGUE_YEAR  # extra spending is summed to 2035 (or an earlier horizon)
# Baseline key → the projection's series of core spending above that baseline.
BASELINE_SERIES = {
    "constant-share": "extra_vs_constant_share_bn",
    "cash-freeze": "extra_vs_cash_freeze_bn",
    "real-freeze": "extra_vs_real_freeze_bn",
}
MAX_COMPARED = 6  # the current scenario and five pinned (the chart draws five overlays)
LABEL_CHARS = 48  # a scenario's label in a table is cut here (full text in tooltips)


@dataclass(frozen=True)
class ThresholdColumn:
    """A threshold as a comparison column: the same value, measure and target year."""

    measure: Measure
    value_pct: float
    target_year: int

    @property
    def key(self) -> str:
        """Column key in CSV: ``reach_core_3.5_by_2035``."""
        return f"reach_{self.measure.value}_{self.value_pct:g}_by_{self.target_year}"

    def header(self, tr: Translate = identity) -> str:
        """``3.5 % core`` over ``by 2035`` (two lines)."""
        return phrases.say(phrases.COMPARE_REACH_HEADER, tr).format(
            phrases.pct(self.value_pct), phrases.measure_name(self.measure, tr), self.target_year
        )


def _column_of(t: ThresholdResult) -> ThresholdColumn:
    th = t.threshold
    return ThresholdColumn(th.measure, th.value_pct, th.target_year)


@dataclass(frozen=True)
class ComparisonRow:
    """One scenario's results: what the comparison table shows in its row."""

    label: str
    projection: Projection
    reach: dict[ThresholdColumn, ThresholdResult]
    core_share_pct: float | None  # in the comparison's share year (None outside the years)
    total_share_pct: float | None
    extra_from_year: int
    extra_to_year: int
    extra_bn: float  # core spending above the baseline, summed over the years above


@dataclass(frozen=True)
class Comparison:
    """Scenarios side by side: rows, the threshold columns they share, the baseline."""

    rows: tuple[ComparisonRow, ...]
    columns: tuple[ThresholdColumn, ...]
    baseline: str
    share_year: int
    show_total: bool  # a total-share column, when any scenario has related spending

    def headers(self, tr: Translate = identity) -> list[str]:
        """Column headers; a header's lines are separated by a newline."""
        out = [phrases.say(phrases.COMPARE_SCENARIO, tr)]
        out += [c.header(tr) for c in self.columns]
        out.append(phrases.say(phrases.COMPARE_CORE_SHARE_HEADER, tr).format(self.share_year))
        if self.show_total:
            out.append(phrases.say(phrases.COMPARE_TOTAL_SHARE_HEADER, tr).format(self.share_year))
        out.append(
            phrases.say(phrases.COMPARE_COST_HEADER, tr).format(
                phrases.say(phrases.COMPARE_BASELINES[self.baseline], tr), COST_TO_YEAR
            )
        )
        return out

    def cells(self, tr: Translate = identity) -> list[list[str]]:
        """The table as text, one list per row in the order of :meth:`headers`."""
        out = []
        for row in self.rows:
            proj = row.projection
            cells = [_cut(row.label)]
            for col in self.columns:
                t = row.reach.get(col)
                cells.append(
                    phrases.NONE if t is None else phrases.compare_reach_text(t, proj.horizon, tr)
                )
            cells.append(_share(row.core_share_pct))
            if self.show_total:
                cells.append(_share(row.total_share_pct))
            cost = phrases.signed_money(row.extra_bn, proj.country.currency, tr)
            if row.extra_to_year != COST_TO_YEAR:
                cost = phrases.say(phrases.COMPARE_TO_YEAR, tr).format(cost, row.extra_to_year)
            cells.append(cost)
            out.append(cells)
        return out

    def tooltips(self, tr: Translate = identity) -> list[list[str]]:
        """A longer wording of each cell (the window's tooltips): full status, gap, years."""
        out = []
        for row, cells in zip(self.rows, self.cells(tr), strict=True):
            proj = row.projection
            tips = [row.label]
            for col in self.columns:
                t = row.reach.get(col)
                if t is None:
                    tips.append("")
                    continue
                tips.append(
                    f"{phrases.threshold_title(t.threshold, tr)}: "
                    f"{phrases.threshold_status(t, proj.horizon, tr)}; "
                    f"{phrases.gap_text(t, proj.country.currency, tr)}"
                )
            tips += cells[len(tips) : -1]
            tips.append(
                f"{row.extra_from_year}\u2013{row.extra_to_year}: {cells[-1]}"
                f" ({phrases.extra_spending_text(proj, tr)})"
            )
            out.append(tips)
        return out

    def records(self) -> list[dict[str, Any]]:
        """One flat record per row, numbers as numbers (CSV, the workbook, scripts)."""
        out = []
        for row in self.rows:
            proj = row.projection
            rec: dict[str, Any] = {
                "scenario": row.label,
                "ally": proj.country.iso3,
                "ally_name": proj.country.name,
                "currency": proj.country.currency,
                "base_year": proj.base_year,
                "horizon": proj.horizon,
            }
            for col in self.columns:
                t = row.reach.get(col)
                rec[col.key] = None if t is None else t.year_reached
                rec[col.key + "_status"] = (
                    None if t is None else phrases.threshold_status(t, proj.horizon)
                )
            rec["share_year"] = self.share_year
            rec["core_share_pct"] = row.core_share_pct
            rec["total_share_pct"] = row.total_share_pct
            rec["baseline"] = self.baseline
            rec["extra_from_year"] = row.extra_from_year
            rec["extra_to_year"] = row.extra_to_year
            rec["extra_cumulative_bn"] = row.extra_bn
            out.append(rec)
        return out


def _share(value: float | None) -> str:
    return phrases.NONE if value is None else f"{value:.2f} %"


def _cut(label: str) -> str:
    return label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1] + "\u2026"


def _at(proj: Projection, series: Any, year: int) -> float | None:
    try:
        return float(series[proj.index_of(year)])
    except IndexError:
        return None


def scenario_labels(projs: Sequence[Projection], tr: Translate = identity) -> list[str]:
    """Names for a list of scenarios: the scenario's name, else ``Spain · 8 %/yr``.

    A name that repeats is numbered (``Spain · 8 %/yr (2)``) so every row and legend entry
    can be told apart.
    """
    out: list[str] = []
    for proj in projs:
        s = proj.scenario
        base = s.name.strip() or f"{proj.country.name} · {phrases.core_path_label(s, tr)}"
        label, n = base, 2
        while label in out:
            label, n = f"{base} ({n})", n + 1
        out.append(label)
    return out


def build_comparison(
    projs: Sequence[Projection],
    labels: Sequence[str] | None = None,
    baseline: str = DEFAULT_BASELINE,
) -> Comparison:
    """The comparison of ``projs`` (labelled ``labels``, default :func:`scenario_labels`).

    Threshold columns are the union of the scenarios' enabled thresholds, in order of first
    appearance; a scenario without one shows "–". The share year is the target year most
    thresholds share (2035 by default). Raises :class:`ExportError` for an unknown baseline.
    """
    if baseline not in BASELINE_SERIES:
        raise ExportError(
            f"baseline: {baseline!r} is not known; allowed {', '.join(BASELINE_SERIES)}"
        )
    names = list(labels) if labels is not None else scenario_labels(projs)
    if len(names) != len(projs):
        raise ValueError("one label per projection")
    columns: dict[ThresholdColumn, None] = {}
    for proj in projs:
        for t in proj.thresholds:
            columns.setdefault(_column_of(t))
    years = Counter(c.target_year for c in columns)
    share_year = max(years, key=lambda y: (years[y], -y)) if years else HAGUE_YEAR
    rows = []
    for name, proj in zip(names, projs, strict=True):
        to_year = min(COST_TO_YEAR, proj.horizon)
        extra = getattr(proj, BASELINE_SERIES[baseline])
        rows.append(
            ComparisonRow(
                label=name,
                projection=proj,
                reach={_column_of(t): t for t in proj.thresholds},
                core_share_pct=_at(proj, proj.core_share_pct, share_year),
                total_share_pct=_at(proj, proj.total_share_pct, share_year),
                extra_from_year=proj.base_year + 1,
                extra_to_year=to_year,
                extra_bn=proj.cumulative(extra, to_year),
            )
        )
    show_total = any(bool(p.related_share_pct.any()) for p in projs)
    return Comparison(tuple(rows), tuple(columns), baseline, share_year, show_total)


def comparison_rows(
    projs: Sequence[Projection],
    labels: Sequence[str] | None = None,
    baseline: str = DEFAULT_BASELINE,
) -> list[dict[str, Any]]:
    """The comparison's numbers, one flat record per scenario (see :meth:`Comparison.records`)."""
    return build_comparison(projs, labels, baseline).records()


def scenario_lines(comp: Comparison, tr: Translate = identity) -> list[tuple[str, str]]:
    """``(label, what the scenario assumes and what it gives)`` for each row."""
    out = []
    for row in comp.rows:
        proj = row.projection
        s = proj.scenario
        text = phrases.say(phrases.COMPARE_SCENARIO_LINE, tr).format(
            locales.ally_name(proj.country.iso3, proj.country.name),
            proj.base_year,
            proj.horizon,
            phrases.economy_text(s, tr),
            phrases.core_path_text(s, proj.country.currency, tr),
            phrases.related_path_text(s, tr),
            phrases.summary_sentence(proj, tr),
        )
        out.append((row.label, text))
    return out


# ---------------------------------------------------------------------------- writers


def compare_format(path: Path) -> str:
    """``pdf``, ``xlsx`` or ``csv`` from ``path``'s extension; raises :class:`ExportError`."""
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in COMPARE_FORMATS:
        raise ExportError(
            f"{path.name}: unknown comparison type {path.suffix or '(none)'!r}; "
            f"allowed {', '.join('.' + f for f in COMPARE_FORMATS)}"
        )
    return fmt


def comparison_csv(comp: Comparison, ds: Dataset) -> str:
    """The comparison as CSV: one row per scenario, with the dataset id on each."""
    return to_csv([rec | {"dataset_id": ds.id} for rec in comp.records()])


def write_comparison_csv(path: Path, comp: Comparison, ds: Dataset) -> None:
    """Write the comparison as CSV, atomically."""
    atomic_write_text(path, comparison_csv(comp, ds))


def write_comparison_xlsx(path: Path, comp: Comparison, ds: Dataset) -> None:
    """Write the comparison workbook: the table and a chart of the shares, the scenarios, sources.

    The Comparison sheet holds numbers (years, shares, money) where a cell has one, the words
    where it has none ("already met", "not by 2035 (2041)"); the chart draws each scenario's
    core share from the Share of GDP sheet. Atomic: a failure raises :class:`ExportError`
    naming ``path`` and leaves any previous file as it was.
    """
    import xlsxwriter

    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(
        buf, {"in_memory": True, "strings_to_numbers": False, "strings_to_urls": False}
    )
    wb.set_properties({"title": phrases.say(phrases.COMPARE_TITLE), "comments": f"dataset {ds.id}"})
    bold = wb.add_format({"bold": True})
    title = wb.add_format({"bold": True, "font_size": 14, "font_color": "#0b3c5d"})
    header = wb.add_format(
        {"bold": True, "bg_color": "#dde6ee", "text_wrap": True, "valign": "top", "border": 1}
    )
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    pct = wb.add_format({"num_format": "0.00"})
    money = wb.add_format({"num_format": "+#,##0.0;-#,##0.0;0.0"})
    year = wb.add_format({"num_format": "0", "align": "right"})
    muted = wb.add_format({"font_color": "#555555", "italic": True})

    ws = wb.add_worksheet(words.sheet_name("Comparison"))
    ws.write(0, 0, phrases.say(phrases.COMPARE_TITLE), title)
    headers = [h.replace("\n", " ") for h in comp.headers()]
    cost_header = headers.pop()
    headers += [
        words.sentence(words.IN_BILLIONS, cost_header, words.billions()),
        words.word("Currency"),
    ]
    ws.write_row(2, 0, headers, header)
    ws.set_row(2, 45)
    ws.set_column(0, 0, max(18, min(50, max((len(r.label) for r in comp.rows), default=0) + 2)))
    ws.set_column(1, len(headers) - 1, 16)
    for r, (row, cells) in enumerate(zip(comp.rows, comp.cells(), strict=True), start=3):
        proj = row.projection
        ws.write_string(r, 0, row.label, bold)
        col = 1
        for c, column in enumerate(comp.columns):
            t = row.reach.get(column)
            if t is not None and t.year_reached is not None and not t.already_met:
                ws.write_number(r, col, t.year_reached, year)
            else:
                ws.write_string(r, col, cells[1 + c])
            col += 1
        for share in (row.core_share_pct, *((row.total_share_pct,) if comp.show_total else ())):
            if share is None:
                ws.write_string(r, col, phrases.NONE)
            else:
                ws.write_number(r, col, share, pct)
            col += 1
        ws.write_number(r, col, row.extra_bn, money)
        ws.write_string(r, col + 1, proj.country.currency)
    last = 3 + len(comp.rows)
    ws.write(last + 1, 0, phrases.compare_legend(), muted)
    ws.write(last + 2, 0, f"{words.sentence(words.CLI_DATASET, ds.id)} {_sources_text(ds)}", muted)

    # The share chart: every scenario's core share over the union of their years.
    share_sheet = words.sheet_name("Share of GDP")
    data = wb.add_worksheet(share_sheet)
    all_years = sorted({int(y) for row in comp.rows for y in row.projection.years})
    data.write(0, 0, words.word("Year"), bold)
    for i, y in enumerate(all_years, start=1):
        data.write_number(i, 0, y)
    chart = wb.add_chart({"type": "line"})
    for c, row in enumerate(comp.rows, start=1):
        proj = row.projection
        data.write_string(0, c, row.label, bold)
        for y, v in zip(proj.years, proj.core_share_pct, strict=True):
            data.write_number(all_years.index(int(y)) + 1, c, float(v), pct)
        colour = CORE_COLOUR if c == 1 else overlay_colour(c - 2)
        chart.add_series(
            {
                "name": [share_sheet, 0, c],
                "categories": [share_sheet, 1, 0, len(all_years), 0],
                "values": [share_sheet, 1, c, len(all_years), c],
                "line": {"color": colour, "width": 2.0, "dash_type": "dash" if c == 1 else "solid"},
                "marker": {"type": "none"},
            }
        )
    data.set_column(1, len(comp.rows), 18)
    chart.set_title(
        {"name": words.word("Core defence spending, % of GDP"), "name_font": {"size": 12}}
    )
    chart.set_y_axis({"name": words.word("% of GDP"), "min": 0, "num_format": "0.0"})
    chart.set_legend({"position": "bottom"})
    chart.set_size({"width": 820, "height": 420})
    ws.insert_chart(last + 4, 0, chart, {"x_offset": 4, "y_offset": 4})

    sc = wb.add_worksheet(words.sheet_name("Scenarios"))
    sc.write_row(0, 0, [words.word("Scenario"), words.word("Assumptions and result")], header)
    sc.set_column(0, 0, 30)
    sc.set_column(1, 1, 110, wrap)
    for r, (label, text) in enumerate(scenario_lines(comp), start=1):
        sc.write_string(r, 0, label, bold)
        sc.write_string(r, 1, text, wrap)
    wb.close()
    try:
        atomic_write_bytes(path, buf.getvalue())
    except WriteError as exc:
        raise ExportError(str(exc)) from exc


def _sources_text(ds: Dataset) -> str:
    return words.sentence(
        words.CLI_SOURCES,
        "; ".join(
            words.sentence(
                words.CLI_SOURCE,
                s.publisher,
                s.title,
                locales.localize_months(s.edition),
                s.cut_off,
            )
            for s in ds.manifest.sources
        ),
    )


def comparison_html(
    comp: Comparison, ds: Dataset, chart_src: str | None = None, today: dt.date | None = None
) -> str:
    """The comparison as HTML for the PDF: chart, table, legend, the scenarios, sources."""
    from calculator.exports.brief import CSS

    today = today or dt.date.today()

    def text(value: str) -> str:
        return escape(phrases.keep_units_together(value))

    head = "".join(
        f"<th align='{'left' if i == 0 else 'right'}'>"
        + "<br>".join(text(line) for line in h.split("\n"))
        + "</th>"
        for i, h in enumerate(comp.headers())
    )
    body = "".join(
        "<tr>"
        + "".join(
            f"<td align='{'left' if i == 0 else 'right'}'>{text(c)}</td>"
            for i, c in enumerate(cells)
        )
        + "</tr>"
        for cells in comp.cells()
    )
    chart = f"<p><img src='{chart_src}' width='640'></p>" if chart_src else ""
    scenarios = "".join(
        f"<p><b>{text(label)}</b>: {text(line)}</p>" for label, line in scenario_lines(comp)
    )
    return f"""<html><head><style>{CSS}</style></head><body>
<h1>{text(phrases.say(phrases.COMPARE_TITLE))}</h1>
<p class='meta'>{text(words.sentence(words.COMPARE_META, today.isoformat(), ds.id))}</p>
{chart}
<table width='100%' cellspacing='0' cellpadding='3'><tr>{head}</tr>{body}</table>
<p class='small'>{text(phrases.compare_legend())}</p>
<h2>{text(words.word("The scenarios"))}</h2>
{scenarios}
<p class='small'>{text(_sources_text(ds))}</p>
</body></html>"""


__all__ = [
    "BASELINE_SERIES",
    "COMPARE_FORMATS",
    "DEFAULT_BASELINE",
    "MAX_COMPARED",
    "Comparison",
    "ComparisonRow",
    "ThresholdColumn",
    "build_comparison",
    "compare_format",
    "comparison_csv",
    "comparison_html",
    "comparison_rows",
    "scenario_labels",
    "write_comparison_csv",
    "write_comparison_xlsx",
]
