"""The PDF brief (A4 or Letter) and the alliance PDF.

A QTextDocument (the brief's HTML from :mod:`calculator.exports.brief`, with the chart as a
2000-pixel image, well above 200 dpi on the page) painted page by page on a QPdfWriter with a
footer on every page, in memory; then written atomically and checked
(:func:`calculator.storage.atomic_write_bytes`).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
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

from calculator import __version__
from calculator.core.dataset import Dataset
from calculator.core.projection import Projection
from calculator.exports.brief import alliance_html, brief_html
from calculator.render.images import SCREEN_DPI, render_chart_image
from calculator.render.qt import ensure_app
from calculator.storage import WriteError, atomic_write_bytes


def _write_html_pdf(
    path: Path, html: str, images: dict[str, object], title: str, footer: str, paper: str
) -> int:
    """Lay out ``html`` on A4/Letter pages with a footer; return the page count."""
    ensure_app()
    # Drawn in memory, then written atomically and checked: QPdfWriter reports a full disk
    # poorly (a truncated file and no error), so it never writes to the target itself.
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
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
    del writer  # flushes the PDF's trailer into the buffer
    data = bytes(buffer.data().data())
    if not (data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")):
        raise WriteError(f"{path}: the PDF could not be drawn; nothing was written")
    atomic_write_bytes(path, data)
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
