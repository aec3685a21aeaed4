"""Every formula of DESIGN.md section 4 against a hand calculation from the raw figures.

The expected values are computed here, year by year in plain Python, from the published IMF and
NATO numbers (``hand`` in conftest.py) or written literally, never read back from the engine.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from calculator.core.alliance import project_alliance
from calculator.core.models import (
    CoreSpending,
    CustomPoint,
    Economy,
    Measure,
    RelatedSpending,
    Scenario,
    Threshold,
    YearOverride,
)
from calculator.core.projection import ProjectionError, project

REL = 1e-12  # same arithmetic in another order: only rounding may differ

# Spain, as published: NATO July 2026 edition, 2026e share of GDP; IMF WEO October 2025 NGDP.
ESP_SHARE_2026 = 2.00
ESP_NGDP_2026 = 1749.469
ESP_NGDP_2027 = 1829.418
ESP_D_2026 = ESP_SHARE_2026 / 100 * ESP_NGDP_2026  # 34.98938 bn EUR


def years_of(proj):
    return [int(y) for y in proj.years]


def approx_list(values, rel=REL, abs_=1e-12):
    return pytest.approx(list(values), rel=rel, abs=abs_)


# ------------------------------------------------------------------------------ base year


def test_spain_base_year_is_2026_with_literal_figures(ds, spain):
    proj = project(ds, spain)
    assert proj.base_year == 2026
    assert proj.horizon == 2035
    assert years_of(proj) == list(range(2026, 2036))
    assert proj.base_share_pct == pytest.approx(ESP_SHARE_2026, rel=REL)
    assert proj.gdp_bn[0] == ESP_NGDP_2026
    assert proj.base_core_bn == pytest.approx(34.98938, rel=REL)
    assert proj.country.currency == "EUR"


@pytest.mark.parametrize("iso3", ["ESP", "BEL", "DEU", "USA", "POL", "BGR", "CAN"])
def test_base_spending_is_share_times_imf_gdp(ds, hand, iso3):
    proj = project(ds, Scenario(country=iso3))
    base = proj.base_year
    assert base == max(ds.nato_share(iso3))
    s_b, gdp_b = hand.share(iso3, base), hand.imf(iso3, "NGDP", base)
    assert proj.gdp_bn[0] == pytest.approx(gdp_b, rel=REL)
    assert proj.core_bn[0] == pytest.approx(s_b / 100 * gdp_b, rel=REL)
    assert proj.core_share_pct[0] == pytest.approx(s_b, rel=REL)


def test_user_base_year_uses_that_years_share_and_gdp(ds, hand):
    proj = project(ds, Scenario(country="ESP", base_year=2022))
    assert proj.base_year == 2022
    assert proj.core_bn[0] == pytest.approx(
        hand.share("ESP", 2022) / 100 * hand.imf("ESP", "NGDP", 2022), rel=REL
    )


def test_older_edition_uses_its_own_share(ds, hand):
    proj = project(ds, Scenario(country="ESP", nato_edition="2025"))
    assert proj.base_year == 2025
    assert proj.base_share_pct == pytest.approx(hand.share("ESP", 2025, "2025"), rel=REL)


# ------------------------------------------------------------------------------ economy


def test_imf_baseline_rates_and_holding_after_2030(ds, hand):
    proj = project(ds, Scenario(country="ESP", horizon=2040))
    g = proj.real_growth_pct
    p = proj.inflation_pct
    assert math.isnan(g[0])
    assert math.isnan(p[0])
    for i, t in enumerate(years_of(proj)[1:], start=1):
        y = min(t, 2030)
        assert g[i] == pytest.approx(hand.imf("ESP", "NGDP_RPCH", y), rel=REL)
        defl_ratio = hand.imf("ESP", "NGDP_D", y) / hand.imf("ESP", "NGDP_D", y - 1)
        assert p[i] == pytest.approx(100 * (defl_ratio - 1), rel=1e-10)
    # after 2030 both hold the 2030 values
    i30 = proj.index_of(2030)
    assert set(g[i30:]) == {g[i30]}
    assert set(p[i30:]) == {p[i30]}


def test_imf_baseline_gdp_path_by_hand(ds, hand):
    proj = project(ds, Scenario(country="ESP", horizon=2050))
    expected = hand.imf_gdp("ESP", 2026)
    assert list(proj.gdp_bn) == approx_list([expected[t] for t in years_of(proj)], rel=1e-11)
    # and it lands on the IMF's own 2027 figure (1829.418 bn EUR) to 0.01 %
    assert proj.gdp_bn[1] == pytest.approx(ESP_NGDP_2027, rel=1e-4)


def test_constant_preset_gdp_literal(ds, hand):
    eco = Economy(preset="constant", real_growth_pct=1.5, inflation_pct=2.0)
    proj = project(ds, Scenario(country="ESP", economy=eco))
    assert set(proj.real_growth_pct[1:]) == {1.5}
    assert set(proj.inflation_pct[1:]) == {2.0}
    assert proj.gdp_bn[1] == pytest.approx(1749.469 * 1.015 * 1.02, rel=REL)
    assert proj.gdp_bn[-1] == pytest.approx(1749.469 * (1.015 * 1.02) ** 9, rel=REL)
    expected = hand.constant_gdp("ESP", 2026, 1.5, 2.0)
    assert list(proj.gdp_bn) == approx_list([expected[t] for t in years_of(proj)], rel=1e-11)


def test_constant_preset_with_adjustments(ds, hand):
    eco = Economy(
        preset="constant",
        real_growth_pct=1.0,
        inflation_pct=2.5,
        growth_adjust_pp=0.75,
        inflation_adjust_pp=-1.5,
    )
    proj = project(ds, Scenario(country="BEL", economy=eco))
    assert proj.real_growth_pct[1:] == approx_list([1.75] * 9)
    assert proj.inflation_pct[1:] == approx_list([1.0] * 9)
    expected = hand.constant_gdp("BEL", proj.base_year, 1.75, 1.0)
    assert list(proj.gdp_bn) == approx_list([expected[t] for t in years_of(proj)], rel=1e-11)


def test_imf_baseline_with_uniform_adjustments(ds, hand):
    eco = Economy(growth_adjust_pp=1.0, inflation_adjust_pp=-0.5)
    proj = project(ds, Scenario(country="ESP", economy=eco, horizon=2040))
    g = {t: hand.imf_g("ESP", t) + 1.0 for t in range(2027, 2041)}
    p = {t: hand.imf_p("ESP", t) - 0.5 for t in range(2027, 2041)}
    assert list(proj.real_growth_pct[1:]) == approx_list([g[t] for t in range(2027, 2041)])
    assert list(proj.inflation_pct[1:]) == approx_list([p[t] for t in range(2027, 2041)], rel=1e-10)
    expected = hand.gdp_path("ESP", 2026, g, p, 2040)
    assert list(proj.gdp_bn) == approx_list([expected[t] for t in years_of(proj)], rel=1e-11)


def test_per_year_overrides_replace_that_years_values(ds, hand):
    eco = Economy(
        preset="constant",
        real_growth_pct=1.5,
        inflation_pct=2.0,
        growth_adjust_pp=0.5,
        overrides=(
            YearOverride(year=2028, real_growth_pct=-3.0),
            YearOverride(year=2031, inflation_pct=8.0),
            YearOverride(year=2026, real_growth_pct=10.0),
        ),
    )  # base year: no effect
    proj = project(ds, Scenario(country="ESP", economy=eco))
    g = dict.fromkeys(range(2027, 2036), 2.0)
    p = dict.fromkeys(range(2027, 2036), 2.0)
    g[2028] = -3.0  # an override replaces the year's value (the uniform shift is not added)
    p[2031] = 8.0
    assert list(proj.real_growth_pct[1:]) == approx_list([g[t] for t in range(2027, 2036)])
    assert list(proj.inflation_pct[1:]) == approx_list([p[t] for t in range(2027, 2036)])
    expected = hand.gdp_path("ESP", 2026, g, p, 2035)
    assert list(proj.gdp_bn) == approx_list([expected[t] for t in years_of(proj)], rel=1e-11)
    assert proj.gdp_bn[0] == ESP_NGDP_2026


def test_override_on_imf_baseline(ds, hand):
    eco = Economy(overrides=(YearOverride(year=2029, real_growth_pct=0.0, inflation_pct=0.0),))
    proj = project(ds, Scenario(country="ESP", economy=eco))
    i = proj.index_of(2029)
    assert proj.gdp_bn[i] == pytest.approx(proj.gdp_bn[i - 1], rel=REL)
    g, p = hand.imf_rates("ESP", 2026, 2035)
    g[2029] = p[2029] = 0.0
    expected = hand.gdp_path("ESP", 2026, g, p, 2035)
    assert list(proj.gdp_bn) == approx_list([expected[t] for t in years_of(proj)], rel=1e-11)


# ------------------------------------------------------------------------------ core spending


def test_constant_share(ds, hand):
    proj = project(ds, Scenario(country="ESP", horizon=2050))
    gdp = hand.imf_gdp("ESP", 2026)
    assert list(proj.core_share_pct) == approx_list([2.0] * 25)
    assert list(proj.core_bn) == approx_list([0.02 * gdp[t] for t in years_of(proj)], rel=1e-11)


def test_nominal_growth_literal(ds, hand):
    proj = project(ds, Scenario(country="ESP", core=CoreSpending(mode="growth", growth_pct=8.0)))
    assert list(proj.core_bn) == approx_list([ESP_D_2026 * 1.08**k for k in range(10)])
    assert proj.core_bn[-1] == pytest.approx(34.98938 * 1.08**9, rel=REL)
    gdp = hand.imf_gdp("ESP", 2026)
    assert list(proj.core_share_pct) == approx_list(
        [100 * ESP_D_2026 * 1.08 ** (t - 2026) / gdp[t] for t in years_of(proj)], rel=1e-11
    )


def test_real_growth_multiplies_by_deflator_inflation(ds, hand):
    core = CoreSpending(mode="growth", growth_pct=3.0, growth_real=True)
    proj = project(ds, Scenario(country="ESP", core=core, horizon=2040))
    d = {2026: ESP_D_2026}
    for t in range(2027, 2041):
        d[t] = d[t - 1] * 1.03 * (1 + hand.imf_p("ESP", t) / 100)
    assert list(proj.core_bn) == approx_list([d[t] for t in years_of(proj)], rel=1e-11)


def test_real_growth_with_constant_economy_literal(ds):
    core = CoreSpending(mode="growth", growth_pct=2.0, growth_real=True)
    eco = Economy(preset="constant", real_growth_pct=1.0, inflation_pct=3.0)
    proj = project(ds, Scenario(country="ESP", core=core, economy=eco))
    assert proj.core_bn[5] == pytest.approx(ESP_D_2026 * (1.02 * 1.03) ** 5, rel=REL)


def test_glide_path(ds, hand):
    core = CoreSpending(mode="glide", glide_target_pct=3.5, glide_year=2032)
    proj = project(ds, Scenario(country="ESP", core=core, horizon=2040))
    gdp = hand.imf_gdp("ESP", 2026)
    expected_share = {
        t: 2.0 + (3.5 - 2.0) * (t - 2026) / (2032 - 2026) if t <= 2032 else 3.5
        for t in range(2026, 2041)
    }
    assert expected_share[2029] == pytest.approx(2.75)
    assert list(proj.core_share_pct) == approx_list(
        [expected_share[t] for t in years_of(proj)], rel=1e-11
    )
    assert list(proj.core_bn) == approx_list(
        [expected_share[t] / 100 * gdp[t] for t in years_of(proj)], rel=1e-11
    )


def test_glide_path_downwards(ds):
    core = CoreSpending(mode="glide", glide_target_pct=1.0, glide_year=2036, glide_floor=False)
    proj = project(ds, Scenario(country="ESP", core=core))
    assert proj.core_share_pct[4] == pytest.approx(2.0 - 1.0 * 4 / 10, rel=REL)


@pytest.mark.parametrize("year", [2020, 2026])
def test_glide_year_must_follow_the_base_year(ds, year):
    """Y − B divides the glide: a glide ending at or before B is refused, naming the field."""
    core = CoreSpending(mode="glide", glide_target_pct=3.0, glide_year=year)
    with pytest.raises(ProjectionError) as info:
        project(ds, Scenario(country="ESP", core=core))
    assert info.value.field == "core.glide_year"
    assert "allowed 2027 to 2050" in str(info.value)
    # A glide year left over from another mode does not matter.
    project(ds, Scenario(country="ESP", core=core.evolve(mode="growth")))


def test_related_glide_year_must_follow_the_base_year(ds):
    related = RelatedSpending(mode="glide", glide_target_pct=1.0, glide_year=2025)
    with pytest.raises(ProjectionError) as info:
        project(ds, Scenario(country="ESP", related=related))
    assert info.value.field == "related.glide_year"


def test_increment(ds):
    proj = project(
        ds, Scenario(country="ESP", core=CoreSpending(mode="increment", increment_bn=2.5))
    )
    assert list(proj.core_bn) == approx_list([ESP_D_2026 + 2.5 * k for k in range(10)])


def test_negative_increment_is_held_at_zero(ds):
    proj = project(
        ds,
        Scenario(
            country="ESP", horizon=2040, core=CoreSpending(mode="increment", increment_bn=-5.0)
        ),
    )
    expected = [max(ESP_D_2026 - 5.0 * k, 0.0) for k in range(15)]
    assert expected[7] == 0.0  # 34.99 - 35 < 0
    assert list(proj.core_bn) == approx_list(expected)
    assert any("zero" in n for n in proj.notes)


def test_custom_share_points_straight_lines_and_hold(ds, hand):
    core = CoreSpending(
        mode="custom",
        custom_points=(
            CustomPoint(year=2032, share_pct=2.6),
            CustomPoint(year=2029, share_pct=3.2),
        ),
    )
    proj = project(ds, Scenario(country="ESP", core=core, horizon=2036))
    gdp = hand.imf_gdp("ESP", 2026)
    s = {
        2026: 2.0,
        2027: 2.4,
        2028: 2.8,
        2029: 3.2,
        2030: 3.0,
        2031: 2.8,
        2032: 2.6,
        2033: 2.6,
        2034: 2.6,
        2035: 2.6,
        2036: 2.6,
    }
    assert list(proj.core_share_pct) == approx_list([s[t] for t in years_of(proj)], rel=1e-11)
    assert list(proj.core_bn) == approx_list(
        [s[t] / 100 * gdp[t] for t in years_of(proj)], rel=1e-11
    )


def test_custom_amount_points_interpolate_money_and_hold_the_amount(ds):
    core = CoreSpending(
        mode="custom",
        custom_points=(
            CustomPoint(year=2028, amount_bn=40.0),
            CustomPoint(year=2032, amount_bn=60.0),
        ),
    )
    proj = project(ds, Scenario(country="ESP", core=core))
    gdp = proj.gdp_bn
    # B -> first amount: the base share and the amount as a share of GDP_2028, in share space
    s28 = 100 * 40.0 / gdp[2]
    assert proj.core_bn[1] == pytest.approx((2.0 + (s28 - 2.0) / 2) / 100 * gdp[1], rel=1e-11)
    # amount -> amount: straight line in money; after the last point the amount holds
    expected = {
        2028: 40.0,
        2029: 45.0,
        2030: 50.0,
        2031: 55.0,
        2032: 60.0,
        2033: 60.0,
        2034: 60.0,
        2035: 60.0,
    }
    for t, v in expected.items():
        assert proj.core_bn[t - 2026] == pytest.approx(v, rel=REL), t


def test_custom_mixed_share_and_amount_interpolate_in_share(ds, hand):
    core = CoreSpending(
        mode="custom",
        custom_points=(
            CustomPoint(year=2030, share_pct=3.0),
            CustomPoint(year=2035, amount_bn=100.0),
        ),
    )
    proj = project(ds, Scenario(country="ESP", core=core, horizon=2040))
    gdp = hand.imf_gdp("ESP", 2026)
    s35 = 100 * 100.0 / gdp[2035]
    for t in range(2030, 2036):
        s = 3.0 + (s35 - 3.0) * (t - 2030) / 5
        assert proj.core_bn[t - 2026] == pytest.approx(s / 100 * gdp[t], rel=1e-11), t
    for t in range(2035, 2041):
        assert proj.core_bn[t - 2026] == pytest.approx(100.0, rel=REL), t


def test_custom_points_at_or_before_base_are_refused(ds):
    core = CoreSpending(
        mode="custom",
        custom_points=(
            CustomPoint(year=2028, share_pct=3.0),
            CustomPoint(year=2020, share_pct=9.0),
        ),
    )
    with pytest.raises(ProjectionError) as info:
        project(ds, Scenario(country="ESP", core=core))
    assert info.value.field == "core.custom_points.1.year"
    assert "2020 is not after the base year 2026" in str(info.value)


def test_custom_without_points_holds_base_share(ds):
    proj = project(ds, Scenario(country="ESP", core=CoreSpending(mode="custom")))
    assert list(proj.core_share_pct) == approx_list([2.0] * 10)


# ------------------------------------------------------------------------------ related


def test_related_constant_under_cap(ds, hand):
    proj = project(ds, Scenario(country="ESP", related=RelatedSpending(share_pct=1.0)))
    gdp = hand.imf_gdp("ESP", 2026)
    assert list(proj.related_share_pct) == approx_list([1.0] * 10)
    assert list(proj.related_counted_share_pct) == approx_list([1.0] * 10)
    assert list(proj.related_bn) == approx_list([0.01 * gdp[t] for t in years_of(proj)], rel=1e-11)
    assert list(proj.total_share_pct) == approx_list([3.0] * 10)


def test_related_above_default_cap_counts_only_1_5(ds, hand):
    proj = project(ds, Scenario(country="ESP", related=RelatedSpending(share_pct=2.25)))
    gdp = hand.imf_gdp("ESP", 2026)
    assert list(proj.related_counted_share_pct) == approx_list([1.5] * 10)
    assert list(proj.total_share_pct) == approx_list([2.0 + 1.5] * 10)
    # the money is what is spent; only the count toward the total is capped
    assert proj.related_bn[3] == pytest.approx(0.0225 * gdp[2029], rel=1e-11)


def test_related_glide_with_custom_cap(ds):
    rel = RelatedSpending(
        mode="glide", share_pct=0.5, glide_target_pct=2.0, glide_year=2032, cap_pct=1.25
    )
    core = CoreSpending(mode="growth", growth_pct=6.0)
    proj = project(ds, Scenario(country="ESP", related=rel, core=core))
    for t in years_of(proj):
        s = 0.5 + 1.5 * (t - 2026) / 6 if t <= 2032 else 2.0
        i = t - 2026
        assert proj.related_share_pct[i] == pytest.approx(s, rel=1e-11), t
        assert proj.related_counted_share_pct[i] == pytest.approx(min(s, 1.25), rel=1e-11), t
        assert proj.total_share_pct[i] == pytest.approx(
            proj.core_share_pct[i] + min(s, 1.25), rel=1e-11
        ), t
        assert proj.core_share_pct[i] == pytest.approx(
            100 * ESP_D_2026 * 1.06**i / proj.gdp_bn[i], rel=1e-11
        )


# ------------------------------------------------------------------------------ derived series


def test_extra_spending_against_three_baselines(ds, hand):
    core = CoreSpending(mode="growth", growth_pct=8.0)
    proj = project(ds, Scenario(country="ESP", core=core, horizon=2040))
    gdp = hand.imf_gdp("ESP", 2026)
    d_b = ESP_D_2026
    tot_const = tot_cash = tot_real = 0.0
    for t in years_of(proj):
        i = t - 2026
        d = d_b * 1.08**i
        # the deflator index: NGDP_D_t / NGDP_D_B up to 2030, then the 2030 rate
        idx = (
            hand.imf("ESP", "NGDP_D", min(t, 2030))
            / hand.imf("ESP", "NGDP_D", 2026)
            * (1 + hand.imf_p("ESP", 2030) / 100) ** max(t - 2030, 0)
        )
        assert proj.deflator[i] == pytest.approx(idx, rel=1e-11), t
        assert proj.extra_vs_constant_share_bn[i] == pytest.approx(
            d - 0.02 * gdp[t], rel=1e-9, abs=1e-9
        ), t
        assert proj.extra_vs_cash_freeze_bn[i] == pytest.approx(d - d_b, rel=1e-9, abs=1e-9), t
        assert proj.extra_vs_real_freeze_bn[i] == pytest.approx(
            d - d_b * idx, rel=1e-9, abs=1e-9
        ), t
        if t > 2026:
            tot_const += d - 0.02 * gdp[t]
            tot_cash += d - d_b
            tot_real += d - d_b * idx
    assert proj.extra_vs_cash_freeze_bn[0] == 0.0
    assert proj.cumulative(proj.extra_vs_constant_share_bn) == pytest.approx(tot_const, rel=1e-9)
    assert proj.cumulative(proj.extra_vs_cash_freeze_bn) == pytest.approx(tot_cash, rel=1e-9)
    assert proj.cumulative(proj.extra_vs_real_freeze_bn) == pytest.approx(tot_real, rel=1e-9)
    # to a year: 2027 + 2028 only
    assert proj.cumulative(proj.extra_vs_cash_freeze_bn, 2028) == pytest.approx(
        d_b * (0.08 + 1.08**2 - 1), rel=1e-11
    )


def test_constant_share_has_no_extra_spending(ds):
    proj = project(ds, Scenario(country="ESP"))
    assert proj.extra_vs_constant_share_bn == pytest.approx(np.zeros(10), abs=1e-9)


def test_constant_base_year_prices(ds):
    eco = Economy(preset="constant", real_growth_pct=1.0, inflation_pct=3.0)
    core = CoreSpending(mode="growth", growth_pct=5.0)
    rel = RelatedSpending(share_pct=1.0)
    proj = project(ds, Scenario(country="ESP", economy=eco, core=core, related=rel))
    for i in range(10):
        assert proj.deflator[i] == pytest.approx(1.03**i, rel=REL)
        assert proj.core_bn_const[i] == pytest.approx(ESP_D_2026 * (1.05 / 1.03) ** i, rel=1e-11)
        assert proj.related_bn_const[i] == pytest.approx(0.01 * ESP_NGDP_2026 * 1.01**i, rel=1e-11)


def test_per_capita(ds, hand):
    proj = project(ds, Scenario(country="ESP", horizon=2040))
    for t in range(2026, 2031):
        i = t - 2026
        lp = hand.imf("ESP", "LP", t)  # millions of people
        assert proj.population_mn[i] == lp
        # bn EUR * 1000 / million people = EUR per person
        assert proj.core_per_capita[i] == pytest.approx(proj.core_bn[i] * 1000 / lp, rel=REL)
    # Spain 2026: 34.98938 bn EUR over 50.314 million people, about 695 EUR a head
    assert proj.core_per_capita[0] == pytest.approx(34.98938e9 / 50.314e6, rel=REL)
    # after 2030 (the engine's rule; DESIGN is silent): population grows at its 2030 rate
    rate = hand.imf("ESP", "LP", 2030) / hand.imf("ESP", "LP", 2029)
    for t in range(2031, 2041):
        i = t - 2026
        assert proj.population_mn[i] == pytest.approx(
            hand.imf("ESP", "LP", 2030) * rate ** (t - 2030), rel=1e-11
        )
        assert proj.core_per_capita[i] == pytest.approx(
            proj.core_bn[i] * 1000 / proj.population_mn[i], rel=REL
        )


def test_share_of_government_expenditure(ds, hand):
    core = CoreSpending(mode="growth", growth_pct=4.0)
    proj = project(ds, Scenario(country="BEL", core=core, horizon=2040))
    base = proj.base_year
    gdp = hand.imf_gdp("BEL", base)
    for t in years_of(proj):
        i = t - base
        ratio = hand.imf("BEL", "GGX_NGDP", min(t, 2030))  # % of GDP, held after 2030
        gov = ratio / 100 * gdp[t]
        assert proj.gov_exp_bn[i] == pytest.approx(gov, rel=1e-11), t
        assert proj.core_pct_of_gov_exp[i] == pytest.approx(
            100 * proj.core_bn[i] / gov, rel=1e-11
        ), t
    # base year: share of GDP / GGX ratio
    assert proj.core_pct_of_gov_exp[0] == pytest.approx(
        100 * hand.share("BEL", base) / hand.imf("BEL", "GGX_NGDP", base), rel=1e-11
    )


def test_government_expenditure_matches_imf_ggx_up_to_2030(ds, hand):
    proj = project(ds, Scenario(country="ESP", base_year=2025))
    for t in range(2025, 2031):
        assert proj.gov_exp_bn[t - 2025] == pytest.approx(hand.imf("ESP", "GGX", t), rel=2e-4)


def test_decomposition_of_change_in_share(ds):
    core = CoreSpending(mode="increment", increment_bn=3.0)
    proj = project(ds, Scenario(country="ESP", core=core))
    assert math.isnan(proj.dln_share_pct[0])
    for i in range(1, 10):
        d0, d1 = proj.core_bn[i - 1], proj.core_bn[i]
        y0, y1 = proj.gdp_bn[i - 1], proj.gdp_bn[i]
        assert d1 == pytest.approx(ESP_D_2026 + 3.0 * i, rel=REL)
        assert proj.dln_spending_pct[i] == pytest.approx(100 * math.log(d1 / d0), rel=1e-10)
        assert proj.dln_gdp_pct[i] == pytest.approx(100 * math.log(y1 / y0), rel=1e-10)
        assert proj.dln_share_pct[i] == pytest.approx(
            proj.dln_spending_pct[i] - proj.dln_gdp_pct[i], rel=1e-10
        )
        s0, s1 = 100 * d0 / y0, 100 * d1 / y1
        assert proj.dln_share_pct[i] == pytest.approx(100 * math.log(s1 / s0), rel=1e-9)


def test_constant_share_has_no_change_in_share(ds):
    proj = project(ds, Scenario(country="ESP"))
    assert proj.dln_share_pct[1:] == pytest.approx(np.zeros(9), abs=1e-9)
    assert proj.dln_spending_pct[1:] == pytest.approx(proj.dln_gdp_pct[1:], rel=1e-9)


# ------------------------------------------------------------------------------ thresholds


def spain_growth(rate, **kw):
    return Scenario(country="ESP", core=CoreSpending(mode="growth", growth_pct=rate), **kw)


def test_spain_at_8_pct_required_growth_and_2_1_reached_2028(ds, hand):
    proj = project(ds, spain_growth(8.0))
    by_value = {r.threshold.value_pct: r for r in proj.thresholds}
    gdp = hand.imf_gdp("ESP", 2026)
    share = {t: 100 * ESP_D_2026 * 1.08 ** (t - 2026) / gdp[t] for t in range(2026, 2036)}
    assert share[2027] < 2.1 <= share[2028]
    assert by_value[2.1].year_reached == 2028
    assert not by_value[2.1].already_met
    # r* = 100 ((value/100 * GDP_Y) / D_B)^(1/(Y - B)) - 100 ... i.e. 100 (ratio^(1/9) - 1)
    r_star = 100 * ((0.035 * gdp[2035] / ESP_D_2026) ** (1 / 9) - 1)
    assert r_star == pytest.approx(10.64, abs=0.005)
    assert by_value[3.5].required_nominal_growth_pct == pytest.approx(r_star, rel=1e-10)
    assert by_value[2.1].required_nominal_growth_pct == pytest.approx(
        100 * ((0.021 * gdp[2035] / ESP_D_2026) ** (1 / 9) - 1), rel=1e-10
    )


def test_required_growth_reaches_the_value_exactly(ds):
    """Growing at r* lands exactly on the threshold in the target year."""
    th = Threshold(value_pct=3.5, target_year=2033)
    r_star = project(ds, spain_growth(0.0, thresholds=(th,))).thresholds[0]
    assert r_star.required_nominal_growth_pct is not None
    again = project(ds, spain_growth(r_star.required_nominal_growth_pct, thresholds=(th,)))
    assert again.core_share_pct[again.index_of(2033)] == pytest.approx(3.5, rel=1e-10)
    assert again.thresholds[0].year_reached == 2033


def test_gap_and_money_at_target(ds, hand):
    th = (Threshold(value_pct=3.5, target_year=2035), Threshold(value_pct=2.3, target_year=2031))
    proj = project(ds, spain_growth(8.0, thresholds=th))
    gdp = hand.imf_gdp("ESP", 2026)
    res35, res31 = proj.thresholds
    s35 = 100 * ESP_D_2026 * 1.08**9 / gdp[2035]
    assert res35.share_at_target_pct == pytest.approx(s35, rel=1e-11)
    assert res35.met_by_target_year is False
    assert res35.gap_pct_points_at_target == pytest.approx(3.5 - s35, rel=1e-10)
    assert res35.gap_bn_at_target == pytest.approx((3.5 - s35) / 100 * gdp[2035], rel=1e-10)
    assert res35.gap_bn_at_target == pytest.approx(
        0.035 * gdp[2035] - ESP_D_2026 * 1.08**9, rel=1e-10
    )
    assert res35.money_needed_at_target_bn == pytest.approx(0.035 * gdp[2035], rel=1e-11)
    assert res35.core_needed_at_target_bn == pytest.approx(0.035 * gdp[2035], rel=1e-11)
    s31 = 100 * ESP_D_2026 * 1.08**5 / gdp[2031]
    assert s31 > 2.3
    assert res31.met_by_target_year is True
    assert res31.gap_pct_points_at_target == pytest.approx(2.3 - s31, rel=1e-10)  # negative
    assert res31.gap_pct_points_at_target < 0


def test_total_threshold_counts_capped_related(ds, hand):
    th = (Threshold(value_pct=5.0, measure=Measure.TOTAL, target_year=2035),)
    rel = RelatedSpending(share_pct=2.0)  # only 1.5 counts
    proj = project(ds, spain_growth(8.0, thresholds=th, related=rel))
    res = proj.thresholds[0]
    gdp = hand.imf_gdp("ESP", 2026)
    s35 = 100 * ESP_D_2026 * 1.08**9 / gdp[2035]
    assert res.share_at_target_pct == pytest.approx(s35 + 1.5, rel=1e-11)
    assert res.gap_pct_points_at_target == pytest.approx(5.0 - 1.5 - s35, rel=1e-10)
    assert res.money_needed_at_target_bn == pytest.approx(0.05 * gdp[2035], rel=1e-11)
    # core needed is the value less the counted related share
    assert res.core_needed_at_target_bn == pytest.approx(0.035 * gdp[2035], rel=1e-11)
    assert res.required_nominal_growth_pct == pytest.approx(
        100 * ((0.035 * gdp[2035] / ESP_D_2026) ** (1 / 9) - 1), rel=1e-10
    )


def test_target_year_beyond_horizon_has_no_verdict_but_needs(ds, hand):
    th = (Threshold(value_pct=3.5, target_year=2040),)
    proj = project(ds, spain_growth(8.0, thresholds=th, horizon=2035))
    res = proj.thresholds[0]
    gdp = hand.imf_gdp("ESP", 2026)
    assert res.met_by_target_year is None
    assert res.gap_pct_points_at_target is None
    assert res.gap_bn_at_target is None
    assert res.money_needed_at_target_bn == pytest.approx(0.035 * gdp[2040], rel=1e-11)
    assert res.required_nominal_growth_pct == pytest.approx(
        100 * ((0.035 * gdp[2040] / ESP_D_2026) ** (1 / 14) - 1), rel=1e-10
    )


@pytest.mark.parametrize("year", [2020, 2026])
def test_target_year_must_follow_the_base_year(ds, year):
    th = (Threshold(value_pct=2.5), Threshold(value_pct=3.0, target_year=year))
    with pytest.raises(ProjectionError) as info:
        project(ds, Scenario(country="ESP", thresholds=th))
    assert info.value.field == "thresholds.1.target_year"
    # A disabled threshold's target year is not checked.
    th = (Threshold(value_pct=2.5), Threshold(value_pct=3.0, target_year=year, enabled=False))
    project(ds, Scenario(country="ESP", thresholds=th))


def test_disabled_thresholds_are_not_reported(ds):
    th = (Threshold(value_pct=2.5), Threshold(value_pct=3.0, enabled=False))
    proj = project(ds, Scenario(country="ESP", thresholds=th))
    assert [r.threshold.value_pct for r in proj.thresholds] == [2.5]


# ------------------------------------------------------------------------------ Hague check


def test_hague_constant_share_spain(ds):
    hague = project(ds, Scenario(country="ESP")).hague
    assert hague.non_decreasing is True
    assert hague.reaches_target is False
    assert hague.credible is False
    assert hague.share_2035_pct == pytest.approx(2.0)
    assert hague.review_share_pct == pytest.approx(2.0)
    # straight line from 2.00 % in 2026 to 3.5 % in 2035, at 2029: 2 + 1.5 * 3/9 = 2.5
    assert hague.review_line_pct == pytest.approx(2.5, rel=1e-12)
    assert hague.review_gap_pct_points == pytest.approx(-0.5, rel=1e-10)
    assert hague.on_track_at_review is False


def test_hague_glide_to_3_5_by_2035_is_credible_and_on_the_line(ds):
    core = CoreSpending(mode="glide", glide_target_pct=3.5, glide_year=2035)
    hague = project(ds, Scenario(country="ESP", core=core)).hague
    assert hague.non_decreasing
    assert hague.reaches_target
    assert hague.credible
    assert hague.share_2035_pct == pytest.approx(3.5, rel=1e-12)
    assert hague.review_share_pct == pytest.approx(2.5, rel=1e-12)
    assert hague.review_gap_pct_points == pytest.approx(0.0, abs=1e-12)
    assert hague.on_track_at_review is True


def test_hague_growth_behind_the_line(ds, hand):
    hague = project(ds, spain_growth(8.0)).hague
    gdp = hand.imf_gdp("ESP", 2026)
    s29 = 100 * ESP_D_2026 * 1.08**3 / gdp[2029]
    assert hague.review_share_pct == pytest.approx(s29, rel=1e-11)
    assert hague.review_gap_pct_points == pytest.approx(s29 - 2.5, rel=1e-10)
    assert hague.on_track_at_review is False
    assert hague.non_decreasing
    assert not hague.reaches_target


def test_hague_dip_is_not_non_decreasing(ds):
    core = CoreSpending(
        mode="custom",
        custom_points=(
            CustomPoint(year=2029, share_pct=3.0),
            CustomPoint(year=2031, share_pct=2.8),
            CustomPoint(year=2035, share_pct=3.6),
        ),
    )
    hague = project(ds, Scenario(country="ESP", core=core)).hague
    assert hague.reaches_target
    assert not hague.non_decreasing
    assert not hague.credible
    assert hague.on_track_at_review is True
    # the review line for DEU starts from its own 2026e share
    deu = project(ds, Scenario(country="DEU")).hague
    assert deu.review_line_pct == pytest.approx(2.69 + (3.5 - 2.69) * 3 / 9, rel=1e-12)


def test_hague_uses_2035_even_when_horizon_is_earlier(ds):
    core = CoreSpending(mode="glide", glide_target_pct=3.5, glide_year=2035)
    hague = project(ds, Scenario(country="ESP", core=core, horizon=2030)).hague
    assert hague.share_2035_pct == pytest.approx(3.5, rel=1e-12)
    assert hague.credible


# ------------------------------------------------------------------------------ alliance


def test_project_alliance_runs_every_ally_with_a_figure(ds):
    projs = project_alliance(
        ds,
        Scenario(country="ESP", base_year=2024, core=CoreSpending(mode="growth", growth_pct=5.0)),
    )
    iso = [p.country.iso3 for p in projs]
    assert len(iso) == 31
    assert "ISL" not in iso
    assert [p.country.name for p in projs] == sorted(p.country.name for p in projs)
    for p in projs:
        assert p.base_year == ds.latest_share_year(p.country.iso3)  # base_year reset per ally
        assert p.core_bn[1] == pytest.approx(1.05 * p.core_bn[0], rel=REL)
