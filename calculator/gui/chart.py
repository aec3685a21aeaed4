"""ProjectionChart: the window's chart, the shared plots in two tabs with a hover read-out."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from calculator.core.projection import Projection
from calculator.render.chart import ProjectionPlots


class ProjectionChart(QWidget):
    """Share of GDP and money for one :class:`Projection`, as tabs, with a read-out line.

    The plots and their items live in :attr:`plots` (:class:`ProjectionPlots`, the same
    drawing the exported charts use); this widget adds the tabs, the hover read-out and the
    legend fitting to the window's width.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hover_year: int | None = None
        self.plots = ProjectionPlots(self)
        # What a slider move leaves alone is painted from pictures (exports draw vectors).
        self.plots.cache_static_items()
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.plots.share_plot, self.tr("Share of GDP"))
        self.tabs.addTab(self.plots.money_plot, self.tr("Money"))
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.tabs.setAccessibleName(self.tr("Chart view"))
        # The pictures' text alternative is Help > Describe chart (and the scoreboard).
        words = self.tr("Help > Describe chart (Ctrl+Shift+D) reads this chart in words.")
        self.plots.share_plot.setAccessibleName(self.tr("Share of GDP chart"))
        self.plots.money_plot.setAccessibleName(self.tr("Money chart"))
        for plot in (self.plots.share_plot, self.plots.money_plot):
            plot.setAccessibleDescription(words)
        self.tabs.setToolTip(self.tr("Switch between the share of GDP and the money per year"))
        self.readout = QLabel(self)
        self.readout.setTextFormat(Qt.TextFormat.PlainText)
        self.readout.setAccessibleName(self.tr("Chart read-out"))
        self.readout.setMinimumHeight(self.readout.fontMetrics().height() + 4)
        self._default_readout = self.tr("Point at the chart to read a year's share and money.")
        self.readout.setText(self._default_readout)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.readout)
        for plot in (self.plots.share_plot, self.plots.money_plot):
            plot.scene().sigMouseMoved.connect(self._on_scene_mouse_moved)

    @property
    def projection(self) -> Projection | None:
        """The projection on show."""
        return self.plots.projection

    @Slot(object)
    def set_projection(self, proj: Projection) -> None:
        """Show ``proj``: every item is updated in place."""
        self.plots.set_projection(proj)
        self._refresh_readout()

    @Slot(bool)
    def set_live(self, live: bool) -> None:
        """A slider is dragged (``True``): hold the y-range; let go: settle it."""
        self.plots.set_live(live)

    def set_overlays(self, overlays: list[tuple[str, Projection]]) -> None:
        """Draw pinned projections over the share plot (see :meth:`ProjectionPlots.set_overlays`)."""
        self.plots.set_overlays(overlays)

    @Slot(int)
    def _on_tabs_current_changed(self, _index: int) -> None:
        """The money view is brought up to date when it is shown, not on every change."""
        self.plots.money_shown = self.tabs.currentWidget() is self.plots.money_plot
        if self.plots.money_shown:
            self.plots.refresh_money()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Refit the legend to the new width."""
        super().resizeEvent(event)
        self.plots.fit_legend()

    @Slot(object)
    def _on_scene_mouse_moved(self, pos: QPointF) -> None:
        plot = self.plots.share_plot if self.tabs.currentIndex() == 0 else self.plots.money_plot
        vb = plot.getPlotItem().vb
        if not vb.sceneBoundingRect().contains(pos):
            self.show_year(None)
            return
        self.show_year(round(vb.mapSceneToView(pos).x()))

    def show_year(self, year: int | None) -> None:
        """Show the read-out (and the hover line) for ``year``; ``None`` clears it."""
        self._hover_year = year
        self._refresh_readout()

    def _refresh_readout(self) -> None:
        year = self._hover_year
        text = self.plots.readout_text(year) if year is not None else None
        self.plots.set_hover(year if text is not None else None)
        self.readout.setText(text if text is not None else self._default_readout)

    def readout_text(self, year: int) -> str | None:
        """The read-out for one year (see :meth:`ProjectionPlots.readout_text`)."""
        return self.plots.readout_text(year)
