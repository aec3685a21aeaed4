"""Economy panel, per-year overrides table: UI → model, model → UI, no write-back."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from calculator.core.models import YearOverride


@pytest.fixture
def panel(window):
    return window.economy_panel


def _texts(table):
    return [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]


def test_add_row_then_type_values(panel, ctrl):
    base = ctrl.projection.base_year
    panel.override_add_button.click()
    assert ctrl.scenario.economy.overrides == (YearOverride(year=base + 1),)
    assert _texts(panel.overrides_table) == [(str(base + 1), "", "")]
    assert panel.overrides_table.currentRow() == 0
    panel.overrides_table.item(0, 1).setText("3,5 %")  # a comma and a unit are fine
    assert ctrl.scenario.economy.overrides[0].real_growth_pct == 3.5
    assert ctrl.projection.real_growth_pct[1] == 3.5
    panel.overrides_table.item(0, 2).setText("7")
    assert ctrl.scenario.economy.overrides[0].inflation_pct == 7.0
    assert ctrl.projection.inflation_pct[1] == 7.0
    panel.override_add_button.click()
    assert [o.year for o in ctrl.scenario.economy.overrides] == [base + 1, base + 2]
    panel.overrides_table.item(0, 1).setText("")  # blank: back to the preset
    assert ctrl.scenario.economy.overrides[0].real_growth_pct is None


def test_changing_a_year_keeps_rows_in_order(panel, ctrl):
    ctrl.update(
        economy={
            "overrides": (
                {"year": 2030, "real_growth_pct": 1.0},
                {"year": 2031, "real_growth_pct": 2.0},
            )
        }
    )
    panel.overrides_table.item(0, 0).setText("2040")
    assert [o.year for o in ctrl.scenario.economy.overrides] == [2031, 2040]
    assert _texts(panel.overrides_table) == [("2031", "2", ""), ("2040", "1", "")]


def test_model_to_view_without_write_back(panel, ctrl, counter):
    changed = counter(ctrl.scenarioChanged)
    ctrl.update(economy={"overrides": ({"year": 2030, "inflation_pct": 4.0},)})
    assert changed.calls == 1
    assert _texts(panel.overrides_table) == [("2030", "", "4")]
    ctrl.undo()
    assert panel.overrides_table.rowCount() == 0
    assert changed.calls == 2
    assert not panel.override_remove_button.isEnabled()


def test_bad_text_is_refused_and_stays_to_be_fixed(panel, ctrl, qtbot):
    """Issue 10: the message names the field as the window shows it; the typed text stays."""
    ctrl.update(
        economy={
            "overrides": (
                {"year": 2030, "real_growth_pct": 1.0},
                {"year": 2031},
            )
        }
    )
    before = ctrl.scenario
    with qtbot.waitSignal(ctrl.errorOccurred) as blocker:
        panel.overrides_table.item(0, 1).setText("fast")
    message = blocker.args[0]
    assert message.startswith("Per-year overrides, 2030: real growth 'fast' is not a number")
    assert "real_growth_pct" not in message
    assert "economy." not in message
    assert ctrl.scenario == before
    assert panel.overrides_table.item(0, 1).text() == "fast"  # kept, to be fixed
    panel.overrides_table.item(0, 1).setText("1.5")  # fixed: accepted
    assert ctrl.scenario.economy.overrides[0].real_growth_pct == 1.5
    before = ctrl.scenario
    with qtbot.waitSignal(ctrl.errorOccurred) as blocker:
        panel.overrides_table.item(1, 0).setText("2030")  # the same year twice
    assert "only once" in blocker.args[0]
    assert panel.overrides_table.item(1, 0).text() == "2030"
    panel.overrides_table.item(1, 0).setText("2031")
    assert ctrl.scenario == before
    with qtbot.waitSignal(ctrl.errorOccurred):
        panel.overrides_table.item(0, 1).setText("40")  # out of range
    assert ctrl.scenario == before


def test_remove_selected_rows(panel, ctrl, qtbot):
    ctrl.update(economy={"overrides": ({"year": 2030}, {"year": 2031}, {"year": 2032})})
    panel.overrides_table.selectRow(1)
    panel.override_remove_button.click()
    assert [o.year for o in ctrl.scenario.economy.overrides] == [2030, 2032]


def test_keyboard_edit(panel, ctrl, qtbot, window):
    window.show()
    qtbot.waitExposed(window)
    panel.override_add_button.click()
    table = panel.overrides_table
    table.setCurrentCell(0, 1)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: table.viewport().findChild(QLineEdit) is not None)
    editor = table.viewport().findChild(QLineEdit)
    qtbot.keyClicks(editor, "2.5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop
    qtbot.waitUntil(lambda: ctrl.scenario.economy.overrides[0].real_growth_pct == 2.5)
    assert _texts(table)[0][1] == "2.5"
