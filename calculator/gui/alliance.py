"""Alliance overview: every ally under the current assumptions, as a table and a chart.

The rows come from :func:`calculator.exports.tabular.alliance_rows` (the same numbers as the
command line's alliance table). The view recomputes only when the assumptions (not the ally)
change and only while it is visible: at once when nothing else is waiting, and changes that
arrive together (a drag's moves queued behind one recompute) coalesce into one, so a drag on
the main view never waits for a fixed throttle.
"""

from __future__ import annotations

import itertools
import time
from dataclasses import dataclass
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QFont, QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from calculator.core.alliance import alliance_scenario, project_alliance
from calculator.core.models import HAGUE_YEAR, Measure, Scenario, SpendingMode
from calculator.core.projection import Projection, ProjectionError
from calculator.exports import phrases
from calculator.exports.locales import ally_name, local, localize_number
from calculator.exports.own_numbers import alliance_money
from calculator.exports.palette import CORE_COLOUR, colour_of
from calculator.exports.tabular import alliance_rows, reach_text, threshold_key
from calculator.gui.alliance_totals import AllianceTotals
from calculator.gui.controller import ScenarioController
from calculator.gui.language import name_order
from calculator.gui.phrasing import qt_tr
from calculator.render.chart import add_threshold_line, nice_top, style_plot, year_ticks

MAX_THRESHOLD_LINES = 12
SETTLE_MS = 400  # a shrink of the share axis waits this long after the last change
OTHER_PEN = pg.mkPen("#B8B8B8", width=1)
HIGHLIGHT_PEN = pg.mkPen(CORE_COLOUR, width=3.2)

Index = QModelIndex | QPersistentModelIndex


def _assumptions_key(scenario: Scenario) -> dict[str, Any]:
    """What the overview depends on: everything but the ally (and names)."""
    return scenario.model_dump(exclude={"country", "base_year", "name", "notes"})


# ---------------------------------------------------------------------------- table model


@dataclass(frozen=True)
class _Column:
    key: str
    title: str
    tip: str
    kind: str  # "ally", "year", "pct", "reach"


class AllianceTableModel(QStandardItemModel):
    """One row per ally: base year and share, share at the horizon, years thresholds are met.

    The columns follow the enabled thresholds. :data:`SORT_ROLE` holds a number (or ``None``
    for "never") so the proxy sorts numerically. The cells are C++ items
    (:class:`QStandardItemModel`): painting and laying out the table calls no Python, and an
    update sets only the cells whose text changed, then tells the views once.
    """

    SORT_ROLE = Qt.ItemDataRole.UserRole
    ISO3_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []
        self._columns: list[_Column] = []
        self._projections: list[Projection] = []
        self._current = ""
        self._shown: dict[tuple[int, int], tuple[str, Any, str | None]] = {}
        # Cells already worded, by what they say (a drag re-shows the same few years and
        # shares over and over): wording one is a dozen Python calls, looking it up one.
        self._worded: dict[tuple[Any, ...], tuple[str, str | None]] = {}

    # ------------------------------------------------------------------ filling
    def set_projections(self, projs: list[Projection]) -> None:
        """Show ``projs``; the columns follow their enabled thresholds."""
        rows = alliance_rows(projs)
        columns = self._make_columns(projs)
        same_shape = (
            len(rows) == len(self._rows)
            and columns == self._columns
            and [r["iso3"] for r in rows] == [r["iso3"] for r in self._rows]
        )
        self._rows, self._projections = rows, projs
        if same_shape:
            changed = self._fill(signals=False) if rows else None
            if changed is not None:  # only the cells that changed are repainted
                top, left, bottom, right = changed
                self.dataChanged.emit(self.index(top, left), self.index(bottom, right))
            return
        self.beginResetModel()
        blocked = self.blockSignals(True)
        try:
            self._columns = columns
            self._shown.clear()
            self._worded.clear()
            self.setColumnCount(len(columns))
            self.setRowCount(len(rows))
            for c, col in enumerate(columns):
                header = QStandardItem(col.title)
                header.setToolTip(col.tip)
                colour = self._header_colour(c)
                if colour is not None:
                    header.setForeground(colour)
                self.setHorizontalHeaderItem(c, header)
            right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            for r, row in enumerate(rows):
                for c, col in enumerate(columns):
                    item = QStandardItem()
                    item.setEditable(False)
                    item.setData(row["iso3"], self.ISO3_ROLE)
                    item.setTextAlignment(left if col.kind == "ally" else right)
                    self.setItem(r, c, item)
            self._fill(signals=True)
            self._apply_current()
        finally:
            self.blockSignals(blocked)
        self.endResetModel()

    def _fill(self, *, signals: bool) -> tuple[int, int, int, int] | None:
        """Set every cell whose text, sort key or tip changed.

        Returns the block of cells that changed (top, left, bottom, right), ``None`` if none
        did. Without ``signals`` the items stay quiet (one ``dataChanged`` follows), so the
        table repaints once per update rather than once per cell.
        """
        top = left = 1 << 30
        bottom = right = -1
        shown_cells, worded, item_at = self._shown, self._worded, self.item
        sort_role = self.SORT_ROLE
        # per column: its index, kind and key, and for a reach column its threshold and the
        # row keys its wording reads
        plan = []
        for c, col in enumerate(self._columns):
            suffix = col.key.removeprefix("reach_")
            plan.append((c, col, col.kind, col.key, f"already_met_{suffix}", f"holds_{suffix}"))
        reach_of = {c: i for i, c in enumerate(self._reach_columns())}
        # the ally column sorts by the names as shown, in the language's dictionary order
        name_rank = name_order([row["name"] for row in self._rows])
        blocked = self.blockSignals(True) if not signals else self.signalsBlocked()
        try:
            for r, row in enumerate(self._rows):
                proj = self._projections[r]
                for c, col, kind, key, met_key, holds_key in plan:
                    value = row.get(key)
                    if kind == "reach":
                        sort = value
                        ths = proj.thresholds
                        i = reach_of[c]
                        beyond = ths[i].year_reached_beyond_horizon if i < len(ths) else None
                        what: tuple[Any, ...] = (
                            c,
                            value,
                            row.get(met_key),
                            row.get(holds_key),
                            beyond,
                            proj.base_year,
                            proj.horizon,
                        )
                    elif kind == "ally":
                        sort = name_rank[row["name"]]
                        what = (c, row["name"], row["iso3"])
                    else:
                        sort = value
                        what = (c, value)
                    cell = worded.get(what)
                    if cell is None:
                        tip = self._reach_tip(r, c) if kind == "reach" else None
                        cell = worded[what] = (self._text(row, col, value), tip)
                    shown = (cell[0], sort, cell[1])
                    if shown == shown_cells.get((r, c)):
                        continue
                    shown_cells[(r, c)] = shown
                    item = item_at(r, c)
                    if item is None:
                        continue
                    item.setText(cell[0])
                    item.setData(sort, sort_role)
                    if cell[1] is not None:
                        item.setToolTip(cell[1])
                    if r < top:
                        top = r
                    bottom = r
                    if c < left:
                        left = c
                    if c > right:
                        right = c
        finally:
            if not signals:
                self.blockSignals(blocked)
        return None if bottom < 0 else (top, left, bottom, right)

    def _reach_columns(self) -> list[int]:
        """The reach columns, in threshold order."""
        return [c for c, col in enumerate(self._columns) if col.kind == "reach"]

    def _header_colour(self, section: int) -> QColor | None:
        """A reach column's title in its threshold's colour."""
        col = self._columns[section]
        if col.kind != "reach":
            return None
        th_index = [c.kind for c in self._columns[:section]].count("reach")
        proj = self._projections[0] if self._projections else None
        if proj is None or th_index >= len(proj.thresholds):
            return None
        return QColor(colour_of(proj.thresholds[th_index].threshold))

    def _apply_current(self) -> None:
        """Bold the current ally's row, plain the others (items quiet; the caller tells)."""
        bold, plain = QFont(), QFont()
        bold.setBold(True)
        for r, row in enumerate(self._rows):
            font = bold if row["iso3"] == self._current else plain
            for c in range(len(self._columns)):
                item = self.item(r, c)
                if item is not None and item.font().bold() != font.bold():
                    item.setFont(font)

    def _make_columns(self, projs: list[Projection]) -> list[_Column]:
        horizon = projs[0].horizon if projs else HAGUE_YEAR
        cols = [
            _Column("name", self.tr("Ally"), self.tr("Ally (ISO code)"), "ally"),
            _Column(
                "base_year", self.tr("Base"), self.tr("Base year: NATO's latest figure"), "year"
            ),
            _Column(
                "base_share_pct",
                self.tr("Base share"),
                self.tr("Core defence share of GDP in the base year (NATO)"),
                "pct",
            ),
            _Column(
                "core_share_at_horizon_pct",
                self.tr("{0} core").format(horizon),
                self.tr("Core share of GDP at the horizon ({0})").format(horizon),
                "pct",
            ),
        ]
        ths = projs[0].thresholds if projs else ()
        if any(t.threshold.measure is Measure.TOTAL for t in ths) or any(
            float(np.max(p.related_share_pct)) > 0 for p in projs[:1]
        ):
            cols.append(
                _Column(
                    "total_share_at_horizon_pct",
                    self.tr("{0} total").format(horizon),
                    self.tr("Core + counted related share at the horizon ({0})").format(horizon),
                    "pct",
                )
            )
        for t in ths:
            th = t.threshold
            measure = self.tr("core") if th.measure is Measure.CORE else self.tr("total")
            cols.append(
                _Column(
                    threshold_key(t),
                    localize_number(f"{th.value_pct:g} % {measure}"),
                    self.tr("Year {0} is first reached ({1}); \u2013 not by {2}").format(
                        localize_number(f"{th.value_pct:g} % {measure}"),
                        phrases.threshold_label(th, qt_tr),
                        horizon,
                    ),
                    "reach",
                )
            )
        return cols

    def set_current(self, iso3: str) -> None:
        """Mark the current ally's row (bold)."""
        if iso3 == self._current:
            return
        self._current = iso3
        if self._rows:
            blocked = self.blockSignals(True)
            try:
                self._apply_current()
            finally:
                self.blockSignals(blocked)
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._rows) - 1, len(self._columns) - 1),
                [Qt.ItemDataRole.FontRole],
            )

    # ------------------------------------------------------------------ reading
    def projection(self, row: int) -> Projection:
        """The projection behind a source row."""
        return self._projections[row]

    def projections(self) -> list[Projection]:
        """Every ally's projection, in row order."""
        return list(self._projections)

    def row_of(self, iso3: str) -> int:
        """The source row of an ally, or -1."""
        for i, r in enumerate(self._rows):
            if r["iso3"] == iso3:
                return i
        return -1

    def sort_values(self, column: int) -> list[Any]:
        """Each source row's sort value (:data:`SORT_ROLE`) in ``column``, in row order."""
        if not 0 <= column < len(self._columns):
            return []
        shown = self._shown
        return [shown.get((r, column), (None, None))[1] for r in range(len(self._rows))]

    def column_keys(self) -> list[str]:
        """Column keys (``alliance_rows`` keys), for tests and copying."""
        return [c.key for c in self._columns]

    def _text(self, row: dict[str, Any], col: _Column, value: Any) -> str:
        if col.kind == "ally":
            return f"{row['name']} ({row['iso3']})"
        if value is None:
            return "\u2013"
        if col.kind == "pct":
            return localize_number(f"{value:.2f} %")
        if col.kind == "reach":
            return reach_text(row, col.key, qt_tr)  # the phrasebook's alliance cell
        return str(value)

    def _reach_tip(self, row: int, column: int) -> str:
        proj = self._projections[row]
        th_index = [c.kind for c in self._columns[:column]].count("reach")
        if th_index >= len(proj.thresholds):
            return ""
        t = proj.thresholds[th_index]
        if t.already_met:
            return self.tr("Already met in the base year {0}").format(proj.base_year)
        if t.year_reached is not None:
            return self.tr("First reached in {0}").format(t.year_reached)
        if t.year_reached_beyond_horizon is not None:
            return self.tr("Not by {0}; on these assumptions in {1}").format(
                proj.horizon, t.year_reached_beyond_horizon
            )
        return self.tr("Not by {0}").format(proj.horizon)


class AllianceSortProxy(QSortFilterProxyModel):
    """Sort by number (not text); "never reached" (``None``) always sorts last."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(AllianceTableModel.SORT_ROLE)
        # Not re-sorted by Qt on every change of a cell (each would re-lay-out the table and
        # call lessThan a few dozen times): :meth:`keep_sorted` re-sorts when the order changed.
        self.setDynamicSortFilter(False)

    def lessThan(self, left: Index, right: Index) -> bool:
        """Numbers and names in order; ``None`` after everything in either direction."""
        return _less(
            left.data(self.sortRole()),
            left.row(),
            right.data(self.sortRole()),
            right.row(),
            self.sortOrder() == Qt.SortOrder.DescendingOrder,
        )

    def keep_sorted(self, values: list[Any]) -> bool:
        """Re-sort if the source rows' sort ``values`` (of the sort column) are out of order.

        Returns whether it re-sorted. Rows in order keep their places, so an update that moves
        no row costs the table a repaint of its cells, not a new layout.
        """
        column = self.sortColumn()
        n = self.rowCount()
        if column < 0 or n != len(values):
            return False
        descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
        rows = [self.mapToSource(self.index(r, 0)).row() for r in range(n)]
        for a, b in itertools.pairwise(rows):
            # Qt sorts descending by asking lessThan(b, a): in order if b is not "less" there
            in_order = (
                _less(values[b], b, values[a], a, True)
                if descending
                else _less(values[a], a, values[b], b, False)
            )
            if not in_order:
                self.sort(column, self.sortOrder())
                return True
        return False


def _less(a: Any, row_a: int, b: Any, row_b: int, descending: bool) -> bool:
    """The sort's order: numbers and names, ties by row; ``None`` last in either direction."""
    if a is None or b is None:
        if a is None and b is None:
            return row_a < row_b
        # Qt reverses lessThan for a descending sort; answer so None still ends up last.
        return (a is None) == descending
    if a == b:
        return row_a < row_b
    return bool(a < b)


# ---------------------------------------------------------------------------- the view


class AllianceView(QWidget):
    """Every ally in a sortable table and a chart of their core share paths.

    Selecting a row highlights that ally's path; activating it (double-click or Enter) makes it
    the current ally. :attr:`updated` fires after each recompute; :attr:`allyActivated` after a
    row was activated (the window then shows that ally).
    """

    updated = Signal()
    allyActivated = Signal(str)

    def __init__(self, controller: ScenarioController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._key: dict[str, Any] | None = None
        self._dirty = True
        self._highlight = controller.scenario.country
        self._x_range: tuple[float, float] | None = None
        self._y_top: float | None = None
        self._y_wanted: float | None = None  # the tidy top the latest paths ask for
        self._last_refresh = -1.0e9  # time.monotonic() of the latest recompute
        self.last_update_ms = 0.0

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Alliance assumptions"))
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet(
            "QLabel { background: #FFF4D6; color: #5A4300; border: 1px solid"
            " #E6C25A; border-radius: 3px; padding: 4px 6px; }"
        )
        self.note.setAccessibleName(self.tr("Alliance note"))
        self.note.hide()
        # the alliance's money in EUR or USD (Money and baseline's currency): spent and needed
        self.totals = AllianceTotals(self)  # a small table: the chart keeps its height

        self.model = AllianceTableModel(self)
        self.proxy = AllianceSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 6)
        header = self.table.horizontalHeader()
        # Sized to the contents when the columns change, not on every update (ResizeToContents
        # measures every cell on each change, a third of an update's time).
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.model.modelReset.connect(self.table.resizeColumnsToContents)
        self.table.setAccessibleName(self.tr("Alliance table"))
        self.table.setToolTip(
            self.tr(
                "Every ally under the current assumptions. Click a column title to sort; "
                "\u2013 (not reached) sorts last. Arrow keys select an ally and highlight its path; "
                "Enter or a double-click opens it."
            )
        )

        self.plot = pg.PlotWidget(background="w")
        self.plot.setAccessibleName(self.tr("Alliance chart"))
        self._build_plot()
        self.readout = QLabel(self)
        self.readout.setAccessibleName(self.tr("Alliance chart read-out"))
        self._default_readout = self.tr("Point at a path to read the ally, year and share.")
        self.readout.setText(self._default_readout)
        self.plot.scene().sigMouseMoved.connect(self._on_plot_mouse_moved)
        chart_box = QWidget(self)
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self.plot, 1)
        chart_layout.addWidget(self.readout)

        # chart above, table below (as on the ally view): the table needs the full width
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(chart_box)
        split.addWidget(self.table)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        self.split = split
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.note)
        layout.addWidget(self.totals)
        layout.addWidget(split, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # 0 ms: runs as soon as the events already queued are handled, so a change is shown in
        # the same frame while a burst of changes (a drag, a reset) costs one recompute.
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._on_timer_timeout)
        # The share axis only grows during a burst of changes (a drag): a shrink waits until
        # the changes stop, so the axes are not re-ticked and the chart not re-laid-out on
        # every step of a drag. Data never leaves the chart: a higher path lifts the top at once.
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._on_settle_timeout)
        self.table.activated.connect(self._on_table_activated)
        sel = self.table.selectionModel()
        sel.currentRowChanged.connect(self._on_table_current_row_changed)
        controller.scenarioChanged.connect(self._on_model_scenario_changed)

    # ------------------------------------------------------------------ hover read-out
    @Slot(object)
    def _on_plot_mouse_moved(self, pos: Any) -> None:
        vb = self.plot.getPlotItem().vb
        if not vb.sceneBoundingRect().contains(pos):
            self.readout.setText(self._default_readout)
            return
        point = vb.mapSceneToView(pos)
        text = self.readout_text(point.x(), point.y())
        self.readout.setText(text if text is not None else self._default_readout)

    def readout_text(self, x: float, y: float) -> str | None:
        """The ally whose path runs nearest to (year ``x``, share ``y``), if one is close."""
        year = round(x)
        proj = self.ally_near(x, y)
        if proj is None:
            return None
        i = year - proj.base_year
        return local(self.tr("{0} ({1}), {2}: core {3:.2f} % of GDP = {4:,.1f} bn {5}")).format(
            ally_name(proj.country.iso3, proj.country.name),
            proj.country.iso3,
            year,
            float(proj.core_share_pct[i]),
            float(proj.core_bn[i]),
            proj.country.currency,
        )

    def ally_near(self, x: float, y: float) -> Projection | None:
        """The ally whose path passes nearest (year ``x``, share ``y``), if one is close."""
        year = round(x)
        # "close" is 4 % of the visible share range, so it works at any zoom
        (_x0, _x1), (y0, y1) = self.plot.getPlotItem().vb.viewRange()
        best: tuple[float, Projection] | None = None
        for proj in self.model.projections():
            if not proj.base_year <= year <= proj.horizon:
                continue
            share = float(proj.core_share_pct[year - proj.base_year])
            gap = abs(share - y)
            if gap <= 0.04 * (y1 - y0) and (best is None or gap < best[0]):
                best = (gap, proj)
        return None if best is None else best[1]

    # ------------------------------------------------------------------ chart construction
    def _build_plot(self) -> None:
        item = style_plot(self.plot, self.tr("core defence, % of GDP"), self.tr("Year"))
        # Every ally's path in one item (NaN between allies): one path to stroke and one
        # setData per update, not 31. Thin grey lines without antialiasing (half the repaint).
        self.paths_curve = pg.PlotCurveItem(
            [], [], pen=OTHER_PEN, antialias=False, connect="finite"
        )
        self.paths_curve.setClickable(True, width=6)
        self.paths_curve.sigClicked.connect(self._on_paths_curve_clicked)
        item.addItem(self.paths_curve)
        self.threshold_lines: list[pg.InfiniteLine] = []
        font = QFont()
        font.setPointSizeF(8.5)
        for _ in range(MAX_THRESHOLD_LINES):
            self.threshold_lines.append(add_threshold_line(item, "#777777", font))
        self.highlight_curve = item.plot([], [], pen=HIGHLIGHT_PEN)
        self.highlight_curve.setZValue(10)
        self.highlight_label = pg.TextItem(
            "", color=CORE_COLOUR, anchor=(1.0, 1.1), fill=pg.mkBrush(255, 255, 255, 210)
        )
        bold = QFont(font)
        bold.setBold(True)
        self.highlight_label.setFont(bold)
        self.highlight_label.setZValue(11)
        item.addItem(self.highlight_label, ignoreBounds=True)

    # ------------------------------------------------------------------ scheduling
    @Slot(object)
    def _on_model_scenario_changed(self, scenario: Scenario) -> None:
        if _assumptions_key(scenario) != self._key:
            self._dirty = True
        self.model.set_current(scenario.country)
        if scenario.country != self._highlight and not self._dirty:
            self.select_ally(scenario.country)
        self._schedule()

    def _schedule(self) -> None:
        if self._dirty and self.isVisible() and not self._timer.isActive():
            self._timer.start()

    @Slot()
    def _on_timer_timeout(self) -> None:
        if self._dirty and self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up at once when shown (changes made while hidden were skipped)."""
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def flush(self) -> None:
        """Run a pending recompute now (tests and benchmarks)."""
        if self._timer.isActive():
            self._timer.stop()
        if self._dirty:
            self.refresh()

    @property
    def dirty(self) -> bool:
        """Whether the assumptions changed since the last recompute."""
        return self._dirty

    # ------------------------------------------------------------------ recompute
    def refresh(self) -> None:
        """Project every ally under the current assumptions; update table and chart in place."""
        t0 = time.perf_counter()
        scenario = self.controller.scenario
        self._key = _assumptions_key(scenario)
        self._dirty = False
        run, fell_back = alliance_scenario(scenario)
        projs = project_alliance(self.controller.dataset, run, skip_unfit=True)
        self.model.set_current(scenario.country)
        self.model.set_projections(projs)
        self.proxy.keep_sorted(self.model.sort_values(self.proxy.sortColumn()))
        self._update_texts(run, fell_back, projs)
        self._update_plot(projs)
        current = self.table.selectionModel().currentIndex()
        if current.isValid() and current.data(AllianceTableModel.ISO3_ROLE) == scenario.country:
            self._set_highlight(scenario.country)  # already selected: just redraw its path
        else:
            self.select_ally(scenario.country)
        self.last_update_ms = (time.perf_counter() - t0) * 1000.0
        self.updated.emit()

    def _update_texts(self, run: Scenario, fell_back: bool, projs: list[Projection]) -> None:
        path = phrases.core_path_label(run, qt_tr)
        economy = (
            self.tr("IMF baseline economy")
            if run.economy.preset.value == "imf"
            else local(
                self.tr("constant rates of {0:g} % real growth and {1:g} % inflation")
            ).format(run.economy.real_growth_pct, run.economy.inflation_pct)
        )
        self.summary.setText(
            self.tr(
                "{0} allies with a NATO figure under the current assumptions: core spending "
                "{1}, {2}, horizon {3}. Iceland has no armed forces and no figure."
            ).format(len(projs), path, economy, run.horizon)
        )
        if fell_back:
            mode = (
                self.tr("an annual increment")
                if self.controller.scenario.core.mode is SpendingMode.INCREMENT
                else self.tr("custom amounts")
            )
            self.note.setText(
                self.tr(
                    "Your path is {0} in {1}, one ally's currency, so it cannot apply to every "
                    "ally: the overview holds each ally's base-year share constant instead. Choose "
                    "growth, a glide path or a constant share to compare allies on your path."
                ).format(
                    mode, self.controller.dataset.country(self.controller.scenario.country).currency
                )
            )
        self.note.setVisible(fell_back)
        self.totals.set_projections(projs, self.controller.dataset)

    def totals_text(self, projs: list[Projection]) -> str:
        """What the allies spend and must add, in EUR or USD; a hint in national currency."""
        try:
            money = alliance_money(projs, self.controller.dataset, qt_tr)
        except ProjectionError:
            money = None
        if money is None:
            return self.tr(
                "Choose euros or US dollars under Money and baseline to add up what the allies "
                "spend and must add."
            )
        return "\n".join(f"{line}." for line in money[2])

    def _update_plot(self, projs: list[Projection]) -> None:
        item = self.plot.getPlotItem()
        first = min((p.base_year for p in projs), default=HAGUE_YEAR)
        last = max((p.horizon for p in projs), default=HAGUE_YEAR)
        gap = np.array([np.nan])
        xs = [a for p in projs for a in (p.years.astype(float), gap)]
        ys = [a for p in projs for a in (p.core_share_pct, gap)]
        x = np.concatenate(xs) if xs else np.zeros(0)
        y = np.concatenate(ys) if ys else np.zeros(0)
        self.paths_curve.setData(x, y, connect="finite")
        top = float(np.nanmax(y)) if np.isfinite(y).any() else 0.0
        # core thresholds only (the paths are core shares); each line has its threshold's own
        # colour, as on the main chart
        thresholds = [t.threshold for t in projs[0].thresholds] if projs else []
        for i, line in enumerate(self.threshold_lines):
            show = i < len(thresholds) and thresholds[i].measure is Measure.CORE
            line.setVisible(show)
            if show:
                colour = colour_of(thresholds[i])
                if line.pen.color().name().upper() != colour.upper():
                    line.setPen(pg.mkPen(colour, width=1.5, style=Qt.PenStyle.DotLine))
                    line.label.setColor(colour)
                if line.value() != thresholds[i].value_pct:  # re-rendering a label is costly
                    line.setValue(thresholds[i].value_pct)
                    line.label.setFormat(localize_number(f"{thresholds[i].value_pct:g} %"))
                top = max(top, thresholds[i].value_pct)
        x_range = (first - 0.3, last + 0.5)
        if x_range != self._x_range:
            self._x_range = x_range
            item.vb.setXRange(*x_range, padding=0)
            item.vb.updateMatrix()  # now rather than inside the next paint (see _set_y_top)
            item.getAxis("bottom").setTicks(year_ticks(first, last))
        now = time.monotonic()
        in_burst = now - self._last_refresh < SETTLE_MS / 1000.0
        self._last_refresh = now
        self._y_wanted = nice_top(top * 1.08)
        if self._y_top is not None and in_burst and self._y_wanted < self._y_top:
            self._settle.start()  # (re)started: shrink once the changes stop
        else:
            self._set_y_top(self._y_wanted)

    def _set_y_top(self, y_top: float) -> None:
        if y_top == self._y_top:
            return
        self._y_top = y_top
        vb = self.plot.getPlotItem().vb
        vb.setYRange(0.0, y_top, padding=0)
        # Apply the new range now, not in the paint: pyqtgraph moves its items from inside
        # the paint otherwise, and that asks for a second paint of the whole chart.
        vb.updateMatrix()

    @Slot()
    def _on_settle_timeout(self) -> None:
        if self._y_wanted is not None:
            self._set_y_top(self._y_wanted)

    # ------------------------------------------------------------------ highlight
    def select_ally(self, iso3: str) -> None:
        """Select (and highlight) an ally's row without changing the current ally."""
        row = self.model.row_of(iso3)
        if row < 0:
            self._set_highlight(iso3)
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        self._set_highlight(iso3)

    def _set_highlight(self, iso3: str) -> None:
        self._highlight = iso3
        row = self.model.row_of(iso3)
        if row < 0:
            self.highlight_curve.setData([], [])
            self.highlight_label.setVisible(False)
            return
        p = self.model.projection(row)
        self.highlight_curve.setData(p.years.astype(float), p.core_share_pct)
        name = ally_name(p.country.iso3, p.country.name)
        if self.highlight_label.toPlainText() != name:  # laying the text out again is costly
            self.highlight_label.setText(name)
        self.highlight_label.setPos(float(p.years[-1]), float(p.core_share_pct[-1]))
        self.highlight_label.setVisible(True)

    @property
    def highlighted(self) -> str:
        """ISO3 of the highlighted ally."""
        return self._highlight

    @Slot(QModelIndex, QModelIndex)
    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            iso3 = current.data(AllianceTableModel.ISO3_ROLE)
            if iso3 and iso3 != self._highlight:
                self._set_highlight(str(iso3))

    @Slot(QModelIndex)
    def _on_table_activated(self, index: QModelIndex) -> None:
        iso3 = index.data(AllianceTableModel.ISO3_ROLE)
        if iso3:
            self.controller.update(country=str(iso3), base_year=None)
            self.allyActivated.emit(str(iso3))

    @Slot(object, object)
    def _on_paths_curve_clicked(self, _curve: pg.PlotCurveItem, event: Any) -> None:
        pos = event.pos()
        proj = self.ally_near(pos.x(), pos.y())
        if proj is not None:
            self.select_ally(proj.country.iso3)

    def paths(self) -> list[tuple[np.ndarray, np.ndarray]]:
        """Each ally's grey path (years, shares) in row order, read back from the chart."""
        x, y = self.paths_curve.getData()
        if x is None or not len(x):
            return []
        breaks = np.flatnonzero(np.isnan(x))
        starts = np.concatenate([[0], breaks + 1])
        return [(x[a:b], y[a:b]) for a, b in zip(starts, breaks, strict=False)]
