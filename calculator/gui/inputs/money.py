"""MoneyPanel: money as the reader needs it and the baseline it is measured against.

Prices (current or constant base-year prices), currency (national, USD, EUR at IMF implied
rates), what extra spending is measured against (a constant share, a cash or real freeze, or a
saved scenario file such as the government's current plan) and the years it is summed over
(issue 11 sections 4 and 5). The results and the yearly table show money in these units.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from calculator.core.models import Baseline, Currency, ExtraSpending, Prices, Scenario
from calculator.core.own_numbers import default_window
from calculator.core.projection import Projection
from calculator.exports.own_numbers import baseline_from_file
from calculator.exports.phrases import say
from calculator.gui.controller import ScenarioController
from calculator.gui.errors import FIELD_NAMES
from calculator.gui.inputs.common import (
    InputPanel,
    compact,
    describe,
    model_range,
    set_combo_data,
    set_spin,
)
from calculator.gui.phrasing import qt_tr


class MoneyPanel(InputPanel):
    """Prices, currency, the baseline for extra spending and the window it is summed over."""

    def __init__(self, controller: ScenarioController, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Money and baseline"), controller, parent)
        #: Asks for a scenario file to use as the baseline (``None``: cancelled); tests replace
        #: it so that no dialog opens.
        self.pick_file: Callable[[], Path | None] = self._pick_file_dialog

        self.prices_combo = compact(QComboBox(self))
        self.prices_combo.addItem(self.tr("Current prices"), Prices.CURRENT)
        self.prices_combo.addItem(self.tr("Constant prices"), Prices.CONSTANT)
        describe(
            self.prices_combo,
            self.tr("Prices"),
            self.tr(
                "Current prices: each year's cash. Constant: in prices of the base year, "
                "deflated by the scenario's GDP deflator (\"in today's terms\")."
            ),
        )
        self.currency_combo = compact(QComboBox(self))
        self.currency_combo.addItem(self.tr("National currency"), Currency.NATIONAL)
        self.currency_combo.addItem(self.tr("US dollars (USD)"), Currency.USD)
        self.currency_combo.addItem(self.tr("Euros (EUR)"), Currency.EUR)
        describe(
            self.currency_combo,
            self.tr("Currency"),
            self.tr(
                "Converted at the exchange rate implied by the IMF (NGDP / NGDPD), held at its "
                "2030 value afterwards; euros through the euro area's implied rate. The rate "
                "used is listed with the results."
            ),
        )
        self.baseline_combo = compact(QComboBox(self))
        self.baseline_combo.addItem(self.tr("Constant share of GDP"), Baseline.CONSTANT_SHARE)
        self.baseline_combo.addItem(self.tr("Cash freeze"), Baseline.CASH_FREEZE)
        self.baseline_combo.addItem(self.tr("Real freeze"), Baseline.REAL_FREEZE)
        self.baseline_combo.addItem(self.tr("A saved scenario file…"), Baseline.OWN_PATH)
        describe(
            self.baseline_combo,
            self.tr("Baseline"),
            self.tr(
                "What the extra spending is measured against: the base-year share of GDP, the "
                "base-year cash amount, the base-year amount kept up with inflation, or the "
                "core spending path of a saved scenario of the same ally (for example the "
                "government's current plan)."
            ),
        )
        self.baseline_file_button = QPushButton(self.tr("Choose file…"), self)
        describe(
            self.baseline_file_button,
            self.tr("Choose baseline file"),
            self.tr("Use the core spending path of a saved scenario file as the baseline."),
        )
        self.baseline_name_label = QLabel(self)
        self.baseline_name_label.setWordWrap(True)
        self.baseline_name_label.setAccessibleName(self.tr("Baseline file"))

        lo, hi = (int(v) for v in model_range(ExtraSpending, "window_start"))
        self.window_start_spin = QSpinBox(self)
        self.window_end_spin = QSpinBox(self)
        for spin, name, tip in (
            (self.window_start_spin, self.tr("Sum from"), self.tr("First year summed.")),
            (self.window_end_spin, self.tr("Sum to"), self.tr("Last year summed.")),
        ):
            spin.setRange(lo, hi)
            spin.setKeyboardTracking(False)
            describe(
                spin,
                name,
                tip
                + " "
                + self.tr(
                    "The extra spending against the baseline is added up over these years "
                    "(default: the year after the base year to 2035)."
                ),
            )

        form = QFormLayout(self)
        form.addRow(self.tr("Prices"), self.prices_combo)
        form.addRow(self.tr("Currency"), self.currency_combo)
        form.addRow(self.tr("Baseline"), self.baseline_combo)
        file_row = QHBoxLayout()
        file_row.addWidget(self.baseline_name_label, 1)
        file_row.addWidget(self.baseline_file_button)
        form.addRow("", file_row)
        window_row = QHBoxLayout()
        window_row.addWidget(self.window_start_spin)
        dash = QLabel(self.tr("to"), self)
        dash.setBuddy(self.window_end_spin)
        window_row.addWidget(dash)
        window_row.addWidget(self.window_end_spin)
        window_row.addStretch(1)
        sum_label = QLabel(self.tr("Sum over"), self)
        sum_label.setBuddy(self.window_start_spin)
        form.addRow(sum_label, window_row)

        self.prices_combo.currentIndexChanged.connect(self._on_prices_combo_current_index_changed)
        self.currency_combo.currentIndexChanged.connect(
            self._on_currency_combo_current_index_changed
        )
        self.baseline_combo.currentIndexChanged.connect(
            self._on_baseline_combo_current_index_changed
        )
        self.baseline_file_button.clicked.connect(self._on_baseline_file_button_clicked)
        self.window_start_spin.valueChanged.connect(self._on_window_start_spin_value_changed)
        self.window_end_spin.valueChanged.connect(self._on_window_end_spin_value_changed)
        self._bind()
        # The years are written on a new projection only, so a refused year keeps what was
        # typed (the error names the field); the combos go back on the refusal.
        controller.projectionChanged.connect(self._on_model_projection_changed)
        self._on_model_projection_changed(controller.projection)

    # ------------------------------------------------------------------ widget → model
    @Slot(int)
    def _on_prices_combo_current_index_changed(self, index: int) -> None:
        self.controller.update(money={"prices": self.prices_combo.itemData(index)})

    @Slot(int)
    def _on_currency_combo_current_index_changed(self, index: int) -> None:
        self.controller.update(money={"currency": self.currency_combo.itemData(index)})

    @Slot(int)
    def _on_baseline_combo_current_index_changed(self, index: int) -> None:
        baseline = self.baseline_combo.itemData(index)
        if baseline == Baseline.OWN_PATH and not self.controller.scenario.extra.baseline_path:
            if not self.choose_baseline_file():  # cancelled or refused: the combo goes back
                self._on_model_scenario_changed(self.controller.scenario)
            return
        self.controller.update(extra={"baseline": baseline})

    @Slot()
    def _on_baseline_file_button_clicked(self) -> None:
        self.choose_baseline_file()

    @Slot(int)
    def _on_window_start_spin_value_changed(self, year: int) -> None:
        self.controller.update(extra={"window_start": year})

    @Slot(int)
    def _on_window_end_spin_value_changed(self, year: int) -> None:
        self.controller.update(extra={"window_end": year})

    def choose_baseline_file(self) -> bool:
        """Ask for a scenario file and use it as the baseline; whether the scenario changed."""
        path = self.pick_file()
        return path is not None and self.use_baseline_file(path)

    def use_baseline_file(self, path: Path) -> bool:
        """Make the core path of the scenario file at ``path`` the baseline (same ally only).

        A file that cannot be used (unreadable, a newer schema, another ally) is refused with
        a message naming the field; nothing changes.
        """
        scenario = self.controller.scenario
        try:
            extra = baseline_from_file(path, scenario.country, self.controller.dataset)
        except ValueError as exc:
            self.controller.refuse(f"{say(FIELD_NAMES['extra.baseline_path'], qt_tr)}: {exc}")
            return False
        return self.controller.update(extra=extra)

    def _pick_file_dialog(self) -> Path | None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Baseline: a saved scenario of the same ally"),
            "",
            self.tr("Scenarios (*.scenario.json *.json)"),
        )
        return Path(name) if name else None

    # ------------------------------------------------------------------ model → widget
    @Slot(object)
    def _on_model_scenario_changed(self, scenario: Scenario) -> None:
        set_combo_data(self.prices_combo, scenario.money.prices)
        set_combo_data(self.currency_combo, scenario.money.currency)
        extra = scenario.extra
        set_combo_data(self.baseline_combo, extra.baseline)
        own = extra.baseline is Baseline.OWN_PATH
        name = extra.baseline_name if own else ""
        text = self.tr("Baseline: {0}").format(name) if name else ""
        if self.baseline_name_label.text() != text:
            self.baseline_name_label.setText(text)
            self.baseline_name_label.setToolTip(name)

    @Slot(object)
    def _on_model_projection_changed(self, proj: Projection) -> None:
        """The window as in use (the defaults shown as years) and the labels that name years."""
        national = proj.country.currency
        text = self.tr("National currency ({0})").format(national)
        if self.currency_combo.itemText(0) != text:
            self.currency_combo.setItemText(0, text)
        text = self.tr("Constant {0} prices").format(proj.base_year)
        if self.prices_combo.itemText(1) != text:
            self.prices_combo.setItemText(1, text)
        extra = proj.scenario.extra
        lo, hi = default_window(proj)
        start = extra.window_start or lo
        set_spin(self.window_start_spin, start)
        set_spin(self.window_end_spin, extra.window_end or max(hi, start))
