"""The chart builder: share of GDP and money over time, built once and updated in place.

Qt drawing without the window: the window's chart and every exported chart image are drawn by
:class:`ProjectionPlots`, and the alliance chart uses the same plot style and helpers.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, QRectF, Qt, Slot
from PySide6.QtGui import QFont, QPainterPath, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem

from calculator.core.models import HAGUE_YEAR, MAX_HORIZON, MIN_YEAR, REVIEW_YEAR, Measure
from calculator.core.projection import Projection, ThresholdResult
from calculator.exports.locales import local, localize_number
from calculator.exports.palette import (
    CORE_COLOUR,
    HISTORY_COLOUR,
    OVERLAY_COLOURS,
    TOTAL_COLOUR,
    colour_of,
    threshold_colour,
)
from calculator.exports.palette import overlay_colour as overlay_colour  # compare.py's import
from calculator.exports.phrases import MILLIONS, money, money_unit, threshold_label

# Okabe-Ito: distinguishable with the common colour-vision deficiencies (yellow left out: it is
# unreadable on white).
MAX_THRESHOLDS = 12  # Scenario.thresholds allows at most 12
MAX_OVERLAYS = 5  # pinned scenarios drawn over the share chart
# Pinned overlays: solid, thinner, each with its own colour (never a threshold's) and marker
# shape, so they stay apart from the dotted threshold lines and the dashed current path.
OVERLAY_STYLES = tuple(zip(OVERLAY_COLOURS, ("t", "s", "d", "t1", "x"), strict=True))
# Published history and the derived projection that starts from it disagree by more than this
# (relative, in the base year's money): the money chart marks the step.
MONEY_STEP_MARK = 0.02


# The Monte Carlo band: the core path's colour, see-through (inner 10-90, outer 5-95).
BAND_ALPHA_INNER, BAND_ALPHA_OUTER = 70, 32
CORE_RGB = tuple(int(CORE_COLOUR[i : i + 2], 16) for i in (1, 3, 5))


# Labels on the plot area are drawn over the data: a faint white fill lifts their text off the
# grid while the paths under them still show through (an opaque box hid history points).
LABEL_FILL = (255, 255, 255, 90)


def _fmt_pct(value: float) -> str:
    return localize_number(f"{value:g} %")  # 2,1 % in French


class LocalAxis(pg.AxisItem):  # type: ignore[misc]  # pyqtgraph is untyped
    """An axis whose tick labels follow the language: ``0,5`` and ``-0,1`` in French or German.

    pyqtgraph writes its labels in English style (``0.5``); :func:`style_plot` puts this axis in.
    """

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        """The labels pyqtgraph writes, with the language's decimal and group separators."""
        return [localize_number(text) for text in super().tickStrings(values, scale, spacing)]


class MoneyAxis(LocalAxis):
    """A money axis with thousands separators: ``1,250`` (pyqtgraph writes ``1250``, ``1e+04``).

    Decimals only where the tick spacing needs them (``0.5``, ``0.25``); ``1.250`` in German.
    """

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        """The tick labels of ``values``: ``f"{v:,.0f}"``, with decimals for fine spacing."""
        step = abs(spacing * scale)
        places = 0  # as few as show the step exactly: 0.5 → 1, 0.25 → 2
        while places < 4 and abs(step * 10**places - round(step * 10**places)) > 1e-6:
            places += 1
        return [localize_number(f"{v * scale:,.{places}f}") for v in values]


def local_axes(item: pg.PlotItem) -> None:
    """Give ``item`` a :class:`LocalAxis` at the left and bottom, unless it has one there."""
    fresh = {
        name: LocalAxis(name)
        for name in ("left", "bottom")
        if not isinstance(item.getAxis(name), LocalAxis)
    }
    if fresh:
        item.setAxisItems(fresh)


class ProjectionPlots(QObject):
    """The two plots of one :class:`Projection`: share of GDP (with thresholds) and money.

    The window shows them (:class:`calculator.gui.chart.ProjectionChart`) and the exports paint
    the share plot (:mod:`calculator.render.images`): one drawing, everywhere. Every plot item
    is created in ``__init__``; :meth:`set_projection` only calls ``setData``, ``setValue``,
    ``setPos``, ``setText`` and ``setVisible``. Items are public attributes so tests can read
    ``curve.getData()``.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        pg.setConfigOptions(antialias=True)
        self._projection: Projection | None = None
        self._x_range: tuple[float, float] | None = None
        self._share_y: float | None = None
        self._money_y: float | None = None
        # What the items show now, so a slider move only touches what really changed.
        self._history_key: tuple[str, str, int] | None = None
        self._line_state: dict[int, tuple[float, str]] = {}
        self._money_dirty = True
        self._legend_names: dict[int, str] = {}
        self._overlay_top = 0.0
        self._band_top = 0.0
        self._live = False  # a slider is being dragged: the y-ranges may grow, never shrink

        # The money plot is brought up to date only while it is on show (set by the window).
        self.money_shown = False
        self.share_plot = pg.PlotWidget(background="w")
        self.money_plot = pg.PlotWidget(background="w", axisItems={"left": MoneyAxis("left")})
        self._money_scale = 1.0  # the money plot's unit: 1 for billions, 1000 for millions
        self._money_label_key: tuple[str, float] | None = None

        self._build_share_items()
        self._build_money_items()
        self._build_overlay_items()
        self._build_band_items()

    # ------------------------------------------------------------------ construction
    def _style_plot(
        self, plot: pg.PlotWidget, left: str, *, fixed_grid: bool = False
    ) -> pg.PlotItem:
        return style_plot(plot, left, self.tr("Year (NATO fiscal year)"), fixed_grid=fixed_grid)

    def _build_share_items(self) -> None:
        item = self._style_plot(self.share_plot, self.tr("% of GDP"), fixed_grid=True)
        # Bottom right, where the paths rarely run (shares fall below 1 % for few allies); the
        # faint background keeps any path under it visible on a small window, and dark text
        # stays readable where a path crosses it.
        # The legend sits under the year axis, in the plot's own layout, in rows of three:
        # it never covers a path, at any window size (and travels with exported charts).
        self.share_legend = pg.LegendItem(
            labelTextSize="9pt", labelTextColor="#333333", colCount=3, frame=False
        )
        item.layout.addItem(self.share_legend, 4, 1)
        item.legend = self.share_legend  # plot(name=...) adds its row here
        self.history_curve = item.plot(
            [],
            [],
            name=self.tr("NATO, published (hollow: estimate)"),
            pen=pg.mkPen(HISTORY_COLOUR, width=2.5),
            symbol="o",
            symbolSize=5,
            symbolBrush=HISTORY_COLOUR,
            symbolPen=None,
        )
        self.core_curve = item.plot(
            [],
            [],
            name=self.tr("Core defence, projected"),
            pen=pg.mkPen(CORE_COLOUR, width=2.5, style=Qt.PenStyle.DashLine),
        )
        self.total_curve = item.plot(
            [],
            [],
            name=self.tr("Core + related (total), projected"),
            pen=pg.mkPen(TOTAL_COLOUR, width=2.5, style=Qt.PenStyle.DashDotLine),
        )
        self._legend_names[id(self.total_curve)] = self.tr("Core + related (total), projected")
        self.threshold_lines: list[pg.InfiniteLine] = []
        self.crossing_labels: list[pg.TextItem] = []
        # "→ 3.5 % in 2041" at the right edge: a crossing the path makes after the horizon.
        self.beyond_labels: list[pg.TextItem] = []
        self._line_colours: dict[int, str] = {}
        label_font = QFont()
        label_font.setPointSizeF(8.5)
        for i in range(MAX_THRESHOLDS):
            colour = threshold_colour(i)
            self.threshold_lines.append(add_threshold_line(item, colour, label_font))
            text = pg.TextItem("", color=colour, anchor=(1.0, 1.15), fill=pg.mkBrush(*LABEL_FILL))
            text.setFont(label_font)
            text.setVisible(False)
            text.setZValue(20)
            item.addItem(text, ignoreBounds=True)
            self.crossing_labels.append(text)
            # under its line, clear of the "2035 target" label at the top
            beyond = pg.TextItem("", color=colour, anchor=(1.0, 0.0), fill=pg.mkBrush(*LABEL_FILL))
            beyond.setFont(label_font)
            beyond.setVisible(False)
            beyond.setZValue(20)
            item.addItem(beyond, ignoreBounds=True)
            self.beyond_labels.append(beyond)
        self.crossing_markers = CrossingMarkers(item, MAX_THRESHOLDS)
        self.review_line = self._year_line(
            item, REVIEW_YEAR, self.tr("{0} review").format(REVIEW_YEAR), (0.5, 0)
        )
        # the target sits at the right edge by default: its label goes left of the line
        self.target_line = self._year_line(
            item, HAGUE_YEAR, self.tr("{0} target").format(HAGUE_YEAR), (1.0, 0)
        )
        self.share_hover_line = pg.InfiniteLine(angle=90, pen=pg.mkPen("#999999", width=1))
        self.share_hover_line.setVisible(False)
        item.addItem(self.share_hover_line, ignoreBounds=True)

    def _year_line(
        self,
        item: pg.PlotItem,
        year: int,
        text: str,
        anchor: tuple[float, float],
        position: float = 0.985,
    ) -> pg.InfiniteLine:
        line = pg.InfiniteLine(
            pos=year,
            angle=90,
            movable=False,
            pen=pg.mkPen("#777777", width=1, style=Qt.PenStyle.DashLine),
            label=text,
            labelOpts={
                "position": position,
                "color": "#444444",
                "anchors": [anchor, anchor],
                "fill": (255, 255, 255, 200),
            },
        )
        font = QFont()
        font.setPointSizeF(8.5)
        line.label.setFont(font)
        line.setZValue(-6)
        item.addItem(line, ignoreBounds=True)
        return line

    def _build_money_items(self) -> None:
        item = self._style_plot(self.money_plot, self.tr("billions, national currency"))
        self.money_legend = item.addLegend(
            offset=(8, 8), labelTextSize="9pt", brush=pg.mkBrush(255, 255, 255, 220)
        )
        self.money_history_curve = item.plot(
            [],
            [],
            name=self.tr("NATO, published"),
            pen=pg.mkPen(HISTORY_COLOUR, width=2.5),
            symbol="o",
            symbolSize=5,
            symbolBrush=HISTORY_COLOUR,
            symbolPen=None,
        )
        self.money_core_curve = item.plot(
            [],
            [],
            name=self.tr("Core defence, projected"),
            pen=pg.mkPen(CORE_COLOUR, width=2.5, style=Qt.PenStyle.DashLine),
        )
        self.money_total_curve = item.plot(
            [],
            [],
            name=self.tr("Core + related (total)"),
            pen=pg.mkPen(TOTAL_COLOUR, width=2.5, style=Qt.PenStyle.DashDotLine),
        )
        # One legend row explains all "needed" curves; each is labelled at its right end.
        self.money_needed_key = item.plot(
            [],
            [],
            name=self.tr("Needed for each threshold"),
            pen=pg.mkPen("#666666", width=1.6, style=Qt.PenStyle.DotLine),
        )
        self.money_required_curves: list[pg.PlotDataItem] = []
        self.money_required_labels: list[pg.TextItem] = []
        font = QFont()
        font.setPointSizeF(8.5)
        for i in range(MAX_THRESHOLDS):
            colour = threshold_colour(i)
            curve = item.plot([], [], pen=pg.mkPen(colour, width=1.6, style=Qt.PenStyle.DotLine))
            curve.setVisible(False)
            self.money_required_curves.append(curve)
            label = pg.TextItem("", color=colour, anchor=(1.0, 1.0), fill=pg.mkBrush(*LABEL_FILL))
            label.setFont(font)
            label.setVisible(False)
            item.addItem(label, ignoreBounds=True)
            self.money_required_labels.append(label)
        self._legend_names[id(self.money_total_curve)] = self.tr("Core + related (total)")
        self._money_colours: dict[int, str] = {}
        # Where NATO's published money and the derived projection disagree in the base year
        # (Luxembourg's GDP break, the Netherlands' basis): a bar joins the two points.
        self.money_step_curve = item.plot(
            [],
            [],
            pen=pg.mkPen("#7A1C12", width=2.2, style=Qt.PenStyle.SolidLine),
            symbol="t",
            symbolSize=9,
            symbolBrush="#7A1C12",
            symbolPen=None,
        )
        self.money_step_curve.setVisible(False)
        self.money_step_curve.setZValue(12)
        self.money_step_label = pg.TextItem(
            "", color="#7A1C12", anchor=(0.0, 0.5), fill=pg.mkBrush(255, 255, 255, 200)
        )
        self.money_step_label.setFont(font)
        self.money_step_label.setVisible(False)
        self.money_step_label.setZValue(21)
        item.addItem(self.money_step_label, ignoreBounds=True)
        self.money_hover_line = pg.InfiniteLine(angle=90, pen=pg.mkPen("#999999", width=1))
        self.money_hover_line.setVisible(False)
        item.addItem(self.money_hover_line, ignoreBounds=True)
        # The same 2029 review and 2035 target as on the share chart, labelled at the foot:
        # the top right is where the "needed" curves end and carry their labels.
        self.money_review_line = self._year_line(
            item, REVIEW_YEAR, self.tr("{0} review").format(REVIEW_YEAR), (0.5, 1), 0.02
        )
        self.money_target_line = self._year_line(
            item, HAGUE_YEAR, self.tr("{0} target").format(HAGUE_YEAR), (1.0, 1), 0.02
        )

    def _build_overlay_items(self) -> None:
        item = self.share_plot.getPlotItem()
        self.overlay_curves: list[pg.PlotDataItem] = []
        for colour, symbol in OVERLAY_STYLES:
            curve = item.plot(
                [],
                [],
                pen=pg.mkPen(colour, width=1.8),
                symbol=symbol,
                symbolSize=6,
                symbolBrush=colour,
                symbolPen=None,
            )
            curve.setVisible(False)
            curve.setZValue(-1)  # under the current path
            self.overlay_curves.append(curve)

    def _build_band_items(self) -> None:
        """The Monte Carlo band of the core share: 10–90 (and a lighter 5–95), hidden until set.

        Two pen-less curves per band and a :class:`pg.FillBetweenItem` between them, under
        every path; :meth:`set_band` only calls ``setData`` and ``setVisible``.
        """
        item = self.share_plot.getPlotItem()
        self.band_curves: dict[int, pg.PlotCurveItem] = {}
        self.band_fills: list[pg.FillBetweenItem] = []
        for (lo, hi), alpha in (((5, 95), BAND_ALPHA_OUTER), ((10, 90), BAND_ALPHA_INNER)):
            for q in (lo, hi):
                self.band_curves[q] = pg.PlotCurveItem([], [], pen=pg.mkPen(None))
            fill = pg.FillBetweenItem(
                self.band_curves[lo], self.band_curves[hi], brush=pg.mkBrush(*CORE_RGB, alpha)
            )
            fill.setZValue(-3)  # under the pinned overlays (-1) and the paths
            fill.setVisible(False)
            item.addItem(fill, ignoreBounds=True)
            self.band_fills.append(fill)
        # the legend row of the band: an empty item drawn as a filled swatch
        self.band_key = item.plot(
            [], [], pen=None, fillLevel=0.0, fillBrush=pg.mkBrush(*CORE_RGB, BAND_ALPHA_INNER)
        )
        self._legend_names[id(self.band_key)] = self.tr(
            "Core share, 10th\u201390th percentile of the draws"
        )
        self._show_in_legend(self.share_legend, self.band_key, False)
        self._band: tuple[np.ndarray, dict[int, np.ndarray]] | None = None

    @property
    def band_shown(self) -> bool:
        """Whether a band is on show."""
        return self._band is not None

    def set_band(self, years: np.ndarray | None, bands: dict[int, np.ndarray] | None) -> None:
        """Show the percentile band of the core share over ``years``; ``None`` hides it.

        ``bands`` maps 5, 10, 90, 95 to arrays over ``years`` (a Monte Carlo's ``core_share``).
        Hidden is the state while a new scenario's draws run, and where the share does not
        spread (a path fixed as a share of GDP).
        """
        shown = years is not None and bands is not None
        if years is not None and bands is not None:
            x = np.asarray(years, dtype=float)
            for q, curve in self.band_curves.items():
                curve.setData(x, np.asarray(bands[q], dtype=float))
            self._band = (x, {q: np.asarray(bands[q], dtype=float) for q in self.band_curves})
            top = float(np.nanmax(bands[max(self.band_curves)]))
            self._band_top = top if np.isfinite(top) else 0.0
        elif self._band is None:
            return
        else:
            self._band = None
            self._band_top = 0.0
        for fill in self.band_fills:
            fill.setVisible(shown)
        self._show_in_legend(self.share_legend, self.band_key, shown)
        if self._projection is not None:
            self._update_ranges(self._projection)

    def band_at(self, year: int) -> tuple[float, float] | None:
        """The 10th and 90th percentile of the core share in ``year`` (``None``: no band)."""
        if self._band is None:
            return None
        x, bands = self._band
        idx = np.nonzero(x == float(year))[0]
        if not idx.size:
            return None
        i = int(idx[0])
        return float(bands[10][i]), float(bands[90][i])

    # ------------------------------------------------------------------ updates
    def set_overlays(self, overlays: list[tuple[str, Projection]]) -> None:
        """Draw up to :data:`MAX_OVERLAYS` pinned projections' core share; hide the rest.

        Each overlay is ``(legend name, projection)``; the curves exist from the start and only
        their data, visibility and legend rows change.
        """
        top = 0.0
        for i, curve in enumerate(self.overlay_curves):
            shown = i < len(overlays)
            if shown:
                name, proj = overlays[i]
                curve.setData(proj.years.astype(float), proj.core_share_pct)
                self._legend_names[id(curve)] = name
                top = max(top, float(np.nanmax(proj.core_share_pct)))
                label = self.share_legend.getLabel(curve)
                if label is not None and label.text != name:
                    label.setText(name)
            else:
                curve.setData([], [])
            self._show_in_legend(self.share_legend, curve, shown)
        self._overlay_top = top
        if self._projection is not None:
            self._update_ranges(self._projection)

    @property
    def projection(self) -> Projection | None:
        """The projection on show."""
        return self._projection

    @Slot(object)
    def set_projection(self, proj: Projection) -> None:
        """Show ``proj``: update every item in place."""
        self._projection = proj
        years = proj.years.astype(float)
        hist = proj.history
        # History changes only with the ally, edition or base year: skip it on a slider move.
        history_key = (proj.country.iso3, hist.edition, proj.base_year)
        if history_key != self._history_key:
            self._history_key = history_key
            # NATO's estimates (2025e, 2026e) get hollow markers; actuals are filled.
            self.history_curve.setData(
                hist.years.astype(float),
                hist.share_pct,
                symbolBrush=[
                    pg.mkBrush("w" if s == "estimate" else HISTORY_COLOUR) for s in hist.status
                ],
                symbolPen=pg.mkPen(HISTORY_COLOUR, width=1.2),
                symbolSize=6,
            )
        self.core_curve.setData(years, proj.core_share_pct)
        has_related = bool(np.any(proj.related_counted_share_pct > 0))
        self.total_curve.setData(years, proj.total_share_pct)
        self._show_in_legend(self.share_legend, self.total_curve, has_related)

        markers = self.crossing_markers
        for i, line in enumerate(self.threshold_lines):
            label = self.crossing_labels[i]
            beyond = self.beyond_labels[i]
            if i >= len(proj.thresholds):
                line.setVisible(False)
                label.setVisible(False)
                beyond.setVisible(False)
                markers.hide(i)
                continue
            res = proj.thresholds[i]
            th = res.threshold
            colour = colour_of(th)
            if self._line_colours.get(i) != colour:
                # The slot shows another threshold: it takes that threshold's own colour.
                self._line_colours[i] = colour
                line.setPen(pg.mkPen(colour, width=1.5, style=Qt.PenStyle.DotLine))
                line.label.setColor(colour)
                label.setColor(colour)
                beyond.setColor(colour)
                self._line_state.pop(i, None)
            self._update_beyond_label(beyond, res, proj.horizon)
            measure = self.tr("core") if th.measure is Measure.CORE else self.tr("total")
            text = f"{_fmt_pct(th.value_pct)} {measure} · {threshold_label(th)}"
            if res.already_met:
                # Met before the projection starts: no crossing to mark; the line says so.
                text += self.tr(" · already met")
            if (th.value_pct, text) != self._line_state.get(i) or not line.isVisible():
                # Only a changed threshold touches its line (re-rendering labels is costly).
                self._line_state[i] = (th.value_pct, text)
                line.setValue(th.value_pct)
                line.setVisible(True)  # the label only re-renders while visible
                line.label.setFormat(text.replace("{", "{{").replace("}", "}}"))
            if res.year_reached is None or res.already_met:
                label.setVisible(False)
                markers.hide(i)
                continue
            # Mark where the path meets the line: at the threshold's level in the year reached.
            y = th.value_pct
            text = self.tr("{0} in {1}").format(_fmt_pct(th.value_pct), res.year_reached)
            if label.toPlainText() != text:
                label.setText(text)
            label.setPos(float(res.year_reached), y)
            label.setVisible(True)
            markers.show(i, float(res.year_reached), y, colour, th.measure is Measure.CORE)
        review = proj.base_year < REVIEW_YEAR <= proj.horizon
        target = proj.base_year < HAGUE_YEAR <= proj.horizon
        self.review_line.setVisible(review)
        self.target_line.setVisible(target)
        self.money_review_line.setVisible(review)
        self.money_target_line.setVisible(target)

        self._money_dirty = True
        if self.money_shown:
            self._update_money(proj, years, has_related)
        self._update_ranges(proj)

    def _update_beyond_label(self, label: pg.TextItem, res: ThresholdResult, horizon: int) -> None:
        """Show where a threshold is crossed after the horizon, at the plot's right edge."""
        later = res.year_reached_beyond_horizon
        if res.year_reached is not None or later is None:
            label.setVisible(False)
            return
        text = self.tr("\u2192 {0} in {1}").format(_fmt_pct(res.threshold.value_pct), later)
        if label.toPlainText() != text:
            label.setText(text)
        label.setPos(horizon + 0.95, res.threshold.value_pct)
        label.setVisible(True)

    def refresh_money(self) -> None:
        """Bring the money plot up to date if it missed changes while hidden."""
        proj = self._projection
        if proj is not None and self._money_dirty:
            has_related = bool(np.any(proj.related_counted_share_pct > 0))
            self._update_money(proj, proj.years.astype(float), has_related)

    @staticmethod
    def money_scale(proj: Projection) -> float:
        """The money plot's factor on amounts in billions: 1000 (millions) for a small ally.

        The phrasebook's :func:`~calculator.exports.phrases.money_unit` decides, as for tables.
        """
        return money_unit(proj.core_bn).scale

    def _update_money(self, proj: Projection, years: np.ndarray, has_related: bool) -> None:
        self._money_dirty = False
        unit = money_unit(proj.core_bn)
        scale = self._money_scale = unit.scale
        hist = proj.history
        same_currency = hist.money_currency == proj.country.currency
        self.money_history_curve.setData(hist.years.astype(float), hist.money_bn * scale)
        self.money_history_curve.setVisible(same_currency and not np.all(np.isnan(hist.money_bn)))
        self.money_core_curve.setData(years, proj.core_bn * scale)
        self._update_money_step(proj, same_currency)
        counted_bn = proj.related_counted_share_pct / 100.0 * proj.gdp_bn
        self.money_total_curve.setData(years, (proj.core_bn + counted_bn) * scale)
        self._show_in_legend(self.money_legend, self.money_total_curve, has_related)
        for i, curve in enumerate(self.money_required_curves):
            label = self.money_required_labels[i]
            if i >= len(proj.thresholds):
                curve.setVisible(False)
                label.setVisible(False)
                continue
            th = proj.thresholds[i].threshold
            needed = th.value_pct / 100.0 * proj.gdp_bn * scale
            colour = colour_of(th)
            if self._money_colours.get(i) != colour:
                self._money_colours[i] = colour
                curve.setPen(pg.mkPen(colour, width=1.6, style=Qt.PenStyle.DotLine))
                label.setColor(colour)
            curve.setData(years, needed)
            curve.setVisible(True)
            label.setText(
                self.tr("{0} {1}: {2}").format(
                    _fmt_pct(th.value_pct),
                    self.tr("core") if th.measure is Measure.CORE else self.tr("total"),
                    localize_number(f"{float(needed[-1]):,.{0 if unit is MILLIONS else 1}f}"),
                )
            )
            label.setPos(float(years[-1]), float(needed[-1]))
            label.setVisible(True)
        currency = proj.country.currency
        if (currency, scale) != self._money_label_key:
            self._money_label_key = (currency, scale)
            title = (
                self.tr("millions of {0}, current prices")
                if unit is MILLIONS
                else self.tr("billions of {0}, current prices")
            )
            self.money_plot.getPlotItem().setLabel("left", title.format(currency), color="#333333")

    def money_step(self, proj: Projection) -> tuple[float, float] | None:
        """NATO's published and the derived base-year money when they differ by over 2 %."""
        hist = proj.history
        if hist.money_currency != proj.country.currency:
            return None
        idx = np.nonzero(hist.years == proj.base_year)[0]
        if not idx.size:
            return None
        published = float(hist.money_bn[idx[0]])
        derived = float(proj.core_bn[0])
        if not (math.isfinite(published) and published > 0 and math.isfinite(derived)):
            return None
        if abs(derived / published - 1.0) <= MONEY_STEP_MARK:
            return None
        return published, derived

    def _update_money_step(self, proj: Projection, same_currency: bool) -> None:
        step = self.money_step(proj) if same_currency else None
        self.money_step_curve.setVisible(step is not None)
        self.money_step_label.setVisible(step is not None)
        if step is None:
            self.money_step_curve.setData([], [])
            return
        published, derived = step
        x = float(proj.base_year)
        scale = self._money_scale
        self.money_step_curve.setData([x, x], [published * scale, derived * scale])
        cur = proj.country.currency
        self.money_step_label.setText(
            self.tr("NATO published {0}\n\u2192 derived {1} ({2:+.0f} %)").format(
                money(published, cur), money(derived, cur), 100.0 * (derived / published - 1.0)
            )
        )
        self.money_step_label.setPos(x + 0.25, (published + derived) / 2.0 * scale)

    def _show_in_legend(self, legend: pg.LegendItem, item: pg.PlotDataItem, shown: bool) -> None:
        """Show or hide a curve together with its legend row (rows change only on toggles)."""
        in_legend = any(sample.item is item for sample, _label in legend.items)
        item.setVisible(shown)
        if shown and not in_legend:
            legend.addItem(item, self._legend_names[id(item)])
        elif not shown and in_legend:
            legend.removeItem(item)
        if legend is self.share_legend and shown != in_legend:
            self.fit_legend()

    def fit_legend(self) -> None:
        """As many legend columns as fit under the plot (1 to 3), so it never widens the plot."""
        legend = self.share_legend
        if not legend.items:
            return
        widest = (
            max(
                label.item.boundingRect().width() + sample.boundingRect().width()
                for sample, label in legend.items
            )
            + 30
        )
        columns = max(1, min(3, int(self.share_plot.width() * 0.92 // widest)))
        if columns != legend.columnCount:
            legend.setColumnCount(columns)
        # A plot laid out while its legend was wider (three long German names in a row before
        # the first projection) keeps that width until the next resize: the exported chart was
        # cut at the right. Fit it back into its view.
        item = self.share_plot.getPlotItem()
        view = QRectF(self.share_plot.rect())
        if item.geometry().width() > view.width() + 0.5:
            item.setGeometry(view)

    def _update_ranges(self, proj: Projection) -> None:
        """Set explicit view ranges; only touch the view when the domain really changed."""
        first = float(proj.history.years[0]) if len(proj.history.years) else float(MIN_YEAR)
        x_range = (first - 0.6, proj.horizon + 1.0)
        if x_range != self._x_range:
            self._x_range = x_range
            ticks = year_ticks(int(first), proj.horizon)
            for plot in (self.share_plot, self.money_plot):
                plot.getPlotItem().vb.setXRange(*x_range, padding=0)
                plot.getPlotItem().getAxis("bottom").setTicks(ticks)
        values = [float(np.nanmax(proj.core_share_pct)), float(np.nanmax(proj.total_share_pct))]
        if len(proj.history.share_pct):
            values.append(float(np.nanmax(proj.history.share_pct)))
        values += [r.threshold.value_pct for r in proj.thresholds]
        values.append(self._overlay_top)
        values.append(self._band_top)
        top = nice_top(max(values) * 1.12)
        if top != self._share_y and not self._held(top, self._share_y):
            self._share_y = top
            # 3 % above the top tick, so that its label is not cut in half at the edge
            self.share_plot.getPlotItem().vb.setYRange(0.0, top * 1.03, padding=0)
        counted_bn = proj.related_counted_share_pct / 100.0 * proj.gdp_bn
        money = [float(np.nanmax(proj.core_bn + counted_bn))]
        money += [
            r.threshold.value_pct / 100.0 * float(np.nanmax(proj.gdp_bn)) for r in proj.thresholds
        ]
        if len(proj.history.money_bn) and not np.all(np.isnan(proj.history.money_bn)):
            money.append(float(np.nanmax(proj.history.money_bn)))
        mtop = nice_top(max(money) * 1.08 * self.money_scale(proj))
        if mtop != self._money_y and not self._held(mtop, self._money_y):
            self._money_y = mtop
            self.money_plot.getPlotItem().vb.setYRange(0.0, mtop * 1.03, padding=0)

    def _held(self, top: float, current: float | None) -> bool:
        """Whether a lower top waits for the slider's release (the axes keep their ticks)."""
        return self._live and current is not None and top < current

    # ------------------------------------------------------------------ the window's frame
    def set_live(self, live: bool) -> None:
        """Hold the y-ranges while a slider is dragged; settle them when it is let go.

        While ``live``, a move may raise an axis top (a path never leaves the plot) but never
        lowers it, so most moves repaint the paths without re-ticking the axes; the release
        fits the ranges to the projection on show.
        """
        if live == self._live:
            return
        self._live = live
        if not live and self._projection is not None:
            self._update_ranges(self._projection)

    def cache_static_items(self) -> None:
        """Paint the items a slider move leaves alone from a picture (the window's chart only).

        The grid, the published history, the pinned overlays, the threshold and year lines
        (with their labels), the money needed for each threshold, and the crossing markers and
        labels are each kept as a pixmap at the current scale (Qt's ``DeviceCoordinateCache``):
        a slider move repaints the projected paths over them and moves the markers, and an item
        is drawn anew only when it, its text or the axes change.
        Exported charts do not call this: their items stay vector drawings in a PDF.
        """
        mode = QGraphicsItem.CacheMode.DeviceCoordinateCache
        items: list[QGraphicsItem] = [self.share_plot.getPlotItem().fixed_grid]
        for data_item in (
            self.history_curve,
            self.money_history_curve,
            *self.overlay_curves,
            *self.money_required_curves,
        ):
            items += [data_item.curve, data_item.scatter]
        for line in (
            *self.threshold_lines,
            self.review_line,
            self.target_line,
            self.money_review_line,
            self.money_target_line,
        ):
            items += [line, line.label, line.label.textItem]
        # Moved, not redrawn, by a slider: the crossing markers and their labels (a cached
        # picture survives a move; only a new text or colour draws it again).
        items += self.crossing_markers.items
        for text in (*self.crossing_labels, *self.beyond_labels):
            items += [text, text.textItem]
        for graphics_item in items:
            if graphics_item is not None:
                graphics_item.setCacheMode(mode)

    # ------------------------------------------------------------------ hover read-out
    def set_hover(self, year: int | None) -> None:
        """Show the hover line at ``year`` on both plots; ``None`` hides it."""
        for line in (self.share_hover_line, self.money_hover_line):
            line.setVisible(year is not None)
            if year is not None:
                line.setValue(float(year))

    def readout_text(self, year: int) -> str | None:
        """The read-out for one year: share and money, history or projection."""
        proj = self._projection
        if proj is None:
            return None
        cur = proj.country.currency
        if proj.base_year <= year <= proj.horizon:
            i = year - proj.base_year
            parts = [
                local(self.tr("{0}: core {1:.2f} % of GDP = {2}")).format(
                    year, proj.core_share_pct[i], money(float(proj.core_bn[i]), cur)
                )
            ]
            if proj.related_share_pct[i] > 0:
                parts.append(local(self.tr("total {0:.2f} %")).format(proj.total_share_pct[i]))
            parts.append(local(self.tr("GDP {0:,.0f} bn {1}")).format(proj.gdp_bn[i], cur))
            band = self.band_at(year)
            if band is not None:
                parts.append(
                    local(self.tr("draws 10\u201390 %: {0:.2f}\u2013{1:.2f} %")).format(*band)
                )
            kind = self.tr("base year, NATO") if i == 0 else self.tr("projected")
            return " · ".join(parts) + f" ({kind})"
        hist = proj.history
        idx = np.nonzero(hist.years == year)[0]
        if idx.size:
            j = int(idx[0])
            share = float(hist.share_pct[j])
            amount = float(hist.money_bn[j])
            text = local(self.tr("{0}: NATO {1:.2f} % of GDP ({2})")).format(
                year, share, hist.status[j]
            )
            if not math.isnan(amount):
                # in millions for a small ally, as the money chart: "243 m EUR"
                text += self.tr(" · {0} published").format(money(amount, hist.money_currency))
            return text
        return None


def _marker_path(symbol: str, size: float) -> QPainterPath:
    """The scatter symbol ``symbol`` ("o" or "d") of pyqtgraph, ``size`` pixels wide."""
    unit: QPainterPath = pg.graphicsItems.ScatterPlotItem.Symbols[symbol]
    return QTransform.fromScale(size, size).map(unit)


class CrossingMarkers:
    """Where the path meets each threshold: one marker per threshold slot, moved in place.

    Each marker is a plain Qt path item (painted and measured in C++; a pyqtgraph scatter item
    costs Python calls on every paint and bounding-box question) that keeps its size in pixels
    whatever the axes (``ItemIgnoresTransformations``): a disc for a core threshold, a diamond
    for a total one, in the threshold's colour with a white rim. A slider move only moves a
    marker (``setPos``) or hides it; its style changes with the slot's threshold.
    """

    SIZE = 11.0

    def __init__(self, item: pg.PlotItem, count: int) -> None:
        self.items: list[QGraphicsPathItem] = []
        self._styles: list[tuple[str, bool] | None] = [None] * count
        self._paths = {
            core: _marker_path("o" if core else "d", self.SIZE) for core in (True, False)
        }
        rim = pg.mkPen("w", width=1.2)
        for _ in range(count):
            marker = QGraphicsPathItem(self._paths[True])
            marker.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
            marker.setPen(rim)
            marker.setZValue(15)
            marker.setVisible(False)
            item.addItem(marker, ignoreBounds=True)
            self.items.append(marker)

    def show(self, i: int, x: float, y: float, colour: str, core: bool) -> None:
        """Mark slot ``i`` at ``(x, y)`` in ``colour``."""
        marker = self.items[i]
        if self._styles[i] != (colour, core):
            self._styles[i] = (colour, core)
            marker.setPath(self._paths[core])
            marker.setBrush(pg.mkBrush(colour))
        if (marker.x(), marker.y()) != (x, y):
            marker.setPos(x, y)
        if not marker.isVisible():
            marker.setVisible(True)

    def hide(self, i: int) -> None:
        """No crossing to mark in slot ``i``."""
        if self.items[i].isVisible():
            self.items[i].setVisible(False)

    def getData(self) -> tuple[np.ndarray, np.ndarray]:
        """The shown markers' x and y, in threshold order (as a scatter item's ``getData``)."""
        shown = [m for m in self.items if m.isVisible()]
        return (
            np.array([m.x() for m in shown], dtype=float),
            np.array([m.y() for m in shown], dtype=float),
        )


GRID_PEN_COLOUR = (228, 228, 228)


def style_plot(
    plot: pg.PlotWidget, left: str, bottom: str, *, fixed_grid: bool = True
) -> pg.PlotItem:
    """The house look of a plot: labels, axes, no mouse zoom or menu, ranges set by code.

    The fixed grid, if any, is kept as ``item.fixed_grid`` (the window caches its picture).
    """
    item = plot.getPlotItem()
    local_axes(item)
    item.fixed_grid = None
    if fixed_grid:
        item.fixed_grid = add_fixed_grid(item)
    else:
        item.showGrid(x=True, y=True, alpha=0.15)
    item.setLabel("left", left, color="#333333")
    item.setLabel("bottom", bottom, color="#333333")
    item.setMenuEnabled(False)
    item.hideButtons()
    item.vb.disableAutoRange()
    item.vb.setMouseEnabled(x=False, y=False)
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        axis.setTextPen("#222222")
        axis.setPen("#888888")
    return item


def add_threshold_line(item: pg.PlotItem, colour: str, font: QFont) -> pg.InfiniteLine:
    """A hidden horizontal threshold line with its label at the left, added to ``item``."""
    line = pg.InfiniteLine(
        pos=0.0,
        angle=0,
        movable=False,
        pen=pg.mkPen(colour, width=1.5, style=Qt.PenStyle.DotLine),
        label="",
        labelOpts={
            "position": 0.01,
            "color": colour,
            "anchors": [(0, 1), (0, 1)],
            "fill": LABEL_FILL,
        },
    )
    line.label.setFont(font)
    line.setVisible(False)
    line.setZValue(-5)
    item.addItem(line, ignoreBounds=True)
    return line


def add_fixed_grid(item: pg.PlotItem, y_step: float = 0.5, y_max: float = 20.0) -> pg.PlotCurveItem:
    """A light grid of plain lines: one per year and one per ``y_step`` points of GDP.

    pyqtgraph's own grid is drawn by the axes as translucent lines and costs about 10 ms a
    frame here (measured: 14 ms a repaint with it, 3 ms with these lines), which alone would
    break the one-frame budget of a slider move. These lines are built once and never change.
    """
    years = np.arange(MIN_YEAR, MAX_HORIZON + 1, dtype=float)
    levels = np.arange(1, round(y_max / y_step) + 1, dtype=float) * y_step
    x0, x1 = MIN_YEAR - 1.0, MAX_HORIZON + 1.0
    # One path of separate segments ("pairs") for all the lines: two items to paint, not 77.
    xs = np.concatenate([np.repeat(years, 2), np.tile([x0, x1], len(levels))])
    ys = np.concatenate([np.tile([0.0, y_max], len(years)), np.repeat(levels, 2)])
    grid = pg.PlotCurveItem(xs, ys, connect="pairs", pen=pg.mkPen(GRID_PEN_COLOUR, width=1))
    grid.setZValue(-20)
    item.addItem(grid, ignoreBounds=True)
    return grid


def year_ticks(first: int, last: int) -> list[list[tuple[float, str]]]:
    """Labelled ticks every 2 or 5 years counted back from ``last`` (so it is labelled)."""
    step = 2 if last - first <= 24 else 5
    major = [(float(y), str(y)) for y in range(last, first - 1, -step)][::-1]
    minor = [(float(y), "") for y in range(first, last + 1)]
    return [major, minor]


def nice_top(value: float) -> float:
    """Round an axis top up to a tidy number (0.5 steps below 10, 1-2-5 above)."""
    if value <= 0 or not math.isfinite(value):
        return 1.0
    if value < 10:
        return math.ceil(value * 2) / 2
    magnitude = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        top = math.ceil(value / (step * magnitude / 5)) * (step * magnitude / 5)
        if top >= value:
            return float(top)
    return float(value)
