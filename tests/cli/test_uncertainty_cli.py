"""``project --uncertainty`` and ``alliance --uncertainty``: flags, bad values, JSON, table."""

from __future__ import annotations

import json
from typing import Any

import pytest

from calculator.cli import main

SPAIN_8 = ["project", "--country", "ESP", "--spending-growth", "8"]


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, Any]:
    assert main([*argv, "--format", "json"]) == 0
    doc: dict[str, Any] = json.loads(capsys.readouterr().out)
    return doc


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--uncertainty", "0"], "--uncertainty: 0 is out of range; allowed 1 to 200,000"),
        (
            ["--uncertainty", "200001"],
            "--uncertainty: 200,001 is out of range; allowed 1 to 200,000",
        ),
        (
            ["--uncertainty", "many"],
            "--uncertainty: 'many' is not a whole number of draws; allowed 1 to 200,000",
        ),
        (["--uncertainty", "10", "--seed", "-1"], "--seed: -1 is out of range; allowed 0 to"),
        (
            ["--uncertainty", "10", "--exclude-years", "2020,1999"],
            "--exclude-years: 1999 is out of range; allowed 2014 to 2024",
        ),
        (
            ["--uncertainty", "10", "--execution-risk", "5"],
            "--execution-risk: '5' is not MEAN:SD; allowed MEAN:SD with MEAN -20 to 50 and SD 0 to 50",
        ),
        (
            ["--uncertainty", "10", "--execution-risk", "5:-1"],
            "--execution-risk: '5:-1' is out of range; allowed MEAN:SD with MEAN -20 to 50",
        ),
        (
            ["--uncertainty", "10", "--sensitivity-step", "9"],
            "--sensitivity-step: '9' is out of range; allowed 0.1 to 5",
        ),
        (["--seed", "3"], "--seed: only with --uncertainty"),
    ],
)
def test_bad_values_are_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    assert main(["project", *argv]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.strip().startswith(f"budget-calculator: error: {message}")
    assert captured.err.count("\n") == 1


def test_json_bands_probabilities_and_model_card(capsys: pytest.CaptureFixture[str]) -> None:
    doc = _json(capsys, *SPAIN_8, "--uncertainty", "2000", "--seed", "7")
    bands = doc["bands"]
    assert bands["years"][-1] == 2035
    assert set(bands["core_share_pct"]) == {"p5", "p10", "p50", "p90", "p95"}
    assert len(bands["core_share_pct"]["p50"]) == len(bands["years"])
    assert bands["debt_pct_gdp"] is None
    probs = doc["probabilities"]
    assert [p["label"] for p in probs] == [
        "Spain's position",
        "Hague core, 2035",
        "Hague total, 2035",
    ]
    assert {"label", "value_pct", "target_year", "probability"} <= set(probs[0])
    assert all(0.0 <= p["probability"] <= 1.0 for p in probs)
    model = doc["uncertainty"]["model"]
    assert len(model["card"]) == 5
    assert model["draws"] == 2000
    assert model["seed"] == 7
    assert 2020 not in model["estimated_from"]
    assert doc["uncertainty"]["spread"]["kind"] == "money_fixed"
    crossing = doc["uncertainty"]["crossing_years"][0]
    assert sum(crossing["years"].values()) + crossing["not_by_horizon"] == pytest.approx(1.0)
    again = _json(capsys, *SPAIN_8, "--uncertainty", "2000", "--seed", "7")
    assert again["probabilities"] == probs


def test_options_change_the_model_and_the_numbers(capsys: pytest.CaptureFixture[str]) -> None:
    plain = _json(capsys, *SPAIN_8, "--spending-growth", "10", "--uncertainty", "2000")
    risky = _json(
        capsys,
        *SPAIN_8,
        "--spending-growth",
        "10",
        "--uncertainty",
        "2000",
        "--execution-risk",
        "10:5",
        "--exclude-years",
        "none",
        "--fiscal",
        "--sensitivity-step",
        "2",
    )
    assert risky["probabilities"][1]["probability"] < plain["probabilities"][1]["probability"]
    assert 2020 in risky["uncertainty"]["model"]["estimated_from"]
    assert risky["uncertainty"]["execution_risk"]["mean_pct"] == 10.0
    assert risky["bands"]["debt_pct_gdp"] is not None
    steps = {r["step_pp"] for r in risky["uncertainty"]["sensitivity"]["rows"]}
    assert steps == {1.0, -1.0, 2.0, -2.0}


def test_table_section(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*SPAIN_8, "--uncertainty", "1000"]) == 0
    out = capsys.readouterr().out
    assert "3.5 % by 2035: " in out
    assert "This path is fixed in money" in out
    assert "Model card:" in out
    assert "1,000 draws, seed 0" in out
    assert "Real growth +1 pp a year" in out


def test_alliance_probability_column(capsys: pytest.CaptureFixture[str]) -> None:
    doc = _json(capsys, "alliance", "--spending-growth", "6", "--uncertainty", "300")
    by_iso = {r["iso3"]: r["probability_3.5_core_2035"] for r in doc["allies"]}
    assert by_iso["POL"] == 1.0
    assert 0.0 <= by_iso["ESP"] <= 1.0
    assert main(["alliance", "--uncertainty", "200"]) == 0
    assert "P(3.5 % by 2035)" in capsys.readouterr().out
