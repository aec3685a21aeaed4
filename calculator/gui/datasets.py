"""Datasets in the window: import a NATO release, the dataset manager, the Vintages view.

:class:`DatasetActions` is what the main window composes: the ``Data`` menu, the status bar's
dataset line and the one place a dataset switch happens (:meth:`DatasetActions.switch_to`: the
controller re-projects on the new dataset in one update, the choice is written to
``user_data_dir()/datasets.json`` as ``data use`` writes it, so the window and the command line
agree). :class:`DatasetManagerDialog` lists, switches and deletes datasets;
:class:`VintagesView` re-runs the current scenario on another dataset or edition and shows what
moved. The numbers and words come from :mod:`calculator.exports.vintages` (as ``diff`` prints
them) and the storage layer (:mod:`calculator.storage.releases`); every prompt goes through
:mod:`calculator.gui.files.common`, so tests replace it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from calculator.core.dataset import Dataset, DatasetError
from calculator.core.models import Scenario
from calculator.core.projection import Projection, ProjectionError
from calculator.exports import phrases
from calculator.exports.errors import ExportError
from calculator.exports.vintages import (
    VintageComparison,
    compare_vintages,
    dataset_name,
    diff_rows,
    equipment_summary,
    equipment_text,
    fit_scenario,
    personnel_text,
    run_label,
)
from calculator.exports.vintages import dataset_status as status_text
from calculator.exports.vintages import dataset_tooltip as tooltip_text
from calculator.gui.compare import PinnedScenarios
from calculator.gui.controller import ScenarioController
from calculator.gui.files import common
from calculator.gui.files.common import StandardButton
from calculator.gui.phrasing import qt_tr
from calculator.render.equipment_chart import EquipmentPlot
from calculator.storage import ReadError, WriteError, bundled_dataset, releases
from calculator.storage.releases import DatasetEntry

#: What the storage layer refuses a user's file or folder with: a one-line message each.
REFUSALS = (DatasetError, ReadError, WriteError)


@contextmanager
def _busy() -> Iterator[None]:
    """A wait cursor while a release is read (about a second for NATO's workbook)."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


def refs(entries: list[DatasetEntry]) -> list[tuple[str, DatasetEntry, str]]:
    """``(ID@EDITION, entry, edition)`` for every usable dataset and edition, newest first."""
    out = []
    for e in entries:
        if e.problem:
            continue
        for edition in sorted(e.editions, reverse=True):
            out.append((f"{e.id}@{edition}", e, edition))
    return out


class DatasetActions(QObject):
    """The Data menu, the status bar's dataset line, and switching, importing and removing.

    Parameters
    ----------
    window
        Parent of every dialog and message box.
    controller
        The one owner of the scenario; a switch is :meth:`ScenarioController.set_dataset`.
    pinned
        The compare panel's scenarios, re-projected on the new dataset.
    status
        Shows a one-line message in the window's status bar.
    """

    #: The list of datasets changed (an import or a removal); the Vintages view re-lists them.
    datasetsChanged = Signal()

    def __init__(
        self,
        window: QWidget,
        controller: ScenarioController,
        pinned: PinnedScenarios | None,
        status: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.pinned = pinned
        self._status = status
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Dataset"))
        self.import_action = QAction(self.tr("&Import NATO release…"), self)
        self.import_action.setToolTip(
            self.tr("Add NATO's Excel tables (.xlsx) or a filled-in CSV template as a dataset")
        )
        self.import_action.triggered.connect(self._on_import_action_triggered)
        self.manage_action = QAction(self.tr("&Datasets…"), self)
        self.manage_action.setToolTip(self.tr("List, switch and delete datasets"))
        self.manage_action.triggered.connect(self._on_manage_action_triggered)
        controller.datasetChanged.connect(self._on_model_dataset_changed)
        controller.scenarioChanged.connect(self._on_model_scenario_changed)
        self._edition = ""
        self.update_status()

    def populate_menu(self, menu: QMenu) -> None:
        """Fill the window's Data menu."""
        menu.addAction(self.import_action)
        menu.addAction(self.manage_action)

    # ------------------------------------------------------------------ reading
    def entries(self) -> list[DatasetEntry]:
        """Every dataset the storage layer lists (bundled first); ``[]`` if it cannot read."""
        try:
            return releases.list_datasets()
        except REFUSALS as exc:
            self._status(str(exc))
            return []

    def entry(self) -> DatasetEntry | None:
        """The entry of the dataset the window shows (``None`` for a ``--data`` folder)."""
        wanted = self.controller.dataset.id
        return next((e for e in self.entries() if e.id == wanted), None)

    def update_status(self) -> None:
        """Name the dataset in use in the status bar: ``Dataset: NATO July 2026 (bundled)``."""
        ds = self.controller.dataset
        edition = self.controller.scenario.nato_edition
        self._edition = edition
        imported = ""
        if ds.id != bundled_dataset().id:  # only then the user folder is read (tests: never)
            entry = self.entry()
            imported = entry.imported_at if entry is not None and entry.kind == "imported" else ""
        self.status_label.setText(status_text(ds, edition, imported, qt_tr))
        self.status_label.setToolTip(tooltip_text(ds, edition, qt_tr))

    # ------------------------------------------------------------------ changes
    def switch_to(self, dataset_id: str) -> bool:
        """Make ``dataset_id`` the window's and the active dataset; say why not on a refusal.

        A scenario the new dataset lacks an edition, base year or ally for falls back, and the
        status bar says so. Nothing changes if the dataset cannot be opened or projected.
        """
        try:
            ds = releases.open_dataset(dataset_id)
            notes = self.controller.set_dataset(ds)
        except (*REFUSALS, ProjectionError) as exc:
            self._error(self.tr("Cannot switch the dataset"), str(exc))
            return False
        if self.pinned is not None:
            self.pinned.set_dataset(ds, [self._fit(ds, s) for s in self.pinned.pinned()])
        try:
            releases.use_dataset(ds.id)  # the command line's next run uses it too
        except REFUSALS as exc:
            notes = (*notes, str(exc))
        self.update_status()
        self._status(" ".join((self.tr("Switched the dataset."), *notes)))
        return True

    @staticmethod
    def _fit(ds: Dataset, scenario: Scenario) -> Scenario:
        """A pinned scenario fitted to ``ds`` as the current one is (edition, base year, ally)."""
        try:
            return fit_scenario(ds, scenario).scenario
        except ProjectionError:
            return scenario  # dropped by the pinned list, which cannot project it

    def import_path(self, path: Path) -> DatasetEntry | None:
        """Import a NATO workbook or CSV template; offer to use it. ``None`` if refused."""
        try:
            with _busy():
                entry = releases.import_release(path)
        except REFUSALS as exc:
            # One line naming the file, table, row and column; nothing was stored.
            self._error(self.tr("Cannot import the release"), str(exc))
            return None
        self.datasetsChanged.emit()
        extra = (
            self.tr("It has NATO's distribution by category (equipment, personnel).")
            if entry.has_equipment
            else ""
        )
        choice = common.message_box(
            self.window,
            QMessageBox.Icon.Question,
            self.tr("Release imported"),
            self.tr("Imported {0} as dataset {1}: {2} ({3}, cut-off {4}).").format(
                path.name, entry.id, entry.source, entry.edition_label, entry.cut_off
            ),
            StandardButton.Yes | StandardButton.No,
            StandardButton.Yes,
            " ".join(t for t in (extra, self.tr("Use it now?")) if t),
        )
        if choice == StandardButton.Yes:
            self.switch_to(entry.id)
        else:
            self._status(self.tr("Imported dataset {0}").format(entry.id))
        return entry

    def remove(self, entry: DatasetEntry) -> bool:
        """Delete an imported dataset after asking; the window moves to the bundled one if needed."""
        choice = common.message_box(
            self.window,
            QMessageBox.Icon.Warning,
            self.tr("Delete dataset"),
            self.tr("Delete dataset {0} ({1}, {2})?").format(
                entry.id, entry.source, entry.edition_label
            ),
            StandardButton.Yes | StandardButton.Cancel,
            StandardButton.Cancel,
            self.tr("The imported copy is removed; the original file is not touched."),
        )
        if choice != StandardButton.Yes:
            return False
        in_use = entry.id == self.controller.dataset.id
        try:
            releases.remove_dataset(entry.id)
        except REFUSALS as exc:
            self._error(self.tr("Cannot delete the dataset"), str(exc))
            return False
        self.datasetsChanged.emit()
        if in_use:
            self.switch_to(releases.BUNDLED)
        else:
            self._status(self.tr("Deleted dataset {0}").format(entry.id))
        return True

    def _error(self, title: str, message: str) -> None:
        common.show_error(self.window, title, message)

    # ------------------------------------------------------------------ slots
    @Slot()
    def _on_import_action_triggered(self) -> None:
        path = common.get_open_path(
            self.window,
            self.tr("Import NATO release"),
            str(Path.home()),
            ";;".join(
                (
                    self.tr("NATO tables or CSV template (*.xlsx *.csv)"),
                    self.tr("All files (*)"),
                )
            ),
        )
        if path is not None:
            self.import_path(path)

    @Slot()
    def _on_manage_action_triggered(self) -> None:
        DatasetManagerDialog(self, self.window).exec()

    @Slot(object)
    def _on_model_dataset_changed(self, _ds: Dataset) -> None:
        self.update_status()

    @Slot(object)
    def _on_model_scenario_changed(self, scenario: object) -> None:
        if getattr(scenario, "nato_edition", self._edition) != self._edition:
            self.update_status()  # a file of another edition names that edition's release


# ---------------------------------------------------------------------------- the manager
class DatasetManagerDialog(QDialog):
    """Bundled and imported datasets (edition, cut-off, source, imported); use, import, delete."""

    COLUMNS = 6

    def __init__(self, datasets: DatasetActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.datasets = datasets
        self.setWindowTitle(self.tr("Datasets"))
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("In use"),
                self.tr("Dataset"),
                self.tr("Edition"),
                self.tr("Cut-off"),
                self.tr("Source"),
                self.tr("Imported"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Datasets"))
        self.use_button = QPushButton(self.tr("&Use"))
        self.use_button.setToolTip(self.tr("Project with the selected dataset from now on"))
        self.import_button = QPushButton(self.tr("&Import…"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.setToolTip(self.tr("Delete an imported dataset (never the bundled one)"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        for b in (self.use_button, self.import_button, self.delete_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(buttons)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addLayout(row)
        self.use_button.clicked.connect(self._on_use_button_clicked)
        self.import_button.clicked.connect(self.datasets.import_action.trigger)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.table.itemSelectionChanged.connect(self._on_table_item_selection_changed)
        self.table.cellDoubleClicked.connect(self._on_table_cell_double_clicked)
        datasets.datasetsChanged.connect(self.refresh)
        datasets.controller.datasetChanged.connect(self.refresh)
        self._entries: list[DatasetEntry] = []
        self.refresh()
        self.resize(900, 320)

    @Slot()
    def refresh(self) -> None:
        """List the datasets again; the one the window uses is marked and selected."""
        self._entries = self.datasets.entries()
        in_use = self.datasets.controller.dataset.id
        self.table.setRowCount(len(self._entries))
        current = 0
        for r, e in enumerate(self._entries):
            used = e.id == in_use
            current = r if used else current
            kind = self.tr("bundled") if e.kind == "bundled" else e.id
            cells = [
                "\u2713" if used else "",
                kind if not e.problem else self.tr("{0} (damaged)").format(e.id),
                ", ".join(e.editions) if len(e.editions) > 1 else e.edition_label,
                e.cut_off,
                e.problem or e.source,
                e.imported_at[:10] if e.imported_at else self.tr("ships with the app"),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(
                    f"{e.title}\n{e.source_file} SHA-256 {e.source_sha256}"
                    if e.source_file
                    else e.title
                )
                self.table.setItem(r, c, item)
        if self._entries:
            self.table.selectRow(current)
        self._on_table_item_selection_changed()

    def selected(self) -> DatasetEntry | None:
        """The dataset of the selected row."""
        rows = self.table.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < len(self._entries):
            return None
        return self._entries[rows[0].row()]

    @Slot()
    def _on_table_item_selection_changed(self) -> None:
        e = self.selected()
        self.use_button.setEnabled(
            e is not None and not e.problem and e.id != self.datasets.controller.dataset.id
        )
        self.delete_button.setEnabled(e is not None and e.kind == "imported")
        if e is None:
            self.note.clear()
        elif e.problem:
            self.note.setText(e.problem)
        else:
            self.note.setText(self.tr("{0}. Editions: {1}.").format(e.title, ", ".join(e.editions)))

    @Slot()
    def _on_use_button_clicked(self) -> None:
        e = self.selected()
        if e is not None:
            self.datasets.switch_to(e.id)

    @Slot(int, int)
    def _on_table_cell_double_clicked(self, _row: int, _column: int) -> None:
        self._on_use_button_clicked()

    @Slot()
    def _on_delete_button_clicked(self) -> None:
        e = self.selected()
        if e is not None and e.kind == "imported":
            self.datasets.remove(e)


# ---------------------------------------------------------------------------- vintages
class VintagesView(QWidget):
    """The current scenario on another dataset or edition, side by side: what moved.

    A: the window's dataset and edition; B: the one chosen in :attr:`other_combo` (``ID@EDITION``).
    Rows as ``budget-calculator diff`` prints them (:func:`calculator.exports.vintages.diff_rows`),
    then NATO's equipment guideline for each side where the dataset has Tables 8a/8b. The view
    recomputes only while it is visible and catches up when shown; :attr:`updated` fires after.
    """

    updated = Signal()

    def __init__(
        self,
        controller: ScenarioController,
        datasets: DatasetActions,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.datasets = datasets
        self.other_combo = QComboBox()
        self.other_combo.setAccessibleName(self.tr("Compare with"))
        self.other_combo.setToolTip(
            self.tr("Another dataset or edition to re-run the current scenario on")
        )
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("What"), self.tr("A (in use)"), self.tr("B"), self.tr("B − A")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in (1, 2, 3):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("What moved"))
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.equipment = QLabel()
        self.equipment.setWordWrap(True)
        self.equipment.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # NATO's Table 8a as a history chart, where a dataset has it (the one in use first)
        self.equipment_plot = EquipmentPlot(pg.PlotWidget(), qt_tr)
        self.equipment_plot.plot.setFixedHeight(250)
        self.equipment_plot.plot.setAccessibleName(self.tr("Equipment share chart"))
        self.equipment_caption = QLabel()
        self.equipment_caption.setWordWrap(True)
        self.equipment_caption.setStyleSheet("color: #555555;")
        # File ▸ Export: the ally's PDF, workbook and JSON get "What changed between editions"
        self.include_action = QAction(self.tr("Include what &changed between editions"), self)
        self.include_action.setCheckable(True)
        self.include_action.setToolTip(
            self.tr(
                "PDF, Excel and JSON exports of this ally add a section comparing the scenario "
                "with the dataset or edition chosen in the Vintages tab"
            )
        )
        self.include_box = QCheckBox(
            self.tr("&Include in File ▸ Export (PDF brief, Excel workbook, JSON)")
        )
        self.include_box.setToolTip(self.include_action.toolTip())
        self.include_box.toggled.connect(self._on_include_box_toggled)
        self.include_action.toggled.connect(self._on_include_action_toggled)
        pick = QHBoxLayout()
        label = QLabel(self.tr("&Compare with"))
        label.setBuddy(self.other_combo)
        pick.addWidget(label)
        pick.addWidget(self.other_combo, 1)
        pick.addWidget(self.include_box)
        # The choice stays at the top; below it the table (all its rows, no inner scrolling),
        # the equipment lines and chart scroll together on a small window.
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.title)
        inner.addWidget(self.table)
        inner.addWidget(self.notes)
        inner.addWidget(self.equipment)
        inner.addWidget(self.equipment_plot.plot)
        inner.addWidget(self.equipment_caption)
        inner.addStretch(1)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(body)
        self.scroll_area.setAccessibleName(self.tr("What changed between editions"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(pick)
        layout.addWidget(self.scroll_area, 1)
        self.rows: list[dict[str, object]] = []
        self.other: Projection | None = None
        self._dirty = True
        self._here = ""
        self._listed = False  # the combo is filled when first shown: no folder read before
        self.other_combo.currentIndexChanged.connect(self._on_other_combo_current_index_changed)
        controller.projectionChanged.connect(self._on_model_projection_changed)
        controller.datasetChanged.connect(self._on_model_dataset_changed)
        datasets.datasetsChanged.connect(self._on_datasets_list_changed)

    # ------------------------------------------------------------------ choices
    def _fill_combo(self) -> None:
        """Every dataset and edition except the one in use; the newest other edition first."""
        here = f"{self.controller.dataset.id}@{self.controller.scenario.nato_edition}"
        self._here = here
        self._listed = True
        keep = self.other_combo.currentData()
        blocked = self.other_combo.blockSignals(True)
        self.other_combo.clear()
        for ref, e, edition in refs(self.datasets.entries()):
            if ref == here:
                continue
            name = self.tr("bundled") if e.kind == "bundled" else e.id
            self.other_combo.addItem(
                self.tr("{0} · edition {1} ({2})").format(name, edition, e.edition_label)
                if len(e.editions) == 1
                else self.tr("{0} · edition {1}").format(name, edition),
                ref,
            )
        index = self.other_combo.findData(keep) if keep else -1
        self.other_combo.setCurrentIndex(max(index, 0) if self.other_combo.count() else -1)
        self.other_combo.blockSignals(blocked)

    def choose(self, ref: str) -> bool:
        """Compare with ``ref`` (``ID@EDITION``); ``False`` if it is not offered."""
        if not self._listed:
            self._fill_combo()
        index = self.other_combo.findData(ref)
        if index < 0:
            return False
        self.other_combo.setCurrentIndex(index)
        self._changed()
        return True

    # ------------------------------------------------------------------ computing
    def refresh(self) -> None:
        """Re-run the current scenario on the chosen dataset and show what moved."""
        self._dirty = False
        if not self._listed:
            self._fill_combo()
        self.rows, self.other = [], None
        pa = self.controller.projection
        ds_a = self.controller.dataset
        ref = self.other_combo.currentData()
        lines = [self._equipment_line("A", pa, ds_a)]
        notes: tuple[str, ...] = ()
        ds_b: Dataset | None = None
        if not isinstance(ref, str):
            self.title.setText(
                self.tr("A: {0}. No other dataset or edition to compare with.").format(
                    run_label(ds_a, pa, qt_tr)
                )
            )
        else:
            dataset_id, _, edition = ref.partition("@")
            try:
                ds_b = releases.open_dataset(dataset_id)
                fitted = fit_scenario(ds_b, self.controller.scenario, edition, qt_tr)
            except (*REFUSALS, ProjectionError) as exc:
                notes = (str(exc),)
                self.title.setText(self.tr("A: {0}").format(run_label(ds_a, pa, qt_tr)))
            else:
                self.other = fitted.projection
                notes = fitted.notes
                self.rows = diff_rows(pa, fitted.projection, qt_tr)
                self.title.setText(
                    self.tr("{0}: the same scenario on two datasets.\nA: {1}\nB: {2}").format(
                        pa.country.name,
                        run_label(ds_a, pa, qt_tr),
                        run_label(ds_b, fitted.projection, qt_tr),
                    )
                )
                b_line = self._equipment_line("B", fitted.projection, ds_b)
                if b_line[1:] != lines[0][1:]:  # the same sentence twice says nothing new
                    lines.append(b_line)
                else:
                    lines[0] = self.tr("A and B") + lines[0][1:]
        self._fill_table()
        self.notes.setText(" ".join(notes))
        self.notes.setVisible(bool(notes))
        self.equipment.setText("\n".join(lines))
        self._show_equipment_chart(pa, ds_a, ds_b)
        offered = self.other is not None
        self.include_action.setEnabled(offered)
        self.include_box.setEnabled(offered)
        self.updated.emit()

    def _show_equipment_chart(self, pa: Projection, ds_a: Dataset, ds_b: Dataset | None) -> None:
        """The history of A's Table 8a, else B's; hidden when neither dataset has one."""
        side, eq = "A", equipment_summary(pa, ds_a)
        if eq is None and ds_b is not None and self.other is not None:
            side, eq = "B", equipment_summary(self.other, ds_b)
        self.equipment_plot.set_history(eq)
        self.equipment_plot.plot.setVisible(eq is not None)
        self.equipment_caption.setVisible(eq is not None)
        if eq is not None:
            ds = ds_a if side == "A" else ds_b
            assert ds is not None
            name = phrases.say(phrases.EQUIPMENT_CHART_OF, qt_tr).format(
                side, pa.country.name, dataset_name(ds, eq["edition"], qt_tr)
            )
            self.equipment_caption.setText(name)
            self.equipment_caption.setToolTip(eq["source"])

    def report_comparison(self) -> VintageComparison | None:
        """What File ▸ Export adds to the ally's report, if asked for: A against the chosen B.

        Computed afresh (the report's own words and the scenario on screen now); ``None``
        when the option is off or there is nothing to compare with. Raises
        :class:`ExportError` with the reason if the other dataset cannot be used.
        """
        if not self.include_action.isChecked():
            return None
        if not self._listed:
            self._fill_combo()
        ref = self.other_combo.currentData()
        if not isinstance(ref, str):
            return None
        dataset_id, _, edition = ref.partition("@")
        try:
            ds_b = releases.open_dataset(dataset_id)
            return compare_vintages(
                self.controller.dataset, self.controller.projection, ds_b, edition
            )
        except (*REFUSALS, ProjectionError) as exc:
            raise ExportError(
                self.tr("What changed between editions: {0}").format(str(exc))
            ) from exc

    @Slot(bool)
    def _on_include_box_toggled(self, checked: bool) -> None:
        if self.include_action.isChecked() != checked:
            self.include_action.setChecked(checked)

    @Slot(bool)
    def _on_include_action_toggled(self, checked: bool) -> None:
        if self.include_box.isChecked() != checked:
            self.include_box.setChecked(checked)

    def _equipment_line(self, side: str, proj: Projection, ds: Dataset) -> str:
        eq = equipment_summary(proj, ds)
        if eq is None:
            text = phrases.say(phrases.EQUIPMENT_NONE, qt_tr).format(ds.id)
        else:
            text = equipment_text(eq, proj.country.currency, qt_tr)
            personnel = personnel_text(eq, qt_tr)
            if personnel:
                text += " " + personnel
        return f"{side}: {text}"

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            cells = (row["label"], row["a_text"], row["b_text"], row["change_text"])
            for c, text in enumerate(cells):
                item = QTableWidgetItem(str(text))
                if c:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.setFixedHeight(height)

    def cell_texts(self) -> list[list[str]]:
        """The table as shown, row by row (tests, copying)."""
        out = []
        for r in range(self.table.rowCount()):
            out.append(
                [
                    (item.text() if (item := self.table.item(r, c)) is not None else "")
                    for c in range(self.table.columnCount())
                ]
            )
        return out

    # ------------------------------------------------------------------ scheduling
    @property
    def dirty(self) -> bool:
        """Whether something changed since the last refresh (it waits while hidden)."""
        return self._dirty

    def _changed(self) -> None:
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up at once when shown."""
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    @Slot(int)
    def _on_other_combo_current_index_changed(self, _index: int) -> None:
        self._changed()

    @Slot(object)
    def _on_model_projection_changed(self, proj: Projection) -> None:
        if f"{self.controller.dataset.id}@{proj.scenario.nato_edition}" != self._here:
            self._listed = False  # a file of another edition: offer the one left before
        self._changed()

    @Slot(object)
    def _on_model_dataset_changed(self, _ds: Dataset) -> None:
        self._listed = False
        self._changed()

    @Slot()
    def _on_datasets_list_changed(self) -> None:
        self._listed = False
        self._changed()
