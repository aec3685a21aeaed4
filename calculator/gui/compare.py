"""Compare: pinned scenarios drawn over the share chart, and the assumptions that differ.

:class:`PinnedScenarios` is state (no widgets): the list of pinned scenarios and their
projections, which a later autosave can read with :meth:`PinnedScenarios.pinned` and restore with
:meth:`PinnedScenarios.set_pinned`. :class:`ComparePanel` is its view; it talks to the
controller and to the pinned list only.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QColor, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from calculator.core.dataset import Dataset
from calculator.core.models import Scenario
from calculator.core.projection import Projection, ProjectionError, project
from calculator.exports import phrases
from calculator.gui.controller import ScenarioController
from calculator.gui.phrasing import qt_tr
from calculator.render.chart import MAX_OVERLAYS, overlay_colour

MAX_PINNED = MAX_OVERLAYS


class PinnedScenarios(QObject):
    """Up to :data:`MAX_PINNED` scenarios kept for comparison, each with its projection.

    The list changes only through :meth:`pin`, :meth:`unpin`, :meth:`clear` and
    :meth:`set_pinned`; each real change emits :attr:`pinnedChanged` once. A refused pin (the
    list is full, or the scenario is pinned already) emits :attr:`pinRefused` with a message.
    """

    pinnedChanged = Signal()
    pinRefused = Signal(str)

    def __init__(self, dataset: Dataset, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._dataset = dataset
        self._items: list[tuple[Scenario, Projection]] = []

    # ------------------------------------------------------------------ reading
    def pinned(self) -> list[Scenario]:
        """The pinned scenarios, oldest first."""
        return [s for s, _p in self._items]

    def projections(self) -> list[Projection]:
        """The projections of the pinned scenarios, in the same order."""
        return [p for _s, p in self._items]

    def __len__(self) -> int:
        return len(self._items)

    def labels(self) -> list[str]:
        """Legend names: the scenario's name, else "Spain · 8 %/yr"; repeats are numbered."""
        out: list[str] = []
        for scenario, proj in self._items:
            base = scenario.name.strip() or scenario_label(self, scenario, proj.country.name)
            label, n = base, 2
            while label in out:
                label, n = f"{base} ({n})", n + 1
            out.append(label)
        return out

    def overlays(self) -> list[tuple[str, Projection]]:
        """``(legend name, projection)`` for :meth:`ProjectionChart.set_overlays`."""
        return list(zip(self.labels(), self.projections(), strict=True))

    # ------------------------------------------------------------------ changes
    def pin(self, scenario: Scenario) -> bool:
        """Pin ``scenario``; refuse (with :attr:`pinRefused`) when full or already pinned."""
        if scenario in self.pinned():
            self.pinRefused.emit(self.tr("This scenario is pinned already."))
            return False
        if len(self._items) >= MAX_PINNED:
            self.pinRefused.emit(
                self.tr("At most {0} scenarios can be pinned; unpin one first.").format(MAX_PINNED)
            )
            return False
        try:
            proj = project(self._dataset, scenario)
        except ProjectionError as exc:
            self.pinRefused.emit(str(exc))
            return False
        self._items.append((scenario, proj))
        self.pinnedChanged.emit()
        return True

    def unpin(self, index: int) -> bool:
        """Remove the ``index``-th pinned scenario."""
        if not 0 <= index < len(self._items):
            return False
        del self._items[index]
        self.pinnedChanged.emit()
        return True

    @Slot()
    def clear(self) -> bool:
        """Unpin everything."""
        if not self._items:
            return False
        self._items.clear()
        self.pinnedChanged.emit()
        return True

    def set_pinned(self, scenarios: Sequence[Scenario]) -> None:
        """Replace the list (restoring a session).

        Scenarios that cannot be projected are skipped; only the first :data:`MAX_PINNED` are
        kept.
        """
        items: list[tuple[Scenario, Projection]] = []
        for scenario in scenarios:
            if len(items) >= MAX_PINNED or any(scenario == s for s, _p in items):
                continue
            try:
                items.append((scenario, project(self._dataset, scenario)))
            except ProjectionError:
                continue
        if [s for s, _p in items] != self.pinned():
            self._items = items
            self.pinnedChanged.emit()


# ---------------------------------------------------------------------------- describing


def scenario_label(ctx: QObject, scenario: Scenario, ally_name: str) -> str:
    """A short name for a scenario's core path, e.g. "Spain · 8 %/yr"."""
    return f"{ally_name} · {phrases.core_path_label(scenario, qt_tr)}"


def _fmt_overrides(overrides: Sequence[Any]) -> str:
    parts = []
    for o in overrides:
        bits = []
        if o.real_growth_pct is not None:
            bits.append(f"g {o.real_growth_pct:g}")
        if o.inflation_pct is not None:
            bits.append(f"π {o.inflation_pct:g}")
        parts.append(f"{o.year}: {', '.join(bits) or '–'}")
    return "; ".join(parts) or "–"


def effective_assumptions(
    ctx: QObject, ds: Dataset, scenario: Scenario
) -> dict[str, tuple[str, str | None]]:
    """The assumptions that shape a scenario's result: ``key → (label, shown value)``.

    Every key is present, in a fixed order. Fields that the chosen modes ignore (the growth
    rate of a glide path, the constant rates under the IMF preset) have the value ``None``, so
    two scenarios differ only where the results can.
    """
    tr = ctx.tr
    out: dict[str, tuple[str, str | None]] = {}

    def put(key: str, label: str, value: str | None) -> None:
        # A field the scenario's modes ignore has no value (the phrasebook says which).
        out[key] = (label, value if phrases.field_used(scenario, key) else None)

    try:
        ally = ds.country(scenario.country).name
    except KeyError:
        ally = scenario.country
    put("country", tr("Ally"), ally)
    put(
        "base_year",
        tr("Base year"),
        str(scenario.base_year) if scenario.base_year is not None else tr("latest"),
    )
    put("horizon", tr("Horizon"), str(scenario.horizon))
    put("nato_edition", tr("NATO edition"), scenario.nato_edition)
    eco = scenario.economy
    put("economy.preset", tr("Economy"), phrases.mode_name(scenario, "economy.preset", qt_tr))
    put(
        "economy.real_growth_pct",
        tr("Real growth"),
        phrases.growth_rate(eco.real_growth_pct, qt_tr),
    )
    put("economy.inflation_pct", tr("Inflation"), phrases.growth_rate(eco.inflation_pct, qt_tr))
    put("economy.growth_adjust_pp", tr("Growth adjustment"), f"{eco.growth_adjust_pp:+g} pp")
    put(
        "economy.inflation_adjust_pp",
        tr("Inflation adjustment"),
        f"{eco.inflation_adjust_pp:+g} pp",
    )
    put("economy.overrides", tr("Per-year overrides"), _fmt_overrides(eco.overrides))
    core = scenario.core
    put("core.mode", tr("Core path"), phrases.mode_name(scenario, "core.mode", qt_tr))
    put("core.growth_pct", tr("Spending growth"), phrases.growth_rate(core.growth_pct, qt_tr))
    put(
        "core.growth_real",
        tr("Growth measured"),
        tr("real") if core.growth_real else tr("nominal"),
    )
    put("core.glide_target_pct", tr("Glide target"), phrases.pct(core.glide_target_pct, 2))
    put("core.glide_year", tr("Glide year"), str(core.glide_year))
    put("core.increment_bn", tr("Annual increment"), tr("{0:g} bn").format(core.increment_bn))
    put("core.custom_points", tr("Custom points"), phrases.custom_points_text(core.custom_points))
    rel = scenario.related
    put("related.mode", tr("Related path"), phrases.mode_name(scenario, "related.mode", qt_tr))
    put("related.share_pct", tr("Related share"), phrases.pct(rel.share_pct, 2))
    put("related.glide_target_pct", tr("Related target"), phrases.pct(rel.glide_target_pct, 2))
    put("related.glide_year", tr("Related year"), str(rel.glide_year))
    put("related.cap_pct", tr("Related cap"), phrases.pct(rel.cap_pct, 2))
    put("thresholds", tr("Thresholds"), phrases.thresholds_text(scenario.thresholds, qt_tr))
    return out


def differing_assumptions(
    columns: Sequence[dict[str, tuple[str, str | None]]],
) -> list[tuple[str, str, list[str]]]:
    """Rows ``(key, label, values per column)`` for the assumptions that are not all equal.

    An assumption a scenario's modes ignore shows "–".
    """
    rows = []
    for key, (label, _value) in columns[0].items() if columns else ():
        values = [col[key][1] or "\u2013" for col in columns]
        if len(set(values)) > 1:
            rows.append((key, label, values))
    return rows


# ---------------------------------------------------------------------------- the view


class ComparePanel(QWidget):
    """Pin, list and unpin scenarios; show the assumptions that differ from the current one."""

    def __init__(
        self, controller: ScenarioController, pinned: PinnedScenarios, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.pinned = pinned
        self._dirty = True

        self.pin_button = QPushButton(self.tr("&Pin current scenario"), self)
        self.pin_button.setAccessibleName(self.tr("Pin current scenario"))
        self.pin_button.setToolTip(
            self.tr(
                "Keep the current assumptions as an overlay on the share chart (up to {0})."
            ).format(MAX_PINNED)
        )
        self.unpin_button = QPushButton(self.tr("&Unpin"), self)
        self.unpin_button.setAccessibleName(self.tr("Unpin selected scenario"))
        self.unpin_button.setToolTip(self.tr("Remove the selected pinned scenario."))
        self.unpin_all_button = QPushButton(self.tr("Unpin &all"), self)
        self.unpin_all_button.setAccessibleName(self.tr("Unpin all scenarios"))
        self.unpin_all_button.setToolTip(self.tr("Remove every pinned scenario."))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #555;")
        self.message.setAccessibleName(self.tr("Compare message"))

        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Pinned scenarios"))
        self.list.setToolTip(
            self.tr(
                "Pinned scenarios, in the colours of their overlays. "
                "Delete unpins the selected one."
            )
        )
        self.table = QTableWidget(0, 0, self)
        self.table.setAccessibleName(self.tr("Assumptions that differ"))
        self.table.setToolTip(
            self.tr(
                "Assumptions that differ between the current scenario and the pinned ones; "
                "\u2013 means the scenario's path does not use it."
            )
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        buttons = QHBoxLayout()
        for b in (self.pin_button, self.unpin_button, self.unpin_all_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        left = QWidget(self)
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(QLabel(self.tr("Pinned"), left))
        left_box.addWidget(self.list, 1)
        right = QWidget(self)
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        self.table_title = QLabel(self.tr("Assumptions that differ"), right)
        right_box.addWidget(self.table_title)
        right_box.addWidget(self.table, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(split, 1)

        self.pin_button.clicked.connect(self._on_pin_button_clicked)
        self.unpin_button.clicked.connect(self._on_unpin_button_clicked)
        self.unpin_all_button.clicked.connect(self._on_unpin_all_button_clicked)
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        # Delete in the list unpins the selected scenario
        self.unpin_key_action = QAction(self.tr("Unpin"), self.list)
        self.unpin_key_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Delete), QKeySequence(Qt.Key.Key_Backspace)]
        )
        self.unpin_key_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.unpin_key_action.triggered.connect(self._on_unpin_button_clicked)
        self.list.addAction(self.unpin_key_action)
        pinned.pinnedChanged.connect(self._on_model_pinned_changed)
        pinned.pinRefused.connect(self._on_model_pin_refused)
        controller.scenarioChanged.connect(self._on_model_scenario_changed)
        self._on_model_pinned_changed()

    # ------------------------------------------------------------------ widget → model
    @Slot()
    def _on_pin_button_clicked(self) -> None:
        self.pin_current()

    def pin_current(self) -> bool:
        """Pin the controller's current scenario (the menu action and the button)."""
        return self.pinned.pin(self.controller.scenario)

    @Slot()
    def _on_unpin_button_clicked(self) -> None:
        row = self.list.currentRow()
        if row < 0 and self.list.count():
            row = self.list.count() - 1
        self.pinned.unpin(row)

    @Slot()
    def _on_unpin_all_button_clicked(self) -> None:
        self.pinned.clear()

    @Slot(int)
    def _on_list_current_row_changed(self, _row: int) -> None:
        self.unpin_button.setEnabled(self.list.count() > 0)

    # ------------------------------------------------------------------ model → widget
    @Slot()
    def _on_model_pinned_changed(self) -> None:
        row = self.list.currentRow()
        labels = self.pinned.labels()
        self.list.clear()
        for i, label in enumerate(labels):
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.DecorationRole, QColor(overlay_colour(i)))
            self.list.addItem(item)
        if labels:
            self.list.setCurrentRow(min(max(row, 0), len(labels) - 1))
        n = len(labels)
        self.pin_button.setEnabled(True)  # a refused pin explains itself
        self.unpin_button.setEnabled(n > 0)
        self.unpin_all_button.setEnabled(n > 0)
        self.message.setText(
            self.tr("{0} of {1} pinned. Pinned scenarios appear on the share chart.").format(
                n, MAX_PINNED
            )
            if n
            else self.tr(
                "Pin the current scenario to keep it on the share chart while you try "
                "other assumptions or allies (up to {0})."
            ).format(MAX_PINNED)
        )
        self._dirty = True
        self._refresh_if_visible()

    @Slot(str)
    def _on_model_pin_refused(self, message: str) -> None:
        self.message.setText(message)

    @Slot(object)
    def _on_model_scenario_changed(self, _scenario: Scenario) -> None:
        self._dirty = True
        self._refresh_if_visible()

    def showEvent(self, event: QShowEvent) -> None:
        """Bring the table up to date when the tab is shown (it is skipped while hidden)."""
        super().showEvent(event)
        self._refresh_if_visible()

    def _refresh_if_visible(self) -> None:
        if self._dirty and self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Rebuild the table of differing assumptions (current scenario first)."""
        self._dirty = False
        ds = self.controller.dataset
        scenarios = [self.controller.scenario, *self.pinned.pinned()]
        columns = [effective_assumptions(self, ds, s) for s in scenarios]
        rows = differing_assumptions(columns) if len(columns) > 1 else []
        headers = [self.tr("Current"), *self.pinned.labels()]
        self.table.setColumnCount(len(headers) if len(columns) > 1 else 0)
        self.table.setHorizontalHeaderLabels(headers)
        for i in range(1, self.table.columnCount()):
            header = self.table.horizontalHeaderItem(i)
            if header is not None:
                header.setData(Qt.ItemDataRole.DecorationRole, QColor(overlay_colour(i - 1)))
        self.table.setRowCount(len(rows))
        self.table.setVerticalHeaderLabels([label for _k, label, _v in rows])
        for r, (key, _label, values) in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, key)
                if c > 0 and value != values[0]:
                    item.setToolTip(self.tr("Differs from the current scenario"))
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(r, c, item)
        if len(columns) == 1:
            self.table_title.setText(self.tr("Assumptions that differ (pin a scenario to compare)"))
        elif not rows:
            self.table_title.setText(
                self.tr("Assumptions that differ: none, the pinned scenarios match the current one")
            )
        else:
            self.table_title.setText(self.tr("Assumptions that differ"))

    def differing_keys(self) -> list[str]:
        """The keys of the rows on show (for tests and exports)."""
        out = []
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 0)
            if item is not None:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out


__all__: list[str] = [
    "MAX_PINNED",
    "ComparePanel",
    "PinnedScenarios",
    "differing_assumptions",
    "effective_assumptions",
    "scenario_label",
]
