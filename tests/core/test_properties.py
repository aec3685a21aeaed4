"""Properties that must hold for every input (hypothesis), plus the IMF reproduction check."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calculator.core.models import (
    CoreSpending,
    CustomPoint,
    Economy,
    EconomyPreset,
    Measure,
    RelatedMode,
    RelatedSpending,
    Scenario,
    SpendingMode,
    Threshold,
    YearOverride,
)
from calculator.core.projection import project

FAST = settings(max_examples=75, deadline=None)
ALLIES = ["ESP", "BEL", "DEU", "USA", "POL", "BGR", "TUR", "GBR", "LUX", "EST"]
ESP_BASE = 2026

allies = st.sampled_from(ALLIES)
economies = st.one_of(
    st.builds(
        Economy,
        preset=st.just(EconomyPreset.IMF),
        growth_adjust_pp=st.floats(-3, 3),
        inflation_adjust_pp=st.floats(-2, 2),
    ),
    st.builds(
        Economy,
        preset=st.just(EconomyPreset.CONSTANT),
        real_growth_pct=st.floats(-5, 8),
        inflation_pct=st.floats(-2, 15),
    ),
)
horizons = st.integers(2027, 2050)


def crossing_year(res):
    """The year a threshold is first met, inside or beyond the horizon (inf if never)."""
    if res.year_reached is not None:
        return res.year_reached
    if res.year_reached_beyond_horizon is not None:
        return res.year_reached_beyond_horizon
    return math.inf


# ------------------------------------------------------------------------------ monotonicity


@FAST
@given(
    iso3=allies,
    economy=economies,
    horizon=horizons,
    real=st.booleans(),
    r1=st.floats(-20, 40),
    r2=st.floats(-20, 40),
)
def test_share_rises_weakly_with_spending_growth(hand, iso3, economy, horizon, real, r1, r2):
    ds = hand.ds  # the session dataset; `hand` keeps hypothesis reports short
    lo, hi = sorted((r1, r2))
    base = Scenario(country=iso3, economy=economy, horizon=horizon)
    p_lo = project(
        ds, base.evolve(core=CoreSpending(mode="growth", growth_pct=lo, growth_real=real))
    )
    p_hi = project(
        ds, base.evolve(core=CoreSpending(mode="growth", growth_pct=hi, growth_real=real))
    )
    assert p_lo.core_share_pct[0] == p_hi.core_share_pct[0]
    assert (p_hi.core_share_pct >= p_lo.core_share_pct * (1 - 1e-12)).all()
    assert (p_hi.total_share_pct >= p_lo.total_share_pct - 1e-12).all()
    if hi > lo + 1e-6:  # strictly, once the difference is above rounding
        assert (p_hi.core_share_pct[1:] > p_lo.core_share_pct[1:]).all()


@FAST
@given(
    iso3=allies,
    economy=economies,
    horizon=horizons,
    real=st.booleans(),
    r1=st.floats(-10, 25),
    r2=st.floats(-10, 25),
    values=st.lists(st.floats(0.5, 8.0), min_size=1, max_size=4),
    related=st.floats(0, 2.5),
)
def test_crossing_year_never_moves_later_when_growth_rises(
    hand, iso3, economy, horizon, real, r1, r2, values, related
):
    ds = hand.ds  # the session dataset; `hand` keeps hypothesis reports short
    lo, hi = sorted((r1, r2))
    ths = tuple(
        Threshold(value_pct=v, measure=Measure.CORE if i % 2 == 0 else Measure.TOTAL)
        for i, v in enumerate(values)
    )
    base = Scenario(
        country=iso3,
        economy=economy,
        horizon=horizon,
        thresholds=ths,
        related=RelatedSpending(share_pct=related),
    )
    res_lo = project(
        ds, base.evolve(core=CoreSpending(mode="growth", growth_pct=lo, growth_real=real))
    ).thresholds
    res_hi = project(
        ds, base.evolve(core=CoreSpending(mode="growth", growth_pct=hi, growth_real=real))
    ).thresholds
    for a, b in zip(res_lo, res_hi, strict=True):
        assert crossing_year(b) <= crossing_year(a)
        if a.met_by_target_year:
            assert b.met_by_target_year is not False


# ------------------------------------------------------------------------------ glide


@FAST
@given(iso3=allies, economy=economies, target=st.floats(0, 20), data=st.data())
def test_glide_hits_target_at_its_year_and_holds(hand, iso3, economy, target, data):
    ds = hand.ds  # the session dataset; `hand` keeps hypothesis reports short
    base_year = ds.latest_share_year(iso3)
    year = data.draw(st.integers(base_year + 1, 2050), label="glide_year")
    horizon = data.draw(st.integers(year, 2050), label="horizon")
    s = Scenario(
        country=iso3,
        economy=economy,
        horizon=horizon,
        core=CoreSpending(
            mode="glide", glide_target_pct=target, glide_year=year, glide_floor=False
        ),
    )
    proj = project(ds, s)
    i = proj.index_of(year)
    assert proj.core_share_pct[i] == pytest.approx(target, rel=1e-12, abs=1e-12)
    assert proj.core_share_pct[i:] == pytest.approx(
        np.full(len(proj.years) - i, target), rel=1e-12, abs=1e-12
    )
    # before Y the path is the straight line from s_B
    s_b = proj.base_share_pct
    for k in range(i + 1):
        assert proj.core_share_pct[k] == pytest.approx(
            s_b + (target - s_b) * k / i, rel=1e-12, abs=1e-12
        )


# ------------------------------------------------------------------------------ IMF reproduction


def allies_with_a_figure():
    from calculator.storage import bundled_dataset

    return [c.iso3 for c in bundled_dataset().allies() if c.has_nato_figure]


@pytest.mark.parametrize("iso3", allies_with_a_figure())
def test_imf_baseline_reproduces_imf_ngdp_2026_to_2030(ds, iso3):
    # base year 2025 (any of 2014..2026e is possible in the 2026 edition), so that
    # every year 2026..2030 is projected from g_t and p_t rather than copied
    assert sorted(ds.nato_share(iso3)) == list(range(2014, 2027))
    proj = project(ds, Scenario(country=iso3, base_year=2025))
    ngdp = ds.imf_series(iso3, "NGDP")
    for t in range(2026, 2031):
        assert proj.gdp_bn[proj.index_of(t)] == pytest.approx(ngdp[t].value, rel=1e-4), t


def test_every_ally_but_iceland_has_a_figure():
    assert len(allies_with_a_figure()) == 31
    assert "ISL" not in allies_with_a_figure()


# ------------------------------------------------------------------------------ year_reached


custom_points = st.lists(
    st.tuples(st.integers(2027, 2050), st.booleans(), st.floats(0, 6), st.floats(0, 150)),
    max_size=6,
    unique_by=lambda t: t[0],
).map(
    lambda pts: tuple(
        CustomPoint(year=y, share_pct=s) if is_share else CustomPoint(year=y, amount_bn=a)
        for y, is_share, s, a in pts
    )
)


@FAST
@given(
    points=custom_points,
    values=st.lists(st.floats(0.1, 7.0), min_size=1, max_size=5),
    horizon=horizons,
    economy=economies,
)
def test_year_reached_definition_on_random_custom_paths(hand, points, values, horizon, economy):
    ds = hand.ds  # the session dataset; `hand` keeps hypothesis reports short
    ths = tuple(Threshold(value_pct=v) for v in values)
    s = Scenario(
        country="ESP",
        horizon=horizon,
        economy=economy,
        thresholds=ths,
        core=CoreSpending(mode="custom", custom_points=points),
    )
    proj = project(ds, s)
    years = [int(y) for y in proj.years]
    share = [float(x) for x in proj.core_share_pct]
    for v, res in zip(values, proj.thresholds, strict=True):
        expected, already = hand.first_year_reached(years, share, v)
        assert res.year_reached == expected
        assert res.already_met is already
        if expected is None:
            assert res.holds_through_horizon is False
        else:
            i = expected - ESP_BASE
            assert res.holds_through_horizon is all(x >= v - 1e-9 for x in share[i:])
        if res.threshold.target_year <= horizon:
            assert res.met_by_target_year is (
                share[res.threshold.target_year - ESP_BASE] >= v - 1e-9
            )
        # the points themselves are on the path
        for pt in points:
            if pt.year <= horizon and pt.share_pct is not None:
                assert share[pt.year - ESP_BASE] == pytest.approx(pt.share_pct, abs=1e-9)
            if pt.year <= horizon and pt.amount_bn is not None:
                assert proj.core_bn[pt.year - ESP_BASE] == pytest.approx(pt.amount_bn, abs=1e-9)


# ------------------------------------------------------------------------------ round trips


thresholds = st.builds(
    Threshold,
    value_pct=st.floats(0.01, 20),
    measure=st.sampled_from(list(Measure)),
    target_year=st.integers(2015, 2050),
    label=st.text(max_size=20),
    enabled=st.booleans(),
)
overrides = st.lists(
    st.builds(
        YearOverride,
        year=st.integers(2015, 2050),
        real_growth_pct=st.none() | st.floats(-15, 15),
        inflation_pct=st.none() | st.floats(-5, 50),
    ),
    max_size=3,
    unique_by=lambda o: o.year,
).map(tuple)
scenarios = st.builds(
    Scenario,
    name=st.text(max_size=30),
    notes=st.text(max_size=50),
    country=st.sampled_from(ALLIES),
    nato_edition=st.sampled_from(["2024", "2025", "2026"]),
    base_year=st.none() | st.integers(2014, 2026),
    horizon=horizons,
    economy=st.builds(
        Economy,
        preset=st.sampled_from(list(EconomyPreset)),
        real_growth_pct=st.floats(-15, 15),
        inflation_pct=st.floats(-5, 50),
        growth_adjust_pp=st.floats(-10, 10),
        inflation_adjust_pp=st.floats(-10, 10),
        overrides=overrides,
    ),
    core=st.builds(
        CoreSpending,
        mode=st.sampled_from(list(SpendingMode)),
        growth_pct=st.floats(-50, 100),
        growth_real=st.booleans(),
        glide_target_pct=st.floats(0, 20),
        glide_year=st.integers(2015, 2050),
        increment_bn=st.floats(-1e6, 1e6),
        custom_points=custom_points,
    ),
    related=st.builds(
        RelatedSpending,
        mode=st.sampled_from(list(RelatedMode)),
        share_pct=st.floats(0, 20),
        glide_target_pct=st.floats(0, 20),
        glide_year=st.integers(2015, 2050),
        cap_pct=st.floats(0, 5),
    ),
    thresholds=st.lists(thresholds, max_size=12).map(tuple),
)


@FAST
@given(s=scenarios, horizon=horizons)
def test_scenario_round_trips(s, horizon):
    assert Scenario.model_validate(s.model_dump()) == s
    assert Scenario.model_validate(s.model_dump(mode="json")) == s
    assert Scenario.model_validate_json(s.model_dump_json()) == s
    assert s.evolve() == s
    changed = s.evolve(horizon=horizon)
    assert changed.horizon == horizon
    assert changed.model_dump(exclude={"horizon"}) == s.model_dump(exclude={"horizon"})
    assert changed.evolve(horizon=s.horizon) == s
