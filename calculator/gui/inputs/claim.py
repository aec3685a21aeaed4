"""ClaimPanel: the implied-GDP check of a published claim (issue 11 section 2).

A claim such as "45 bn EUR is 2.1 % of GDP in 2029" fixes the GDP its author assumed: amount ÷
share. The panel takes the three numbers and shows, in the phrasebook's words (the same line as
the command line's ``--check-claim`` and every report's assumptions), the GDP they imply, the
nominal growth that GDP needs from the base year, and the IMF path's growth beside it.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from calculator.core.models import MAX_HORIZON, MIN_YEAR, Claim, Scenario
from calculator.core.projection import Projection
from calculator.exports.own_numbers import claim_line
from calculator.gui.controller import ScenarioController
from calculator.gui.inputs.common import InputPanel, describe, model_range, set_spin
from calculator.gui.phrasing import qt_tr
from calculator.gui.updates import signals_blocked


class ClaimPanel(InputPanel):
    """Check a claim "AMOUNT is PCT % of GDP in YEAR" against the GDP it implies."""

    def __init__(self, controller: ScenarioController, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Check a published claim"), controller, parent)
        self.enable_check = QCheckBox(self.tr("Check a claim"), self)
        describe(
            self.enable_check,
            self.tr("Check a claim"),
            self.tr(
                'Check a claim such as "45 bn is 2.1 % of GDP in 2029": the GDP it implies, '
                "the nominal growth that GDP needs from the base year, and the IMF path's "
                "growth beside it. Listed in the assumptions of every report."
            ),
        )
        _lo, hi = model_range(Claim, "amount_bn")
        self.amount_spin = QDoubleSpinBox(self)
        self.amount_spin.setRange(0.0, hi)  # 0 can be typed; the model refuses it, saying so
        self.amount_spin.setDecimals(2)
        self.amount_spin.setSingleStep(0.5)
        self.amount_spin.setKeyboardTracking(False)
        self.amount_spin.setGroupSeparatorShown(True)
        describe(
            self.amount_spin,
            self.tr("Claim amount"),
            self.tr("The amount the claim states, billions of national currency, current prices."),
        )
        _lo, hi = model_range(Claim, "share_pct")
        self.share_spin = QDoubleSpinBox(self)
        self.share_spin.setRange(0.0, hi)
        self.share_spin.setDecimals(2)
        self.share_spin.setSingleStep(0.05)
        self.share_spin.setKeyboardTracking(False)
        self.share_spin.setSuffix(self.tr(" % of GDP"))
        describe(
            self.share_spin,
            self.tr("Claim share"),
            self.tr("The share of GDP the claim says the amount is."),
        )
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(MIN_YEAR, MAX_HORIZON)  # the model names the allowed years
        self.year_spin.setKeyboardTracking(False)
        describe(
            self.year_spin,
            self.tr("Claim year"),
            self.tr("The year the claim is about (after the base year)."),
        )
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_label.setAccessibleName(self.tr("Claim check result"))
        form = QFormLayout(self)
        form.addRow(self.enable_check)
        form.addRow(self.tr("Amount"), self.amount_spin)
        form.addRow(self.tr("Share"), self.share_spin)
        form.addRow(self.tr("Year"), self.year_spin)
        form.addRow(self.result_label)

        self.enable_check.toggled.connect(self._on_enable_check_toggled)
        self.amount_spin.valueChanged.connect(self._on_amount_spin_value_changed)
        self.share_spin.valueChanged.connect(self._on_share_spin_value_changed)
        self.year_spin.valueChanged.connect(self._on_year_spin_value_changed)
        self._bind(keep_typed=True)  # a refused value keeps what was typed
        controller.projectionChanged.connect(self._on_model_projection_changed)
        self._on_model_projection_changed(controller.projection)

    # ------------------------------------------------------------------ widget → model
    @Slot(bool)
    def _on_enable_check_toggled(self, checked: bool) -> None:
        if not checked:
            self.controller.update(claim=None)
            return
        # Start from the scenario's own spending and share in a year three years on, so the
        # first check reads as "consistent with this scenario's GDP" until the user types.
        proj = self.controller.projection
        year = min(proj.base_year + 3, proj.horizon)
        i = proj.index_of(year)
        claim = {
            "amount_bn": round(float(proj.core_bn[i]), 2),
            "share_pct": round(float(proj.core_share_pct[i]), 2),
            "year": year,
        }
        if not self.controller.update(claim=claim):
            with signals_blocked(self.enable_check):
                self.enable_check.setChecked(False)

    def _update(self, **fields: float | int) -> None:
        claim = self.controller.scenario.claim
        if claim is None:
            return
        self.controller.update(claim=claim.model_dump() | fields)

    @Slot(float)
    def _on_amount_spin_value_changed(self, value: float) -> None:
        self._update(amount_bn=value)

    @Slot(float)
    def _on_share_spin_value_changed(self, value: float) -> None:
        self._update(share_pct=value)

    @Slot(int)
    def _on_year_spin_value_changed(self, value: int) -> None:
        self._update(year=value)

    # ------------------------------------------------------------------ model → widget
    @Slot(object)
    def _on_model_scenario_changed(self, scenario: Scenario) -> None:
        claim = scenario.claim
        on = claim is not None
        if self.enable_check.isChecked() != on:
            with signals_blocked(self.enable_check):
                self.enable_check.setChecked(on)
        for spin in (self.amount_spin, self.share_spin, self.year_spin):
            if spin.isEnabled() != on:
                spin.setEnabled(on)
        suffix = self.tr(" bn {0}").format(self.currency(scenario))
        if self.amount_spin.suffix() != suffix:
            self.amount_spin.setSuffix(suffix)
        if claim is not None and not self._keep_typed:
            set_spin(self.amount_spin, claim.amount_bn)
            set_spin(self.share_spin, claim.share_pct)
            set_spin(self.year_spin, claim.year)

    @Slot(object)
    def _on_model_projection_changed(self, proj: Projection) -> None:
        """The check's result in the phrasebook's words, or what the check does when off."""
        text = self.result_text(proj)
        if self.result_label.text() != text:
            self.result_label.setText(text)

    def result_text(self, proj: Projection) -> str:
        """The claim check line (as in every output), or a hint while no claim is set."""
        line = claim_line(proj, self.controller.dataset, qt_tr)
        if line is None:
            return self.tr(
                "Type a claim's amount, share and year to see the GDP it implies and the "
                "growth that needs."
            )
        return line + "."
