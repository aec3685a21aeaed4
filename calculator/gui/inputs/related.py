"""RelatedSpendingPanel: defence- and security-related spending, the up-to-1.5 % track."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from calculator.core.models import (
    MAX_HORIZON,
    MIN_YEAR,
    RELATED_CAP_PCT,
    RelatedMode,
    RelatedSpending,
    Scenario,
)
from calculator.exports.locales import local
from calculator.exports.phrases import HAGUE_CATEGORIES, field_used, related_cap_note, say
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
from calculator.gui.widgets import ValueSlider


class RelatedSpendingPanel(InputPanel):
    """Defence- and security-related spending: the up-to-1.5 % Hague category."""

    def __init__(self, controller: ScenarioController, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Related spending (the 1.5 % track)"), controller, parent)
        self.setToolTip(say(HAGUE_CATEGORIES, qt_tr))
        self.mode_combo = compact(QComboBox(self))
        self.mode_combo.addItem(self.tr("Constant share"), RelatedMode.CONSTANT)
        self.mode_combo.addItem(self.tr("Glide path to a share"), RelatedMode.GLIDE)
        describe(self.mode_combo, self.tr("Related spending path"), say(HAGUE_CATEGORIES, qt_tr))
        pct = self.tr(" % of GDP")
        self.share_slider = ValueSlider(
            0.0,
            5.0,
            decimals=2,
            step=0.05,
            suffix=pct,
            typed_range=model_range(RelatedSpending, "share_pct"),
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
            typed_range=model_range(RelatedSpending, "glide_target_pct"),
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
            local(
                self.tr(
                    "NATO publishes no per-ally figure for this category, so it starts at 0 %. "
                    "At most {0:g} % of GDP counts towards the 5 % total."
                )
            ).format(RELATED_CAP_PCT),
            self,
        )
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        # Shown only while the path goes above the cap: the part above it is not counted.
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
        self.controller.update_from(self, related={"share_pct": value})

    @Slot(float)
    def _on_target_slider_value_changed(self, value: float) -> None:
        self.controller.update_from(self, related={"glide_target_pct": value})

    @Slot(int)
    def _on_year_spin_value_changed(self, year: int) -> None:
        self.controller.update(related={"glide_year": year})

    @Slot(object)
    def _on_model_scenario_changed(self, scenario: Scenario) -> None:
        rel = scenario.related
        set_combo_data(self.mode_combo, rel.mode)
        set_slider(self.share_slider, rel.share_pct)
        set_slider(self.target_slider, rel.glide_target_pct)
        set_spin(self.year_spin, rel.glide_year)
        # Which fields the mode uses: the phrasebook's one table (Compare and the workbook too).
        self.target_slider.setEnabled(field_used(scenario, "related.glide_target_pct"))
        self.year_spin.setEnabled(field_used(scenario, "related.glide_year"))

    @Slot(object)
    def _on_model_projection_changed(self, projection: Any) -> None:
        text = related_cap_note(projection, qt_tr)
        if text is not None and self.cap_label.text() != text:
            self.cap_label.setText(text)
        if self.cap_label.isVisibleTo(self) != (text is not None):
            self.cap_label.setVisible(text is not None)
