"""AllianceTotals: the alliance's money in one currency as a small table (issue 11 section 6).

What NATO Europe and Canada, and all allies, spend and must add for each threshold, in EUR or
USD (Money and baseline's currency). One row a group, one column an amount; the sentence that
states the units and what the two amounts per threshold are sits above it on one or two lines,
and every line of the reports' wording is the table's tool tip. Three lines tall in all, so that
the alliance chart keeps its height on a 900-pixel screen (the sentences took ten lines).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from calculator.core.dataset import Dataset
from calculator.core.own_numbers import alliance_window
from calculator.core.projection import Projection, ProjectionError
from calculator.exports import phrases
from calculator.exports.locales import localize_number
from calculator.exports.own_numbers import alliance_money
from calculator.gui.phrasing import qt_tr


class AllianceTotals(QWidget):
    """The totals table under a one-sentence caption; a hint alone in national currency."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.caption.setAccessibleName(self.tr("Alliance money totals"))
        self.table = QTableWidget(0, 0, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setAccessibleName(self.tr("Alliance money totals table"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.hide()
        self._lines: list[str] = []
        self._shown: tuple[object, ...] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.table)

    def text(self) -> str:
        """Every line of the totals in the reports' wording (the hint in national currency)."""
        return "\n".join(f"{line}." for line in self._lines) if self._lines else self.caption.text()

    def set_projections(self, projs: Sequence[Projection], dataset: Dataset) -> None:
        """Show the totals of ``projs`` in the scenario's currency, or the hint."""
        try:
            money = alliance_money(projs, dataset, qt_tr)
        except ProjectionError:
            money = None
        if money is None:
            self._lines = []
            self._shown = None
            self.caption.setText(
                self.tr(
                    "Choose euros or US dollars under Money and baseline to add up what the "
                    "allies spend and must add."
                )
            )
            self.table.hide()
            return
        _rows, totals, lines = money
        first = projs[0]
        thresholds = [t.threshold for t in first.thresholds]
        currency = first.scenario.money.currency.value  # every cell: bn of it (the caption)
        lo, hi = alliance_window(projs)
        shown = (tuple(lines), currency)
        self._lines = lines
        self.caption.setText(lines[0] + ".")
        tip = "\n".join(f"{line}." for line in lines)
        self.table.setToolTip(tip)
        self.table.setAccessibleDescription(tip)
        if shown == self._shown:
            return
        self._shown = shown
        headers = [
            self.tr("Core, base year"),
            self.tr("Core, {0}").format(first.horizon),
        ]
        keys = ["core_defence_base_bn", "core_defence_horizon_bn"]
        for th in thresholds:
            key = f"{th.measure.value}_{th.value_pct:g}_by_{th.target_year}_bn"
            if f"needed_{key}" not in totals["all_allies"]:
                continue
            what = f"{phrases.pct(th.value_pct)} {phrases.measure_name(th.measure, qt_tr)}"
            headers.append(self.tr("{0}: more in {1}").format(what, th.target_year))
            headers.append(self.tr("{0}: over {1}\u2013{2}").format(what, lo, hi))
            keys += [f"needed_{key}", f"cumulative_needed_{key}"]
        groups = list(phrases.ALLIANCE_GROUPS.items())
        self.table.setRowCount(len(groups))
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setVerticalHeaderLabels(
            [phrases.say(phrases.ALLIANCE_GROUPS[g], qt_tr) for g, _name in groups]
        )
        for r, (group, _name) in enumerate(groups):
            for c, key in enumerate(keys):
                item = QTableWidgetItem(
                    localize_number(f"{totals[group][key]:,.1f}")
                )  # bn, caption
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.show()
        self._fit_height()

    def _fit_height(self) -> None:
        """Exactly the header and the rows (and a sideways scroll bar when it is needed)."""
        t = self.table
        height = t.horizontalHeader().sizeHint().height() + 2 * t.frameWidth()
        height += sum(t.rowHeight(r) for r in range(t.rowCount()))
        height += t.horizontalScrollBar().sizeHint().height()
        t.setFixedHeight(height)
