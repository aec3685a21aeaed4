"""The alliance chart as an image: every ally's core share path, with the core thresholds.

Drawn to look like the window's alliance chart (:mod:`calculator.gui.alliance`): one thin grey
line per ally, the core thresholds as dotted lines in their colours with their labels, the
house plot style; the allies furthest above and below are named at the right edge so a printed
page can be read without hovering.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter
from PySide6.QtWidgets import QApplication

from calculator.core.models import HAGUE_YEAR, Measure
from calculator.core.projection import Projection
from calculator.exports.locales import ally_name
from calculator.exports.palette import threshold_colour
from calculator.exports.phrases import threshold_title
from calculator.render.chart import add_threshold_line, nice_top, style_plot, year_ticks
from calculator.render.images import flush_deletions
from calculator.render.qt import ensure_app

ALLIANCE_CHART_SIZE = (820, 420)  # logical pixels
ALLIANCE_SCALE = 2.5  # device pixels per logical pixel
OTHER_COLOUR = "#B8B8B8"  # the window's grey for every ally's path
NAMED_AT_EDGE = 3  # allies named at the right edge, from the top


def render_alliance_image(projs: Sequence[Projection], scale: float = ALLIANCE_SCALE) -> QImage:
    """Every ally's core share from its base year to the horizon, as a high-DPI QImage."""
    ensure_app()
    plot = pg.PlotWidget(background="w")
    plot.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    w, h = ALLIANCE_CHART_SIZE
    plot.resize(w, h)
    item = style_plot(plot, "core defence, % of GDP", "Year (NATO fiscal year)")
    top = 0.0
    first, last = HAGUE_YEAR, HAGUE_YEAR
    # Every ally's path in one item, NaN between allies, as in the window: one path to stroke.
    gap = np.array([np.nan])
    xs = [a for p in projs for a in (p.years.astype(float), gap)]
    ys = [a for p in projs for a in (p.core_share_pct, gap)]
    if xs:
        x, y = np.concatenate(xs), np.concatenate(ys)
        paths = pg.PlotCurveItem(x, y, pen=pg.mkPen(OTHER_COLOUR, width=scale), connect="finite")
        item.addItem(paths)
        top = float(np.nanmax(y))
    for p in projs:
        first, last = min(first, p.base_year), max(last, p.horizon)
    font = QFont()
    font.setPointSizeF(8.5)
    thresholds = [t.threshold for t in projs[0].thresholds] if projs else []
    for i, th in enumerate(thresholds):
        if th.measure is not Measure.CORE:  # the paths are core shares
            continue
        line = add_threshold_line(item, threshold_colour(i), font)
        pen = pg.mkPen(line.pen)
        pen.setWidthF(1.5 * scale)
        line.setPen(pen)
        line.setValue(th.value_pct)
        line.setVisible(True)  # the label only renders while its line is visible
        line.label.setFormat(threshold_title(th))  # 3.5 % core · Hague core, 2035
        top = max(top, th.value_pct)
    # Name the highest paths at the horizon: the allies a reader looks for first.
    ranked = sorted(projs, key=lambda p: float(p.core_share_pct[-1]), reverse=True)
    y_top = nice_top(top * 1.08)
    # Two allies ending close together would print their names over each other: each name
    # sits at least a line's height (in shares) below the one above it.
    line_height = y_top * 1.03 * (QFontMetricsF(font).height() + 2) / h
    below = math.inf
    for p in ranked[:NAMED_AT_EDGE]:
        label = pg.TextItem(
            ally_name(p.country.iso3, p.country.name), color="#444444", anchor=(1.0, 0.5)
        )
        label.setFont(font)
        at = min(float(p.core_share_pct[-1]), below - line_height)
        below = at
        label.setPos(float(p.years[-1]), at)
        item.addItem(label, ignoreBounds=True)
    item.vb.setXRange(first - 0.3, last + 0.5, padding=0)
    item.getAxis("bottom").setTicks(year_ticks(first, last))
    item.vb.setYRange(0.0, y_top * 1.03, padding=0)
    plot.show()
    QApplication.processEvents()

    image = QImage(int(w * scale), int(h * scale), QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(scale)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    plot.scene().render(painter, QRectF(0, 0, w, h), plot.sceneRect())
    painter.end()
    plot.close()
    plot.deleteLater()
    flush_deletions()
    return image
