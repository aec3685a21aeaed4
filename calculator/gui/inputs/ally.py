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

from calculator.core.dataset import fold_name
from calculator.core.models import (
    MAX_HORIZON,
    MIN_YEAR,
    Scenario,
)
from calculator.exports.locales import ally_name, local
from calculator.gui.controller import ScenarioController
from calculator.gui.inputs.common import (
    InputPanel,
    compact,
    describe,
    set_spin,
)
from calculator.gui.language import sorted_by_name
from calculator.gui.updates import signals_blocked


class AllyPanel(InputPanel):
    """Which ally, and how far ahead to look."""

    def __init__(self, controller: ScenarioController, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Ally and horizon"), controller, parent)
        edition = controller.scenario.nato_edition
        self.ally_combo = QComboBox(self)
        self.ally_combo.setEditable(True)
        self.ally_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.ally_combo.setMaxVisibleItems(16)
        compact(self.ally_combo, 12)
        model = QStandardItemModel(self.ally_combo)
        self._fill_allies(model)
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
                "Pick an ally: type part of its name (English, French or Spanish), its ISO "
                "code (ESP, BEL…) or a common name (UK, USA, Holland); Enter takes the first "
                "match. "
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
        line_edit = self.ally_combo.lineEdit()
        assert line_edit is not None  # editable
        # Enter or leaving the box: the typed text picks an ally, or goes back to the one shown.
        line_edit.editingFinished.connect(self._on_ally_edit_editing_finished)
        self.horizon_spin.valueChanged.connect(self._on_horizon_spin_value_changed)
        controller.projectionChanged.connect(self._on_model_projection_changed)
        controller.datasetChanged.connect(self._on_model_dataset_changed)
        self._bind()
        self._on_model_projection_changed(controller.projection)

    def _fill_allies(self, model: QStandardItemModel) -> None:
        """One row per ally of the controller's dataset, with its latest NATO share."""
        ds = self.controller.dataset
        edition = self.controller.scenario.nato_edition
        for c in sorted_by_name(ds.allies()):
            name = ally_name(c.iso3, c.name)  # in the window's language
            year = ds.latest_share_year(c.iso3, edition)
            if year is None or not c.has_nato_figure:
                text = self.tr("{0} ({1}) · no NATO figure").format(name, c.iso3)
            else:
                share = ds.nato_share(c.iso3, edition)[year].value
                text = local(self.tr("{0} ({1}) · {2:.2f} %")).format(name, c.iso3, share)
            item = QStandardItem(text)
            item.setData(c.iso3, Qt.ItemDataRole.UserRole)
            if c.note:
                item.setToolTip(c.note)
            model.appendRow(item)

    @Slot(object)
    def _on_model_dataset_changed(self, _dataset: object) -> None:
        """Another dataset (Data ▸ Datasets…): list its allies with its latest shares."""
        model = self.ally_combo.model()
        if isinstance(model, QStandardItemModel):
            with signals_blocked(self.ally_combo):
                model.clear()
                self._fill_allies(model)
            self._show_current_ally()

    @Slot(int)
    def _on_ally_combo_current_index_changed(self, index: int) -> None:
        iso3 = self.ally_combo.itemData(index, Qt.ItemDataRole.UserRole)
        if iso3:
            self.controller.update(country=iso3, base_year=None)

    def match(self, text: str) -> str | None:
        """The ally that typed text means, or ``None``.

        An exact code, name or alias (English, French, Spanish), else the first ally the
        completer lists for it, else the first ally whose alias starts with or contains it.
        """
        ds = self.controller.dataset
        try:
            country = ds.country(text)
        except KeyError:
            country = None
        if country is not None and country.kind == "ally":
            return country.iso3
        folded = fold_name(text)
        if not folded:
            return None
        for row in range(self.ally_combo.count()):  # the completer's order: contains, in the list
            if folded in fold_name(self.ally_combo.itemText(row)):
                return str(self.ally_combo.itemData(row, Qt.ItemDataRole.UserRole))
        country = ds.find_country(text)
        return country.iso3 if country is not None and country.kind == "ally" else None

    @Slot()
    def _on_ally_edit_editing_finished(self) -> None:
        combo = self.ally_combo
        text = combo.currentText()
        if text != combo.itemText(combo.currentIndex()):
            iso3 = self.match(text)
            if iso3 is not None and iso3 != self.controller.scenario.country:
                self.controller.update(country=iso3, base_year=None)
        # Never typed text beside a different ally: the box names the ally on show.
        self._show_current_ally()

    def _show_current_ally(self) -> None:
        combo = self.ally_combo
        index = combo.findData(self.controller.scenario.country, Qt.ItemDataRole.UserRole)
        if index < 0:
            return
        with signals_blocked(combo):
            if combo.currentIndex() != index:
                combo.setCurrentIndex(index)
            if combo.currentText() != combo.itemText(index):
                combo.setEditText(combo.itemText(index))
        line_edit = combo.lineEdit()
        if line_edit is not None:
            line_edit.setCursorPosition(0)

    @Slot(int)
    def _on_horizon_spin_value_changed(self, year: int) -> None:
        self.controller.update(horizon=year)

    @Slot(object)
    def _on_model_scenario_changed(self, scenario: Scenario) -> None:
        combo = self.ally_combo
        index = combo.findData(scenario.country, Qt.ItemDataRole.UserRole)
        if index >= 0 and (
            index != combo.currentIndex() or combo.currentText() != combo.itemText(index)
        ):
            self._show_current_ally()  # show the name, not the tail
        set_spin(self.horizon_spin, scenario.horizon)

    @Slot(object)
    def _on_model_projection_changed(self, projection: Any) -> None:
        if self.horizon_spin.minimum() != projection.base_year + 1:  # a range change relayouts
            with signals_blocked(self.horizon_spin):
                self.horizon_spin.setMinimum(projection.base_year + 1)
