"""Your own numbers in the window (issue 11): each control UI → model, model → UI, no write-back.

Starting point (core spending panel), GDP path and its source (economy panel), prices,
currency, baseline and the window summed (money panel); the results and the yearly table in the
chosen units; the Budget impact view against a baseline file. Numbers are checked by hand.
"""

from __future__ import annotations

import numpy as np
import pytest

from calculator.core.dataset import FIRST_YEAR
from calculator.core.models import (
    Baseline,
    BaseSource,
    Currency,
    EconomyPreset,
    Prices,
    Scenario,
    SpendingMode,
)
from calculator.core.own_numbers import money, usd_per_national
from calculator.exports import phrases
from calculator.exports.fiscal import FiscalOptions
from calculator.exports.own_numbers import claim_check
from calculator.storage import save_scenario


def _errors(controller) -> list[str]:
    errors: list[str] = []
    controller.errorOccurred.connect(errors.append)
    return errors


def _imf_gdp(dataset, iso3: str, year: int) -> float:
    return float(dataset.imf_array(iso3, "NGDP")[year - FIRST_YEAR])


# ------------------------------------------------------------------ starting point


def test_starting_point_combo(window, ctrl, counter) -> None:
    combo = window.core_panel.base_source_combo
    changes = counter(ctrl.scenarioChanged)
    combo.setCurrentIndex(combo.findData(BaseSource.NATO_SPENDING))
    assert ctrl.scenario.core.base_source is BaseSource.NATO_SPENDING
    assert changes.calls == 1  # no write-back
    ctrl.update(core={"base_source": BaseSource.USER_AMOUNT})
    assert combo.currentData() == BaseSource.USER_AMOUNT
    assert changes.calls == 2
    assert not window.core_panel.base_amount_spin.isHidden()
    assert window.core_panel.base_share_spin.isHidden()


def test_my_share_hand_checked(window, ctrl, dataset, counter) -> None:
    """Spain, my share 2.5 %: base-year core spending is 2.5 % of IMF GDP 2026."""
    panel = window.core_panel
    ctrl.update(core={"base_source": BaseSource.USER_SHARE})
    changes = counter(ctrl.scenarioChanged)
    panel.base_share_spin.setValue(2.5)
    assert ctrl.scenario.core.base_share_pct == 2.5
    assert changes.calls == 1
    proj = ctrl.projection
    assert proj.base_year == 2026
    expected = 0.025 * _imf_gdp(dataset, "ESP", 2026)
    assert proj.core_bn[0] == pytest.approx(expected)
    assert window.table_panel.model.value(0, 4) == pytest.approx(expected)  # Core, bn
    text = window.results_panel.own_label.text()
    assert "user's figure (share of GDP)" in text
    assert f"{expected:,.1f} bn EUR" in text or f"{expected:,.2f} bn EUR" in text
    assert "2.5 % of GDP" in panel.base_label.text()
    ctrl.update(core={"base_share_pct": 3.0})  # model → UI
    assert panel.base_share_spin.value() == 3.0
    assert changes.calls == 2


def test_my_amount_refused_names_field_and_keeps_text(window, ctrl) -> None:
    panel = window.core_panel
    errors = _errors(ctrl)
    ctrl.update(core={"base_source": BaseSource.USER_AMOUNT})
    panel.base_amount_spin.setValue(40.0)
    assert ctrl.scenario.core.base_amount_bn == 40.0
    assert ctrl.projection.core_bn[0] == pytest.approx(40.0)
    panel.base_amount_spin.setValue(0.0)
    assert ctrl.scenario.core.base_amount_bn == 40.0
    assert errors[-1].startswith("My amount: 0 is out of range")
    assert panel.base_amount_spin.value() == 0.0  # what was typed stays, to be fixed
    assert not window.error_banner.isHidden()


# ------------------------------------------------------------------ GDP path


def test_gdp_path_table(window, ctrl, counter) -> None:
    panel = window.economy_panel
    table = panel.gdp_path_table
    panel.gdp_add_button.click()
    assert [g.year for g in ctrl.scenario.economy.gdp_path] == [2027]
    changes = counter(ctrl.scenarioChanged)
    table.item(0, 1).setText("2000")
    assert ctrl.scenario.economy.gdp_path[0].gdp_bn == 2000.0
    assert changes.calls == 1
    assert ctrl.projection.gdp_bn[1] == pytest.approx(2000.0)
    assert table.item(0, 1).text() == "2000"  # not rewritten as 2000.00
    ctrl.update(
        economy={"gdp_path": [{"year": 2027, "gdp_bn": 1900.0}, {"year": 2030, "gdp_bn": 2200.0}]}
    )
    assert table.rowCount() == 2
    assert [table.item(r, 0).text() for r in range(2)] == ["2027", "2030"]
    assert table.item(1, 1).text() == "2200.00"
    assert changes.calls == 2
    # constant nominal growth between the given years (hand-computed)
    g = (2200.0 / 1900.0) ** (1 / 3)
    assert ctrl.projection.gdp_bn[2] == pytest.approx(1900.0 * g)


def test_bad_gdp_path_value_names_the_field(window, ctrl) -> None:
    panel = window.economy_panel
    errors = _errors(ctrl)
    panel.gdp_add_button.click()
    before = ctrl.scenario
    panel.gdp_path_table.item(0, 1).setText("abc")
    assert ctrl.scenario is before
    assert (
        errors[-1] == "GDP path, 2027: GDP 'abc' is not a number; allowed more than 0 up to 1e+09"
    )
    assert panel.gdp_path_table.item(0, 1).text() == "abc"  # kept
    panel.gdp_path_table.item(0, 1).setText("1900")  # fixed where it was made
    assert ctrl.scenario.economy.gdp_path[0].gdp_bn == 1900.0
    panel.gdp_path_table.item(0, 0).setText("2025")  # before the base year (the engine's check)
    assert errors[-1].startswith("GDP path, 2025: year 2025 is not after the base year 2026")


def test_gdp_source_edit(window, ctrl, counter) -> None:
    edit = window.economy_panel.gdp_source_edit
    ctrl.update(economy={"gdp_path": [{"year": 2027, "gdp_bn": 1900.0}]})
    changes = counter(ctrl.scenarioChanged)
    edit.setText("Plan presupuestario 2026")
    edit.editingFinished.emit()
    assert ctrl.scenario.economy.gdp_source == "Plan presupuestario 2026"
    assert changes.calls == 1
    ctrl.update(economy={"gdp_source": "Stability programme"})
    assert edit.text() == "Stability programme"
    assert "Stability programme" in window.results_panel.own_label.text()


# ------------------------------------------------------------------ money and baseline


def test_prices_and_currency_combos(window, ctrl, dataset, counter) -> None:
    panel = window.money_panel
    model = window.table_panel.model
    changes = counter(ctrl.scenarioChanged)
    panel.currency_combo.setCurrentIndex(panel.currency_combo.findData(Currency.USD))
    assert ctrl.scenario.money.currency is Currency.USD
    assert changes.calls == 1
    proj = ctrl.projection
    rate = usd_per_national(dataset, "ESP", [int(y) for y in proj.years])
    assert model.value(3, 4) == pytest.approx(proj.core_bn[3] * rate[3])
    assert model.column_name(1) == "GDP, bn USD"
    assert "Money: billions of USD" in window.results_panel.own_label.text()
    panel.prices_combo.setCurrentIndex(panel.prices_combo.findData(Prices.CONSTANT))
    assert ctrl.scenario.money.prices is Prices.CONSTANT
    assert changes.calls == 2
    proj = ctrl.projection
    assert model.value(3, 4) == pytest.approx(proj.core_bn[3] / proj.deflator[3] * rate[0])
    assert model.column_name(4) == "Core, bn USD, 2026 prices"
    assert panel.prices_combo.itemText(1) == "Constant 2026 prices"
    ctrl.update(money={"prices": Prices.CURRENT, "currency": Currency.NATIONAL})  # model → UI
    assert panel.prices_combo.currentData() == Prices.CURRENT
    assert panel.currency_combo.currentData() == Currency.NATIONAL
    assert changes.calls == 3
    assert model.value(3, 4) == pytest.approx(ctrl.projection.core_bn[3])


def test_baseline_and_window(window, ctrl, counter) -> None:
    panel = window.money_panel
    assert (panel.window_start_spin.value(), panel.window_end_spin.value()) == (2027, 2035)
    ctrl.update(core={"mode": SpendingMode.GROWTH, "growth_pct": 8.0})
    changes = counter(ctrl.scenarioChanged)
    panel.baseline_combo.setCurrentIndex(panel.baseline_combo.findData(Baseline.CASH_FREEZE))
    assert ctrl.scenario.extra.baseline is Baseline.CASH_FREEZE
    panel.window_start_spin.setValue(2028)
    panel.window_end_spin.setValue(2030)
    assert (ctrl.scenario.extra.window_start, ctrl.scenario.extra.window_end) == (2028, 2030)
    assert changes.calls == 3
    proj = ctrl.projection
    core = proj.core_bn
    expected = sum(core[proj.index_of(y)] - core[0] for y in (2028, 2029, 2030))  # by hand
    text = window.results_panel.own_label.text()
    assert "Extra spending measured against a cash freeze, summed over 2028–2030." in text
    extra = window.results_panel.extra_label.text()
    assert "Core spending 2028–2030, cumulative: " in extra
    assert f"{expected:,.1f} bn EUR more than a cash freeze" in extra
    assert f"{expected:,.1f} bn EUR" not in text  # one fact, one line
    model = window.table_panel.model
    last = model.columnCount() - 1
    assert np.isnan(model.value(proj.index_of(2027), last))  # outside the window: blank
    assert model.value(proj.index_of(2029), last) == pytest.approx(core[3] - core[0])
    ctrl.update(extra={"baseline": Baseline.REAL_FREEZE, "window_end": 2032})  # model → UI
    assert panel.baseline_combo.currentData() == Baseline.REAL_FREEZE
    assert panel.window_end_spin.value() == 2032
    assert changes.calls == 4


def test_window_outside_projection_names_field_and_keeps_text(window, ctrl) -> None:
    errors = _errors(ctrl)
    spin = window.money_panel.window_end_spin
    spin.setValue(2040)  # the horizon is 2035
    assert ctrl.scenario.extra.window_end is None
    assert errors[-1].startswith("Sum to: 2040 is after the horizon 2035")
    assert spin.value() == 2040


def test_baseline_file_and_budget_impact(window, ctrl, dataset, tmp_path) -> None:
    plan = Scenario(name="Current plan", core={"mode": "growth", "growth_pct": 3.0})
    path = tmp_path / "plan.scenario.json"
    save_scenario(path, plan)
    panel = window.money_panel
    panel.pick_file = lambda: path
    ctrl.update(core={"mode": SpendingMode.GLIDE, "glide_target_pct": 3.5})
    panel.baseline_combo.setCurrentIndex(panel.baseline_combo.findData(Baseline.OWN_PATH))
    extra = ctrl.scenario.extra
    assert extra.baseline is Baseline.OWN_PATH
    assert extra.baseline_name == "Current plan"
    assert "Current plan" in panel.baseline_name_label.text()
    assert "the user's own baseline (Current plan)" in window.results_panel.own_label.text()
    # the Budget impact view measures against the plan's path
    proj = ctrl.projection
    plan_core = np.asarray(
        [0.0] + [a.amount_bn for a in extra.baseline_path], dtype=float
    )  # base year: no extra
    fi = FiscalOptions().impact(proj, dataset)
    assert fi.extra_bn[1:] == pytest.approx(proj.core_bn[1:] - plan_core[1:])
    window.view_tabs.setCurrentWidget(window.fiscal_view)
    window.show()
    window.fiscal_view.refresh()
    assert window.fiscal_view.impact is not None
    assert window.fiscal_view.impact.extra_bn[1:] == pytest.approx(fi.extra_bn[1:])


def test_baseline_file_of_another_ally_is_refused(window, ctrl, tmp_path) -> None:
    path = tmp_path / "poland.scenario.json"
    save_scenario(path, Scenario(country="POL"))
    errors = _errors(ctrl)
    panel = window.money_panel
    panel.pick_file = lambda: path
    before = ctrl.scenario
    panel.baseline_combo.setCurrentIndex(panel.baseline_combo.findData(Baseline.OWN_PATH))
    assert ctrl.scenario is before
    assert errors[-1].startswith("Baseline file: poland.scenario.json is a scenario for POL")
    assert panel.baseline_combo.currentData() == Baseline.CONSTANT_SHARE  # put back
    panel.pick_file = lambda: None  # cancelled: nothing changes, the combo goes back
    panel.baseline_combo.setCurrentIndex(panel.baseline_combo.findData(Baseline.OWN_PATH))
    assert panel.baseline_combo.currentData() == Baseline.CONSTANT_SHARE


# ------------------------------------------------------------------ money in the chosen units


def test_results_and_tiles_follow_the_chosen_units(window, ctrl, dataset) -> None:
    """Poland in USD at 2026 prices: the results table and the tiles say the JSON's numbers."""
    ctrl.update(country="POL", core={"mode": SpendingMode.GLIDE, "glide_target_pct": 3.0})
    panel = window.money_panel
    panel.currency_combo.setCurrentIndex(panel.currency_combo.findData(Currency.USD))
    panel.prices_combo.setCurrentIndex(panel.prices_combo.findData(Prices.CONSTANT))
    proj = ctrl.projection
    units = money(proj, dataset)
    hague = next(t for t in proj.thresholds if t.threshold.value_pct == 5.0)
    i = proj.index_of(2035)
    # by hand: the gap at 2035, deflated to 2026 prices, at 2026's USD rate
    usd_2026 = usd_per_national(dataset, "POL", [2026])[0]
    gap = hague.gap_bn_at_target / proj.deflator[i] * usd_2026
    table = window.results_panel.table
    row = next(r for r in range(table.rowCount()) if "Hague total" in table.item(r, 0).text())
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    cell = table.item(row, headers.index("Gap at target")).text()
    assert f"({gap:,.1f} bn USD, 2026 prices)" in cell
    need = units.at(hague.money_needed_at_target_bn, 2035)
    assert table.item(row, headers.index("Money needed")).text() == (
        f"{need:,.1f} bn USD, 2026 prices"
    )
    tile = next(t for t in window.scoreboard.tiles if "Hague total" in t.texts()[0])
    assert f"({gap:,.1f} bn USD, 2026 prices) in 2035" in tile.texts()[3]
    extra = window.results_panel.extra_label.text()
    assert "bn USD more than a cash freeze" in extra
    assert extra.endswith("Amounts in 2026 prices.")
    # back to national currency: the tables say PLN again
    ctrl.update(money={"currency": Currency.NATIONAL, "prices": Prices.CURRENT})
    cell = table.item(row, headers.index("Money needed")).text()
    assert cell.endswith("bn PLN")


# ------------------------------------------------------------------ claim check


def test_claim_panel_ui_to_model_and_back(window, ctrl, dataset, counter) -> None:
    panel = window.claim_panel
    assert not panel.amount_spin.isEnabled()
    assert "Type a claim's amount" in panel.result_label.text()
    changes = counter(ctrl.scenarioChanged)
    panel.enable_check.setChecked(True)
    claim = ctrl.scenario.claim
    assert claim is not None
    assert claim.year == 2029
    assert changes.calls == 1
    assert panel.amount_spin.suffix() == " bn EUR"
    panel.amount_spin.setValue(50.0)
    panel.share_spin.setValue(2.1)
    assert (ctrl.scenario.claim.amount_bn, ctrl.scenario.claim.share_pct) == (50.0, 2.1)
    assert changes.calls == 3  # no write-back
    check = claim_check(ctrl.projection, dataset)
    # by hand: 50 / 2.1 % = 2,380.95 bn EUR, from Spain's 2026 GDP over three years
    assert check.implied_gdp_bn == pytest.approx(50 / 0.021)
    gdp_2026 = _imf_gdp(dataset, "ESP", 2026)
    growth = 100 * ((50 / 0.021 / gdp_2026) ** (1 / 3) - 1)
    assert check.needed_nominal_growth_pct == pytest.approx(growth)
    text = panel.result_label.text()
    assert "implies GDP of 2,380.95 bn EUR" in text
    assert f"nominal growth of {growth:.2f} % a year from 2026" in text
    assert f"the IMF path has {check.imf_gdp_bn:,.2f} bn" in text
    # the same line in the results' own-number assumptions (and so in every report)
    assert text.rstrip(".") in window.results_panel.own_label.text()
    ctrl.update(claim={"amount_bn": 60.0, "share_pct": 2.5, "year": 2030})  # model → UI
    assert (panel.amount_spin.value(), panel.share_spin.value(), panel.year_spin.value()) == (
        60.0,
        2.5,
        2030,
    )
    panel.enable_check.setChecked(False)
    assert ctrl.scenario.claim is None
    assert not panel.year_spin.isEnabled()


def test_bad_claim_names_the_field_and_keeps_the_text(window, ctrl) -> None:
    panel = window.claim_panel
    errors = _errors(ctrl)
    panel.enable_check.setChecked(True)
    panel.year_spin.setValue(2025)
    assert ctrl.scenario.claim.year == 2029
    assert errors[-1] == "Claim year: 2025 is not after the base year 2026; allowed 2027 to 2050"
    assert panel.year_spin.value() == 2025  # kept, to be fixed where it was made
    panel.amount_spin.setValue(0.0)
    assert errors[-1].startswith("Claim amount: 0 is out of range; allowed more than 0")


# ------------------------------------------------------------------ one rate on its IMF path


def test_one_rate_on_its_imf_path(window, ctrl, counter) -> None:
    panel = window.economy_panel
    assert panel.growth_source_combo.currentData() is True  # IMF preset: both on the IMF path
    changes = counter(ctrl.scenarioChanged)
    combo = panel.inflation_source_combo
    combo.setCurrentIndex(combo.findData(False))  # inflation constant, growth stays IMF
    eco = ctrl.scenario.economy
    assert eco.preset is EconomyPreset.CONSTANT
    assert (eco.real_growth_from_imf, eco.inflation_from_imf) == (True, False)
    assert changes.calls == 1
    assert panel.preset_combo.currentData() == EconomyPreset.CONSTANT
    assert not panel.growth_slider.isEnabled()  # greyed, showing the IMF's rate in use
    assert panel.growth_slider.spin.suffix() == " % · IMF path"
    proj = ctrl.projection
    assert panel.growth_slider.value() == pytest.approx(round(float(proj.real_growth_pct[1]), 1))
    assert panel.inflation_slider.isEnabled()
    assert proj.inflation_pct[3] == pytest.approx(eco.inflation_pct)  # constant
    assert "Real growth: IMF path; inflation: constant 2 %" in window.results_panel.own_label.text()
    ctrl.update(economy={"real_growth_from_imf": False})  # model → UI
    assert panel.growth_source_combo.currentData() is False
    assert panel.growth_slider.isEnabled()
    assert changes.calls == 2
    # both on their IMF path: the IMF preset
    panel.growth_source_combo.setCurrentIndex(panel.growth_source_combo.findData(True))
    panel.inflation_source_combo.setCurrentIndex(panel.inflation_source_combo.findData(True))
    assert ctrl.scenario.economy.preset is EconomyPreset.IMF
    assert not ctrl.scenario.economy.real_growth_from_imf


def test_unused_rate_is_named_in_the_phrasebook() -> None:
    s = Scenario(economy={"preset": "constant", "inflation_from_imf": True})
    assert not phrases.field_used(s, "economy.inflation_pct")
    assert phrases.field_used(s, "economy.real_growth_pct")
    assert phrases.unused_note(s, "economy.inflation_pct") == "not used: on its IMF path"


# ------------------------------------------------------------------ review of issue 11


def test_per_person_in_the_chosen_units(window, ctrl, dataset) -> None:
    """Results' per-person figure follows the money units, as the yearly table does."""
    ctrl.update(country="DEU", money={"prices": Prices.CONSTANT, "currency": Currency.USD})
    proj = ctrl.projection
    i = len(proj.years) - 1
    rate = float(usd_per_national(dataset, "DEU", [2026])[0])  # the base year's rate
    per_person = float(proj.core_per_capita[i]) / float(proj.deflator[i]) * rate
    text = window.results_panel.info_label.text()
    assert f"{per_person:,.0f} USD (in 2026 prices) per person" in text
    assert "EUR per person" not in text
    ctrl.update(money={"prices": Prices.CURRENT, "currency": Currency.NATIONAL})
    assert f"{float(proj.core_per_capita[i]):,.0f} EUR per person" in (
        window.results_panel.info_label.text()
    )


def test_economy_line_with_one_constant_rate(window, ctrl) -> None:
    """Constant real growth, inflation on its IMF path: the words say so, not '2 % inflation'."""
    ctrl.update(
        economy={
            "preset": EconomyPreset.CONSTANT,
            "real_growth_pct": 0.5,
            "inflation_from_imf": True,
        }
    )
    text = phrases.economy_text(ctrl.scenario)
    assert text == "constant 0.5 % real growth, inflation on its IMF path"


def test_claim_result_names_the_currency(window, ctrl) -> None:
    ctrl.update(country="POL", nato_edition="2024", base_year=2023)
    ctrl.update(claim={"amount_bn": 151.24, "share_pct": 4.12, "year": 2024})
    text = window.claim_panel.result_label.text()
    assert "implies GDP of 3,670.87 bn PLN" in text
    assert "the IMF path has 3,641.19 bn PLN" in text


def test_refused_claim_keeps_the_typed_year(window, ctrl) -> None:
    """The shared keep-typed behaviour (InputPanel): the field named, the typed value kept."""
    errors = _errors(ctrl)
    panel = window.claim_panel
    panel.enable_check.setChecked(True)
    before = ctrl.scenario.claim
    panel.year_spin.setValue(2026)  # the base year
    assert ctrl.scenario.claim == before
    assert errors[-1].startswith("Claim year: 2026 is not after the base year 2026")
    assert panel.year_spin.value() == 2026
    ctrl.update(claim=before.model_dump() | {"year": 2030})  # model → UI still writes
    assert panel.year_spin.value() == 2030


def test_alliance_totals_are_a_small_table(window, ctrl, qtbot) -> None:
    """EUR totals as a two-row table a few lines tall; the chart keeps its height at 900 px."""
    view = window.alliance_view
    window.view_tabs.setCurrentWidget(view)
    view.flush()
    assert view.totals.table.isHidden()  # national currency: the hint alone
    assert "Choose euros or US dollars" in view.totals.text()
    ctrl.update(money={"currency": Currency.EUR}, extra={"window_start": 2027, "window_end": 2035})
    view.flush()
    table = view.totals.table
    assert not table.isHidden()
    assert table.rowCount() == 2
    assert table.verticalHeaderItem(0).text() == "NATO Europe and Canada"
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    c = headers.index("3.5 % core: more in 2035")
    lines = view.totals.text().splitlines()
    europe_35 = next(x for x in lines if x.startswith("NATO Europe and Canada, 3.5 % core"))
    assert f"{table.item(0, c).text()} bn EUR more in 2035 alone" in europe_35
    assert headers[c + 1] == "3.5 % core: over 2027–2035"
    assert f"{table.item(0, c + 1).text()} bn EUR over 2027–2035" in europe_35
    assert table.toolTip() == view.totals.text()
    window.resize(1400, 900)
    qtbot.wait(10)
    assert view.totals.height() <= 6 * view.fontMetrics().height() + 20
    assert view.plot.height() >= 300


def test_rate_sliders_keep_their_width_beside_the_imf_choice(window, qtbot) -> None:
    """At 1280×720 the real-growth and inflation sliders once shrank to a square beside the
    'Constant / IMF path' choice; each now has a row of its own under it."""
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    panel = window.economy_panel
    for slider in (panel.growth_slider, panel.inflation_slider):
        assert slider.slider.width() >= 80
        assert slider.slider.width() >= panel.growth_adjust_slider.slider.width() // 2
