"""The one alliance rule: which paths apply to every ally, and how a path carries over."""

import pytest

from calculator.core.alliance import (
    alliance_scenario,
    check_alliance_scenario,
    in_one_currency,
    project_alliance,
)
from calculator.core.models import CoreSpending, CustomPoint, Scenario, SpendingMode
from calculator.core.projection import ProjectionError

SHARE_POINTS = (CustomPoint(year=2030, share_pct=3.0),)
AMOUNT_POINTS = (CustomPoint(year=2030, amount_bn=40.0),)


@pytest.mark.parametrize(
    ("core", "in_currency"),
    [
        (CoreSpending(), False),
        (CoreSpending(mode=SpendingMode.GROWTH, growth_pct=6.0), False),
        (CoreSpending(mode=SpendingMode.GLIDE, glide_target_pct=3.5), False),
        (CoreSpending(mode=SpendingMode.CUSTOM, custom_points=SHARE_POINTS), False),
        (CoreSpending(mode=SpendingMode.CUSTOM, custom_points=AMOUNT_POINTS), True),
        (CoreSpending(mode=SpendingMode.INCREMENT, increment_bn=2.0), True),
    ],
)
def test_paths_in_one_currency(core, in_currency):
    scenario = Scenario(core=core)
    assert in_one_currency(core) is in_currency
    run, fell_back = alliance_scenario(scenario)
    assert fell_back is in_currency
    assert run.core.mode is (SpendingMode.CONSTANT_SHARE if in_currency else core.mode)
    if in_currency:
        with pytest.raises(ProjectionError, match="one ally's currency"):
            check_alliance_scenario(scenario)
    else:
        check_alliance_scenario(scenario)


def test_custom_shares_carry_over_to_every_ally(ds):
    scenario = Scenario(core=CoreSpending(mode=SpendingMode.CUSTOM, custom_points=SHARE_POINTS))
    projs = project_alliance(ds, scenario)
    assert len(projs) == 31
    for p in projs:
        assert p.core_share_pct[p.index_of(2030)] == pytest.approx(3.0)


def test_increment_is_refused_for_the_alliance(ds):
    with pytest.raises(ProjectionError, match=r"core\.mode"):
        project_alliance(ds, Scenario(core=CoreSpending(mode=SpendingMode.INCREMENT)))
