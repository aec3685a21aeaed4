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
