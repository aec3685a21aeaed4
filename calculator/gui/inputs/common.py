"""What the input panels share: the panel base class, small widget helpers and help texts.

Each panel reads and writes the scenario only through the ScenarioController. Widget → model:
``_on_<widget>_<signal>`` calls the controller. Model → widget: ``_on_model_scenario_changed``
writes inside ``signals_blocked`` (the ``set_*`` helpers) so nothing echoes back. A slider's
move goes through ``self.controller.update_from(self, ...)``: the panel already shows it, so the
change is not written back to the panel that made it (:attr:`ScenarioController.origin`).
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QSpinBox,
    QWidget,
)

from calculator.core.models import (
    Scenario,
    field_range,
)
from calculator.gui.controller import ScenarioController
from calculator.gui.updates import signals_blocked
from calculator.gui.widgets import ValueSlider


def describe(widget: QWidget, name: str, tip: str) -> None:
    """Give an input its accessible name, and the tooltip as its accessible description.

    Screen readers read the name, then the value (a :class:`ValueSlider` keeps its value with
    the unit in the slider's description), then the description.
    """
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(tip)
    widget.setToolTip(tip)


def compact(combo: QComboBox, chars: int = 10) -> QComboBox:
    """Let a combo box with long items shrink on small screens (set before first layout)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    return combo


def set_spin(spin: QSpinBox | QDoubleSpinBox, value: float) -> None:
    """Show ``value`` in a spin box without echoing it back to the model."""
    if spin.value() != value:
        with signals_blocked(spin):
            spin.setValue(value)  # type: ignore[arg-type]


def set_combo_data(combo: QComboBox, data: Any) -> None:
    """Select the item holding ``data`` without echoing it back to the model."""
    index = combo.findData(data)
    if index >= 0 and combo.currentIndex() != index:
        with signals_blocked(combo):
            combo.setCurrentIndex(index)


def set_slider(slider: ValueSlider, value: float) -> None:
    """Move a slider to ``value`` without echoing it back to the model."""
    if abs(slider.value() - value) > 1e-12:
        slider.set_value_silently(value)


def model_range(model: type[BaseModel], name: str) -> tuple[float, float]:
    """The bounds the model accepts for a field, so typed values can use all of them."""
    lo, hi, _strict = field_range(model, [name])
    assert lo is not None
    assert hi is not None
    return float(lo), float(hi)


class InputPanel(QGroupBox):
    """A titled group of inputs bound to the controller.

    A refused change (``scenarioRejected``) puts the inputs back to the model's values; a panel
    bound with ``keep_typed=True`` shows it with :attr:`_keep_typed` set, so that the input the
    user typed into keeps the typed text and the error can be fixed where it was made.
    """

    #: True while a refused change is shown (see :meth:`_on_model_scenario_rejected`).
    _keep_typed = False

    def __init__(
        self, title: str, controller: ScenarioController, parent: QWidget | None = None
    ) -> None:
        super().__init__(title, parent)
        self.controller = controller

    def _bind(self, *, keep_typed: bool = False) -> None:
        self.controller.scenarioChanged.connect(self._on_controller_scenario_changed)
        if keep_typed:
            self.controller.scenarioRejected.connect(self._on_model_scenario_rejected)
        else:
            self.controller.scenarioRejected.connect(self._on_model_scenario_changed)
        # Dragging any of the panel's sliders is a live change (the window holds its layout).
        for slider in self.findChildren(ValueSlider):
            slider.dragStarted.connect(self._on_slider_drag_started)
            slider.dragFinished.connect(self._on_slider_drag_finished)
        self._on_model_scenario_changed(self.controller.scenario)

    @Slot(object)
    def _on_controller_scenario_changed(self, scenario: Scenario) -> None:
        if self.controller.origin is not self:  # not the panel's own move coming back
            self._on_model_scenario_changed(scenario)

    @Slot()
    def _on_slider_drag_started(self) -> None:
        self.controller.set_live(True)

    @Slot()
    def _on_slider_drag_finished(self) -> None:
        self.controller.set_live(False)

    @Slot(object)
    def _on_model_scenario_rejected(self, scenario: Scenario) -> None:
        """Show the model's values again, keeping what was typed (:attr:`_keep_typed`)."""
        self._keep_typed = True
        try:
            self._on_model_scenario_changed(scenario)
        finally:
            self._keep_typed = False

    @Slot(object)
    def _on_model_scenario_changed(self, scenario: Scenario) -> None:
        raise NotImplementedError

    def currency(self, scenario: Scenario) -> str:
        """The ally's national currency (the unit of every amount)."""
        return self.controller.dataset.country(scenario.country).currency
