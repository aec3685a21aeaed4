"""ScenarioFiles: the scenario as a document (new, open, save, save as, dirty state, title).

:class:`ScenarioFiles` is a helper the main window composes; it reads and writes only through
the :class:`ScenarioController` and the pure ``calculator.storage`` functions, so every file
holds exactly the scenario on screen. It owns the other file rooms, each built from what the
window passes in: :class:`~calculator.gui.files.recent.RecentFiles`,
:class:`~calculator.gui.files.autosave.Autosave` and
:class:`~calculator.gui.files.export.ExportDispatch`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QDragMoveEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from calculator.core.models import Scenario
from calculator.core.projection import ProjectionError, project
from calculator.gui.compare import PinnedScenarios
from calculator.gui.controller import ScenarioController
from calculator.gui.files import common
from calculator.gui.files.autosave import Autosave, RecoveryPrompt
from calculator.gui.files.common import FOLDER_KEY, SCENARIO_SUFFIX, StandardButton
from calculator.gui.files.export import ExportDispatch
from calculator.gui.files.recent import RecentFiles
from calculator.storage import (
    StorageError,
    clean_stale_temps,
    load_scenario,
    releases,
    save_scenario,
)


class ScenarioFiles(QObject):
    """File menu logic for one window: open/save, and the recent, autosave and export rooms.

    Parameters
    ----------
    window
        The main window (dialog parent, title, drop target).
    controller
        The one owner of the scenario.
    flush_edits
        Sends typed name and notes to the model (the scenario panel's ``flush``); called
        before anything is written or compared with the saved scenario.
    status
        Shows a one-line message in the window's status bar.
    pinned
        The compare panel's scenarios, autosaved and recovered with the scenario.
    settings
        Where the recent files and last folders are kept; ``None`` keeps them in memory only.
    autosave_dir
        Folder of the autosave file; ``None`` disables autosave and recovery.
    recovery_prompt
        Asked whether to restore a session left by a crash; the default asks in a message box.
    """

    def __init__(
        self,
        window: QMainWindow,
        controller: ScenarioController,
        *,
        flush_edits: Callable[[], None],
        status: Callable[[str], None],
        pinned: PinnedScenarios | None = None,
        settings: QSettings | None = None,
        autosave_dir: Path | None = None,
        recovery_prompt: RecoveryPrompt | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.settings = settings
        self.path: Path | None = None
        self._flush_edits = flush_edits
        self._status = status
        self._saved: Scenario = controller.scenario
        self._close_box: QMessageBox | None = None
        self._close_confirmed = False
        #: Switches the window to a dataset by id and says whether it did (the window's
        #: DatasetActions.switch_to); lets Open offer a file's recorded dataset.
        self.switch_dataset: Callable[[str], bool] | None = None
        self._create_actions()
        self.recent = RecentFiles(window, settings, open_file=self.open_with_prompt)
        self.autosave = Autosave(window, controller, autosave_dir, pinned, status, recovery_prompt)
        self.exports = ExportDispatch(
            window,
            controller,
            settings,
            flush_edits=flush_edits,
            status=status,
            document_path=lambda: self.path,
            pinned=pinned,
        )

    # ------------------------------------------------------------------ actions and menu
    def _create_actions(self) -> None:
        w = self.window
        self.new_action = QAction(self.tr("&New"), w)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.setToolTip(self.tr("Start again from the default assumptions"))
        self.new_action.triggered.connect(self._on_new_action_triggered)
        self.open_action = QAction(self.tr("&Open…"), w)
        self.open_action.setShortcut(QKeySequence("Ctrl+O"))
        self.open_action.triggered.connect(self._on_open_action_triggered)
        self.save_action = QAction(self.tr("&Save"), w)
        self.save_action.setShortcut(QKeySequence("Ctrl+S"))
        self.save_action.triggered.connect(self._on_save_action_triggered)
        self.save_as_action = QAction(self.tr("Save &As…"), w)
        self.save_as_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.save_as_action.triggered.connect(self._on_save_as_action_triggered)

    def populate_menu(self, menu: QMenu) -> None:
        """Add New … Export to the File menu (the window adds Quit after them)."""
        menu.addAction(self.new_action)
        menu.addAction(self.open_action)
        menu.addMenu(self.recent.menu)
        menu.addSeparator()
        menu.addAction(self.save_action)
        menu.addAction(self.save_as_action)
        menu.addSeparator()
        menu.addMenu(self.exports.menu)
        menu.addMenu(self.exports.alliance_menu)
        menu.addSeparator()

    def start(self) -> None:
        """Begin tracking: the current scenario is the unmodified one; offer crash recovery."""
        self._saved = self.controller.scenario
        self.controller.scenarioChanged.connect(self._on_model_scenario_changed)
        self.autosave.start()
        self.window.setAcceptDrops(True)
        self.window.installEventFilter(self)
        self.update_title()
        if self.autosave.offer_recovery():
            self.update_title()  # recovered work is unsaved: the modified marker shows it

    # ------------------------------------------------------------------ the other rooms
    def export(self, kind: str, path: Path) -> bool:
        """Write one export of the scenario on screen (see :meth:`ExportDispatch.export`)."""
        return self.exports.export(kind, path)

    def flush_autosave(self, clean_exit: bool = False) -> bool:
        """Write the autosave file now (see :meth:`Autosave.flush`)."""
        return self.autosave.flush(clean_exit)

    def recent_files(self) -> list[Path]:
        """The recently opened or saved files, newest first."""
        return self.recent.files()

    def open_recent(self, path: Path) -> bool:
        """Open a recent file (see :meth:`RecentFiles.open`)."""
        return self.recent.open(path)

    # ------------------------------------------------------------------ state
    def is_modified(self) -> bool:
        """Whether the scenario differs from the one last opened, saved or started with."""
        return self.controller.scenario != self._saved

    def update_title(self) -> None:
        """Window title: scenario name (or file name), ally, modified marker."""
        scenario = self.controller.scenario
        country = self.controller.projection.country.name
        label = scenario.name or (self.path.name if self.path is not None else "")
        app = self.tr("Defence Budget What-If Calculator")
        if label:
            title = self.tr("{0} · {1}[*] — {2}").format(label, country, app)
        else:
            title = self.tr("{0}[*] — {1}").format(country, app)
        # Only on a change: the title is asked for on every slider move, and setting it (even
        # to the same text) costs the window manager a round trip.
        if self.window.windowTitle() != title:
            self.window.setWindowTitle(title)
        modified = self.is_modified()
        if self.window.isWindowModified() != modified:
            self.window.setWindowModified(modified)

    @Slot(object)
    def _on_model_scenario_changed(self, _scenario: Scenario) -> None:
        self.update_title()

    def _error(self, title: str, message: str) -> None:
        common.show_error(self.window, title, message)

    def _folder(self) -> str:
        return common.last_folder(self.settings, FOLDER_KEY, self.path)

    # ------------------------------------------------------------------ open / new
    def maybe_save(self) -> bool:
        """Ask to save unsaved changes; ``False`` if the user cancelled (or saving failed)."""
        self._flush_edits()
        if not self.is_modified():
            return True
        choice = common.message_box(
            self.window,
            QMessageBox.Icon.Warning,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to “{0}”?").format(self._label()),
            StandardButton.Save | StandardButton.Discard | StandardButton.Cancel,
            StandardButton.Save,
            self.tr("Your changes will be lost if you don't save them."),
        )
        if choice == StandardButton.Save:
            return self.save()
        return choice == StandardButton.Discard

    def _label(self) -> str:
        s = self.controller.scenario
        if s.name:
            return s.name
        if self.path is not None:
            return self.path.name
        return self.tr("Untitled ({0})").format(self.controller.projection.country.name)

    def new(self) -> None:
        """Start from the default assumptions, with no file (no prompt; see the slot)."""
        self.controller.set_scenario(Scenario())
        self.controller.clear_history()
        self.path = None
        self._saved = self.controller.scenario
        self.update_title()

    def open_path(self, path: Path) -> bool:
        """Open a scenario file; on any problem say why and keep the current scenario."""
        try:
            scenario, dataset_id = load_scenario(path)
        except StorageError as exc:
            self._error(self.tr("Cannot open the scenario"), str(exc))
            return False
        active = self.controller.dataset.id
        if (
            dataset_id
            and dataset_id != active
            and not self._choose_dataset(path, dataset_id, active)
        ):
            return False
        try:
            project(self.controller.dataset, scenario)
        except ProjectionError as exc:
            self._error(self.tr("Cannot open the scenario"), f"{path}: {exc}")
            return False
        self.controller.set_scenario(scenario)
        self.controller.clear_history()
        self.path = path
        self._saved = scenario
        self.recent.remember(path)
        self.update_title()
        self._status(self.tr("Opened {0}").format(path))
        return True

    def _choose_dataset(self, path: Path, recorded: str, active: str) -> bool:
        """A file saved with another dataset: open it with that one (if known) or the active one.

        Returns whether to go on opening (on the dataset now in use).
        """
        known = self.switch_dataset is not None and recorded in {
            e.id for e in releases.list_datasets() if not e.problem
        }
        buttons = StandardButton.Open | StandardButton.Cancel
        texts = {StandardButton.Open: self.tr("Open with {0}").format(active)}
        if known:
            buttons |= StandardButton.Yes
            texts[StandardButton.Yes] = self.tr("Open with {0}").format(recorded)
        choice = common.message_box(
            self.window,
            QMessageBox.Icon.Question,
            self.tr("Different dataset"),
            self.tr("{0} was saved with dataset {1}; the active dataset is {2}.").format(
                path.name, recorded, active
            ),
            buttons,
            StandardButton.Yes if known else StandardButton.Open,
            (
                self.tr("Open it with either dataset; projected figures can differ between them.")
                if known
                else self.tr(
                    "Dataset {0} is not here (Data ▸ Datasets… lists those that are). Open it "
                    "with dataset {1}? Projected figures can differ from when it was saved."
                ).format(recorded, active)
            ),
            **({"texts": texts} if known else {}),
        )
        if choice == StandardButton.Yes and known and self.switch_dataset is not None:
            return self.switch_dataset(recorded)
        return choice == StandardButton.Open

    @Slot()
    def _on_new_action_triggered(self) -> None:
        if self.maybe_save():
            self.new()

    @Slot()
    def _on_open_action_triggered(self) -> None:
        if not self.maybe_save():
            return
        path = common.get_open_path(
            self.window, self.tr("Open scenario"), self._folder(), self._scenario_filter()
        )
        if path is not None:
            self.open_path(path)

    def open_with_prompt(self, path: Path) -> bool:
        """Open ``path`` after offering to save unsaved changes (recent files, drops)."""
        return self.maybe_save() and self.open_path(path)

    def _scenario_filter(self) -> str:
        return ";;".join(
            (
                self.tr("Scenarios (*.scenario.json)"),
                self.tr("JSON files (*.json)"),
                self.tr("All files (*)"),
            )
        )

    # ------------------------------------------------------------------ save
    def save_to(self, path: Path) -> bool:
        """Write the scenario to ``path`` atomically; on failure say why (nothing is lost)."""
        self._flush_edits()
        scenario = self.controller.scenario
        clean_stale_temps(path.parent)  # what a killed earlier save left there
        try:
            save_scenario(path, scenario, self.controller.dataset.id)
        except StorageError as exc:
            self._error(self.tr("Cannot save the scenario"), str(exc))
            return False
        self.path = path
        self._saved = scenario
        self.recent.remember(path)
        self.update_title()
        self._status(self.tr("Saved {0}").format(path))
        return True

    def save(self) -> bool:
        """Save to the current file, or ask for one."""
        if self.path is None:
            return self.save_as()
        return self.save_to(self.path)

    def save_as(self) -> bool:
        """Ask for a file name and save there."""
        self._flush_edits()
        start = self.path or Path(self._folder()) / (
            (common.slug(self.controller.scenario.name) or self.controller.scenario.country.lower())
            + SCENARIO_SUFFIX
        )
        path = common.get_save_path(
            self.window, self.tr("Save scenario"), str(start), self._scenario_filter()
        )
        if path is None:
            return False
        if not path.name.lower().endswith(".json"):
            path = path.with_name(path.name + SCENARIO_SUFFIX)
        return self.save_to(path)

    @Slot()
    def _on_save_action_triggered(self) -> None:
        self.save()

    @Slot()
    def _on_save_as_action_triggered(self) -> None:
        self.save_as()

    # ------------------------------------------------------------------ drag and drop
    @staticmethod
    def dropped_path(event: QDropEvent) -> Path | None:
        """The scenario file a drag carries, if it carries exactly one local .json file."""
        mime = event.mimeData()
        if not mime.hasUrls():
            return None
        paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
        if len(paths) != 1 or not paths[0].name.lower().endswith(".json"):
            return None
        return paths[0]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Accept a dragged ``.scenario.json`` on the window and open it when dropped."""
        # getattr: Qt still filters events while the window is being torn down.
        if watched is getattr(self, "window", None):
            kind = event.type()
            if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(
                event, QDragMoveEvent
            ):
                if self.dropped_path(event) is not None:
                    event.acceptProposedAction()
                    return True
            elif kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
                path = self.dropped_path(event)
                if path is not None:
                    event.acceptProposedAction()
                    # A modal prompt inside a drop handler blocks the drag source: defer it.
                    QTimer.singleShot(0, self, lambda: self.open_with_prompt(path))
                    return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ closing
    def confirm_close(self) -> bool:
        """Whether the window may close now.

        With unsaved changes this opens a window-modal Save/Discard/Cancel box without
        blocking and returns ``False``; the box closes the window again once answered.
        """
        self._flush_edits()
        if self._close_confirmed or not self.is_modified():
            return True
        if self._close_box is None:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Unsaved changes"),
                self.tr("Save the changes to “{0}” before quitting?").format(self._label()),
                StandardButton.Save | StandardButton.Discard | StandardButton.Cancel,
                self.window,
            )
            box.setInformativeText(self.tr("Your changes will be lost if you don't save them."))
            box.setDefaultButton(StandardButton.Save)
            box.setWindowModality(Qt.WindowModality.WindowModal)
            box.finished.connect(self._on_close_box_finished)
            self._close_box = box
            box.open()
        return False

    @Slot(int)
    def _on_close_box_finished(self, result: int) -> None:
        box, self._close_box = self._close_box, None
        if box is not None:
            box.deleteLater()
        choice = StandardButton(result) if result else StandardButton.Cancel
        if choice == StandardButton.Save and not self.save():
            return
        if choice in (StandardButton.Save, StandardButton.Discard):
            self._close_confirmed = True
            self.window.close()

    def close_session(self) -> None:
        """On a clean close: this window's session file goes (nothing to recover)."""
        self.autosave.close()
