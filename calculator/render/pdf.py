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
    QTextCursor,
    QTextDocument,
    QTextTable,
)

from calculator import __version__
from calculator.core.dataset import Dataset
from calculator.core.fiscal import FiscalImpact
from calculator.core.projection import Projection
from calculator.exports.brief import alliance_html, brief_html
from calculator.exports.compare import Comparison
from calculator.exports.phrases import VINTAGES_TITLE, say
from calculator.exports.report_words import (
    ALLIANCE_PDF_TITLE,
    BRIEF_TITLE,
    FOOTER,
    PAGE,
    ally,
    sentence,
)
from calculator.exports.uncertainty import UncertaintyResult
from calculator.exports.vintages import VintageComparison, equipment_summary
from calculator.render.images import SCREEN_DPI, render_chart_image
from calculator.render.qt import ensure_app
from calculator.storage import WriteError, atomic_write_bytes


def _write_html_pdf(
    path: Path,
    html: str,
    images: dict[str, object],
    title: str,
    footer: str,
    paper: str,
    keep_whole: Sequence[str] = (),
) -> int:
    """Lay out ``html`` on A4/Letter pages with a footer; return the page count.

    ``keep_whole``: headings of sections (heading, text, first table) that start on a new page
    rather than break across one (:func:`keep_section_together`).
    """
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
    for heading in keep_whole:
        keep_section_together(doc, page_h, heading)
    keep_rows_together(doc, page_h)
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
            sentence(PAGE, i + 1, pages),
        )
    painter.end()
    del writer  # flushes the PDF's trailer into the buffer
    data = bytes(buffer.data().data())
    if not (data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")):
        raise WriteError(f"{path}: the PDF could not be drawn; nothing was written")
    atomic_write_bytes(path, data)
    return pages


def straddling_rows(doc: QTextDocument, page_h: float) -> list[tuple[QTextTable, int, float]]:
    """Table rows that a page break would cut: (table, row, where the row starts).

    Qt lays a table cell out line by line, so a row whose cells wrap onto several lines can be
    split across a page break; rows are found here from the laid-out positions of their cells.
    """
    layout = doc.documentLayout()
    layout.documentSize()  # lays out what changed since (Qt lays out lazily)
    found: list[tuple[QTextTable, int, float]] = []
    for table in _tables(doc):
        for row in range(table.rows()):
            top, bottom = float("inf"), 0.0
            for col in range(table.columns()):
                cell = table.cellAt(row, col)
                block = cell.firstCursorPosition().block()
                end = cell.lastCursorPosition().block()
                while block.isValid():
                    # the lines' own positions: a block's rectangle includes its margins
                    y = layout.blockBoundingRect(block).top()
                    lines = block.layout()
                    if lines.lineCount():
                        top = min(top, y + lines.lineAt(0).rect().top())
                        bottom = max(
                            bottom, y + lines.lineAt(lines.lineCount() - 1).rect().bottom()
                        )
                    if block == end:
                        break
                    block = block.next()
            cut = bottom > top and int(top // page_h) != int((bottom - 0.5) // page_h)
            if cut and bottom - top < page_h * 0.8:  # a row taller than a page must be cut
                found.append((table, row, top))
    return found


def keep_rows_together(doc: QTextDocument, page_h: float) -> None:
    """Move every row that a page break would cut to the top of the next page.

    Each of the row's cells gets top padding that pushes the row past the break (Qt honours no
    ``page-break-inside`` on rows, nor a block's top margin inside a cell); repeated until no
    row is cut, since each move shifts what follows.
    """
    for _ in range(50):
        rows = straddling_rows(doc, page_h)
        if not rows:
            return
        table, row, top = rows[0]
        push = (int(top // page_h) + 1) * page_h - top + 2.0
        for col in range(table.columns()):
            cell = table.cellAt(row, col)
            fmt = cell.format().toTableCellFormat()
            fmt.setTopPadding(fmt.topPadding() + push)
            cell.setFormat(fmt)


def section_span(doc: QTextDocument, heading: str) -> tuple[float, float] | None:
    """Where the section under ``heading`` starts and where its first table ends, laid out.

    ``None`` when no block reads ``heading`` or no table follows it.
    """
    layout = doc.documentLayout()
    layout.documentSize()
    block = doc.begin()
    while block.isValid() and (
        block.text().strip() != heading or QTextCursor(block).currentTable() is not None
    ):
        block = block.next()
    if not block.isValid():
        return None
    top = layout.blockBoundingRect(block).top()
    after = block.position()
    table = next((t for t in _tables(doc) if t.firstPosition() > after), None)
    if table is None:
        return None
    end = QTextCursor(doc)
    end.setPosition(table.lastPosition())
    bottom = layout.blockBoundingRect(end.block()).bottom()
    return top, bottom


def keep_section_together(doc: QTextDocument, page_h: float, heading: str) -> bool:
    """Start the section under ``heading`` on a new page if a page break would cut it.

    The section (its heading, text and first table, e.g. "What changed between editions") is
    short; split, its table's rows sit on one page and the header it is read against on
    another. A section taller than a page is left to break. ``True`` if it was moved.
    """
    span = section_span(doc, heading)
    if span is None:
        return False
    top, bottom = span
    if int(top // page_h) == int((bottom - 0.5) // page_h) or bottom - top > page_h * 0.9:
        return False
    block = doc.begin()
    while block.isValid() and block.text().strip() != heading:
        block = block.next()
    # A top margin that moves the heading 2 px past the break (as rows are moved): a page
    # break policy would leave it a fraction of a pixel above, drawn clipped on the page
    # before, where a PDF's text (search, copy, screen readers) still finds it.
    fmt = block.blockFormat()
    push = (int(top // page_h) + 1) * page_h - top + 2.0
    fmt.setTopMargin(fmt.topMargin() + push)
    QTextCursor(block).setBlockFormat(fmt)
    return True


def _tables(doc: QTextDocument) -> list[QTextTable]:
    """Every table in the document, in order."""
    tables: list[QTextTable] = []
    seen: set[int] = set()
    block = doc.begin()
    while block.isValid():
        cursor = QTextCursor(block)
        table = cursor.currentTable()
        if table is not None and id(table) not in seen and table.firstPosition() not in seen:
            seen.add(table.firstPosition())
            tables.append(table)
        block = block.next()
    return tables


def write_pdf(
    path: Path,
    proj: Projection,
    ds: Dataset,
    paper: str = "a4",
    fiscal: FiscalImpact | None = None,
    uncertainty: UncertaintyResult | None = None,
    vintages: VintageComparison | None = None,
) -> int:
    """Write the PDF brief for one ally; return the pages.

    With ``fiscal``, its budget impact; with ``uncertainty``, the band on the chart and the
    "How sure is that year?" section; with ``vintages``, "What changed between editions".
    Where the dataset has NATO's Table 8a, the equipment guideline with its history chart.
    """
    images: dict[str, object] = {"chart.png": render_chart_image(proj, ds, uncertainty=uncertainty)}
    eq = equipment_summary(proj, ds)
    if eq is not None:
        from calculator.render.equipment_chart import equipment_caption, render_equipment_image

        images["equipment.png"] = render_equipment_image(
            eq, equipment_caption(eq, proj.country.name)
        )
    title = proj.scenario.name or sentence(BRIEF_TITLE, ally(proj.country.iso3, proj.country.name))
    footer = sentence(FOOTER, title, __version__, ds.id)
    html = brief_html(
        proj,
        ds,
        chart_src="chart.png",
        fiscal=fiscal,
        uncertainty=uncertainty,
        vintages=vintages,
        equipment_chart_src="equipment.png" if eq is not None else None,
    )
    # "What changed between editions" is read as one table: never split over two pages
    keep = (say(VINTAGES_TITLE),) if vintages is not None else ()
    return _write_html_pdf(path, html, images, title, footer, paper, keep_whole=keep)


def write_alliance_pdf(
    path: Path, projs: Sequence[Projection], ds: Dataset, paper: str = "a4"
) -> int:
    """Write the alliance overview as a PDF; return the number of pages."""
    from calculator.render.alliance_chart import render_alliance_image

    title = sentence(ALLIANCE_PDF_TITLE)
    footer = sentence(FOOTER, title, __version__, ds.id)
    images: dict[str, object] = {"alliance.png": render_alliance_image(projs)} if projs else {}
    html = alliance_html(projs, ds, chart_src="alliance.png" if projs else None)
    return _write_html_pdf(path, html, images, title, footer, paper)


def write_comparison_pdf(path: Path, comp: Comparison, ds: Dataset, paper: str = "a4") -> int:
    """Write scenarios side by side (overlay chart, results table, the scenarios) as a PDF."""
    from calculator.exports.compare import comparison_html
    from calculator.render.images import render_comparison_chart_image

    projs = [row.projection for row in comp.rows]
    labels = [row.label for row in comp.rows]
    images: dict[str, object] = (
        {"compare.png": render_comparison_chart_image(projs, labels, ds)} if projs else {}
    )
    title = "Scenarios side by side"
    footer = f"{title} · Defence Budget What-If Calculator {__version__} · dataset {ds.id}"
    html = comparison_html(comp, ds, chart_src="compare.png" if projs else None)
    return _write_html_pdf(path, html, images, title, footer, paper)
