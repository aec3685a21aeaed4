"""What changed between editions and the equipment guideline in the reports, read back (issue 14).

PDF text with pypdf, workbook cells with openpyxl, the JSON report; the rows are those of
``budget-calculator diff`` (calculator.exports.vintages.diff_rows), so each surface is checked
against the command line's own output, not against numbers written here.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import unicodedata
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pypdf import PdfReader

from calculator.cli import main
from calculator.core.equipment import equipment_history
from calculator.storage import releases

pytestmark = pytest.mark.gui  # the PDF and the charts are drawn with Qt

_spec = importlib.util.spec_from_file_location(
    "release_files", Path(__file__).parents[1] / "storage" / "release_files.py"
)
assert _spec
assert _spec.loader
rf = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("release_files", rf)
_spec.loader.exec_module(rf)

WORKBOOK = (
    Path(__file__).resolve().parents[3]
    / "shared/data/nato/2024-edition/240617-def-exp-2024-TABLES-en.xlsx"
)
POLAND = ["--country", "POL", "--dataset", "bundled@2025"]


@pytest.fixture(autouse=True)
def _user_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("BUDGET_CALCULATOR_DATA_DIR", str(tmp_path_factory.mktemp("user-data")))


def _flat(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _pdf_text(path: Path) -> str:
    return _flat(" ".join(p.extract_text() for p in PdfReader(path).pages))


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _diff_rows(capsys: pytest.CaptureFixture[str], a: str, b: str) -> list[dict[str, Any]]:
    code, out, err = _run(
        capsys, "diff", "--country", "POL", "--dataset", a, "--dataset", b, "--format", "json"
    )
    assert code == 0, err
    rows: list[dict[str, Any]] = json.loads(out)["rows"]
    return rows


def _sheet_rows(path: Path, sheet: str) -> list[tuple[Any, ...]]:
    ws = openpyxl.load_workbook(path, data_only=True)[sheet]
    return [r for r in ws.iter_rows(values_only=True) if any(v is not None for v in r)]


@pytest.fixture
def imported(tmp_path: Path) -> str:
    """A generated NATO-layout workbook with Table 8a (equipment 15 % + k), imported."""
    path = rf.write_workbook(tmp_path / "nato.xlsx", rf.nato_tables(equipment=True))
    return releases.import_release(path).id


# ------------------------------------------------------------------- what changed
def test_pdf_brief_says_what_changed_as_diff_does(tmp_path, capsys):
    rows = _diff_rows(capsys, "bundled@2025", "bundled@2026")
    out = tmp_path / "pol.pdf"
    code, _, err = _run(capsys, "report", *POLAND, "--vintages", "bundled@2026", "-o", str(out))
    assert code == 0, err
    text = _pdf_text(out)
    assert "What changed between editions" in text
    assert "A: NATO August 2025 B: NATO July 2026 B − A" in text
    assert "(edition 2025). B: " in text  # both runs named, with their edition
    # every row of diff, in its order, with the same three texts
    at = text.index("What changed between editions")
    for r in rows:
        cell = _flat(f"{r['label']} {r['a_text']} {r['b_text']} {r['change_text']}")
        found = text.find(cell, at)
        assert found > at, cell
        at = found
    plain = tmp_path / "plain.pdf"
    assert main(["report", *POLAND, "-o", str(plain)]) == 0
    assert "What changed between editions" not in _pdf_text(plain)


def test_workbook_has_a_what_changed_sheet_with_diffs_numbers(tmp_path, capsys):
    rows = _diff_rows(capsys, "bundled@2025", "bundled@2026")
    out = tmp_path / "pol.xlsx"
    code, _, err = _run(capsys, "report", *POLAND, "--vintages", "bundled@2026", "-o", str(out))
    assert code == 0, err
    cells = _sheet_rows(out, "What changed")
    assert cells[0][0] == "What changed between editions"
    header = next(i for i, c in enumerate(cells) if c[0] == "What")
    assert cells[header][1:4] == ("A: NATO August 2025", "B: NATO July 2026", "B − A")
    body = cells[header + 1 : header + 1 + len(rows)]
    for r, cell in zip(rows, body, strict=True):
        # the money row names its one unit: the cells are numbers, not "150.0 bn PLN"
        unit = " (bn PLN)" if r["key"] == "base_core_bn" else ""
        assert cell[0] == r["label"] + unit
        if r["key"].startswith("year_reached:"):
            assert cell[1:3] == (r["a_text"], r["b_text"])
        else:
            assert cell[1] == pytest.approx(r["a"])
            assert cell[2] == pytest.approx(r["b"])
        if r["change"] is None:
            assert cell[3] == r["change_text"]
        else:
            assert cell[3] == pytest.approx(r["change"])
    names = openpyxl.load_workbook(out).sheetnames
    assert names.index("What changed") > names.index("Yearly")
    plain = tmp_path / "plain.xlsx"
    assert main(["report", *POLAND, "-o", str(plain)]) == 0
    assert "What changed" not in openpyxl.load_workbook(plain).sheetnames


def test_json_report_carries_the_vintages_object(tmp_path, capsys):
    rows = _diff_rows(capsys, "bundled@2025", "bundled@2026")
    out = tmp_path / "pol.json"
    code, _, err = _run(capsys, "report", *POLAND, "--vintages", "bundled@2026", "-o", str(out))
    assert code == 0, err
    v = json.loads(out.read_text(encoding="utf-8"))["vintages"]
    assert (v["a"]["edition"], v["b"]["edition"]) == ("2025", "2026")
    assert (v["a"]["name"], v["b"]["name"]) == ("NATO August 2025", "NATO July 2026")
    assert v["rows"] == rows


def test_an_imported_release_against_the_bundled_one(imported, tmp_path, capsys):
    out = tmp_path / "esp.xlsx"
    code, _, err = _run(
        capsys,
        "report",
        "--country",
        "ESP",
        "--dataset",
        imported,
        "--vintages",
        "bundled",
        "-o",
        str(out),
    )
    assert code == 0, err
    cells = _sheet_rows(out, "What changed")
    base_share = next(c for c in cells if c[0] == "Base share, % of GDP")
    assert base_share[1] == pytest.approx(rf.share("ESP", len(rf.YEARS) - 1))
    assert base_share[3] == pytest.approx(base_share[2] - base_share[1])
    assert any(str(c[1]).startswith(f"{imported} · NATO ") for c in cells if c[0] == "A")


# ---------------------------------------------------------------- the equipment guideline
def test_equipment_guideline_in_the_pdf_and_the_workbook(imported, tmp_path, capsys):
    pdf, xlsx = tmp_path / "esp.pdf", tmp_path / "esp.xlsx"
    for out in (pdf, xlsx):
        code, _, err = _run(
            capsys, "report", "--country", "ESP", "--dataset", imported, "-o", str(out)
        )
        assert code == 0, err
    ds = releases.open_dataset(imported)
    eq = equipment_history(ds, "ESP", "2024")
    assert eq is not None
    text = _pdf_text(pdf)
    assert "NATO's equipment guideline (20%)" in text
    assert "Equipment: 25.0% of defence spending in 2024e (meets NATO's 20% guideline)" in text
    assert "Personnel: 50.0% of defence spending in 2024e." in text
    assert "Table 8a" in text
    assert "2024e 25.0 50.0" in text  # the estimate marked as NATO marks it
    cells = _sheet_rows(xlsx, "Equipment")
    assert cells[0][0] == "NATO's equipment guideline (20%): Spain"
    header = next(i for i, c in enumerate(cells) if c[0] == "Year")
    body = cells[header + 1 :]
    history = [c for c in body if c[1] is not None]
    assert [c[1] for c in history] == pytest.approx(eq["equipment_share_pct"])
    assert [c[2] for c in history] == pytest.approx(eq["personnel_share_pct"])
    assert [c[0] for c in history][-2:] == ["2023e", "2024e"]
    projected = [c for c in body if c[4] is not None]
    yearly = json.loads(
        _run(capsys, "project", "--country", "ESP", "--dataset", imported, "--format", "json")[1]
    )
    assert [c[4] for c in projected] == pytest.approx(yearly["core_defence_bn"])
    assert [c[5] for c in projected] == pytest.approx([0.2 * v for v in yearly["core_defence_bn"]])
    formulas = openpyxl.load_workbook(xlsx)["Equipment"]
    first = header + 2  # 1-based row of the first table row
    assert any(
        str(formulas.cell(row=r, column=6).value).startswith("=E")
        for r in range(first, first + len(body))
    )


def test_bundled_reports_have_no_equipment_section(tmp_path):
    pdf, xlsx, js = tmp_path / "a.pdf", tmp_path / "a.xlsx", tmp_path / "a.json"
    for out in (pdf, xlsx, js):
        assert main(["report", "--country", "ESP", "-o", str(out)]) == 0
    assert "equipment guideline" not in _pdf_text(pdf)
    assert "Equipment" not in openpyxl.load_workbook(xlsx).sheetnames
    assert "equipment" not in json.loads(js.read_text(encoding="utf-8"))


@pytest.mark.skipif(not WORKBOOK.is_file(), reason="NATO's workbook not here")
def test_natos_2024_workbook_gives_polands_equipment_history(tmp_path, capsys):
    entry = releases.import_release(WORKBOOK)
    assert entry.has_equipment
    out = tmp_path / "pol.xlsx"
    code, _, err = _run(capsys, "report", "--country", "POL", "--dataset", entry.id, "-o", str(out))
    assert code == 0, err
    eq = equipment_history(releases.open_dataset(entry.id), "POL", "2024")
    assert eq is not None
    cells = _sheet_rows(out, "Equipment")
    header = next(i for i, c in enumerate(cells) if c[0] == "Year")
    history = [c for c in cells[header + 1 :] if c[1] is not None]
    assert [c[1] for c in history] == pytest.approx(eq["equipment_share_pct"])
    assert len(history) == len(eq["years"]) >= 10
    assert "NATO June 2024" in " ".join(str(c[0]) for c in cells) or "June 2024" in str(cells)


# ------------------------------------------------------------- review of issue 14
def _section_doc(lines_before: int) -> Any:
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QFont, QTextDocument

    from calculator.render.qt import ensure_app

    ensure_app()
    doc = QTextDocument()
    doc.setDefaultFont(QFont("DejaVu Sans", 9))
    rows = "".join(f"<tr><td>row {i}</td><td>{i}</td></tr>" for i in range(12))
    doc.setHtml(
        "<p>text</p>" * lines_before
        + "<h2>What changed between editions</h2><p>intro</p>"
        + f"<table border='1'>{rows}</table><p>after</p>"
    )
    doc.setDocumentMargin(0)
    doc.setPageSize(QSizeF(600, 800))
    return doc


@pytest.mark.parametrize("lines_before", [22, 25, 28])
def test_what_changed_never_breaks_across_a_page(lines_before):
    """The section (heading, intro, table) started near a page's foot and ran onto the next."""
    from calculator.render.pdf import keep_section_together, section_span

    doc = _section_doc(lines_before)
    top, bottom = section_span(doc, "What changed between editions")
    assert int(top // 800) != int(bottom // 800)  # this layout does cut the section
    assert keep_section_together(doc, 800, "What changed between editions")
    top, bottom = section_span(doc, "What changed between editions")
    assert int(top // 800) == int(bottom // 800) == 1
    assert top >= 800 + 1  # past the break: not drawn, clipped, at the foot of the page before
    # a section that fits is left where it is
    doc = _section_doc(2)
    assert not keep_section_together(doc, 800, "What changed between editions")


def test_a_small_allys_report_writes_base_year_money_in_millions(imported, tmp_path, capsys):
    """Montenegro: 'Base-year core spending, bn EUR 0.15' in the PDF and the sheet, before."""
    pdf, xlsx = tmp_path / "mne.pdf", tmp_path / "mne.xlsx"
    argv = ["report", "--country", "MNE", "--dataset", imported, "--vintages", "bundled"]
    for out in (pdf, xlsx):
        code, _, err = _run(capsys, *argv, "-o", str(out))
        assert code == 0, err
    pages = [_flat(p.extract_text()) for p in PdfReader(pdf).pages]
    heading = [i for i, t in enumerate(pages) if "What changed between editions" in t]
    assert len(heading) == 1  # on one page only
    text = pages[heading[0]]
    assert "Base-year core spending " in text
    assert " m EUR" in text.split("Base-year core spending ", 1)[1][:40]
    assert "B: bundled · NATO July 2026" in text  # not the bundled dataset's long id
    assert releases.bundled_id() not in " ".join(pages).split("Sources")[0]
    cells = _sheet_rows(xlsx, "What changed")
    money = next(c for c in cells if str(c[0]).startswith("Base-year core spending"))
    assert money[0] == "Base-year core spending (m EUR)"
    a_bn = equipment_free_base_bn(tmp_path, capsys, imported)
    assert money[1] == pytest.approx(a_bn * 1000)
    assert money[3] == pytest.approx(money[2] - money[1])
    eq = _sheet_rows(xlsx, "Equipment")
    assert " m EUR in the base year" in str(eq[1][0])


def equipment_free_base_bn(tmp_path: Path, capsys: pytest.CaptureFixture[str], ds: str) -> float:
    code, out, err = _run(
        capsys, "project", "--country", "MNE", "--dataset", ds, "--format", "json"
    )
    assert code == 0, err
    return float(json.loads(out)["core_defence_bn"][0])


def test_brief_assumptions_default_edition_is_the_datasets_own(imported):
    """An imported 2024 workbook defaults to 2024: its brief lists no change of edition
    (the default column once said 2026, the bundled dataset's default)."""
    from calculator.core.models import Scenario
    from calculator.core.projection import project
    from calculator.exports.brief import assumption_rows
    from calculator.storage import bundled_dataset

    ds = releases.open_dataset(imported)
    edition = ds.manifest.default_nato_edition
    assert edition != Scenario().nato_edition  # else the check below could not fail
    scenario = Scenario(country="POL", nato_edition=edition)
    rows = {r[0]: r for r in assumption_rows(scenario, project(ds, scenario), ds)}
    assert rows["NATO edition"][1:] == (edition, "")
    bundled = bundled_dataset()
    other = Scenario(country="POL", nato_edition="2024")
    rows = {r[0]: r for r in assumption_rows(other, project(bundled, other), bundled)}
    assert rows["NATO edition"][1:] == ("2024", bundled.manifest.default_nato_edition)
