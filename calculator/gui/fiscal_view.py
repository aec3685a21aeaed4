"""Budget impact: the deficit and debt that the scenario's extra spending implies.

The debt ratio with and without the extra spending (the IMF's own path to 2030 marked), the
extra deficit per year, the financing mix (borrowed, or taxes and cuts: two sliders that add up
to 100 %), the interest rate on the extra debt and the EU escape-clause meter (covered and not
covered per year; the 2028 cliff). Numbers from :func:`calculator.core.fiscal.fiscal_impact`,
words from the phrasebook.

The fiscal settings are view state (:attr:`FiscalView.options`), not part of the scenario: the
scenario file's schema belongs to the engine's model, and a new section there would need a
version and a migration. Plot items are built once and updated with ``setData``/``setOpts``;
the view recomputes only while it is visible and catches up when shown.
"""

from __future__ import annotations

import math
import time
from dataclasses import replace

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from calculator.core.fiscal import (
    BORROWED_RANGE,
    ESCAPE_CAP_PP,
    ESCAPE_LAST_YEAR,
    INTEREST_RANGE,
    EscapeClause,
    FiscalImpact,
)
from calculator.core.projection import Projection
from calculator.exports import phrases
from calculator.exports.fiscal import FiscalOptions
from calculator.exports.palette import CORE_COLOUR, HISTORY_COLOUR, OKABE_ITO
from calculator.gui.controller import ScenarioController
from calculator.gui.phrasing import qt_tr
from calculator.gui.widgets import ValueSlider
from calculator.render.chart import add_fixed_grid, nice_top, style_plot, year_ticks

BASELINE_PEN = pg.mkPen(HISTORY_COLOUR, width=2, style=Qt.PenStyle.DashLine)
SCENARIO_PEN = pg.mkPen(CORE_COLOUR, width=2.6)
HISTORY_PEN = pg.mkPen(HISTORY_COLOUR, width=1.6)
COVERED_COLOUR = OKABE_ITO["green"]
UNCOVERED_COLOUR = OKABE_ITO["vermillion"]
DEFICIT_COLOUR = OKABE_ITO["sky"]
CONTROLS_WIDTH = 300
MIN_PLOT_SIZE = (140, 110)


def _floor_to(value: float, step: float) -> float:
    return math.floor(value / step) * step


class FiscalView(QWidget):
    """The Budget impact view of the current scenario; :attr:`updated` fires after each refresh."""

    updated = Signal()

    def __init__(self, controller: ScenarioController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.options = FiscalOptions()
        self.impact: FiscalImpact | None = None
        self._proj: Projection = controller.projection
        self._dirty = True
        self.last_update_ms = 0.0

        self.sentence = QLabel(self)
        self.sentence.setWordWrap(True)
        bold = QFont(self.sentence.font())
        bold.setBold(True)
        self.sentence.setFont(bold)
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sentence.setAccessibleName(self.tr("Budget impact sentence"))

        # ---------------------------------------------------------------- controls
        self.borrowed = ValueSlider(*BORROWED_RANGE, decimals=0, step=1.0, suffix=" %")
        self.borrowed.setAccessibleName(self.tr("Borrowed"))
        self.borrowed.setToolTip(self.tr("Share of the extra spending that is borrowed"))
        self.taxes = ValueSlider(*BORROWED_RANGE, decimals=0, step=1.0, suffix=" %")
        self.taxes.setAccessibleName(self.tr("Taxes or cuts"))
        self.taxes.setToolTip(
            self.tr("Share paid for by higher taxes or cuts in other spending (100 % − borrowed)")
        )
        self.interest = ValueSlider(*INTEREST_RANGE, decimals=1, step=0.1, suffix=" %")
        self.interest.setAccessibleName(self.tr("Interest rate"))
        self.interest.setToolTip(
            self.tr(
                "Effective interest rate on the extra debt, % a year, nominal (an assumption: "
                "the IMF publishes no such rate)"
            )
        )
        self.escape = QComboBox(self)
        self.escape.addItem(self.tr("As the Council decided"), EscapeClause.AUTO.value)
        self.escape.addItem(self.tr("On"), EscapeClause.ON.value)
        self.escape.addItem(self.tr("Off"), EscapeClause.OFF.value)
        self.escape.setAccessibleName(self.tr("EU escape clause"))
        self.escape.setToolTip(
            self.tr("Activated on 8 July 2025 for 15 states (as reported); switch it per ally")
        )
        for w in (self.borrowed, self.taxes, self.interest):
            w.spin.setMinimumWidth(w.spin.fontMetrics().horizontalAdvance("-00.0 %") + 36)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # A label too long beside its field goes above it ("Clause dérogatoire de l'UE" made the
        # column so wide in French that the charts were cut off at 1400 px).
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Borrowed"), self.borrowed)
        form.addRow(self.tr("Taxes or cuts"), self.taxes)
        form.addRow(self.tr("Interest"), self.interest)
        form.addRow(self.tr("EU escape clause"), self.escape)
        box = QGroupBox(self.tr("Financing"), self)
        box.setLayout(form)

        self.financing_label = self._note_label(self.tr("Financing reading"))
        self.debt_label = self._note_label(self.tr("Debt effect"))
        self.escape_label = self._note_label(self.tr("Escape clause"))
        self.debt_brake_label = self._note_label(self.tr("Debt brake"))
        self.assumptions_label = self._note_label(self.tr("Fiscal assumptions"))
        self.assumptions_label.setStyleSheet("QLabel { color: #555555; }")
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 4, 0)
        side_layout.addWidget(box)
        for label in (
            self.debt_label,
            self.financing_label,
            self.escape_label,
            self.debt_brake_label,
            self.assumptions_label,
        ):
            side_layout.addWidget(label)
        side_layout.addStretch(1)
        self.side_scroll = QScrollArea(self)
        self.side_scroll.setWidget(side)
        self.side_scroll.setWidgetResizable(True)
        self.side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.side_scroll.setAccessibleName(self.tr("Financing and fiscal rules"))
        self.side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # As wide as the controls need (never clipped); with plots of MIN_PLOT_SIZE the view
        # stays narrower than the ally view's minimum, so it never widens the window.
        bar = self.side_scroll.verticalScrollBar().sizeHint().width()
        self.side_scroll.setFixedWidth(
            max(CONTROLS_WIDTH, side.minimumSizeHint().width() + bar + 2)
        )

        # ---------------------------------------------------------------- charts
        self.debt_plot = pg.PlotWidget(background="w")
        self.debt_plot.setAccessibleName(self.tr("Debt chart"))
        self.deficit_plot = pg.PlotWidget(background="w")
        self.deficit_plot.setAccessibleName(self.tr("Extra deficit chart"))
        self.escape_plot = pg.PlotWidget(background="w")
        self.escape_plot.setAccessibleName(self.tr("Escape clause meter"))
        self._build_plots()
        for plot in (self.debt_plot, self.deficit_plot, self.escape_plot):
            plot.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            plot.setMinimumSize(*MIN_PLOT_SIZE)
        lower = QHBoxLayout()
        lower.setContentsMargins(0, 0, 0, 0)
        lower.addWidget(self.deficit_plot, 1)
        lower.addWidget(self.escape_plot, 1)
        charts = QVBoxLayout()
        charts.setContentsMargins(0, 0, 0, 0)
        charts.addWidget(self.debt_plot, 3)
        charts.addLayout(lower, 2)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.side_scroll)
        body.addLayout(charts, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.sentence)
        layout.addLayout(body, 1)

        self._put_options()
        self.borrowed.valueChanged.connect(self._on_borrowed_value_changed)
        self.taxes.valueChanged.connect(self._on_taxes_value_changed)
        self.interest.valueChanged.connect(self._on_interest_value_changed)
        self.escape.currentIndexChanged.connect(self._on_escape_current_index_changed)
        controller.projectionChanged.connect(self._on_model_projection_changed)

    def _note_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(name)
        return label

    # ------------------------------------------------------------------ chart construction
    def _build_plots(self) -> None:
        font = QFont()
        font.setPointSizeF(8.5)
        item = style_plot(self.debt_plot, self.tr("gross government debt, % of GDP"), "")
        add_fixed_grid(item, y_step=10.0, y_max=400.0)
        _set_title(item, self.tr("Debt with and without the extra spending"))
        # Top left in two columns, over headroom kept free for it (see _update_debt).
        legend = item.addLegend(offset=(8, 4), labelTextSize="8pt", colCount=2)
        legend.setBrush(pg.mkBrush(255, 255, 255, 220))
        self.history_curve = item.plot([], [], pen=HISTORY_PEN, name=self.tr("IMF, history"))
        self.baseline_curve = item.plot(
            [], [], pen=BASELINE_PEN, name=self.tr("without the extra spending")
        )
        self.debt_curve = item.plot(
            [], [], pen=SCENARIO_PEN, name=self.tr("with the extra spending")
        )
        self.imf_points = item.plot(
            [],
            [],
            pen=None,
            symbol="o",
            symbolSize=7,
            symbolPen=pg.mkPen(HISTORY_COLOUR, width=1.4),
            symbolBrush=pg.mkBrush("w"),
            name=self.tr("IMF's own path (WEO Oct. 2025, to 2030)"),
        )
        self.imf_points.setZValue(5)

        item = style_plot(self.deficit_plot, self.tr("% of GDP"), "")
        _set_title(item, self.tr("Extra deficit per year"), small=True)
        self.deficit_bars = pg.BarGraphItem(
            x=[], height=[], width=0.7, brush=DEFICIT_COLOUR, pen=pg.mkPen(None)
        )
        item.addItem(self.deficit_bars)

        item = style_plot(self.escape_plot, self.tr("points of GDP over 2021"), "")
        _set_title(item, self.tr("EU escape clause"), small=True)
        legend = item.addLegend(offset=(6, 2), labelTextSize="8pt", colCount=2)
        legend.setBrush(pg.mkBrush(255, 255, 255, 220))
        self.covered_bars = pg.BarGraphItem(
            x=[], height=[], width=0.7, brush=COVERED_COLOUR, pen=pg.mkPen(None)
        )
        self.uncovered_bars = pg.BarGraphItem(
            x=[], y0=[], height=[], width=0.7, brush=UNCOVERED_COLOUR, pen=pg.mkPen(None)
        )
        item.addItem(self.covered_bars)
        item.addItem(self.uncovered_bars)
        legend.addItem(self.covered_bars, self.tr("covered"))
        legend.addItem(self.uncovered_bars, self.tr("not covered"))
        self.cliff_line = pg.InfiniteLine(
            pos=ESCAPE_LAST_YEAR + 0.5,
            angle=90,
            movable=False,
            pen=pg.mkPen("#333333", width=1.4, style=Qt.PenStyle.DashLine),
            label=self.tr("2028 cliff"),
            labelOpts={"position": 0.72, "color": "#333333", "anchors": [(0, 0), (0, 0)]},
        )
        self.cliff_line.label.setFont(font)
        item.addItem(self.cliff_line, ignoreBounds=True)
        self.cap_line = pg.InfiniteLine(
            pos=ESCAPE_CAP_PP,
            angle=0,
            movable=False,
            pen=pg.mkPen(COVERED_COLOUR, width=1.2, style=Qt.PenStyle.DotLine),
        )
        item.addItem(self.cap_line, ignoreBounds=True)

    # ------------------------------------------------------------------ options ↔ widgets
    def _put_options(self) -> None:
        """Model → widgets, without signals (the one place the widgets are written)."""
        o = self.options
        self.borrowed.set_value_silently(o.borrowed_pct)
        self.taxes.set_value_silently(100.0 - o.borrowed_pct)
        self.interest.set_value_silently(o.interest_pct)
        index = self.escape.findData(o.escape.value)
        if index != self.escape.currentIndex():
            self.escape.blockSignals(True)
            self.escape.setCurrentIndex(index)
            self.escape.blockSignals(False)

    def set_options(self, options: FiscalOptions) -> None:
        """Use ``options`` (tests, a later scenario-file section); redraws when visible."""
        if options == self.options:
            return
        self.options = options
        self._put_options()
        self._changed()

    def _use(self, options: FiscalOptions) -> None:
        """Widget → view state: recompute only on a real change."""
        if options != self.options:
            self.options = options
            self._changed()

    @Slot(float)
    def _on_borrowed_value_changed(self, value: float) -> None:
        self.taxes.set_value_silently(100.0 - value)
        self._use(replace(self.options, borrowed_pct=value))

    @Slot(float)
    def _on_taxes_value_changed(self, value: float) -> None:
        self.borrowed.set_value_silently(100.0 - value)
        self._use(replace(self.options, borrowed_pct=100.0 - value))

    @Slot(float)
    def _on_interest_value_changed(self, value: float) -> None:
        self._use(replace(self.options, interest_pct=value))

    @Slot(int)
    def _on_escape_current_index_changed(self, index: int) -> None:
        self._use(replace(self.options, escape=EscapeClause(self.escape.itemData(index))))

    # ------------------------------------------------------------------ scheduling
    @Slot(object)
    def _on_model_projection_changed(self, proj: Projection) -> None:
        self._proj = proj
        self._changed()

    def _changed(self) -> None:
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up at once when shown (changes made while hidden were skipped)."""
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    @property
    def dirty(self) -> bool:
        """Whether the scenario or the options changed since the last refresh."""
        return self._dirty

    # ------------------------------------------------------------------ refresh
    def refresh(self) -> None:
        """Recompute the fiscal impact and update texts and charts in place."""
        t0 = time.perf_counter()
        proj = self._proj
        fi = self.options.impact(proj, self.controller.dataset)
        self.impact = fi
        self._dirty = False
        self._update_texts(proj, fi)
        self._update_debt(proj, fi)
        self._update_deficit(fi)
        self._update_escape(fi)
        self.last_update_ms = (time.perf_counter() - t0) * 1000.0
        self.updated.emit()

    def _update_texts(self, proj: Projection, fi: FiscalImpact) -> None:
        cur = proj.country.currency
        self.sentence.setText(phrases.summary_sentence(proj, qt_tr, fiscal=fi))
        self.debt_label.setText(phrases.debt_effect_text(fi, cur, qt_tr))
        self.financing_label.setText(phrases.financing_text(proj, fi, qt_tr))
        self.escape_label.setText(phrases.escape_clause_text(proj, fi, qt_tr))
        self.debt_brake_label.setVisible(fi.debt_brake_note)
        if fi.debt_brake_note:
            self.debt_brake_label.setText(phrases.debt_brake_text(proj, fi, qt_tr))
        self.assumptions_label.setText(phrases.fiscal_assumptions_text(fi, qt_tr))

    def _update_debt(self, proj: Projection, fi: FiscalImpact) -> None:
        ds = self.controller.dataset
        years = fi.years.astype(float)
        imf = ds.imf_array(proj.country.iso3, "GGXWDG_NGDP")
        first = 2014
        hist_years = np.arange(first, proj.base_year + 1, dtype=float)
        hist = np.asarray(imf[: len(hist_years)], dtype=float)
        self.history_curve.setData(hist_years, hist)
        self.baseline_curve.setData(years, fi.baseline_debt_pct_gdp)
        self.debt_curve.setData(years, fi.debt_pct_gdp)
        inside = np.isfinite(fi.imf_debt_pct_gdp)
        self.imf_points.setData(years[inside], fi.imf_debt_pct_gdp[inside])
        values = np.concatenate([hist, fi.baseline_debt_pct_gdp, fi.debt_pct_gdp])
        values = values[np.isfinite(values)]
        lo = max(0.0, _floor_to(float(values.min()) - 5.0, 10.0))
        top = float(values.max())
        hi = nice_top(top + max(5.0, 0.3 * (top - lo)))  # headroom for the legend
        vb = self.debt_plot.getPlotItem().vb
        # a year of room on the right, so that the horizon's tick label is not cut
        vb.setRange(xRange=(first - 0.5, proj.horizon + 1.0), yRange=(lo, hi), padding=0)
        self.debt_plot.getPlotItem().getAxis("bottom").setTicks(year_ticks(first, proj.horizon))

    def _update_deficit(self, fi: FiscalImpact) -> None:
        years = fi.years[1:].astype(float)
        deficit = np.asarray(fi.extra_deficit_pct_gdp[1:], dtype=float)
        self.deficit_bars.setOpts(x=years, height=deficit)
        lo = min(0.0, float(deficit.min(initial=0.0)))
        hi = nice_top(max(float(deficit.max(initial=0.0)) * 1.15, 0.5))
        vb = self.deficit_plot.getPlotItem().vb
        last = int(fi.years[-1])
        vb.setRange(xRange=(fi.years[0] - 0.2, last + 1.0), yRange=(lo * 1.15, hi), padding=0)
        self.deficit_plot.getPlotItem().getAxis("bottom").setTicks(
            year_ticks(int(fi.years[0]) + 1, last)
        )

    def _update_escape(self, fi: FiscalImpact) -> None:
        ec = fi.escape_clause
        for bars in (self.covered_bars, self.uncovered_bars):
            bars.setVisible(len(ec.years) > 0)
        if not len(ec.years):  # a horizon before 2025: the clause has no year here
            return
        years = ec.years.astype(float)
        covered = np.nan_to_num(ec.covered_pct_points)
        uncovered = np.nan_to_num(ec.uncovered_pct_points)
        self.covered_bars.setOpts(x=years, height=covered)
        self.uncovered_bars.setOpts(x=years, y0=covered, height=uncovered)
        top = float((covered + uncovered).max(initial=0.0))
        hi = nice_top(max(top, ESCAPE_CAP_PP) * 1.3)  # headroom for the legend
        last = int(ec.years[-1])
        vb = self.escape_plot.getPlotItem().vb
        vb.setRange(xRange=(float(ec.years[0]) - 1.0, last + 1.0), yRange=(0.0, hi), padding=0)
        self.escape_plot.getPlotItem().getAxis("bottom").setTicks(
            year_ticks(int(ec.years[0]), last)
        )
        self.cap_line.setVisible(ec.applies)
        title = self.tr("EU escape clause") if ec.applies else self.tr("EU escape clause: off")
        _set_title(self.escape_plot.getPlotItem(), title, small=True)


def _set_title(item: pg.PlotItem, text: str, *, small: bool = False) -> None:
    """A chart's title that never makes the chart wider than its widget.

    pyqtgraph gives the title's label the text's width as its minimum (again on every resize),
    so a long title (the French "Clause dérogatoire de l'UE : désactivée") laid the plot out
    wider than the widget and cut its right side off. The label keeps its height as a minimum
    but not its width; the small charts' titles are also smaller.
    """
    label = item.titleLabel
    if not getattr(label, "_width_let_go", False):
        keep = label.updateMin

        def update_min() -> None:
            keep()
            label.setMinimumWidth(0)
            for which in (Qt.SizeHint.MinimumSize, Qt.SizeHint.PreferredSize):
                label._sizeHint[which] = (0, label._sizeHint[which][1])
            label.updateGeometry()

        label.updateMin = update_min
        label._width_let_go = True
    if small:
        item.setTitle(text, color="#333333", size="9.5pt")
    else:
        item.setTitle(text, color="#333333")
