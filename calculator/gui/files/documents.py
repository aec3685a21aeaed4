"""Scenario files, recent files, autosave with crash recovery, and File > Export.

:class:`ScenarioFiles` is a helper the main window composes; it reads and writes only through
the :class:`ScenarioController` and the pure ``calculator.storage`` / ``calculator.exports``
functions, so every file holds exactly the scenario and projection on screen.

Every prompt goes through the module-level functions :func:`message_box`,
:func:`get_open_path` and :func:`get_save_path`, so tests replace them instead of clicking
through modal dialogs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QDragMoveEvent, QDropEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox, QWidget

from calculator.core.alliance import alliance_scenario, project_alliance
from calculator.core.models import Scenario
from calculator.core.projection import ProjectionError, project
from calculator.exports.errors import ExportError
from calculator.gui.compare import PinnedScenarios
from calculator.gui.controller import ScenarioController
from calculator.gui.inputs.scenario import ScenarioPanel
from calculator.render.report import write_alliance_report, write_report
from calculator.storage import (
    ScenarioFileError,
    Session,
    load_scenario,
    needs_recovery,
    save_scenario,
    write_autosave,
)

SCENARIO_SUFFIX = ".scenario.json"
MAX_RECENT = 8
AUTOSAVE_MS = 1000
RECENT_KEY = "files/recent"
FOLDER_KEY = "files/last_folder"
EXPORT_FOLDER_KEY = "files/export_folder"

#: Every error an export or a file operation reports with a one-line message.
FILE_ERRORS: tuple[type[Exception], ...] = (
    ScenarioFileError,
    ExportError,
    ProjectionError,
    OSError,
)

StandardButton = QMessageBox.StandardButton
RecoveryPrompt = Callable[[Session], bool]


# ---------------------------------------------------------------------------- prompts (tests patch)
def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: StandardButton = StandardButton.Ok,
    default: StandardButton = StandardButton.NoButton,
    informative: str = "",
) -> StandardButton:
    """Show a modal message box and return the button pressed."""
    box = QMessageBox(icon, title, text, buttons, parent)
    if informative:
        box.setInformativeText(informative)
    if default != StandardButton.NoButton:
        box.setDefaultButton(default)
    return StandardButton(box.exec())


def get_open_path(parent: QWidget | None, caption: str, folder: str, filters: str) -> Path | None:
    """Ask for a file to open; ``None`` if cancelled."""
    name, _ = QFileDialog.getOpenFileName(parent, caption, folder, filters)
    return Path(name) if name else None


def get_save_path(parent: QWidget | None, caption: str, start: str, filters: str) -> Path | None:
    """Ask for a file to write; ``None`` if cancelled."""
    name, _ = QFileDialog.getSaveFileName(parent, caption, start, filters)
    return Path(name) if name else None


def _slug(text: str) -> str:
    return re.sub(r"[^\w\-]+", "-", text, flags=re.UNICODE).strip("-")[:60]


class ScenarioFiles(QObject):
    """File menu logic for one window: open/save, recent files, autosave, exports.

    Parameters
    ----------
    window
        The main window (dialog parent, title, status bar, drop target).
    controller
        The one owner of the scenario.
    settings
        Where the recent files and last folders are kept; ``None`` keeps them in memory only.
    autosave_dir
        Folder of the autosave file; ``None`` disables autosave and recovery.
    recovery_prompt
        Asked whether to restore a session left by a crash; the default asks in a message box.
    """

    recentFilesChanged = Signal()

    def __init__(
        self,
        window: QMainWindow,
        controller: ScenarioController,
        settings: QSettings | None = None,
        autosave_dir: Path | None = None,
        recovery_prompt: RecoveryPrompt | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.settings = settings
        self.autosave_dir = autosave_dir
        self.recovery_prompt = recovery_prompt or self._ask_recover
        self.path: Path | None = None
        self.pinned: PinnedScenarios | None = None
        self._saved: Scenario = controller.scenario
        self._recent: list[Path] = self._read_recent()
        self._close_box: QMessageBox | None = None
        self._close_confirmed = False
        self._autosave_error = ""
        self._autosave_timer = QTimer(self)
        self._autosave_timer.setSingleShot(True)
        self._autosave_timer.setInterval(AUTOSAVE_MS)
        self._autosave_timer.timeout.connect(self.flush_autosave)
        self._create_actions()

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
        self.recent_menu = QMenu(self.tr("Open &Recent"), w)
        self.export_menu = QMenu(self.tr("&Export"), w)
        self.export_actions: dict[str, QAction] = {}
        for kind, text in (
            ("pdf_a4", self.tr("PDF brief (&A4)…")),
            ("pdf_letter", self.tr("PDF brief (&Letter)…")),
            ("xlsx", self.tr("&Excel workbook…")),
            ("csv", self.tr("&CSV yearly table…")),
            ("json", self.tr("&JSON projection…")),
            ("png", self.tr("Chart &PNG…")),
            ("svg", self.tr("Chart &SVG…")),
        ):
            self.export_actions[kind] = self._export_action(self.export_menu, kind, text)
        self.alliance_menu = QMenu(self.tr("Export a&lliance overview"), w)
        for kind, text in (
            ("alliance_pdf", self.tr("&PDF…")),
            ("alliance_xlsx", self.tr("&Excel workbook…")),
        ):
            self.export_actions[kind] = self._export_action(self.alliance_menu, kind, text)
        self._rebuild_recent_menu()

    def _export_action(self, menu: QMenu, kind: str, text: str) -> QAction:
        action = menu.addAction(text)
        action.setData(kind)
        action.triggered.connect(self._on_export_action_triggered)
        return action

    def populate_menu(self, menu: QMenu) -> None:
        """Add New … Export to the File menu (the window adds Quit after them)."""
        menu.addAction(self.new_action)
        menu.addAction(self.open_action)
        menu.addMenu(self.recent_menu)
        menu.addSeparator()
        menu.addAction(self.save_action)
        menu.addAction(self.save_as_action)
        menu.addSeparator()
        menu.addMenu(self.export_menu)
        menu.addMenu(self.alliance_menu)
        menu.addSeparator()

    def start(self, pinned: PinnedScenarios | None = None) -> None:
        """Begin tracking: the current scenario is the unmodified one; offer crash recovery.

        ``pinned`` (the compare panel's scenarios) is autosaved and recovered with it.
        """
        self._saved = self.controller.scenario
        self.controller.scenarioChanged.connect(self._on_model_scenario_changed)
        self.pinned = pinned
        if pinned is not None:
            pinned.pinnedChanged.connect(self._on_pinned_changed)
        self.window.setAcceptDrops(True)
        self.window.installEventFilter(self)
        self.update_title()
        if self.autosave_dir is not None:
            self.offer_recovery()

    # ------------------------------------------------------------------ state
    def is_modified(self) -> bool:
        """Whether the scenario differs from the one last opened, saved or started with."""
        return self.controller.scenario != self._saved

    def recent_files(self) -> list[Path]:
        """The recently opened or saved files, newest first."""
        return list(self._recent)

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
        self.window.setWindowTitle(title)
        self.window.setWindowModified(self.is_modified())

    @Slot(object)
    def _on_model_scenario_changed(self, _scenario: Scenario) -> None:
        self.update_title()
        if self.autosave_dir is not None:
            self._autosave_timer.start()

    @Slot()
    def _on_pinned_changed(self) -> None:
        if self.autosave_dir is not None:
            self._autosave_timer.start()

    def _flush_edits(self) -> None:
        """Typed name/notes reach the model before anything is written."""
        for panel in self.window.findChildren(ScenarioPanel):
            panel.flush()

    def _status(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 8000)

    def _error(self, title: str, message: str) -> None:
        message_box(self.window, QMessageBox.Icon.Critical, title, message)

    # ------------------------------------------------------------------ open / new
    def maybe_save(self) -> bool:
        """Ask to save unsaved changes; ``False`` if the user cancelled (or saving failed)."""
        self._flush_edits()
        if not self.is_modified():
            return True
        choice = message_box(
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
        except ScenarioFileError as exc:
            self._error(self.tr("Cannot open the scenario"), str(exc))
            return False
        active = self.controller.dataset.id
        if dataset_id and dataset_id != active:
            choice = message_box(
                self.window,
                QMessageBox.Icon.Question,
                self.tr("Different dataset"),
                self.tr("{0} was saved with dataset {1}; the active dataset is {2}.").format(
                    path.name, dataset_id, active
                ),
                StandardButton.Open | StandardButton.Cancel,
                StandardButton.Open,
                self.tr(
                    "Open it with dataset {0}? Projected figures can differ from when it was saved."
                ).format(active),
            )
            if choice != StandardButton.Open:
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
        self._remember(path)
        self.update_title()
        self._status(self.tr("Opened {0}").format(path))
        return True

    @Slot()
    def _on_new_action_triggered(self) -> None:
        if self.maybe_save():
            self.new()

    @Slot()
    def _on_open_action_triggered(self) -> None:
        if not self.maybe_save():
            return
        path = get_open_path(
            self.window, self.tr("Open scenario"), self._folder(FOLDER_KEY), self._scenario_filter()
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
        try:
            save_scenario(path, scenario, self.controller.dataset.id)
        except ScenarioFileError as exc:
            self._error(self.tr("Cannot save the scenario"), str(exc))
            return False
        self.path = path
        self._saved = scenario
        self._remember(path)
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
        start = self.path or Path(self._folder(FOLDER_KEY)) / (
            (_slug(self.controller.scenario.name) or self.controller.scenario.country.lower())
            + SCENARIO_SUFFIX
        )
        path = get_save_path(
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

    # ------------------------------------------------------------------ recent files
    def _read_recent(self) -> list[Path]:
        if self.settings is None:
            return []
        value = self.settings.value(RECENT_KEY)
        names = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        return [Path(n) for n in names if isinstance(n, str) and n][:MAX_RECENT]

    def _write_recent(self) -> None:
        if self.settings is not None:
            self.settings.setValue(RECENT_KEY, [str(p) for p in self._recent])
        self._rebuild_recent_menu()
        self.recentFilesChanged.emit()

    def _remember(self, path: Path) -> None:
        path = path.absolute()
        self._recent = [path, *(p for p in self._recent if p != path)][:MAX_RECENT]
        if self.settings is not None:
            self.settings.setValue(FOLDER_KEY, str(path.parent))
        self._write_recent()

    def _folder(self, key: str) -> str:
        value = self.settings.value(key) if self.settings is not None else None
        if isinstance(value, str) and Path(value).is_dir():
            return value
        if self.path is not None:
            return str(self.path.parent)
        return str(Path.home())

    def _rebuild_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        for i, path in enumerate(self._recent, start=1):
            action = menu.addAction(f"&{i} {path.name}")
            action.setData(str(path))
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(self._on_recent_action_triggered)
        if not self._recent:
            empty = menu.addAction(self.tr("No recent files"))
            empty.setEnabled(False)
            return
        menu.addSeparator()
        clear = menu.addAction(self.tr("&Clear list"))
        clear.triggered.connect(self.clear_recent)

    @Slot()
    def clear_recent(self) -> None:
        """Forget the recent files."""
        self._recent = []
        self._write_recent()

    def open_recent(self, path: Path) -> bool:
        """Open a recent file; a file that no longer exists leaves the list with a message."""
        if not path.is_file():
            self._recent = [p for p in self._recent if p != path]
            self._write_recent()
            self._error(
                self.tr("File not found"),
                self.tr("{0}: no such file; removed from the recent files.").format(path),
            )
            return False
        return self.open_with_prompt(path)

    @Slot()
    def _on_recent_action_triggered(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.open_recent(Path(str(action.data())))

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

    # ------------------------------------------------------------------ exports
    def export(self, kind: str, path: Path) -> bool:
        """Write one export of the scenario on screen to ``path``; on failure say why.

        ``kind`` is ``pdf_a4``, ``pdf_letter``, ``xlsx``, ``csv``, ``json``, ``png``, ``svg``,
        ``alliance_pdf`` or ``alliance_xlsx``.
        """
        self._flush_edits()
        ds = self.controller.dataset
        proj = self.controller.projection
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if kind in ("pdf_a4", "pdf_letter"):
                from calculator.render.pdf import write_pdf

                write_pdf(path, proj, ds, paper="letter" if kind == "pdf_letter" else "a4")
            elif kind.startswith("alliance_"):
                # The same rule as the overview on screen: what is shown is what is written.
                scenario, _fell_back = alliance_scenario(self.controller.scenario)
                write_alliance_report(path, project_alliance(ds, scenario, skip_unfit=True), ds)
            else:
                write_report(path, proj, ds)
        except FILE_ERRORS as exc:
            QGuiApplication.restoreOverrideCursor()
            self._error(self.tr("Export failed"), str(exc))
            return False
        QGuiApplication.restoreOverrideCursor()
        if self.settings is not None:
            self.settings.setValue(EXPORT_FOLDER_KEY, str(path.parent))
        self._status(self.tr("Wrote {0}").format(path))
        return True

    def _export_filter(self, ext: str) -> str:
        return {
            "pdf": self.tr("PDF documents (*.pdf)"),
            "xlsx": self.tr("Excel workbooks (*.xlsx)"),
            "csv": self.tr("CSV tables (*.csv)"),
            "json": self.tr("JSON files (*.json)"),
            "png": self.tr("PNG images (*.png)"),
            "svg": self.tr("SVG images (*.svg)"),
        }[ext]

    @Slot()
    def _on_export_action_triggered(self) -> None:
        action = self.sender()
        if not isinstance(action, QAction):
            return
        kind = str(action.data())
        ext = kind.rsplit("_", 1)[-1] if kind.startswith("alliance_") else kind.split("_")[0]
        self._flush_edits()
        scenario = self.controller.scenario
        if kind.startswith("alliance_"):
            stem = "alliance"
        else:
            stem = _slug(scenario.name) or (
                self.path.name.removesuffix(SCENARIO_SUFFIX).removesuffix(".json")
                if self.path is not None
                else scenario.country.lower()
            )
            if kind == "pdf_letter":
                stem += "-letter"
        start = Path(self._folder(EXPORT_FOLDER_KEY)) / f"{stem}.{ext}"
        path = get_save_path(
            self.window,
            action.text().replace("&", "").rstrip("…"),
            str(start),
            self._export_filter(ext),
        )
        if path is None:
            return
        if path.suffix.lower() != f".{ext}":
            path = path.with_name(path.name + f".{ext}")
        self.export(kind, path)

    # ------------------------------------------------------------------ autosave and recovery
    def _pinned(self) -> list[Scenario]:
        return self.pinned.pinned() if self.pinned is not None else []

    @Slot()
    def flush_autosave(self, clean_exit: bool = False) -> bool:
        """Write the working state now (tests call this instead of waiting for the timer)."""
        self._autosave_timer.stop()
        if self.autosave_dir is None:
            return False
        try:
            write_autosave(
                self.autosave_dir,
                [self.controller.scenario],
                self._pinned(),
                0,
                clean_exit=clean_exit,
                dataset_id=self.controller.dataset.id,
            )
        except (ScenarioFileError, OSError) as exc:
            message = str(exc)
            if message != self._autosave_error:  # say it once, not after every change
                self._autosave_error = message
                self._status(self.tr("Autosave failed: {0}").format(message))
            return False
        self._autosave_error = ""
        return True

    def _ask_recover(self, session: Session) -> bool:
        known = {c.iso3: c.name for c in self.controller.dataset.allies()}
        names = ", ".join(s.name or known.get(s.country, s.country) for s in session.scenarios)
        extra = self.tr(" and {0} pinned").format(len(session.pinned)) if session.pinned else ""
        choice = message_box(
            self.window,
            QMessageBox.Icon.Question,
            self.tr("Recover your work"),
            self.tr("Recover the work from your last session?"),
            StandardButton.Yes | StandardButton.No,
            StandardButton.Yes,
            self.tr("The calculator did not close normally. Unsaved scenario: {0}{1}.").format(
                names, extra
            ),
        )
        return choice == StandardButton.Yes

    def offer_recovery(self) -> bool:
        """If the last session did not end cleanly, offer its work back; return if applied."""
        if self.autosave_dir is None:
            return False
        session = needs_recovery(self.autosave_dir)
        if session is None:
            return False
        if not self.recovery_prompt(session):
            self.flush_autosave(clean_exit=True)  # declined: do not ask again
            return False
        scenario = session.scenarios[session.current]
        try:
            project(self.controller.dataset, scenario)
        except ProjectionError as exc:
            self._error(self.tr("Cannot recover the scenario"), str(exc))
            return False
        self.controller.set_scenario(scenario)
        self.controller.clear_history()
        if self.pinned is not None:
            self.pinned.set_pinned(session.pinned)
        self.update_title()  # recovered work is unsaved: the modified marker shows it
        self.flush_autosave()
        return True

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
        """On a clean close: mark the autosave as a clean exit (nothing to recover)."""
        self.flush_autosave(clean_exit=True)
