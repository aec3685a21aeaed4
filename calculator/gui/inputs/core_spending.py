"""CoreSpendingPanel: the core defence spending path, five modes with their own controls."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from calculator.core.models import (
    MAX_HORIZON,
    MIN_YEAR,
    BaseSource,
    CoreSpending,
    CustomPoint,
    Scenario,
    SpendingMode,
)
from calculator.exports.locales import local
from calculator.exports.phrases import NATO_DEFINITION, base_source_text, say
from calculator.gui.controller import ScenarioController
from calculator.gui.inputs.common import (
    InputPanel,
    compact,
    describe,
    model_range,
    set_combo_data,
    set_slider,
    set_spin,
)
from calculator.gui.phrasing import qt_tr
from calculator.gui.updates import signals_blocked
from calculator.gui.widgets import ValueSlider


class CoreSpendingPanel(InputPanel):
    """The core defence spending path: five modes, each with its own controls."""

    def __init__(self, controller: ScenarioController, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Core defence spending"), controller, parent)
        self.setToolTip(say(NATO_DEFINITION, qt_tr))
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
            + say(NATO_DEFINITION, qt_tr),
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
            typed_range=model_range(CoreSpending, "growth_pct"),
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
            typed_range=model_range(CoreSpending, "glide_target_pct"),
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
        self.glide_floor_check = QCheckBox(self.tr("Never below the current share"), page)
        describe(
            self.glide_floor_check,
            self.tr("Never below the current share"),
            self.tr(
                "On: a target below the current share holds the current share instead of "
                "cutting spending. Off: the path glides down to the target (allows cuts)."
            ),
        )
        form.addRow("", self.glide_floor_check)
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
        self.custom_table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
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
        self._build_starting_point(form)
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
        self.glide_floor_check.toggled.connect(self._on_glide_floor_check_toggled)
        self.increment_spin.valueChanged.connect(self._on_increment_spin_value_changed)
        self.custom_add_button.clicked.connect(self._on_custom_add_button_clicked)
        self.custom_remove_button.clicked.connect(self._on_custom_remove_button_clicked)
        self.base_source_combo.currentIndexChanged.connect(
            self._on_base_source_combo_current_index_changed
        )
        self.base_share_spin.valueChanged.connect(self._on_base_share_spin_value_changed)
        self.base_amount_spin.valueChanged.connect(self._on_base_amount_spin_value_changed)
        controller.projectionChanged.connect(self._on_model_projection_changed)
        # A refused value puts the other inputs back but keeps what was typed in the starting
        # point's box.
        self._bind(keep_typed=True)
        self._on_model_projection_changed(controller.projection)

    def _build_starting_point(self, form: QFormLayout) -> None:
        """Where the base-year spending comes from (issue 11 section 1).

        NATO's share, my share or amount, or NATO's published spending; the value box shows
        for the user's figures only.
        """
        self.base_source_combo = compact(QComboBox(self))
        for text, source in (
            (self.tr("NATO's share × IMF GDP"), BaseSource.NATO_SHARE),
            (self.tr("My share of GDP"), BaseSource.USER_SHARE),
            (self.tr("My amount"), BaseSource.USER_AMOUNT),
            (self.tr("NATO published spending"), BaseSource.NATO_SPENDING),
        ):
            self.base_source_combo.addItem(text, source)
        describe(
            self.base_source_combo,
            self.tr("Starting point"),
            self.tr(
                "Base-year core spending: NATO's share of GDP times IMF GDP (derived), your "
                "own share or amount (labelled \"user's figure\" everywhere), or NATO's own "
                "published national-currency spending."
            ),
        )
        lo, hi = model_range(CoreSpending, "base_share_pct")
        self.base_share_spin = QDoubleSpinBox(self)
        self.base_share_spin.setRange(lo, hi)
        self.base_share_spin.setDecimals(2)
        self.base_share_spin.setSingleStep(0.05)
        self.base_share_spin.setKeyboardTracking(False)
        self.base_share_spin.setSuffix(self.tr(" % of GDP"))
        describe(
            self.base_share_spin,
            self.tr("My share"),
            self.tr("Your base-year core spending as a share of IMF GDP (user's figure)."),
        )
        lo, hi = model_range(CoreSpending, "base_amount_bn")
        self.base_amount_spin = QDoubleSpinBox(self)
        self.base_amount_spin.setRange(lo, hi)  # 0 can be typed; the model refuses it, saying so
        self.base_amount_spin.setDecimals(2)
        self.base_amount_spin.setSingleStep(0.5)
        self.base_amount_spin.setKeyboardTracking(False)
        self.base_amount_spin.setGroupSeparatorShown(True)
        describe(
            self.base_amount_spin,
            self.tr("My amount"),
            self.tr(
                "Your base-year core spending in billions of national currency, current prices "
                "(user's figure)."
            ),
        )
        self.base_label = QLabel(self)
        self.base_label.setWordWrap(True)
        self.base_label.setAccessibleName(self.tr("Base-year spending"))
        self.base_share_label = QLabel(self.tr("My share"), self)
        self.base_amount_label = QLabel(self.tr("My amount"), self)
        self.base_share_label.setBuddy(self.base_share_spin)
        self.base_amount_label.setBuddy(self.base_amount_spin)
        form.addRow(self.tr("Starting point"), self.base_source_combo)
        form.addRow(self.base_share_label, self.base_share_spin)
        form.addRow(self.base_amount_label, self.base_amount_spin)
        form.addRow(self.base_label)

    @Slot(int)
    def _on_base_source_combo_current_index_changed(self, index: int) -> None:
        self.controller.update(core={"base_source": self.base_source_combo.itemData(index)})

    @Slot(float)
    def _on_base_share_spin_value_changed(self, value: float) -> None:
        self.controller.update(core={"base_source": BaseSource.USER_SHARE, "base_share_pct": value})

    @Slot(float)
    def _on_base_amount_spin_value_changed(self, value: float) -> None:
        self.controller.update(
            core={"base_source": BaseSource.USER_AMOUNT, "base_amount_bn": value}
        )

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
        self.controller.update_from(self, core={"growth_pct": value})

    @Slot(int)
    def _on_growth_real_combo_current_index_changed(self, index: int) -> None:
        self.controller.update(core={"growth_real": bool(self.growth_real_combo.itemData(index))})

    @Slot(float)
    def _on_glide_target_slider_value_changed(self, value: float) -> None:
        self.controller.update_from(self, core={"glide_target_pct": value})

    @Slot(int)
    def _on_glide_year_spin_value_changed(self, year: int) -> None:
        self.controller.update(core={"glide_year": year})

    @Slot(bool)
    def _on_glide_floor_check_toggled(self, checked: bool) -> None:
        self.controller.update(core={"glide_floor": checked})

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
        set_combo_data(self.base_source_combo, core.base_source)
        for label, spin, source, amount in (
            (
                self.base_share_label,
                self.base_share_spin,
                BaseSource.USER_SHARE,
                core.base_share_pct,
            ),
            (
                self.base_amount_label,
                self.base_amount_spin,
                BaseSource.USER_AMOUNT,
                core.base_amount_bn,
            ),
        ):
            shown = core.base_source is source
            if spin.isHidden() == shown:
                spin.setVisible(shown)
                label.setVisible(shown)
            if not self._keep_typed:
                set_spin(spin, amount)
        set_combo_data(self.mode_combo, core.mode)
        self._show_page(self.mode_combo.currentIndex())
        set_slider(self.growth_slider, core.growth_pct)
        set_combo_data(self.growth_real_combo, core.growth_real)
        set_slider(self.glide_target_slider, core.glide_target_pct)
        set_spin(self.glide_year_spin, core.glide_year)
        if self.glide_floor_check.isChecked() != core.glide_floor:
            with signals_blocked(self.glide_floor_check):
                self.glide_floor_check.setChecked(core.glide_floor)
        currency = self.currency(scenario)
        suffix = self.tr(" bn {0} a year").format(currency)
        if self.increment_spin.suffix() != suffix:
            self.increment_spin.setSuffix(suffix)
            self.base_amount_spin.setSuffix(self.tr(" bn {0}").format(currency))
            self.custom_kind_combo.setItemText(1, self.tr("bn {0}").format(currency))
        set_spin(self.increment_spin, core.increment_bn)
        points = core.custom_points
        with signals_blocked(self.custom_table):
            self.custom_table.setRowCount(len(points))
            for i, p in enumerate(points):
                text = (
                    local(self.tr("{0:g} % of GDP")).format(p.share_pct)
                    if p.share_pct is not None
                    else local(self.tr("{0:,.2f} bn {1}")).format(p.amount_bn, currency)
                )
                for col, value in enumerate((str(p.year), text)):
                    item = self.custom_table.item(i, col)
                    if item is None:
                        self.custom_table.setItem(i, col, QTableWidgetItem(value))
                    elif item.text() != value:
                        item.setText(value)

    @Slot(object)
    def _on_model_projection_changed(self, projection: Any) -> None:
        text = base_source_text(projection, qt_tr)
        if self.base_label.text() != text:
            self.base_label.setText(text)
        self.constant_label.setText(
            local(
                self.tr(
                    "Core spending stays at {0:.2f} % of GDP, the {1} share: the no-policy-change "
                    "baseline."
                )
            ).format(projection.base_share_pct, projection.base_year)
        )
