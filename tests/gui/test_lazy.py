"""Pages not on screen at start are built when first shown or asked for (calculator.gui.lazy)."""

from PySide6.QtWidgets import QTabWidget, QWidget

from calculator.core.models import SpendingMode
from calculator.gui.lazy import LazyTabs

LAZY_VIEWS = ("alliance", "fiscal", "uncertainty")


def _texts(tabs: QTabWidget) -> list[str]:
    return [tabs.tabText(i) for i in range(tabs.count())]


def test_hidden_views_are_not_built_at_start(window, qtbot):
    from calculator.gui.alliance import AllianceView
    from calculator.gui.compare import ComparePanel

    window.show()
    qtbot.waitExposed(window)
    for name in LAZY_VIEWS:
        assert not window.view_pages.is_built(name), name
    assert not window.output_pages.is_built("compare")
    assert not window.findChildren(AllianceView)
    assert not window.findChildren(ComparePanel)
    assert window.view_tabs.count() == 5  # every tab is there, built or not


def test_showing_a_tab_builds_its_page_in_place(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    tabs = window.view_tabs
    before = _texts(tabs)
    tabs.setCurrentIndex(1)
    assert window.view_pages.is_built("alliance")
    assert tabs.currentIndex() == 1
    assert tabs.currentWidget() is window.alliance_view
    assert _texts(tabs) == before
    assert window.alliance_view.isVisible()
    assert not window.alliance_view.dirty  # it computed on its first show
    # the menu and shortcut reach the built page, and opening an ally goes back
    window.ally_view_action.trigger()
    assert tabs.currentWidget() is window.output_split
    window.alliance_view_action.trigger()
    assert tabs.currentWidget() is window.alliance_view


def test_asking_for_a_page_builds_it_without_changing_tab(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    tabs = window.view_tabs
    before = _texts(tabs)
    view = window.fiscal_view
    assert tabs.indexOf(view) == 2
    assert tabs.currentWidget() is window.output_split
    assert _texts(tabs) == before
    assert window.output_tabs.indexOf(window.compare_panel) == 2
    assert window.output_tabs.currentWidget() is window.results_scroll


def test_a_page_built_late_shows_the_current_scenario(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    window.controller.update(country="POL", core={"mode": SpendingMode.GROWTH, "growth_pct": 7.0})
    window.view_tabs.setCurrentIndex(1)
    view = window.alliance_view
    assert view.highlighted == "POL"
    assert all(p.scenario.core.growth_pct == 7.0 for p in view.model.projections())


def test_reports_get_no_band_before_the_uncertainty_view_exists(window):
    assert window.files.exports.uncertainty() is None
    assert not window.view_pages.is_built("uncertainty")
    assert window.uncertainty.result is None  # asking builds it
    assert window.view_pages.is_built("uncertainty")


def test_lazy_tabs_keep_index_text_tip_and_current(qtbot):
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.addTab(QWidget(), "&First")
    lazy = LazyTabs(tabs)
    built: list[str] = []
    lazy.built.connect(built.append)
    pages: dict[str, QWidget] = {}

    def make(name: str) -> QWidget:
        pages[name] = QWidget()
        return pages[name]

    lazy.add("b", "&Second", lambda: make("b"))
    lazy.add("c", "&Third", lambda: make("c"))
    tabs.setTabToolTip(2, "the third")
    tabs.show()
    qtbot.waitExposed(tabs)
    assert not pages
    tabs.setCurrentIndex(2)
    assert built == ["c"]
    assert tabs.currentWidget() is pages["c"]
    assert tabs.currentIndex() == 2
    assert tabs.tabToolTip(2) == "the third"
    assert lazy.page("b") is pages["b"]
    assert tabs.indexOf(pages["b"]) == 1
    assert tabs.currentIndex() == 2  # asking for b did not bring it to the front
    assert lazy.page("b") is pages["b"]
    assert built == ["c", "b"]
    assert _texts(tabs) == ["&First", "&Second", "&Third"]


def test_views_behind_another_tab_catch_up_when_shown(window, qtbot):
    """On the alliance tab a change costs the This-ally views nothing until they are shown."""
    window.show()
    qtbot.waitExposed(window)
    window.view_tabs.setCurrentWidget(window.alliance_view)
    table = window.table_panel
    last = table.model.rowCount() - 1
    before = table.model.value(last, 5)
    window.controller.update(core={"mode": SpendingMode.GLIDE, "glide_target_pct": 5.0})
    followers = {f._widget: f for f in window.shown_followers}
    assert followers[table].pending
    assert followers[window.output_split].pending  # the caveat banner follows its page
    assert table.model.value(last, 5) == before
    window.view_tabs.setCurrentWidget(window.output_split)
    window.output_tabs.setCurrentWidget(table)
    proj = window.controller.projection
    assert not followers[table].pending
    assert table.model.value(len(proj.years) - 1, 5) == proj.core_share_pct[-1]
