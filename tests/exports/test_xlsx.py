"""The Excel export read back with openpyxl: cells equal the projection; formats, chart, sources."""

from __future__ import annotations

import math
import os
import re
import shutil
import statistics
import subprocess
import time
import zipfile
from pathlib import Path
from typing import Any

import numpy as np
import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet
from xlsxwriter.utility import xl_pixel_width

from calculator.core.alliance import project_alliance
from calculator.core.dataset import Dataset
from calculator.core.models import (
    CoreSpending,
    Measure,
    RelatedMode,
    RelatedSpending,
    Scenario,
    SpendingMode,
    Threshold,
)
from calculator.core.projection import Projection, project
from calculator.exports import phrases
from calculator.exports.tabular import YEARLY_COLUMNS, alliance_rows, threshold_key
from calculator.exports.xlsx import ExportError, write_alliance_xlsx, write_projection_xlsx
from calculator.storage import bundled_dataset

SPAIN_8 = Scenario(
    name="Spain at +8 %/yr",
    notes="Budget committee check.\nSecond line.",
    country="ESP",
    core=CoreSpending(mode=SpendingMode.GROWTH, growth_pct=8),
)
SUMMARY = "Spain reaches 2.1 % of GDP in 2028 but not 3.5 % by 2035."

# Yearly column key -> Projection array it must equal.
ARRAYS = {
    "gdp_bn": "gdp_bn",
    "real_growth_pct": "real_growth_pct",
    "inflation_pct": "inflation_pct",
    "core_defence_bn": "core_bn",
    "core_share_pct": "core_share_pct",
    "related_bn": "related_bn",
    "related_share_pct": "related_share_pct",
    "total_share_pct": "total_share_pct",
    "core_defence_bn_constant_base_prices": "core_bn_const",
    "extra_vs_constant_share_bn": "extra_vs_constant_share_bn",
    "extra_vs_cash_freeze_bn": "extra_vs_cash_freeze_bn",
    "extra_vs_real_freeze_bn": "extra_vs_real_freeze_bn",
    "core_defence_per_capita": "core_per_capita",
    "core_pct_of_government_expenditure": "core_pct_of_gov_exp",
}


@pytest.fixture(scope="module")
def ds() -> Dataset:
    return bundled_dataset()


@pytest.fixture(scope="module")
def spain(ds: Dataset) -> Projection:
    return project(ds, SPAIN_8)


@pytest.fixture(scope="module")
def book_path(tmp_path_factory: pytest.TempPathFactory, spain: Projection, ds: Dataset) -> Path:
    path = tmp_path_factory.mktemp("xlsx") / "spain.xlsx"
    write_projection_xlsx(path, spain, ds, SUMMARY)
    return path


@pytest.fixture(scope="module")
def book(book_path: Path) -> openpyxl.Workbook:
    return openpyxl.load_workbook(book_path)


@pytest.fixture(scope="module")
def cached(book_path: Path) -> openpyxl.Workbook:
    """The workbook as a viewer without recalculation sees it: formulas' cached results."""
    return openpyxl.load_workbook(book_path, data_only=True)


def _strings(ws: Worksheet) -> list[str]:
    return [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]


def _find(ws: Worksheet, text: str) -> Any:
    for row in ws.iter_rows():
        for cell in row:
            if cell.value == text:
                return cell
    raise AssertionError(f"{text!r} not found on {ws.title}")


def _header_col(ws: Worksheet, row: int, title: str) -> int:
    for cell in ws[row]:
        if cell.value == title:
            return int(cell.column)
    raise AssertionError(f"no column {title!r} in row {row} of {ws.title}")


# ------------------------------------------------------------------------------ structure


def test_sheet_names(book: openpyxl.Workbook) -> None:
    assert book.sheetnames == ["Summary", "Yearly", "Assumptions", "Sources"]


@pytest.mark.parametrize(
    "scenario",
    [
        SPAIN_8,
        Scenario(
            country="BEL",
            core=CoreSpending(mode=SpendingMode.GLIDE, glide_target_pct=3.5),
            related=RelatedSpending(mode=RelatedMode.GLIDE, share_pct=0.2, glide_target_pct=1.5),
            horizon=2040,
        ),
    ],
    ids=["ESP-growth-8", "BEL-glide-related"],
)
def test_yearly_cells_equal_projection(tmp_path: Path, ds: Dataset, scenario: Scenario) -> None:
    proj = project(ds, scenario)
    path = tmp_path / "out.xlsx"
    write_projection_xlsx(path, proj, ds)
    # The cached results of the formulas: what a viewer without recalculation shows.
    ws = openpyxl.load_workbook(path, data_only=True)["Yearly"]
    headers = [c.value for c in ws[1]][: len(YEARLY_COLUMNS)]
    assert headers[0] == "Year"
    assert len(headers) == len(YEARLY_COLUMNS)
    assert all(h for h in headers)
    for i, year in enumerate(proj.years):
        row = ws[i + 2]
        assert row[0].value == int(year)
        assert isinstance(row[0].value, int)
        for col, (key, _) in enumerate(YEARLY_COLUMNS[1:], start=1):
            expected = float(getattr(proj, ARRAYS[key])[i])
            got = row[col].value
            if math.isnan(expected):
                assert got is None, (key, year)
                continue
            assert isinstance(got, int | float), (key, year, got)
            assert not isinstance(got, bool), (key, year)
            assert got == pytest.approx(expected, rel=1e-14, abs=1e-12), (key, year)
    # Nothing below the table but the explanatory note.
    assert ws.cell(len(proj.years) + 2, 1).value is None


def test_number_formats_and_frozen_header(book: openpyxl.Workbook) -> None:
    ws = book["Yearly"]
    fmt = {key: ws.cell(3, i + 1).number_format for i, (key, _) in enumerate(YEARLY_COLUMNS)}
    assert fmt["year"] == "0"
    assert fmt["core_share_pct"] == fmt["total_share_pct"] == "0.00"
    assert fmt["real_growth_pct"] == fmt["inflation_pct"] == "0.00"
    assert fmt["gdp_bn"] == fmt["core_defence_bn"] == fmt["extra_vs_cash_freeze_bn"] == "#,##0.00"
    assert fmt["core_defence_per_capita"] == "#,##0"
    assert ws.freeze_panes == "B2"
    assert ws["B1"].value == "GDP (bn EUR)"
    # Every table column has an explicit width that fits its numbers.
    for i in range(len(YEARLY_COLUMNS)):
        letter = openpyxl.utils.get_column_letter(i + 1)
        assert ws.column_dimensions[letter].width >= 6


def test_base_year_growth_is_blank_not_text(book: openpyxl.Workbook) -> None:
    ws = book["Yearly"]
    assert ws["A2"].value == 2026
    assert ws["C2"].value is None
    assert ws["D2"].value is None


# ------------------------------------------------------------------------------ summary


def test_summary_holds_ally_and_key_results(book: openpyxl.Workbook, spain: Projection) -> None:
    ws = book["Summary"]
    text = _strings(ws)
    assert any("Spain" in s for s in text)
    assert "Spain at +8 %/yr" in text
    assert SUMMARY in text
    assert "Budget committee check.\nSecond line." in text
    assert "EUR" in text
    header = _find(ws, "Threshold").row
    reached = _header_col(ws, header, "Year reached")
    status = _header_col(ws, header, "Status")
    growth = _header_col(ws, header, "Required nominal growth (%/yr)")
    row = _find(ws, "Spain's position").row
    assert ws.cell(row, reached).value == 2028
    assert ws.cell(row, 2).value == pytest.approx(2.1)
    assert ws.cell(row, status).value == "reached in 2028"
    t21 = spain.thresholds[0]
    assert ws.cell(row, growth).value == pytest.approx(t21.required_nominal_growth_pct)
    hague = _find(ws, "Hague core, 2035").row
    assert ws.cell(hague, reached).value is None
    assert ws.cell(hague, status).value == "not by 2035 (2041 on this path)"


def test_summary_hague_check_and_extra_spending(
    book: openpyxl.Workbook, cached: openpyxl.Workbook, spain: Projection
) -> None:
    ws = book["Summary"]
    assert ws.cell(_find(ws, "On track at the 2029 review").row, 2).value == "no"
    assert ws.cell(
        _find(ws, "2029 review: straight line to 3.5 % in 2035 (%)").row, 2
    ).value == pytest.approx(2.5)
    for label, series in (
        ("vs constant share of GDP", spain.extra_vs_constant_share_bn),
        ("vs cash freeze", spain.extra_vs_cash_freeze_bn),
        ("vs real freeze", spain.extra_vs_real_freeze_bn),
    ):
        cell = ws.cell(_find(ws, label).row, 2)
        # the running sum of the Yearly sheet in 2035, with the engine's figure cached
        assert str(cell.value).startswith("=Yearly!$")
        assert str(cell.value).endswith("$11")
        value = cached["Summary"].cell(cell.row, 2).value
        assert value == pytest.approx(spain.cumulative(series, 2035), rel=1e-12)
        assert cell.number_format == "#,##0.00"
    assert "Extra core spending, cumulative 2027–2035 (bn EUR)" in _strings(ws)


def test_already_met_threshold(tmp_path: Path, ds: Dataset) -> None:
    scenario = SPAIN_8.evolve(thresholds=[Threshold(value_pct=1.5, measure=Measure.CORE)])
    path = tmp_path / "met.xlsx"
    write_projection_xlsx(path, project(ds, scenario), ds)
    ws = openpyxl.load_workbook(path)["Summary"]
    row = _find(ws, "1.5% core").row
    assert "already met in 2026" in [c.value for c in ws[row]]


@pytest.mark.parametrize("sheet", ["Summary", "Assumptions", "Sources"])
def test_column_a_labels_are_not_clipped(book: openpyxl.Workbook, sheet: str) -> None:
    """Labels in column A with a value beside them fit the column, bold a tenth wider."""
    ws = book[sheet]
    merged = {r.min_row for r in ws.merged_cells.ranges if r.min_col == 1}
    width_px = ws.column_dimensions["A"].width * 7 + 5
    labels = [
        row[0]
        for row in ws.iter_rows(min_row=3)
        if isinstance(row[0].value, str)
        and row[0].row not in merged
        and len(row) > 1
        and row[1].value is not None
    ]
    assert labels
    for cell in labels:
        needed = xl_pixel_width(cell.value) * (1.1 if cell.font.b else 1.0) + 6
        assert width_px >= needed, cell.value


# ------------------------------------------------------------------------------ chart


def test_native_line_chart_with_dashed_threshold_lines(
    book: openpyxl.Workbook, book_path: Path
) -> None:
    assert len(book["Summary"]._charts) == 1
    with zipfile.ZipFile(book_path) as z:
        xml = z.read("xl/charts/chart1.xml").decode()
    assert "<c:lineChart>" in xml
    assert xml.count("<c:ser>") == 2 + 3  # core, total and three thresholds
    assert xml.count('prstDash val="dash"') == 3
    assert "Yearly!$F$2:$F$11" in xml  # core share
    assert "Yearly!$I$2:$I$11" in xml  # total share
    assert "Core defence" in xml
    assert "Hague core, 2035 (3.5% core)" in xml


def test_threshold_line_columns_hold_the_values(book: openpyxl.Workbook) -> None:
    ws = book["Yearly"]
    col = _header_col(ws, 1, "Line: Spain's position (2.1% core)")
    assert col > len(YEARLY_COLUMNS) + 1  # after a blank column
    assert {ws.cell(r, col).value for r in range(2, 12)} == {2.1}


# ------------------------------------------------------------------------------ assumptions


def test_assumptions_list_every_field_and_mark_changes(book: openpyxl.Workbook) -> None:
    ws = book["Assumptions"]
    header = _find(ws, "Setting").row
    differs_col = _header_col(ws, header, "Differs")
    labels = {ws.cell(r, 1).value: r for r in range(header + 1, ws.max_row + 1)}
    rows = {key: labels[phrases.field_label(key)] for key in phrases.FIELD_LABELS}
    for key in (
        "name",
        "notes",
        "country",
        "nato_edition",
        "base_year",
        "horizon",
        "economy.preset",
        "economy.real_growth_pct",
        "economy.overrides",
        "core.mode",
        "core.growth_pct",
        "core.growth_real",
        "core.custom_points",
        "related.mode",
        "related.share_pct",
        "related.cap_pct",
        "thresholds",
    ):
        assert key in rows, key
    changed = {k for k, r in rows.items() if ws.cell(r, differs_col).value == "changed"}
    assert changed == {"core.mode", "core.growth_pct"}
    assert ws.cell(rows["core.growth_pct"], 2).value == 8
    assert ws.cell(rows["base_year"], 2).value == "latest NATO year (2026)"
    assert "Core spending path, Core spending growth (%/yr)" in _strings(ws)
    # Modes in words, the scenario's and the default's.
    assert ws.cell(rows["core.mode"], 2).value == "growth at a rate"
    assert ws.cell(rows["core.mode"], 3).value == "constant share of GDP"
    assert ws.cell(rows["economy.preset"], 2).value == "IMF WEO October 2025 baseline"
    assert ws.cell(rows["core.growth_real"], 2).value == "no"


# ------------------------------------------------------------------------------ sources


def test_sources_sheet(book: openpyxl.Workbook, ds: Dataset) -> None:
    ws = book["Sources"]
    text = _strings(ws)
    assert "Defence Investment of NATO Countries (2014-2026)" in text
    assert "2026-07-03" in text
    assert "July 2026" in text
    assert ds.id in text
    for name, meta in ds.manifest.files.items():
        assert name in text
        assert meta["sha256"] in text
    for src in ds.manifest.sources:
        assert src.url in text
    joined = " ".join(text)
    assert "share of GDP × IMF GDP" in joined
    assert "estimates" in joined.lower()
    assert "no per-ally figure" in joined
    assert joined.count("no per-ally figure") == 1


# ------------------------------------------------------------------------------ text


def test_turkiye_round_trips(tmp_path: Path, ds: Dataset) -> None:
    scenario = Scenario(
        name="Türkiye – é, ü, ß",
        country="TUR",
        core=CoreSpending(mode=SpendingMode.GLIDE, glide_target_pct=3.5),
    )
    path = tmp_path / "Türkiye.xlsx"
    write_projection_xlsx(path, project(ds, scenario), ds, "Türkiye reaches 3.5 % in 2035.")
    wb = openpyxl.load_workbook(path)
    summary = _strings(wb["Summary"])
    assert "Defence Budget What-If Calculator: Türkiye" in summary
    assert "Türkiye – é, ü, ß" in summary
    assert "Türkiye reaches 3.5 % in 2035." in summary
    assert "Türkiye (TUR)" in summary
    assert "TRY" in summary


# ------------------------------------------------------------------------------ alliance


def test_alliance_workbook(tmp_path: Path, ds: Dataset) -> None:
    projs = project_alliance(ds, Scenario())
    path = tmp_path / "alliance.xlsx"
    write_alliance_xlsx(path, projs, ds)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Alliance", "Assumptions", "Sources"]
    ws = wb["Alliance"]
    header = _find(ws, "Ally").row
    assert ws.freeze_panes == f"B{header + 1}"
    names = [ws.cell(r, 1).value for r in range(header + 1, header + 1 + len(projs))]
    assert names == [p.country.name for p in projs]
    rows = {r["name"]: r for r in alliance_rows(projs)}
    t21 = projs[0].thresholds[0]
    reach = _header_col(ws, header, "Spain's position (2.1% core): year reached")
    status = _header_col(ws, header, "Spain's position (2.1% core): status")
    share = _header_col(ws, header, "Base core share (%)")
    statuses = set()
    for r in range(header + 1, header + 1 + len(projs)):
        expected = rows[ws.cell(r, 1).value]
        assert ws.cell(r, share).value == pytest.approx(expected["base_share_pct"])
        assert ws.cell(r, share).number_format == "0.00"
        year = expected[threshold_key(t21)]
        # the year column holds numbers only; the words stand in the status column
        assert ws.cell(r, reach).value == year
        statuses.add(ws.cell(r, status).value)
        if year is None:
            assert ws.cell(r, status).value == "not by 2035"
        elif expected["already_met_core_2.1"]:
            assert ws.cell(r, status).value in ("already met", "met, then falls below")
    assert {"already met", "not by 2035"} <= statuses
    for r in range(header + 1, header + 1 + len(projs)):
        for c in range(1, ws.max_column + 1):
            if "year reached" in str(ws.cell(header, c).value):
                assert ws.cell(r, c).value is None or isinstance(ws.cell(r, c).value, int)
    assert "Iceland (no NATO figure)" in " ".join(_strings(ws))
    assert "Defence Investment of NATO Countries (2014-2026)" in _strings(wb["Sources"])


def test_alliance_needs_allies(tmp_path: Path, ds: Dataset) -> None:
    path = tmp_path / "none.xlsx"
    with pytest.raises(ExportError, match=r"none\.xlsx"):
        write_alliance_xlsx(path, [], ds)
    assert not path.exists()


# ------------------------------------------------------------------------------ failures


def test_parent_is_a_file(tmp_path: Path, spain: Projection, ds: Dataset) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    target = blocker / "out.xlsx"
    with pytest.raises(ExportError) as info:
        write_projection_xlsx(target, spain, ds)
    assert str(target) in str(info.value)
    assert isinstance(info.value, ValueError)
    assert blocker.read_text() == "x"
    assert sorted(os.listdir(tmp_path)) == ["not-a-folder"]


def test_full_disk_keeps_previous_file(
    tmp_path: Path, spain: Projection, ds: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"previous workbook")

    def full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(ExportError, match="No space left on device") as info:
        write_projection_xlsx(target, spain, ds)
    assert str(target) in str(info.value)
    assert target.read_bytes() == b"previous workbook"
    assert os.listdir(tmp_path) == ["report.xlsx"]


def test_target_is_a_folder(tmp_path: Path, spain: Projection, ds: Dataset) -> None:
    target = tmp_path / "folder.xlsx"
    target.mkdir()
    with pytest.raises(ExportError, match=r"folder\.xlsx"):
        write_projection_xlsx(target, spain, ds)
    assert target.is_dir()
    assert os.listdir(tmp_path) == ["folder.xlsx"]


def test_overwrite_replaces_previous_file(tmp_path: Path, spain: Projection, ds: Dataset) -> None:
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"old")
    write_projection_xlsx(target, spain, ds)
    assert zipfile.is_zipfile(target)
    assert os.listdir(tmp_path) == ["report.xlsx"]


# ------------------------------------------------------------------------------ speed, render


def test_export_is_fast(tmp_path: Path, spain: Projection, ds: Dataset) -> None:
    times = []
    for i in range(5):
        t0 = time.perf_counter()
        write_projection_xlsx(tmp_path / f"t{i}.xlsx", spain, ds, SUMMARY)
        times.append(time.perf_counter() - t0)
    assert statistics.median(times) < 1.0


def test_libreoffice_renders_workbook(tmp_path: Path, book_path: Path) -> None:
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        pytest.skip("LibreOffice is not installed")
    out = tmp_path / "pdf"
    subprocess.run(
        [
            office,
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            str(book_path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = out / "spain.pdf"
    assert pdf.is_file()
    assert pdf.read_bytes().startswith(b"%PDF")
    assert pdf.stat().st_size > 10_000


# ------------------------------------------------------------------------------ recomputation

_REF = re.compile(r"(?:(\w+)!)?\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?")
_ALLOWED = re.compile(r"^[0-9.+\-*/(), ]*$")


class _Sheets:
    """A tiny evaluator for the workbook's own formulas: references, + - * /, SUM, MIN.

    Written independently of the exporter, so that a formula pointing at the wrong cell gives
    a number different from the engine's.
    """

    def __init__(
        self, wb: openpyxl.Workbook, overrides: dict[tuple[str, str], float] | None = None
    ):
        self.wb = wb
        self.overrides = overrides or {}
        self.memo: dict[tuple[str, str], float] = {}

    def value(self, sheet: str, ref: str) -> float:
        key = (sheet, ref)
        if key in self.overrides:
            return self.overrides[key]
        if key not in self.memo:
            raw = self.wb[sheet][ref].value
            if isinstance(raw, str) and raw.startswith("="):
                self.memo[key] = self.evaluate(sheet, raw[1:])
            else:
                self.memo[key] = float(raw) if raw is not None else 0.0
        return self.memo[key]

    def evaluate(self, sheet: str, formula: str) -> float:
        values: list[Any] = []

        def cell(m: re.Match[str]) -> str:
            where = m.group(1) or sheet
            c0, r0, c1, r1 = m.group(2), int(m.group(3)), m.group(4), m.group(5)
            if c1 is None:
                values.append(self.value(where, f"{c0}{r0}"))
            else:
                col = openpyxl.utils.column_index_from_string
                values.append(
                    [
                        self.value(where, f"{openpyxl.utils.get_column_letter(c)}{r}")
                        for c in range(col(c0), col(c1) + 1)
                        for r in range(r0, int(r1) + 1)
                    ]
                )
            return f"v[{len(values) - 1}]"

        expr = _REF.sub(cell, formula).replace("SUM(", "sum_(").replace("MIN(", "min(")
        assert _ALLOWED.match(re.sub(r"v\[\d+\]|sum_|min", "", expr)), formula
        return float(eval(expr, {"__builtins__": {}, "sum_": sum, "min": min, "v": values}))


def _yearly_ref(key: str, row: int) -> str:
    return f"{openpyxl.utils.get_column_letter([k for k, _ in YEARLY_COLUMNS].index(key) + 1)}{row}"


FORMULA_KEYS = (
    "core_share_pct",
    "related_share_pct",
    "total_share_pct",
    "core_defence_bn_constant_base_prices",
    "extra_vs_constant_share_bn",
    "extra_vs_cash_freeze_bn",
    "extra_vs_real_freeze_bn",
)


@pytest.mark.parametrize(
    "scenario",
    [
        SPAIN_8,
        Scenario(
            country="BEL",
            core=CoreSpending(mode=SpendingMode.GLIDE, glide_target_pct=3.5),
            # above the 1.5 % cap from 2033: the MIN in the total share must bite
            related=RelatedSpending(mode=RelatedMode.GLIDE, share_pct=0.2, glide_target_pct=2.0),
            horizon=2040,
        ),
    ],
    ids=["ESP-growth-8", "BEL-related-above-cap"],
)
def test_yearly_formulas_recompute_to_the_engine(
    tmp_path: Path, ds: Dataset, scenario: Scenario
) -> None:
    """Shares, extra and cumulative spending are formulas; evaluated, they give the engine's."""
    proj = project(ds, scenario)
    path = tmp_path / "f.xlsx"
    write_projection_xlsx(path, proj, ds)
    wb = openpyxl.load_workbook(path)
    ws = wb["Yearly"]
    sheets = _Sheets(wb)
    header = [c.value for c in ws[1]]
    cum = {
        name: header.index(f"Cumulative extra vs {name} (bn {proj.country.currency})") + 1
        for name in ("constant share", "cash freeze", "real freeze")
    }
    for i in range(len(proj.years)):
        row = i + 2
        for key in FORMULA_KEYS:
            ref = _yearly_ref(key, row)
            assert str(ws[ref].value).startswith("="), (key, row)
            expected = float(getattr(proj, ARRAYS[key])[i])
            assert sheets.value("Yearly", ref) == pytest.approx(expected, rel=1e-12, abs=1e-9)
        # the inputs stay numbers
        for key in ("gdp_bn", "core_defence_bn", "related_bn", "inflation_pct"):
            assert not isinstance(ws[_yearly_ref(key, row)].value, str), (key, row)
        for name, series in (
            ("constant share", proj.extra_vs_constant_share_bn),
            ("cash freeze", proj.extra_vs_cash_freeze_bn),
            ("real freeze", proj.extra_vs_real_freeze_bn),
        ):
            ref = f"{openpyxl.utils.get_column_letter(cum[name])}{row}"
            if i:
                assert str(ws[ref].value).startswith("=SUM("), ref
            got = sheets.value("Yearly", ref)
            assert got == pytest.approx(float(series[1 : i + 1].sum()), rel=1e-12, abs=1e-9)
    assert np.any(proj.related_share_pct > proj.scenario.related.cap_pct) or scenario is SPAIN_8


def test_changed_spending_moves_share_extra_and_summary(
    book: openpyxl.Workbook, spain: Projection
) -> None:
    """Double 2030's spending: its share and the extra spending follow; so does the Summary."""
    row = 2 + 2030 - spain.base_year
    core_ref = _yearly_ref("core_defence_bn", row)
    doubled = 2 * float(spain.core_bn[2030 - spain.base_year])
    sheets = _Sheets(book, {("Yearly", core_ref): doubled})
    gdp = float(spain.gdp_bn[2030 - spain.base_year])
    assert sheets.value("Yearly", _yearly_ref("core_share_pct", row)) == pytest.approx(
        doubled / gdp * 100
    )
    step = doubled - float(spain.core_bn[2030 - spain.base_year])
    extra = spain.extra_vs_cash_freeze_bn
    assert sheets.value("Yearly", _yearly_ref("extra_vs_cash_freeze_bn", row)) == pytest.approx(
        float(extra[2030 - spain.base_year]) + step
    )
    summary = book["Summary"]
    cell = summary.cell(_find(summary, "vs cash freeze").row, 2)
    assert sheets.value("Summary", cell.coordinate) == pytest.approx(
        spain.cumulative(extra, 2035) + step
    )
    # A later year is untouched.
    later = _yearly_ref("core_share_pct", row + 1)
    assert sheets.value("Yearly", later) == pytest.approx(float(spain.core_share_pct[5]))


def test_libreoffice_recomputes_an_edited_workbook(
    tmp_path: Path, book_path: Path, spain: Projection
) -> None:
    """LibreOffice, told to recalculate on load, gets the engine's numbers and follows edits."""
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-calc-nogui)")
    wb = openpyxl.load_workbook(book_path)
    row = 2 + 2030 - spain.base_year
    core_ref = _yearly_ref("core_defence_bn", row)
    i = 2030 - spain.base_year
    wb["Yearly"][core_ref] = 2 * float(spain.core_bn[i])
    edited = tmp_path / "edited.xlsx"
    wb.save(edited)
    profile = tmp_path / "profile"
    settings = profile / "user" / "registrymodifications.xcu"
    settings.parent.mkdir(parents=True)
    settings.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><oor:items '
        'xmlns:oor="http://openoffice.org/2001/registry" '
        'xmlns:xs="http://www.w3.org/2001/XMLSchema" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<item oor:path="/org.openoffice.Office.Calc/Formula/Load">'
        '<prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>'
        "</oor:items>"
    )
    out = tmp_path / "out"
    subprocess.run(
        [
            office,
            "--headless",
            f"-env:UserInstallation=file://{profile}",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(out),
            str(edited),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    ws = openpyxl.load_workbook(out / "edited.xlsx", data_only=True)["Yearly"]
    share = ws[_yearly_ref("core_share_pct", row)].value
    assert share == pytest.approx(2 * float(spain.core_share_pct[i]), rel=1e-9)
    assert ws[_yearly_ref("core_share_pct", row + 1)].value == pytest.approx(
        float(spain.core_share_pct[i + 1]), rel=1e-9
    )
    real = ws[_yearly_ref("extra_vs_real_freeze_bn", row + 1)].value
    assert real == pytest.approx(float(spain.extra_vs_real_freeze_bn[i + 1]), rel=1e-9)


def test_chart_stands_at_the_top_of_summary(book: openpyxl.Workbook) -> None:
    ws = book["Summary"]
    (chart,) = ws._charts
    assert chart.anchor._from.row <= 3  # 0-based: under the title and subtitle
    first_figure = _find(ws, "Date").row
    assert first_figure > 3 + 20  # the figures start below the chart


def test_labels_are_words_not_internal_names(book: openpyxl.Workbook) -> None:
    internal = re.compile(r"\b(economy|core|related)\.[a-z_]+|\b[a-z]+_[a-z_]+\b")
    for ws in (book["Summary"], book["Assumptions"], book["Yearly"]):
        for text in _strings(ws):
            if text.startswith(("=", "http")):
                continue
            assert not internal.search(text), (ws.title, text)
    assert "constant_share" not in " ".join(_strings(book["Assumptions"]))


def test_small_ally_money_in_millions(tmp_path: Path, ds: Dataset) -> None:
    """Montenegro spends 0.19 bn EUR: the workbook writes 190 m EUR, not 0.19 bn."""
    proj = project(ds, Scenario(country="MNE"))
    path = tmp_path / "mne.xlsx"
    write_projection_xlsx(path, proj, ds)
    wb = openpyxl.load_workbook(path, data_only=True)
    ws = wb["Yearly"]
    col = _header_col(ws, 1, "Core defence (m EUR)")
    assert _header_col(ws, 1, "GDP (m EUR)") == 2
    assert ws.cell(2, col).value == pytest.approx(proj.core_bn[0] * 1000)
    assert ws.cell(2, col).number_format == "#,##0"
    # shares are unit-free: the same as the engine's
    assert ws.cell(3, 6).value == pytest.approx(float(proj.core_share_pct[1]))
    summary = wb["Summary"]
    cell = summary.cell(_find(summary, "Base year 2026: core defence (m EUR)").row, 2)
    assert cell.value == pytest.approx(proj.base_core_bn * 1000)
    assert any(s.endswith("Money in millions of EUR, current prices.") for s in _strings(summary))


def test_alliance_workbook_has_a_chart(tmp_path: Path, ds: Dataset) -> None:
    projs = project_alliance(ds, Scenario())
    path = tmp_path / "alliance.xlsx"
    write_alliance_xlsx(path, projs, ds)
    assert len(openpyxl.load_workbook(path)["Alliance"]._charts) == 1
    with zipfile.ZipFile(path) as z:
        xml = z.read("xl/charts/chart1.xml").decode()
    assert "<c:barChart>" in xml
    assert "<c:lineChart>" in xml
    assert xml.count("<c:ser>") == 2 + 2  # base and horizon shares; the two core thresholds
    assert f"Alliance!$A$5:$A${4 + len(projs)}" in xml
