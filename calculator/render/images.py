"""The chart as an image: PNG (raster, high-DPI) or SVG (vector), with its source line.

The chart in every export is drawn by the same :class:`ProjectionPlots` the window shows.
Everything is drawn in memory and then written atomically and checked
(:func:`calculator.storage.atomic_write_bytes`): a full disk is an error, never a short file.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QBuffer, QCoreApplication, QEvent, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication

from calculator import __version__
from calculator.core.dataset import Dataset
from calculator.core.projection import Projection
from calculator.exports.locales import localize_months
from calculator.exports.report_words import CHART_SOURCE, ally, sentence
from calculator.exports.uncertainty import UncertaintyResult, band_of_share
from calculator.render.chart import GRID_PEN_COLOUR, ProjectionPlots
from calculator.render.qt import ensure_app
from calculator.storage import WriteError, atomic_write_bytes

CHART_SIZE = (820, 470)  # logical pixels of the on-screen chart that is rendered
CHART_SCALE = 2.5  # device pixels per logical pixel in exported images
SCREEN_DPI = 96.0
FOOT_HEIGHT = 44  # logical pixels under the chart for the source line


def source_line(proj: Projection, ds: Dataset) -> str:
    """The line under every exported chart: what it shows and where the figures come from."""
    edition = ds.manifest.source(ds.manifest.nato_editions[proj.scenario.nato_edition])
    return sentence(
        CHART_SOURCE,
        ally(proj.country.iso3, proj.country.name),
        edition.title,
        localize_months(edition.edition),
        edition.cut_off,
        proj.base_year,
        __version__,
    )


def _chart(proj: Projection, uncertainty: UncertaintyResult | None = None) -> ProjectionPlots:
    """The share plot alone, laid out offscreen at the export size, showing ``proj``.

    With ``uncertainty`` the band of the core share is drawn too (where the share spreads).
    """
    plots = ProjectionPlots()
    plots.share_plot.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    plots.share_plot.resize(*CHART_SIZE)
    plots.share_plot.show()
    QApplication.processEvents()
    plots.set_projection(proj)
    if uncertainty is not None:
        plots.set_band(uncertainty.mc.years, band_of_share(uncertainty.mc))
    plots.fit_legend()  # as many legend columns as fit at the export size, the plot within it
    QApplication.processEvents()
    return plots


def render_chart_image(
    proj: Projection,
    ds: Dataset,
    scale: float = CHART_SCALE,
    uncertainty: UncertaintyResult | None = None,
) -> QImage:
    """The share-of-GDP chart with a source line under it, as a QImage (with the band if given)."""
    ensure_app()
    chart = _chart(proj, uncertainty)
    _thicken_lines(chart, scale)
    w, h = CHART_SIZE
    foot = FOOT_HEIGHT
    image = QImage(int(w * scale), int((h + foot) * scale), QImage.Format.Format_ARGB32)
    # Drawn in logical pixels on a high-DPI image, so that pixel-mode items (markers, the
    # legend) scale with everything else.
    image.setDevicePixelRatio(scale)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    _paint_chart(painter, chart, _band_source(chart, source_line(proj, ds), uncertainty))
    painter.end()
    _dispose(chart)
    return image


def _band_source(chart: ProjectionPlots, line: str, uncertainty: UncertaintyResult | None) -> str:
    """The source line, saying what the shade is when a band is drawn."""
    if uncertainty is None or not chart.band_shown:
        return line
    return (
        f"{line} Shaded: 10th-90th (darker) and 5th-95th percentile of "
        f"{uncertainty.mc.draws:,} draws of growth and inflation."
    )


def comparison_source_line(projs: Sequence[Projection], ds: Dataset) -> str:
    """The line under a comparison chart: whose paths it shows and where the figures come from."""
    first = projs[0]
    edition = ds.manifest.source(ds.manifest.nato_editions[first.scenario.nato_edition])
    return (
        f"Core defence spending as % of GDP; dashed: the first scenario, solid: the others. "
        f"Sources: NATO, {edition.title}, {edition.edition} (cut-off {edition.cut_off}); IMF "
        f"World Economic Outlook, October 2025. Defence Budget What-If Calculator {__version__}."
    )


def render_comparison_chart_image(
    projs: Sequence[Projection], labels: Sequence[str], ds: Dataset, scale: float = CHART_SCALE
) -> QImage:
    """The overlay chart of a comparison, with a source line under it.

    The first scenario's share chart with its thresholds; the others' core shares drawn over
    it, as the window's Compare draws pinned scenarios.
    """
    ensure_app()
    chart = _chart(projs[0])
    chart.set_overlays(list(zip(labels[1:], projs[1:], strict=True)))
    label = chart.share_legend.getLabel(chart.core_curve)
    if label is not None and labels:
        label.setText(labels[0])  # the dashed path is the first scenario, named as in the table
    chart.fit_legend()
    QApplication.processEvents()
    _thicken_lines(chart, scale)
    w, h = CHART_SIZE
    image = QImage(int(w * scale), int((h + FOOT_HEIGHT) * scale), QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(scale)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    _paint_chart(painter, chart, comparison_source_line(projs, ds))
    painter.end()
    _dispose(chart)
    return image


def write_chart_image(
    path: Path, proj: Projection, ds: Dataset, uncertainty: UncertaintyResult | None = None
) -> None:
    """Write the chart as PNG (raster, 2× scale) or SVG (vector) by ``path``'s extension."""
    if path.suffix.lower() == ".svg":
        _write_svg(path, proj, ds, uncertainty)
        return
    image = render_chart_image(proj, ds, uncertainty=uncertainty)
    atomic_write_bytes(path, png_bytes(image, path))


def png_bytes(image: QImage, path: Path) -> bytes:
    """Encode ``image`` as PNG in memory; the caller writes the bytes atomically.

    Qt's own file writing reports a full disk poorly (a truncated file, or success), so every
    image is encoded in memory first and written by :func:`calculator.storage.atomic_write_bytes`,
    which checks that every byte reached the disk.
    """
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6 takes the format as str at run time though its stubs say bytes.
    if not image.save(buffer, "PNG") or buffer.size() == 0:  # type: ignore[call-overload]
        raise WriteError(f"{path}: the image could not be encoded; nothing was written")
    return bytes(buffer.data().data())


def _write_svg(
    path: Path, proj: Projection, ds: Dataset, uncertainty: UncertaintyResult | None = None
) -> None:
    from PySide6.QtSvg import QSvgGenerator

    ensure_app()
    chart = _chart(proj, uncertainty)
    w, h = CHART_SIZE
    foot = FOOT_HEIGHT
    buffer = QBuffer()  # drawn in memory, then written atomically (see png_bytes)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    gen = QSvgGenerator()
    gen.setOutputDevice(buffer)
    gen.setSize(QSize(w, h + foot))
    gen.setViewBox(QRectF(0, 0, w, h + foot))
    gen.setResolution(int(SCREEN_DPI))
    gen.setTitle(f"{proj.country.name}: defence spending, % of GDP")
    gen.setDescription(source_line(proj, ds))
    painter = QPainter(gen)
    painter.fillRect(QRectF(0, 0, w, h + foot), QColor("white"))
    _paint_chart(painter, chart, _band_source(chart, source_line(proj, ds), uncertainty))
    painter.end()
    _dispose(chart)
    buffer.close()
    data = bytes(buffer.data().data())
    if not data.rstrip().endswith(b"</svg>"):
        raise WriteError(f"{path}: the SVG could not be drawn; nothing was written")
    atomic_write_bytes(path, data)


def _paint_chart(painter: QPainter, chart: ProjectionPlots, source: str) -> None:
    """Draw the share chart with the source line under it, in logical pixels."""
    w, h = CHART_SIZE
    scene = chart.share_plot.scene()
    scene.render(painter, QRectF(0, 0, w, h), chart.share_plot.sceneRect())
    painter.save()
    font = QFont(painter.font())
    font.setPointSizeF(7.5)
    painter.setFont(font)
    painter.setPen(QColor("#444444"))
    painter.drawText(
        QRectF(8, h + 4, w - 16, FOOT_HEIGHT - 6),
        int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap),
        source,
    )
    painter.restore()


def _thicken_lines(chart: ProjectionPlots, factor: float) -> None:
    """Widen the export chart's data and threshold lines by ``factor``.

    pyqtgraph's pens are cosmetic (device pixels), so on a high-DPI image they would come out
    thinner than the text; the grid keeps its hairlines. Only this throw-away chart changes.
    """
    for item in chart.share_plot.getPlotItem().items:
        if isinstance(item, pg.PlotDataItem):
            pen = pg.mkPen(item.opts["pen"])
            pen.setWidthF(pen.widthF() * factor)
            item.setPen(pen)
        elif isinstance(item, pg.InfiniteLine):
            if item.pen.color().getRgb()[:3] == GRID_PEN_COLOUR:
                continue
            pen = pg.mkPen(item.pen)
            pen.setWidthF(max(pen.widthF(), 1.0) * factor)
            item.setPen(pen)


def _dispose(chart: ProjectionPlots) -> None:
    """Delete the throw-away export chart now, not at some later turn of the event loop.

    Left to ``deleteLater`` alone, its plots were destroyed whenever the loop next ran, in the
    middle of whatever the window (or the next test) was laying out.
    """
    for plot in (chart.share_plot, chart.money_plot):
        plot.close()
        plot.deleteLater()
    chart.deleteLater()
    flush_deletions()


def flush_deletions() -> None:
    """Carry out every pending ``deleteLater`` at this safe point."""
    QCoreApplication.sendPostedEvents(None, int(QEvent.Type.DeferredDelete))
