"""The glide floor checkbox (issue 10 section 2): on by default, UI → model, model → UI."""

from __future__ import annotations

from calculator.core.models import Scenario
from calculator.gui.controller import ScenarioController
from calculator.gui.inputs.core_spending import CoreSpendingPanel


def test_glide_floor_checkbox(qtbot, dataset) -> None:
    controller = ScenarioController(dataset)
    panel = CoreSpendingPanel(controller)
    qtbot.addWidget(panel)
    assert panel.glide_floor_check.isChecked()
    assert controller.scenario.core.glide_floor
    panel.glide_floor_check.setChecked(False)
    assert controller.scenario.core.glide_floor is False
    controller.update(core={"glide_floor": True})
    assert panel.glide_floor_check.isChecked()
    assert isinstance(controller.scenario, Scenario)
