"""Fiscal impact: the debt recursion by hand, the IMF's debt path, the escape clause."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calculator.core.fiscal import (
    EscapeClause,
    FiscalBaseline,
    FiscalError,
    extra_debt,
    fiscal_impact,
)
from calculator.core.models import CoreSpending, Scenario, SpendingMode
from calculator.core.projection import project


def _glide(ds, iso3="CAN", target=3.5, year=2035, **kw):
    core = CoreSpending(mode=SpendingMode.GLIDE, glide_target_pct=target, glide_year=year)
    return project(ds, Scenario(country=iso3, core=core, **kw))


def test_extra_debt_by_hand():
    x = np.array([0.0, 10.0, 0.0, 0.0, 5.0])
    debt, borrowed = extra_debt(x, 100.0, 10.0)
    np.testing.assert_allclose(borrowed, x)
    np.testing.assert_allclose(debt, [0.0, 10.0, 11.0, 12.1, 18.31])
    debt, borrowed = extra_debt(x, 40.0, 0.0)
    np.testing.assert_allclose(debt, [0.0, 4.0, 4.0, 4.0, 6.0])


def test_extra_debt_broadcasts_over_a_batch():
    x = np.tile(np.array([0.0, 1.0, 1.0]), (3, 1))
    debt, _ = extra_debt(x, 100.0, np.array([0.0, 10.0, 20.0]))
    np.testing.assert_allclose(debt[:, -1], [2.0, 2.1, 2.2])


def test_zero_interest_debt_is_the_cumulative_borrowed_extra(ds):
    proj = _glide(ds)
    fi = fiscal_impact(proj, ds, interest_pct=0.0, borrowed_pct=60.0)
    np.testing.assert_allclose(fi.extra_debt_bn, np.cumsum(0.6 * fi.extra_bn), rtol=1e-12)
    np.testing.assert_allclose(fi.extra_bn[1:], proj.extra_vs_constant_share_bn[1:], rtol=1e-12)
    assert fi.extra_bn[0] == 0.0
    assert fi.extra_deficit_pct_gdp[0] == 0.0


def test_nothing_borrowed_changes_no_debt_and_shows_the_tax(ds):
    proj = _glide(ds)
    fi = fiscal_impact(proj, ds, borrowed_pct=0.0)
    np.testing.assert_array_equal(fi.extra_debt_bn, 0.0)
    np.testing.assert_allclose(fi.debt_pct_gdp, fi.baseline_debt_pct_gdp)
    np.testing.assert_allclose(fi.tax_pct_gdp, 100.0 * fi.extra_bn / proj.gdp_bn)
    assert fi.tax_pct_revenue[-1] > fi.tax_pct_gdp[-1] > 0  # revenue is smaller than GDP


def test_interest_only_after_the_borrowing_stops(ds):
    proj = _glide(ds, target=3.5, year=2030, horizon=2035)
    fi = fiscal_impact(proj, ds, interest_pct=4.0, baseline=FiscalBaseline.CASH_FREEZE)
    i = proj.index_of(2033)
    expected = 100.0 * (fi.borrowed_bn[i] + 0.04 * fi.extra_debt_bn[i - 1]) / proj.gdp_bn[i]
    assert fi.extra_deficit_pct_gdp[i] == pytest.approx(expected, rel=1e-12)
    assert fi.extra_debt_bn[i] == pytest.approx(
        fi.extra_debt_bn[i - 1] * 1.04 + fi.borrowed_bn[i], rel=1e-12
    )


@pytest.mark.parametrize("iso3", ["CAN", "ESP", "POL", "USA", "BGR", "DEU"])
def test_imf_debt_ratios_are_reproduced_to_2030(ds, iso3):
    proj = project(ds, Scenario(country=iso3))
    fi = fiscal_impact(proj, ds)
    for year in range(proj.base_year, 2031):
        i = proj.index_of(year)
        imf = ds.imf_series(iso3, "GGXWDG_NGDP")[year].value
        # The scenario's GDP is built from the IMF's growth rates, published to three
        # decimals, so it matches NGDP to about 1e-5: the ratio inherits that, no more.
        assert fi.baseline_debt_pct_gdp[i] == pytest.approx(imf, rel=5e-5)
        assert fi.imf_debt_pct_gdp[i] == imf
    assert math.isnan(fi.imf_debt_pct_gdp[proj.index_of(2031)])
    # A constant share adds nothing against the constant-share baseline.
    np.testing.assert_allclose(fi.debt_pct_gdp, fi.baseline_debt_pct_gdp, atol=1e-12)


def test_baseline_debt_after_2030_grows_by_the_2030_deficit(ds):
    proj = project(ds, Scenario(country="ESP"))
    fi = fiscal_impact(proj, ds)
    i = proj.index_of(2031)
    deficit = -ds.imf_series("ESP", "GGXCNL_NGDP")[2030].value / 100.0
    money_2030 = fi.baseline_debt_pct_gdp[i - 1] / 100.0 * proj.gdp_bn[i - 1]
    money_2031 = money_2030 + deficit * proj.gdp_bn[i]
    assert fi.baseline_debt_pct_gdp[i] == pytest.approx(100.0 * money_2031 / proj.gdp_bn[i])


@settings(max_examples=60, deadline=None)
@given(
    iso3=st.sampled_from(["CAN", "ESP", "POL", "ITA", "BEL"]),
    target=st.floats(3.0, 6.0),
    b1=st.floats(0.0, 100.0),
    b2=st.floats(0.0, 100.0),
    i1=st.floats(-5.0, 20.0),
    i2=st.floats(-5.0, 20.0),
)
def test_more_borrowing_or_interest_never_lowers_debt(ds, iso3, target, b1, b2, i1, i2):
    proj = _glide(ds, iso3=iso3, target=max(target, proj_share(ds, iso3)))
    lo_b, hi_b = sorted((b1, b2))
    lo_i, hi_i = sorted((i1, i2))
    low = fiscal_impact(proj, ds, borrowed_pct=lo_b, interest_pct=lo_i).debt_pct_gdp
    high = fiscal_impact(proj, ds, borrowed_pct=hi_b, interest_pct=hi_i).debt_pct_gdp
    assert np.all(high >= low - 1e-9)


def proj_share(ds, iso3):
    return project(ds, Scenario(country=iso3)).base_share_pct


def test_escape_clause_for_an_activated_ally(ds):
    proj = _glide(ds, iso3="POL", target=6.0, year=2030)
    ec = fiscal_impact(proj, ds).escape_clause
    assert ec.applies
    base = ds.nato_share("POL")[2021].value
    assert ec.base_share_2021 == base
    y2025 = int(np.nonzero(ec.years == 2025)[0][0])
    assert ec.rise_pct_points[y2025] == pytest.approx(ds.nato_share("POL")[2025].value - base)
    for k, year in enumerate(ec.years):
        rise = max(ec.rise_pct_points[k], 0.0)
        if year <= 2028:
            assert ec.covered_pct_points[k] == pytest.approx(min(rise, 1.5))
            assert ec.uncovered_pct_points[k] == pytest.approx(max(rise - 1.5, 0.0))
        else:  # the 2028 cliff
            assert ec.covered_pct_points[k] == 0.0
            assert ec.uncovered_pct_points[k] == pytest.approx(rise)
    assert ec.uncovered_pct_points[-1] > 1.5  # Poland far above its 2021 level


def test_escape_clause_for_an_ally_not_activated(ds):
    proj = _glide(ds, iso3="ESP")
    ec = fiscal_impact(proj, ds).escape_clause
    assert not ec.applies
    np.testing.assert_array_equal(ec.covered_pct_points, 0.0)
    forced = fiscal_impact(proj, ds, escape=EscapeClause.ON).escape_clause
    assert forced.applies
    assert forced.covered_pct_points.max() > 0.0
    off = fiscal_impact(_glide(ds, iso3="POL"), ds, escape=EscapeClause.OFF).escape_clause
    assert not off.applies


def test_germany_gets_the_debt_brake_note(ds):
    assert fiscal_impact(project(ds, Scenario(country="DEU")), ds).debt_brake_note
    assert not fiscal_impact(project(ds, Scenario(country="FRA")), ds).debt_brake_note


@pytest.mark.parametrize(
    ("kw", "field"),
    [
        ({"interest_pct": 21.0}, "interest"),
        ({"interest_pct": -6.0}, "interest"),
        ({"borrowed_pct": 101.0}, "borrowed"),
        ({"borrowed_pct": math.nan}, "borrowed"),
    ],
)
def test_out_of_range_assumptions_are_refused(ds, kw, field):
    with pytest.raises(FiscalError, match=f"^{field}: .*allowed"):
        fiscal_impact(project(ds, Scenario(country="ESP")), ds, **kw)


def test_canada_straight_line_to_3_5_borrowed_at_3(ds):
    """The PBO's case (federal debt, +6.3 pp by 2035-36); ours is general government."""
    proj = _glide(ds, iso3="CAN")
    fi = fiscal_impact(proj, ds, interest_pct=3.0)
    effect = fi.debt_effect_pp(2035)
    assert 4.0 < effect < 10.0  # the same order of magnitude as the PBO's 6.3 pp
