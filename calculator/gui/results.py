"""Results: the plain-language sentence, per-threshold results, baselines, yearly table."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import numpy as np
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QKeySequence, QShortcut
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

from calculator.core.models import HAGUE_YEAR, REVIEW_YEAR, Measure
from calculator.core.projection import Projection, ThresholdResult
from calculator.exports.text import summary_sentence
from calculator.gui.controller import ScenarioController

_Index = QModelIndex | QPersistentModelIndex


def _pct(value: float) -> str:
    return f"{value:g} %"


def _num(value: float, decimals: int = 1) -> str:
    return "–" if value is None or not math.isfinite(value) else f"{value:,.{decimals}f}"


class Phrases(QObject):
    """Builds the sentences users paste into briefings (all text through ``tr``)."""

    def sentence(self, proj: Projection) -> str:
        """One sentence: when each threshold is reached, or what it would take.

        The wording lives in :func:`calculator.exports.text.summary_sentence`, shared with the
        reports and the command line; the window passes its translator.
        """
        return summary_sentence(proj, self.tr)

    def reached_text(self, res: ThresholdResult, proj: Projection) -> str:
        """The 'reached' cell: year, already met, or not by the horizon (and when after)."""
        if res.already_met:
            return self.tr("already met ({0})").format(res.year_reached)
        if res.year_reached is not None:
            return str(res.year_reached)
        if res.year_reached_beyond_horizon is not None:
            return self.tr("not by {0} (in {1})").format(proj.horizon,
                                                         res.year_reached_beyond_horizon)
        return self.tr("not by {0}").format(proj.horizon)


class SentenceBar(QWidget):
    """The one sentence a staffer pastes into a briefing, with a copy button."""

    def __init__(self, controller: ScenarioController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.phrases = Phrases(self)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                           | Qt.TextInteractionFlag.TextSelectableByKeyboard)
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
        """Show the sentence for ``proj``."""
        self.label.setText(self.phrases.sentence(proj))

    @Slot()
    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.label.text())


class ResultsPanel(QWidget):
    """What the projection says, per threshold and against the baselines."""

    HEADERS = ("Threshold", "Reached", "Holds", "At target year", "Gap at target",
               "Money needed", "Required growth")

    def __init__(self, controller: ScenarioController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.phrases = Phrases(self)
        self.table = QTableWidget(0, len(self.HEADERS), self)
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in self.HEADERS])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Column widths are fitted in set_projection: ResizeToContents re-measures every cell
        # on each setText, which alone cost about 1 ms per slider move.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setAccessibleName(self.tr("Threshold results"))
        self.table.setToolTip(self.tr(
            "Gap: threshold minus the projected share at the target year (positive is a "
            "shortfall). Required growth: constant nominal growth of core spending from the base "
            "year that reaches the threshold at its target year."))

        self.hague_label = QLabel(self)
        self.extra_label = QLabel(self)
        self.info_label = QLabel(self)
        for label in (self.hague_label, self.extra_label, self.info_label):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table)
        layout.addWidget(self.hague_label)
        layout.addWidget(self.extra_label)
        layout.addWidget(self.info_label)
        layout.addStretch(1)
        controller.projectionChanged.connect(self.set_projection)
        self.set_projection(controller.projection)

    @Slot(object)
    def set_projection(self, proj: Projection) -> None:
        """Show the results of ``proj``."""
        cur = proj.country.currency
        structure_changed = self.table.rowCount() != len(proj.thresholds)
        self.table.setRowCount(len(proj.thresholds))
        column_texts: list[list[str]] = [[self.tr(h)] for h in self.HEADERS]
        for r, res in enumerate(proj.thresholds):
            th = res.threshold
            measure = self.tr("core") if th.measure is Measure.CORE else self.tr("total")
            gap = res.gap_pct_points_at_target
            gap_text = "–" if gap is None else self.tr("{0:+.2f} pp · {1} bn {2}").format(
                gap, _num(res.gap_bn_at_target or 0.0), cur)
            if gap is not None and gap <= 1e-9:
                gap_text = (self.tr("none (met exactly)") if -gap < 0.005 else
                            self.tr("none (above by {0:.2f} pp)").format(-gap))
            at_target = "–"
            if res.share_at_target_pct is not None:
                at_target = self.tr("{0}: {1:.2f} %").format(th.target_year,
                                                             res.share_at_target_pct)
            cells = (
                f"{_pct(th.value_pct)} {measure} · {th.display_label}",
                self.phrases.reached_text(res, proj),
                "–" if res.year_reached is None else (
                    self.tr("yes") if res.holds_through_horizon else self.tr("no")),
                at_target,
                gap_text,
                "–" if res.money_needed_at_target_bn is None else self.tr("{0} bn {1}").format(
                    _num(res.money_needed_at_target_bn), cur),
                "–" if res.required_nominal_growth_pct is None else self.tr(
                    "{0:.1f} % a year").format(res.required_nominal_growth_pct),
            )
            for c, text in enumerate(cells):
                column_texts[c].append(text)
                item = self.table.item(r, c)
                if item is None:
                    self.table.setItem(r, c, QTableWidgetItem(text))
                elif item.text() != text:
                    item.setText(text)
        self._fit_columns(column_texts, shrink=structure_changed)
        rows = self.table.rowCount()
        height = (self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
                  + sum(self.table.rowHeight(r) for r in range(rows)))
        if self.table.height() != height:
            self.table.setFixedHeight(height)
        self.hague_label.setText(self.hague_text(proj))
        self.extra_label.setText(self.extra_text(proj))
        self.info_label.setText(self.info_text(proj))

    def _fit_columns(self, column_texts: list[list[str]], *, shrink: bool) -> None:
        """Widen a column when a text no longer fits; shrink only when the rows change."""
        metrics = self.table.fontMetrics()
        padding = 18
        last = len(column_texts) - 1
        for c, texts in enumerate(column_texts[:last]):  # the last column stretches
            need = max(metrics.horizontalAdvance(t) for t in texts) + padding
            width = self.table.columnWidth(c)
            if need > width or (shrink and need < width):
                self.table.setColumnWidth(c, need)

    def hague_text(self, proj: Projection) -> str:
        """The Hague path check and the 2029 review, in one paragraph."""
        h = proj.hague
        yes, no = self.tr("yes"), self.tr("no")
        text = self.tr("Hague path check: never falls: {0}; 3.5 % core by {1}: {2} "
                       "({3:.2f} %).").format(yes if h.non_decreasing else no, HAGUE_YEAR,
                                              yes if h.reaches_target else no, h.share_2035_pct)
        if h.review_share_pct is not None and h.review_line_pct is not None:
            text += " " + self.tr(
                "At the {0} review: {1:.2f} % against {2:.2f} % on the straight line to 3.5 % "
                "({3:+.2f} pp, {4}).").format(
                REVIEW_YEAR, h.review_share_pct, h.review_line_pct,
                h.review_gap_pct_points or 0.0,
                self.tr("on track") if h.on_track_at_review else self.tr("behind"))
        return text

    def extra_text(self, proj: Projection) -> str:
        """Extra spending against the three baselines, cumulative to the target year."""
        to_year = min(HAGUE_YEAR, proj.horizon)
        cur = proj.country.currency
        return self.tr(
            "Extra core spending {0}–{1}, cumulative: {2} bn {5} more than a constant share, "
            "{3} bn more than a cash freeze, {4} bn more than a real freeze.").format(
            proj.base_year + 1, to_year,
            _num(proj.cumulative(proj.extra_vs_constant_share_bn, to_year)),
            _num(proj.cumulative(proj.extra_vs_cash_freeze_bn, to_year)),
            _num(proj.cumulative(proj.extra_vs_real_freeze_bn, to_year)), cur)

    def info_text(self, proj: Projection) -> str:
        """Share of government spending, per capita, related-spending caveat, engine notes."""
        last = -1
        cur = proj.country.currency
        parts = [self.tr("In {0}: core defence is {1:.1f} % of government spending and {2} {3} "
                         "per person.").format(int(proj.years[last]),
                                               float(proj.core_pct_of_gov_exp[last]),
                                               _num(float(proj.core_per_capita[last]), 0), cur)]
        if any(r.threshold.measure is Measure.TOTAL for r in proj.thresholds) and not np.any(
                proj.related_share_pct > 0):
            parts.append(self.tr("The total counts related spending at 0 %: NATO publishes no "
                                 "per-ally figure for it; set it in the related spending panel."))
        parts += list(proj.notes)
        if proj.country.note:  # currency (Bulgaria), NATO's basis (Netherlands), fiscal years
            parts.append(proj.country.note)
        return " ".join(parts)


# ---------------------------------------------------------------------------- yearly table

Column = tuple[str, Callable[[Projection], Any], int]


class YearTableModel(QAbstractTableModel):
    """One row per year B..H; money in billions of national currency unless stated."""

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
        self._arrays: list[Any] = []

    def set_projection(self, proj: Projection) -> None:
        """Show ``proj`` (the row count can change with the horizon)."""
        self.beginResetModel()
        self._projection = proj
        self._arrays = [getter(proj) for _name, getter, _dec in self._columns]
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Number of years."""
        if parent.isValid() or self._projection is None:
            return 0
        return len(self._projection.years)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Number of series."""
        return 0 if parent.isValid() else len(self._columns)

    def value(self, row: int, column: int) -> float:
        """The raw number in a cell."""
        return float(self._arrays[column][row])

    def text(self, row: int, column: int, *, grouping: bool = True) -> str:
        """A cell formatted for display (``grouping`` adds thousands separators)."""
        v = self.value(row, column)
        if not math.isfinite(v):
            return "" if not grouping else "–"
        decimals = self._columns[column][2]
        if column == 0:
            return str(int(v))
        return f"{v:,.{decimals}f}" if grouping else f"{v:.{decimals}f}"

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Formatted text, right-aligned numbers, and a tooltip with the full value."""
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return repr(self.value(index.row(), index.column()))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column names; the currency is in the table's caption."""
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section][0]
        return None

    def to_tsv(self) -> str:
        """The whole table as tab-separated text that pastes into a spreadsheet."""
        header = "\t".join(c[0] for c in self._columns)
        rows = ["\t".join(self.text(r, c, grouping=False) for c in range(self.columnCount()))
                for r in range(self.rowCount())]
        return "\n".join([header, *rows]) + "\n"


class YearTablePanel(QWidget):
    """The yearly table with a copy button (Ctrl+C copies too)."""

    def __init__(self, controller: ScenarioController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = YearTableModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.setAlternatingRowColors(True)
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
        first = self.model.rowCount() == 0
        self.model.set_projection(proj)
        if first:
            self.view.resizeColumnsToContents()
        self.caption.setText(self.tr(
            "{0}: money in billions of {1}, current prices (derived: NATO share × IMF GDP in "
            "the base year {2}, then the paths you set).").format(
            proj.country.name, proj.country.currency, proj.base_year))

    @Slot()
    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.model.to_tsv())
