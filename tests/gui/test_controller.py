import pytest

from calculator.core.models import Scenario, SpendingMode
from calculator.gui.controller import ScenarioController


def _count(signal):
    calls = []
    signal.connect(lambda *a: calls.append(a))
    return calls


def test_update_emits_once_and_recomputes(controller):
    changed = _count(controller.scenarioChanged)
    projected = _count(controller.projectionChanged)
    assert controller.update(core={"mode": SpendingMode.GROWTH, "growth_pct": 8.0})
    assert len(changed) == 1
    assert len(projected) == 1
    assert controller.scenario.core.mode is SpendingMode.GROWTH
    assert controller.scenario.core.growth_pct == 8.0
    assert controller.projection.scenario == controller.scenario
    assert controller.projection.thresholds[0].year_reached == 2028


def test_same_value_emits_nothing(controller):
    changed = _count(controller.scenarioChanged)
    assert not controller.update(horizon=controller.scenario.horizon)
    assert not controller.set_scenario(Scenario())
    assert changed == []
    assert not controller.can_undo()


def test_nested_update_keeps_other_fields(controller):
    controller.update(core={"growth_pct": 7.0})
    controller.update(core={"growth_real": True})
    assert controller.scenario.core.growth_pct == 7.0
    assert controller.scenario.core.growth_real is True


def test_validation_error_is_reported_and_state_unchanged(controller):
    errors = _count(controller.errorOccurred)
    rejected = _count(controller.scenarioRejected)
    before = controller.scenario
    assert not controller.update(horizon=2099)
    assert controller.scenario is before
    assert len(errors) == 1
    assert errors[0][0].startswith("Horizon: 2099")  # the field as the window labels it
    assert "2050" in errors[0][0]
    assert rejected == [(before,)]


def test_iceland_explains_and_keeps_state(controller):
    errors = _count(controller.errorOccurred)
    cleared = _count(controller.errorCleared)
    before = controller.projection
    assert not controller.update(country="ISL")
    assert controller.projection is before
    assert "no armed forces" in errors[0][0]
    controller.update(country="BEL")
    assert len(cleared) == 1
    assert controller.projection.country.iso3 == "BEL"


def test_undo_redo(controller):
    controller.update(core={"mode": SpendingMode.GROWTH})
    controller.update(core={"growth_pct": 9.0})
    controller.update(country="BEL")
    assert controller.undo()
    assert controller.scenario.country == "ESP"
    assert controller.undo()
    assert controller.scenario.core.growth_pct == 5.0
    assert controller.redo()
    assert controller.scenario.core.growth_pct == 9.0
    assert controller.projection.scenario == controller.scenario
    controller.update(horizon=2040)  # a new edit drops the redo branch
    assert not controller.can_redo()
    while controller.undo():
        pass
    assert controller.scenario == Scenario()


def test_slider_drag_merges_into_one_undo_step(dataset, qtbot):
    ctrl = ScenarioController(dataset)
    ctrl.merge_window_s = 60.0
    for value in (5.5, 6.0, 6.5, 7.0):
        ctrl.update(core={"growth_pct": value})
    ctrl.update(horizon=2040)
    assert ctrl.undo()
    assert ctrl.scenario.core.growth_pct == 7.0
    assert ctrl.undo()
    assert ctrl.scenario.core.growth_pct == 5.0
    assert not ctrl.can_undo()


def test_reset_keeps_ally(controller):
    controller.update(country="BEL", horizon=2045, core={"mode": SpendingMode.GLIDE})
    assert controller.reset()
    assert controller.scenario == Scenario(country="BEL")
    assert controller.undo()
    assert controller.scenario.horizon == 2045


@pytest.mark.parametrize("signal", ["undoAvailableChanged", "redoAvailableChanged"])
def test_availability_signals(controller, signal):
    seen = _count(getattr(controller, signal))
    controller.update(horizon=2040)
    controller.undo()
    assert seen
