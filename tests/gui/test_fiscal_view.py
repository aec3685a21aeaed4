"""The Budget impact view: UI → view state → charts and texts; hidden views wait."""

from __future__ import annotations

import numpy as np
import pytest

from calculator.core.fiscal import EscapeClause
from calculator.exports.fiscal import FiscalOptions

pytestmark = pytest.mark.gui

GLIDE_35 = {"mode": "glide", "glide_target_pct": 3.5, "glide_year": 2035}


@pytest.fixture
def view(window):  # type: ignore[no-untyped-def]
    window.show()
    window.view_tabs.setCurrentWidget(window.fiscal_view)
    return window.fiscal_view


def _effect_2035(view) -> float:  # type: ignore[no-untyped-def]
    x, with_extra = view.debt_curve.getData()
    _, without = view.baseline_curve.getData()
    i = int(np.nonzero(x == 2035)[0][0])
    return float(with_extra[i] - without[i])


def test_canada_debt_effect_on_the_chart_and_in_the_sentence(window, view) -> None:  # type: ignore[no-untyped-def]
    window.controller.update(country="CAN", core=GLIDE_35)
    assert not view.dirty
    assert _effect_2035(view) == pytest.approx(6.63, abs=0.005)
    assert "borrowed at 3 %, this adds 6.6 points to debt by 2035." in view.sentence.text()
    assert "with interest at 3 % a year" in view.debt_label.text()
    assert "Canada is not in the EU" in view.escape_label.text()
    # the IMF's own debt ratios are marked to 2030, on the baseline there
    x, y = view.imf_points.getData()
    assert list(x) == [2026.0, 2027.0, 2028.0, 2029.0, 2030.0]
    _, base = view.baseline_curve.getData()
    np.testing.assert_allclose(y, base[:5], rtol=1e-4)
    # the extra deficit per year: one bar a projected year, as the engine computes it
    bars = view.deficit_bars.opts
    assert list(bars["x"]) == list(range(2027, 2036))
    np.testing.assert_allclose(bars["height"], view.impact.extra_deficit_pct_gdp[1:])


def test_financing_sliders_add_up_to_100_and_drive_the_debt(window, view, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.controller.update(country="CAN", core=GLIDE_35)
    scenario = window.controller.scenario
    full = _effect_2035(view)
    with qtbot.waitSignal(view.updated):
        view.borrowed.slider.setValue(40)
    assert view.taxes.value() == 60.0
    assert view.options.borrowed_pct == 40.0
    assert _effect_2035(view) == pytest.approx(0.4 * full, rel=0.02)
    assert "40 % borrowed at 3 %" in view.sentence.text()
    assert "takes a tax rise of" in view.financing_label.text()
    assert "% of general government revenue" in view.financing_label.text()
    with qtbot.waitSignal(view.updated):
        view.taxes.spin.setValue(100.0)  # all by taxes or cuts
    assert view.borrowed.value() == 0.0
    assert _effect_2035(view) == pytest.approx(0.0, abs=1e-9)
    assert window.controller.scenario == scenario  # view state: the scenario is untouched


def test_interest_rate_raises_the_debt_and_is_stated(window, view, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.controller.update(country="CAN", core=GLIDE_35)
    at_3 = _effect_2035(view)
    with qtbot.waitSignal(view.updated):
        view.interest.spin.setValue(6.0)
    assert view.options.interest_pct == 6.0
    assert _effect_2035(view) > at_3
    assert "interest rate of 6 % a year" in view.assumptions_label.text()


def test_model_to_view_writes_widgets_without_echo(window, view, counter) -> None:  # type: ignore[no-untyped-def]
    window.controller.update(country="ESP", core=GLIDE_35)
    updates = counter(view.updated)
    view.set_options(FiscalOptions(interest_pct=1.5, borrowed_pct=25.0, escape=EscapeClause.ON))
    assert updates.calls == 1  # one refresh, no loop through the widgets' signals
    assert (view.borrowed.value(), view.taxes.value(), view.interest.value()) == (25.0, 75.0, 1.5)
    assert view.escape.currentData() == "on"
    view.set_options(view.options)  # no change: nothing
    assert updates.calls == 1


def test_escape_clause_meter_poland_and_spain(window, view) -> None:  # type: ignore[no-untyped-def]
    window.controller.update(country="POL", core={**GLIDE_35, "glide_target_pct": 6.0})
    covered = view.covered_bars.opts
    assert list(covered["x"]) == list(range(2025, 2036))
    heights = list(covered["height"])
    assert heights[:4] == [1.5, 1.5, 1.5, 1.5]  # 2025-2028, capped
    assert heights[4:] == [0.0] * 7  # the 2028 cliff
    uncovered = view.uncovered_bars.opts
    np.testing.assert_allclose(uncovered["y0"], heights)  # stacked on the covered part
    assert uncovered["height"][-1] > 1.5
    assert view.cliff_line.value() == 2028.5
    assert "the 2028 cliff" in view.escape_label.text()
    assert "stands in for COFOG 02" in view.escape_label.text()
    window.controller.update(country="ESP")
    assert set(view.covered_bars.opts["height"]) == {0.0}
    assert "not activated for Spain" in view.escape_label.text()
    view.escape.setCurrentIndex(view.escape.findData("on"))
    assert max(view.covered_bars.opts["height"]) > 0.0


def test_germany_shows_the_debt_brake_note(window, view) -> None:  # type: ignore[no-untyped-def]
    window.controller.update(country="DEU", core=GLIDE_35)
    assert not view.debt_brake_label.isHidden()
    assert "above 1 % of GDP is exempt from the debt brake" in view.debt_brake_label.text()
    window.controller.update(country="FRA")
    assert view.debt_brake_label.isHidden()


def test_hidden_view_waits_until_shown(window) -> None:  # type: ignore[no-untyped-def]
    window.show()
    view = window.fiscal_view
    window.controller.update(country="CAN", core=GLIDE_35)
    assert view.dirty  # never shown yet: nothing computed
    window.view_tabs.setCurrentWidget(view)
    assert not view.dirty
    canada = view.debt_curve.getData()[1].copy()
    window.view_tabs.setCurrentWidget(window.output_split)
    window.controller.update(country="POL")
    assert view.dirty
    np.testing.assert_array_equal(view.debt_curve.getData()[1], canada)  # not redrawn
    window.view_tabs.setCurrentWidget(view)  # shown: catches up at once
    assert not view.dirty
    assert "Poland" in view.sentence.text()
    assert not np.array_equal(view.debt_curve.getData()[1], canada)


def test_a_long_title_never_widens_a_chart_past_its_widget(window, view, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A French title ("Clause dérogatoire de l'UE : désactivée") once laid the small charts
    out wider than their widgets, cutting off their right side at 1400 px."""
    from calculator.gui.fiscal_view import _set_title

    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    for plot in (view.deficit_plot, view.escape_plot):
        _set_title(plot.getPlotItem(), "Clause dérogatoire de l'UE : désactivée " * 2, small=True)
    qtbot.wait(50)
    for plot in (view.deficit_plot, view.escape_plot):
        assert plot.getPlotItem().geometry().width() <= plot.viewport().width() + 1
