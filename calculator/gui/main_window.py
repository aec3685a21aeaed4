"""MainWindow: composition only; panels, chart and results talk to the controller alone."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from calculator.core.dataset import Dataset
from calculator.core.models import Scenario
from calculator.core.projection import Projection
from calculator.exports.locales import LANGUAGE_NAMES, active_language
from calculator.gui.chart import ProjectionChart
from calculator.gui.compare import ComparePanel, PinnedScenarios
from calculator.gui.controller import ScenarioController
from calculator.gui.datasets import DatasetActions, VintagesView
from calculator.gui.dialogs import AboutDialog, MethodologyDialog
from calculator.gui.files.autosave import RecoveryPrompt
from calculator.gui.files.documents import ScenarioFiles
from calculator.gui.guide import HelpActions
from calculator.gui.inputs.ally import AllyPanel
from calculator.gui.inputs.claim import ClaimPanel
from calculator.gui.inputs.core_spending import CoreSpendingPanel
from calculator.gui.inputs.economy import EconomyPanel
from calculator.gui.inputs.money import MoneyPanel
from calculator.gui.inputs.related import RelatedSpendingPanel
from calculator.gui.inputs.scenario import ScenarioPanel
from calculator.gui.inputs.thresholds import ThresholdsPanel
from calculator.gui.language import LanguageMenu
from calculator.gui.lazy import LazyTabs
from calculator.gui.results import ResultsPanel, SentenceBar, YearTablePanel
from calculator.gui.scoreboard import CaveatBanner, Scoreboard
from calculator.gui.updates import WhenShown

if TYPE_CHECKING:  # built on first show (see _build_* and calculator.gui.lazy)
    from calculator.exports.uncertainty import UncertaintyResult
    from calculator.gui.alliance import AllianceView
    from calculator.gui.fiscal_view import FiscalView
    from calculator.gui.uncertainty import UncertaintyLink, UncertaintyView

MIN_CHART_HEIGHT = 300  # the chart with its tabs, legend and read-out stays readable
ERROR_STYLE = (
    "QLabel { background: #FDECEA; color: #7A1C12; border: 1px solid #E8A89F;"
    " border-radius: 3px; padding: 4px 6px; }"
)


class MainWindow(QMainWindow):
    """The calculator window.

    ``settings`` stores the window layout and the last ally; ``None`` (tests, screenshots)
    remembers nothing, so user folders are never touched.
    """

    def __init__(
        self,
        dataset: Dataset,
        settings: QSettings | None = None,
        scenario: Scenario | None = None,
        parent: QWidget | None = None,
        *,
        autosave_dir: Path | None = None,
        recovery_prompt: RecoveryPrompt | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self._split_restored = False
        self._uncertainty: UncertaintyLink | None = None
        self.controller = ScenarioController(dataset, parent=self)
        self.setWindowTitle(self.tr("Defence Budget What-If Calculator"))

        # inputs, left, scrollable so that small screens still reach every control
        self.scenario_panel = ScenarioPanel(self.controller)
        self.ally_panel = AllyPanel(self.controller)
        self.economy_panel = EconomyPanel(self.controller)
        self.core_panel = CoreSpendingPanel(self.controller)
        self.related_panel = RelatedSpendingPanel(self.controller)
        self.thresholds_panel = ThresholdsPanel(self.controller)
        self.money_panel = MoneyPanel(self.controller)  # units and baseline of the results
        self.claim_panel = ClaimPanel(self.controller)  # the implied-GDP check of a claim
        inputs = QWidget()
        column = QVBoxLayout(inputs)
        column.setContentsMargins(4, 4, 4, 4)
        for panel in (
            self.scenario_panel,
            self.ally_panel,
            self.core_panel,
            self.economy_panel,
            self.related_panel,
            self.thresholds_panel,
            self.money_panel,
            self.claim_panel,
        ):
            column.addWidget(panel)
        column.addStretch(1)
        self.inputs_scroll = QScrollArea()
        self.inputs_scroll.setWidget(inputs)
        self.inputs_scroll.setWidgetResizable(True)
        self.inputs_scroll.setAccessibleName(self.tr("Assumptions"))
        # The column is kept at least as wide as its inputs need (see _fit_inputs_width); the
        # horizontal bar is the safety net for anything narrower: scroll, never clip.
        self.inputs_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._inputs = inputs
        self._inputs_min = 0
        self._fit_inputs_width()
        bar = self.inputs_scroll.verticalScrollBar().sizeHint().width()
        self._inputs_width = inputs.sizeHint().width() + bar + 2 * self.inputs_scroll.frameWidth()
        # An input's minimum width changes with its content (core spending mode, currency):
        # the column follows it.
        inputs.installEventFilter(self)

        # outputs, right
        self.error_banner = QLabel()
        self.error_banner.setStyleSheet(ERROR_STYLE)
        self.error_banner.setWordWrap(True)
        self.error_banner.setAccessibleName(self.tr("Error"))
        self.error_banner.hide()
        self.chart = ProjectionChart()
        self.sentence_bar = SentenceBar(self.controller)
        self.results_panel = ResultsPanel(self.controller)
        self.results_scroll = QScrollArea()
        self.results_scroll.setWidget(self.results_panel)
        self.results_scroll.setWidgetResizable(True)
        self.results_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.results_scroll.setAccessibleName(self.tr("Results by threshold"))
        self.table_panel = YearTablePanel(self.controller)
        self.output_tabs = QTabWidget()
        self.output_tabs.addTab(self.results_scroll, self.tr("&Results"))
        self.output_tabs.addTab(self.table_panel, self.tr("&Yearly table"))
        # compare: pinned scenarios (state for autosave) and their panel; see compare.py
        self.pinned = PinnedScenarios(dataset, parent=self)
        # Pages not on screen at start are built when first shown or asked for (lazy.py).
        self.output_pages = LazyTabs(self.output_tabs)
        self.output_pages.add(
            "compare", self.tr("&Compare"), lambda: ComparePanel(self.controller, self.pinned)
        )
        self.output_tabs.setAccessibleName(self.tr("Results"))
        # the answer at a glance: the scoreboard above the chart, the ally's caveats beside it
        self.scoreboard = Scoreboard(self.controller)
        self.caveat_banner = CaveatBanner(self.controller, self.chart.plots)
        chart_page = QWidget()
        chart_column = QVBoxLayout(chart_page)
        chart_column.setContentsMargins(0, 0, 0, 0)
        chart_column.setSpacing(4)
        chart_column.addWidget(self.scoreboard)
        chart_row = QHBoxLayout()
        chart_row.setContentsMargins(0, 0, 0, 0)
        chart_row.addWidget(self.chart, 1)
        chart_row.addWidget(self.caveat_banner)
        chart_column.addLayout(chart_row, 1)
        self.caveat_banner.set_projection(self.controller.projection)  # hidden if nothing to say
        self.output_split = QSplitter(Qt.Orientation.Vertical)
        self.output_split.addWidget(chart_page)
        self.output_split.addWidget(self.output_tabs)
        self.output_split.setStretchFactor(0, 3)
        self.output_split.setStretchFactor(1, 2)
        self.output_split.setChildrenCollapsible(False)
        self._output_split_moved = False
        self.output_split.splitterMoved.connect(self._on_output_split_splitter_moved)
        self.output_split.installEventFilter(self)
        outputs = QWidget()
        right = QVBoxLayout(outputs)
        right.setContentsMargins(0, 4, 4, 0)
        right.addWidget(self.error_banner)
        right.addWidget(self.sentence_bar)
        # this ally (chart + results) | alliance overview (alliance.py) | the deficit and debt
        # the extra spending implies (fiscal_view.py) | how sure: Monte Carlo odds, band and
        # sensitivity, off until asked (uncertainty.py). All but the first built when shown.
        self.view_tabs = QTabWidget()
        self.view_tabs.setDocumentMode(True)
        self.view_tabs.addTab(self.output_split, self.tr("&This ally"))
        self.view_pages = LazyTabs(self.view_tabs)
        self.view_pages.add("alliance", self.tr("All&iance overview"), self._build_alliance_view)
        self.view_pages.add("fiscal", self.tr("&Budget impact"), self._build_fiscal_view)
        self.view_pages.add("uncertainty", self.tr("Ho&w sure?"), self._build_uncertainty_view)
        self.view_tabs.setAccessibleName(self.tr("View"))
        right.addWidget(self.view_tabs, 1)

        self.main_split = QSplitter(Qt.Orientation.Horizontal)
        self.main_split.addWidget(self.inputs_scroll)
        self.main_split.addWidget(outputs)
        self.main_split.setStretchFactor(0, 0)
        self.main_split.setStretchFactor(1, 1)
        self.main_split.setChildrenCollapsible(False)
        self.main_split.splitterMoved.connect(self._on_main_split_splitter_moved)
        self.setCentralWidget(self.main_split)

        # files, recent files, autosave (None: off) and exports; see calculator/gui/files/
        self.files = ScenarioFiles(
            self,
            self.controller,
            flush_edits=self.scenario_panel.flush,
            status=self.show_status,
            pinned=self.pinned,
            settings=settings,
            autosave_dir=autosave_dir,
            recovery_prompt=recovery_prompt,
        )
        self.files.exports.uncertainty = self._uncertainty_result  # reports get the band
        # Data menu, dataset switches, the status bar's dataset and Vintages; see datasets.py
        self.datasets = DatasetActions(self, self.controller, self.pinned, self.show_status)
        self.files.switch_dataset = self.datasets.switch_to
        self.vintages_view = VintagesView(self.controller, self.datasets)
        self.view_tabs.addTab(self.vintages_view, self.tr("Vi&ntages"))
        # File ▸ Export ▸ Include what changed between editions (the Vintages tab's choice)
        self.files.exports.vintages = self.vintages_view.report_comparison
        self.files.exports.menu.addSeparator()
        self.files.exports.menu.addAction(self.vintages_view.include_action)
        self._build_menus()
        self.dataset_label = self.datasets.status_label
        self.statusBar().addPermanentWidget(self.dataset_label)

        # The views of "This ally" follow the projection while on screen; behind another tab
        # they keep only the latest and catch up when shown (a drag with the overview in front
        # costs them nothing). The panels connect themselves; they are re-routed here.
        self.shown_followers: list[WhenShown] = []
        # The caveat banner hides itself when it has nothing to say, so it follows its page.
        for view, apply in (
            (self.chart, self.chart.set_projection),
            (self.scoreboard, self.scoreboard.set_projection),
            (self.results_panel, self.results_panel.set_projection),
            (self.table_panel, self.table_panel.set_projection),
            (self.output_split, self.caveat_banner.set_projection),
        ):
            if view is not self.chart:
                self.controller.projectionChanged.disconnect(apply)
            follower = WhenShown(view, apply)
            self.shown_followers.append(follower)
            self.controller.projectionChanged.connect(follower)
        # The title follows scenarioChanged (see ScenarioFiles): not again for the projection.
        self.controller.liveChanged.connect(self.chart.set_live)  # y-range held while dragged
        self.controller.errorOccurred.connect(self._on_model_error_occurred)
        self.controller.errorCleared.connect(self._on_model_error_cleared)
        self.controller.undoAvailableChanged.connect(self.undo_action.setEnabled)
        self.controller.redoAvailableChanged.connect(self.redo_action.setEnabled)
        self.chart.set_projection(self.controller.projection)
        self._on_model_projection_changed(self.controller.projection)
        self._restore_settings(scenario)
        self.files.start()  # after the starting scenario: may offer crash recovery
        self.help.start()  # the first-run tour, once (never without settings)

    # ------------------------------------------------------------------ pages built when shown
    @property
    def alliance_view(self) -> AllianceView:
        """The alliance overview (built now if it was not yet)."""
        return cast("AllianceView", self.view_pages.page("alliance"))

    @property
    def fiscal_view(self) -> FiscalView:
        """The budget impact view (built now if it was not yet)."""
        return cast("FiscalView", self.view_pages.page("fiscal"))

    @property
    def uncertainty_view(self) -> UncertaintyView:
        """The "How sure?" view (built now if it was not yet)."""
        return cast("UncertaintyView", self.view_pages.page("uncertainty"))

    @property
    def uncertainty(self) -> UncertaintyLink:
        """The wiring of the "How sure?" view to the chart and scoreboard (built with it)."""
        self.view_pages.page("uncertainty")
        assert self._uncertainty is not None
        return self._uncertainty

    @property
    def compare_panel(self) -> ComparePanel:
        """The Compare tab (built now if it was not yet)."""
        return cast(ComparePanel, self.output_pages.page("compare"))

    def _build_alliance_view(self) -> QWidget:
        from calculator.gui.alliance import AllianceView

        view = AllianceView(self.controller)
        view.allyActivated.connect(self._on_alliance_view_ally_activated)
        return view

    def _build_fiscal_view(self) -> QWidget:
        from calculator.gui.fiscal_view import FiscalView

        return FiscalView(self.controller)

    def _build_uncertainty_view(self) -> QWidget:
        from calculator.gui.uncertainty import UncertaintyLink, UncertaintyRunner, UncertaintyView

        view = UncertaintyView()
        self._uncertainty = UncertaintyLink(
            self.controller,
            UncertaintyRunner(self.controller.dataset, parent=self),
            view,
            self.chart.plots,
            self.scoreboard,
        )
        return view

    def _uncertainty_result(self) -> UncertaintyResult | None:
        """The latest draws for reports, ``None`` if the view was never opened or is off."""
        link = self._uncertainty if self.view_pages.is_built("uncertainty") else None
        return None if link is None else link.result

    def show_status(self, message: str) -> None:
        """Show a one-line message in the status bar for a few seconds."""
        self.statusBar().showMessage(message, 8000)

    # ------------------------------------------------------------------ menus
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.files.populate_menu(file_menu)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        edit = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = QAction(self.tr("&Undo"), self)
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.undo_action.setEnabled(False)
        self.undo_action.triggered.connect(self.controller.undo)
        self.redo_action = QAction(self.tr("&Redo"), self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.setEnabled(False)
        self.redo_action.triggered.connect(self.controller.redo)
        self.reset_action = QAction(self.tr("Reset to &defaults"), self)
        self.reset_action.setToolTip(self.tr("Default assumptions for the selected ally"))
        self.reset_action.triggered.connect(self.controller.reset)
        for action in (self.undo_action, self.redo_action):
            edit.addAction(action)
        edit.addSeparator()
        edit.addAction(self.reset_action)

        self._build_compare_menus()
        self.datasets.populate_menu(self.menuBar().addMenu(self.tr("&Data")))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        # User guide, Tour, Describe chart (Ctrl+Shift+D); see guide.py
        self.help = HelpActions(self, self.controller, self.settings)
        help_menu.addActions(self.help.actions())
        help_menu.addSeparator()
        self.methodology_action = QAction(self.tr("&Methodology"), self)
        self.methodology_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.methodology_action.triggered.connect(self._on_methodology_action_triggered)
        self.about_action = QAction(self.tr("&About and sources"), self)
        self.about_action.triggered.connect(self._on_about_action_triggered)
        help_menu.addAction(self.methodology_action)
        help_menu.addAction(self.about_action)

    @Slot(int, int)
    def _on_main_split_splitter_moved(self, _pos: int, _index: int) -> None:
        self._split_restored = True

    @Slot(int, int)
    def _on_output_split_splitter_moved(self, _pos: int, _index: int) -> None:
        self._output_split_moved = True

    def _fit_output_split(self) -> None:
        """Chart above, results below: room for ten years of the yearly table where it fits.

        On a 900-pixel-high screen the table shows at least ten rows; on smaller ones the chart
        keeps at least :data:`MIN_CHART_HEIGHT` and the results get about two fifths.
        """
        total = self.output_split.height() - self.output_split.handleWidth()
        if total <= 0:
            return
        tab_bar = self.output_tabs.tabBar().sizeHint().height()
        want = self.table_panel.height_for_rows(10) + tab_bar + 12
        chart_min = self.scoreboard.height() + MIN_CHART_HEIGHT
        below = max(int(total * 0.4), min(want, total - chart_min))
        self.output_split.setSizes([total - below, below])

    def _fit_inputs_width(self) -> None:
        """Keep the inputs column (and so the splitter) no narrower than the inputs need."""
        scroll = self.inputs_scroll
        need = (
            self._inputs.minimumSizeHint().width()
            + 2 * scroll.frameWidth()
            + scroll.verticalScrollBar().sizeHint().width()
        )
        if need != self._inputs_min:
            self._inputs_min = need
            scroll.setMinimumWidth(need)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Follow the inputs' minimum width; share the chart and results height on resize.

        Qt may call this before ``__init__`` has made the watched widgets (QMainWindow filters
        some of its own children's events), so every attribute is looked up with a default.
        """
        if watched is getattr(self, "_inputs", None) and event.type() == QEvent.Type.LayoutRequest:
            self._fit_inputs_width()
        elif (
            watched is getattr(self, "output_split", None)
            and event.type() == QEvent.Type.Resize
            and not getattr(self, "_output_split_moved", True)
        ):
            self._fit_output_split()
        return super().eventFilter(watched, event)

    @Slot()
    def _on_methodology_action_triggered(self) -> None:
        MethodologyDialog(self).exec()

    @Slot()
    def _on_about_action_triggered(self) -> None:
        AboutDialog(self.controller.dataset, self).exec()

    @Slot(str)
    def _on_language_chosen(self, code: str) -> None:
        self.statusBar().showMessage(
            self.tr("{0}: the window speaks it from the next start").format(LANGUAGE_NAMES[code]),
            8000,
        )

    # ------------------------------------------------------------------ alliance and compare
    def _build_compare_menus(self) -> None:
        view = self.menuBar().addMenu(self.tr("&View"))
        self.ally_view_action = QAction(self.tr("&This ally"), self)
        self.ally_view_action.setShortcut(QKeySequence("Ctrl+1"))
        self.ally_view_action.triggered.connect(self._on_ally_view_action_triggered)
        self.alliance_view_action = QAction(self.tr("All&iance overview"), self)
        self.alliance_view_action.setShortcut(QKeySequence("Ctrl+2"))
        self.alliance_view_action.setToolTip(self.tr("Every ally under the current assumptions"))
        self.alliance_view_action.triggered.connect(self._on_alliance_view_action_triggered)
        self.compare_view_action = QAction(self.tr("&Compare pinned scenarios"), self)
        self.compare_view_action.setShortcut(QKeySequence("Ctrl+3"))
        self.compare_view_action.triggered.connect(self._on_compare_view_action_triggered)
        for action in (self.ally_view_action, self.alliance_view_action, self.compare_view_action):
            view.addAction(action)
        view.addSeparator()
        self.language_menu = LanguageMenu(self.settings, active_language(), view)
        self.language_menu.languageChosen.connect(self._on_language_chosen)
        view.addMenu(self.language_menu)

        scenarios = self.menuBar().addMenu(self.tr("&Scenarios"))
        self.pin_action = QAction(self.tr("&Pin current scenario"), self)
        self.pin_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.pin_action.setToolTip(
            self.tr("Keep the current assumptions on the share chart for comparison (up to 5)")
        )
        self.pin_action.triggered.connect(self._on_pin_action_triggered)
        self.unpin_all_action = QAction(self.tr("&Unpin all"), self)
        self.unpin_all_action.setEnabled(False)
        self.unpin_all_action.triggered.connect(self.pinned.clear)
        scenarios.addAction(self.pin_action)
        scenarios.addAction(self.unpin_all_action)
        scenarios.addSeparator()
        scenarios.addAction(self.compare_view_action)

        self.pinned.pinnedChanged.connect(self._on_model_pinned_changed)
        self.pinned.pinRefused.connect(self._on_model_pin_refused)

    @Slot()
    def _on_ally_view_action_triggered(self) -> None:
        self.view_tabs.setCurrentWidget(self.output_split)

    @Slot()
    def _on_alliance_view_action_triggered(self) -> None:
        self.view_tabs.setCurrentWidget(self.alliance_view)
        self.alliance_view.table.setFocus()

    @Slot()
    def _on_compare_view_action_triggered(self) -> None:
        self.view_tabs.setCurrentWidget(self.output_split)
        self.output_tabs.setCurrentWidget(self.compare_panel)
        self.compare_panel.list.setFocus()

    @Slot()
    def _on_pin_action_triggered(self) -> None:
        if self.compare_panel.pin_current():
            self.statusBar().showMessage(
                self.tr("Pinned \u201c{0}\u201d ({1} of 5)").format(
                    self.pinned.labels()[-1], len(self.pinned)
                ),
                5000,
            )

    @Slot(str)
    def _on_alliance_view_ally_activated(self, _iso3: str) -> None:
        self.view_tabs.setCurrentWidget(self.output_split)

    @Slot()
    def _on_model_pinned_changed(self) -> None:
        self.chart.set_overlays(self.pinned.overlays())
        self.unpin_all_action.setEnabled(len(self.pinned) > 0)

    @Slot(str)
    def _on_model_pin_refused(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    # ------------------------------------------------------------------ model → window
    @Slot(object)
    def _on_model_projection_changed(self, _proj: Projection) -> None:
        self.files.update_title()  # name or file name, ally, modified marker

    @Slot(str)
    def _on_model_error_occurred(self, message: str) -> None:
        self.error_banner.setText(message)
        self.error_banner.show()
        self.statusBar().showMessage(message, 15000)

    @Slot()
    def _on_model_error_cleared(self) -> None:
        self.error_banner.hide()
        self.statusBar().clearMessage()

    # ------------------------------------------------------------------ settings
    def _restore_settings(self, scenario: Scenario | None) -> None:
        s = self.settings
        self._split_restored = False
        if s is not None:
            geometry = s.value("window/geometry")
            if isinstance(geometry, QByteArray):
                self.restoreGeometry(geometry)
            for key, splitter in (
                ("window/main_split", self.main_split),
                ("window/output_split", self.output_split),
            ):
                state = s.value(key)
                if isinstance(state, QByteArray):
                    splitter.restoreState(state)
                    self._split_restored = True
                    self._output_split_moved |= splitter is self.output_split
        if scenario is not None:
            self.controller.set_scenario(scenario)
        elif s is not None:
            ally = s.value("scenario/last_ally")
            if isinstance(ally, str) and ally:
                self.controller.update(country=ally, base_year=None)
        # Restoring is not a user's edit: start with nothing to undo.
        self.controller.clear_history()

    def save_settings(self) -> None:
        """Remember the window layout and the ally on show."""
        s = self.settings
        if s is None:
            return
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/main_split", self.main_split.saveState())
        s.setValue("window/output_split", self.output_split.saveState())
        s.setValue("scenario/last_ally", self.controller.scenario.country)
        s.sync()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Until the user moves the divider, give the inputs about a third of the width."""
        super().resizeEvent(event)
        if not self._split_restored:
            left = max(self._inputs_min, min(max(self._inputs_width, 420), int(self.width() * 0.3)))
            self.main_split.setSizes([left, max(1, self.width() - left)])

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save settings on the way out."""
        self.save_settings()
        if not self.files.confirm_close():  # unsaved changes: asks, then closes again
            event.ignore()
            return
        self.files.close_session()
        if self.view_pages.is_built("uncertainty"):
            self.uncertainty.shutdown()
        # No more filtered events while Qt tears the window down: a filter method called on
        # a half-destroyed window is a crash, not an exception.
        self._inputs.removeEventFilter(self)
        self.output_split.removeEventFilter(self)
        super().closeEvent(event)
