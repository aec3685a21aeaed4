"""Uncertainty building blocks: AR(1) estimation, seeded shocks, crossing years, bands."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calculator.core.uncertainty import (
    ShockModel,
    crossing_years,
    draw_shocks,
    estimate_model,
    fit_ar1,
    percentile_bands,
    probability_by,
)


def test_ar1_parameters_of_a_synthetic_series_are_recovered():
    rng = np.random.default_rng(7)
    rho, sigma, n = 0.6, 1.5, 20_000
    x = np.zeros(n)
    for t in range(1, n):
        x[t] = rho * x[t - 1] + sigma * rng.standard_normal()
    est_rho, est_sigma, mu, _ = fit_ar1(x + 2.0, np.ones(n, dtype=bool))
    assert est_rho == pytest.approx(rho, abs=0.02)
    assert est_sigma == pytest.approx(sigma, rel=0.02)
    assert mu == pytest.approx(2.0, abs=0.1)


def test_excluded_years_break_the_pairs():
    x = np.array([0.0, 1.0, -50.0, 1.0, 0.0, 1.0, 0.0])
    keep = np.array([True, True, False, True, True, True, True])
    _, _, _, resid = fit_ar1(x, keep)
    assert math.isnan(resid[2])
    assert math.isnan(resid[3])
    assert not math.isnan(resid[4])


def test_estimated_model_leaves_out_2020_and_2021_by_default(ds):
    model = estimate_model(ds, "ESP")
    assert 2020 not in model.estimated_from
    assert 2021 not in model.estimated_from
    assert model.estimated_from[0] == 2015  # 2014 has no deflator change before it
    assert 0 < model.sigma_growth < 5
    with_covid = estimate_model(ds, "ESP", exclude=())
    assert with_covid.sigma_growth > model.sigma_growth  # 2020 was an outlier
    assert "without 2020, 2021" in model.lines()[1]


def test_same_seed_same_draws_and_zero_volatility_is_no_shock():
    model = ShockModel(0.5, 1.0, 0.3, 0.8, 0.4, draws=500, seed=11)
    a = draw_shocks(model, 10)
    b = draw_shocks(model, 10)
    np.testing.assert_array_equal(a[0], b[0])
    np.testing.assert_array_equal(a[1], b[1])
    assert (a[0][:, 0] == 0).all()
    flat = draw_shocks(ShockModel(0.5, 0.0, 0.3, 0.0, 0.4, draws=50, seed=1), 10)
    assert not flat[0].any()
    assert not flat[1].any()


def test_shock_correlation_and_variance():
    model = ShockModel(0.0, 2.0, 0.0, 1.0, -0.5, draws=40_000, seed=3)
    g, p = draw_shocks(model, 3)
    assert np.std(g[:, 1]) == pytest.approx(2.0, rel=0.03)
    assert np.std(p[:, 2]) == pytest.approx(1.0, rel=0.03)
    assert np.corrcoef(g[:, 1], p[:, 1])[0, 1] == pytest.approx(-0.5, abs=0.02)


@settings(max_examples=30, deadline=None)
@given(s1=st.floats(0.0, 3.0), s2=st.floats(0.0, 3.0), rho=st.floats(-0.9, 0.9))
def test_more_volatility_never_narrows_a_band(s1, s2, rho):
    lo, hi = sorted((s1, s2))
    narrow = draw_shocks(ShockModel(rho, lo, rho, lo, 0.2, draws=400, seed=5), 8)[0]
    wide = draw_shocks(ShockModel(rho, hi, rho, hi, 0.2, draws=400, seed=5), 8)[0]
    bn, bw = percentile_bands(narrow), percentile_bands(wide)
    assert np.all(bw[95] - bw[5] >= bn[95] - bn[5] - 1e-12)


def test_crossing_years_and_probabilities():
    share = np.array(
        [
            [2.0, 2.5, 3.6, 3.7],  # crosses 3.5 in year 2
            [3.6, 3.6, 3.6, 3.6],  # already there in the base year
            [1.0, 1.0, 1.0, 1.0],  # never
        ]
    )
    crossed = crossing_years(share, 3.5, 2026)
    assert crossed.tolist() == [2028, 2026, -1]
    assert probability_by(crossed, 2027) == pytest.approx(1 / 3)
    assert probability_by(crossed, 2029) == pytest.approx(2 / 3)
