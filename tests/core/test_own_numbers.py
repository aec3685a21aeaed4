"""Your own numbers (issue 11) against hand-computed cases; no Qt."""

from __future__ import annotations

import numpy as np
import pytest

from calculator.core import own_numbers as own
from calculator.core.engine import BGN_PER_EUR
from calculator.core.models import (
    Claim,
    CoreSpending,
    Currency,
    Economy,
    ExtraSpending,
    GdpLevel,
    MoneyView,
    Scenario,
)
from calculator.core.projection import ProjectionError, project
from calculator.storage import bundled_dataset

REL = 1e-12


@pytest.fixture(scope="module")
def ds():
    return bundled_dataset()


def imf(ds, iso3, indicator, year):
    return ds.imf_series(iso3, indicator)[year].value


def test_user_amount_replaces_the_base(ds):
    s = Scenario(country="ESP", core=CoreSpending(base_source="user_amount", base_amount_bn=45.0))
    p = project(ds, s)
    assert p.core_bn[0] == pytest.approx(45.0, rel=REL)
    assert p.base_share_pct == pytest.approx(100 * 45.0 / imf(ds, "ESP", "NGDP", 2026), rel=REL)
    # constant share: the user's share every year
    assert p.core_share_pct[-1] == pytest.approx(p.base_share_pct, rel=REL)


def test_user_share_and_nato_spending(ds):
    p = project(
        ds, Scenario(country="ESP", core=CoreSpending(base_source="user_share", base_share_pct=2.3))
    )
    assert p.core_bn[0] == pytest.approx(0.023 * imf(ds, "ESP", "NGDP", 2026), rel=REL)
    p = project(ds, Scenario(country="LUX", core=CoreSpending(base_source="nato_spending")))
    assert p.core_bn[0] == pytest.approx(1265.0 / 1000.0, rel=REL)  # NATO's 2026e, m EUR
    p = project(ds, Scenario(country="BGR", core=CoreSpending(base_source="nato_spending")))
    assert p.core_bn[0] == pytest.approx(2693.0 / 1000.0 * BGN_PER_EUR, rel=REL)  # EUR → BGN


def test_glide_floor_keeps_poland_above_and_allow_cuts_cuts(ds):
    core = CoreSpending(mode="glide", glide_target_pct=3.5, glide_year=2035)
    held = project(ds, Scenario(country="POL", core=core))
    assert held.glide_held
    assert held.core_share_pct == pytest.approx(np.full(10, 4.68), rel=REL)
    assert held.hague.credible
    cut = project(ds, Scenario(country="POL", core=core.evolve(glide_floor=False)))
    assert not cut.glide_held
    assert cut.core_share_pct[-1] == pytest.approx(3.5, rel=REL)
    assert cut.core_share_pct[5] == pytest.approx(4.68 + (3.5 - 4.68) * 5 / 9, rel=REL)
    # above 3.5 % all the way to 2035: the Hague check passes although the share falls
    assert not cut.hague.non_decreasing
    assert cut.hague.stays_above
    assert cut.hague.credible


def test_gdp_path_constant_growth_between_levels(ds):
    g0 = imf(ds, "ESP", "NGDP", 2026)
    eco = Economy(gdp_path=(GdpLevel(year=2030, gdp_bn=2000.0),), gdp_source="ministry")
    p = project(ds, Scenario(country="ESP", economy=eco))
    assert p.gdp_bn[4] == pytest.approx(2000.0, rel=REL)
    assert p.gdp_bn[2] == pytest.approx(g0 * (2000.0 / g0) ** 0.5, rel=1e-10)
    # after the last level the IMF growth continues (IMF values held after 2030)
    base = project(ds, Scenario(country="ESP"))
    assert p.gdp_bn[5] / p.gdp_bn[4] == pytest.approx(base.gdp_bn[5] / base.gdp_bn[4], rel=1e-10)
    # inflation kept, real growth implied
    assert p.inflation_pct[1:] == pytest.approx(base.inflation_pct[1:], rel=REL)


def test_only_real_growth_keeps_imf_inflation(ds):
    eco = Economy(preset="constant", real_growth_pct=1.0, inflation_from_imf=True)
    p = project(ds, Scenario(country="ESP", economy=eco))
    base = project(ds, Scenario(country="ESP"))
    assert p.real_growth_pct[1:] == pytest.approx(np.full(9, 1.0))
    assert p.inflation_pct[1:] == pytest.approx(base.inflation_pct[1:], rel=REL)


def test_money_in_usd_eur_and_base_year_prices(ds):
    p = project(ds, Scenario(country="POL", money=MoneyView(currency="USD")))
    m = own.money(p, ds)
    rate = imf(ds, "POL", "NGDPD", 2027) / imf(ds, "POL", "NGDP", 2027)
    assert m.core_bn[1] == pytest.approx(p.core_bn[1] * rate, rel=REL)
    rate30 = imf(ds, "POL", "NGDPD", 2030) / imf(ds, "POL", "NGDP", 2030)
    assert m.rate[-1] == pytest.approx(rate30, rel=REL)  # held after 2030
    p = project(ds, Scenario(country="POL", money=MoneyView(currency="EUR")))
    m = own.money(p, ds)
    eur = rate / (imf(ds, "DEU", "NGDPD", 2027) / imf(ds, "DEU", "NGDP", 2027))
    assert m.core_bn[1] == pytest.approx(p.core_bn[1] * eur, rel=REL)
    p = project(ds, Scenario(country="BGR", money=MoneyView(currency="EUR", prices="constant")))
    m = own.money(p, ds)
    assert m.currency == "EUR"
    assert m.core_bn[3] == pytest.approx(p.core_bn[3] / p.deflator[3] / BGN_PER_EUR, rel=REL)


def test_extra_against_cash_freeze_over_a_window(ds):
    s = Scenario(
        country="ESP",
        core=CoreSpending(mode="growth", growth_pct=10.0),
        extra=ExtraSpending(baseline="cash_freeze", window_start=2027, window_end=2029),
    )
    p = project(ds, s)
    e = own.extra(p, ds)
    d = p.core_bn[0]
    hand = [d * (1.1**k - 1) for k in (1, 2, 3)]
    assert e.window == (2027, 2029)
    assert e.per_year_bn[1:4] == pytest.approx(hand, rel=1e-10)
    assert e.per_year_bn[0] is None
    assert e.per_year_bn[4] is None
    assert e.cumulative_bn == pytest.approx(sum(hand), rel=1e-10)


def test_own_baseline_path_is_interpolated(ds):
    s = Scenario(
        country="ESP",
        extra=ExtraSpending(
            baseline="own_path", baseline_path=({"year": 2028, "amount_bn": 50.0},)
        ),
    )
    p = project(ds, s)
    b = own.baseline_path(p)
    assert b[1] == pytest.approx((p.core_bn[0] + 50.0) / 2, rel=REL)
    assert b[5] == pytest.approx(50.0)


def test_claim_check(ds):
    s = Scenario(country="ESP", claim=Claim(amount_bn=42.0, share_pct=2.1, year=2029))
    p = project(ds, s)
    c = own.check_claim(p, p)
    g0 = imf(ds, "ESP", "NGDP", 2026)
    assert c.implied_gdp_bn == pytest.approx(2000.0, rel=REL)
    assert c.needed_nominal_growth_pct == pytest.approx(100 * ((2000.0 / g0) ** (1 / 3) - 1))
    assert c.imf_gdp_bn == pytest.approx(imf(ds, "ESP", "NGDP", 2029), rel=1e-5)


def test_window_outside_the_projection_is_refused(ds):
    with pytest.raises(ProjectionError, match=r"extra\.window_end"):
        project(
            ds, Scenario(country="ESP", extra=ExtraSpending(window_start=2027, window_end=2040))
        )


def test_alliance_totals_sum_the_allies(ds):
    from calculator.core.alliance import project_alliance

    projs = project_alliance(ds, Scenario())
    rows, totals = own.alliance_totals(projs, ds, Currency.EUR)
    key = "needed_core_3.5_by_2035_bn"
    assert totals["all_allies"][key] == pytest.approx(sum(r[key] or 0 for r in rows))
    usa = next(r for r in rows if r["iso3"] == "USA")
    assert totals["all_allies"][key] - totals["nato_europe_and_canada"][key] == pytest.approx(
        usa[key] or 0
    )


# ------------------------------------------------------------------ money at one year (issue 11)


def test_money_at_one_year_is_the_series_conversion(ds):
    """``Money.at`` converts one amount of one year exactly as the series are converted."""
    p = project(ds, Scenario(country="POL", money=MoneyView(currency="USD", prices="constant")))
    m = own.money(p, ds)
    i = p.index_of(2031)
    assert m.at(float(p.core_bn[i]), 2031) == pytest.approx(float(m.core_bn[i]), rel=REL)
    usd_2026 = imf(ds, "POL", "NGDPD", 2026) / imf(ds, "POL", "NGDP", 2026)
    assert m.at(10.0, 2031) == pytest.approx(10.0 / float(p.deflator[i]) * usd_2026, rel=REL)
    assert m.at(None, 2031) is None
    assert m.at(10.0, 2040) is None  # beyond the horizon: no rate
    current = own.money(project(ds, Scenario(country="POL", money=MoneyView(currency="USD"))), ds)
    usd_2030 = imf(ds, "POL", "NGDPD", 2030) / imf(ds, "POL", "NGDP", 2030)
    assert current.at(10.0, 2033) == pytest.approx(10.0 * usd_2030, rel=REL)  # held after 2030
    assert not current.is_national_current
    assert own.money(project(ds, Scenario(country="POL")), ds).is_national_current


def test_window_sum_uses_the_scenario_window(ds):
    p = project(
        ds,
        Scenario(
            country="ESP",
            core=CoreSpending(mode="growth", growth_pct=6.0),
            extra=ExtraSpending(window_start=2028, window_end=2030),
        ),
    )
    assert own.window_of(p) == (2028, 2030)
    by_hand = sum(float(p.core_bn[p.index_of(y)]) for y in (2028, 2029, 2030))
    assert own.window_sum(p, p.core_bn) == pytest.approx(by_hand, rel=REL)
    default = project(ds, Scenario(country="ESP", horizon=2032))
    assert own.window_of(default) == (2027, 2032)


# ------------------------------------------------------------------ alliance over a window


def test_shortfall_to_the_straight_line_by_hand(ds):
    """Spain at a constant 2.0 %: the line to 3.5 % in 2035 rises 1.5/9 points a year."""
    p = project(ds, Scenario(country="ESP"))
    short = own.shortfall_to_line(p, 3.5, "core", 2035)
    s_b = p.base_share_pct
    for year in (2027, 2030, 2035):
        i = p.index_of(year)
        line = s_b + (3.5 - s_b) * (year - 2026) / 9
        by_hand = (line - float(p.core_share_pct[i])) / 100 * float(p.gdp_bn[i])
        assert short[i] == pytest.approx(by_hand, rel=1e-9)
    assert short[0] == 0.0
    hague = next(t for t in p.thresholds if t.threshold.value_pct == 3.5)
    assert short[-1] == pytest.approx(hague.gap_bn_at_target, rel=1e-9)  # the target year's gap
    # Poland, above 3.5 % and staying there, needs nothing
    pol = project(ds, Scenario(country="POL"))
    assert not own.shortfall_to_line(pol, 3.5, "core", 2035).any()


def test_alliance_cumulative_needed_over_the_window(ds):
    from calculator.core.alliance import project_alliance

    projs = project_alliance(ds, Scenario(extra=ExtraSpending(window_start=2027, window_end=2030)))
    assert own.alliance_window(projs) == (2027, 2030)
    rows, totals = own.alliance_totals(projs, ds, Currency.EUR)
    key = "cumulative_needed_core_3.5_by_2035_bn"
    esp = next(p for p in projs if p.country.iso3 == "ESP")
    short = own.shortfall_to_line(esp, 3.5, "core", 2035)  # Spain: euros, no conversion
    by_hand = sum(float(short[esp.index_of(y)]) for y in range(2027, 2031))
    row = next(r for r in rows if r["iso3"] == "ESP")
    assert row[key] == pytest.approx(by_hand, rel=1e-9)
    assert totals["all_allies"][key] == pytest.approx(sum(r[key] for r in rows), rel=1e-12)
    usa = next(r for r in rows if r["iso3"] == "USA")
    assert totals["all_allies"][key] - totals["nato_europe_and_canada"][key] == pytest.approx(
        usa[key], rel=1e-9
    )
    # Poland in euros: each year's shortfall at that year's implied rate (PLN → USD → EUR)
    pol = next(p for p in projs if p.country.iso3 == "POL")
    pol_row = next(r for r in rows if r["iso3"] == "POL")
    five = own.shortfall_to_line(pol, 5.0, "total", 2035)
    years = [int(y) for y in pol.years]
    _code, rate, method = own.rates(ds, "POL", years, Currency.EUR)
    assert method == "imf"
    expected = sum(float(five[pol.index_of(y)] * rate[pol.index_of(y)]) for y in range(2027, 2031))
    assert pol_row["cumulative_needed_total_5_by_2035_bn"] == pytest.approx(expected, rel=1e-9)


def test_extra_against_the_same_path_is_exactly_zero(ds):
    """Constant share against a constant-share baseline, in constant USD: 0, not -1.6e-14."""
    s = Scenario(country="DEU", money=MoneyView(prices="constant", currency=Currency.USD))
    proj = project(ds, s)
    ex = own.extra(proj, ds)
    assert ex.per_year_bn[1:] == [0.0] * (len(proj.years) - 1)
    assert ex.cumulative_bn == 0.0
    # a real difference stays: +1 bn a year on the cash freeze, hand-computed at the base rate
    s = s.evolve(core={"mode": "increment", "increment_bn": 1.0}, extra={"baseline": "cash_freeze"})
    proj = project(ds, s)
    ex = own.extra(proj, ds)
    rate = float(
        ds.imf_array("DEU", "NGDPD")[2026 - 2014] / ds.imf_array("DEU", "NGDP")[2026 - 2014]
    )
    assert ex.per_year_bn[1] == pytest.approx(1.0 / proj.deflator[1] * rate, rel=REL)
