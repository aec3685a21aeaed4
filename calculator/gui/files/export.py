"""File ▸ Export: asks where, then hands the scenario on screen to ``calculator.render.report``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, Slot
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMenu, QWidget

from calculator.core.alliance import alliance_scenario, project_alliance
from calculator.core.projection import ProjectionError
from calculator.exports.errors import ExportError
from calculator.exports.uncertainty import UncertaintyResult
from calculator.exports.vintages import VintageComparison
from calculator.gui.compare import PinnedScenarios
from calculator.gui.controller import ScenarioController
from calculator.gui.files import common
from calculator.gui.files.common import SCENARIO_SUFFIX
from calculator.render.report import write_alliance_report, write_report
from calculator.storage import StorageError, clean_stale_temps

EXPORT_FOLDER_KEY = "files/export_folder"

#: Every error an export or a file operation reports with a one-line message.
FILE_ERRORS: tuple[type[Exception], ...] = (
    StorageError,
    ExportError,
    ProjectionError,
    OSError,
)


class ExportDispatch(QObject):
    """The Export menus and what each of their entries writes.

    Parameters
    ----------
    window
        Parent of the menus and of the dialogs.
    controller
        The one owner of the scenario; every file holds exactly the scenario on screen.
    settings
        Where the last export folder is kept; ``None`` keeps nothing.
    flush_edits
        Sends typed name and notes to the model before anything is written.
    status
        Shows a one-line message in the window's status bar.
    document_path
        The scenario file open now, if any (it names the exported file).
    """

    def __init__(
        self,
        window: QWidget,
        controller: ScenarioController,
        settings: QSettings | None,
        *,
        flush_edits: Callable[[], None],
        status: Callable[[str], None],
        document_path: Callable[[], Path | None],
        pinned: PinnedScenarios | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.settings = settings
        self._flush_edits = flush_edits
        self._status = status
        self._document_path = document_path
        self.pinned = pinned
        # the Monte Carlo of the scenario on screen, if uncertainty is on and its draws are in
        self.uncertainty: Callable[[], UncertaintyResult | None] = lambda: None
        # "What changed between editions", if the Vintages tab's option asks for it
        self.vintages: Callable[[], VintageComparison | None] = lambda: None
        self.menu = QMenu(self.tr("&Export"), window)
        self.actions: dict[str, QAction] = {}
        for kind, text in (
            ("pdf_a4", self.tr("PDF brief (&A4)…")),
            ("pdf_letter", self.tr("PDF brief (&Letter)…")),
            ("xlsx", self.tr("&Excel workbook…")),
            ("csv", self.tr("&CSV yearly table…")),
            ("json", self.tr("&JSON projection…")),
            ("png", self.tr("Chart &PNG…")),
            ("svg", self.tr("Chart &SVG…")),
        ):
            self.actions[kind] = self._add_action(self.menu, kind, text)
        self.alliance_menu = QMenu(self.tr("Export a&lliance overview"), window)
        for kind, text in (
            ("alliance_pdf", self.tr("&PDF…")),
            ("alliance_xlsx", self.tr("&Excel workbook…")),
        ):
            self.actions[kind] = self._add_action(self.alliance_menu, kind, text)
        # Compare: the current scenario and the pinned ones side by side, with the overlay chart
        self.compare_menu = QMenu(self.tr("Co&mparison"), window)
        for kind, text in (
            ("compare_pdf", self.tr("&PDF…")),
            ("compare_xlsx", self.tr("&Excel workbook…")),
            ("compare_csv", self.tr("&CSV table…")),
        ):
            self.actions[kind] = self._add_action(self.compare_menu, kind, text)
        self.menu.addSeparator()
        self.menu.addMenu(self.compare_menu)

    def _add_action(self, menu: QMenu, kind: str, text: str) -> QAction:
        action = menu.addAction(text)
        action.setData(kind)
        action.triggered.connect(self._on_export_action_triggered)
        return action

    def export(self, kind: str, path: Path) -> bool:
        """Write one export of the scenario on screen to ``path``; on failure say why.

        ``kind`` is ``pdf_a4``, ``pdf_letter``, ``xlsx``, ``csv``, ``json``, ``png``, ``svg``,
        ``alliance_pdf``, ``alliance_xlsx``, ``compare_pdf``, ``compare_xlsx`` or ``compare_csv``.
        """
        self._flush_edits()
        ds = self.controller.dataset
        proj = self.controller.projection
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        clean_stale_temps(path.parent)  # what a killed earlier export left there
        try:
            if kind in ("pdf_a4", "pdf_letter"):
                from calculator.render.pdf import write_pdf

                paper = "letter" if kind == "pdf_letter" else "a4"
                write_pdf(
                    path,
                    proj,
                    ds,
                    paper=paper,
                    uncertainty=self.uncertainty(),
                    vintages=self.vintages(),
                )
            elif kind.startswith("compare_"):
                from calculator.render.report import write_comparison_report

                if self.pinned is None:
                    raise ExportError(self.tr("Nothing to compare: no pinned scenarios."))
                write_comparison_report(path, self.pinned.comparison(proj), ds)
            elif kind.startswith("alliance_"):
                # The same rule as the overview on screen: what is shown is what is written.
                scenario, _fell_back = alliance_scenario(self.controller.scenario)
                write_alliance_report(path, project_alliance(ds, scenario, skip_unfit=True), ds)
            else:
                write_report(
                    path, proj, ds, uncertainty=self.uncertainty(), vintages=self.vintages()
                )
        except FILE_ERRORS as exc:
            QGuiApplication.restoreOverrideCursor()
            common.show_error(self.window, self.tr("Export failed"), str(exc))
            return False
        QGuiApplication.restoreOverrideCursor()
        if self.settings is not None:
            self.settings.setValue(EXPORT_FOLDER_KEY, str(path.parent))
        self._status(self.tr("Wrote {0}").format(path))
        return True

    def _filter(self, ext: str) -> str:
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
        grouped = kind.startswith(("alliance_", "compare_"))
        ext = kind.rsplit("_", 1)[-1] if grouped else kind.split("_")[0]
        self._flush_edits()
        scenario = self.controller.scenario
        document = self._document_path()
        if kind.startswith("alliance_"):
            stem = "alliance"
        elif kind.startswith("compare_"):
            stem = "comparison"
        else:
            stem = common.slug(scenario.name) or (
                document.name.removesuffix(SCENARIO_SUFFIX).removesuffix(".json")
                if document is not None
                else scenario.country.lower()
            )
            if kind == "pdf_letter":
                stem += "-letter"
        folder = common.last_folder(self.settings, EXPORT_FOLDER_KEY, document)
        path = common.get_save_path(
            self.window,
            action.text().replace("&", "").rstrip("…"),
            str(Path(folder) / f"{stem}.{ext}"),
            self._filter(ext),
        )
        if path is None:
            return
        if path.suffix.lower() != f".{ext}":
            path = path.with_name(path.name + f".{ext}")
        self.export(kind, path)
