"""The uncertainty block in the reports, read back: PDF text, workbook cells, CSV and JSON."""

from __future__ import annotations

import csv
import json
import unicodedata
from pathlib import Path

import numpy as np
import openpyxl
import pytest
from pypdf import PdfReader

from calculator.cli import main

pytestmark = pytest.mark.gui  # the PDF and the chart are drawn with Qt

ARGV = ["report", "--country", "ESP", "--spending-growth", "9", "--uncertainty", "2000"]


@pytest.fixture(autouse=True)
def _user_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("BUDGET_CALCULATOR_DATA_DIR", str(tmp_path_factory.mktemp("user-data")))


def _flat(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _pdf_text(path: Path) -> str:
    return _flat(" ".join(p.extract_text() for p in PdfReader(path).pages))


def test_pdf_brief_has_the_odds_band_sensitivity_and_model_card(tmp_path: Path) -> None:
    out = tmp_path / "esp.pdf"
    assert main([*ARGV, "--seed", "7", "--execution-risk", "3:2", "-o", str(out)]) == 0
    text = _pdf_text(out)
    assert "How sure is that year?" in text
    assert "3.5 % by 2035: " in text
    assert "Both the money and the share of GDP spread on this path." in text
    assert "The shaded band on the chart holds the middle 80 % of 2,000 draws" in text
    assert "Year first reached: 3.5 % core" in text
    assert "Sensitivity: one assumption moved at a time" in text
    assert "Real growth +1 pp a year" in text
    assert "Model card" in text
    assert "2,000 draws, seed 7" in text
    assert "Execution risk: each year 3 % of planned core spending" in text
    plain = tmp_path / "plain.pdf"
    assert main(["report", "--country", "ESP", "-o", str(plain)]) == 0
    assert "How sure is that year?" not in _pdf_text(plain)


def test_workbook_has_an_uncertainty_sheet(tmp_path: Path) -> None:
    out = tmp_path / "esp.xlsx"
    assert main([*ARGV, "-o", str(out)]) == 0
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames.index("Uncertainty") == wb.sheetnames.index("Yearly") + 1
    ws = wb["Uncertainty"]
    cells: dict[str, openpyxl.cell.cell.Cell] = {}
    for row in ws.iter_rows():
        for c in row:
            if isinstance(c.value, str):
                cells.setdefault(c.value, c)  # the first place each text appears
    assert "3.5 % by 2035: " in str(ws["A2"].value)
    hague = cells["3.5 % core · Hague core, 2035"]
    probability = ws.cell(hague.row, 3).value
    assert isinstance(probability, int | float)
    assert 0.0 <= probability <= 100.0
    # the band per year: p5 ≤ p10 ≤ p50 ≤ p90 ≤ p95, numbers
    header = cells["Core % p5"]
    rows = [
        [ws.cell(r, header.column + k).value for k in range(5)]
        for r in range(header.row + 1, header.row + 11)
    ]
    assert all(np.all(np.diff(np.asarray(r, dtype=float)) >= -1e-12) for r in rows)
    assert float(rows[-1][4]) > float(rows[-1][0])  # a path fixed in money spreads in share
    assert "Sensitivity: one assumption moved at a time" in cells
    assert "Central case" in cells
    assert "Model card" in cells
    assert any(k.startswith("2,000 draws, seed 0") for k in cells)
    assert ws._charts  # the band as a line chart


def test_csv_has_band_columns_and_json_the_block(tmp_path: Path) -> None:
    out = tmp_path / "esp.csv"
    assert main([*ARGV, "-o", str(out)]) == 0
    rows = list(csv.DictReader(out.read_text(encoding="utf-8").splitlines()))
    last = rows[-1]
    lo, mid, hi = (float(last[f"core_share_pct_p{q}"]) for q in (10, 50, 90))
    assert lo < mid < hi
    assert float(last["core_bn_p10"]) == pytest.approx(float(last["core_bn_p90"]))  # money fixed
    assert last["uncertainty_draws"] == "2000"
    doc_path = tmp_path / "esp.json"
    assert main([*ARGV, "-o", str(doc_path)]) == 0
    doc = json.loads(doc_path.read_text(encoding="utf-8"))
    assert doc["bands"]["core_share_pct"]["p90"][-1] == pytest.approx(hi, abs=1e-6)
    assert doc["uncertainty"]["model"]["draws"] == 2000
    assert [p["label"] for p in doc["probabilities"]][1] == "Hague core, 2035"
    plain = tmp_path / "plain.csv"
    assert main(["report", "--country", "ESP", "-o", str(plain)]) == 0
    assert "core_share_pct_p10" not in plain.read_text(encoding="utf-8")


def test_report_flags_are_checked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.pdf"
    assert main(["report", "--alliance", "--uncertainty", "100", "-o", str(out)]) == 2
    assert "--uncertainty: one ally's band and odds; not with --alliance" in capsys.readouterr().err
    assert main(["report", "--seed", "3", "-o", str(out)]) == 2
    assert "--seed: only with --uncertainty" in capsys.readouterr().err
    assert not out.exists()


def test_batch_reports_carry_the_block(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    argv = ["report", "--all-allies", "--type", "json", "--uncertainty", "200", "-o", str(folder)]
    assert main(argv) == 0
    doc = json.loads((folder / "POL.json").read_text(encoding="utf-8"))
    assert doc["uncertainty"]["model"]["draws"] == 200


def test_the_exported_chart_draws_the_band(qapp) -> None:  # type: ignore[no-untyped-def]
    from calculator.core.models import CoreSpending, Scenario, SpendingMode
    from calculator.core.projection import project
    from calculator.exports.uncertainty import UncertaintyOptions, run
    from calculator.render import images
    from calculator.storage import bundled_dataset

    ds = bundled_dataset()
    scenario = Scenario(country="ESP", core=CoreSpending(mode=SpendingMode.GROWTH, growth_pct=9))
    proj = project(ds, scenario)
    result = run(ds, scenario, UncertaintyOptions(draws=500))
    chart = images._chart(proj, result)
    assert chart.band_shown
    assert all(fill.isVisible() for fill in chart.band_fills)
    x, lo = chart.band_curves[10].getData()
    assert list(x) == [float(y) for y in proj.years]
    assert np.allclose(lo, result.mc.core_share[10])
    line = images._band_source(chart, "Sources.", result)
    assert "5th-95th percentile of 500 draws" in line
    images._dispose(chart)
    # a path fixed as a share of GDP does not spread in share: no band on the share chart
    fixed = Scenario(country="ESP")
    chart = images._chart(project(ds, fixed), run(ds, fixed, UncertaintyOptions(draws=200)))
    assert not chart.band_shown
    images._dispose(chart)
