"""Autosave: the working state written a moment after each change, and crash recovery."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from calculator.core.models import Scenario
from calculator.core.projection import ProjectionError, project
from calculator.gui.compare import PinnedScenarios
from calculator.gui.controller import ScenarioController
from calculator.gui.files import common
from calculator.gui.files.common import StandardButton
from calculator.storage import ScenarioFileError, Session, needs_recovery, write_autosave

AUTOSAVE_MS = 1000

#: Asked whether to restore a session left by a crash.
RecoveryPrompt = Callable[[Session], bool]


class Autosave(QObject):
    """Keeps the scenario and the pinned scenarios in the autosave file, and offers them back.

    Parameters
    ----------
    window
        Parent of the message boxes.
    controller
        The one owner of the scenario.
    folder
        Folder of the autosave file; ``None`` disables autosave and recovery.
    pinned
        The compare panel's scenarios, autosaved and recovered with the scenario.
    status
        Shows a one-line message in the window's status bar.
    recovery_prompt
        Asked whether to restore a session left by a crash; the default asks in a message box.
    """

    def __init__(
        self,
        window: QWidget,
        controller: ScenarioController,
        folder: Path | None,
        pinned: PinnedScenarios | None,
        status: Callable[[str], None],
        recovery_prompt: RecoveryPrompt | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.folder = folder
        self.pinned = pinned
        self.recovery_prompt = recovery_prompt or self._ask_recover
        self._status = status
        self._error = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush)

    def start(self) -> None:
        """Write again a moment after each change of the scenario or of the pinned ones."""
        self.controller.scenarioChanged.connect(self._on_model_scenario_changed)
        if self.pinned is not None:
            self.pinned.pinnedChanged.connect(self._on_pinned_changed)

    @Slot(object)
    def _on_model_scenario_changed(self, _scenario: Scenario) -> None:
        if self.folder is not None:
            self._timer.start()

    @Slot()
    def _on_pinned_changed(self) -> None:
        if self.folder is not None:
            self._timer.start()

    def _pinned(self) -> list[Scenario]:
        return self.pinned.pinned() if self.pinned is not None else []

    @Slot()
    def flush(self, clean_exit: bool = False) -> bool:
        """Write the working state now (tests call this instead of waiting for the timer)."""
        self._timer.stop()
        if self.folder is None:
            return False
        try:
            write_autosave(
                self.folder,
                [self.controller.scenario],
                self._pinned(),
                0,
                clean_exit=clean_exit,
                dataset_id=self.controller.dataset.id,
            )
        except (ScenarioFileError, OSError) as exc:
            message = str(exc)
            if message != self._error:  # say it once, not after every change
                self._error = message
                self._status(self.tr("Autosave failed: {0}").format(message))
            return False
        self._error = ""
        return True

    def _ask_recover(self, session: Session) -> bool:
        known = {c.iso3: c.name for c in self.controller.dataset.allies()}
        names = ", ".join(s.name or known.get(s.country, s.country) for s in session.scenarios)
        extra = self.tr(" and {0} pinned").format(len(session.pinned)) if session.pinned else ""
        choice = common.message_box(
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
        """If the last session did not end cleanly, offer its work back; return if applied.

        Recovered work is unsaved: the caller shows the modified marker.
        """
        if self.folder is None:
            return False
        session = needs_recovery(self.folder)
        if session is None:
            return False
        if not self.recovery_prompt(session):
            self.flush(clean_exit=True)  # declined: do not ask again
            return False
        scenario = session.scenarios[session.current]
        try:
            project(self.controller.dataset, scenario)
        except ProjectionError as exc:
            common.show_error(self.window, self.tr("Cannot recover the scenario"), str(exc))
            return False
        self.controller.set_scenario(scenario)
        self.controller.clear_history()
        if self.pinned is not None:
            self.pinned.set_pinned(session.pinned)
        self.flush()
        return True
