"""Help for people: the user guide, the chart in words, the first-run tour and screenshot views.

:class:`HelpActions` owns Help > Guide, Help > Tour and Help > Describe chart, and shows the
tour once on a first start (remembered in ``QSettings``; never without settings, so tests and
screenshots never see it). The guide is ``resources/guide/guide_<lang>.md`` (English when the
language has none), the same text as the README's "User guide"; its pictures are made by the
app itself (``make guide``: ``budget-calculator --screenshot FILE --view VIEW``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QObject,
    QPoint,
    QRect,
    QSettings,
    QTimer,
    QUrl,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QGuiApplication,
    QImage,
    QKeySequence,
    QPixmap,
    QResizeEvent,
    QTextDocument,
    QTextImageFormat,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from calculator.exports.locales import active_language, language_of
from calculator.exports.phrases import describe_chart
from calculator.gui.controller import ScenarioController
from calculator.gui.phrasing import qt_tr
from calculator.gui.tour import TourDialog, TourStep
from calculator.gui.widgets import ValueSlider
from calculator.resources import resources_dir

TOUR_SHOWN_KEY = "help/tour_shown"
# The views ``--screenshot FILE --view VIEW`` can render (see show_view).
VIEWS = ("ally", "money", "alliance", "compare", "fiscal", "uncertainty", "vintages")


def guide_dir() -> Path:
    """The folder of the guide texts and their pictures (``resources/guide``)."""
    return resources_dir() / "guide"


def guide_path(language: str | None = None) -> Path:
    """``guide_<language>.md`` (default: the window's language) if there is one, else English."""
    lang = language_of(language or active_language())
    candidate = guide_dir() / f"guide_{lang}.md"
    return candidate if candidate.is_file() else guide_dir() / "guide_en.md"


class GuideBrowser(QTextBrowser):
    """Markdown with its pictures scaled down to the width of the view (never up)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)  # offline tool: links are shown, not followed
        self._natural: dict[str, tuple[int, int]] = {}

    def set_guide(self, path: Path) -> None:
        """Show the Markdown file at ``path``; relative image paths are read beside it."""
        self.document().setBaseUrl(QUrl.fromLocalFile(str(path.parent) + "/"))
        self.setSearchPaths([str(path.parent)])
        self.setMarkdown(path.read_text(encoding="utf-8"))
        self._natural.clear()
        self.fit_images()

    def image_names(self) -> list[str]:
        """The pictures the document shows, in order."""
        return [fmt.name() for fmt, _pos in self._images()]

    def image(self, name: str) -> QImage:
        """The picture ``name`` as the document loads it (a null image if it is missing)."""
        data = self.loadResource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        if isinstance(data, QImage):
            return data
        if isinstance(data, QPixmap):
            return data.toImage()
        if isinstance(data, QByteArray | bytes):
            return QImage.fromData(data)
        return QImage()

    def _images(self) -> list[tuple[QTextImageFormat, int]]:
        found = []
        block = self.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if fmt.isImageFormat():
                    found.append((fmt.toImageFormat(), fragment.position()))
                it += 1
            block = block.next()
        return found

    def fit_images(self) -> None:
        """Scale each picture to the width available (keeping its proportions)."""
        room = max(200, self.viewport().width() - 2 * int(self.document().documentMargin()) - 8)
        cursor = self.textCursor()
        for fmt, pos in self._images():
            name = fmt.name()
            if name not in self._natural:
                size = self.image(name).size()
                self._natural[name] = (size.width() or room, size.height() or room)
            natural_w, natural_h = self._natural[name]
            width = min(natural_w, room)
            if abs(fmt.width() - width) < 1:
                continue
            fmt.setWidth(width)
            fmt.setHeight(natural_h * width / natural_w)  # the same proportions
            cursor.setPosition(pos)
            cursor.setPosition(pos + 1, cursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(fmt)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Refit the pictures to the new width."""
        super().resizeEvent(event)
        self.fit_images()


class GuideDialog(QDialog):
    """Help > Guide: the user guide with its pictures."""

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.resize(820, 640)
        self.browser = GuideBrowser(self)
        self.browser.setAccessibleName(self.tr("User guide"))
        self.path = guide_path(language)
        self.browser.set_guide(self.path)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.browser.setFocus()


class ChartDescriptionDialog(QDialog):
    """Help > Describe chart: the chart in words (the phrasebook's :func:`describe_chart`)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The chart in words"))
        self.resize(620, 340)
        self.text = text
        self.browser = QTextBrowser(self)
        self.browser.setPlainText(text)
        self.browser.setAccessibleName(self.tr("Chart description"))
        self.browser.setAccessibleDescription(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("&Copy"), self)
        self.copy_button.setAccessibleDescription(self.tr("Copy the description to the clipboard"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.browser.setFocus()  # a screen reader starts reading the description

    @Slot()
    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.text)


class HelpActions(QObject):
    """Guide, Tour and Describe chart for the window's Help menu; the tour on a first start."""

    def __init__(
        self, window: QMainWindow, controller: ScenarioController, settings: QSettings | None
    ) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.settings = settings
        self.tour: TourDialog | None = None
        self.guide_action = QAction(self.tr("User &guide"), window)
        self.guide_action.triggered.connect(self._on_guide_action_triggered)
        self.tour_action = QAction(self.tr("&Tour"), window)
        self.tour_action.setToolTip(self.tr("Three steps: pick an ally, move a slider, export"))
        self.tour_action.triggered.connect(self._on_tour_action_triggered)
        self.describe_action = QAction(self.tr("&Describe chart"), window)
        self.describe_action.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.describe_action.setToolTip(self.tr("The chart on show, in words"))
        self.describe_action.triggered.connect(self._on_describe_action_triggered)

    def actions(self) -> list[QAction]:
        """The actions in menu order."""
        return [self.guide_action, self.tour_action, self.describe_action]

    def start(self) -> None:
        """Offer the tour once, on the first start with settings (never in tests)."""
        s = self.settings
        if s is None or s.value(TOUR_SHOWN_KEY, False, bool):
            return
        QTimer.singleShot(0, self.show_tour)  # once the window is on screen

    def chart_text(self) -> str:
        """What Describe chart says about the projection on show."""
        return describe_chart(self.controller.projection, qt_tr)

    @Slot()
    def show_tour(self) -> TourDialog:
        """Open the tour at its first step (or bring the open one forward)."""
        if self.settings is not None:
            self.settings.setValue(TOUR_SHOWN_KEY, True)
            self.settings.sync()
        if self.tour is not None:
            self.tour.show_step(0)
            self.tour.raise_()
            return self.tour
        w: Any = self.window  # MainWindow (not imported: it imports this module)
        steps = [
            TourStep(
                self.tr("Pick an ally"),
                self.tr(
                    "Choose an ally here (type a name or its code and press Enter). "
                    "The chart, scoreboard and sentence show its path to 2.1 %, 3.5 % and 5 %."
                ),
                lambda: getattr(getattr(w, "ally_panel", None), "ally_combo", None),
            ),
            TourStep(
                self.tr("Move a slider"),
                self.tr(
                    "Change how core spending grows: drag the slider or type a value "
                    "(arrow keys and Page Up/Down move it). Everything updates at once; "
                    "Ctrl+Z undoes."
                ),
                lambda: _first_visible_slider(w),
            ),
            TourStep(
                self.tr("Export"),
                self.tr(
                    "File > Export writes the scenario as a PDF brief, an Excel workbook, CSV, "
                    "JSON or a chart picture. Help > User guide explains every view."
                ),
                lambda: _menu_title(self.window, 0),
            ),
        ]
        self.tour = TourDialog(steps, self.window)
        self.tour.finished_tour.connect(self._on_tour_finished_tour)
        self.tour.show()
        self.tour.show_step(0)
        return self.tour

    @Slot()
    def _on_tour_finished_tour(self) -> None:
        if self.tour is not None:
            self.tour.deleteLater()
        self.tour = None

    @Slot()
    def _on_guide_action_triggered(self) -> None:
        GuideDialog(self.window).exec()

    @Slot()
    def _on_tour_action_triggered(self) -> None:
        self.show_tour()

    @Slot()
    def _on_describe_action_triggered(self) -> None:
        ChartDescriptionDialog(self.chart_text(), self.window).exec()


def _first_visible_slider(window: QWidget) -> QWidget | None:
    """The first slider on show in the inputs (core spending's, else the economy's)."""
    for panel in ("core_panel", "economy_panel"):
        owner: QWidget = getattr(window, panel)
        for slider in owner.findChildren(ValueSlider):
            if slider.isVisible() and slider.isEnabled():
                return slider
    return None


def _menu_title(window: QMainWindow, index: int) -> QRect | None:
    """Where the ``index``-th menu's title is, in the window's coordinates."""
    bar = window.menuBar()
    actions = bar.actions()
    if index >= len(actions):
        return None
    rect = bar.actionGeometry(actions[index])
    return rect.translated(bar.mapTo(window, QPoint(0, 0)))


def show_view(window: Any, view: str) -> None:
    """Bring ``view`` (one of :data:`VIEWS`) to the front of ``window``, for a screenshot.

    ``compare`` pins two scenarios beside the current one first; ``uncertainty`` waits for
    its draws. ``ValueError`` if the window has no such view.
    """
    if view not in VIEWS:
        raise ValueError(f"no view {view!r}; one of {', '.join(VIEWS)}")
    if view in ("ally", "money", "compare"):
        window.view_tabs.setCurrentWidget(window.output_split)
        plots = window.chart.plots
        window.chart.tabs.setCurrentWidget(
            plots.money_plot if view == "money" else plots.share_plot
        )
    if view == "compare":
        from calculator.core.models import SpendingMode

        ctrl = window.controller
        # the scenarios' names in the picture's language (the guide shows them in every language)
        ctrl.update(name=QCoreApplication.translate("guide", "Constant share"))
        window.compare_panel.pin_current()
        ctrl.update(
            name=QCoreApplication.translate("guide", "8 % a year"),
            core={"mode": SpendingMode.GROWTH, "growth_pct": 8.0},
        )
        window.compare_panel.pin_current()
        ctrl.update(
            name=QCoreApplication.translate("guide", "3.5 % by 2030"),
            core={"mode": SpendingMode.GLIDE, "glide_target_pct": 3.5, "glide_year": 2030},
        )
        window.output_tabs.setCurrentWidget(window.compare_panel)
    elif view == "alliance":
        window.view_tabs.setCurrentWidget(window.alliance_view)
    elif view == "fiscal":
        window.view_tabs.setCurrentWidget(window.fiscal_view)
    elif view == "vintages":
        window.view_tabs.setCurrentWidget(window.vintages_view)
    elif view == "uncertainty":
        page = getattr(window, "uncertainty_view", None)
        if page is None:
            raise ValueError("this build has no uncertainty view")
        window.view_tabs.setCurrentWidget(page)
        box = getattr(page, "enabled_box", None)
        if box is not None and not box.isChecked():
            box.setChecked(True)  # off until asked: a picture of it on
        runner = getattr(getattr(window, "uncertainty", None), "runner", None)
        if runner is not None:
            from PySide6.QtWidgets import QApplication

            runner.flush()
            runner.wait()
            QApplication.processEvents()  # the result comes back by signal
