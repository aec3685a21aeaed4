"""Threshold results exactly as DESIGN.md section 4 defines them.

year_reached: the first t in B+1..H with share_t >= value - 1e-9; if share_B >= value - 1e-9 then
year_reached = B and already_met; if never, None. Beyond the horizon: rules run on to 2050
("path"), and constant-rate growth paths are extrapolated past 2050 ("constant_rate").
"""

from __future__ import annotations

import math

import pytest

from calculator.core.models import (
    CoreSpending,
    CustomPoint,
    Economy,
    Measure,
    RelatedSpending,
    Scenario,
    Threshold,
)
from calculator.core.projection import project

ESP_D_2026 = 0.02 * 1749.469


def core(value, target_year=2035):
    return Threshold(value_pct=value, measure=Measure.CORE, target_year=target_year)


def total(value, target_year=2035):
    return Threshold(value_pct=value, measure=Measure.TOTAL, target_year=target_year)


def run(ds, *thresholds, **kw):
    kw.setdefault("country", "ESP")
    return project(ds, Scenario(thresholds=thresholds, **kw)).thresholds


def growth(rate, real=False):
    return CoreSpending(mode="growth", growth_pct=rate, growth_real=real)


def hand_growth_shares(hand, rate, last=2050):
    """Spain's core share at +rate %/yr nominal on the IMF baseline, t = 2026..last."""
    gdp = hand.imf_gdp("ESP", 2026, last)
    return {
        t: 100 * ESP_D_2026 * (1 + rate / 100) ** (t - 2026) / gdp[t] for t in range(2026, last + 1)
    }


# ------------------------------------------------------------------------------ year_reached


def test_never_reached(ds):
    (res,) = run(ds, core(3.5))  # constant share 2.00 %
    assert res.year_reached is None
    assert res.already_met is False
    assert res.holds_through_horizon is False
    assert res.met_by_target_year is False
    assert res.year_reached_beyond_horizon is None
    assert res.beyond_horizon_method is None


def test_already_met_in_base_year(ds):
    wales, low = run(ds, core(2.0), core(1.2))
    for res in (wales, low):
        assert res.year_reached == 2026
        assert res.already_met is True
        assert res.holds_through_horizon is True
        assert res.met_by_target_year is True


def test_already_met_uses_the_1e_9_tolerance(ds):
    inside, outside = run(ds, core(2.0 + 5e-10), core(2.0 + 5e-9))
    assert inside.year_reached == 2026
    assert inside.already_met is True
    assert outside.year_reached is None
    assert outside.already_met is False


def test_usa_and_germany_already_above_2_1(ds, hand):
    for iso3 in ("USA", "DEU"):
        (res,) = run(ds, core(2.1), country=iso3)
        assert hand.share(iso3, 2026) >= 2.1
        assert (res.year_reached, res.already_met) == (2026, True)


@pytest.mark.parametrize("value", [2.05, 2.1, 2.5, 2.8, 3.0, 3.5])
def test_year_reached_matches_the_definition_by_hand(ds, hand, value):
    (res,) = run(ds, core(value), core=growth(8.0))
    shares = hand_growth_shares(hand, 8.0, 2035)
    years = list(range(2026, 2036))
    expected, already = hand.first_year_reached(years, [shares[t] for t in years], value)
    assert res.year_reached == expected
    assert res.already_met is already
    assert res.met_by_target_year is (shares[2035] >= value - 1e-9)
    if expected is not None:
        assert shares[expected] >= value > shares[expected - 1]


def test_reached_in_the_first_projected_year(ds):
    (res,) = run(
        ds, core(2.1), core=CoreSpending(mode="glide", glide_target_pct=2.1, glide_year=2027)
    )
    assert res.year_reached == 2027
    assert res.already_met is False
    assert res.holds_through_horizon is True


def test_reached_exactly_at_the_horizon(ds):
    (res,) = run(
        ds, core(3.5), core=CoreSpending(mode="glide", glide_target_pct=3.5, glide_year=2035)
    )
    assert res.year_reached == 2035
    assert res.holds_through_horizon is True
    assert res.met_by_target_year is True
    assert res.year_reached_beyond_horizon is None


def test_total_measure_adds_counted_related(ds):
    # core 2.00 % + related 2.0 % of which 1.5 counts = 3.5 % total: met, but 3.6 % never
    met, not_met = run(ds, total(3.5), total(3.6), related=RelatedSpending(share_pct=2.0))
    assert (met.year_reached, met.already_met) == (2026, True)
    assert not_met.year_reached is None


# ------------------------------------------------------------------------------ holding


CROSS_AND_FALL = CoreSpending(
    mode="custom",
    custom_points=(CustomPoint(year=2029, share_pct=3.0), CustomPoint(year=2033, share_pct=1.5)),
)


def test_custom_path_crosses_then_falls_back(ds):
    # shares: 2026 2.0, 2027 2.333, 2028 2.667, 2029 3.0, 2030 2.625, 2031 2.25, ... 2033 1.5
    late, early = run(ds, core(2.5, 2035), core(2.5, 2030), core=CROSS_AND_FALL)
    assert late.year_reached == 2028
    assert late.already_met is False
    assert late.holds_through_horizon is False
    assert late.met_by_target_year is False
    assert early.year_reached == 2028
    assert early.met_by_target_year is True  # 2.625 in 2030


def test_crossing_and_falling_after_the_horizon_still_holds(ds):
    (res,) = run(ds, core(2.5), core=CROSS_AND_FALL, horizon=2030)
    assert res.year_reached == 2028
    assert res.holds_through_horizon is True


def test_negative_increment_already_met_then_lost(ds, hand):
    wales, low = run(
        ds, core(2.0), core(1.5), core=CoreSpending(mode="increment", increment_bn=-1.0)
    )
    gdp = hand.imf_gdp("ESP", 2026, 2035)
    s35 = 100 * (ESP_D_2026 - 9.0) / gdp[2035]
    assert s35 < 1.5
    assert (wales.year_reached, wales.already_met) == (2026, True)
    assert wales.holds_through_horizon is False
    assert (low.year_reached, low.already_met) == (2026, True)
    assert low.holds_through_horizon is False
    assert low.met_by_target_year is False


def test_rising_path_holds(ds):
    res = run(ds, core(2.1), core(2.5), core=growth(8.0))
    assert all(r.holds_through_horizon for r in res)


# ------------------------------------------------------------------------------ beyond horizon


def test_beyond_horizon_by_path_growth(ds, hand):
    res35, res5 = run(ds, core(3.5), total(5.0), core=growth(8.0))
    shares = hand_growth_shares(hand, 8.0)
    expected35 = min(t for t in range(2036, 2051) if shares[t] >= 3.5 - 1e-9)
    expected5 = min(t for t in range(2036, 2051) if shares[t] >= 5.0 - 1e-9)
    assert expected35 == 2041
    assert expected5 == 2050
    assert res35.year_reached is None
    assert (res35.year_reached_beyond_horizon, res35.beyond_horizon_method) == (2041, "path")
    assert (res5.year_reached_beyond_horizon, res5.beyond_horizon_method) == (2050, "path")


def test_beyond_horizon_by_path_glide(ds):
    # glide from 2.0 % (2026) to 3.5 % by 2045: 2 + 1.5 (t - 2026)/19 >= 3.0 first at 2039
    cp = CoreSpending(mode="glide", glide_target_pct=3.5, glide_year=2045)
    r3, r35, r4 = run(ds, core(3.0), core(3.5), core(4.0), core=cp)
    assert 2.0 + 1.5 * 12 / 19 < 3.0 <= 2.0 + 1.5 * 13 / 19
    assert (r3.year_reached_beyond_horizon, r3.beyond_horizon_method) == (2039, "path")
    assert (r35.year_reached_beyond_horizon, r35.beyond_horizon_method) == (2045, "path")
    # a glide never extrapolates past 2050
    assert (r4.year_reached_beyond_horizon, r4.beyond_horizon_method) == (None, None)


def test_beyond_horizon_by_path_custom_points(ds):
    cp = CoreSpending(mode="custom", custom_points=(CustomPoint(year=2044, share_pct=4.0),))
    (res,) = run(ds, core(3.5), core=cp, horizon=2040)
    # 2 + 2 (t - 2026)/18 >= 3.5 first at t = 2026 + 13.5 -> 2040 is inside; use horizon 2039
    assert res.year_reached == 2040
    (res,) = run(ds, core(3.5), core=cp, horizon=2039)
    assert res.year_reached is None
    assert (res.year_reached_beyond_horizon, res.beyond_horizon_method) == (2040, "path")


def test_no_beyond_horizon_when_reached_inside(ds):
    (res,) = run(ds, core(2.1), core=growth(8.0))
    assert res.year_reached == 2028
    assert res.year_reached_beyond_horizon is None
    assert res.beyond_horizon_method is None


def test_constant_rate_extrapolation_imf_baseline(ds, hand):
    (res,) = run(ds, core(3.5), core=growth(5.0))
    shares = hand_growth_shares(hand, 5.0)
    assert max(shares.values()) < 3.5  # not reached by 2050 on the path
    gdp_factor = (1 + hand.imf_g("ESP", 2030) / 100) * (1 + hand.imf_p("ESP", 2030) / 100)
    ratio = 1.05 / gdp_factor
    expected = 2050 + math.ceil(math.log(3.5 / shares[2050]) / math.log(ratio))
    # the same year by stepping year by year
    s, t = shares[2050], 2050
    while s < 3.5 - 1e-9:
        s, t = s * ratio, t + 1
    assert expected == t == 2080
    assert (res.year_reached_beyond_horizon, res.beyond_horizon_method) == (2080, "constant_rate")


def test_constant_rate_extrapolation_real_growth_literal(ds):
    # real +2 %/yr with a constant economy of 1 % real and 2 % inflation:
    # share_t = 2.00 % (1.02 / 1.01)^(t - 2026)
    eco = Economy(preset="constant", real_growth_pct=1.0, inflation_pct=2.0)
    (res,) = run(ds, core(3.5), core=growth(2.0, real=True), economy=eco)
    s50 = 2.0 * (1.02 / 1.01) ** 24
    assert s50 < 3.5
    expected = 2050 + math.ceil(math.log(3.5 / s50) / math.log(1.02 / 1.01))
    assert expected == 2083  # ln(1.75) / ln(1.02/1.01) = 56.8 years after 2026
    assert (res.year_reached_beyond_horizon, res.beyond_horizon_method) == (
        expected,
        "constant_rate",
    )


def test_constant_rate_extrapolation_total_measure(ds, hand):
    (res,) = run(ds, total(5.0), core=growth(5.0), related=RelatedSpending(share_pct=1.0))
    shares = hand_growth_shares(hand, 5.0)
    gdp_factor = (1 + hand.imf_g("ESP", 2030) / 100) * (1 + hand.imf_p("ESP", 2030) / 100)
    # core must reach 5.0 - 1.0 counted related
    expected = 2050 + math.ceil(math.log(4.0 / shares[2050]) / math.log(1.05 / gdp_factor))
    assert (res.year_reached_beyond_horizon, res.beyond_horizon_method) == (
        expected,
        "constant_rate",
    )


def test_no_extrapolation_when_spending_grows_slower_than_gdp(ds):
    (res,) = run(ds, core(3.5), core=growth(3.0))
    assert (res.year_reached_beyond_horizon, res.beyond_horizon_method) == (None, None)


def test_no_extrapolation_past_2150(ds):
    # 1 % real with a constant economy of 0.99 % real: ratio 1.0001, far beyond 2150
    eco = Economy(preset="constant", real_growth_pct=0.99, inflation_pct=2.0)
    (res,) = run(ds, core(3.5), core=growth(1.0, real=True), economy=eco)
    assert (res.year_reached_beyond_horizon, res.beyond_horizon_method) == (None, None)


def test_no_constant_rate_for_increment_paths(ds):
    (res,) = run(ds, core(3.5), core=CoreSpending(mode="increment", increment_bn=0.5))
    assert res.year_reached is None
    assert (res.year_reached_beyond_horizon, res.beyond_horizon_method) == (None, None)


def test_horizon_2050_growth_uses_constant_rate(ds, hand):
    (res,) = run(ds, core(3.5), core=growth(6.0), horizon=2050)
    shares = hand_growth_shares(hand, 6.0)
    assert shares[2050] < 3.5
    gdp_factor = (1 + hand.imf_g("ESP", 2030) / 100) * (1 + hand.imf_p("ESP", 2030) / 100)
    expected = 2050 + math.ceil(math.log(3.5 / shares[2050]) / math.log(1.06 / gdp_factor))
    assert res.year_reached is None
    assert (res.year_reached_beyond_horizon, res.beyond_horizon_method) == (
        expected,
        "constant_rate",
    )
