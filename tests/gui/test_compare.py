"""Compare: pinned scenarios as overlays with a legend, and the assumptions that differ."""

import numpy as np
from PySide6.QtCore import Qt

from calculator.core.models import Scenario, SpendingMode
from calculator.core.projection import project
from calculator.gui.compare import MAX_PINNED, PinnedScenarios


def _legend_names(chart):
    return [label.text for _sample, label in chart.plots.share_legend.items]


def _show_compare(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    window.compare_view_action.trigger()
    assert window.output_tabs.currentWidget() is window.compare_panel


def test_pin_two_scenarios_draws_two_overlays(window, ctrl, dataset):
    ctrl.update(core={"mode": SpendingMode.GROWTH, "growth_pct": 8.0})
    window.compare_panel.pin_button.click()
    ctrl.update(country="DEU", core={"growth_pct": 5.0})
    window.pin_action.trigger()
    curves = window.chart.plots.overlay_curves
    assert [c.isVisible() for c in curves] == [True, True, False, False, False]
    spain = project(dataset, Scenario(core={"mode": "growth", "growth_pct": 8.0}))
    x, y = curves[0].getData()
    np.testing.assert_array_equal(x, spain.years)
    np.testing.assert_allclose(y, spain.core_share_pct)
    germany = project(dataset, Scenario(country="DEU", core={"mode": "growth", "growth_pct": 5.0}))
    np.testing.assert_allclose(curves[1].getData()[1], germany.core_share_pct)
    names = _legend_names(window.chart)
    assert "Spain · 8 %/yr" in names
    assert "Germany · 5 %/yr" in names
    assert window.compare_panel.list.count() == 2
    assert window.unpin_all_action.isEnabled()

    window.compare_panel.list.setCurrentRow(0)
    window.compare_panel.unpin_button.click()
    assert [c.isVisible() for c in curves] == [True, False, False, False, False]
    np.testing.assert_allclose(curves[0].getData()[1], germany.core_share_pct)
    assert "Spain · 8 %/yr" not in _legend_names(window.chart)
    window.compare_panel.unpin_all_button.click()
    assert not any(c.isVisible() for c in curves)
    assert not any("·" in n for n in _legend_names(window.chart))
    assert not window.unpin_all_action.isEnabled()


def test_overlays_are_built_once_and_widen_the_axis(window, ctrl):
    items = list(window.chart.plots.share_plot.getPlotItem().items)
    ctrl.update(core={"mode": SpendingMode.GROWTH, "growth_pct": 25.0})
    window.pin_action.trigger()
    ctrl.update(core={"mode": SpendingMode.CONSTANT_SHARE})
    assert list(window.chart.plots.share_plot.getPlotItem().items) == items
    _x, (_y0, y1) = window.chart.plots.share_plot.getPlotItem().vb.viewRange()
    assert y1 >= window.pinned.projections()[0].core_share_pct.max()


def test_named_scenario_keeps_its_name_and_repeats_are_numbered(window, ctrl):
    ctrl.update(name="Plan A")
    window.pin_action.trigger()
    ctrl.update(name="", core={"glide_target_pct": 3.0, "mode": SpendingMode.GLIDE})
    window.pin_action.trigger()
    ctrl.update(core={"glide_year": 2031})
    window.pin_action.trigger()
    assert window.pinned.labels() == ["Plan A", "Spain · 3 % by 2035", "Spain · 3 % by 2031"]
    pinned = PinnedScenarios(ctrl.dataset)
    pinned.set_pinned(
        [
            Scenario(core={"mode": "growth", "growth_pct": 4.0}),
            Scenario(core={"mode": "growth", "growth_pct": 4.0}, notes="x"),
        ]
    )
    assert pinned.labels() == ["Spain · 4 %/yr", "Spain · 4 %/yr (2)"]


def test_sixth_pin_is_refused_with_a_message(window, ctrl, qtbot):
    _show_compare(window, qtbot)
    for pct in range(1, MAX_PINNED + 1):
        ctrl.update(core={"mode": SpendingMode.GROWTH, "growth_pct": float(pct)})
        assert window.compare_panel.pin_current()
    ctrl.update(core={"growth_pct": 9.0})
    with qtbot.waitSignal(window.pinned.pinRefused) as blocker:
        window.pin_action.trigger()
    assert "At most 5" in blocker.args[0]
    assert "At most 5" in window.compare_panel.message.text()
    assert "At most 5" in window.statusBar().currentMessage()
    assert len(window.pinned) == MAX_PINNED
    assert all(c.isVisible() for c in window.chart.plots.overlay_curves)


def test_same_scenario_twice_is_refused(window, qtbot):
    window.pin_action.trigger()
    with qtbot.waitSignal(window.pinned.pinRefused):
        window.pin_action.trigger()
    assert len(window.pinned) == 1


def test_differ_table_lists_exactly_the_differing_assumptions(window, ctrl, qtbot):
    _show_compare(window, qtbot)
    panel = window.compare_panel
    assert panel.table.rowCount() == 0
    ctrl.update(core={"mode": SpendingMode.GROWTH, "growth_pct": 8.0})
    window.pin_action.trigger()
    assert panel.differing_keys() == []  # the current scenario is the pinned one
    ctrl.update(country="DEU", core={"growth_pct": 6.0})
    assert panel.differing_keys() == ["country", "core.growth_pct"]
    assert panel.table.horizontalHeaderItem(0).toolTip() == "Current"
    # the header wraps to its column; its tooltip has the whole name
    assert panel.table.horizontalHeaderItem(1).toolTip() == "Spain · 8 %/yr"
    assert panel.table.horizontalHeaderItem(1).text().split() == ["Spain", "8", "%/yr"]
    assert [panel.table.item(1, c).text() for c in range(2)] == ["6 % a year", "8 % a year"]
    assert panel.table.verticalHeaderItem(0).text() == "Ally"

    ctrl.update(
        country="ESP",
        core={"mode": SpendingMode.GLIDE},
        economy={"preset": "constant", "real_growth_pct": 1.5},
    )
    window.pin_action.trigger()
    keys = panel.differing_keys()
    # the mode, what each mode uses, and the economy; not the growth rate the glide ignores
    assert keys == [
        "economy.preset",
        "economy.real_growth_pct",
        "economy.inflation_pct",
        "core.mode",
        "core.growth_pct",
        "core.growth_real",
        "core.glide_target_pct",
        "core.glide_year",
    ]
    row = keys.index("core.growth_pct")
    assert [panel.table.item(row, c).text() for c in range(3)] == ["–", "8 % a year", "–"]


def test_differ_table_waits_while_hidden(window, ctrl, qtbot):
    window.pin_action.trigger()
    ctrl.update(horizon=2040)
    assert window.compare_panel.table.rowCount() == 0  # not shown yet: not rebuilt
    _show_compare(window, qtbot)
    assert window.compare_panel.differing_keys() == ["horizon"]


def test_pinned_state_round_trip(dataset, qtbot):
    pinned = PinnedScenarios(dataset)
    scenarios = [Scenario(country=c) for c in ("ESP", "POL", "ISL", "DEU")]
    with qtbot.waitSignal(pinned.pinnedChanged):
        pinned.set_pinned(scenarios)
    assert pinned.pinned() == [scenarios[0], scenarios[1], scenarios[3]]  # Iceland cannot run
    with qtbot.assertNotEmitted(pinned.pinnedChanged):
        pinned.set_pinned(pinned.pinned())
    pinned.set_pinned([Scenario(horizon=2030 + i) for i in range(8)])
    assert len(pinned) == MAX_PINNED


def test_pin_and_unpin_by_keyboard(window, ctrl, qtbot):
    assert window.pin_action.shortcut().toString() == "Ctrl+Shift+P"
    assert window.compare_view_action.shortcut().toString() == "Ctrl+3"
    _show_compare(window, qtbot)
    panel = window.compare_panel
    panel.pin_button.setFocus()
    qtbot.keyClick(panel.pin_button, Qt.Key.Key_Space)
    ctrl.update(horizon=2040)
    qtbot.keyClick(panel.pin_button, Qt.Key.Key_Space)
    assert len(window.pinned) == 2
    panel.list.setFocus()
    qtbot.waitUntil(panel.list.hasFocus)
    panel.list.setCurrentRow(1)
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert [s.horizon for s in window.pinned.pinned()] == [2035]


# ---------------------------------------------------------------------------- results side by side


def _results(panel):
    t = panel.results
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def _show_results(window, qtbot):
    _show_compare(window, qtbot)
    window.compare_panel.views.setCurrentIndex(0)


def test_results_side_by_side_show_each_scenarios_answer(window, ctrl, qtbot, dataset):
    from calculator.exports.compare import build_comparison

    _show_results(window, qtbot)
    panel = window.compare_panel
    ctrl.update(core={"mode": SpendingMode.GROWTH, "growth_pct": 8.0})
    window.pin_action.trigger()
    ctrl.update(
        country="POL",
        core={"mode": SpendingMode.GLIDE, "glide_target_pct": 5.0, "glide_year": 2030},
    )
    window.pin_action.trigger()
    ctrl.update(country="ESP", core={"mode": SpendingMode.CONSTANT_SHARE})
    t = panel.results
    assert t.columnCount() == 3
    assert [t.horizontalHeaderItem(c).toolTip() for c in range(3)] == [
        "Current",
        "Spain · 8 %/yr",
        "Poland · 5 % by 2030",
    ]
    names = [t.verticalHeaderItem(r).text() for r in range(t.rowCount())]
    assert names == [
        "2.1 % core by 2035",
        "3.5 % core by 2035",
        "5 % total by 2035",
        "Core share in 2035",
        "Extra vs a constant share\ncumulative to 2035",
    ]
    cells = _results(panel)
    spain8 = project(dataset, Scenario(core={"mode": "growth", "growth_pct": 8.0}))
    assert spain8.thresholds[0].year_reached == 2028
    assert cells[0] == ["not by 2035", "2028", "already met"]  # 2.1 %: Spain stays at 2.0 %
    assert cells[3][1] == f"{spain8.core_share_pct[spain8.index_of(2035)]:.2f} %"
    assert cells[4][0] == "the same"  # a constant share against a constant share
    assert (
        cells[4][1]
        == "+" + f"{spain8.cumulative(spain8.extra_vs_constant_share_bn, 2035):,.1f}" + " bn EUR"
    )
    assert cells[4][2].endswith(" bn PLN")
    assert cells[4][2].startswith("+")
    current = project(dataset, ctrl.scenario)
    poland = window.pinned.projections()[1]
    expected = build_comparison([current, spain8, poland], ["Current", "a", "b"]).cells()
    assert cells == [list(col) for col in zip(*[row[1:] for row in expected], strict=True)]


def test_baseline_choice_changes_the_cost_row_both_ways(window, ctrl, qtbot):
    _show_results(window, qtbot)
    panel = window.compare_panel
    ctrl.update(core={"mode": SpendingMode.GROWTH, "growth_pct": 8.0})
    window.pin_action.trigger()
    ctrl.update(core={"mode": SpendingMode.CONSTANT_SHARE})
    spain8 = window.pinned.projections()[0]
    with qtbot.waitSignal(window.pinned.baselineChanged) as blocker:
        panel.baseline_combo.setCurrentIndex(panel.baseline_combo.findData("cash-freeze"))
    assert blocker.args == ["cash-freeze"]
    assert window.pinned.baseline == "cash-freeze"
    last = panel.results.rowCount() - 1
    assert panel.results.verticalHeaderItem(last).text().startswith("Extra vs a cash freeze")
    freeze = spain8.cumulative(spain8.core_bn - spain8.core_bn[0], 2035)  # by hand
    assert panel.results.item(last, 1).text() == f"+{freeze:,.1f} bn EUR"
    # model → widget: the combo follows, without echoing a change back
    with qtbot.assertNotEmitted(panel.baseline_combo.currentIndexChanged, wait=0):
        pass
    window.pinned.set_baseline("real-freeze")
    assert panel.baseline_combo.currentData() == "real-freeze"
    assert panel.results.verticalHeaderItem(last).text().startswith("Extra vs a real freeze")
    with qtbot.assertNotEmitted(window.pinned.baselineChanged):
        window.pinned.set_baseline("real-freeze")


def _header_lines_fit(table):
    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    for c in range(table.columnCount()):
        for line in table.horizontalHeaderItem(c).text().split("\n"):
            assert metrics.horizontalAdvance(line) <= header.sectionSize(c), (c, line)


def test_headers_never_clip_at_1280x720_with_five_pinned(window, ctrl, qtbot):
    window.resize(1280, 720)
    _show_results(window, qtbot)
    panel = window.compare_panel
    for i, (iso3, name) in enumerate(
        [
            ("ESP", ""),
            ("POL", ""),
            ("LUX", ""),
            ("USA", "The administration's long-term plan"),
            ("BGR", ""),
        ]
    ):
        ctrl.update(
            country=iso3, name=name, core={"mode": SpendingMode.GROWTH, "growth_pct": 3.0 + i}
        )
        window.pin_action.trigger()
    ctrl.update(country="ESP", name="", core={"mode": SpendingMode.CONSTANT_SHARE})
    assert len(window.pinned) == MAX_PINNED
    assert window.width() == 1280  # the tables never push the window wider
    for index, table in ((0, panel.results), (1, panel.table)):
        panel.views.setCurrentIndex(index)
        qtbot.waitUntil(table.isVisible)
        assert table.columnCount() == 6
        assert table.horizontalScrollBar().maximum() == 0  # no sideways scrolling
        _header_lines_fit(table)
    # the chart legend keeps a long name short, so it never squeezes the chart
    names = [label.text for _s, label in window.chart.plots.share_legend.items]
    assert "The administration's long-term…" in names


def test_export_comparison_from_the_window_reads_back(window, ctrl, qtbot, tmp_path):
    import openpyxl
    from pypdf import PdfReader

    menu_texts = [a.text() for a in window.files.exports.compare_menu.actions()]
    assert menu_texts == ["&PDF…", "&Excel workbook…", "&CSV table…"]
    ctrl.update(core={"mode": SpendingMode.GROWTH, "growth_pct": 8.0})
    window.pin_action.trigger()
    ctrl.update(country="POL", core={"mode": SpendingMode.CONSTANT_SHARE})
    window.pinned.set_baseline("cash-freeze")
    assert window.files.export("compare_xlsx", tmp_path / "c.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "c.xlsx")["Comparison"]
    labels = [ws.cell(r, 1).value for r in (4, 5)]
    assert labels == ["Current: Poland · constant share", "Spain · 8 %/yr"]
    assert "cash freeze" in ws.cell(3, ws.max_column - 1).value
    assert window.files.export("compare_csv", tmp_path / "c.csv")
    assert (tmp_path / "c.csv").read_text(encoding="utf-8").count("cash-freeze") == 2
    assert window.files.export("compare_pdf", tmp_path / "c.pdf")
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(tmp_path / "c.pdf").pages).split())
    assert "Scenarios side by side" in text
    assert "Spain · 8 %/yr" in text
