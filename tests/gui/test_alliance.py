"""Alliance overview: table (sorting, activation), chart (highlight) and lazy recomputation."""

import numpy as np
import pytest
from PySide6.QtCore import Qt

from calculator.core.alliance import project_alliance
from calculator.core.models import Scenario, SpendingMode
from calculator.core.projection import project
from calculator.exports.tabular import alliance_rows
from calculator.gui.alliance import AllianceTableModel, AllianceView


@pytest.fixture
def view(qtbot, controller):
    widget = AllianceView(controller)
    qtbot.addWidget(widget)
    widget.resize(900, 800)
    with qtbot.waitSignal(widget.updated):
        widget.show()
    return widget


def _column(view, key):
    return view.model.column_keys().index(key)


def _proxy_row(view, iso3):
    return view.proxy.mapFromSource(view.model.index(view.model.row_of(iso3), 0)).row()


def _sorted_values(view, key):
    col = _column(view, key)
    return [
        view.proxy.index(r, col).data(AllianceTableModel.SORT_ROLE)
        for r in range(view.proxy.rowCount())
    ]


def test_table_lists_every_ally_under_current_assumptions(view, controller, qtbot, dataset):
    assert view.model.rowCount() == 31
    assert "reach_core_2.1" in view.model.column_keys()
    with qtbot.waitSignal(view.updated):
        controller.update(core={"mode": SpendingMode.GROWTH, "growth_pct": 8.0})
    expected = alliance_rows(project_alliance(dataset, controller.scenario))
    row = view.model.row_of("ESP")
    assert view.model.index(row, _column(view, "reach_core_2.1")).data() == "2028"
    spain = next(r for r in expected if r["iso3"] == "ESP")
    assert spain["reach_core_2.1"] == 2028
    for key in ("base_share_pct", "core_share_at_horizon_pct", "reach_core_3.5"):
        col = _column(view, key)
        got = [view.model.index(i, col).data(AllianceTableModel.SORT_ROLE) for i in range(31)]
        assert got == [r[key] for r in expected]
    text = view.model.index(row, _column(view, "base_share_pct")).data()
    assert text == f"{spain['base_share_pct']:.2f} %"


def test_columns_follow_enabled_thresholds(view, controller, qtbot):
    with qtbot.waitSignal(view.updated):
        controller.update(thresholds=({"value_pct": 3.0},))
    assert view.model.column_keys()[-1] == "reach_core_3"
    assert "reach_core_2.1" not in view.model.column_keys()


def test_sorting_is_numeric_and_never_reached_sorts_last(view, controller, qtbot):
    with qtbot.waitSignal(view.updated):
        controller.update(core={"mode": SpendingMode.GROWTH, "growth_pct": 6.0})
    col = _column(view, "base_share_pct")
    view.table.sortByColumn(col, Qt.SortOrder.AscendingOrder)
    shares = _sorted_values(view, "base_share_pct")
    assert shares == sorted(shares)
    view.table.sortByColumn(col, Qt.SortOrder.DescendingOrder)
    assert _sorted_values(view, "base_share_pct") == sorted(shares, reverse=True)

    reach = _column(view, "reach_core_3.5")
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        view.table.sortByColumn(reach, order)
        years = _sorted_values(view, "reach_core_3.5")
        reached = [y for y in years if y is not None]
        assert reached, "some allies reach 3.5 %"
        assert None in years, "some allies do not"
        assert years == reached + [None] * (len(years) - len(reached))
        assert reached == sorted(reached, reverse=order == Qt.SortOrder.DescendingOrder)
        last = view.proxy.index(view.proxy.rowCount() - 1, reach).data()
        assert last == "\u2013"


def test_selecting_a_row_highlights_that_ally(view, controller, dataset):
    x, y = view.highlight_curve.getData()
    spain = project(dataset, controller.scenario)
    np.testing.assert_allclose(y, spain.core_share_pct)
    view.table.setCurrentIndex(view.proxy.index(_proxy_row(view, "POL"), 0))
    assert view.highlighted == "POL"
    poland = project(dataset, controller.scenario.evolve(country="POL"))
    x, y = view.highlight_curve.getData()
    np.testing.assert_array_equal(x, poland.years)
    np.testing.assert_allclose(y, poland.core_share_pct)
    assert view.highlight_label.toPlainText() == "Poland"
    assert controller.scenario.country == "ESP"  # selecting is not opening


def test_grey_curves_hold_every_path_and_are_built_once(view, controller, qtbot, dataset):
    items = list(view.plot.getPlotItem().items)
    with qtbot.waitSignal(view.updated):
        controller.update(core={"mode": SpendingMode.GLIDE, "glide_target_pct": 3.0})
    assert list(view.plot.getPlotItem().items) == items
    projs = project_alliance(dataset, controller.scenario)
    paths = view.paths()  # all grey paths are one item, NaN between allies
    assert len(paths) == len(projs) == 31
    for (x, y), proj in zip(paths, projs, strict=True):
        np.testing.assert_array_equal(x, proj.years)
        np.testing.assert_allclose(y, proj.core_share_pct)
    lines = [line.value() for line in view.threshold_lines if line.isVisible()]
    assert lines == [2.1, 3.5]  # the core thresholds; 5 % is a total


def test_enter_on_a_row_opens_that_ally(view, controller, qtbot):
    index = view.proxy.index(_proxy_row(view, "DEU"), 0)
    view.table.setCurrentIndex(index)
    with qtbot.waitSignal(view.allyActivated) as blocker:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert blocker.args == ["DEU"]
    assert controller.scenario.country == "DEU"
    assert view.model.index(view.model.row_of("DEU"), 0).data(Qt.ItemDataRole.FontRole).bold()


def test_double_click_opens_that_ally(view, controller, qtbot):
    index = view.proxy.index(_proxy_row(view, "FRA"), 1)
    view.table.scrollTo(index)
    rect = view.table.visualRect(index)
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert controller.scenario.country == "FRA"


def test_model_to_view_selects_the_current_ally_without_recomputing(view, controller, qtbot):
    before = view.model.projections()
    controller.update(country="ITA")
    assert not view.dirty  # same assumptions: nothing to recompute
    assert view.model.projections() == before
    current = view.table.selectionModel().currentIndex()
    assert current.data(AllianceTableModel.ISO3_ROLE) == "ITA"
    assert view.highlighted == "ITA"


def test_hidden_view_recomputes_only_when_shown(view, controller, qtbot):
    view.hide()
    before = view.model.projections()
    for pct in (3.0, 4.0, 5.0):
        controller.update(core={"mode": SpendingMode.GROWTH, "growth_pct": pct})
    assert view.dirty
    assert view.model.projections() == before
    with qtbot.waitSignal(view.updated):
        view.show()
    assert not view.dirty
    assert view.model.projections()[0].scenario.core.growth_pct == 5.0


def test_drags_are_throttled_into_one_recompute(view, controller, qtbot):
    calls = []
    view.updated.connect(lambda: calls.append(1))
    for pct in (3.0, 3.5, 4.0, 4.5):
        controller.update(core={"mode": SpendingMode.GROWTH, "growth_pct": pct})
    qtbot.waitUntil(lambda: not view.dirty)
    assert len(calls) == 1
    assert view.model.projections()[0].scenario.core.growth_pct == 4.5


@pytest.mark.parametrize(
    "core",
    [
        {"mode": SpendingMode.INCREMENT, "increment_bn": 5.0},
        {"mode": SpendingMode.CUSTOM, "custom_points": ({"year": 2030, "amount_bn": 40.0},)},
    ],
)
def test_currency_modes_fall_back_to_constant_share_with_a_note(
    view, controller, qtbot, dataset, core
):
    with qtbot.waitSignal(view.updated):
        controller.update(core=core)
    assert view.note.isVisibleTo(view)
    assert "constant" in view.note.text()
    constant = project(dataset, Scenario(country="DEU"))
    row = view.model.row_of("DEU")
    np.testing.assert_allclose(view.model.projection(row).core_share_pct, constant.core_share_pct)
    with qtbot.waitSignal(view.updated):
        controller.update(core={"mode": SpendingMode.GROWTH})
    assert not view.note.isVisibleTo(view)


def test_custom_shares_apply_to_every_ally(view, controller, qtbot):
    with qtbot.waitSignal(view.updated):
        controller.update(
            core={"mode": SpendingMode.CUSTOM, "custom_points": ({"year": 2030, "share_pct": 3.0},)}
        )
    assert not view.note.isVisibleTo(view)
    proj = view.model.projection(view.model.row_of("DEU"))
    assert proj.core_share_pct[proj.index_of(2030)] == pytest.approx(3.0)


def test_window_alliance_tab_by_keyboard(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    window.alliance_view_action.trigger()
    assert window.view_tabs.currentWidget() is window.alliance_view
    view = window.alliance_view
    assert window.alliance_view_action.shortcut().toString() == "Ctrl+2"
    assert not view.dirty
    view.table.setCurrentIndex(view.proxy.index(_proxy_row(view, "BEL"), 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    below = view.table.currentIndex().data(AllianceTableModel.ISO3_ROLE)
    assert view.highlighted == below
    qtbot.keyClick(view.table, Qt.Key.Key_Enter)
    assert window.controller.scenario.country == below
    assert window.view_tabs.currentWidget() is window.output_split  # the ally is open
    # hidden again: further changes wait until the tab is shown
    window.controller.update(core={"mode": SpendingMode.GROWTH})
    assert view.dirty
    with qtbot.waitSignal(view.updated):
        window.view_tabs.setCurrentWidget(view)


def test_selection_flags_keep_one_row(view):
    sel = view.table.selectionModel()
    view.select_ally("NOR")
    view.select_ally("NLD")
    rows = {i.row() for i in sel.selectedIndexes()}
    assert rows == {_proxy_row(view, "NLD")}
    assert sel.currentIndex().data(AllianceTableModel.ISO3_ROLE) == "NLD"


def test_hover_readout_names_the_nearest_ally(window, qtbot):
    """Pointing at a path in the overview reads out that ally, the year and its share."""
    view = window.alliance_view
    window.view_tabs.setCurrentWidget(view)
    view.flush()
    projs = view.model.projections()
    poland = next(p for p in projs if p.country.iso3 == "POL")
    share_2030 = float(poland.core_share_pct[2030 - poland.base_year])
    text = view.readout_text(2030.2, share_2030 + 0.01)
    assert text is not None
    assert text.startswith(f"Poland (POL), 2030: core {share_2030:.2f} % of GDP")
    assert view.readout_text(2030, 19.0) is None  # nothing near: the hint stays


def test_a_sorted_column_follows_new_assumptions(view, controller, qtbot):
    """Qt does not re-sort on each change (it would re-lay-out the table): the view does."""
    col = _column(view, "core_share_at_horizon_pct")
    view.table.sortByColumn(col, Qt.SortOrder.DescendingOrder)
    for core in (
        {"mode": SpendingMode.GROWTH, "growth_pct": 12.0},
        {"mode": SpendingMode.GLIDE, "glide_target_pct": 3.5, "glide_year": 2030},
        {"mode": SpendingMode.CONSTANT_SHARE},
    ):
        with qtbot.waitSignal(view.updated):
            controller.update(core=core)
        shares = _sorted_values(view, "core_share_at_horizon_pct")
        assert shares == sorted(shares, reverse=True), core
        want = sorted((p.core_share_pct[-1] for p in view.model.projections()), reverse=True)
        assert shares == pytest.approx(want)


def test_share_axis_grows_at_once_and_shrinks_when_changes_stop(view, controller, qtbot):
    """During a burst of changes the share axis never cuts a path and never shrinks."""
    vb = view.plot.getPlotItem().vb

    def top() -> float:
        return float(vb.viewRange()[1][1])

    def highest() -> float:
        return max(float(np.nanmax(p.core_share_pct)) for p in view.model.projections())

    with qtbot.waitSignal(view.updated):
        controller.update(core={"mode": SpendingMode.GROWTH, "growth_pct": 3.0})
    settled = top()
    with qtbot.waitSignal(view.updated):  # right after: a burst
        controller.update(core={"growth_pct": 14.0})
    assert top() > settled
    assert top() >= highest()
    high = top()
    with qtbot.waitSignal(view.updated):
        controller.update(core={"growth_pct": 3.0})
    assert top() == high >= highest()  # held while the changes come
    qtbot.waitUntil(lambda: top() == settled, timeout=3000)  # and fitted when they stop
    assert top() >= highest()
    with qtbot.waitSignal(view.updated):  # a single change long after: fitted at once
        controller.update(core={"growth_pct": 3.1})
    assert top() == settled
