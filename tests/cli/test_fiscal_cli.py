"""``project --fiscal``: the flags, their bad values, the JSON shape and the Canada case."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest

from calculator.cli import main

CANADA = ["project", "--country", "CAN", "--glide", "3.5:2035", "--fiscal"]


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, Any]:
    assert main([*argv, "--format", "json"]) == 0
    doc: dict[str, Any] = json.loads(capsys.readouterr().out)
    return doc


@pytest.mark.parametrize(
    ("flag", "value", "message"),
    [
        ("--interest", "20.5", "--interest: 20.5 is out of range; allowed -5 to 20"),
        ("--interest", "-6", "--interest: -6 is out of range; allowed -5 to 20"),
        ("--interest", "three", "--interest: 'three' is not a number; allowed -5 to 20"),
        ("--interest", "nan", "--interest: nan is out of range; allowed -5 to 20"),
        ("--borrowed", "101", "--borrowed: 101 is out of range; allowed 0 to 100"),
        ("--borrowed", "-0.5", "--borrowed: -0.5 is out of range; allowed 0 to 100"),
    ],
)
def test_bad_fiscal_values_are_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], flag: str, value: str, message: str
) -> None:
    assert main(["project", "--fiscal", flag, value]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.strip() == f"budget-calculator: error: {message}"


def test_bad_escape_clause_and_flags_without_fiscal(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["project", "--fiscal", "--escape-clause", "maybe"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "--escape-clause" in err
    assert "'auto', 'on', 'off'" in err
    assert main(["project", "--borrowed", "50"]) == 2
    assert capsys.readouterr().err.strip().endswith("--borrowed: only with --fiscal")
    assert main(["report", "--alliance", "--fiscal", "-o", "x.pdf"]) == 2
    assert "--fiscal: one ally's budget impact" in capsys.readouterr().err


def test_the_edge_values_are_allowed(capsys: pytest.CaptureFixture[str]) -> None:
    d = _json(capsys, *CANADA, "--interest", "-5", "--borrowed", "0")["fiscal"]
    assert (d["interest_pct"], d["borrowed_pct"]) == (-5.0, 0.0)
    assert d["extra_debt_bn"] == [0.0] * len(d["extra_debt_bn"])  # nothing borrowed
    d = _json(capsys, *CANADA, "--interest", "20", "--borrowed", "100")["fiscal"]
    assert d["interest_pct"] == 20.0


def test_json_shape(capsys: pytest.CaptureFixture[str]) -> None:
    doc = _json(capsys, *CANADA, "--borrowed", "60")
    f = doc["fiscal"]
    assert (f["interest_pct"], f["borrowed_pct"], f["baseline"]) == (3.0, 60.0, "constant-share")
    n = len(doc["years"])
    arrays = (
        "extra_bn",
        "extra_debt_bn",
        "extra_deficit_pct_gdp",
        "baseline_debt_pct_gdp",
        "debt_pct_gdp",
        "tax_pct_gdp",
        "tax_pct_revenue",
    )
    for key in arrays:
        assert len(f[key]) == n, key
        assert all(isinstance(v, float) for v in f[key]), key
    for key in ("extra_bn", "extra_debt_bn", "extra_deficit_pct_gdp", "tax_pct_gdp"):
        assert f[key][0] == 0.0, key  # the base year's entries are 0
    # 40 % not borrowed: a tax rise of 40 % of the extra, in % of GDP
    gdp = doc["gdp_bn"]
    assert f["tax_pct_gdp"][-1] == pytest.approx(40.0 * f["extra_bn"][-1] / gdp[-1])
    assert f["tax_pct_revenue"][-1] > f["tax_pct_gdp"][-1]
    # the debt recursion at 3 %, with 60 % borrowed
    e = f["extra_debt_bn"]
    assert e[2] == pytest.approx(e[1] * 1.03 + 0.6 * f["extra_bn"][2])
    ec = f["escape_clause"]
    assert set(ec) >= {"applies", "base_share_2021", "covered_pct_points", "uncovered_pct_points"}
    assert set(ec["covered_pct_points"]) == {str(y) for y in range(2025, 2036)}
    assert "COFOG 02" in ec["note"]
    srcs = f["sources"]
    assert srcs[0]["series"] == ["GGXWDG_NGDP", "GGXCNL_NGDP", "GGR", "GGX"]
    assert "October 2025" in srcs[0]["source"]
    reported = {s["source"] for s in srcs if s["as_reported"]}
    assert any("8 July 2025" in s for s in reported)  # the Council's decision, second-hand
    assert "interest rate of 3 % a year" in f["notes"][0]
    # without --fiscal there is no fiscal object
    assert "fiscal" not in _json(capsys, "project", "--country", "CAN")


def test_canada_straight_line_to_3_5_borrowed_at_3(capsys: pytest.CaptureFixture[str]) -> None:
    """The PBO's case: +6.3 pp of federal debt; ours is general government (+6.6)."""
    f = _json(capsys, *CANADA, "--interest", "3")["fiscal"]
    assert f["target_year"] == 2035
    assert f["debt_effect_pct_points_at_target"] == pytest.approx(6.63, abs=0.005)
    i = -1  # horizon 2035
    assert f["debt_pct_gdp"][i] - f["baseline_debt_pct_gdp"][i] == pytest.approx(6.63, abs=0.005)
    assert main(CANADA) == 0
    out = capsys.readouterr().out
    assert "borrowed at 3 %, this adds 6.6 points to debt by 2035." in out.splitlines()[0]
    assert "Budget impact" in out
    assert "with interest at 3 % a year on the extra debt" in out
    assert "Canada is not in the EU" in out


def test_escape_clause_poland_activated_spain_not(capsys: pytest.CaptureFixture[str]) -> None:
    pol = _json(capsys, "project", "--country", "POL", "--glide", "6:2030", "--fiscal")
    ec = pol["fiscal"]["escape_clause"]
    assert ec["applies"] is True
    assert ec["covered_pct_points"]["2028"] == 1.5  # capped
    assert ec["uncovered_pct_points"]["2028"] == pytest.approx(ec["rise_pct_points"]["2028"] - 1.5)
    assert ec["covered_pct_points"]["2029"] == 0.0  # the 2028 cliff
    assert ec["uncovered_pct_points"]["2030"] == pytest.approx(6.0 - ec["base_share_2021"])
    esp = _json(capsys, "project", "--country", "ESP", "--glide", "3.5:2035", "--fiscal")
    ec = esp["fiscal"]["escape_clause"]
    assert ec["applies"] is False
    assert set(ec["covered_pct_points"].values()) == {0.0}
    assert ec["uncovered_pct_points"]["2028"] > 0.0
    on = _json(
        capsys, "project", "--country", "ESP", "--glide", "3.5:2035", "--fiscal",
        "--escape-clause", "on",
    )  # fmt: skip
    assert on["fiscal"]["escape_clause"]["covered_pct_points"]["2028"] > 0.0
    off = _json(capsys, "project", "--country", "POL", "--fiscal", "--escape-clause", "off")
    assert off["fiscal"]["escape_clause"]["applies"] is False
    assert main(["project", "--country", "ESP", "--glide", "3.5:2035", "--fiscal"]) == 0
    out = capsys.readouterr().out
    assert "not activated for Spain" in out
    assert "NATO's core share stands in for COFOG 02" in out


def test_germany_gets_the_debt_brake_note(capsys: pytest.CaptureFixture[str]) -> None:
    f = _json(capsys, "project", "--country", "DEU", "--glide", "3.5:2035", "--fiscal")["fiscal"]
    assert "above 1 % of GDP is exempt from the debt brake" in f["debt_brake_note"]
    assert any("debt brake" in s["fact"] for s in f["sources"])
    f = _json(capsys, "project", "--country", "FRA", "--fiscal")["fiscal"]
    assert f["debt_brake_note"] is None


def test_baseline_flag_changes_the_extra_spending(capsys: pytest.CaptureFixture[str]) -> None:
    share = _json(capsys, *CANADA)["fiscal"]
    cash = _json(capsys, *CANADA, "--baseline", "cash-freeze")["fiscal"]
    assert cash["baseline"] == "cash-freeze"
    assert cash["extra_bn"][-1] > share["extra_bn"][-1]  # GDP grows: a freeze is lower


def test_csv_carries_the_fiscal_columns(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*CANADA, "--format", "csv", "--interest", "4"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows[0]["fiscal_extra_debt_bn"] == "0.0"
    assert rows[-1]["fiscal_interest_pct"] == "4.0"
    debt = [float(r["fiscal_extra_debt_bn"]) for r in rows]
    extra = [float(r["fiscal_extra_bn"]) for r in rows]
    assert debt[3] == pytest.approx(debt[2] * 1.04 + extra[3], abs=1e-5)
