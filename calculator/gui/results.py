"""Results: the plain-language sentence, per-threshold results, baselines, yearly table."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import numpy as np
from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QShowEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from calculator.core import own_numbers as own
from calculator.core.dataset import Dataset
from calculator.core.models import Prices
from calculator.core.projection import Projection, ThresholdResult
from calculator.exports import phrases
from calculator.exports.locales import active_language, local, localize_number
from calculator.exports.own_numbers import assumption_lines, chosen_units
from calculator.gui.controller import ScenarioController
from calculator.gui.phrasing import qt_tr
from calculator.gui.updates import SteadyText

_Index = QModelIndex | QPersistentModelIndex
_AS_ZERO = str.maketrans("123456789", "000000000")


def _two_line_width(metrics: QFontMetrics, text: str) -> int:
    """The narrowest width that holds ``text`` on two lines broken at a space."""
    words = text.split(" ")
    best = metrics.horizontalAdvance(text)
    for k in range(1, len(words)):
        best = min(
            best,
            max(
                metrics.horizontalAdvance(" ".join(words[:k])),
                metrics.horizontalAdvance(" ".join(words[k:])),
            ),
        )
    return best


def _header_lines(text: str, width: int = 9) -> str:
    """``text`` wrapped at spaces into lines of about ``width`` characters (a header)."""
    lines: list[str] = []
    for word in text.split(" "):
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "\n".join(lines)


def _num(value: float, decimals: int = 1) -> str:
    return "–" if value is None or not math.isfinite(value) else f"{value:,.{decimals}f}"


class Phrases(QObject):
    """The phrasebook (:mod:`calculator.exports.phrases`) with the window's translator."""

    def sentence(self, proj: Projection) -> str:
        """One sentence: when each threshold is reached, or what it would take."""
        return phrases.summary_sentence(proj, qt_tr)

    def reached_text(self, res: ThresholdResult, proj: Projection) -> str:
        """The threshold's status: ``reached in 2028``, ``already met in 2026``, ``not by``."""
        return phrases.threshold_status(res, proj.horizon, qt_tr)

    def related_cap_text(self, proj: Projection) -> str | None:
        """Say that related spending above the cap is not counted, or ``None`` when none is."""
        return phrases.related_cap_note(proj, qt_tr)


class SentenceBar(QWidget):
    """The one sentence a staffer pastes into a briefing, with a copy button."""

    def __init__(self, controller: ScenarioController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.phrases = Phrases(self)
        self._sentence = ""
        # Word-wrapped and selectable, but a new sentence re-lays-out the window only when it
        # needs more lines (and when it rests with fewer), not on every move (see SteadyText).
        self.label = SteadyText(self)
        self.label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        font = QFont(self.label.font())
        font.setPointSizeF(font.pointSizeF() * 1.1)
        font.setBold(True)
        self.label.setFont(font)
        # Room for three lines from the start: a sentence that wraps to one more or one fewer
        # line while a slider moves must not resize (and so re-lay-out) the chart below it.
        self.label.setMinimumHeight(3 * QFontMetrics(font).lineSpacing() + 4)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.label.setAccessibleName(self.tr("Summary sentence"))
        self.copy_button = QPushButton(self.tr("Copy sentence"), self)
        self.copy_button.setAccessibleName(self.tr("Copy summary sentence"))
        self.copy_button.setToolTip(self.tr("Copy the sentence to paste into a briefing"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignTop)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        controller.projectionChanged.connect(self.set_projection)
        self.set_projection(controller.projection)

    @Slot(object)
    def set_projection(self, proj: Projection) -> None:
        """Show the sentence for ``proj`` (a line never breaks between a number and its unit)."""
        self._sentence = self.phrases.sentence(proj)
        shown = phrases.keep_units_together(self._sentence)
        if self.label.text() != shown:
            self.label.setText(shown)

    def text(self) -> str:
        """The sentence as it is copied (plain spaces)."""
        return self._sentence

    @Slot()
    def _on_copy_button_clicked(self) -> None:
        # Plain spaces on the clipboard: the text is pasted into documents that lay it out anew.
        QGuiApplication.clipboard().setText(self._sentence)


class ResultsPanel(QWidget):
    """What the projection says, per threshold and against the baselines."""

    HEADERS = phrases.THRESHOLD_COLUMNS  # marked for lupdate in the phrasebook

    def __init__(self, controller: ScenarioController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.phrases = Phrases(self)
        self.table = QTableWidget(0, len(self.HEADERS), self)
        self.table.setHorizontalHeaderLabels([phrases.say(h, qt_tr) for h in self.HEADERS])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        # Column widths are fitted in set_projection: ResizeToContents re-measures every cell
        # on each setText, which alone cost about 1 ms per slider move.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The last column stretches only while it fits; when the columns are wider than the
        # table, it keeps its own width and the table scrolls sideways (see _fit_last_column).
        self._last_column_need = 0
        self._column_texts: list[list[str]] = []
        self._widths: dict[tuple[str, str], int] = {}  # (header, cell or two lines, text) → px
        self._width_fonts: tuple[object, ...] = ()
        self._wrapped = False
        self.table.setWordWrap(True)
        self.table.installEventFilter(self)
        self.table.setAccessibleName(self.tr("Threshold results"))
        self.table.setToolTip(
            self.tr(
                "Gap: how far the projected share in the target year is short of the threshold, "
                "or above it. Required growth: constant nominal growth of core spending from the base "
                "year that reaches the threshold at its target year."
            )
        )

        # Word-wrapped, selectable texts that re-lay-out the panel only when they need more
        # lines (and when they rest with fewer), not on every move (see SteadyText).
        self.hague_label = SteadyText(self)
        self.extra_label = SteadyText(self)
        self.info_label = SteadyText(self)
        # your own numbers: base-year source, money units, extra against the chosen baseline
        self.own_label = SteadyText(self)
        self.own_label.setAccessibleName(self.tr("Your own numbers"))
        for label in (self.hague_label, self.extra_label, self.own_label, self.info_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table)
        layout.addWidget(self.hague_label)
        layout.addWidget(self.extra_label)
        layout.addWidget(self.own_label)
        layout.addWidget(self.info_label)
        layout.addStretch(1)
        controller.projectionChanged.connect(self.set_projection)
        self.set_projection(controller.projection)

    @Slot(object)
    def set_projection(self, proj: Projection) -> None:
        """Show the results of ``proj``."""
        structure_changed = self.table.rowCount() != len(proj.thresholds)
        self.table.setRowCount(len(proj.thresholds))
        column_texts: list[list[str]] = [[phrases.say(h, qt_tr)] for h in self.HEADERS]
        units = chosen_units(proj, self.controller.dataset)  # the money panel's units
        for r, res in enumerate(proj.thresholds):
            cells = phrases.threshold_cells(proj, res, qt_tr, units)
            for c, text in enumerate(cells):
                column_texts[c].append(text)
                item = self.table.item(r, c)
                if item is None:
                    self.table.setItem(r, c, QTableWidgetItem(text))
                elif item.text() != text:
                    item.setText(text)
        self._fit_columns(column_texts, shrink=structure_changed)
        self.hague_label.setText(self.hague_text(proj))
        self.extra_label.setText(self.extra_text(proj, units))
        self.own_label.setText(self.own_text(proj))
        self.info_label.setText(self.info_text(proj))

    # Columns whose texts may take two lines when one line each would not fit the width:
    # the threshold's name, its status and the gap (the rest are short).
    WRAPPABLE = (0, 1, 4)

    def _fit_columns(self, column_texts: list[list[str]], *, shrink: bool) -> None:
        """Widen a column when a text no longer fits; shrink only when the rows change."""
        self._column_texts = column_texts
        self._apply_fit(shrink=shrink)

    def _apply_fit(self, *, shrink: bool) -> None:
        """Fit the columns to the texts and the table's width.

        One line per row while every column fits the width; otherwise the long texts take two
        lines (rows twice as high), so that the table never needs a sideways scroll bar on a
        1280-pixel-wide screen. Only past that does it scroll sideways.
        """
        column_texts = self._column_texts
        if not column_texts:
            return
        metrics = self.table.fontMetrics()
        header_metrics = self.table.horizontalHeader().fontMetrics()
        # Text widths are remembered: a slider move re-measures only the texts it changed.
        fonts = (metrics.fontDpi(), self.table.font().key(), header_metrics.height())
        if fonts != self._width_fonts or len(self._widths) > 4096:
            self._width_fonts = fonts
            self._widths.clear()
        widths = self._widths

        def width(kind: str, text: str) -> int:
            got = widths.get((kind, text))
            if got is None:
                if kind == "header":
                    got = header_metrics.horizontalAdvance(text)
                elif kind == "cell":
                    got = metrics.horizontalAdvance(text)
                else:
                    got = _two_line_width(metrics, text)
                widths[(kind, text)] = got
            return got

        padding = 14  # the style draws 3-4 px of margin on each side of a cell or header
        single = [
            max([width("header", texts[0]), *(width("cell", t) for t in texts[1:])]) + padding
            for texts in column_texts
        ]
        room = self.table.width() - 2 * self.table.frameWidth()
        wrap = sum(single) > room
        needs = list(single)
        if wrap:
            for c in self.WRAPPABLE:
                texts = column_texts[c]
                needs[c] = (
                    max([width("header", texts[0]), *(width("two", t) for t in texts[1:])])
                    + padding
                    + 4
                )
        wrap_changed = wrap != self._wrapped
        self._wrapped = wrap
        for c, need in enumerate(needs[:-1]):  # the last column stretches
            now = self.table.columnWidth(c)
            if need > now or ((shrink or wrap_changed) and need < now):
                self.table.setColumnWidth(c, need)
        line = metrics.lineSpacing()
        row_height = 2 * line + 10 if wrap else self.table.verticalHeader().defaultSectionSize()
        for r in range(self.table.rowCount()):
            if self.table.rowHeight(r) != row_height:
                self.table.setRowHeight(r, row_height)
        self._last_column_need = needs[-1]
        self._fit_last_column()

    def _fit_last_column(self) -> None:
        """Stretch the last column while it fits; else give it its width and scroll sideways.

        A stretched last section is squeezed to whatever room is left, which clipped its header
        ("equired growth") when money columns were wide. The table's height makes room for the
        horizontal scroll bar when it shows, so it never covers the last row.
        """
        table = self.table
        header = table.horizontalHeader()
        last = table.columnCount() - 1
        others = sum(table.columnWidth(c) for c in range(last))
        room = table.width() - 2 * table.frameWidth()
        fits = others + self._last_column_need <= room
        if header.stretchLastSection() != fits:
            header.setStretchLastSection(fits)
        if not fits and table.columnWidth(last) != self._last_column_need:
            table.setColumnWidth(last, self._last_column_need)
        height = (
            header.height()
            + 2 * table.frameWidth()
            + sum(table.rowHeight(r) for r in range(table.rowCount()))
        )
        if not fits:
            height += table.horizontalScrollBar().sizeHint().height()
        if table.height() != height:
            table.setFixedHeight(height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Refit the last column when the table's width changes."""
        # getattr: Qt may filter events while the panel is being built or torn down.
        if watched is getattr(self, "table", None) and event.type() == QEvent.Type.Resize:
            self._apply_fit(shrink=True)
        return super().eventFilter(watched, event)

    def hague_text(self, proj: Projection) -> str:
        """The Hague path check and the 2029 review, in one paragraph."""
        return phrases.hague_text(proj.hague, qt_tr)

    def extra_text(self, proj: Projection, units: own.Money | None = None) -> str:
        """Core spending against the baselines, summed over the window (in ``units``)."""
        return phrases.extra_spending_text(proj, qt_tr, units)

    def own_text(self, proj: Projection) -> str:
        """The own-number assumptions, one a line, in the phrasebook's words.

        Where the base-year spending comes from, the GDP path, the money units with the rate
        used, and the extra spending against the chosen baseline over the chosen years.
        """
        lines = assumption_lines(proj, self.controller.dataset, qt_tr)
        return "\n".join(f"{line}." for line in lines)

    def info_text(self, proj: Projection) -> str:
        """Share of government spending, per capita, related-spending caveat, engine notes."""
        last = -1
        cur = proj.country.currency
        per_person = float(proj.core_per_capita[last])
        units = chosen_units(proj, self.controller.dataset)  # the tiles' and table's units
        if units is not None:
            converted = units.at(per_person, int(proj.years[last]))
            per_person = math.nan if converted is None else converted
            cur = units.currency
            if units.prices is Prices.CONSTANT:
                cur = f"{cur} ({phrases.prices_text(units.prices.value, proj.base_year, qt_tr)})"
        parts = [
            local(
                self.tr(
                    "In {0}: core defence is {1:.1f} % of government spending and {2} {3} per person."
                )
            ).format(
                int(proj.years[last]),
                float(proj.core_pct_of_gov_exp[last]),
                _num(per_person, 0),
                cur,
            )
        ]
        for note in (phrases.related_zero_note(proj, qt_tr), phrases.related_cap_note(proj, qt_tr)):
            if note is not None:
                parts.append(note)
        parts += list(proj.notes)
        if proj.country.note:  # currency (Bulgaria), NATO's basis (Netherlands), fiscal years
            parts.append(proj.country.note)
        return " ".join(parts)


# ---------------------------------------------------------------------------- yearly table

Column = tuple[str, Callable[[Projection], Any], int]


class YearTableModel(QStandardItemModel):
    """One row per year B..H; money in billions of national currency unless stated.

    The cells live in Qt's own item model: the view paints them without calling Python for
    each cell and role (about 1 ms for a screenful, against 5 to 7 ms through a Python
    ``data()``), and a slider move rewrites only the cells whose text changed.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._projection: Projection | None = None
        self._columns: list[Column] = [
            (self.tr("Year"), lambda p: p.years, 0),
            (self.tr("GDP, bn"), lambda p: p.gdp_bn, 1),
            (self.tr("Real growth %"), lambda p: p.real_growth_pct, 2),
            (self.tr("Inflation %"), lambda p: p.inflation_pct, 2),
            (self.tr("Core, bn"), lambda p: p.core_bn, 2),
            (self.tr("Core % GDP"), lambda p: p.core_share_pct, 2),
            (self.tr("Related, bn"), lambda p: p.related_bn, 2),
            (self.tr("Related % GDP"), lambda p: p.related_share_pct, 2),
            (self.tr("Total % GDP"), lambda p: p.total_share_pct, 2),
            (self.tr("Core, bn, base-year prices"), lambda p: p.core_bn_const, 2),
            (self.tr("Core per person"), lambda p: p.core_per_capita, 0),
            (self.tr("Core % gov. spending"), lambda p: p.core_pct_of_gov_exp, 1),
            (self.tr("Extra vs constant share, bn"), lambda p: p.extra_vs_constant_share_bn, 2),
            (self.tr("Extra vs cash freeze, bn"), lambda p: p.extra_vs_cash_freeze_bn, 2),
            (self.tr("Extra vs real freeze, bn"), lambda p: p.extra_vs_real_freeze_bn, 2),
        ]
        # extra spending against the scenario's own choice of baseline, blank outside the window
        self._columns.append(
            (self.tr("Extra vs your baseline, bn"), lambda p: np.full(len(p.years), math.nan), 2)
        )
        self._arrays: list[Any] = []
        self._texts: list[list[str]] = []  # per column, per row: the text on show
        self._unit = ""  # "EUR", or "USD, 2026 prices": the money columns' unit
        self._headers: list[str] = []
        self.setColumnCount(len(self._columns))
        self._set_headers()

    # Money columns, converted to the scenario's money units: current-price series, and the
    # one already in base-year prices (its currency is converted at the base year's rate).
    MONEY_COLUMNS = (1, 4, 6, 10, 12, 13, 14, 15)
    BASE_PRICES_COLUMN = 9

    def set_projection(self, proj: Projection, dataset: Dataset | None = None) -> None:
        """Show ``proj`` (the row count can change with the horizon).

        With ``dataset``, money is in the scenario's units (currency and prices) and the last
        column is the extra spending against its baseline over its window; without it, money
        stays in national currency at current prices.
        """
        arrays = [getter(proj) for _name, getter, _dec in self._columns]
        code = proj.country.currency
        if dataset is not None:
            units = own.money(proj, dataset)
            extra = own.extra(proj, dataset, units)
            arrays[-1] = np.array(
                [math.nan if v is None else v for v in extra.per_year_bn], dtype=float
            )
            for c in self.MONEY_COLUMNS[:-1]:
                arrays[c] = units.convert(np.asarray(arrays[c]), proj.deflator)
            arrays[self.BASE_PRICES_COLUMN] = (
                np.asarray(arrays[self.BASE_PRICES_COLUMN]) * units.rate[0]
            )
            code = units.currency
            if units.prices is Prices.CONSTANT:
                code = self.tr("{0}, {1} prices").format(code, proj.base_year)
        self._projection = proj
        self._arrays = arrays
        self._unit = code
        rows = len(proj.years)
        old_texts = self._texts
        self._texts = [self._column_texts(c, arrays[c]) for c in range(len(self._columns))]
        if self.rowCount() != rows:
            # a new horizon: the rows are built anew (a slider move keeps the shape)
            self.setRowCount(0)
            self.setRowCount(rows)
            old_texts = []
        if old_texts:
            self._rewrite(old_texts, arrays)
        else:
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            for c, texts in enumerate(self._texts):
                for r, text in enumerate(texts):
                    item = QStandardItem(text)
                    item.setEditable(False)
                    item.setTextAlignment(align)
                    item.setToolTip(repr(float(arrays[c][r])))
                    self.setItem(r, c, item)
        self._set_headers()

    def _rewrite(self, old_texts: list[list[str]], arrays: list[Any]) -> None:
        """Rewrite the cells whose text changed, then tell the view once.

        Each item's own change signal would make the view work out and repaint one cell at a
        time (a slider move changes about 200 of them): the items are rewritten with the
        model's signals blocked and one ``dataChanged`` covers the changed block.
        """
        rows: list[int] = []
        columns: list[int] = []
        blocked = self.blockSignals(True)
        try:
            for c, texts in enumerate(self._texts):
                was = old_texts[c]
                for r, text in enumerate(texts):
                    if was[r] == text:
                        continue  # unchanged: not even repainted
                    item = self.item(r, c)
                    if item is None:
                        continue
                    item.setText(text)
                    item.setToolTip(repr(float(arrays[c][r])))
                    rows.append(r)
                    columns.append(c)
        finally:
            self.blockSignals(blocked)
        if rows:
            self.dataChanged.emit(
                self.index(min(rows), min(columns)), self.index(max(rows), max(columns))
            )

    def _set_headers(self) -> None:
        """Column names on short lines, set only when they change (the unit)."""
        headers = [
            _header_lines(self.column_name(c, short=True)) for c in range(len(self._columns))
        ]
        if headers == self._headers:
            return
        self._headers = headers
        for c, text in enumerate(headers):
            self.setHeaderData(c, Qt.Orientation.Horizontal, text)

    def _column_texts(self, column: int, values: Any) -> list[str]:
        """A column's cells as shown: :meth:`_format` of each value, in one pass."""
        numbers = np.asarray(values, dtype=float).tolist()
        if column == 0:
            return [str(int(v)) if math.isfinite(v) else "–" for v in numbers]
        decimals = self._columns[column][2]
        texts = [f"{v:,.{decimals}f}" if math.isfinite(v) else "–" for v in numbers]
        if active_language() != "en":  # the language's marks: 1.749,47 in German
            texts = [localize_number(t) for t in texts]
        return texts

    def _format(self, v: float, column: int, *, grouping: bool = True) -> str:
        if not math.isfinite(v):
            return "" if not grouping else "–"
        decimals = self._columns[column][2]
        if column == 0:
            return str(int(v))
        # the active language's marks (English as is): 1.749,47 shown, 1749,47 copied in German
        return localize_number(f"{v:,.{decimals}f}" if grouping else f"{v:.{decimals}f}")

    def column_name(self, column: int, *, short: bool = False) -> str:
        """A column's name with the money unit where it has one (``GDP, bn USD, 2026 prices``).

        ``short``: the currency only (the on-screen header; the caption states the prices).
        """
        name = self._columns[column][0]
        if column not in (*self.MONEY_COLUMNS, self.BASE_PRICES_COLUMN) or not self._unit:
            return name
        unit = self._unit.split(",")[0] if short else self._unit
        if column == self.BASE_PRICES_COLUMN:
            return name.replace(", bn", f", bn {self._unit.split(',')[0]}", 1)
        if ", bn" in name:
            return name.replace(", bn", f", bn {unit}", 1)
        return f"{name}, {unit}"

    def value(self, row: int, column: int) -> float:
        """The raw number in a cell."""
        return float(self._arrays[column][row])

    def column_texts(self, column: int) -> list[str]:
        """A column's cells as shown, top to bottom."""
        if self._texts:
            return self._texts[column]
        return [self.text(r, column) for r in range(self.rowCount())]

    def text(self, row: int, column: int, *, grouping: bool = True) -> str:
        """A cell formatted for display (``grouping`` adds thousands separators)."""
        if grouping and self._texts:
            return self._texts[column][row]
        return self._format(self.value(row, column), column, grouping=grouping)

    RELATED_COLUMNS = (6, 7, 8)  # related bn, related % and total %: hidden while related is 0

    def to_tsv(self) -> str:
        """The whole table as tab-separated text that pastes into a spreadsheet."""
        header = "\t".join(self.column_name(c) for c in range(self.columnCount()))
        rows = [
            "\t".join(self.text(r, c, grouping=False) for c in range(self.columnCount()))
            for r in range(self.rowCount())
        ]
        return "\n".join([header, *rows]) + "\n"


class YearTablePanel(QWidget):
    """The yearly table with a copy button (Ctrl+C copies too)."""

    def __init__(self, controller: ScenarioController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.model = YearTableModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.setAlternatingRowColors(True)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        # Compact rows: ten years and more in view on a 900-pixel-high screen.
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 6)
        self.view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self._related_shown: bool | None = None
        self._widest: dict[int, tuple[str, ...]] = {}  # per column: the texts it was fitted to
        self._need: dict[int, int] = {}  # per column: the pixels its widest text needs
        self.view.setAccessibleName(self.tr("Yearly table"))
        self.view.setToolTip(self.tr("Per-year projection; Ctrl+C copies the table"))
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("Copy table"), self)
        self.copy_button.setAccessibleName(self.tr("Copy yearly table"))
        self.copy_button.setToolTip(self.tr("Copy as tab-separated text (pastes into Excel)"))
        top = QHBoxLayout()
        top.addWidget(self.caption, 1)
        top.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        shortcut = QShortcut(QKeySequence.StandardKey.Copy, self.view)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self._on_copy_button_clicked)
        controller.projectionChanged.connect(self.set_projection)
        self.set_projection(controller.projection)

    @Slot(object)
    def set_projection(self, proj: Projection) -> None:
        """Show ``proj``."""
        self.model.set_projection(proj, self.controller.dataset)
        related = bool(proj.related_share_pct.any())
        if related != self._related_shown:
            # Related spending at 0 % makes three columns of zeros (and total = core): they
            # come back when a scenario sets it.
            self._related_shown = related
            for column in self.model.RELATED_COLUMNS:
                self.view.setColumnHidden(column, not related)
        # In constant prices the base-year-prices column repeats core spending: hidden then.
        constant = proj.scenario.money.prices.value == "constant"
        base_prices = self.model.BASE_PRICES_COLUMN
        if self.view.isColumnHidden(base_prices) != constant:
            self.view.setColumnHidden(base_prices, constant)
        # Fit the columns to the numbers (Türkiye's GDP is in the tens of thousands of bn),
        # but only while the table is on screen; showEvent catches up when it is shown.
        if self.view.isVisible():
            self.fit_columns()
        view = proj.scenario.money
        code = proj.country.currency if view.currency.value == "national" else view.currency.value
        self.caption.setText(
            self.tr(
                "{0}: money in billions of {1}, {2} (base year {3}: {4}, then the paths you "
                "set); extra spending against {5}, blank outside {6}–{7}."
            ).format(
                proj.country.name,
                code,
                phrases.prices_text(view.prices.value, proj.base_year, qt_tr),
                proj.base_year,
                phrases.say(phrases.BASE_SOURCE_NAMES[proj.scenario.core.base_source.value], qt_tr),
                phrases.say(
                    phrases.EXTRA_BASELINE_NAMES[proj.scenario.extra.baseline.value], qt_tr
                ),
                *self._window(proj),
            )
        )

    @staticmethod
    def _window(proj: Projection) -> tuple[int, int]:
        """The years the extra spending is summed over (the scenario's, or the default)."""
        ex = proj.scenario.extra
        lo, hi = own.default_window(proj)
        start = ex.window_start or lo
        return start, ex.window_end or max(hi, start)

    def height_for_rows(self, rows: int) -> int:
        """The height this panel needs to show ``rows`` years (the caption on two lines)."""
        view = self.view
        layout = self.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        return (
            margins.top()
            + margins.bottom()
            + max(
                2 * self.caption.fontMetrics().lineSpacing(), self.copy_button.sizeHint().height()
            )
            + layout.spacing()
            + view.horizontalHeader().sizeHint().height()
            + rows * view.verticalHeader().defaultSectionSize()
            + view.horizontalScrollBar().sizeHint().height()
            + 2 * view.frameWidth()
        )

    def showEvent(self, event: QShowEvent) -> None:
        """Fit the columns to what the table holds now."""
        super().showEvent(event)
        self.fit_columns()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A new width may change the padding the columns can have."""
        super().resizeEvent(event)
        if self.isVisible():
            self.fit_columns()

    def fit_columns(self) -> None:
        """Each column as wide as its widest number or header line, and no wider.

        Qt's own fit adds room for a sort arrow the table never shows; without it, thirteen
        columns fit a 1280-pixel-wide window.
        """
        model, view = self.model, self.view
        metrics = view.fontMetrics()
        header_metrics = view.horizontalHeader().fontMetrics()
        for c in range(model.columnCount()):
            if view.isColumnHidden(c):
                continue
            title = str(model.headerData(c, Qt.Orientation.Horizontal))
            texts = model.column_texts(c)
            # Only the longest numbers can be the widest, and digits share one width (tabular
            # figures): with each digit read as 0, a slider move that changes the numbers but
            # not their shape refits nothing.
            longest = max(map(len, texts), default=0)
            widest = (
                title,
                *sorted({t.translate(_AS_ZERO) for t in texts if len(t) >= longest - 1}),
            )
            if self._widest.get(c) == widest:
                continue
            self._widest[c] = widest
            need = max(header_metrics.horizontalAdvance(line) for line in title.split("\n"))
            self._need[c] = max([need, *(metrics.horizontalAdvance(t) for t in widest[1:])])
        # 12 pixels of padding a column, less (down to 4) when that is what fits the viewport
        # without a sideways scroll bar (the bundled font is a little wider than most).
        shown = [c for c in range(model.columnCount()) if not view.isColumnHidden(c)]
        room = view.viewport().width() - sum(self._need.get(c, 0) for c in shown)
        pad = max(4, min(12, room // max(len(shown), 1))) if shown else 12
        for c in shown:
            width = self._need.get(c, 0) + pad
            if view.columnWidth(c) != width:
                view.setColumnWidth(c, width)

    @Slot()
    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.model.to_tsv())
