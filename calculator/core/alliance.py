"""The alliance rule: which spending paths can apply to every ally, and how a path carries over.

One rule for the command line, the window's overview and every alliance export. A path set
in one ally's currency (an annual increment, or custom points given as amounts) means nothing
for another ally; a path set in shares of GDP or growth rates applies to all.
"""

from __future__ import annotations

from calculator.core.dataset import Dataset
from calculator.core.engine import cached
from calculator.core.models import CoreSpending, Scenario, SpendingMode
from calculator.core.projection import Projection, ProjectionError, project_many


def in_one_currency(core: CoreSpending) -> bool:
    """Whether the path is stated in one ally's money, so it cannot apply to every ally."""
    return core.mode is SpendingMode.INCREMENT or (
        core.mode is SpendingMode.CUSTOM
        and any(p.amount_bn is not None for p in core.custom_points)
    )


def check_alliance_scenario(scenario: Scenario) -> None:
    """Refuse a path that cannot apply to every ally (:class:`ProjectionError` on ``core.mode``)."""
    if in_one_currency(scenario.core):
        what = (
            "an annual increment"
            if scenario.core.mode is SpendingMode.INCREMENT
            else "custom points given as amounts"
        )
        raise ProjectionError(
            "core.mode",
            f"{what} is in one ally's currency and cannot apply to every ally; use a growth "
            "rate, a glide path, custom shares of GDP or a constant share",
        )


def alliance_scenario(scenario: Scenario) -> tuple[Scenario, bool]:
    """The assumptions to run for every ally, and whether they had to fall back.

    A path in one ally's currency falls back to a constant share (each ally's own base share);
    every other path carries over unchanged, with each ally's own base year.
    """
    if not in_one_currency(scenario.core):
        return scenario, False
    return scenario.evolve(core=scenario.core.evolve(mode=SpendingMode.CONSTANT_SHARE)), True


def alliance_members(ds: Dataset) -> list[str]:
    """ISO3 codes of the allies with a NATO figure (Iceland has none), by name."""
    return [c.iso3 for c in ds.allies() if c.has_nato_figure]


def project_alliance(
    ds: Dataset, scenario: Scenario, *, skip_unfit: bool = False
) -> list[Projection]:
    """Run the same assumptions for every ally that has a NATO figure, by name.

    One batched run (:func:`~calculator.core.projection.project_many`): every ally is a row of the
    same arrays. A path in one ally's currency is refused (see :func:`check_alliance_scenario`).
    With ``skip_unfit`` an ally whose data does not fit the scenario (a base year it lacks) is
    left out instead of failing the whole run.
    """
    check_alliance_scenario(scenario)
    return project_many(ds, scenario, _members(ds), skip_unfit=skip_unfit)


def _members(ds: Dataset) -> tuple[str, ...]:
    return cached(ds, ("alliance members",), lambda: tuple(alliance_members(ds)))
