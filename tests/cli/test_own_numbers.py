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


# ------------------------------------------------------------------ the table in the chosen units


def _table_row(out: str, year: int) -> list[str]:
    line = next(line for line in out.splitlines() if line.startswith(f"{year}  "))
    return line.split()


def test_table_money_follows_the_chosen_units(capsys):
    """--currency USD --prices constant: the table's money is JSON's ``money``, labelled."""
    argv = ("--country", "POL", "--glide", "3:2030", "--currency", "USD", "--prices", "constant")
    d = project_json(capsys, *argv)
    code, out, err = run(capsys, "project", *argv)
    assert code == 0, err
    assert "GDP bn USD, 2026 prices" in out
    assert "Core bn USD, 2026 prices" in out
    i = d["years"].index(2031)
    row = _table_row(out, 2031)
    assert row[1] == f"{d['money']['gdp_bn'][i]:,.2f}"
    assert row[2] == f"{d['money']['core_defence_bn'][i]:,.2f}"
    # the threshold table's money needed: the JSON money object's, in the same words
    th = d["money"]["thresholds"][1]  # 3.5 % core by 2035
    line = next(line for line in out.splitlines() if "Hague core, 2035" in line)
    assert f"{th['money_needed_at_target_bn']:,.1f} bn USD, 2026 prices" in line
    assert "bn PLN" not in line
    # hand check: NATO share × IMF GDP in 2035, deflated, at the base year's rate
    ds = bundled_dataset()
    usd_2026 = ds.imf_series("POL", "NGDPD")[2026].value / ds.imf_series("POL", "NGDP")[2026].value
    deflator_2035 = d["money"]["gdp_bn"][-1] / (d["gdp_bn"][-1] * usd_2026)
    expected = 0.035 * d["gdp_bn"][-1] * deflator_2035 * usd_2026
    assert th["money_needed_at_target_bn"] == pytest.approx(expected, rel=1e-9)
    assert "Money is in billions of national currency" not in out  # not true of this table


def test_extra_spending_is_said_once(capsys):
    """One fact, one line: the cumulative extra spending is not repeated in the assumptions."""
    argv = ("--country", "ESP", "--glide", "3.5:2035", "--currency", "EUR")
    d = project_json(capsys, *argv)
    code, out, _ = run(capsys, "project", *argv)
    assert code == 0
    amount = f"{d['extra']['cumulative_bn']:,.1f} bn EUR"
    assert out.count(amount) == 1
    assert f"Core spending 2027–2035, cumulative: {amount} more than a constant share" in out
    assert "Extra spending measured against a constant share, summed over 2027–2035." in out
    assert d["extra"]["text"].startswith(f"Core spending 2027–2035, cumulative: {amount}")


def test_window_and_baseline_file_in_the_extra_line(capsys, tmp_path):
    plan = tmp_path / "plan.scenario.json"
    code, _, err = run(
        capsys, "project", "--country", "ESP", "--spending-growth", "3", "--save-scenario",
        str(plan),
    )  # fmt: skip
    assert code == 0, err
    argv = ("--country", "ESP", "--glide", "3.5:2035", "--baseline", str(plan), "--window",
            "2028:2030")  # fmt: skip
    d = project_json(capsys, *argv)
    code, out, _ = run(capsys, "project", *argv)
    assert code == 0
    own = d["extra"]["cumulative_bn"]
    by_hand = sum(
        d["core_defence_bn"][d["years"].index(y)]
        - d["extra"]["baseline_core_defence_bn"][d["years"].index(y)]
        for y in (2028, 2029, 2030)
    )
    assert own == pytest.approx(by_hand, rel=1e-9)
    assert f"Core spending 2028–2030, cumulative: {own:,.1f} bn EUR more than the user's own" in out


def test_claim_beyond_the_horizon_is_checked(capsys):
    d = project_json(capsys, "--country", "ESP", "--check-claim", "50:2.1:2045")
    c = d["claim_check"]
    assert c["implied_gdp_bn"] == pytest.approx(50 / 0.021)
    assert c["scenario_gdp_bn"] is None  # the projection stops in 2035
    years = 2045 - 2026
    assert c["needed_nominal_growth_pct"] == pytest.approx(
        100 * ((50 / 0.021 / c["base_gdp_bn"]) ** (1 / years) - 1)
    )
    assert c["imf_gdp_bn"] > c["base_gdp_bn"]


def test_alliance_cumulative_over_the_window(capsys):
    code, out, err = run(
        capsys, "alliance", "--currency", "EUR", "--window", "2027:2030", "--format", "json"
    )
    assert code == 0, err
    d = json.loads(out)
    assert d["totals_window"] == [2027, 2030]
    europe = d["totals"]["nato_europe_and_canada"]
    assert europe["cumulative_needed_core_3.5_by_2035_bn"] == pytest.approx(
        sum(
            a["money"]["cumulative_needed_core_3.5_by_2035_bn"]
            for a in d["allies"]
            if a["iso3"] != "USA"
        )
    )
    assert "cumulative_needed_<measure>_<pct>_by_<year>_bn" in d["totals_keys"]
    code, out, err = run(capsys, "alliance", "--currency", "EUR", "--window", "2027:2030")
    assert code == 0, err
    total = europe["cumulative_needed_core_3.5_by_2035_bn"]
    at_2035 = europe["needed_core_3.5_by_2035_bn"]
    assert (
        f"NATO Europe and Canada, 3.5 % core by 2035: {at_2035:,.1f} bn EUR more in 2035 alone; "
        f"{total:,.1f} bn EUR over 2027–2030." in out
    )
    assert "over 2027–2030 (each year's shortfall below a straight line" in out


# ------------------------------------------------------------------ review of issue 11


def test_one_constant_rate_is_said_so_in_the_economy_line(capsys):
    """--real-growth alone: the header must not claim a constant 2 % inflation."""
    code, out, err = run(capsys, "project", "--real-growth", "0.5")
    assert code == 0, err
    economy = next(line for line in out.splitlines() if line.startswith("Economy:"))
    assert "constant 0.5 % real growth, inflation on its IMF path" in economy
    assert "2 % inflation" not in economy
    code, out, err = run(capsys, "project", "--inflation", "3")
    assert "real growth on its IMF path, constant 3 % inflation" in out


def test_claim_line_names_the_currency_of_the_imf_path(capsys):
    d = project_json(
        capsys, "--country", "POL", "--edition", "2024", "--base-year", "2023",
        "--check-claim", "151.24:4.12:2024",
    )  # fmt: skip
    line = next(t for t in d["assumptions_text"] if t.startswith("Claim check"))
    # 151.24 / 4.12 % = 3,670.87 bn PLN; the IMF path's 2024 GDP ≈ 3,641.2 bn PLN
    assert d["claim_check"]["implied_gdp_bn"] == pytest.approx(151.24 / 0.0412)
    assert "the IMF path has 3,641.19 bn PLN (6.61 % a year)" in line


def test_no_rounding_noise_in_the_extra_spending(capsys):
    """Germany, constant USD, constant share: the extra is exactly 0, not -1.6e-14."""
    d = project_json(capsys, "--country", "DEU", "--prices", "constant", "--currency", "USD")
    assert d["extra"]["per_year_bn"][1:] == [0.0] * 9
    assert d["extra"]["cumulative_bn"] == 0.0


@pytest.mark.parametrize(
    ("argv", "start"),
    [
        (["--custom-share", "2020:2"], "--custom-share: 2020 is not after the base year 2026"),
        (["--custom-amount", "2026:5"], "--custom-amount: 2026 is not after the base year 2026"),
        (["--real-growth-path", "2024:2"], "--real-growth-path: 2024 is not after the base year"),
        (["--inflation-path", "2040:2"], "--inflation-path: 2040 is after the horizon 2035"),
    ],
)
def test_path_years_outside_the_projection_name_the_flag(capsys, argv, start):
    code, out, err = run(capsys, "project", *argv)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith(f"budget-calculator: error: {start}")
    assert "allowed 2027 to" in err
