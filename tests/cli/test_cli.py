"""The headless command line: the JSON contract, the formats, and bad input."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from calculator.cli import main
from calculator.core.models import CoreSpending, Scenario, SpendingMode
from calculator.storage import bundled_dataset, save_scenario

CONTRACT_KEYS = {
    "schema",
    "country",
    "base_year",
    "horizon",
    "years",
    "gdp_bn",
    "core_defence_bn",
    "related_bn",
    "core_share_pct",
    "related_share_pct",
    "total_share_pct",
    "thresholds",
    "dataset",
}
THRESHOLD_KEYS = {
    "label",
    "value_pct",
    "measure",
    "target_year",
    "year_reached",
    "already_met",
    "holds_through_horizon",
    "met_by_target_year",
    "gap_pct_points_at_target",
    "required_nominal_growth_pct",
}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    code, out, err = run(capsys, *argv, "--format", "json")
    assert code == 0, err
    return json.loads(out)


def test_project_json_contract_spain_growth_8(capsys: pytest.CaptureFixture[str]) -> None:
    doc = run_json(capsys, "project", "--country", "ESP", "--spending-growth", "8")
    assert doc.keys() >= CONTRACT_KEYS
    assert doc["schema"] == "calculator.projection/1"
    assert doc["country"] == {"iso3": "ESP", "name": "Spain", "currency": "EUR"}
    assert doc["base_year"] == 2026
    assert doc["horizon"] == 2035
    assert doc["years"] == list(range(2026, 2036))
    for key in (
        "gdp_bn",
        "core_defence_bn",
        "related_bn",
        "core_share_pct",
        "related_share_pct",
        "total_share_pct",
    ):
        assert len(doc[key]) == len(doc["years"]), key
    # Hand calculation: D_2026 = 2.00 % × IMF NGDP 2026 (1749.469 bn EUR); D grows 8 % a year.
    assert doc["gdp_bn"][0] == pytest.approx(1749.469)
    assert doc["core_defence_bn"][0] == pytest.approx(0.02 * 1749.469)
    assert doc["core_defence_bn"][1] == pytest.approx(0.02 * 1749.469 * 1.08)
    assert doc["core_share_pct"][0] == pytest.approx(2.0)
    by_value = {t["value_pct"]: t for t in doc["thresholds"]}
    assert set(by_value) == {2.1, 3.5, 5.0}
    for t in doc["thresholds"]:
        assert t.keys() >= THRESHOLD_KEYS
    assert by_value[2.1]["year_reached"] == 2028
    assert by_value[2.1]["already_met"] is False
    assert by_value[2.1]["holds_through_horizon"] is True
    assert by_value[3.5]["year_reached"] is None
    assert by_value[3.5]["met_by_target_year"] is False
    gdp_2035 = doc["gdp_bn"][-1]
    r_star = 100 * ((0.035 * gdp_2035 / (0.02 * 1749.469)) ** (1 / 9) - 1)
    assert by_value[3.5]["required_nominal_growth_pct"] == pytest.approx(r_star)
    assert round(by_value[3.5]["required_nominal_growth_pct"], 1) == 10.6
    assert by_value[5.0]["measure"] == "total"
    ids = {s["id"] for s in doc["dataset"]["sources"]}
    assert {"NATO-2026", "IMF-WEO-2025-10"} <= ids
    assert doc["dataset"]["id"] == bundled_dataset().id
    nato = next(s for s in doc["dataset"]["sources"] if s["id"] == "NATO-2026")
    assert nato["cut_off"] == "2026-07-03"
    assert doc["base"]["share_status"] == "estimate"


def test_project_table_is_aligned_and_names_sources(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "project", "--country", "Spain", "--spending-growth", "8")
    assert code == 0
    lines = out.splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("Year"))
    table = lines[header : header + 12]
    assert len({len(line) for line in table}) == 1  # every row the same width
    assert "reached in 2028" in out
    assert "not by 2035 (2041 on this path)" in out
    assert "Defence Investment of NATO Countries (2014-2026)" in out
    assert "cut-off 2026-07-03" in out


def test_project_csv_parses_with_one_row_per_year(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "project", "--country", "BEL", "--glide", "3.5:2035", "--format", "csv"
    )
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [int(r["year"]) for r in rows] == list(range(2026, 2036))
    assert float(rows[-1]["core_share_pct"]) == pytest.approx(3.5)
    assert float(rows[0]["core_share_pct"]) == pytest.approx(2.0)


def test_flags_reach_the_engine(capsys: pytest.CaptureFixture[str]) -> None:
    doc = run_json(
        capsys,
        "project",
        "--country",
        "DEU",
        "--real-growth",
        "1",
        "--inflation",
        "2",
        "--horizon",
        "2040",
        "--related-share",
        "2",
        "--thresholds",
        "core:3,total:4.5@2030",
        "--increment",
        "5",
    )
    assert doc["years"][-1] == 2040
    assert doc["assumptions"]["economy"]["preset"] == "constant"
    assert doc["gdp_bn"][1] == pytest.approx(doc["gdp_bn"][0] * 1.01 * 1.02)
    assert doc["core_defence_bn"][2] - doc["core_defence_bn"][1] == pytest.approx(5.0)
    assert doc["related_share_pct"][0] == pytest.approx(2.0)
    assert doc["related_counted_share_pct"][0] == pytest.approx(1.5)  # counted up to the cap
    assert [t["target_year"] for t in doc["thresholds"]] == [2035, 2030]
    assert doc["total_share_pct"][0] == pytest.approx(doc["core_share_pct"][0] + 1.5)


def test_growth_adjust_shifts_the_imf_baseline(capsys: pytest.CaptureFixture[str]) -> None:
    plain = run_json(capsys, "project", "--country", "FRA")
    shifted = run_json(capsys, "project", "--country", "FRA", "--growth-adjust", "-1")
    for a, b in zip(plain["real_growth_pct"][1:], shifted["real_growth_pct"][1:], strict=True):
        assert b == pytest.approx(a - 1.0)


def test_real_spending_growth_adds_inflation(capsys: pytest.CaptureFixture[str]) -> None:
    doc = run_json(capsys, "project", "--country", "ITA", "--spending-growth", "2", "--real")
    d, p = doc["core_defence_bn"], doc["inflation_pct"]
    assert d[1] == pytest.approx(d[0] * 1.02 * (1 + p[1] / 100))


def test_scenario_file_and_flag_override(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "plan.scenario.json"
    save_scenario(
        path,
        Scenario(
            country="POL", horizon=2040, core=CoreSpending(mode=SpendingMode.GROWTH, growth_pct=3)
        ),
    )
    doc = run_json(capsys, "project", "--scenario", str(path))
    assert doc["country"]["iso3"] == "POL"
    assert doc["horizon"] == 2040
    doc = run_json(capsys, "project", "--scenario", str(path), "--horizon", "2045")
    assert doc["horizon"] == 2045
    assert doc["assumptions"]["core"]["growth_pct"] == 3


def test_countries_lists_32_allies_and_aggregates(capsys: pytest.CaptureFixture[str]) -> None:
    doc = run_json(capsys, "countries")
    allies = [c for c in doc["countries"] if c["kind"] == "ally"]
    assert len(allies) == 32
    iceland = next(c for c in allies if c["iso3"] == "ISL")
    assert iceland["latest_share_pct"] is None
    assert "no armed forces" in iceland["note"]
    spain = next(c for c in allies if c["iso3"] == "ESP")
    assert (spain["currency"], spain["latest_year"], spain["latest_share_pct"]) == (
        "EUR",
        2026,
        2.0,
    )
    assert {c["iso3"] for c in doc["countries"] if c["kind"] == "aggregate"} == {
        "NATO_EUR_CAN",
        "NATO_TOTAL",
    }
    code, out, _ = run(capsys, "countries")
    assert code == 0
    assert "Türkiye" in out


def test_alliance_every_ally_and_sorting(capsys: pytest.CaptureFixture[str]) -> None:
    doc = run_json(capsys, "alliance", "--sort", "base_share_pct", "--descending")
    rows = doc["allies"]
    assert len(rows) == 31  # Iceland has no figure
    shares = [r["base_share_pct"] for r in rows]
    assert shares == sorted(shares, reverse=True)
    assert rows[0]["iso3"] == "LTU"
    code, out, _ = run(
        capsys, "alliance", "--spending-growth", "6", "--sort", "reach_core_3.5", "--format", "csv"
    )
    assert code == 0
    parsed = list(csv.DictReader(io.StringIO(out)))
    years = [int(r["reach_core_3.5"]) for r in parsed if r["reach_core_3.5"]]
    assert years == sorted(years)
    # Allies that never reach it come last (empty cells).
    tail = [r["reach_core_3.5"] for r in parsed[len(years) :]]
    assert all(v == "" for v in tail)
    code, out, _ = run(capsys, "alliance")
    assert code == 0
    assert "Lithuania" in out


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (
            ["project", "--real-growth", "20"],
            "--real-growth: 20 is out of range; allowed -15 to 15",
        ),
        (["project", "--real-growth", "abc"], "--real-growth: 'abc' is not a number"),
        (["project", "--inflation", "60"], "--inflation: 60 is out of range; allowed -5 to 50"),
        (["project", "--horizon", "2060"], "--horizon: 2060 is out of range; allowed 2015 to 2050"),
        (["project", "--glide", "3.5"], "--glide: '3.5' must be PCT:YEAR"),
        (["project", "--glide", "25:2035"], "--glide: 25 is out of range; allowed 0 to 20"),
        (["project", "--glide", "-1:2030"], "--glide: -1 is out of range; allowed 0 to 20"),
        (["project", "--country", "XXX"], "--country: unknown ally 'XXX'"),
        (["project", "--country", "ISL"], "--country: Iceland (ISL) has no armed forces"),
        (["project", "--country", "NATO_TOTAL"], "--country: NATO Total is a NATO aggregate"),
        (["project", "--base-year", "2010"], "--base-year: 2010 is out of range"),
        (["project", "--spending-growth", "150"], "--spending-growth: 150 is out of range"),
        (["project", "--thresholds", "core:x"], "--thresholds: 'core:x' must be MEASURE:PCT"),
        (["project", "--real"], "--real: only with --spending-growth"),
        (["project", "--format", "xml"], "argument --format: invalid choice: 'xml'"),
        (["project", "--spending-growth", "3", "--glide", "3:2030"], "not allowed with"),
        (
            ["project", "--horizon", "2026", "--base-year", "2026"],
            "--horizon: 2026 must be after the base year 2026; allowed 2027 to 2050",
        ),
        (["alliance", "--increment", "3"], "--increment: an amount in national currency"),
        (["alliance", "--sort", "nope"], "--sort: 'nope' is not a column"),
        (["project", "--scenario", "/nonexistent.json"], "/nonexistent.json: no such file"),
        (["--screenshot", "/no/such/folder/x.png"], "--screenshot: folder /no/such/folder"),
    ],
)
def test_bad_input_is_one_line_exit_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], expected: str
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1, err
    assert err.startswith("budget-calculator: error: ")
    assert expected in err
    assert "Traceback" not in err


def test_bad_scenario_files(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    cases = {
        "notjson.json": ("{nope", "not valid JSON"),
        "foreign.json": ('{"schema": "other/1"}', "not a scenario file"),
        "newer.json": ('{"schema": "calculator.scenario/99", "scenario": {}}', "newer version"),
        "bad.json": (
            '{"schema": "calculator.scenario/1", "scenario": {"economy": {"real_growth_pct": 99}}}',
            "scenario.economy.real_growth_pct: 99 is out of range; allowed -15 to 15",
        ),
    }
    for name, (text, expected) in cases.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        before = path.read_bytes()
        code, _out, err = run(capsys, "project", "--scenario", str(path))
        assert code == 2, name
        assert expected in err, (name, err)
        assert path.read_bytes() == before  # nothing overwritten


def test_console_script_and_module_entry_points() -> None:
    """``python -m calculator`` runs the same command line in a fresh interpreter."""
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "calculator",
            "project",
            "--country",
            "ESP",
            "--spending-growth",
            "8",
            "--format",
            "json",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["thresholds"][0]["year_reached"] == 2028
    bad = subprocess.run(
        [sys.executable, "-m", "calculator", "project", "--horizon", "x"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert bad.returncode == 2
    assert bad.stderr.strip().splitlines() == [
        "budget-calculator: error: --horizon: 'x' is not a whole year; allowed 2015 to 2050"
    ]


def test_dataset_error_is_reported_cleanly(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "--data", str(tmp_path), "countries")
    assert code == 2
    assert "manifest.json: missing" in err


def test_edition_2025_cites_its_own_source_and_explains_the_base_year(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "project", "--country", "DEU", "--edition", "2025")
    assert code == 0
    assert "Defence Expenditure of NATO Countries (2014-2025), August 2025" in out
    assert "(2014-2026)" not in out
    assert "has no 2025 figure for Germany, so the base year is 2024" in out


def test_alliance_table_marks_met_and_lost(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "alliance", "--spending-growth", "7")
    assert code == 0
    turkey = next(line for line in out.splitlines() if "Türkiye" in line)
    assert "met, lost" in turkey  # above 2.1 % in 2026, below it by 2035 at 7 % a year
    assert "Iceland has no armed forces" in out
    doc = run_json(capsys, "alliance", "--spending-growth", "7")
    tur = next(r for r in doc["allies"] if r["iso3"] == "TUR")
    assert (tur["already_met_core_2.1"], tur["holds_core_2.1"]) == (True, False)


def test_years_before_the_base_are_refused(capsys: pytest.CaptureFixture[str]) -> None:
    for argv, flag in (
        (["--target-year", "2026"], "--target-year"),
        (["--glide", "3.5:2026"], "--glide"),
        (["--related-glide", "1:2020"], "--related-glide"),
    ):
        code, _, err = run(capsys, "project", *argv)
        assert code == 2
        assert err.startswith(f"budget-calculator: error: {flag}")
        assert "allowed 2027 to 2050" in err


def test_related_above_the_cap_is_explained(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "project", "--country", "ESP", "--related-share", "3")
    assert code == 0
    assert "counts only up to 1.5 % in the total" in out
