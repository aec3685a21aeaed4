"""ThresholdsPanel: the levels to test (on/off, value, measure, target year, label)."""

from __future__ import annotations

import itertools
import math
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from calculator.core.models import (
    DEFAULT_THRESHOLDS,
    MAX_HORIZON,
    MIN_YEAR,
    WALES_THRESHOLD,
    Measure,
    Scenario,
    Threshold,
)
from calculator.exports import phrases
from calculator.exports.palette import colour_of
from calculator.gui.controller import ScenarioController
from calculator.gui.inputs.common import (
    InputPanel,
    describe,
    set_combo_data,
    set_spin,
)
from calculator.gui.phrasing import qt_tr
from calculator.gui.updates import signals_blocked


class ThresholdsPanel(InputPanel):
    """The levels to test: on/off, value, measure, target year and label."""

    COLUMNS = ("on", "value", "measure", "year", "label")

    def __init__(self, controller: ScenarioController, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Thresholds"), controller, parent)
        # per row: the label shown and the label stored ("Hague core, 2035" is shown in the
        # window's language but saved as it is, unless the user types another)
        self._labels: dict[int, tuple[str, str]] = {}
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("On"),
                self.tr("% of GDP"),
                self.tr("Measure"),
                self.tr("Target"),
                self.tr("Label"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for col in range(4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        # Tab leaves the table (arrows move inside it): Tab used to cycle through its cells.
        self.table.setTabKeyNavigation(False)
        describe(
            self.table,
            self.tr("Thresholds"),
            self.tr(
                "Each threshold is tested against the core share or the total "
                "(core + counted related) share; its target year is where the gap "
                "and the required growth are measured."
            ),
        )
        self.add_button = QPushButton(self.tr("Add"), self)
        describe(self.add_button, self.tr("Add threshold"), self.tr("Add a threshold."))
        self.remove_button = QPushButton(self.tr("Remove"), self)
        describe(
            self.remove_button,
            self.tr("Remove threshold"),
            self.tr("Remove the selected thresholds."),
        )
        self.wales_button = QPushButton(self.tr("Add Wales 2 %"), self)
        describe(
            self.wales_button,
            self.tr("Add Wales threshold"),
            self.tr("Add the 2014 Wales guideline of 2 % of GDP."),
        )
        self.defaults_button = QPushButton(self.tr("Defaults"), self)
        describe(
            self.defaults_button,
            self.tr("Restore default thresholds"),
            self.tr("2.1 % core (Spain's position), 3.5 % core and 5 % total (The Hague)."),
        )
        buttons = QGridLayout()
        buttons.addWidget(self.add_button, 0, 0)
        buttons.addWidget(self.remove_button, 0, 1)
        buttons.addWidget(self.wales_button, 1, 0)
        buttons.addWidget(self.defaults_button, 1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.table.itemChanged.connect(self._on_table_item_changed)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.wales_button.clicked.connect(self._on_wales_button_clicked)
        self.defaults_button.clicked.connect(self._on_defaults_button_clicked)
        self._shown: tuple[Threshold, ...] | None = None  # the thresholds the rows show
        self._bind()
        # A refused edit puts every row back, even when the model's thresholds did not change.
        controller.scenarioRejected.disconnect(self._on_model_scenario_changed)
        controller.scenarioRejected.connect(self._on_model_scenario_rejected)

    @Slot(object)
    def _on_model_scenario_rejected(self, scenario: Scenario) -> None:
        self._shown = None
        self._on_model_scenario_changed(scenario)

    def _fix_tab_order(self) -> None:
        """Tab runs table, each row's editors in reading order, then the buttons, then out."""
        chain: list[QWidget] = [self.table]
        for r in range(self.table.rowCount()):
            chain += [self.value_spin(r), self.measure_combo(r), self.year_spin(r)]
            chain.append(self.label_edit(r))
        chain += [self.add_button, self.remove_button, self.wales_button, self.defaults_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # widgets of one row
    def value_spin(self, row: int) -> QDoubleSpinBox:
        """The value editor of ``row``."""
        return self.table.cellWidget(row, 1)  # type: ignore[return-value]

    def measure_combo(self, row: int) -> QComboBox:
        """The measure editor of ``row``."""
        return self.table.cellWidget(row, 2)  # type: ignore[return-value]

    def year_spin(self, row: int) -> QSpinBox:
        """The target-year editor of ``row``."""
        return self.table.cellWidget(row, 3)  # type: ignore[return-value]

    def label_edit(self, row: int) -> QLineEdit:
        """The label editor of ``row``."""
        return self.table.cellWidget(row, 4)  # type: ignore[return-value]

    def _make_row(self, row: int) -> None:
        on = QTableWidgetItem()
        on.setFlags(
            Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
        )
        on.setToolTip(self.tr("Test this threshold"))
        self.table.setItem(row, 0, on)
        value = QDoubleSpinBox()
        value.setRange(0.05, 20.0)
        value.setDecimals(2)
        value.setSingleStep(0.1)
        value.setKeyboardTracking(False)
        value.setFrame(False)
        value.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)  # arrow keys still step
        describe(value, self.tr("Threshold value"), self.tr("Share of GDP to test, in %."))
        measure = QComboBox()
        measure.setFrame(False)
        measure.addItem(self.tr("core"), Measure.CORE)
        measure.addItem(self.tr("total"), Measure.TOTAL)
        describe(
            measure,
            self.tr("Threshold measure"),
            self.tr("core: NATO core defence share. total: core + related (counted up to 1.5 %)."),
        )
        year = QSpinBox()
        year.setRange(MIN_YEAR + 1, MAX_HORIZON)
        year.setFrame(False)
        year.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        year.setKeyboardTracking(False)
        describe(
            year,
            self.tr("Threshold target year"),
            self.tr("Year the gap and the required growth are measured."),
        )
        label = QLineEdit()
        label.setMaxLength(80)
        label.setFrame(False)
        describe(label, self.tr("Threshold label"), self.tr("Name shown on the chart."))
        self.table.setCellWidget(row, 1, value)
        self.table.setCellWidget(row, 2, measure)
        self.table.setCellWidget(row, 3, year)
        self.table.setCellWidget(row, 4, label)
        value.valueChanged.connect(self._on_row_editor_changed)
        measure.currentIndexChanged.connect(self._on_row_editor_changed)
        year.valueChanged.connect(self._on_row_editor_changed)
        label.editingFinished.connect(self._on_row_editor_changed)

    def collect(self) -> tuple[dict[str, Any], ...]:
        """The thresholds as the table shows them."""
        rows = []
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 0)
            rows.append(
                {
                    "enabled": item is not None and item.checkState() == Qt.CheckState.Checked,
                    "value_pct": self.value_spin(r).value(),
                    "measure": self.measure_combo(r).currentData(),
                    "target_year": self.year_spin(r).value(),
                    "label": self._stored_label(r),
                }
            )
        return tuple(rows)

    def _stored_label(self, row: int) -> str:
        """The label to save for ``row``: a default label as stored while shown translated."""
        text = self.label_edit(row).text()
        shown, stored = self._labels.get(row, (text, text))
        return stored if text == shown else text

    def _commit(self, thresholds: Any) -> None:
        self.controller.update(thresholds=tuple(thresholds))

    @Slot()
    def _on_row_editor_changed(self, *_args: Any) -> None:
        self._commit(self.collect())

    @Slot(QTableWidgetItem)
    def _on_table_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == 0:
            self._commit(self.collect())

    @Slot()
    def _on_add_button_clicked(self) -> None:
        current = self.controller.scenario.thresholds
        top = max((t.value_pct for t in current), default=2.0)
        self._commit((*current, Threshold(value_pct=min(20.0, math.floor(top) + 1.0))))

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        if not rows and self.table.currentRow() >= 0:
            rows = {self.table.currentRow()}
        keep = [t for i, t in enumerate(self.controller.scenario.thresholds) if i not in rows]
        self._commit(keep)

    @Slot()
    def _on_wales_button_clicked(self) -> None:
        current = self.controller.scenario.thresholds
        wales = WALES_THRESHOLD.evolve(enabled=True)
        if wales not in current:
            self._commit((wales, *current))

    @Slot()
    def _on_defaults_button_clicked(self) -> None:
        self._commit(DEFAULT_THRESHOLDS)

    @Slot(object)
    def _on_model_scenario_changed(self, scenario: Scenario) -> None:
        thresholds = scenario.thresholds
        if thresholds == self._shown and self.table.rowCount() == len(thresholds):
            return  # another input moved (a slider): the rows already show these thresholds
        self._shown = thresholds
        with signals_blocked(self.table):
            while self.table.rowCount() > len(thresholds):
                self.table.removeRow(self.table.rowCount() - 1)
            while self.table.rowCount() < len(thresholds):
                self.table.insertRow(self.table.rowCount())
                self._make_row(self.table.rowCount() - 1)
            for r, th in enumerate(thresholds):
                item = self.table.item(r, 0)
                assert item is not None  # every row is made with its items
                state = Qt.CheckState.Checked if th.enabled else Qt.CheckState.Unchecked
                if item.checkState() != state:
                    item.setCheckState(state)
                colour = QColor(colour_of(th) if th.enabled else "#BBBBBB")
                item.setData(Qt.ItemDataRole.DecorationRole, colour)
                set_spin(self.value_spin(r), th.value_pct)
                set_combo_data(self.measure_combo(r), th.measure)
                set_spin(self.year_spin(r), th.target_year)
                edit = self.label_edit(r)
                shown = phrases.threshold_label(th, qt_tr) if th.label else ""
                self._labels[r] = (shown, th.label)
                if edit.text() != shown:
                    with signals_blocked(edit):
                        edit.setText(shown)
                edit.setPlaceholderText(phrases.threshold_label(th.evolve(label=""), qt_tr))
        self.add_button.setEnabled(len(thresholds) < 12)
        self._fix_tab_order()
        # fit the rows (at least three, at most six before scrolling)
        rows = min(max(len(thresholds), 3), 6)
        row_height = self.table.verticalHeader().defaultSectionSize()
        height = (
            self.table.horizontalHeader().sizeHint().height()
            + rows * row_height
            + 2 * self.table.frameWidth()
            + 2
        )
        if self.table.height() != height:
            self.table.setFixedHeight(height)
