"""The fiscal block in the reports, read back: PDF text, workbook formulas, CSV and JSON."""

from __future__ import annotations

import ast
import csv
import json
import operator
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pypdf import PdfReader

from calculator.cli import main
from calculator.core.models import CoreSpending, Scenario, SpendingMode
from calculator.core.projection import Projection, project
from calculator.exports import phrases
from calculator.exports.fiscal import FiscalOptions
from calculator.storage import bundled_dataset

pytestmark = pytest.mark.gui  # the PDF is drawn with Qt


@pytest.fixture(autouse=True)
def _user_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("BUDGET_CALCULATOR_DATA_DIR", str(tmp_path_factory.mktemp("user-data")))


def _poland() -> Projection:
    core = CoreSpending(mode=SpendingMode.GLIDE, glide_target_pct=6.0, glide_year=2030)
    return project(bundled_dataset(), Scenario(country="POL", core=core))


def _flat(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def test_pdf_brief_has_the_budget_impact(tmp_path: Path) -> None:
    out = tmp_path / "pol.pdf"
    argv = ["report", "--country", "POL", "--glide", "6:2030", "--fiscal", "--borrowed", "70"]
    assert main([*argv, "--interest", "2.5", "-o", str(out)]) == 0
    text = _flat(" ".join(p.extract_text() for p in PdfReader(out).pages))
    assert "Budget impact: deficit and debt" in text
    assert "70 % borrowed at 2.5 % and the rest paid for by taxes or cuts, this adds" in text
    assert "effective interest rate of 2.5 % a year" in text
    assert "activated by the Council on 8 July 2025, as reported" in text
    assert "the 2028 cliff" in text
    assert "NATO's core share stands in for COFOG 02" in text
    assert "as reported by The Sofia Globe" in text
    assert "GGXWDG_NGDP" in text
    # without --fiscal the brief has no such section
    plain = tmp_path / "plain.pdf"
    assert main(["report", "--country", "POL", "-o", str(plain)]) == 0
    assert "Budget impact" not in " ".join(p.extract_text() for p in PdfReader(plain).pages)


_OPS: dict[type, Callable[[Any, Any], Any]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}
_REF = re.compile(r"\$?([A-Z]{1,3})\$?(\d+)")


def _arith(node: ast.AST) -> float:
    """Evaluate a formula of numbers, + − × ÷ and brackets only (no names, no calls)."""
    if isinstance(node, ast.Expression):
        return _arith(node.body)
    if isinstance(node, ast.Constant) and isinstance(node.value, int | float):
        return float(node.value)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -_arith(node.operand)
    if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
        return float(_OPS[type(node.op)](_arith(node.left), _arith(node.right)))
    raise ValueError(ast.dump(node))


def test_workbook_fiscal_sheet_recomputes_from_its_cells(tmp_path: Path) -> None:
    proj = _poland()
    ds = bundled_dataset()
    fi = FiscalOptions(interest_pct=4.0, borrowed_pct=80.0).impact(proj, ds)
    out = tmp_path / "pol.xlsx"
    from calculator.exports.report import write_data_report

    write_data_report(out, proj, ds, fi)
    formulas = openpyxl.load_workbook(out)["Fiscal"]
    cached = openpyxl.load_workbook(out, data_only=True)["Fiscal"]
    assert cached["B4"].value == 4.0
    assert cached["B5"].value == 80.0
    header = [c.value for c in formulas[9]]
    col = {name: i for i, name in enumerate(header) if name}
    debt_col = col["Extra debt (bn PLN)"]
    rows = list(formulas.iter_rows(min_row=10, max_row=9 + len(proj.years)))
    # The extra debt recursion is a formula: previous debt × (1 + interest) + borrowed.
    assert rows[2][debt_col].value == "=F11*(1+$B$4/100)+D12"
    checked = 0
    for row in rows:
        for cell in row:
            f = cell.value
            if not (isinstance(f, str) and f.startswith("=")):
                continue

            def value_of(m: re.Match[str]) -> str:
                v = cached[f"{m.group(1)}{m.group(2)}"].value
                return repr(float(v))

            expr = _REF.sub(value_of, f[1:])
            expected = cached[cell.coordinate].value
            assert _arith(ast.parse(expr, mode="eval")) == pytest.approx(
                expected, rel=1e-9, abs=1e-9
            ), (cell.coordinate, f)
            checked += 1
    assert checked > 8 * len(proj.years)
    # The cached values are the engine's.
    i = proj.index_of(2035)
    assert cached.cell(10 + i, debt_col + 1).value == pytest.approx(fi.extra_debt_bn[i])
    ratio_col = col["Debt % GDP with"]
    assert cached.cell(10 + i, ratio_col + 1).value == pytest.approx(fi.debt_pct_gdp[i])
    # The escape-clause meter: covered capped at 1.5 to 2028, nothing after.
    texts = [str(c.value) for r in cached.iter_rows() for c in r if c.value is not None]
    assert "Covered" in texts
    assert any("stands in for COFOG 02" in t for t in texts)
    assert any("as reported by" in t for t in texts)
    assert any(phrases.fiscal_clause(fi) in t for t in texts)
    escape_rows = [
        r for r in formulas.iter_rows() if isinstance(r[3].value, str) and "IF(AND(" in r[3].value
    ]
    assert len(escape_rows) == len(fi.escape_clause.years)
    # Without fiscal: no Fiscal sheet.
    write_data_report(tmp_path / "plain.xlsx", proj, ds)
    assert "Fiscal" not in openpyxl.load_workbook(tmp_path / "plain.xlsx").sheetnames


def test_csv_and_json_reports_carry_the_fiscal_block(tmp_path: Path) -> None:
    argv = ["report", "--country", "ESP", "--glide", "3.5:2035", "--fiscal", "--escape-clause"]
    assert main([*argv, "on", "-o", str(tmp_path / "esp.json")]) == 0
    doc = json.loads((tmp_path / "esp.json").read_text(encoding="utf-8"))
    assert doc["fiscal"]["escape_clause"]["applies"] is True
    assert main([*argv, "off", "-o", str(tmp_path / "esp.csv")]) == 0
    with (tmp_path / "esp.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert rows[0]["fiscal_interest_pct"] == "3.0"
    assert float(rows[-1]["fiscal_debt_pct_gdp"]) > float(rows[-1]["fiscal_baseline_debt_pct_gdp"])
