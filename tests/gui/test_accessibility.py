"""Screen readers and keyboards: every focusable control is named, the chart has words, contrast."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QGuiApplication
from PySide6.QtWidgets import QAbstractScrollArea, QDialog, QStackedWidget, QWidget

from calculator.core.models import CoreSpending, Measure, Scenario, SpendingMode, Threshold
from calculator.core.projection import project
from calculator.exports import palette
from calculator.exports.phrases import describe_chart
from calculator.gui.dialogs import AboutDialog, MethodologyDialog
from calculator.gui.guide import ChartDescriptionDialog, GuideDialog
from calculator.gui.phrasing import qt_tr
from calculator.gui.widgets import ValueSlider


def _reachable(widget: QWidget, top: QWidget) -> bool:
    """Shown, or on a tab page that is merely not the current one."""
    w: QWidget | None = widget
    while w is not None and w is not top:
        parent = w.parentWidget()
        if w.isHidden() and not isinstance(parent, QStackedWidget):
            return False
        w = parent
    return True


def _named_target(widget: QWidget) -> QWidget:
    """The widget a screen reader announces for ``widget``.

    A spin box's line edit hands focus to the spin box; a view's viewport is read as its view.
    """
    while widget.focusProxy() is not None:
        widget = widget.focusProxy()
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget:
        return parent
    return widget


def _unnamed(top: QWidget) -> list[str]:
    """Focusable widgets under ``top`` whose accessible name (set or derived) is empty."""
    missing = []
    for w in top.findChildren(QWidget):
        if w.focusPolicy() == Qt.FocusPolicy.NoFocus or not _reachable(w, top):
            continue
        target = _named_target(w)
        iface = QAccessible.queryAccessibleInterface(target)
        name = iface.text(QAccessible.Text.Name) if iface is not None else ""
        if not name.strip():
            parent = target.parentWidget()
            missing.append(
                f"{type(target).__name__} in {type(parent).__name__ if parent else None}"
                f" ({target.objectName() or 'no object name'})"
            )
    return missing


def test_every_focusable_widget_of_the_window_has_a_name(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    for tabs in (window.view_tabs, window.output_tabs, window.chart.tabs):
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)  # every page laid out once
    assert _unnamed(window) == []


@pytest.mark.parametrize("make", ["about", "methodology", "guide", "describe"])
def test_every_focusable_widget_of_the_dialogs_has_a_name(window, qtbot, make):
    dialogs = {
        "about": lambda: AboutDialog(window.controller.dataset, window),
        "methodology": lambda: MethodologyDialog(window),
        "guide": lambda: GuideDialog(window),
        "describe": lambda: ChartDescriptionDialog(window.help.chart_text(), window),
    }
    dialog: QDialog = dialogs[make]()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert _unnamed(dialog) == []


def test_dataset_manager_is_named_if_present(window, qtbot):
    datasets = pytest.importorskip("calculator.gui.datasets")
    manager = getattr(datasets, "DatasetManagerDialog", None)
    if manager is None or getattr(window, "datasets", None) is None:
        pytest.skip("no dataset manager in this build")
    dialog = manager(window.datasets, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert _unnamed(dialog) == []


def test_tour_is_named_and_keyboard_only(window, qtbot):
    window.show()
    tour = window.help.show_tour()
    qtbot.waitExposed(tour)
    assert _unnamed(tour) == []
    assert tour.focusWidget() is tour.next_button  # Enter goes on; Tab reaches Back and Skip
    assert tour.next_button.isDefault()


def test_slider_reads_its_value_with_the_unit(qtbot):
    slider = ValueSlider(0.0, 20.0, suffix=" % a year")
    qtbot.addWidget(slider)
    slider.setAccessibleName("Growth")
    slider.setAccessibleDescription("Nominal growth of core spending")
    slider.set_value_silently(8.0)
    assert slider.slider.accessibleDescription() == "8.0 % a year. Nominal growth of core spending"
    slider.slider.setValue(95)  # a drag: model and description follow
    assert slider.slider.accessibleDescription().startswith("9.5 % a year")
    slider.spin.setValue(3.0)
    iface = QAccessible.queryAccessibleInterface(slider.slider)
    assert iface.text(QAccessible.Text.Description).startswith("3.0 % a year")
    assert iface.text(QAccessible.Text.Name) == "Growth"


def test_panel_sliders_carry_name_and_description(window):
    slider = window.core_panel.growth_slider
    assert slider.slider.accessibleName()
    assert slider.spin.accessibleDescription() == slider.toolTip()
    window.controller.update(core={"mode": SpendingMode.GROWTH, "growth_pct": 8.0})
    assert slider.slider.accessibleDescription().startswith("8.0 %")


def _spain_8(dataset):
    return project(
        dataset, Scenario(country="ESP", core=CoreSpending(mode=SpendingMode.GROWTH, growth_pct=8))
    )


def test_describe_chart_text(dataset):
    lines = describe_chart(_spain_8(dataset)).splitlines()
    assert lines[0] == "Chart of Spain's defence spending, 2014–2035."
    assert lines[1] == (
        "History (NATO, solid line): core spending was 0.92 % of GDP in 2014 and 2 % in 2026."
    )
    assert lines[2].startswith("Projection (dashed line): ")
    assert lines[2].endswith("the core share goes from 2 % in 2026 to 2.82 % in 2035.")
    thresholds = [line for line in lines if line.startswith("Threshold line ")]
    assert len(thresholds) == 3
    assert thresholds[0].startswith("Threshold line 2.1 % core")
    assert thresholds[0].endswith(": reached in 2028.")
    assert thresholds[1].endswith(": not by 2035 (2041 on this path).")
    assert (
        lines[-1]
        == "Money chart: core spending goes from 35.0 bn EUR in 2026 to 69.9 bn EUR in 2035."
    )
    flat = describe_chart(project(dataset, Scenario(country="POL")))
    assert "the core share stays at 4.68 % from 2026 to 2035" in flat
    assert "Threshold line 3.5 % core · Hague core, 2035: already met in 2026." in flat
    none = describe_chart(project(dataset, Scenario(country="ESP", thresholds=())))
    assert "No threshold is switched on." in none


def test_describe_chart_is_translated_through_the_hook(dataset):
    proj = project(dataset, Scenario(country="ESP"))
    shouted = describe_chart(proj, str.upper)
    assert shouted.startswith("CHART OF Spain'S DEFENCE SPENDING")  # names are data, kept


def test_describe_chart_action_shows_the_text(window, qtbot, monkeypatch):
    window.controller.update(core={"mode": SpendingMode.GROWTH, "growth_pct": 8.0})
    assert window.help.describe_action.shortcut().toString() == "Ctrl+Shift+D"
    shown: list[ChartDescriptionDialog] = []
    monkeypatch.setattr(ChartDescriptionDialog, "exec", lambda self: shown.append(self) or 0)
    window.help.describe_action.trigger()
    (dialog,) = shown
    qtbot.addWidget(dialog)
    expected = describe_chart(window.controller.projection, qt_tr)
    assert "to 2.82 % in 2035" in expected
    assert dialog.browser.toPlainText() == expected
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == expected
    help_menu = next(a for a in window.menuBar().actions() if a.text() == "&Help").menu()
    assert window.help.describe_action in help_menu.actions()


# ---------------------------------------------------------------------------- contrast (WCAG AA)


def test_contrast_ratio_matches_wcag_examples():
    assert palette.contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert palette.contrast_ratio("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)
    assert palette.contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("background", [palette.PLOT_BACKGROUND, palette.LABEL_FILL])
@pytest.mark.parametrize("colour", [*palette.THRESHOLD_COLOURS, palette.HISTORY_COLOUR])
def test_text_colours_meet_aa(colour, background):
    # threshold colours are their labels' text on the chart and the scoreboard
    assert palette.contrast_ratio(colour, background) >= palette.TEXT_CONTRAST_AA


@pytest.mark.parametrize(
    "colour", [palette.CORE_COLOUR, palette.TOTAL_COLOUR, *palette.OVERLAY_COLOURS]
)
def test_line_colours_meet_aa_for_graphics(colour):
    assert palette.contrast_ratio(colour, palette.PLOT_BACKGROUND) >= palette.GRAPHIC_CONTRAST_AA


def test_threshold_colours_stay_distinct_and_stable():
    known = list(palette.KNOWN_THRESHOLD_COLOURS.values())
    assert len(set(known)) == len(known)
    assert not set(known) & {palette.CORE_COLOUR, palette.TOTAL_COLOUR}
    assert not set(palette.OVERLAY_COLOURS) & set(palette.THRESHOLD_COLOURS)
    own = Threshold(value_pct=2.7, measure=Measure.CORE, target_year=2035, label="mine")
    assert palette.colour_of(own) == palette.colour_of(own.evolve(label="other"))
    assert palette.colour_of(own) in palette.OWN_THRESHOLD_COLOURS
