"""The own-number flags on the command line (issue 11; issue 10 section 2), hand-checked."""

from __future__ import annotations

import json

import pytest

from calculator.cli import main
from calculator.storage import bundled_dataset


def run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def project_json(capsys, *argv):
    code, out, err = run(capsys, "project", "--format", "json", *argv)
    assert code == 0, err
    return json.loads(out)


def test_glide_below_the_current_share_keeps_poland(capsys):
    d = project_json(capsys, "--country", "POL", "--glide", "3.5:2035")
    assert d["core_share_pct"][-1] == pytest.approx(4.68)
    assert any("never below the current share" in n for n in d["notes"])
    assert d["hague_check"]["credible"]
    d = project_json(capsys, "--country", "POL", "--glide", "3.5:2035", "--allow-cuts")
    assert d["core_share_pct"][-1] == pytest.approx(3.5)
    assert d["hague_check"]["credible"]  # stays at or above 3.5 %


def test_base_amount_money_and_window(capsys):
    d = project_json(
        capsys,
        "--country", "ESP", "--base-amount", "40", "--spending-growth", "5",
        "--baseline", "cash-freeze", "--window", "2027:2028", "--currency", "USD",
    )  # fmt: skip
    assert d["core_defence_bn"][0] == pytest.approx(40.0)
    assert d["base"]["core_defence_derivation"].startswith("user's figure")
    ds = bundled_dataset()
    rate = [
        ds.imf_series("ESP", "NGDPD")[y].value / ds.imf_series("ESP", "NGDP")[y].value
        for y in (2027, 2028)
    ]
    hand = [40 * 0.05 * rate[0], 40 * (1.05**2 - 1) * rate[1]]
    assert d["extra"]["window"] == [2027, 2028]
    assert d["extra"]["per_year_bn"][1:3] == pytest.approx(hand)
    assert d["extra"]["per_year_bn"][3] is None
    assert d["extra"]["cumulative_bn"] == pytest.approx(sum(hand))
    assert d["money"]["currency"] == "USD"
    assert d["gdp_bn"][0] == pytest.approx(ds.imf_series("ESP", "NGDP")[2026].value)  # national
    assert any("USD" in line for line in d["assumptions_text"])


def test_one_rate_keeps_the_other_on_the_imf_path(capsys):
    base = project_json(capsys, "--country", "ESP")
    d = project_json(capsys, "--country", "ESP", "--real-growth", "1")
    assert d["inflation_pct"][1:] == pytest.approx(base["inflation_pct"][1:])
    assert d["real_growth_pct"][1:] == pytest.approx([1.0] * 9)


def test_paths_from_the_command_line(capsys):
    d = project_json(
        capsys, "--country", "ESP", "--gdp-path", "2030:2000", "--gdp-source", "Ministry",
        "--real-growth-path", "2031:0.5", "--custom-share", "2030:3", "--custom-amount", "2032:70",
    )  # fmt: skip
    assert d["gdp_bn"][4] == pytest.approx(2000.0)
    assert d["core_share_pct"][4] == pytest.approx(3.0)
    assert d["core_defence_bn"][6] == pytest.approx(70.0)
    assert d["real_growth_pct"][5] == pytest.approx(0.5)
    assert d["assumptions"]["economy"]["gdp_source"] == "Ministry"


def test_check_claim(capsys):
    d = project_json(capsys, "--country", "ESP", "--check-claim", "42:2.1:2029")
    assert d["claim_check"]["implied_gdp_bn"] == pytest.approx(2000.0)


def test_baseline_file_of_the_same_ally(capsys, tmp_path):
    plan = tmp_path / "plan.scenario.json"
    code, _, err = run(
        capsys,
        "project",
        "--country",
        "ESP",
        "--spending-growth",
        "3",
        "--save-scenario",
        str(plan),
    )
    assert code == 0, err
    d = project_json(capsys, "--country", "ESP", "--spending-growth", "3", "--baseline", str(plan))
    assert d["extra"]["baseline"] == "own_path"
    assert d["extra"]["cumulative_bn"] == pytest.approx(0.0, abs=1e-9)
    code, _, err = run(capsys, "project", "--country", "POL", "--baseline", str(plan))
    assert code == 2
    assert "--baseline" in err
    assert "ESP" in err


def test_alliance_totals_in_euros(capsys):
    code, out, err = run(capsys, "alliance", "--currency", "EUR", "--format", "json")
    assert code == 0, err
    d = json.loads(out)
    assert set(d["totals"]) == {"nato_europe_and_canada", "all_allies"}
    assert "money" in d["allies"][0]


@pytest.mark.parametrize(
    ("argv", "flag"),
    [
        (["--gdp-path", "2030:-5"], "--gdp-path"),
        (["--gdp-path", "2030:2000,2029:1900"], "--gdp-path"),
        (["--gdp-path", "2060:2000"], "--gdp-path"),
        (["--gdp-source", "x"], "--gdp-source"),
        (["--real-growth-path", "2030:99"], "--real-growth-path"),
        (["--inflation-path", "abc"], "--inflation-path"),
        (["--custom-share", "2030:30"], "--custom-share"),
        (["--custom-amount", "2030:-1"], "--custom-amount"),
        (["--base-share", "40"], "--base-share"),
        (["--base-amount", "-3"], "--base-amount"),
        (["--check-claim", "1:2"], "--check-claim"),
        (["--window", "2020:2030"], "--window"),
        (["--window", "2027:2040"], "--window"),
        (["--baseline", "nonsense"], "--baseline"),
        (["--currency", "GBP"], "--currency"),
        (["--prices", "old"], "--prices"),
    ],
)
def test_bad_input_is_one_line_naming_the_flag(capsys, argv, flag):
    code, out, err = run(capsys, "project", *argv)
    assert code == 2
    assert flag in err
    assert len(err.strip().splitlines()) == 1
    assert out == ""
