"""Monte Carlo over the batched engine: bands, probabilities, crossing years, execution risk."""

import itertools
import math

import numpy as np
import pytest

from calculator.core.fiscal import FiscalBaseline, fiscal_impact
from calculator.core.models import (
    CoreSpending,
    CustomPoint,
    Economy,
    EconomyPreset,
    Measure,
    Scenario,
    SpendingMode,
    Threshold,
)
from calculator.core.montecarlo import (
    ExecutionRisk,
    Spread,
    draw_paths,
    monte_carlo,
    prepare,
    spread_of,
)
from calculator.core.projection import project
from calculator.core.uncertainty import ShockModel, estimate_model

FLAT = ShockModel(0.5, 0.0, 0.5, 0.0, 0.0, draws=50, seed=1)

SCENARIOS = {
    "constant share": Scenario(country="ESP"),
    "growth 8": Scenario(country="ESP", core=CoreSpending(mode=SpendingMode.GROWTH, growth_pct=8)),
    "growth real": Scenario(
        country="POL", core=CoreSpending(mode=SpendingMode.GROWTH, growth_pct=4, growth_real=True)
    ),
    "glide": Scenario(country="ESP", core=CoreSpending(mode=SpendingMode.GLIDE)),
    "increment": Scenario(
        country="DEU", core=CoreSpending(mode=SpendingMode.INCREMENT, increment_bn=12)
    ),
    "custom shares": Scenario(
        country="ESP",
        core=CoreSpending(
            mode=SpendingMode.CUSTOM, custom_points=(CustomPoint(year=2030, share_pct=3.0),)
        ),
    ),
    "custom amounts": Scenario(
        country="ESP",
        core=CoreSpending(
            mode=SpendingMode.CUSTOM, custom_points=(CustomPoint(year=2032, amount_bn=60.0),)
        ),
    ),
    "custom mixed": Scenario(
        country="ESP",
        core=CoreSpending(
            mode=SpendingMode.CUSTOM,
            custom_points=(
                CustomPoint(year=2029, amount_bn=45.0),
                CustomPoint(year=2033, share_pct=3.6),
            ),
        ),
    ),
}


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_zero_volatility_probabilities_are_the_deterministic_crossing(ds, name):
    scenario = SCENARIOS[name]
    mc = monte_carlo(ds, scenario, FLAT)
    proj = project(ds, scenario)
    for odds, result in zip(mc.odds, proj.thresholds, strict=True):
        reached = (
            result.year_reached is not None and result.year_reached <= odds.threshold.target_year
        )
        assert odds.probability == (1.0 if reached else 0.0)
        if result.year_reached is None:
            assert odds.not_by_horizon == 1.0
        else:
            assert odds.first_reached[result.year_reached - proj.base_year] == 1.0
    np.testing.assert_allclose(mc.core_share[50], proj.core_share_pct, rtol=1e-12)
    np.testing.assert_allclose(mc.core_share[5], mc.core_share[95], rtol=1e-12)
    np.testing.assert_allclose(mc.total_share[90], proj.total_share_pct, rtol=1e-12)
    np.testing.assert_allclose(mc.core_bn[10], proj.core_bn, rtol=1e-12)


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_fast_paths_equal_the_engine_on_every_draw(ds, name):
    model = ShockModel(0.3, 1.2, 0.6, 1.0, -0.3, draws=300, seed=4)
    setup = prepare(ds, SCENARIOS[name], model)
    fast, slow = draw_paths(setup), draw_paths(setup, via_engine=True)
    shape = slow.core_share.shape
    for a, b in ((fast.gdp, slow.gdp), (fast.core, slow.core), (fast.core_share, slow.core_share)):
        np.testing.assert_allclose(np.broadcast_to(a, shape), b, rtol=1e-10)


def test_which_quantity_spreads(ds):
    model = ShockModel(0.3, 1.0, 0.5, 1.0, 0.0, draws=2000, seed=2)
    fixed_share = monte_carlo(ds, SCENARIOS["constant share"], model)
    assert fixed_share.spread is Spread.SHARE_FIXED
    np.testing.assert_array_equal(fixed_share.core_share[5], fixed_share.core_share[95])
    assert (fixed_share.core_bn[95][1:] > fixed_share.core_bn[5][1:]).all()
    fixed_money = monte_carlo(ds, SCENARIOS["growth 8"], model)
    assert fixed_money.spread is Spread.MONEY_FIXED
    np.testing.assert_array_equal(fixed_money.core_bn[5], fixed_money.core_bn[95])
    assert (fixed_money.core_share[95][1:] > fixed_money.core_share[5][1:]).all()
    assert spread_of(SCENARIOS["custom amounts"]) is Spread.MONEY_FIXED
    assert spread_of(SCENARIOS["custom shares"]) is Spread.SHARE_FIXED
    assert spread_of(SCENARIOS["custom mixed"]) is Spread.MIXED
    assert spread_of(SCENARIOS["glide"], ExecutionRisk(5.0, 3.0)) is Spread.MIXED


def test_more_volatility_never_narrows_a_band(ds):
    scenario = SCENARIOS["growth 8"].evolve(horizon=2045)
    widths = []
    for sigma in (0.0, 0.5, 1.0, 2.0):
        model = ShockModel(0.4, sigma, 0.4, sigma, 0.2, draws=3000, seed=9)
        mc = monte_carlo(ds, scenario, model)
        widths.append([mc.core_share[95] - mc.core_share[5], mc.core_share[90] - mc.core_share[10]])
    for narrow, wide in itertools.pairwise(widths):
        for n, w in zip(narrow, wide, strict=True):
            assert (w >= n - 1e-12).all()


def test_same_seed_same_numbers_other_seed_other_numbers(ds):
    model = estimate_model(ds, "ESP", draws=2000, seed=42)
    a = monte_carlo(ds, SCENARIOS["growth 8"], model)
    b = monte_carlo(ds, SCENARIOS["growth 8"], ShockModel(**{**model.__dict__}))
    c = monte_carlo(ds, SCENARIOS["growth 8"], ShockModel(**{**model.__dict__, "seed": 43}))
    for q in a.core_share:
        np.testing.assert_array_equal(a.core_share[q], b.core_share[q])
    assert [o.probability for o in a.odds] == [o.probability for o in b.odds]
    assert not np.array_equal(a.core_share[50], c.core_share[50])


def _lognormal_parts(g: float, sigma: float) -> tuple[float, float]:
    """Mean and variance of ln(1 + (g + σz)/100), z ~ N(0, 1), by Gauss-Hermite quadrature."""
    x, w = np.polynomial.hermite_e.hermegauss(40)
    w = w / math.sqrt(2 * math.pi)
    y = np.log1p((g + sigma * x) / 100.0)
    mean = float(w @ y)
    return mean, float(w @ (y - mean) ** 2)


def test_known_analytic_probability_lognormal_gdp_fixed_money(ds):
    """Growth mode (money fixed), i.i.d. shocks to real growth only: ln GDP_T is normal."""
    g, p, sigma, draws = 1.5, 2.0, 1.5, 40_000
    scenario = Scenario(
        country="ESP",
        economy=Economy(preset=EconomyPreset.CONSTANT, real_growth_pct=g, inflation_pct=p),
        core=CoreSpending(mode=SpendingMode.GROWTH, growth_pct=7.0),
    )
    proj = project(ds, scenario)
    one_year = round(float(proj.core_share_pct[1]) * 1.01, 4)
    scenario = scenario.evolve(thresholds=(Threshold(value_pct=one_year, target_year=2027),))
    model = ShockModel(0.0, sigma, 0.0, 0.0, 0.0, draws=draws, seed=5)
    base = proj.base_year
    mu, var = _lognormal_parts(g, sigma)

    def analytic(year: int, value: float) -> float:
        n = year - base
        # share_T >= v  <=>  ln GDP_T <= ln(100 D_T / v)
        bound = math.log(100.0 * proj.core_bn[n] / value)
        mean = math.log(proj.gdp_bn[0]) + n * (mu + math.log1p(p / 100.0))
        return 0.5 * math.erfc(-(bound - mean) / math.sqrt(2.0 * n * var))

    # One year out: "reached by the target year" is exactly "share_T >= v".
    mc = monte_carlo(ds, scenario, model)
    expected = analytic(2027, one_year)
    se = math.sqrt(expected * (1 - expected) / draws)
    assert 0.05 < expected < 0.95
    assert mc.odds[0].probability == pytest.approx(expected, abs=3 * se)
    # Nine years out, from the draws' shares in the target year.
    draws_ = draw_paths(prepare(ds, scenario, model))
    share_t = draws_.core_share[:, 2035 - base]
    value = float(np.median(share_t)) + 0.1
    expected = analytic(2035, value)
    se = math.sqrt(expected * (1 - expected) / draws)
    assert float(np.mean(share_t >= value)) == pytest.approx(expected, abs=3 * se + 1e-3)


def test_crossing_distribution_sums_to_one_and_matches_the_probability(ds):
    model = estimate_model(ds, "ESP", draws=4000, seed=3)
    scenario = Scenario(
        country="ESP",
        horizon=2040,
        core=CoreSpending(mode=SpendingMode.GROWTH, growth_pct=9.5),
        thresholds=(Threshold(value_pct=3.5, target_year=2035, label="3.5 by 2035"),),
    )
    mc = monte_carlo(ds, scenario, model)
    (odds,) = mc.odds
    assert odds.first_reached.sum() + odds.not_by_horizon == pytest.approx(1.0)
    by_2035 = odds.first_reached[: 2035 - mc.years[0] + 1].sum()
    assert odds.probability == pytest.approx(by_2035)
    assert 0.05 < odds.probability < 0.95


def test_execution_risk_lowers_money_and_probabilities(ds):
    scenario = SCENARIOS["growth 8"]
    flat = monte_carlo(ds, scenario, FLAT, execution_risk=ExecutionRisk(10.0, 0.0))
    proj = project(ds, scenario)
    np.testing.assert_allclose(flat.core_bn[50][1:], 0.9 * proj.core_bn[1:], rtol=1e-12)
    assert flat.core_bn[50][0] == pytest.approx(proj.core_bn[0])
    model = estimate_model(ds, "ESP", draws=3000)
    plain = monte_carlo(ds, scenario.evolve(core={"mode": "growth", "growth_pct": 10}), model)
    risky = monte_carlo(
        ds,
        scenario.evolve(core={"mode": "growth", "growth_pct": 10}),
        model,
        execution_risk=ExecutionRisk(8.0, 4.0),
    )
    assert risky.odds[1].probability < plain.odds[1].probability
    share_fixed = monte_carlo(ds, SCENARIOS["glide"], model, execution_risk=ExecutionRisk(5, 5))
    assert share_fixed.spread is Spread.MIXED
    assert (share_fixed.core_share[95][1:] > share_fixed.core_share[5][1:]).all()
    with pytest.raises(ValueError, match=r"execution_risk.sd: -1 is out of range; allowed 0 to 50"):
        ExecutionRisk(5.0, -1.0)


class _Fiscal:
    def __init__(self, baseline: FiscalBaseline) -> None:
        self.interest_pct = 3.0
        self.borrowed_pct = 80.0
        self.baseline = baseline


@pytest.mark.parametrize("baseline", list(FiscalBaseline))
def test_debt_bands_with_zero_volatility_are_the_fiscal_engine(ds, baseline):
    scenario = Scenario(
        country="ESP", horizon=2040, core=CoreSpending(mode=SpendingMode.GLIDE, glide_year=2032)
    )
    mc = monte_carlo(ds, scenario, FLAT, fiscal=_Fiscal(baseline))
    proj = project(ds, scenario)
    impact = fiscal_impact(proj, ds, interest_pct=3.0, borrowed_pct=80.0, baseline=baseline)
    assert mc.debt_pct_gdp is not None
    np.testing.assert_allclose(mc.debt_pct_gdp[50], impact.debt_pct_gdp, rtol=1e-10)


def test_debt_bands_spread_with_volatility(ds):
    model = estimate_model(ds, "ESP", draws=2000)
    mc = monte_carlo(ds, SCENARIOS["growth 8"], model, fiscal=_Fiscal(FiscalBaseline.CASH_FREEZE))
    assert mc.debt_pct_gdp is not None
    assert (mc.debt_pct_gdp[95][1:] > mc.debt_pct_gdp[5][1:]).all()


def test_total_share_threshold_uses_the_related_share(ds):
    scenario = Scenario(
        country="ESP",
        core=CoreSpending(mode=SpendingMode.GLIDE, glide_target_pct=3.6),
        related={"share_pct": 1.5},
        thresholds=(Threshold(value_pct=5.0, measure=Measure.TOTAL),),
    )
    mc = monte_carlo(ds, scenario, estimate_model(ds, "ESP", draws=500))
    assert mc.odds[0].probability == 1.0
    np.testing.assert_allclose(mc.total_share[50] - mc.core_share[50], 1.5)


def test_bad_draw_counts_are_refused(ds):
    with pytest.raises(ValueError, match=r"draws: 200,001 is out of range; allowed 1 to 200,000"):
        prepare(ds, Scenario(), ShockModel(0, 1, 0, 1, 0, draws=200_001))
