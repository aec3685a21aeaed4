"""NATO's equipment guideline as a chart: equipment's and personnel's share of defence spending.

One builder, :class:`EquipmentPlot`, draws the history of Table 8a (equipment solid, personnel
dashed, NATO's 20 % guideline as a labelled dotted line, estimates as hollow markers) on a
``pg.PlotWidget``: the window's Vintages tab shows it and :func:`render_equipment_image` paints
the same plot for the PDF brief. Items are built once; :meth:`EquipmentPlot.set_history` only
calls ``setData``.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication, QWidget

from calculator.core.equipment import GUIDELINE_PCT
from calculator.exports import phrases
from calculator.exports.palette import CORE_COLOUR, HISTORY_COLOUR
from calculator.exports.phrases import Translate, identity
from calculator.render.chart import add_fixed_grid, nice_top, style_plot, year_ticks
from calculator.render.images import flush_deletions
from calculator.render.qt import ensure_app

EQUIPMENT_CHART_SIZE = (760, 300)  # logical pixels of the exported chart
EQUIPMENT_SCALE = 2.5  # device pixels per logical pixel in the PDF
GUIDELINE_COLOUR = "#976800"  # Okabe-Ito orange darkened for text contrast (as 2.1 %)
PERSONNEL_COLOUR = HISTORY_COLOUR
EQUIPMENT_COLOUR = CORE_COLOUR
ESTIMATE_FILL = "#FFFFFF"


class EquipmentPlot:
    """Equipment's and personnel's share of defence spending by year, against the 20 % line.

    Parameters
    ----------
    plot
        The widget to draw on (the window's or an offscreen one for the PDF).
    tr
        The translate hook for the axis, legend and guideline texts.
    """

    def __init__(self, plot: pg.PlotWidget, tr: Translate = identity) -> None:
        self.plot = plot
        plot.setBackground("w")
        self.item = style_plot(plot, phrases.say(phrases.EQUIPMENT_AXIS, tr), "", fixed_grid=False)
        add_fixed_grid(self.item, y_step=10.0, y_max=100.0)
        font = QFont()
        font.setPointSizeF(8.5)
        # under the year axis, in the plot's own layout (as on the share chart): it never
        # covers a curve, however small the window
        self.legend = pg.LegendItem(
            labelTextSize="8pt", labelTextColor="#222222", colCount=3, frame=False
        )
        self.item.layout.addItem(self.legend, 4, 1)
        self.item.legend = self.legend  # plot(name=...) adds its row here
        self.guideline = pg.InfiniteLine(
            pos=GUIDELINE_PCT,
            angle=0,
            movable=False,
            pen=pg.mkPen(GUIDELINE_COLOUR, width=1.5, style=Qt.PenStyle.DotLine),
            label=phrases.say(phrases.EQUIPMENT_GUIDELINE_LINE, tr),
            labelOpts={"position": 0.3, "color": GUIDELINE_COLOUR, "anchors": [(0, 0), (0, 0)]},
        )
        self.guideline.label.setFont(font)
        self.guideline.setZValue(-5)
        self.item.addItem(self.guideline, ignoreBounds=True)
        self.equipment = self.item.plot(
            [],
            [],
            name=phrases.say(phrases.EQUIPMENT_CURVE, tr),
            pen=pg.mkPen(EQUIPMENT_COLOUR, width=2.0),
            symbol="o",
            symbolSize=6,
            symbolPen=pg.mkPen(EQUIPMENT_COLOUR, width=1.5),
            symbolBrush=EQUIPMENT_COLOUR,
        )
        self.personnel = self.item.plot(
            [],
            [],
            name=phrases.say(phrases.PERSONNEL_CURVE, tr),
            pen=pg.mkPen(PERSONNEL_COLOUR, width=1.5, style=Qt.PenStyle.DashLine),
            symbol="s",
            symbolSize=5,
            symbolPen=pg.mkPen(PERSONNEL_COLOUR, width=1.2),
            symbolBrush=PERSONNEL_COLOUR,
        )
        self.years: list[int] = []

    def set_history(self, eq: dict[str, Any] | None) -> None:
        """Show :func:`calculator.core.equipment.equipment_history`'s shares, or nothing."""
        if eq is None:
            self.years = []
            self.equipment.setData([], [])
            self.personnel.setData([], [])
            return
        years = [int(y) for y in eq["years"]]
        self.years = years
        xs = np.asarray(years, dtype=float)
        share = np.asarray(eq["equipment_share_pct"], dtype=float)
        # an estimate is a hollow marker, as NATO marks it with an "e"
        brushes = [
            pg.mkBrush(ESTIMATE_FILL if s == "estimate" else EQUIPMENT_COLOUR) for s in eq["status"]
        ]
        self.equipment.setData(xs, share, symbolBrush=brushes)
        personnel = [np.nan if v is None else float(v) for v in eq["personnel_share_pct"]]
        known = ~np.isnan(np.asarray(personnel))
        self.personnel.setData(xs[known], np.asarray(personnel)[known])
        self.personnel.setVisible(bool(known.any()))
        top = max([GUIDELINE_PCT, *share.tolist(), *np.asarray(personnel)[known].tolist()])
        self.item.vb.setYRange(0.0, nice_top(top * 1.12), padding=0)
        self.item.vb.setXRange(years[0] - 0.4, years[-1] + 0.4, padding=0)
        self.item.getAxis("bottom").setTicks(year_ticks(years[0], years[-1]))

    def curve_data(self) -> dict[str, tuple[list[float], list[float]]]:
        """What each curve shows, ``name -> (years, values)`` (tests assert on data)."""
        out = {}
        for key, curve in (("equipment", self.equipment), ("personnel", self.personnel)):
            x, y = curve.getData()
            out[key] = (
                [] if x is None else list(map(float, x)),
                [] if y is None else list(map(float, y)),
            )
        return out


def render_equipment_image(
    eq: dict[str, Any], caption: str = "", scale: float = EQUIPMENT_SCALE
) -> QImage:
    """The equipment chart of ``eq`` with ``caption`` under it, as a high-DPI QImage."""
    ensure_app()
    plot = pg.PlotWidget(background="w")
    plot.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    w, h = EQUIPMENT_CHART_SIZE
    foot = 30 if caption else 0
    plot.resize(w, h)
    chart = EquipmentPlot(plot)
    for curve in (chart.equipment, chart.personnel):
        pen = pg.mkPen(curve.opts["pen"])
        pen.setWidthF(pen.widthF() * 1.4)
        curve.setPen(pen)
    chart.set_history(eq)
    plot.show()
    QApplication.processEvents()
    image = QImage(int(w * scale), int((h + foot) * scale), QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(scale)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    plot.scene().render(painter, QRectF(0, 0, w, h), plot.sceneRect())
    if caption:
        font = QFont()
        font.setPixelSize(11)
        painter.setFont(font)
        painter.setPen(QColor("#444444"))
        painter.drawText(
            QRectF(8, h + 2, w - 16, foot - 2),
            int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap),
            caption,
        )
    painter.end()
    plot.close()
    plot.deleteLater()
    flush_deletions()
    return image


def equipment_caption(eq: dict[str, Any], country: str, tr: Translate = identity) -> str:
    """The line under the exported chart: whose shares, what they are, the source."""
    return phrases.say(phrases.EQUIPMENT_CHART_SOURCE, tr).format(
        country, phrases.say(phrases.EQUIPMENT_TITLE, tr), eq["source"]
    )


def new_equipment_widget(parent: QWidget | None = None, tr: Translate = identity) -> EquipmentPlot:
    """A plot widget with the equipment chart on it, for the window (no mouse zoom)."""
    plot = pg.PlotWidget(parent, background="w")
    return EquipmentPlot(plot, tr)
