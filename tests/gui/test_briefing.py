"""Issue 10, the window: the answer at a glance; keyboard, errors and small screens."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from calculator.core.models import WALES_THRESHOLD, SpendingMode
from calculator.exports.palette import KNOWN_THRESHOLD_COLOURS, OVERLAY_COLOURS, colour_of


def _spain_8(ctrl):
    ctrl.update(country="ESP", core={"mode": SpendingMode.GROWTH, "growth_pct": 8.0})


def test_scoreboard_tiles_answer_each_threshold(window, ctrl):
    _spain_8(ctrl)
    tiles = [t for t in window.scoreboard.tiles if not t.isHidden()]
    assert len(tiles) == 3
    assert tiles[0].texts() == [
        "2.1 % core · Spain's position",
        "2028",
        "reached · holds",
        "above by 0.72 pp in 2035",
        "needs 4.5 % a year from 2026 (nominal)",
    ]
    assert tiles[1].texts()[1:4] == [
        "not by 2035",
        "2041 on this path",
        "short by 0.68 pp (17.0 bn EUR) in 2035",
    ]
    assert tiles[1].texts()[4] == "needs 10.6 % a year from 2026 (nominal)"
    height = window.scoreboard.height()
    ctrl.update(core={"growth_pct": 3.0})  # a slider move changes texts, never the height
    assert window.scoreboard.height() == height
    ctrl.update(country="POL", core={"mode": SpendingMode.CONSTANT_SHARE})
    assert window.scoreboard.tiles[0].texts()[1:3] == ["already met", "holds"]


def test_threshold_colours_follow_the_threshold(window, ctrl):
    plots = window.chart.plots
    colours = [plots.threshold_lines[i].pen.color().name().upper() for i in range(3)]
    assert colours == [c.upper() for c in list(KNOWN_THRESHOLD_COLOURS.values())[:3]]
    ctrl.update(thresholds=(WALES_THRESHOLD.evolve(enabled=True), *ctrl.scenario.thresholds))
    # Wales comes first now: 2.1, 3.5 and 5 keep their colours on their new lines
    after = [plots.threshold_lines[i].pen.color().name().upper() for i in range(4)]
    assert after[1:] == colours
    assert after[0] == KNOWN_THRESHOLD_COLOURS[(2.0, WALES_THRESHOLD.measure)].upper()
    tile_colours = {t._colour for t in window.scoreboard.tiles if not t.isHidden()}
    assert {c.upper() for c in tile_colours} == set(after)
    # no overlay reuses a threshold's colour
    assert not set(OVERLAY_COLOURS) & set(KNOWN_THRESHOLD_COLOURS.values())
    own = colour_of(WALES_THRESHOLD.evolve(value_pct=2.7))
    assert own not in OVERLAY_COLOURS
    assert own == colour_of(WALES_THRESHOLD.evolve(value_pct=2.7, label="x"))


def test_crossings_beyond_the_horizon_are_marked_at_the_right_edge(window, ctrl):
    _spain_8(ctrl)
    plots = window.chart.plots
    shown = {label.toPlainText() for label in plots.beyond_labels if label.isVisible()}
    assert shown == {"\u2192 3.5 % in 2041", "\u2192 5 % in 2050"}
    label = plots.beyond_labels[1]
    assert label.pos().x() == pytest.approx(2035.95)
    ctrl.update(core={"mode": SpendingMode.CONSTANT_SHARE})
    assert not any(label.isVisible() for label in plots.beyond_labels)


def test_money_chart_marks_published_against_derived(window, ctrl):
    window.chart.tabs.setCurrentIndex(1)
    plots = window.chart.plots
    ctrl.update(country="LUX")
    assert plots.money_step_curve.isVisible()
    x, y = plots.money_step_curve.getData()
    assert list(x) == [2026.0, 2026.0]
    assert y[0] == pytest.approx(1.26, abs=0.01)
    assert y[1] == pytest.approx(1.87, abs=0.01)
    assert "+48 %" in plots.money_step_label.toPlainText()
    ctrl.update(country="ESP")  # 1.2 % apart: no mark
    assert not plots.money_step_curve.isVisible()


def test_caveat_banner_beside_the_chart(window, ctrl, qtbot):
    window.show()
    qtbot.waitExposed(window)
    banner = window.caveat_banner
    ctrl.update(country="ESP")
    assert banner.isHidden()
    ctrl.update(country="LUX")
    assert not banner.isHidden()
    text = banner.label.text()
    assert "breaks in 2023" in text
    assert "NATO publishes 1.3 bn EUR" in text
    QApplication.processEvents()
    # beside the chart, and never cut off: the text fits or scrolls
    assert banner.geometry().left() >= window.chart.geometry().right()
    assert banner.widget().height() >= banner.label.sizeHint().height() - 1


def _next_tab_stop(widget):
    """The widget Tab moves to from ``widget`` (what QWidget.focusNextChild picks)."""
    w = widget.nextInFocusChain()
    while w is not widget:
        if (
            w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and w.isVisibleTo(widget.window())
            and w.isEnabled()
            and w.focusProxy() is None
        ):
            return w
        w = w.nextInFocusChain()
    return w


def test_tab_leaves_the_thresholds_table(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    panel = window.thresholds_panel
    assert not panel.table.tabKeyNavigation()
    last = panel.table.rowCount() - 1
    assert _next_tab_stop(panel.label_edit(last)) is panel.add_button
    assert _next_tab_stop(panel.table) is panel.value_spin(0)
    assert _next_tab_stop(panel.label_edit(0)) is panel.value_spin(1)
    for table in (window.results_panel.table, window.table_panel.view):
        assert not table.tabKeyNavigation()


@pytest.mark.parametrize(
    ("typed", "iso3"),
    [
        ("Holland", "NLD"),
        ("Turkey", "TUR"),
        ("UK", "GBR"),
        ("USA", "USA"),
        ("pol", "POL"),
        ("Allemagne", "DEU"),
        ("España", "ESP"),
        ("estados unidos", "USA"),
    ],
)
def test_ally_box_enter_takes_the_first_match(window, ctrl, qtbot, typed, iso3):
    window.show()
    qtbot.waitExposed(window)
    combo = window.ally_panel.ally_combo
    if iso3 == "ESP":
        ctrl.update(country="BEL")
    combo.setFocus()
    # the typed text (set directly: the completer's popup cannot open offscreen), then Enter
    combo.lineEdit().setText(typed)
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    assert ctrl.scenario.country == iso3
    assert combo.currentText() == combo.itemText(combo.currentIndex())
    assert combo.currentData() == iso3


def test_ally_box_never_leaves_typed_text_beside_another_ally(window, ctrl, qtbot):
    window.show()
    qtbot.waitExposed(window)
    combo = window.ally_panel.ally_combo
    combo.setFocus()
    combo.lineEdit().setText("Narnia")
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    assert ctrl.scenario.country == "ESP"
    assert combo.currentText().startswith("Spain (ESP)")


def test_no_display_says_so_and_exits_2(monkeypatch, capsys):
    from calculator.gui import app

    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(app.sys, "platform", "linux")
    assert app.run_app() == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "no display" in err
    assert "--screenshot" in err


@pytest.mark.parametrize("size", [(1280, 720), (1400, 900)])
def test_tables_fit_small_screens(window, ctrl, qtbot, size):
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.output_tabs.setCurrentWidget(window.table_panel)
    for country in ("ESP", "TUR", "LUX", "POL"):
        ctrl.update(country=country, base_year=None)
        QApplication.processEvents()
        view = window.table_panel.view
        # The columns are refitted after the change has been painted: wait for that pass.
        qtbot.waitUntil(
            lambda v=view: v.horizontalHeader().length() <= v.viewport().width(), timeout=1000
        )
        qtbot.waitUntil(lambda v=view: not v.horizontalScrollBar().isVisible(), timeout=1000)
        if size == (1400, 900):
            assert view.viewport().height() >= 10 * view.rowHeight(0), country
    window.output_tabs.setCurrentWidget(window.results_scroll)
    table = window.results_panel.table
    assert table.horizontalHeader().length() <= table.viewport().width()
    qtbot.waitUntil(lambda: not table.horizontalScrollBar().isVisible(), timeout=1000)
