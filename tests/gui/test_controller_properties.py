"""Properties of the one owner of state: any sequence of edits, undos and redos.

A hypothesis state machine drives the ScenarioController with random edits (some invalid),
undo, redo and reset, and checks it against a plain model of an undo stack: the projection
always belongs to the current scenario, listeners hear a change exactly when the scenario
changes, and undo/redo walk the same states back and forth.
"""

from __future__ import annotations

import numpy as np
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from calculator.core.models import Scenario
from calculator.core.projection import project
from calculator.gui.controller import ScenarioController
from calculator.storage import bundled_dataset

DATASET = bundled_dataset()


class ControllerMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.ctrl = ScenarioController(DATASET)
        self.ctrl.merge_window_s = 0.0  # every accepted edit is its own undo step
        self.undo_stack: list[Scenario] = []
        self.redo_stack: list[Scenario] = []
        self.changes = 0
        self.ctrl.scenarioChanged.connect(self._on_changed)

    def _on_changed(self, _scenario: Scenario) -> None:
        self.changes += 1

    def _edit(self, **changes: object) -> None:
        before = self.ctrl.scenario
        heard = self.changes
        changed = self.ctrl.update(**changes)
        if changed:
            assert self.ctrl.scenario != before
            assert self.changes == heard + 1
            self.undo_stack.append(before)
            self.redo_stack.clear()
        else:
            assert self.ctrl.scenario == before  # refused or no-op: nothing moved
            assert self.changes == heard

    @rule(pct=st.floats(-60, 110, allow_nan=False))
    def spending_growth(self, pct: float) -> None:
        # -60 and 110 are outside the allowed -50..100 and must be refused, state unchanged.
        self._edit(core={"mode": "growth", "growth_pct": round(pct, 1)})

    @rule(year=st.integers(2020, 2055))
    def horizon(self, year: int) -> None:
        self._edit(horizon=year)

    @rule(iso3=st.sampled_from(["ESP", "BEL", "POL", "ISL", "USA", "TUR"]))
    def ally(self, iso3: str) -> None:
        self._edit(country=iso3, base_year=None)  # Iceland is refused with a message

    @rule(share=st.floats(0, 3, allow_nan=False))
    def related(self, share: float) -> None:
        self._edit(related={"share_pct": round(share, 2)})

    @rule()
    def undo(self) -> None:
        current = self.ctrl.scenario
        done = self.ctrl.undo()
        assert done == bool(self.undo_stack)
        if done:
            assert self.ctrl.scenario == self.undo_stack.pop()
            self.redo_stack.append(current)

    @rule()
    def redo(self) -> None:
        current = self.ctrl.scenario
        done = self.ctrl.redo()
        assert done == bool(self.redo_stack)
        if done:
            self.undo_stack.append(current)
            assert self.ctrl.scenario == self.redo_stack.pop()

    def teardown(self) -> None:
        self.ctrl.deleteLater()

    @invariant()
    def projection_belongs_to_the_scenario(self) -> None:
        proj = self.ctrl.projection
        assert proj.scenario == self.ctrl.scenario
        again = project(DATASET, self.ctrl.scenario)
        np.testing.assert_allclose(proj.core_share_pct, again.core_share_pct)

    @invariant()
    def undo_state_matches_the_model(self) -> None:
        assert self.ctrl.can_undo() == bool(self.undo_stack)
        assert self.ctrl.can_redo() == bool(self.redo_stack)
        if self.undo_stack:
            # undo would bring back exactly the state before the last accepted edit
            assert self.undo_stack[-1] != self.ctrl.scenario


ControllerMachine.TestCase.settings = settings(
    max_examples=60,
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestController = ControllerMachine.TestCase


def test_undo_all_the_way_returns_to_the_start(qapp) -> None:  # type: ignore[no-untyped-def]
    ctrl = ScenarioController(DATASET)
    ctrl.merge_window_s = 0.0
    start = ctrl.scenario
    for pct in (3.0, 4.5, 8.0):
        ctrl.update(core={"mode": "growth", "growth_pct": pct})
    ctrl.update(horizon=2045)
    ctrl.update(country="POL", base_year=None)
    end = ctrl.scenario
    while ctrl.undo():
        pass
    assert ctrl.scenario == start
    while ctrl.redo():
        pass
    assert ctrl.scenario == end
