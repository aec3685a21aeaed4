"""The PDF brief and the CLI table show money in the chosen units, against the chosen baseline."""

import json
import re
import unicodedata

import pytest
from pypdf import PdfReader

from calculator.cli import main


def _pdf_text(path) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(str(path)).pages)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))


@pytest.fixture
def user_data(tmp_path, monkeypatch):
    monkeypatch.setenv("BUDGET_CALCULATOR_DATA_DIR", str(tmp_path / "data"))


GERMANY_USD = ["--country", "DEU", "--currency", "USD", "--prices", "constant"]


def _json(capsys, *argv: str) -> dict:
    assert main(["project", *argv, "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_pdf_tables_in_the_chosen_currency_and_baseline(tmp_path, capsys, user_data):
    doc = _json(capsys, *GERMANY_USD, "--baseline", "cash-freeze")
    out = tmp_path / "deu.pdf"
    assert main(["report", *GERMANY_USD, "--baseline", "cash-freeze", "-o", str(out)]) == 0
    text = _pdf_text(out)
    assert "money in billions of USD, in 2026 prices" in text
    assert "Extra vs a cash freeze (bn USD, 2026 prices)" in text
    core_2030 = doc["money"]["core_defence_bn"][4]
    extra_2030 = doc["extra"]["per_year_bn"][4]
    assert doc["money"]["currency"] == "USD"
    # the year-by-year row for 2030 has the JSON's money, not the national currency's
    row = re.search(r"2030 ([\d,.]+) ([\d,.]+) 2\.69 0\.00 2\.69 ([\d,.]+)", text)
    assert row is not None, text
    assert float(row.group(2).replace(",", "")) == pytest.approx(core_2030, abs=0.006)
    assert float(row.group(3).replace(",", "")) == pytest.approx(extra_2030, abs=0.006)
    assert f"{doc['core_defence_bn'][4]:.2f}" not in row.group(0)  # not the EUR figure


def test_cli_table_extra_column_follows_the_baseline(capsys, user_data):
    assert main(["project", "--country", "DEU", "--baseline", "real-freeze"]) == 0
    out = capsys.readouterr().out
    header = next(line for line in out.splitlines() if line.startswith("Year"))
    assert header.split("  ")[-1].strip() == "Extra vs a real freeze"
    doc = _json(capsys, "--country", "DEU", "--baseline", "real-freeze")
    row_2031 = next(line for line in out.splitlines() if line.startswith("2031"))
    assert row_2031.split()[-1] == f"{doc['extra']['per_year_bn'][5]:,.2f}"


def test_brief_names_the_users_own_starting_share(tmp_path, user_data):
    out = tmp_path / "own.pdf"
    assert main(["report", "--country", "DEU", "--base-share", "2.5", "-o", str(out)]) == 0
    text = _pdf_text(out)
    assert "NATO puts Germany at 2.50 %" not in text
    assert "Base-year spending (2026): user's figure (share of GDP)" in text


def test_workbook_cumulative_block_uses_the_chosen_window(tmp_path, capsys, user_data):
    import openpyxl

    doc = _json(capsys, "--country", "DEU", "--window", "2028:2030", "--baseline", "cash-freeze")
    out = tmp_path / "w.xlsx"
    assert main(["report", "--country", "DEU", "--window", "2028:2030", "-o", str(out)]) == 0
    formulas = openpyxl.load_workbook(out)["Summary"]
    values = openpyxl.load_workbook(out, data_only=True)["Summary"]
    heading = next(
        c for row in formulas.iter_rows() for c in row if str(c.value).startswith("Extra core")
    )
    assert heading.value == "Extra core spending, cumulative 2028–2030 (bn EUR)"
    cash = formulas.cell(heading.row + 2, 1)
    assert cash.value == "vs cash freeze"
    # the running sum to 2030 less the sum to 2027, on the Yearly sheet (rows 6 and 3)
    assert formulas.cell(cash.row, 2).value == "=Yearly!$Q$6-Yearly!$Q$3"
    cached = values.cell(cash.row, 2).value
    assert cached == pytest.approx(doc["extra"]["cumulative_bn"], rel=1e-12)
    assert cached == pytest.approx(sum(doc["extra"]["per_year_bn"][2:5]), rel=1e-12)


def test_csv_carries_the_chosen_units_baseline_and_window(capsys, user_data):
    import csv
    import io

    argv = [*GERMANY_USD, "--baseline", "cash-freeze", "--window", "2028:2030"]
    doc = _json(capsys, *argv)
    assert main(["project", *argv, "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["money_currency"] for r in rows] == ["USD"] * len(doc["years"])
    assert {r["money_prices"] for r in rows} == {"constant"}
    assert {r["extra_baseline"] for r in rows} == {"cash_freeze"}
    assert {r["extra_window"] for r in rows} == {"2028-2030"}
    # national money stays in gdp_bn (the CSV contract), the chosen units beside it
    assert float(rows[4]["gdp_bn"]) == pytest.approx(doc["gdp_bn"][4], abs=1e-6)
    assert float(rows[4]["money_core_defence_bn"]) == pytest.approx(
        doc["money"]["core_defence_bn"][4], abs=1e-6
    )
    extra = [None if r["extra_bn"] == "" else float(r["extra_bn"]) for r in rows]
    assert extra == pytest.approx(doc["extra"]["per_year_bn"], abs=1e-6)
    assert extra[1] is None  # blank outside the window
    assert extra[2] is not None
