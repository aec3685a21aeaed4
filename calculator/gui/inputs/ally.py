"""AllyPanel: which ally, and how far ahead to look."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QSpinBox,
    QWidget,
)
from superqt.utils import signals_blocked

from calculator.core.models import (
    MAX_HORIZON,
    MIN_YEAR,
    Scenario,
)
from calculator.gui.controller import ScenarioController
from calculator.gui.inputs.common import (
    InputPanel,
    compact,
    describe,
    set_spin,
)


class AllyPanel(InputPanel):
    """Which ally, and how far ahead to look."""

    def __init__(self, controller: ScenarioController, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Ally and horizon"), controller, parent)
        ds = controller.dataset
        edition = controller.scenario.nato_edition
        self.ally_combo = QComboBox(self)
        self.ally_combo.setEditable(True)
        self.ally_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.ally_combo.setMaxVisibleItems(16)
        compact(self.ally_combo, 12)
        model = QStandardItemModel(self.ally_combo)
        for c in ds.allies():
            year = ds.latest_share_year(c.iso3, edition)
            if year is None or not c.has_nato_figure:
                text = self.tr("{0} ({1}) · no NATO figure").format(c.name, c.iso3)
            else:
                share = ds.nato_share(c.iso3, edition)[year].value
                text = self.tr("{0} ({1}) · {2:.2f} %").format(c.name, c.iso3, share)
            item = QStandardItem(text)
            item.setData(c.iso3, Qt.ItemDataRole.UserRole)
            if c.note:
                item.setToolTip(c.note)
            model.appendRow(item)
        self.ally_combo.setModel(model)
        completer = QCompleter(self.ally_combo)
        completer.setModel(model)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.ally_combo.setCompleter(completer)
        describe(
            self.ally_combo,
            self.tr("Ally"),
            self.tr(
                "Pick an ally: type part of its name or its ISO code (ESP, BEL…). "
                "The figure is NATO's latest share of GDP for core defence ({0} "
                "edition, latest year)."
            ).format(edition),
        )

        self.horizon_spin = QSpinBox(self)
        self.horizon_spin.setRange(MIN_YEAR + 1, MAX_HORIZON)
        describe(
            self.horizon_spin,
            self.tr("Horizon"),
            self.tr("Last year shown and tested (up to {0}).").format(MAX_HORIZON),
        )

        form = QFormLayout(self)
        form.addRow(self.tr("&Ally"), self.ally_combo)
        form.addRow(self.tr("&Horizon"), self.horizon_spin)

        self.ally_combo.currentIndexChanged.connect(self._on_ally_combo_current_index_changed)
        self.horizon_spin.valueChanged.connect(self._on_horizon_spin_value_changed)
        controller.projectionChanged.connect(self._on_model_projection_changed)
        self._bind()
        self._on_model_projection_changed(controller.projection)

    @Slot(int)
    def _on_ally_combo_current_index_changed(self, index: int) -> None:
        iso3 = self.ally_combo.itemData(index, Qt.ItemDataRole.UserRole)
        if iso3:
            self.controller.update(country=iso3, base_year=None)

    @Slot(int)
    def _on_horizon_spin_value_changed(self, year: int) -> None:
        self.controller.update(horizon=year)

    @Slot(object)
    def _on_model_scenario_changed(self, scenario: Scenario) -> None:
        index = self.ally_combo.findData(scenario.country, Qt.ItemDataRole.UserRole)
        if index >= 0 and index != self.ally_combo.currentIndex():
            with signals_blocked(self.ally_combo):
                self.ally_combo.setCurrentIndex(index)
            line_edit = self.ally_combo.lineEdit()
            if line_edit is not None:
                line_edit.setCursorPosition(0)  # show the name, not the tail
        set_spin(self.horizon_spin, scenario.horizon)

    @Slot(object)
    def _on_model_projection_changed(self, projection: Any) -> None:
        if self.horizon_spin.minimum() != projection.base_year + 1:  # a range change relayouts
            with signals_blocked(self.horizon_spin):
                self.horizon_spin.setMinimum(projection.base_year + 1)
