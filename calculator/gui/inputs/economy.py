"""EconomyPanel: how GDP grows (preset, rates, adjustments and per-year overrides)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from calculator.core.models import (
    MAX_HORIZON,
    Economy,
    EconomyPreset,
    GdpLevel,
    Scenario,
)
from calculator.core.projection import Projection
from calculator.exports.phrases import field_used
from calculator.gui.controller import ScenarioController
from calculator.gui.inputs.common import (
    InputPanel,
    compact,
    describe,
    model_range,
    set_combo_data,
    set_slider,
)
from calculator.gui.updates import signals_blocked
from calculator.gui.widgets import ValueSlider


class EconomyPanel(InputPanel):
    """How GDP grows: the IMF baseline or constant rates, plus uniform adjustments."""

    def __init__(self, controller: ScenarioController, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Economy (GDP path)"), controller, parent)
        # Not compact: the preset's full name is short enough to show on small screens too.
        self.preset_combo = QComboBox(self)
        self.preset_combo.addItem(self.tr("IMF baseline (WEO Oct 2025)"), EconomyPreset.IMF)
        self.preset_combo.addItem(self.tr("Constant rates"), EconomyPreset.CONSTANT)
        describe(
            self.preset_combo,
            self.tr("Economy preset"),
            self.tr(
                "IMF baseline: the IMF's real growth and GDP deflator to 2030, held "
                "after 2030. Constant: the rates below for every year."
            ),
        )
        pct_year = self.tr(" % a year")
        self._pct_year = pct_year
        self._imf_path = self.tr(" % · IMF path")
        self.growth_slider = ValueSlider(
            -10.0, 10.0, suffix=pct_year, typed_range=model_range(Economy, "real_growth_pct")
        )
        describe(
            self.growth_slider,
            self.tr("Real GDP growth"),
            self.tr("Real GDP growth each year (constant preset)."),
        )
        self.inflation_slider = ValueSlider(
            -2.0, 15.0, suffix=pct_year, typed_range=model_range(Economy, "inflation_pct")
        )
        describe(
            self.inflation_slider,
            self.tr("Inflation (GDP deflator)"),
            self.tr("GDP deflator inflation each year (constant preset)."),
        )
        pp = self.tr(" pp")
        self.growth_adjust_slider = ValueSlider(
            -5.0, 5.0, suffix=pp, typed_range=model_range(Economy, "growth_adjust_pp")
        )
        describe(
            self.growth_adjust_slider,
            self.tr("Growth adjustment"),
            self.tr(
                "Percentage points added to real growth in every year, on top of "
                "either preset (negative for a downturn)."
            ),
        )
        self.inflation_adjust_slider = ValueSlider(
            -5.0, 5.0, suffix=pp, typed_range=model_range(Economy, "inflation_adjust_pp")
        )
        describe(
            self.inflation_adjust_slider,
            self.tr("Inflation adjustment"),
            self.tr("Percentage points added to inflation in every year, on top of either preset."),
        )
        # Each rate: a constant or its IMF path (the command line's "only --inflation given").
        self.growth_source_combo = self._source_combo(
            self.tr("Real growth from"),
            self.tr(
                "Constant: the real growth set here for every year. IMF path: the IMF's real "
                "growth to 2030, held after (shown greyed), while inflation is constant."
            ),
        )
        self.inflation_source_combo = self._source_combo(
            self.tr("Inflation from"),
            self.tr(
                "Constant: the inflation set here for every year. IMF path: the IMF's GDP "
                "deflator to 2030, held after (shown greyed), while real growth is constant."
            ),
        )
        form = QFormLayout(self)
        form.addRow(self.tr("Preset"), self.preset_combo)
        for text, combo, slider in (
            (self.tr("Real growth"), self.growth_source_combo, self.growth_slider),
            (self.tr("Inflation"), self.inflation_source_combo, self.inflation_slider),
        ):
            # The choice on the label's row, the slider under it at the full width of the field
            # column (beside the choice it shrank to a square in a 1280 px window).
            label = QLabel(text, self)
            label.setBuddy(combo)
            form.addRow(label, combo)
            form.addRow("", slider)
        form.addRow(self.tr("Growth adj."), self.growth_adjust_slider)
        form.addRow(self.tr("Inflation adj."), self.inflation_adjust_slider)
        self._build_overrides(form)
        self._build_gdp_path(form)

        self.preset_combo.currentIndexChanged.connect(self._on_preset_combo_current_index_changed)
        self.growth_source_combo.currentIndexChanged.connect(
            self._on_growth_source_combo_current_index_changed
        )
        self.inflation_source_combo.currentIndexChanged.connect(
            self._on_inflation_source_combo_current_index_changed
        )
        self.growth_slider.valueChanged.connect(self._on_growth_slider_value_changed)
        self.inflation_slider.valueChanged.connect(self._on_inflation_slider_value_changed)
        self.growth_adjust_slider.valueChanged.connect(self._on_growth_adjust_slider_value_changed)
        self.inflation_adjust_slider.valueChanged.connect(
            self._on_inflation_adjust_slider_value_changed
        )
        self.overrides_table.itemChanged.connect(self._on_overrides_table_item_changed)
        self.override_add_button.clicked.connect(self._on_override_add_button_clicked)
        self.override_remove_button.clicked.connect(self._on_override_remove_button_clicked)
        self.gdp_path_table.itemChanged.connect(self._on_gdp_path_table_item_changed)
        self.gdp_add_button.clicked.connect(self._on_gdp_add_button_clicked)
        self.gdp_remove_button.clicked.connect(self._on_gdp_remove_button_clicked)
        self.gdp_source_edit.editingFinished.connect(self._on_gdp_source_edit_editing_finished)
        # A refused change puts the other inputs back but keeps what was typed in the table.
        self._bind(keep_typed=True)
        controller.projectionChanged.connect(self._on_model_projection_changed)
        self._on_model_projection_changed(controller.projection)

    @Slot(object)
    def _on_model_projection_changed(self, proj: Projection) -> None:
        """Greyed-out rates show what the projection uses in its first projected year."""
        if len(proj.years) < 2:
            return
        for slider, values in (
            (self.growth_slider, proj.real_growth_pct),
            (self.inflation_slider, proj.inflation_pct),
        ):
            if not slider.isEnabled():
                set_slider(slider, round(float(values[1]), 1))

    def _build_overrides(self, form: QFormLayout) -> None:
        """The per-year table: year, real growth, inflation; a blank cell keeps the preset."""
        self.overrides_table = QTableWidget(0, 3, self)
        self.overrides_table.setHorizontalHeaderLabels(
            [self.tr("Year"), self.tr("Growth %"), self.tr("Inflation %")]
        )
        self.overrides_table.verticalHeader().setVisible(False)
        self.overrides_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.overrides_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.overrides_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.overrides_table.setTabKeyNavigation(False)  # Tab moves on to the buttons
        row_height = self.overrides_table.verticalHeader().defaultSectionSize()
        self.overrides_table.setFixedHeight(
            self.overrides_table.horizontalHeader().sizeHint().height()
            + 3 * row_height
            + 2 * self.overrides_table.frameWidth()
            + 2
        )
        describe(
            self.overrides_table,
            self.tr("Per-year overrides"),
            self.tr(
                "Replace the real growth and/or inflation of single years (either "
                "preset, after the adjustments). Leave a cell blank to keep the "
                "preset's rate. F2 or typing edits a cell."
            ),
        )
        self.override_add_button = QPushButton(self.tr("Add year"), self)
        describe(
            self.override_add_button,
            self.tr("Add override year"),
            self.tr("Add the next year without an override and start typing its growth."),
        )
        self.override_remove_button = QPushButton(self.tr("Remove year"), self)
        describe(
            self.override_remove_button,
            self.tr("Remove override year"),
            self.tr("Remove the selected override years."),
        )
        self._add_table_rows(
            form,
            self.tr("Per-year overrides (blank keeps the preset)"),
            self.overrides_table,
            self.override_add_button,
            self.override_remove_button,
        )

    def _build_gdp_path(self, form: QFormLayout) -> None:
        """The ministry's GDP forecast: year → nominal GDP (bn), and the forecast's name."""
        self.gdp_path_table = QTableWidget(0, 2, self)
        self.gdp_path_table.setHorizontalHeaderLabels([self.tr("Year"), self.tr("GDP, bn")])
        self.gdp_path_table.verticalHeader().setVisible(False)
        self.gdp_path_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.gdp_path_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.gdp_path_table.setEditTriggers(self.overrides_table.editTriggers())
        self.gdp_path_table.setTabKeyNavigation(False)
        self.gdp_path_table.setFixedHeight(self.overrides_table.maximumHeight())
        describe(
            self.gdp_path_table,
            self.tr("GDP path"),
            self.tr(
                "Nominal GDP in billions of national currency, current prices, for some years "
                "(for example the finance ministry's forecast). Constant growth between the "
                "years given and from the base year to the first; after the last, the growth "
                "above continues. F2 or typing edits a cell."
            ),
        )
        self.gdp_add_button = QPushButton(self.tr("Add GDP year"), self)
        describe(
            self.gdp_add_button,
            self.tr("Add GDP year"),
            self.tr("Add the next year, starting from the GDP the projection has for it."),
        )
        self.gdp_remove_button = QPushButton(self.tr("Remove GDP year"), self)
        describe(
            self.gdp_remove_button,
            self.tr("Remove GDP year"),
            self.tr("Remove the selected GDP years."),
        )
        self.gdp_source_edit = QLineEdit(self)
        self.gdp_source_edit.setMaxLength(200)
        self.gdp_source_edit.setPlaceholderText(self.tr("e.g. Budget plan 2026"))
        describe(
            self.gdp_source_edit,
            self.tr("GDP source"),
            self.tr("Whose forecast the GDP path is; stated in every output."),
        )
        self._add_table_rows(
            form,
            self.tr("GDP path (blank: from the rates above)"),
            self.gdp_path_table,
            self.gdp_add_button,
            self.gdp_remove_button,
        )
        form.addRow(self.tr("GDP source"), self.gdp_source_edit)

    def _add_table_rows(
        self,
        form: QFormLayout,
        title_text: str,
        table: QTableWidget,
        add: QPushButton,
        remove: QPushButton,
    ) -> None:
        """A year table's rows in the form: its title (the table's buddy), the table, its buttons."""
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        title = QLabel(title_text, self)
        title.setBuddy(table)
        form.addRow(title)
        form.addRow(table)
        form.addRow(buttons)

    def collect_gdp_path(self) -> tuple[dict[str, Any], ...]:
        """The GDP path as the table shows it (text that is not a number goes to the model)."""
        table = self.gdp_path_table
        rows = []
        for r in range(table.rowCount()):
            items = [table.item(r, c) for c in range(2)]
            cells = [item.text() if item is not None else "" for item in items]
            rows.append(
                {"year": _parse_cell(cells[0], integer=True), "gdp_bn": _parse_cell(cells[1])}
            )
        if all(isinstance(row["year"], int) for row in rows):
            rows.sort(key=lambda row: int(row["year"] or 0))
        return tuple(rows)

    @Slot(QTableWidgetItem)
    def _on_gdp_path_table_item_changed(self, _item: QTableWidgetItem) -> None:
        self.controller.update(economy={"gdp_path": self.collect_gdp_path()})

    @Slot()
    def _on_gdp_add_button_clicked(self) -> None:
        proj = self.controller.projection
        current = self.controller.scenario.economy.gdp_path
        start = max([proj.base_year, *(g.year for g in current)]) + 1
        if start > proj.horizon:
            return
        gdp = round(float(proj.gdp_bn[proj.index_of(start)]), 1)
        rows = (*(g.model_dump() for g in current), {"year": start, "gdp_bn": gdp})
        if self.controller.update(economy={"gdp_path": rows}):
            self.gdp_path_table.setCurrentCell(len(rows) - 1, 1)
            self.gdp_path_table.setFocus()

    @Slot()
    def _on_gdp_remove_button_clicked(self) -> None:
        table = self.gdp_path_table
        rows = {i.row() for i in table.selectedIndexes()}
        if not rows and table.currentRow() >= 0:
            rows = {table.currentRow()}
        if not rows:
            return
        keep = tuple(
            g for i, g in enumerate(self.controller.scenario.economy.gdp_path) if i not in rows
        )
        self.controller.update(economy={"gdp_path": keep})

    @Slot()
    def _on_gdp_source_edit_editing_finished(self) -> None:
        self.controller.update(economy={"gdp_source": self.gdp_source_edit.text().strip()})

    def collect_overrides(self) -> tuple[dict[str, Any], ...]:
        """The overrides as the table shows them, sorted by year.

        Text that is not a number is passed on, so the model refuses it with a message naming
        the field.
        """
        rows = []
        table = self.overrides_table
        for r in range(table.rowCount()):
            cells = []
            for c in range(3):
                item = table.item(r, c)
                cells.append(item.text() if item is not None else "")
            rows.append(
                {
                    "year": _parse_cell(cells[0], integer=True),
                    "real_growth_pct": _parse_cell(cells[1]),
                    "inflation_pct": _parse_cell(cells[2]),
                }
            )
        years = [row["year"] for row in rows]
        if all(isinstance(y, int) for y in years):
            rows.sort(key=lambda row: int(row["year"] or 0))
        return tuple(rows)

    @Slot(QTableWidgetItem)
    def _on_overrides_table_item_changed(self, _item: QTableWidgetItem) -> None:
        self.controller.update(economy={"overrides": self.collect_overrides()})

    @Slot()
    def _on_override_add_button_clicked(self) -> None:
        current = self.controller.scenario.economy.overrides
        used = {o.year for o in current}
        start = max([self.controller.projection.base_year, *used]) + 1
        free = [y for y in range(start, MAX_HORIZON + 1) if y not in used]
        free = free or [
            y
            for y in range(self.controller.projection.base_year + 1, MAX_HORIZON + 1)
            if y not in used
        ]
        if not free:
            return
        rows = (*(o.model_dump() for o in current), {"year": free[0]})
        if self.controller.update(economy={"overrides": rows}):
            row = [o.year for o in self.controller.scenario.economy.overrides].index(free[0])
            self.overrides_table.setCurrentCell(row, 1)
            self.overrides_table.setFocus()

    @Slot()
    def _on_override_remove_button_clicked(self) -> None:
        table = self.overrides_table
        rows = {i.row() for i in table.selectedIndexes()}
        if not rows and table.currentRow() >= 0:
            rows = {table.currentRow()}
        if not rows:
            return
        keep = tuple(
            o for i, o in enumerate(self.controller.scenario.economy.overrides) if i not in rows
        )
        self.controller.update(economy={"overrides": keep})

    @Slot(int)
    def _on_preset_combo_current_index_changed(self, index: int) -> None:
        self.controller.update(economy={"preset": self.preset_combo.itemData(index)})

    def _source_combo(self, name: str, tip: str) -> QComboBox:
        combo = compact(QComboBox(self), 7)
        combo.addItem(self.tr("Constant"), False)
        combo.addItem(self.tr("IMF path"), True)
        describe(combo, name, tip)
        return combo

    @Slot(int)
    def _on_growth_source_combo_current_index_changed(self, index: int) -> None:
        self._set_rate_source(
            "real_growth_from_imf", bool(self.growth_source_combo.itemData(index))
        )

    @Slot(int)
    def _on_inflation_source_combo_current_index_changed(self, index: int) -> None:
        imf = bool(self.inflation_source_combo.itemData(index))
        self._set_rate_source("inflation_from_imf", imf)

    def _set_rate_source(self, key: str, imf: bool) -> None:
        """One rate constant or on its IMF path; the other keeps what it has.

        Under the IMF preset, making one rate constant switches to constant rates with the
        other on its IMF path; two rates on their IMF path are the IMF preset.
        """
        eco = self.controller.scenario.economy
        other = "inflation_from_imf" if key == "real_growth_from_imf" else "real_growth_from_imf"
        on_imf = {
            key: imf,
            other: eco.preset is EconomyPreset.IMF or bool(getattr(eco, other)),
        }
        if all(on_imf.values()):
            change = {"preset": EconomyPreset.IMF, key: False, other: False}
        else:
            change = {"preset": EconomyPreset.CONSTANT, **on_imf}
        self.controller.update(economy=change)

    @Slot(float)
    def _on_growth_slider_value_changed(self, value: float) -> None:
        self.controller.update_from(self, economy={"real_growth_pct": value})

    @Slot(float)
    def _on_inflation_slider_value_changed(self, value: float) -> None:
        self.controller.update_from(self, economy={"inflation_pct": value})

    @Slot(float)
    def _on_growth_adjust_slider_value_changed(self, value: float) -> None:
        self.controller.update_from(self, economy={"growth_adjust_pp": value})

    @Slot(float)
    def _on_inflation_adjust_slider_value_changed(self, value: float) -> None:
        self.controller.update_from(self, economy={"inflation_adjust_pp": value})

    @Slot(object)
    def _on_model_scenario_changed(self, scenario: Scenario) -> None:
        eco = scenario.economy
        set_combo_data(self.preset_combo, eco.preset)
        set_slider(self.growth_adjust_slider, eco.growth_adjust_pp)
        set_slider(self.inflation_adjust_slider, eco.inflation_adjust_pp)
        # Which fields the preset uses: the phrasebook's one table (Compare and the workbook too).
        # A rate the preset does not use is greyed out and shows the rate in use instead (see
        # _on_model_projection_changed), never the constant preset's default.
        for combo, on_imf in (
            (self.growth_source_combo, eco.real_growth_from_imf),
            (self.inflation_source_combo, eco.inflation_from_imf),
        ):
            set_combo_data(combo, eco.preset is EconomyPreset.IMF or on_imf)
        for slider, key, value in (
            (self.growth_slider, "economy.real_growth_pct", eco.real_growth_pct),
            (self.inflation_slider, "economy.inflation_pct", eco.inflation_pct),
        ):
            used = field_used(scenario, key)
            slider.setEnabled(used)
            suffix = self._pct_year if used else self._imf_path
            if slider.spin.suffix() != suffix:
                slider.spin.setSuffix(suffix)
            if used:
                set_slider(slider, value)
        self.override_remove_button.setEnabled(bool(eco.overrides))
        self.gdp_remove_button.setEnabled(bool(eco.gdp_path))
        if self._keep_typed:
            return
        if self.gdp_source_edit.text().strip() != eco.gdp_source:
            with signals_blocked(self.gdp_source_edit):
                self.gdp_source_edit.setText(eco.gdp_source)
        self._put_gdp_path(eco.gdp_path)
        table = self.overrides_table
        with signals_blocked(table):
            table.setRowCount(len(eco.overrides))
            for r, o in enumerate(eco.overrides):
                texts = (
                    str(o.year),
                    "" if o.real_growth_pct is None else f"{o.real_growth_pct:g}",
                    "" if o.inflation_pct is None else f"{o.inflation_pct:g}",
                )
                for c, text in enumerate(texts):
                    item = table.item(r, c)
                    if item is None:
                        item = QTableWidgetItem(text)
                        item.setTextAlignment(
                            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                        )
                        table.setItem(r, c, item)
                    elif item.text() != text:
                        item.setText(text)

    def _put_gdp_path(self, path: tuple[GdpLevel, ...]) -> None:
        """Model → GDP path table, inside blocked signals; only changed cells are written."""
        table = self.gdp_path_table
        with signals_blocked(table):
            table.setRowCount(len(path))
            for r, g in enumerate(path):
                for c, text in enumerate((str(g.year), f"{g.gdp_bn:,.2f}".replace(",", ""))):
                    item = table.item(r, c)
                    if item is None:
                        item = QTableWidgetItem(text)
                        item.setTextAlignment(
                            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                        )
                        table.setItem(r, c, item)
                    elif item.text() != text and _parse_cell(item.text()) != _parse_cell(text):
                        item.setText(text)


def _parse_cell(text: str, *, integer: bool = False) -> float | int | str | None:
    """Read a typed cell: blank → ``None``, ``2,5`` or ``2.5 %`` → 2.5.

    Anything else is returned unchanged for the model to refuse.
    """
    clean = text.strip().removesuffix("%").strip().replace(",", ".")
    if not clean:
        return None
    try:
        return int(clean) if integer else float(clean)
    except ValueError:
        return text
