import numpy as np
import pytest

from calculator.core.models import (
    CoreSpending,
    Measure,
    RelatedSpending,
    Scenario,
    SpendingMode,
    Threshold,
)
from calculator.core.projection import project
from calculator.gui.chart import ProjectionChart
from calculator.render.chart import MAX_THRESHOLDS, year_ticks


@pytest.fixture
def chart(qtbot):
    widget = ProjectionChart()
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    return widget


def _growth(dataset, pct=8.0, **kw):
    return project(
        dataset, Scenario(core=CoreSpending(mode=SpendingMode.GROWTH, growth_pct=pct), **kw)
    )


def test_curves_hold_the_projection(chart, dataset):
    proj = _growth(dataset)
    chart.set_projection(proj)
    x, y = chart.plots.core_curve.getData()
    np.testing.assert_array_equal(x, proj.years)
    np.testing.assert_allclose(y, proj.core_share_pct)
    hx, hy = chart.plots.history_curve.getData()
    assert hx[0] == 2014
    assert hx[-1] == proj.base_year
    np.testing.assert_allclose(hy, proj.history.share_pct)
    chart.tabs.setCurrentWidget(chart.plots.money_plot)
    _mx, my = chart.plots.money_core_curve.getData()
    np.testing.assert_allclose(my, proj.core_bn)


def test_money_view_catches_up_when_shown(chart, dataset):
    """The hidden money view is not redrawn on every change, but is right once shown."""
    first = _growth(dataset)
    chart.set_projection(first)
    later = project(dataset, first.scenario.evolve(core={"mode": "growth", "growth_pct": 12.0}))
    chart.set_projection(later)
    _mx, stale = chart.plots.money_core_curve.getData()
    assert stale is None or not np.allclose(stale, later.core_bn)
    chart.tabs.setCurrentWidget(chart.plots.money_plot)
    _mx, my = chart.plots.money_core_curve.getData()
    np.testing.assert_allclose(my, later.core_bn)
    # While it is shown, it follows every change.
    chart.set_projection(first)
    np.testing.assert_allclose(chart.plots.money_core_curve.getData()[1], first.core_bn)


def test_threshold_lines_and_crossing_markers(chart, dataset):
    proj = _growth(dataset)
    chart.set_projection(proj)
    values = [line.value() for line in chart.plots.threshold_lines if line.isVisible()]
    assert values == [2.1, 3.5, 5.0]
    assert "Spain's position" in chart.plots.threshold_lines[0].label.toPlainText()
    spots = chart.plots.crossing_markers.getData()
    assert list(spots[0]) == [2028.0]
    assert list(spots[1]) == [2.1]
    assert chart.plots.crossing_labels[0].isVisible()
    assert chart.plots.crossing_labels[0].toPlainText() == "2.1 % in 2028"
    assert not chart.plots.crossing_labels[1].isVisible()
    assert chart.plots.review_line.value() == 2029
    assert chart.plots.target_line.value() == 2035


def test_items_are_built_once(chart, dataset):
    items = list(chart.plots.share_plot.getPlotItem().items)
    curves = (chart.plots.core_curve, chart.plots.threshold_lines[0], chart.plots.crossing_markers)
    for pct in (2.0, 5.0, 12.0):
        chart.set_projection(_growth(dataset, pct))
    assert list(chart.plots.share_plot.getPlotItem().items) == items
    assert (
        chart.plots.core_curve,
        chart.plots.threshold_lines[0],
        chart.plots.crossing_markers,
    ) == curves


def test_fewer_thresholds_hide_lines(chart, dataset):
    th = (Threshold(value_pct=3.0, measure=Measure.CORE),)
    chart.set_projection(project(dataset, Scenario(thresholds=th)))
    visible = [line.isVisible() for line in chart.plots.threshold_lines]
    assert visible == [True] + [False] * (MAX_THRESHOLDS - 1)
    chart.tabs.setCurrentWidget(chart.plots.money_plot)
    assert not chart.plots.money_required_curves[1].isVisible()
    _x, y = chart.plots.money_required_curves[0].getData()
    proj = chart.projection
    np.testing.assert_allclose(y, 0.03 * proj.gdp_bn)


def test_total_curve_only_with_related_spending(chart, dataset):
    chart.set_projection(_growth(dataset))
    assert not chart.plots.total_curve.isVisible()
    names = [label.text for _s, label in chart.plots.share_legend.items]
    assert not any("total" in n for n in names)
    proj = project(dataset, Scenario(related=RelatedSpending(share_pct=1.0)))
    chart.set_projection(proj)
    assert chart.plots.total_curve.isVisible()
    np.testing.assert_allclose(chart.plots.total_curve.getData()[1], proj.total_share_pct)
    assert any("total" in label.text for _s, label in chart.plots.share_legend.items)


def test_view_ranges_follow_the_domain(chart, dataset):
    chart.set_projection(_growth(dataset, horizon=2045))
    (x0, x1), (y0, y1) = chart.plots.share_plot.getPlotItem().vb.viewRange()
    assert x0 < 2014 < 2045 < x1 < 2047
    assert y0 == 0.0
    assert y1 >= 5.0
    chart.set_projection(_growth(dataset, 30.0, horizon=2035))
    (x0, x1), (_y0, y1) = chart.plots.share_plot.getPlotItem().vb.viewRange()
    assert x1 < 2037
    assert y1 >= chart.projection.core_share_pct.max()


def test_readout(chart, dataset):
    proj = _growth(dataset)
    chart.set_projection(proj)
    text = chart.readout_text(2030)
    assert text.startswith("2030: core 2.32 % of GDP")
    assert "bn EUR" in text
    assert "NATO 1.00 % of GDP (actual)" in chart.readout_text(2020)
    assert chart.readout_text(2000) is None
    chart.show_year(2030)
    assert chart.plots.share_hover_line.value() == 2030
    assert chart.readout.text() == text
    chart.show_year(None)
    assert not chart.plots.share_hover_line.isVisible()


def test_year_ticks_label_the_horizon():
    major, minor = year_ticks(2014, 2035)
    assert major[-1] == (2035.0, "2035")
    assert len(minor) == 22


def test_braces_in_labels_are_safe(chart, dataset):
    th = (Threshold(value_pct=3.0, label="{value} {x}"),)
    chart.set_projection(project(dataset, Scenario(thresholds=th)))
    assert "{value} {x}" in chart.plots.threshold_lines[0].label.toPlainText()


def test_estimates_have_hollow_markers(chart, dataset):
    """NATO's 2025 and 2026 figures are estimates: hollow markers; actual years are filled."""
    proj = _growth(dataset)
    chart.set_projection(proj)
    brushes = chart.plots.history_curve.opts["symbolBrush"]
    assert len(brushes) == len(proj.history.years)
    for brush, status in zip(brushes, proj.history.status, strict=True):
        is_white = brush.color().name() == "#ffffff"
        assert is_white == (status == "estimate")
    assert proj.history.status[-2:] == ("estimate", "estimate")


def test_already_met_thresholds_say_so_on_their_line(chart, dataset):
    """Met in the base year: no crossing mark (it would hide history); the line says so."""
    usa = project(
        dataset,
        Scenario(country="USA", core=CoreSpending(mode=SpendingMode.GROWTH, growth_pct=12.0)),
    )
    assert [r.already_met for r in usa.thresholds] == [True, False, False]
    chart.set_projection(usa)
    lines = [line.label.toPlainText() for line in chart.plots.threshold_lines[:3]]
    assert lines[0] == "2.1 % core · Spain's position · already met"
    assert not any("already met" in text for text in lines[1:])
    assert not chart.plots.crossing_labels[0].isVisible()
    reached = [usa.thresholds[i].year_reached for i in (1, 2)]
    assert [chart.plots.crossing_labels[i].toPlainText() for i in (1, 2)] == [
        f"3.5 % in {reached[0]}",
        f"5 % in {reached[1]}",
    ]
    x, y = chart.plots.crossing_markers.getData()
    assert list(x) == [float(year) for year in reached]
    assert list(y) == [3.5, 5.0]
    texts = [label.toPlainText() for label in chart.plots.crossing_labels] + lines
    assert not any("met in" in text for text in texts)
    # Updated in place when the ally changes: Spain meets nothing in the base year.
    chart.set_projection(_growth(dataset))
    assert chart.plots.threshold_lines[0].label.toPlainText() == "2.1 % core · Spain's position"
    assert chart.plots.crossing_labels[0].toPlainText() == "2.1 % in 2028"


def test_labels_let_the_data_show_through(chart, dataset):
    """Labels on the plot area have a faint fill, so paths under them stay visible."""
    chart.set_projection(_growth(dataset))
    fills = [
        chart.plots.threshold_lines[0].label.fill,
        chart.plots.crossing_labels[0].fill,
        chart.plots.money_required_labels[0].fill,
    ]
    for brush in fills:
        assert 0 < brush.color().alpha() <= 100


def test_legend_sits_under_the_plot_and_fits_its_width(chart, dataset, qtbot):
    """The legend is laid out below the year axis, never over the paths, in 1-3 columns."""
    proj = project(dataset, Scenario(related=RelatedSpending(share_pct=1.0)))
    chart.show()
    qtbot.waitExposed(chart)
    chart.set_projection(proj)
    vb_rect = chart.plots.share_plot.getPlotItem().vb.sceneBoundingRect()
    legend_rect = chart.plots.share_legend.sceneBoundingRect()
    assert legend_rect.top() >= vb_rect.bottom()  # below the plot area
    chart.resize(1200, 500)
    qtbot.waitUntil(lambda: chart.plots.share_legend.columnCount == 3)
    chart.resize(420, 500)
    qtbot.waitUntil(lambda: chart.plots.share_legend.columnCount < 3)
    assert chart.plots.share_legend.sceneBoundingRect().width() <= chart.plots.share_plot.width()


def _left_title(chart) -> str:  # type: ignore[no-untyped-def]
    return chart.plots.money_plot.getPlotItem().getAxis("left").labelText


def _money_tick_strings(chart) -> list[str]:  # type: ignore[no-untyped-def]
    """The money axis's labels over its view range, as pyqtgraph asks for them."""
    axis = chart.plots.money_plot.getPlotItem().getAxis("left")
    lo, hi = chart.plots.money_plot.getPlotItem().vb.viewRange()[1]
    levels = axis.tickValues(lo, hi, 400)
    return [text for spacing, values in levels for text in axis.tickStrings(values, 1.0, spacing)]


def test_small_allies_money_is_in_millions(chart, dataset):
    chart.tabs.setCurrentWidget(chart.plots.money_plot)
    proj = project(dataset, Scenario(country="MNE"))
    chart.set_projection(proj)
    plots = chart.plots
    np.testing.assert_allclose(plots.money_core_curve.getData()[1], proj.core_bn * 1000.0)
    _x, needed = plots.money_required_curves[0].getData()
    np.testing.assert_allclose(needed, 0.021 * proj.gdp_bn * 1000.0)
    assert plots.money_required_labels[0].toPlainText() == f"2.1 % core: {needed[-1]:,.0f}"
    _hx, hy = plots.money_history_curve.getData()
    np.testing.assert_allclose(hy, proj.history.money_bn * 1000.0)
    assert _left_title(chart) == "millions of EUR, current prices"
    (_y0, y1) = plots.money_plot.getPlotItem().vb.viewRange()[1]
    assert y1 > float(np.nanmax(needed))  # the range is in millions too
    assert f"= {proj.core_bn[4] * 1000:,.0f} m EUR" in chart.readout_text(2030)
    chart.set_projection(_growth(dataset))  # Spain: back to billions
    np.testing.assert_allclose(plots.money_core_curve.getData()[1], chart.projection.core_bn)
    assert _left_title(chart) == "billions of EUR, current prices"


def test_money_axis_has_thousands_separators(chart, dataset):
    axis = chart.plots.money_plot.getPlotItem().getAxis("left")
    assert axis.tickStrings([0.0, 1000.0, 12500.0], 1.0, 500.0) == ["0", "1,000", "12,500"]
    assert axis.tickStrings([0.0, 0.25, 0.5], 1.0, 0.25) == ["0.00", "0.25", "0.50"]
    chart.tabs.setCurrentWidget(chart.plots.money_plot)
    chart.set_projection(project(dataset, Scenario(country="DEU")))
    strings = _money_tick_strings(chart)
    assert strings
    assert all(s == f"{float(s.replace(',', '')):,.0f}" for s in strings)
    chart.set_projection(project(dataset, Scenario(country="HUN")))  # thousands of bn HUF
    assert any("," in s for s in _money_tick_strings(chart))


def test_money_chart_has_the_review_and_target_lines(chart, dataset):
    chart.tabs.setCurrentWidget(chart.plots.money_plot)
    plots = chart.plots
    chart.set_projection(_growth(dataset))
    assert (plots.money_review_line.value(), plots.money_target_line.value()) == (2029, 2035)
    assert plots.money_review_line.isVisible()
    assert plots.money_target_line.isVisible()
    assert plots.money_review_line.label.toPlainText() == "2029 review"
    assert plots.money_target_line in plots.money_plot.getPlotItem().items
    chart.set_projection(_growth(dataset, horizon=2030))
    assert plots.money_review_line.isVisible()
    assert not plots.money_target_line.isVisible()
    assert plots.money_target_line.isVisible() == plots.target_line.isVisible()
