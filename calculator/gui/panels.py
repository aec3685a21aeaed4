"""Input panels. Each reads and writes the scenario only through the ScenarioController.

Widget → model: ``_on_<widget>_<signal>`` calls the controller. Model → widget:
``_on_model_scenario_changed`` writes inside ``signals_blocked`` so nothing echoes back.
"""

from __future__ import annotations

import math
from typing import Any

from pydantic import BaseModel
from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QCompleter,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from superqt.utils import signals_blocked

from calculator.core.models import (
    DEFAULT_THRESHOLDS,
    MAX_HORIZON,
    MIN_YEAR,
    RELATED_CAP_PCT,
    WALES_THRESHOLD,
    CoreSpending,
    CustomPoint,
    Economy,
    EconomyPreset,
    Measure,
    RelatedMode,
    RelatedSpending,
    Scenario,
    SpendingMode,
    Threshold,
    field_range,
)
from calculator.exports.palette import threshold_colour
from calculator.gui.controller import ScenarioController
from calculator.gui.results import Phrases
from calculator.gui.widgets import ValueSlider

NATO_DEFINITION = (
    "NATO defines defence expenditure as payments made by a national government specifically "
    "to meet the needs of its armed forces, those of Allies or of the Alliance: personnel "
    "(including pensions), operations and maintenance, equipment, infrastructure and research "
    "and development. Since the 2026 edition NATO calls it core defence expenditure."
)
HAGUE_CATEGORIES = (
    "The Hague 2025: at least 3.5 % of GDP a year on core defence by 2035, plus up to 1.5 % "
    "to protect critical infrastructure, defend networks, ensure civil preparedness and "
    "resilience, unleash innovation and strengthen the defence industrial base."
)


def describe(widget: QWidget, name: str, tip: str) -> None:
    """Give an input its accessible name and an explanatory tooltip."""
    widget.setAccessibleName(name)
    widget.setToolTip(tip)


def compact(combo: QComboBox, chars: int = 10) -> QComboBox:
    """Let a combo box with long items shrink on small screens (set before first layout)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    return combo


def _set_spin(spin: QSpinBox | QDoubleSpinBox, value: float) -> None:
    if spin.value() != value:
        with signals_blocked(spin):
            spin.setValue(value)  # type: ignore[arg-type]


def _set_combo_data(combo: QComboBox, data: Any) -> None:
    index = combo.findData(data)
    if index >= 0 and combo.currentIndex() != index:
        with signals_blocked(combo):
            combo.setCurrentIndex(index)


def _set_slider(slider: ValueSlider, value: float) -> None:
    if abs(slider.value() - value) > 1e-12:
        slider.set_value_silently(value)


def _model_range(model: type[BaseModel], name: str) -> tuple[float, float]:
    """The bounds the model accepts for a field, so typed values can use all of them."""
    lo, hi, _strict = field_range(model, [name])
    assert lo is not None
    assert hi is not None
    return float(lo), float(hi)


class _Panel(QGroupBox):
    """A titled group of inputs bound to the controller."""

    def __init__(
        self, title: str, controller: ScenarioController, parent: QWidget | None = None
    ) -> None:
        super().__init__(title, parent)
        self.controller = controller

    def _bind(self) -> None:
        self.controller.scenarioChanged.connect(self._on_model_scenario_changed)
        self.controller.scenarioRejected.connect(self._on_model_scenario_changed)
        self._on_model_scenario_changed(self.controller.scenario)

    @Slot(object)
    def _on_model_scenario_changed(self, scenario: Scenario) -> None:
        raise NotImplementedError

    def currency(self, scenario: Scenario) -> str:
        """The ally's national currency (the unit of every amount)."""
        return self.controller.dataset.country(scenario.country).currency


# ---------------------------------------------------------------------------- ally + horizon


class AllyPanel(_Panel):
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
        _set_spin(self.horizon_spin, scenario.horizon)

    @Slot(object)
    def _on_model_projection_changed(self, projection: Any) -> None:
        if self.horizon_spin.minimum() != projection.base_year + 1:  # a range change relayouts
            with signals_blocked(self.horizon_spin):
                self.horizon_spin.setMinimum(projection.base_year + 1)


# ---------------------------------------------------------------------------- economy


class EconomyPanel(_Panel):
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
        self.growth_slider = ValueSlider(
            -10.0, 10.0, suffix=pct_year, typed_range=_model_range(Economy, "real_growth_pct")
        )
        describe(
            self.growth_slider,
            self.tr("Real GDP growth"),
            self.tr("Real GDP growth each year (constant preset)."),
        )
        self.inflation_slider = ValueSlider(
            -2.0, 15.0, suffix=pct_year, typed_range=_model_range(Economy, "inflation_pct")
        )
        describe(
            self.inflation_slider,
            self.tr("Inflation (GDP deflator)"),
            self.tr("GDP deflator inflation each year (constant preset)."),
        )
        pp = self.tr(" pp")
        self.growth_adjust_slider = ValueSlider(
            -5.0, 5.0, suffix=pp, typed_range=_model_range(Economy, "growth_adjust_pp")
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
            -5.0, 5.0, suffix=pp, typed_range=_model_range(Economy, "inflation_adjust_pp")
        )
        describe(
            self.inflation_adjust_slider,
            self.tr("Inflation adjustment"),
            self.tr("Percentage points added to inflation in every year, on top of either preset."),
        )
        form = QFormLayout(self)
        form.addRow(self.tr("Preset"), self.preset_combo)
        form.addRow(self.tr("Real growth"), self.growth_slider)
        form.addRow(self.tr("Inflation"), self.inflation_slider)
        form.addRow(self.tr("Growth adj."), self.growth_adjust_slider)
        form.addRow(self.tr("Inflation adj."), self.inflation_adjust_slider)
        self._build_overrides(form)

        self.preset_combo.currentIndexChanged.connect(self._on_preset_combo_current_index_changed)
        self.growth_slider.valueChanged.connect(self._on_growth_slider_value_changed)
        self.inflation_slider.valueChanged.connect(self._on_inflation_slider_value_changed)
        self.growth_adjust_slider.valueChanged.connect(self._on_growth_adjust_slider_value_changed)
        self.inflation_adjust_slider.valueChanged.connect(
            self._on_inflation_adjust_slider_value_changed
        )
        self.overrides_table.itemChanged.connect(self._on_overrides_table_item_changed)
        self.override_add_button.clicked.connect(self._on_override_add_button_clicked)
        self.override_remove_button.clicked.connect(self._on_override_remove_button_clicked)
        self._bind()

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
        buttons = QHBoxLayout()
        buttons.addWidget(self.override_add_button)
        buttons.addWidget(self.override_remove_button)
        buttons.addStretch(1)
        title = QLabel(self.tr("Per-year overrides (blank keeps the preset)"), self)
        title.setBuddy(self.overrides_table)
        form.addRow(title)
        form.addRow(self.overrides_table)
        form.addRow(buttons)

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

    @Slot(float)
    def _on_growth_slider_value_changed(self, value: float) -> None:
        self.controller.update(economy={"real_growth_pct": value})

    @Slot(float)
    def _on_inflation_slider_value_changed(self, value: float) -> None:
        self.controller.update(economy={"inflation_pct": value})

    @Slot(float)
    def _on_growth_adjust_slider_value_changed(self, value: float) -> None:
        self.controller.update(economy={"growth_adjust_pp": value})

    @Slot(float)
    def _on_inflation_adjust_slider_value_changed(self, value: float) -> None:
        self.controller.update(economy={"inflation_adjust_pp": value})

    @Slot(object)
    def _on_model_scenario_changed(self, scenario: Scenario) -> None:
        eco = scenario.economy
        _set_combo_data(self.preset_combo, eco.preset)
        _set_slider(self.growth_slider, eco.real_growth_pct)
        _set_slider(self.inflation_slider, eco.inflation_pct)
        _set_slider(self.growth_adjust_slider, eco.growth_adjust_pp)
        _set_slider(self.inflation_adjust_slider, eco.inflation_adjust_pp)
        constant = eco.preset is EconomyPreset.CONSTANT
        self.growth_slider.setEnabled(constant)
        self.inflation_slider.setEnabled(constant)
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
        self.override_remove_button.setEnabled(bool(eco.overrides))


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


# ---------------------------------------------------------------------------- core spending


class CoreSpendingPanel(_Panel):
    """The core defence spending path: five modes, each with its own controls."""

    def __init__(self, controller: ScenarioController, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Core defence spending"), controller, parent)
        self.setToolTip(self.tr(NATO_DEFINITION))
        self.mode_combo = compact(QComboBox(self))
        for text, mode in (
            (self.tr("Constant share of GDP"), SpendingMode.CONSTANT_SHARE),
            (self.tr("Grow by a rate"), SpendingMode.GROWTH),
            (self.tr("Glide path to a share"), SpendingMode.GLIDE),
            (self.tr("Add an amount each year"), SpendingMode.INCREMENT),
            (self.tr("Custom points"), SpendingMode.CUSTOM),
        ):
            self.mode_combo.addItem(text, mode)
        describe(
            self.mode_combo,
            self.tr("Spending path"),
            self.tr("How core defence spending evolves after the base year. ")
            + self.tr(NATO_DEFINITION),
        )
        self.stack = QStackedWidget(self)

        # 0: constant share
        self.constant_label = QLabel(self)
        self.constant_label.setWordWrap(True)
        self.stack.addWidget(self.constant_label)

        # 1: growth
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        self.growth_slider = ValueSlider(
            -20.0,
            30.0,
            suffix=self.tr(" % a year"),
            typed_range=_model_range(CoreSpending, "growth_pct"),
        )
        describe(
            self.growth_slider,
            self.tr("Spending growth"),
            self.tr("Growth of core defence spending each year."),
        )
        self.growth_real_combo = compact(QComboBox(page))
        self.growth_real_combo.addItem(self.tr("nominal (cash)"), False)
        self.growth_real_combo.addItem(self.tr("real (above inflation)"), True)
        describe(
            self.growth_real_combo,
            self.tr("Nominal or real growth"),
            self.tr(
                "Nominal: the cash amount grows by the rate. Real: it grows by the rate "
                "on top of GDP deflator inflation."
            ),
        )
        form.addRow(self.tr("Growth"), self.growth_slider)
        form.addRow(self.tr("Measured"), self.growth_real_combo)
        self.stack.addWidget(page)

        # 2: glide path
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        self.glide_target_slider = ValueSlider(
            0.5,
            8.0,
            decimals=2,
            step=0.05,
            typed_range=_model_range(CoreSpending, "glide_target_pct"),
            suffix=self.tr(" % of GDP"),
        )
        describe(
            self.glide_target_slider,
            self.tr("Glide target share"),
            self.tr("Share of GDP reached in a straight line by the glide year, then held."),
        )
        self.glide_year_spin = QSpinBox(page)
        self.glide_year_spin.setRange(MIN_YEAR + 1, MAX_HORIZON)
        describe(
            self.glide_year_spin,
            self.tr("Glide target year"),
            self.tr("Year the target share is reached."),
        )
        form.addRow(self.tr("Target"), self.glide_target_slider)
        form.addRow(self.tr("By year"), self.glide_year_spin)
        self.stack.addWidget(page)

        # 3: increment
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        self.increment_spin = QDoubleSpinBox(page)
        self.increment_spin.setRange(-1e6, 1e6)
        self.increment_spin.setDecimals(2)
        self.increment_spin.setSingleStep(0.1)
        self.increment_spin.setKeyboardTracking(False)
        describe(
            self.increment_spin,
            self.tr("Annual increment"),
            self.tr(
                "Amount added to core spending every year, in billions of the ally's "
                "national currency, current prices."
            ),
        )
        form.addRow(self.tr("Each year add"), self.increment_spin)
        self.stack.addWidget(page)

        # 4: custom points
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        self.custom_table = QTableWidget(0, 2, page)
        self.custom_table.setHorizontalHeaderLabels([self.tr("Year"), self.tr("Value")])
        self.custom_table.verticalHeader().setVisible(False)
        self.custom_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.custom_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.custom_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.custom_table.setMaximumHeight(110)
        describe(
            self.custom_table,
            self.tr("Custom points"),
            self.tr(
                "Years you fixed; the path runs in straight lines between them and the "
                "last value holds."
            ),
        )
        row = QHBoxLayout()
        self.custom_year_spin = QSpinBox(page)
        self.custom_year_spin.setRange(MIN_YEAR + 1, MAX_HORIZON)
        self.custom_year_spin.setValue(2030)
        describe(self.custom_year_spin, self.tr("Custom point year"), self.tr("Year to fix."))
        self.custom_value_spin = QDoubleSpinBox(page)
        self.custom_value_spin.setRange(0.0, 1e6)
        self.custom_value_spin.setDecimals(2)
        self.custom_value_spin.setValue(3.0)
        describe(
            self.custom_value_spin,
            self.tr("Custom point value"),
            self.tr("Share of GDP (%) or amount (billions of national currency)."),
        )
        self.custom_kind_combo = compact(QComboBox(page))
        self.custom_kind_combo.addItem(self.tr("% of GDP"), "share")
        self.custom_kind_combo.addItem(self.tr("bn"), "amount")
        describe(
            self.custom_kind_combo,
            self.tr("Custom point kind"),
            self.tr("Whether the value is a share of GDP or an amount."),
        )
        self.custom_add_button = QPushButton(self.tr("Set"), page)
        describe(
            self.custom_add_button,
            self.tr("Set custom point"),
            self.tr("Add the point, or replace the one for that year."),
        )
        self.custom_remove_button = QPushButton(self.tr("Remove"), page)
        describe(
            self.custom_remove_button,
            self.tr("Remove custom point"),
            self.tr("Remove the selected points."),
        )
        for w in (self.custom_year_spin, self.custom_value_spin, self.custom_kind_combo):
            row.addWidget(w)
        box.addLayout(row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.custom_add_button)
        buttons.addWidget(self.custom_remove_button)
        box.addLayout(buttons)
        box.addWidget(self.custom_table)
        self.stack.addWidget(page)

        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(self.tr("Path"), self.mode_combo)
        layout.addLayout(form)
        layout.addWidget(self.stack)

        self.mode_combo.currentIndexChanged.connect(self._on_mode_combo_current_index_changed)
        self.growth_slider.valueChanged.connect(self._on_growth_slider_value_changed)
        self.growth_real_combo.currentIndexChanged.connect(
            self._on_growth_real_combo_current_index_changed
        )
        self.glide_target_slider.valueChanged.connect(self._on_glide_target_slider_value_changed)
        self.glide_year_spin.valueChanged.connect(self._on_glide_year_spin_value_changed)
        self.increment_spin.valueChanged.connect(self._on_increment_spin_value_changed)
        self.custom_add_button.clicked.connect(self._on_custom_add_button_clicked)
        self.custom_remove_button.clicked.connect(self._on_custom_remove_button_clicked)
        controller.projectionChanged.connect(self._on_model_projection_changed)
        self._bind()
        self._on_model_projection_changed(controller.projection)

    def _show_page(self, index: int) -> None:
        """Show one page and size the stack to it (hidden pages take no room)."""
        if self.stack.currentIndex() == index and self.stack.property("sized"):
            return
        self.stack.setProperty("sized", True)
        for i in range(self.stack.count()):
            policy = QSizePolicy.Policy.Preferred if i == index else QSizePolicy.Policy.Ignored
            page = self.stack.widget(i)
            if page is not None:
                page.setSizePolicy(policy, policy)
        self.stack.setCurrentIndex(index)
        self.stack.adjustSize()

    @Slot(int)
    def _on_mode_combo_current_index_changed(self, index: int) -> None:
        self.controller.update(core={"mode": self.mode_combo.itemData(index)})

    @Slot(float)
    def _on_growth_slider_value_changed(self, value: float) -> None:
        self.controller.update(core={"growth_pct": value})

    @Slot(int)
    def _on_growth_real_combo_current_index_changed(self, index: int) -> None:
        self.controller.update(core={"growth_real": bool(self.growth_real_combo.itemData(index))})

    @Slot(float)
    def _on_glide_target_slider_value_changed(self, value: float) -> None:
        self.controller.update(core={"glide_target_pct": value})

    @Slot(int)
    def _on_glide_year_spin_value_changed(self, year: int) -> None:
        self.controller.update(core={"glide_year": year})

    @Slot(float)
    def _on_increment_spin_value_changed(self, value: float) -> None:
        self.controller.update(core={"increment_bn": value})

    @Slot()
    def _on_custom_add_button_clicked(self) -> None:
        year = self.custom_year_spin.value()
        value = self.custom_value_spin.value()
        kind = self.custom_kind_combo.currentData()
        point = CustomPoint(year=year, **{"share_pct" if kind == "share" else "amount_bn": value})
        points = [p for p in self.controller.scenario.core.custom_points if p.year != year]
        points.append(point)
        points.sort(key=lambda p: p.year)
        self.controller.update(core={"mode": SpendingMode.CUSTOM, "custom_points": tuple(points)})

    @Slot()
    def _on_custom_remove_button_clicked(self) -> None:
        rows = {i.row() for i in self.custom_table.selectedIndexes()}
        if not rows:
            return
        points = [
            p for i, p in enumerate(self.controller.scenario.core.custom_points) if i not in rows
        ]
        self.controller.update(core={"custom_points": tuple(points)})

    @Slot(object)
    def _on_model_scenario_changed(self, scenario: Scenario) -> None:
        core = scenario.core
        _set_combo_data(self.mode_combo, core.mode)
        self._show_page(self.mode_combo.currentIndex())
        _set_slider(self.growth_slider, core.growth_pct)
        _set_combo_data(self.growth_real_combo, core.growth_real)
        _set_slider(self.glide_target_slider, core.glide_target_pct)
        _set_spin(self.glide_year_spin, core.glide_year)
        currency = self.currency(scenario)
        suffix = self.tr(" bn {0} a year").format(currency)
        if self.increment_spin.suffix() != suffix:
            self.increment_spin.setSuffix(suffix)
            self.custom_kind_combo.setItemText(1, self.tr("bn {0}").format(currency))
        _set_spin(self.increment_spin, core.increment_bn)
        points = core.custom_points
        with signals_blocked(self.custom_table):
            self.custom_table.setRowCount(len(points))
            for i, p in enumerate(points):
                text = (
                    self.tr("{0:g} % of GDP").format(p.share_pct)
                    if p.share_pct is not None
                    else self.tr("{0:,.2f} bn {1}").format(p.amount_bn, currency)
                )
                for col, value in enumerate((str(p.year), text)):
                    item = self.custom_table.item(i, col)
                    if item is None:
                        self.custom_table.setItem(i, col, QTableWidgetItem(value))
                    elif item.text() != value:
                        item.setText(value)

    @Slot(object)
    def _on_model_projection_changed(self, projection: Any) -> None:
        self.constant_label.setText(
            self.tr(
                "Core spending stays at {0:.2f} % of GDP, the {1} share: the no-policy-change "
                "baseline."
            ).format(projection.base_share_pct, projection.base_year)
        )


# ---------------------------------------------------------------------------- related


class RelatedSpendingPanel(_Panel):
    """Defence- and security-related spending: the up-to-1.5 % Hague category."""

    def __init__(self, controller: ScenarioController, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Related spending (the 1.5 % track)"), controller, parent)
        self.setToolTip(self.tr(HAGUE_CATEGORIES))
        self.mode_combo = compact(QComboBox(self))
        self.mode_combo.addItem(self.tr("Constant share"), RelatedMode.CONSTANT)
        self.mode_combo.addItem(self.tr("Glide path to a share"), RelatedMode.GLIDE)
        describe(self.mode_combo, self.tr("Related spending path"), self.tr(HAGUE_CATEGORIES))
        pct = self.tr(" % of GDP")
        self.share_slider = ValueSlider(
            0.0,
            5.0,
            decimals=2,
            step=0.05,
            suffix=pct,
            typed_range=_model_range(RelatedSpending, "share_pct"),
        )
        describe(
            self.share_slider,
            self.tr("Related spending share"),
            self.tr("Related spending as a share of GDP (the starting share for a glide)."),
        )
        self.target_slider = ValueSlider(
            0.0,
            5.0,
            decimals=2,
            step=0.05,
            suffix=pct,
            typed_range=_model_range(RelatedSpending, "glide_target_pct"),
        )
        describe(
            self.target_slider,
            self.tr("Related glide target"),
            self.tr("Share reached by the glide year."),
        )
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(MIN_YEAR + 1, MAX_HORIZON)
        describe(
            self.year_spin,
            self.tr("Related glide year"),
            self.tr("Year the related target share is reached."),
        )
        self.note = QLabel(
            self.tr(
                "NATO publishes no per-ally figure for this category, so it starts at 0 %. "
                "At most {0:g} % of GDP counts towards the 5 % total."
            ).format(RELATED_CAP_PCT),
            self,
        )
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        # Shown only while the path goes above the cap: the part above it is not counted.
        self.phrases = Phrases(self)
        self.cap_label = QLabel(self)
        self.cap_label.setWordWrap(True)
        self.cap_label.setStyleSheet("color: #8A4B00;")
        self.cap_label.setAccessibleName(self.tr("Related spending cap"))
        self.cap_label.setVisible(False)
        form = QFormLayout(self)
        form.addRow(self.tr("Path"), self.mode_combo)
        form.addRow(self.tr("Share"), self.share_slider)
        form.addRow(self.tr("Target"), self.target_slider)
        form.addRow(self.tr("By year"), self.year_spin)
        form.addRow(self.cap_label)
        form.addRow(self.note)
        self.mode_combo.currentIndexChanged.connect(self._on_mode_combo_current_index_changed)
        self.share_slider.valueChanged.connect(self._on_share_slider_value_changed)
        self.target_slider.valueChanged.connect(self._on_target_slider_value_changed)
        self.year_spin.valueChanged.connect(self._on_year_spin_value_changed)
        controller.projectionChanged.connect(self._on_model_projection_changed)
        self._bind()
        self._on_model_projection_changed(controller.projection)

    @Slot(int)
    def _on_mode_combo_current_index_changed(self, index: int) -> None:
        self.controller.update(related={"mode": self.mode_combo.itemData(index)})

    @Slot(float)
    def _on_share_slider_value_changed(self, value: float) -> None:
        self.controller.update(related={"share_pct": value})

    @Slot(float)
    def _on_target_slider_value_changed(self, value: float) -> None:
        self.controller.update(related={"glide_target_pct": value})

    @Slot(int)
    def _on_year_spin_value_changed(self, year: int) -> None:
        self.controller.update(related={"glide_year": year})

    @Slot(object)
    def _on_model_scenario_changed(self, scenario: Scenario) -> None:
        rel = scenario.related
        _set_combo_data(self.mode_combo, rel.mode)
        _set_slider(self.share_slider, rel.share_pct)
        _set_slider(self.target_slider, rel.glide_target_pct)
        _set_spin(self.year_spin, rel.glide_year)
        glide = rel.mode is RelatedMode.GLIDE
        self.target_slider.setEnabled(glide)
        self.year_spin.setEnabled(glide)

    @Slot(object)
    def _on_model_projection_changed(self, projection: Any) -> None:
        text = self.phrases.related_cap_text(projection)
        if text is not None and self.cap_label.text() != text:
            self.cap_label.setText(text)
        if self.cap_label.isVisibleTo(self) != (text is not None):
            self.cap_label.setVisible(text is not None)


# ---------------------------------------------------------------------------- thresholds


class ThresholdsPanel(_Panel):
    """The levels to test: on/off, value, measure, target year and label."""

    COLUMNS = ("on", "value", "measure", "year", "label")

    def __init__(self, controller: ScenarioController, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Thresholds"), controller, parent)
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
            self.tr("2.1 % core (Spain's claim), 3.5 % core and 5 % total (The Hague)."),
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
        self._bind()

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
                    "label": self.label_edit(r).text(),
                }
            )
        return tuple(rows)

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
        with signals_blocked(self.table):
            while self.table.rowCount() > len(thresholds):
                self.table.removeRow(self.table.rowCount() - 1)
            while self.table.rowCount() < len(thresholds):
                self.table.insertRow(self.table.rowCount())
                self._make_row(self.table.rowCount() - 1)
            enabled_index = 0
            for r, th in enumerate(thresholds):
                item = self.table.item(r, 0)
                assert item is not None  # every row is made with its items
                state = Qt.CheckState.Checked if th.enabled else Qt.CheckState.Unchecked
                if item.checkState() != state:
                    item.setCheckState(state)
                colour = QColor(threshold_colour(enabled_index) if th.enabled else "#BBBBBB")
                item.setData(Qt.ItemDataRole.DecorationRole, colour)
                enabled_index += th.enabled
                _set_spin(self.value_spin(r), th.value_pct)
                _set_combo_data(self.measure_combo(r), th.measure)
                _set_spin(self.year_spin(r), th.target_year)
                edit = self.label_edit(r)
                if edit.text() != th.label:
                    with signals_blocked(edit):
                        edit.setText(th.label)
                edit.setPlaceholderText(th.display_label)
        self.add_button.setEnabled(len(thresholds) < 12)
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
