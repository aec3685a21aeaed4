"""Qt renderers: the PDF brief (A4 or Letter), and the chart as PNG or SVG.

The chart in every export is drawn by the same :class:`ProjectionChart` the window shows. The
PDF is a QTextDocument (the brief's HTML, with the chart as a 2000-pixel image, well above
200 dpi on the page) painted page by page on a QPdfWriter with a footer on every page.
All writes are atomic (see :func:`calculator.storage.atomic_output`).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from calculator import __version__
from calculator.core.dataset import Dataset
from calculator.core.projection import Projection
from calculator.exports.brief import alliance_html, brief_html
from calculator.storage import WriteError, atomic_output

CHART_SIZE = (820, 470)  # logical pixels of the on-screen chart that is rendered
CHART_SCALE = 2.5  # device pixels per logical pixel in exported images
SCREEN_DPI = 96.0
FOOT_HEIGHT = 44  # logical pixels under the chart for the source line


def _ensure_app() -> None:
    """A QApplication with the bundled fonts (offscreen when there is no display)."""
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from calculator.gui.app import load_fonts

    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    if not getattr(app, "_calculator_fonts", False):
        load_fonts(app)
        app._calculator_fonts = True  # type: ignore[attr-defined]


def source_line(proj: Projection, ds: Dataset) -> str:
    """The line under every exported chart: what it shows and where the figures come from."""
    edition = ds.manifest.source(ds.manifest.nato_editions[proj.scenario.nato_edition])
    return (
        f"{proj.country.name}, core defence spending as % of GDP. Sources: NATO, "
        f"{edition.title}, {edition.edition} (cut-off {edition.cut_off}); IMF World "
        f"Economic Outlook, October 2025. Projection from {proj.base_year}: Defence Budget "
        f"What-If Calculator {__version__}."
    )


def _chart(proj: Projection):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from calculator.gui.chart import ProjectionChart

    chart = ProjectionChart()
    chart.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    chart.share_plot.setParent(None)  # render the share view alone, laid out at full size
    chart.share_plot.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    chart.share_plot.resize(*CHART_SIZE)
    chart.share_plot.show()
    QApplication.processEvents()
    chart.set_projection(proj)
    QApplication.processEvents()
    return chart


def render_chart_image(proj: Projection, ds: Dataset, scale: float = CHART_SCALE):  # type: ignore[no-untyped-def]
    """The share-of-GDP chart with a source line under it, as a QImage."""
    from PySide6.QtGui import QColor, QImage, QPainter

    _ensure_app()
    chart = _chart(proj)
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
    _paint_chart(painter, chart, source_line(proj, ds))
    painter.end()
    _dispose(chart)
    return image


def write_chart_image(path: Path, proj: Projection, ds: Dataset) -> None:
    """Write the chart as PNG (raster, 2× scale) or SVG (vector) by ``path``'s extension."""
    if path.suffix.lower() == ".svg":
        _write_svg(path, proj, ds)
        return
    image = render_chart_image(proj, ds)
    with atomic_output(path) as tmp:
        if not image.save(str(tmp), "PNG"):
            raise WriteError(f"{path}: the image could not be encoded")


def _write_svg(path: Path, proj: Projection, ds: Dataset) -> None:
    from PySide6.QtCore import QRectF, QSize
    from PySide6.QtGui import QColor, QPainter
    from PySide6.QtSvg import QSvgGenerator

    _ensure_app()
    chart = _chart(proj)
    w, h = CHART_SIZE
    foot = FOOT_HEIGHT
    with atomic_output(path) as tmp:
        gen = QSvgGenerator()
        gen.setFileName(str(tmp))
        gen.setSize(QSize(w, h + foot))
        gen.setViewBox(QRectF(0, 0, w, h + foot))
        gen.setResolution(int(SCREEN_DPI))
        gen.setTitle(f"{proj.country.name}: defence spending, % of GDP")
        gen.setDescription(source_line(proj, ds))
        painter = QPainter(gen)
        painter.fillRect(QRectF(0, 0, w, h + foot), QColor("white"))
        _paint_chart(painter, chart, source_line(proj, ds))
        painter.end()
    _dispose(chart)


def _paint_chart(painter, chart, source: str) -> None:  # type: ignore[no-untyped-def]
    """Draw the share chart with the source line under it, in logical pixels."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont

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


def _thicken_lines(chart, factor: float) -> None:  # type: ignore[no-untyped-def]
    """Widen the export chart's data and threshold lines by ``factor``.

    pyqtgraph's pens are cosmetic (device pixels), so on a high-DPI image they would come out
    thinner than the text; the grid keeps its hairlines. Only this throw-away chart changes.
    """
    import pyqtgraph as pg

    from calculator.gui.chart import GRID_PEN_COLOUR

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


def _dispose(chart) -> None:  # type: ignore[no-untyped-def]
    chart.share_plot.close()
    chart.share_plot.deleteLater()
    chart.deleteLater()


def _write_html_pdf(
    path: Path, html: str, images: dict[str, object], title: str, footer: str, paper: str
) -> int:
    """Lay out ``html`` on A4/Letter pages with a footer; return the page count."""
    from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
    from PySide6.QtGui import (
        QColor,
        QFont,
        QFontMetricsF,
        QPageLayout,
        QPageSize,
        QPainter,
        QPdfWriter,
        QTextDocument,
    )

    _ensure_app()
    with atomic_output(path) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(300)
        size = QPageSize.PageSizeId.Letter if paper == "letter" else QPageSize.PageSizeId.A4
        writer.setPageLayout(
            QPageLayout(
                QPageSize(size),
                QPageLayout.Orientation.Portrait,
                QMarginsF(16, 14, 16, 16),
                QPageLayout.Unit.Millimeter,
            )
        )
        writer.setTitle(title)
        writer.setCreator(f"Defence Budget What-If Calculator {__version__}")
        doc = QTextDocument()
        doc.setDefaultFont(QFont("DejaVu Sans", 9))
        for name, image in images.items():
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        doc.setHtml(html)
        body = writer.pageLayout().paintRectPixels(writer.resolution())
        k = writer.resolution() / SCREEN_DPI  # layout in 96-dpi units, painted at 300 dpi
        footer_h = 22.0
        page_w, page_h = body.width() / k, body.height() / k - footer_h
        doc.setPageSize(QSizeF(page_w, page_h))
        doc.setDocumentMargin(0)
        pages = doc.pageCount()
        painter = QPainter(writer)
        if not painter.isActive():
            raise WriteError(f"{path}: cannot start the PDF")
        painter.scale(k, k)
        foot_font = QFont("DejaVu Sans")
        foot_font.setPixelSize(9)  # in 96-dpi units, like the layout
        for i in range(pages):
            if i:
                writer.newPage()
            painter.save()
            painter.translate(0, -i * page_h)
            doc.drawContents(painter, QRectF(0, i * page_h, page_w, page_h))
            painter.restore()
            painter.setFont(foot_font)
            painter.setPen(QColor("#666666"))
            painter.drawLine(0, int(page_h + 6), int(page_w), int(page_h + 6))
            # The footer never runs into the page number: long titles are cut with "…".
            metrics = QFontMetricsF(foot_font)
            text = metrics.elidedText(footer, Qt.TextElideMode.ElideRight, page_w * 0.8)
            painter.drawText(
                QRectF(0, page_h + 8, page_w * 0.82, footer_h - 8),
                int(Qt.AlignmentFlag.AlignLeft),
                text,
            )
            painter.drawText(
                QRectF(page_w * 0.82, page_h + 8, page_w * 0.18, footer_h - 8),
                int(Qt.AlignmentFlag.AlignRight),
                f"Page {i + 1} of {pages}",
            )
        painter.end()
    return pages


def write_pdf(path: Path, proj: Projection, ds: Dataset, paper: str = "a4") -> int:
    """Write the PDF brief for one ally; return the number of pages."""
    image = render_chart_image(proj, ds)
    title = proj.scenario.name or f"{proj.country.name}: defence spending scenario"
    footer = f"{title} · Defence Budget What-If Calculator {__version__} · dataset {ds.id}"
    return _write_html_pdf(
        path,
        brief_html(proj, ds, chart_src="chart.png"),
        {"chart.png": image},
        title,
        footer,
        paper,
    )


def write_alliance_pdf(
    path: Path, projs: Sequence[Projection], ds: Dataset, paper: str = "a4"
) -> int:
    """Write the alliance overview as a PDF; return the number of pages."""
    title = "The alliance: thresholds by ally"
    footer = f"{title} · Defence Budget What-If Calculator {__version__} · dataset {ds.id}"
    return _write_html_pdf(path, alliance_html(projs, ds), {}, title, footer, paper)
