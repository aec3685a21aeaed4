"""Every control: UI → model, model → UI, and no write-back loop."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QWidget,
)

from calculator.core.models import (
    DEFAULT_THRESHOLDS,
    CustomPoint,
    EconomyPreset,
    Measure,
    RelatedMode,
    Scenario,
    SpendingMode,
)


def test_ally_combo(window, ctrl, counter):
    combo = window.ally_panel.ally_combo
    changed = counter(ctrl.scenarioChanged)
    combo.setCurrentIndex(combo.findData("BEL", Qt.ItemDataRole.UserRole))
    assert ctrl.scenario.country == "BEL"
    assert changed.calls == 1
    ctrl.update(country="DEU")
    assert combo.currentData(Qt.ItemDataRole.UserRole) == "DEU"
    assert changed.calls == 2  # the model → view write did not echo back


def test_ally_combo_lists_allies_with_shares(window):
    combo = window.ally_panel.ally_combo
    assert combo.count() == 32
    spain = combo.itemText(combo.findData("ESP", Qt.ItemDataRole.UserRole))
    assert spain == "Spain (ESP) · 2.00 %"
    iceland = combo.itemText(combo.findData("ISL", Qt.ItemDataRole.UserRole))
    assert "no NATO figure" in iceland


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("bel", "Belgium"), ("GBR", "United Kingdom"), ("kingdom", "United Kingdom")],
)
def test_ally_completer_matches_name_or_iso3(window, typed, expected):
    completer = window.ally_panel.ally_combo.completer()
    completer.setCompletionPrefix(typed)
    assert completer.currentCompletion().startswith(expected)


def test_iceland_shows_explanation_and_does_not_crash(window, ctrl):
    combo = window.ally_panel.ally_combo
    combo.setCurrentIndex(combo.findData("ISL", Qt.ItemDataRole.UserRole))
    assert ctrl.scenario.country == "ESP"
    assert combo.currentData(Qt.ItemDataRole.UserRole) == "ESP"  # put back
    assert not window.error_banner.isHidden()
    assert "no armed forces" in window.error_banner.text()
    assert "no armed forces" in window.statusBar().currentMessage()
    combo.setCurrentIndex(combo.findData("BEL", Qt.ItemDataRole.UserRole))
    assert window.error_banner.isHidden()


def test_horizon_spin(window, ctrl):
    spin = window.ally_panel.horizon_spin
    spin.setValue(2042)
    assert ctrl.scenario.horizon == 2042
    assert window.chart.plots.core_curve.getData()[0][-1] == 2042
    ctrl.update(horizon=2038)
    assert spin.value() == 2038
    assert spin.maximum() == 2050


def test_economy_panel(window, ctrl, counter, qtbot):
    panel = window.economy_panel
    assert not panel.growth_slider.isEnabled()
    panel.preset_combo.setCurrentIndex(panel.preset_combo.findData(EconomyPreset.CONSTANT))
    assert ctrl.scenario.economy.preset is EconomyPreset.CONSTANT
    assert panel.growth_slider.isEnabled()
    changed = counter(ctrl.scenarioChanged)
    panel.growth_slider.slider.setValue(25)  # slider steps of 0.1
    # a slider's moves reach the model on the next turn of the event loop (coalesced)
    qtbot.waitUntil(lambda: ctrl.scenario.economy.real_growth_pct == 2.5)
    assert panel.growth_slider.spin.value() == 2.5
    assert changed.calls == 1
    panel.inflation_slider.spin.setValue(3.2)
    assert ctrl.scenario.economy.inflation_pct == pytest.approx(3.2)
    panel.growth_adjust_slider.spin.setValue(-1.0)
    assert ctrl.scenario.economy.growth_adjust_pp == -1.0
    panel.inflation_adjust_slider.slider.setValue(5)
    qtbot.waitUntil(lambda: ctrl.scenario.economy.inflation_adjust_pp == 0.5)
    ctrl.update(
        economy={
            "real_growth_pct": 0.7,
            "inflation_pct": 1.1,
            "preset": "imf",
            "growth_adjust_pp": 0.3,
        }
    )
    # IMF preset: the greyed-out rates show the rates in use in the first projected year
    # (issue 10), not the constant preset's 0.7 % and 1.1 %.
    proj = ctrl.projection
    assert not panel.growth_slider.isEnabled()
    assert panel.growth_slider.value() == pytest.approx(round(float(proj.real_growth_pct[1]), 1))
    assert panel.inflation_slider.value() == pytest.approx(round(float(proj.inflation_pct[1]), 1))
    assert "IMF path" in panel.growth_slider.spin.suffix()
    assert ctrl.scenario.economy.real_growth_pct == 0.7  # the model keeps its own values
    assert panel.growth_adjust_slider.value() == 0.3
    assert panel.preset_combo.currentData() == EconomyPreset.IMF
    assert changed.calls == 5
    ctrl.update(economy={"preset": "constant"})
    assert panel.growth_slider.value() == 0.7
    assert panel.growth_slider.slider.value() == 7
    assert panel.inflation_slider.value() == 1.1
    assert "IMF" not in panel.growth_slider.spin.suffix()


def test_typed_values_use_the_whole_model_range(window, ctrl):
    """High-inflation allies need 30 % inflation: the box takes it, the slider rests at its end."""
    panel = window.economy_panel
    panel.preset_combo.setCurrentIndex(panel.preset_combo.findData(EconomyPreset.CONSTANT))
    assert panel.inflation_slider.spin.maximum() == 50.0
    assert panel.inflation_slider.spin.minimum() == -5.0
    panel.inflation_slider.spin.setValue(30.0)
    assert ctrl.scenario.economy.inflation_pct == 30.0
    assert panel.inflation_slider.slider.value() == panel.inflation_slider.slider.maximum()
    ctrl.update(economy={"real_growth_pct": -14.0})
    assert panel.growth_slider.value() == -14.0
    assert panel.growth_slider.slider.value() == panel.growth_slider.slider.minimum()
    assert ctrl.scenario.economy.real_growth_pct == -14.0  # no write-back from the clamped slider
    window.core_panel.mode_combo.setCurrentIndex(1)
    window.core_panel.growth_slider.spin.setValue(60.0)
    assert ctrl.scenario.core.growth_pct == 60.0


def test_core_mode_and_growth(window, ctrl):
    panel = window.core_panel
    panel.mode_combo.setCurrentIndex(panel.mode_combo.findData(SpendingMode.GROWTH))
    assert ctrl.scenario.core.mode is SpendingMode.GROWTH
    assert panel.stack.currentIndex() == 1
    panel.growth_slider.spin.setValue(8.0)
    assert ctrl.scenario.core.growth_pct == 8.0
    panel.growth_real_combo.setCurrentIndex(1)
    assert ctrl.scenario.core.growth_real is True
    ctrl.update(core={"mode": SpendingMode.GLIDE, "growth_pct": 3.0, "growth_real": False})
    assert panel.stack.currentIndex() == 2
    assert panel.mode_combo.currentData() == SpendingMode.GLIDE
    assert panel.growth_slider.value() == 3.0
    assert not panel.growth_real_combo.currentData()


def test_core_glide(window, ctrl):
    panel = window.core_panel
    ctrl.update(core={"mode": SpendingMode.GLIDE})
    panel.glide_target_slider.spin.setValue(3.5)
    panel.glide_year_spin.setValue(2031)
    assert ctrl.scenario.core.glide_target_pct == 3.5
    assert ctrl.scenario.core.glide_year == 2031
    assert ctrl.projection.thresholds[1].year_reached == 2031
    ctrl.update(core={"glide_target_pct": 2.5, "glide_year": 2033})
    assert panel.glide_target_slider.value() == 2.5
    assert panel.glide_year_spin.value() == 2033


def test_core_increment_in_national_currency(window, ctrl):
    panel = window.core_panel
    assert "EUR" in panel.increment_spin.suffix()
    ctrl.update(country="POL", core={"mode": SpendingMode.INCREMENT})
    assert "PLN" in panel.increment_spin.suffix()
    panel.increment_spin.setValue(12.5)
    assert ctrl.scenario.core.increment_bn == 12.5
    ctrl.update(core={"increment_bn": 4.0})
    assert panel.increment_spin.value() == 4.0


def test_core_custom_points(window, ctrl):
    panel = window.core_panel
    panel.custom_year_spin.setValue(2030)
    panel.custom_value_spin.setValue(3.0)
    panel.custom_add_button.click()
    assert ctrl.scenario.core.mode is SpendingMode.CUSTOM
    assert ctrl.scenario.core.custom_points == (CustomPoint(year=2030, share_pct=3.0),)
    panel.custom_year_spin.setValue(2028)
    panel.custom_value_spin.setValue(40.0)
    panel.custom_kind_combo.setCurrentIndex(1)
    panel.custom_add_button.click()
    assert [p.year for p in ctrl.scenario.core.custom_points] == [2028, 2030]
    assert panel.custom_table.rowCount() == 2
    assert "bn EUR" in panel.custom_table.item(0, 1).text()
    panel.custom_table.selectRow(0)
    panel.custom_remove_button.click()
    assert ctrl.scenario.core.custom_points == (CustomPoint(year=2030, share_pct=3.0),)
    ctrl.update(core={"custom_points": ()})
    assert panel.custom_table.rowCount() == 0


def test_related_panel(window, ctrl):
    panel = window.related_panel
    panel.share_slider.spin.setValue(0.5)
    assert ctrl.scenario.related.share_pct == 0.5
    assert window.chart.plots.total_curve.isVisible()
    panel.mode_combo.setCurrentIndex(1)
    assert ctrl.scenario.related.mode is RelatedMode.GLIDE
    assert panel.target_slider.isEnabled()
    panel.target_slider.spin.setValue(1.5)
    panel.year_spin.setValue(2030)
    assert ctrl.scenario.related.glide_target_pct == 1.5
    assert ctrl.scenario.related.glide_year == 2030
    ctrl.update(related={"share_pct": 0.25, "glide_year": 2034, "mode": "constant"})
    assert panel.share_slider.value() == 0.25
    assert panel.year_spin.value() == 2034
    assert not panel.target_slider.isEnabled()


def test_thresholds_editor(window, ctrl, counter):
    panel = window.thresholds_panel
    assert panel.table.rowCount() == 3
    changed = counter(ctrl.scenarioChanged)
    panel.table.item(0, 0).setCheckState(Qt.CheckState.Unchecked)
    assert ctrl.scenario.thresholds[0].enabled is False
    assert len(ctrl.projection.thresholds) == 2
    panel.value_spin(1).setValue(3.0)
    assert ctrl.scenario.thresholds[1].value_pct == 3.0
    panel.measure_combo(1).setCurrentIndex(1)
    assert ctrl.scenario.thresholds[1].measure is Measure.TOTAL
    panel.year_spin(1).setValue(2032)
    assert ctrl.scenario.thresholds[1].target_year == 2032
    panel.label_edit(1).setText("Mine")
    panel.label_edit(1).editingFinished.emit()
    assert ctrl.scenario.thresholds[1].label == "Mine"
    assert changed.calls == 5
    ctrl.update(thresholds=DEFAULT_THRESHOLDS)
    assert panel.table.item(0, 0).checkState() == Qt.CheckState.Checked
    assert panel.value_spin(1).value() == 3.5
    assert panel.measure_combo(1).currentData() == Measure.CORE
    assert panel.label_edit(1).text() == "Hague core, 2035"
    assert changed.calls == 6


def test_thresholds_add_remove_defaults(window, ctrl):
    panel = window.thresholds_panel
    panel.add_button.click()
    assert len(ctrl.scenario.thresholds) == 4
    assert ctrl.scenario.thresholds[-1].value_pct == 6.0
    assert panel.table.rowCount() == 4
    assert window.chart.plots.threshold_lines[3].value() == 6.0
    panel.wales_button.click()
    assert ctrl.scenario.thresholds[0].value_pct == 2.0
    panel.table.selectRow(0)
    panel.remove_button.click()
    assert len(ctrl.scenario.thresholds) == 4
    panel.defaults_button.click()
    assert ctrl.scenario.thresholds == DEFAULT_THRESHOLDS
    assert panel.table.rowCount() == 3


def _is_inner_part(widget):
    """Qt's own sub-widgets: line edits inside combos/spin boxes, scroll bars, corner buttons."""
    parent = widget.parent()
    if isinstance(widget, QLineEdit) and isinstance(parent, QComboBox | QAbstractSpinBox):
        return True
    return widget.objectName().startswith("qt_") or type(widget).__name__ == "QScrollBar"


def test_every_input_is_named_and_explained(window):
    kinds = (QAbstractSpinBox, QComboBox, QAbstractSlider, QLineEdit, QAbstractButton)
    scroll = window.inputs_scroll.widget()
    inputs = [w for w in scroll.findChildren(QWidget) if isinstance(w, kinds)]
    inputs = [w for w in inputs if not _is_inner_part(w)]
    assert len(inputs) > 30
    for w in inputs:
        assert w.accessibleName(), f"{type(w).__name__} {w.objectName()} has no accessible name"
        assert w.toolTip(), f"{w.accessibleName()} has no tooltip"


def test_reset_action_restores_defaults(window, ctrl):
    ctrl.update(core={"mode": SpendingMode.GROWTH, "growth_pct": 12.0}, horizon=2040)
    window.reset_action.trigger()
    assert ctrl.scenario == Scenario()
    assert window.core_panel.mode_combo.currentData() == SpendingMode.CONSTANT_SHARE
    assert window.ally_panel.horizon_spin.value() == 2035
