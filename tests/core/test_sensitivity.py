"""Sensitivity: each assumption moved by ±step, against projections run one at a time."""

import pytest

from calculator.core.models import CoreSpending, Scenario, SpendingMode
from calculator.core.projection import project
from calculator.core.sensitivity import Factor, check_step, sensitivity

GROWTH = Scenario(country="ESP", core=CoreSpending(mode=SpendingMode.GROWTH, growth_pct=8.0))


def _results(ds, scenario):
    proj = project(ds, scenario)
    return [t.year_reached for t in proj.thresholds], [
        t.share_at_target_pct for t in proj.thresholds
    ]


def _got(variants):
    return [v.crossing_year for v in variants], [v.share_at_target_pct for v in variants]


def _same(got, expected):
    assert got[0] == expected[0]
    assert got[1] == pytest.approx(expected[1], rel=1e-12)


def test_economy_rows_are_the_projection_with_the_adjustment(ds):
    sens = sensitivity(ds, GROWTH, (1.0, 0.5))
    _same(_got(sens.central), _results(ds, GROWTH))
    for row in sens.rows:
        if row.factor is Factor.SPENDING_GROWTH:
            continue
        field = "growth_adjust_pp" if row.factor is Factor.REAL_GROWTH else "inflation_adjust_pp"
        moved = GROWTH.evolve(economy=GROWTH.economy.evolve(**{field: row.step_pp}))
        _same(_got(row.results), _results(ds, moved))


def test_spending_rows_in_growth_mode_compound_the_step(ds):
    sens = sensitivity(ds, GROWTH)
    up = next(r for r in sens.rows if r.factor is Factor.SPENDING_GROWTH and r.step_pp > 0)
    faster = GROWTH.evolve(core=GROWTH.core.evolve(growth_pct=(1.08 * 1.01 - 1) * 100))
    _same(_got(up.results), _results(ds, faster))


def test_directions_and_tornado_swing(ds):
    sens = sensitivity(ds, GROWTH)
    down, up = sens.swing(1, Factor.REAL_GROWTH, 1.0)
    assert up < 0 < down  # faster growth, smaller share of a fixed-money path
    down, up = sens.swing(1, Factor.SPENDING_GROWTH, 1.0)
    assert down < 0 < up
    constant = sensitivity(ds, Scenario(country="ESP"))
    assert constant.swing(1, Factor.REAL_GROWTH, 1.0) == pytest.approx((0.0, 0.0))
    assert len(constant.rows) == 6


def test_step_range():
    assert check_step(2.5) == 2.5
    with pytest.raises(ValueError, match=r"step: 9 is out of range; allowed 0.1 to 5"):
        check_step(9.0)
