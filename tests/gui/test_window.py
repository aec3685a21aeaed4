import re

import numpy as np
import pytest
from PySide6.QtCore import QPointF, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel

from calculator.core.models import CoreSpending, Scenario, SpendingMode
from calculator.gui.dialogs import AboutDialog, MethodologyDialog
from calculator.gui.main_window import MainWindow

SPAIN_8 = (
    "With core defence spending rising 8 % a year in cash terms from 2026, Spain reaches 2.1 % "
    "in 2028; 3.5 % is not reached by 2035 and would need core spending to grow 10.6 % a year "
    "in cash terms from 2026; 5 % in total (related spending assumed at 0 %) is not reached by "
    "2035 and would need 15.1 % a year."
)


def test_sentence_for_spain_at_8_percent(window):
    window.controller.update(core={"mode": SpendingMode.GROWTH, "growth_pct": 8.0})
    assert window.sentence_bar.text() == SPAIN_8
    # On screen a line never breaks between a number and its unit.
    assert "2.1\u00a0% in 2028" in window.sentence_bar.label.text()
    window.sentence_bar.copy_button.click()
    assert QGuiApplication.clipboard().text() == SPAIN_8


def test_sentence_variants(window):
    ctrl = window.controller
    text = window.sentence_bar.text()
    assert text.startswith(
        "With core defence spending held at 2.00 % of GDP from 2026, Spain does not reach 2.1 % "
        "by 2035"
    )
    ctrl.update(core={"mode": SpendingMode.GLIDE, "glide_target_pct": 3.5, "glide_year": 2031})
    assert window.sentence_bar.text().startswith(
        "With core defence spending on a straight line from 2.00 % of GDP in 2026 to 3.5 % by "
        "2031, Spain reaches 2.1 % in 2027; 3.5 % is reached in 2031;"
    )
    ctrl.update(country="POL")
    assert "Poland already meets 2.1 %" in window.sentence_bar.text()
    ctrl.update(thresholds=())
    assert "no threshold is switched on" in window.sentence_bar.text()


def test_results_table(window):
    window.controller.update(core={"mode": SpendingMode.GROWTH, "growth_pct": 8.0})
    table = window.results_panel.table
    assert table.rowCount() == 3
    assert table.item(0, 1).text() == "reached in 2028"
    assert table.item(0, 2).text() == "yes"
    assert table.item(1, 1).text() == "not by 2035 (2041 on this path)"
    assert table.item(1, 4).text() == "short by 0.68 pp (17.0 bn EUR)"
    assert table.item(1, 6).text() == "10.6 % a year"
    assert (
        "2029 review" in window.results_panel.hague_text(window.controller.projection)
        or "At the 2029 review" in window.results_panel.hague_label.text()
    )
    assert "cash freeze" in window.results_panel.extra_label.text()
    assert "NATO publishes no per-ally figure" in window.results_panel.info_label.text()


def test_year_table_and_copy(window):
    ctrl = window.controller
    model = window.table_panel.model
    assert model.rowCount() == 10
    ctrl.update(horizon=2040)
    assert model.rowCount() == 15
    assert model.text(0, 0) == "2026"
    window.table_panel.copy_button.click()
    tsv = QGuiApplication.clipboard().text()
    lines = tsv.splitlines()
    assert len(lines) == 16
    assert lines[0].split("\t")[:3] == ["Year", "GDP, bn EUR", "Real growth %"]
    first = lines[1].split("\t")
    assert first[0] == "2026"
    assert float(first[5]) == pytest.approx(2.0)
    assert "," not in lines[1]  # no thousands separators: pastes as numbers
    assert float(lines[-1].split("\t")[4]) == pytest.approx(ctrl.projection.core_bn[-1], abs=0.01)


def test_undo_redo_actions(window):
    ctrl = window.controller
    assert not window.undo_action.isEnabled()
    window.core_panel.mode_combo.setCurrentIndex(1)
    window.core_panel.growth_slider.spin.setValue(9.0)
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert ctrl.scenario.core.growth_pct == 5.0
    assert window.core_panel.growth_slider.value() == 5.0
    assert window.redo_action.isEnabled()
    window.redo_action.trigger()
    assert window.core_panel.growth_slider.value() == 9.0
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    assert window.redo_action.shortcut().toString() == "Ctrl+Shift+Z"


def test_status_bar_shows_dataset(window):
    # The name a reader knows in the bar; the id and the cut-off behind it (issue 14).
    assert window.dataset_label.text() == "Dataset: NATO July 2026 (bundled)"
    tip = window.dataset_label.toolTip()
    assert "nato-2026-07_imf-weo-2025-10" in tip
    assert "2026-07-03" in tip


def test_help_dialogs(qtbot, dataset):
    about = AboutDialog(dataset)
    qtbot.addWidget(about)
    text = about.browser.toPlainText()
    assert "2026-07-03" in text
    assert "World Economic Outlook" in text
    assert "https://www.nato.int" in text
    method = MethodologyDialog()
    qtbot.addWidget(method)
    text = method.browser.toPlainText()
    assert "critical infrastructure" in text
    assert "2029" in text
    assert "pensions" in text


def test_settings_remember_ally_and_layout(qtbot, dataset, tmp_path):
    path = str(tmp_path / "settings.ini")
    settings = QSettings(path, QSettings.Format.IniFormat)
    win = MainWindow(dataset, settings=settings)
    qtbot.addWidget(win)
    win.controller.update(country="BEL")
    win.close()
    again = MainWindow(dataset, settings=QSettings(path, QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    assert again.controller.scenario.country == "BEL"
    assert not again.controller.can_undo()
    assert QSettings(path, QSettings.Format.IniFormat).value("window/geometry") is not None


def test_scenario_given_wins_over_settings(qtbot, dataset, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("scenario/last_ally", "BEL")
    win = MainWindow(dataset, settings=settings, scenario=Scenario(country="DEU"))
    qtbot.addWidget(win)
    assert win.controller.scenario.country == "DEU"


def test_hover_on_the_chart(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    plot = window.chart.plots.share_plot
    vb = plot.getPlotItem().vb
    plot.scene().sigMouseMoved.emit(vb.mapViewToScene(QPointF(2030.2, 2.0)))
    assert window.chart.readout.text().startswith("2030: core 2.00 % of GDP")
    assert window.chart.plots.share_hover_line.isVisible()
    assert window.chart.plots.share_hover_line.value() == 2030
    plot.scene().sigMouseMoved.emit(QPointF(-50.0, -50.0))
    assert not window.chart.plots.share_hover_line.isVisible()


def test_keyboard_reaches_the_main_path(window, qtbot):
    """Tab order reaches the ally picker, horizon and spending path from the keyboard."""
    window.show()
    qtbot.waitExposed(window)
    combo = window.ally_panel.ally_combo
    combo.setFocus()
    seen = set()
    widget = combo
    for _ in range(40):
        widget = widget.nextInFocusChain()
        seen.add(widget)
    assert window.ally_panel.horizon_spin in seen
    assert window.core_panel.mode_combo in seen
    window.core_panel.mode_combo.setFocus()
    qtbot.keyClick(window.core_panel.mode_combo, Qt.Key.Key_Down)
    assert window.controller.scenario.core.mode is SpendingMode.GROWTH


def test_many_slider_changes_drive_the_chart(window, qtbot):
    """Regression: hundreds of real slider moves → controller → chart, results and table.

    PySide6 6.12.0 aborted Python 3.11 after about 60 such updates ("none_dealloc").
    """
    window.show()
    qtbot.waitExposed(window)
    window.controller.merge_window_s = 1e9
    window.core_panel.mode_combo.setCurrentIndex(1)
    slider = window.core_panel.growth_slider.slider
    positions = [((i * 37) % 300) - 50 for i in range(400)]  # -5.0 .. 24.9 % a year
    for i, pos in enumerate(positions):
        slider.setValue(pos)
        if i % 50 == 0:
            QApplication.processEvents()
    QApplication.processEvents()
    expected = positions[-1] / 10
    proj = window.controller.projection
    assert window.controller.scenario.core.growth_pct == pytest.approx(expected)
    _x, y = window.chart.plots.core_curve.getData()
    np.testing.assert_allclose(y, proj.core_share_pct)
    # The yearly table follows while its tab is in front; behind another tab it catches up
    # when shown (main_window's shown_followers).
    window.output_tabs.setCurrentWidget(window.table_panel)
    assert window.table_panel.model.value(len(proj.years) - 1, 5) == pytest.approx(
        proj.core_share_pct[-1]
    )
    assert f"{expected:g} % a year" in window.sentence_bar.text()
    window.undo_action.trigger()  # the whole drag is one step back to the mode change
    assert window.controller.scenario.core.growth_pct == 5.0


def test_run_app_screenshot(tmp_path, qapp):
    from calculator.gui.app import run_app

    out = tmp_path / "shot.png"
    scenario = Scenario(core=CoreSpending(mode=SpendingMode.GROWTH, growth_pct=8.0))
    assert run_app(scenario, screenshot=out, size=(1024, 640)) == 0
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 640)


@pytest.fixture
def opened_datasets(monkeypatch):
    """The id of the dataset of every window opened while the test runs."""
    from calculator.gui import main_window

    seen: list[str] = []

    class RecordingWindow(main_window.MainWindow):
        def __init__(self, dataset, *args, **kwargs):
            super().__init__(dataset, *args, **kwargs)
            seen.append(self.controller.dataset.id)

    monkeypatch.setattr(main_window, "MainWindow", RecordingWindow)
    return seen


@pytest.fixture
def own_dataset(tmp_path):
    """A copy of the bundled data under its own manifest id, as ``--data`` would name it."""
    import json
    import shutil

    from calculator.resources import data_dir

    folder = tmp_path / "data"
    shutil.copytree(data_dir(), folder)
    manifest = folder / "manifest.json"
    data = json.loads(manifest.read_text(encoding="utf-8"))
    data["id"] = "own-copy"
    manifest.write_text(json.dumps(data), encoding="utf-8")
    return folder


def test_run_app_shows_the_dataset_it_is_given(tmp_path, qapp, own_dataset, opened_datasets):
    from calculator.gui.app import run_app
    from calculator.storage import bundled_dataset

    ds = bundled_dataset(own_dataset)
    assert run_app(screenshot=tmp_path / "shot.png", size=(800, 500), dataset=ds) == 0
    assert opened_datasets == ["own-copy"]


def test_data_option_reaches_the_window(tmp_path, qapp, own_dataset, opened_datasets):
    from calculator.cli import main

    assert main(["--data", str(own_dataset), "--screenshot", str(tmp_path / "shot.png")]) == 0
    assert opened_datasets == ["own-copy"]


def test_importing_app_imports_no_qt():
    import subprocess
    import sys

    code = (
        "import sys, calculator.gui.app; "
        "sys.exit(any(m.startswith(('PySide6', 'pyqtgraph')) for m in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_country_caveat_is_shown_with_the_results(window):
    """Bulgaria's figures are in leva although it adopted the euro: the results say so."""
    window.controller.update(country="BGR")
    text = window.results_panel.info_label.text()
    assert "leva (BGN)" in text
    assert "1 January 2026" in text


def test_extra_spending_says_more_or_less_for_each_baseline(window):
    """Poland adding 10 bn a year spends less than a constant share, more than a freeze."""
    ctrl = window.controller
    label = window.results_panel.extra_label
    assert "the same as a constant share" in label.text()
    ctrl.update(country="POL", core={"mode": "increment", "increment_bn": 10.0})
    proj = ctrl.projection
    const = proj.cumulative(proj.extra_vs_constant_share_bn, 2035)
    cash = proj.cumulative(proj.extra_vs_cash_freeze_bn, 2035)
    assert const < 0 < cash
    text = label.text()
    assert f"{-const:,.1f} bn PLN less than a constant share" in text
    assert f"{cash:,.1f} bn PLN more than a cash freeze" in text
    assert "more than a real freeze" in text
    assert not re.search(r"-\d", text)
    ctrl.update(core={"increment_bn": -5.0})
    text = label.text()
    for baseline in ("a constant share", "a cash freeze", "a real freeze"):
        assert f"less than {baseline}" in text
    assert not re.search(r"-\d", text)


def test_related_spending_above_the_cap_is_explained(window):
    """Above 1.5 % of GDP, the results and the related panel say only 1.5 % counts."""
    ctrl = window.controller
    panel = window.related_panel
    info = window.results_panel.info_label
    cap_sentence = "counts only up to 1.5 % in the total"
    assert cap_sentence not in info.text()
    assert not panel.cap_label.isVisibleTo(panel)
    ctrl.update(related={"share_pct": 2.5})
    assert cap_sentence in info.text()
    assert "2.50 %" in info.text()
    assert panel.cap_label.isVisibleTo(panel)
    assert cap_sentence in panel.cap_label.text()
    ctrl.update(related={"share_pct": 1.5})  # at the cap: all of it counts
    assert cap_sentence not in info.text()
    assert not panel.cap_label.isVisibleTo(panel)
    # Any year counts: a glide that passes the cap only near the horizon.
    ctrl.update(
        related={"mode": "glide", "share_pct": 0.0, "glide_target_pct": 2.0, "glide_year": 2035}
    )
    assert cap_sentence in info.text()
    assert panel.cap_label.isVisibleTo(panel)


@pytest.mark.parametrize("size", [(1400, 900), (1280, 720), (1024, 640)])
def test_results_columns_fit_header_and_texts(window, qtbot, size):
    """Wide money columns: every text fits its cell, on one line or (rows twice as high) two.

    At 1280x720 and up the table never needs a sideways scroll bar; past that it scrolls.
    """
    from calculator.gui.results import _two_line_width

    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.controller.update(
        country="TUR", economy={"preset": "constant", "real_growth_pct": 3.0, "inflation_pct": 30.0}
    )
    QApplication.processEvents()
    table = window.results_panel.table
    header = table.horizontalHeader()
    two_lines = table.rowHeight(0) >= 2 * table.fontMetrics().lineSpacing()
    for c in range(table.columnCount()):
        width = header.sectionSize(c)
        title = table.horizontalHeaderItem(c).text()
        assert header.fontMetrics().horizontalAdvance(title) < width, title
        for r in range(table.rowCount()):
            text = table.item(r, c).text()
            need = (
                _two_line_width(table.fontMetrics(), text)
                if two_lines
                else table.fontMetrics().horizontalAdvance(text)
            )
            assert need < width, text
    scrolls = header.length() > table.viewport().width()
    assert table.horizontalScrollBar().isVisible() == scrolls
    if size[0] >= 1280:
        assert not scrolls
    # the scroll bar, when shown, does not cover the last row
    rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
    assert table.viewport().height() >= rows


def test_inputs_column_never_clips(window, qtbot):
    """Whatever the spending mode or currency, the inputs fit their column at 1024x640."""
    window.resize(1024, 640)
    window.show()
    qtbot.waitExposed(window)
    scroll = window.inputs_scroll
    inputs = scroll.widget()
    assert scroll.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    for country in ("LUX", "POL", "USA"):
        for mode in SpendingMode:
            window.controller.update(country=country, core={"mode": mode})
            QApplication.processEvents()
            assert scroll.viewport().width() >= inputs.minimumSizeHint().width(), (country, mode)
            assert inputs.width() <= scroll.viewport().width(), (country, mode)
            assert scroll.width() >= scroll.minimumWidth()  # the splitter does not squeeze it
    combo = window.economy_panel.preset_combo
    assert combo.width() >= combo.sizeHint().width()  # "IMF baseline (WEO Oct 2025)" in full


def test_already_met_wording_is_consistent(window):
    """Poland: 'already met in 2026' in the table (the phrasebook's one wording), never '(2026)'."""
    window.controller.update(country="POL", core={"mode": "increment", "increment_bn": 10.0})
    table = window.results_panel.table
    assert [table.item(r, 1).text() for r in range(2)] == ["already met in 2026"] * 2
    assert table.item(2, 2).text() == "–"  # 5 % total: never reached, so nothing to hold
    chart = window.chart
    assert chart.plots.threshold_lines[1].label.toPlainText().endswith("· already met")
    texts = [label.text() for label in window.findChildren(QLabel)]
    texts += [
        table.item(r, c).text() for r in range(table.rowCount()) for c in range(table.columnCount())
    ]
    texts += [label.toPlainText() for label in chart.plots.crossing_labels if label.isVisible()]
    texts += [line.label.toPlainText() for line in chart.plots.threshold_lines if line.isVisible()]
    assert not [text for text in texts if "met (" in text or "(met)" in text]


def test_yearly_table_columns_fit_large_numbers(window, qtbot):
    """Türkiye's GDP runs to six digits of billions: the column widens to show it whole."""
    window.show()
    qtbot.waitExposed(window)
    panel = window.table_panel
    tabs = panel.parentWidget()
    while tabs is not None and not hasattr(tabs, "setCurrentWidget"):
        tabs = tabs.parentWidget()
    tabs.setCurrentWidget(panel)
    window.controller.update(country="TUR", base_year=None)
    view = panel.view
    metrics = view.fontMetrics()
    last_row = panel.model.rowCount() - 1
    text = panel.model.text(last_row, 1)  # GDP in the horizon year
    assert view.columnWidth(1) >= metrics.horizontalAdvance(text)
