"""Compare: pinned scenarios over the share chart, results side by side, what differs.

:class:`PinnedScenarios` is state (no widgets): the list of pinned scenarios and their
projections, which a later autosave can read with :meth:`PinnedScenarios.pinned` and restore with
:meth:`PinnedScenarios.set_pinned`, and the baseline extra spending is measured against.
:class:`ComparePanel` is its view; it talks to the controller and to the pinned list only. The
numbers and words of the results come from :mod:`calculator.exports.compare`, as in the
``compare`` command and the exports.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QColor, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from calculator.core.dataset import Dataset
from calculator.core.models import Scenario
from calculator.core.projection import Projection, ProjectionError, project
from calculator.exports import phrases
from calculator.exports.compare import (
    BASELINE_SERIES,
    DEFAULT_BASELINE,
    Comparison,
    build_comparison,
    scenario_labels,
)
from calculator.exports.locales import local
from calculator.exports.palette import CORE_COLOUR
from calculator.gui.controller import ScenarioController
from calculator.gui.phrasing import qt_tr
from calculator.gui.updates import signals_blocked
from calculator.render.chart import MAX_OVERLAYS, overlay_colour

MAX_PINNED = MAX_OVERLAYS
LEGEND_CHARS = 32  # an overlay's name in the chart legend is cut here


class PinnedScenarios(QObject):
    """Up to :data:`MAX_PINNED` scenarios kept for comparison, each with its projection.

    The list changes only through :meth:`pin`, :meth:`unpin`, :meth:`clear` and
    :meth:`set_pinned`; each real change emits :attr:`pinnedChanged` once. A refused pin (the
    list is full, or the scenario is pinned already) emits :attr:`pinRefused` with a message.
    """

    pinnedChanged = Signal()
    pinRefused = Signal(str)
    baselineChanged = Signal(str)

    def __init__(self, dataset: Dataset, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._dataset = dataset
        self._items: list[tuple[Scenario, Projection]] = []
        self._baseline = DEFAULT_BASELINE

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
        return scenario_labels(self.projections(), qt_tr)

    @property
    def baseline(self) -> str:
        """What extra spending is measured against: a key of ``BASELINE_SERIES``."""
        return self._baseline

    def set_baseline(self, baseline: str) -> None:
        """Measure extra spending against ``baseline``; emits :attr:`baselineChanged` on a change."""
        if baseline not in BASELINE_SERIES:
            raise ValueError(f"unknown baseline {baseline!r}")
        if baseline != self._baseline:
            self._baseline = baseline
            self.baselineChanged.emit(baseline)

    def comparison(self, current: Projection, current_label: str | None = None) -> Comparison:
        """The current projection and the pinned ones side by side, against :attr:`baseline`.

        ``current_label`` names the current scenario's row (default "Current: Spain · 8 %/yr");
        a current scenario that is pinned already appears once, under its pinned name.
        """
        projs, labels = self.projections(), self.labels()
        if current.scenario not in self.pinned():
            if current_label is None:
                current_label = phrases.say(phrases.COMPARE_CURRENT, qt_tr).format(
                    scenario_labels([current], qt_tr)[0]
                )
            projs, labels = [current, *projs], [current_label, *labels]
        return build_comparison(projs, labels, self._baseline)

    def overlays(self) -> list[tuple[str, Projection]]:
        """``(legend name, projection)`` for :meth:`ProjectionChart.set_overlays`."""
        # A long name is cut in the legend (the Compare tab shows it whole): the legend keeps
        # its three columns and never squeezes the chart.
        names = [
            n if len(n) <= LEGEND_CHARS else n[: LEGEND_CHARS - 1].rstrip() + "\u2026"
            for n in self.labels()
        ]
        return list(zip(names, self.projections(), strict=True))

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

    def set_dataset(self, dataset: Dataset, scenarios: Sequence[Scenario] | None = None) -> None:
        """Re-project on ``dataset`` (a dataset switch) the pinned or the given (fitted) scenarios.

        Scenarios the dataset cannot project are dropped; :attr:`pinnedChanged` fires once.
        """
        had = bool(self._items)
        scenarios = self.pinned() if scenarios is None else scenarios
        self._dataset = dataset
        self._items = []
        self.set_pinned(scenarios)
        if had and not self._items:
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
    put(
        "core.increment_bn", tr("Annual increment"), local(tr("{0:g} bn")).format(core.increment_bn)
    )
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


HEADER_LINES = 3  # a column header wraps onto at most this many lines; the rest is "…"


def header_text(label: str, fits: Callable[[str], bool], max_lines: int = HEADER_LINES) -> str:
    """A scenario's label as a column header: broken at " · ", wrapped where ``fits`` says.

    ``fits(line)`` tells whether a line fits the column. Lines break between words; a word
    wider than the column, or a label that needs more than ``max_lines`` lines, ends in "…"
    (the header's tooltip has it in full).
    """
    lines: list[str] = []
    for part in label.split(" \u00b7 "):
        line = ""
        for whole in part.split():
            word = whole
            while len(word) > 1 and not fits(word if word == whole else word + "\u2026"):
                word = word[:-1]  # a word wider than the column is cut, never clipped
            word = word if word == whole else word + "\u2026"
            candidate = f"{line} {word}".strip()
            if line and not fits(candidate):
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    if len(lines) > max_lines:
        last = lines[max_lines - 1]
        while last and not fits(last + "\u2026"):
            last = last[:-1].rstrip()
        lines = [*lines[: max_lines - 1], last + "\u2026"]
    return "\n".join(lines)


class ComparePanel(QWidget):
    """Pin, list and unpin scenarios; show their results side by side and what differs."""

    def __init__(
        self, controller: ScenarioController, pinned: PinnedScenarios, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.pinned = pinned
        self._dirty = True
        self._stale_results = True  # each sub-tab is rebuilt when it is on show
        self._stale_assumptions = True
        self.comparison_on_show: Comparison | None = None
        self._tables: list[QTableWidget] = []

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
        self.baseline_combo = QComboBox(self)
        for key in phrases.COMPARE_BASELINES:
            self.baseline_combo.addItem(phrases.say(phrases.COMPARE_BASELINES[key], qt_tr), key)
        self.baseline_combo.setAccessibleName(self.tr("Extra spending against"))
        self.baseline_combo.setToolTip(
            self.tr("What the extra spending of each scenario is measured against.")
        )
        baseline_label = QLabel(self.tr("E&xtra spending against"), self)
        baseline_label.setBuddy(self.baseline_combo)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #555;")
        self.message.setAccessibleName(self.tr("Compare message"))

        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Pinned scenarios"))
        # Long names wrap rather than being cut or scrolled sideways.
        self.list.setWordWrap(True)
        self.list.setMinimumWidth(120)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setToolTip(
            self.tr(
                "Pinned scenarios, in the colours of their overlays. "
                "Delete unpins the selected one."
            )
        )
        self.results = self._new_table(self.tr("Results side by side"))
        # What the cells mean, on hover: the rows need the little height there is at 1280×720.
        self.results_legend = phrases.compare_legend(qt_tr)
        self.table = self._new_table(self.tr("Assumptions that differ"))
        self.table.setToolTip(
            self.tr(
                "Assumptions that differ between the current scenario and the pinned ones; "
                "\u2013 means the scenario's path does not use it."
            )
        )

        buttons = QHBoxLayout()
        for b in (self.pin_button, self.unpin_button, self.unpin_all_button):
            buttons.addWidget(b)
        buttons.addWidget(self.message, 1)
        left = QWidget(self)
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(QLabel(self.tr("Pinned"), left))
        left_box.addWidget(self.list, 1)
        results_page = QWidget(self)
        results_box = QVBoxLayout(results_page)
        results_box.setContentsMargins(0, 0, 0, 0)
        # The baseline belongs to the results it changes (and keeps the button row narrow
        # enough for a 1024-pixel window).
        baseline_row = QHBoxLayout()
        baseline_row.addWidget(baseline_label)
        baseline_row.addWidget(self.baseline_combo)
        baseline_row.addStretch(1)
        results_box.addLayout(baseline_row)
        results_box.addWidget(self.results, 1)
        table_page = QWidget(self)
        table_box = QVBoxLayout(table_page)
        table_box.setContentsMargins(0, 0, 0, 0)
        self.table_title = QLabel(self.tr("Assumptions that differ"), table_page)
        self.table_title.setWordWrap(True)
        table_box.addWidget(self.table_title)
        table_box.addWidget(self.table, 1)
        self.views = QTabWidget(self)
        self.views.setDocumentMode(True)
        self.views.addTab(results_page, self.tr("&Results"))
        self.views.setTabToolTip(0, self.results_legend)
        self.views.addTab(table_page, self.tr("Assumptions that &differ"))
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(self.views)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 5)
        split.setSizes([150, 800])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)

        self.pin_button.clicked.connect(self._on_pin_button_clicked)
        self.unpin_button.clicked.connect(self._on_unpin_button_clicked)
        self.unpin_all_button.clicked.connect(self._on_unpin_all_button_clicked)
        self.baseline_combo.currentIndexChanged.connect(
            self._on_baseline_combo_current_index_changed
        )
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
        pinned.baselineChanged.connect(self._on_model_baseline_changed)
        controller.scenarioChanged.connect(self._on_model_scenario_changed)
        self.views.currentChanged.connect(self._on_views_current_changed)
        self._on_model_baseline_changed(pinned.baseline)
        self._on_model_pinned_changed()

    def _new_table(self, name: str) -> QTableWidget:
        """A read-only table whose columns share its width (no sideways scrolling).

        Headers and cells wrap instead of being cut.
        """
        table = QTableWidget(0, 0, self)
        self._tables.append(table)
        table.setAccessibleName(name)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move inside it)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setMinimumSectionSize(48)
        table.horizontalHeader().sectionResized.connect(self._on_header_section_resized)
        return table

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

    @Slot(int)
    def _on_baseline_combo_current_index_changed(self, index: int) -> None:
        key = self.baseline_combo.itemData(index)
        if isinstance(key, str):
            self.pinned.set_baseline(key)

    # ------------------------------------------------------------------ model → widget
    @Slot(str)
    def _on_model_baseline_changed(self, baseline: str) -> None:
        index = self.baseline_combo.findData(baseline)
        if index != self.baseline_combo.currentIndex():
            with signals_blocked(self.baseline_combo):
                self.baseline_combo.setCurrentIndex(index)
        self._dirty = True
        self._refresh_if_visible()

    @Slot()
    def _on_model_pinned_changed(self) -> None:
        row = self.list.currentRow()
        labels = self.pinned.labels()
        self.list.clear()
        for i, label in enumerate(labels):
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.DecorationRole, QColor(overlay_colour(i)))
            item.setToolTip(label)
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
        """Bring the tables up to date when the tab is shown (they are skipped while hidden)."""
        super().showEvent(event)
        self._refresh_if_visible()

    @Slot(int)
    def _on_views_current_changed(self, _index: int) -> None:
        self._refresh_if_visible()

    def _refresh_if_visible(self) -> None:
        """Bring the sub-tab on show up to date; the other catches up when it is shown.

        A slider move with the results in front rebuilds only the results (the assumptions
        table behind them waits).
        """
        if self._dirty:
            self._dirty = False
            self._stale_results = self._stale_assumptions = True
        if not self.isVisible():
            return
        if self._stale_results and self.views.currentIndex() == 0:
            self._refresh_results()
        elif self._stale_assumptions and self.views.currentIndex() == 1:
            self._refresh_assumptions()

    def _column_headers(self) -> list[str]:
        return [self.tr("Current"), *self.pinned.labels()]

    def _set_column_headers(self, table: QTableWidget, headers: Sequence[str]) -> None:
        """One column per scenario (current first) in its colour; only touched on a change."""
        same = table.columnCount() == len(headers) and all(
            (item := table.horizontalHeaderItem(i)) is not None
            and item.data(Qt.ItemDataRole.UserRole) == text
            and item.data(Qt.ItemDataRole.DecorationRole)
            == QColor(CORE_COLOUR if i == 0 else overlay_colour(i - 1))
            for i, text in enumerate(headers)
        )
        if same:
            return
        table.setColumnCount(len(headers))
        for i, text in enumerate(headers):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, text)  # the label before wrapping
            item.setToolTip(text)
            colour = CORE_COLOUR if i == 0 else overlay_colour(i - 1)
            item.setData(Qt.ItemDataRole.DecorationRole, QColor(colour))
            table.setHorizontalHeaderItem(i, item)
        self._wrap_headers(table)

    def _wrap_headers(self, table: QTableWidget) -> None:
        """Wrap each column header to its column's width, so no header is ever cut."""
        for i in range(table.columnCount()):
            self._wrap_header(table, i, table.horizontalHeader().sectionSize(i))

    def _wrap_header(self, table: QTableWidget, index: int, width: int) -> None:
        header = table.horizontalHeader()
        item = table.horizontalHeaderItem(index)
        if item is None:
            return
        metrics = header.fontMetrics()
        room = width - 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) - 8

        def fits(line: str) -> bool:
            return metrics.horizontalAdvance(line) <= room

        text = header_text(str(item.data(Qt.ItemDataRole.UserRole)), fits)
        if item.text() != text:
            item.setText(text)

    @Slot(int, int, int)
    def _on_header_section_resized(self, index: int, _old: int, new: int) -> None:
        for table in self._tables:
            if table.horizontalHeader() is self.sender():
                self._wrap_header(table, index, new)

    def refresh(self) -> None:
        """Rebuild the results and the differing assumptions (current scenario first)."""
        self._dirty = False
        self._refresh_results()
        self._refresh_assumptions()

    def _refresh_results(self) -> None:
        """The results side by side, changed in place: a slider move rewrites changed cells."""
        self._stale_results = False
        headers = self._column_headers()
        projs = [self.controller.projection, *self.pinned.projections()]
        comp = build_comparison(projs, headers, self.pinned.baseline)
        self.comparison_on_show = comp
        table = self.results
        self._set_column_headers(table, headers)
        names = [h.replace("\n", " ") for h in comp.headers(qt_tr)[1:-1]]
        names.append(comp.headers(qt_tr)[-1])  # the cost's header keeps two lines
        cells = comp.cells(qt_tr)
        tips = comp.tooltips(qt_tr)
        if table.rowCount() != len(names):
            table.setRowCount(len(names))
        for r, name in enumerate(names):
            head = table.verticalHeaderItem(r)
            if head is None or head.text() != name:
                table.setVerticalHeaderItem(r, QTableWidgetItem(name))
        # Existing cells are rewritten with the table's model quiet, then the view hears of the
        # changed block once: told cell by cell, the word-wrapped rows re-measured themselves
        # after each text (0.2 ms a cell).
        model = table.model()
        changed: list[tuple[int, int]] = []
        for r in range(len(names)):
            for c in range(len(cells)):
                text = cells[c][r + 1]
                tip = f"{tips[c][r + 1]}\n\n{self.results_legend}"
                bold = c > 0 and text != cells[0][r + 1]
                item = table.item(r, c)
                if item is None:
                    item = QTableWidgetItem(text)
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    item.setToolTip(tip)
                    if bold:
                        font = item.font()
                        font.setBold(True)
                        item.setFont(font)
                    table.setItem(r, c, item)
                    continue
                if (item.text(), item.toolTip(), item.font().bold()) == (text, tip, bold):
                    continue
                blocked = model.blockSignals(True)
                try:
                    item.setText(text)
                    item.setToolTip(tip)
                    if item.font().bold() != bold:
                        font = item.font()
                        font.setBold(bold)
                        item.setFont(font)
                finally:
                    model.blockSignals(blocked)
                changed.append((r, c))
        if changed:
            rows = [r for r, _c in changed]
            columns = [c for _r, c in changed]
            model.dataChanged.emit(
                model.index(min(rows), min(columns)), model.index(max(rows), max(columns))
            )

    def _refresh_assumptions(self) -> None:
        self._stale_assumptions = False
        ds = self.controller.dataset
        scenarios = [self.controller.scenario, *self.pinned.pinned()]
        columns = [effective_assumptions(self, ds, s) for s in scenarios]
        rows = differing_assumptions(columns) if len(columns) > 1 else []
        if len(columns) > 1:
            self._set_column_headers(self.table, self._column_headers())
        else:
            self.table.setColumnCount(0)
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
        """The keys of the rows of the assumptions table (for tests and exports)."""
        if self.isVisible() and (self._dirty or self._stale_assumptions):
            if self._dirty:
                self._dirty = False
                self._stale_results = True
            self._refresh_assumptions()  # behind the results: brought up to date to be read
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
    "header_text",
    "scenario_label",
]
