"""Autosave: the working state written moments after each change, and crash recovery.

Each window has its own session file, claimed by a :class:`~calculator.storage.SessionLock`
that the system releases when the process ends, however it ends. At start every session left
by an instance that did not close normally is offered back (a running instance's never is); a
damaged autosave is set aside, the user is told once, and the window starts anyway.

Saving is debounced with a maximum delay: a change is written :data:`AUTOSAVE_QUIET_MS` after
the last change of a burst, and never later than :data:`AUTOSAVE_MAX_DELAY_MS` after its first
change, so a slider drag cannot postpone the save and a crash loses at most a fraction of a
second.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from calculator.core.models import Scenario
from calculator.core.projection import ProjectionError, project
from calculator.gui.compare import MAX_PINNED, PinnedScenarios
from calculator.gui.controller import ScenarioController
from calculator.gui.files import common
from calculator.gui.files.common import StandardButton
from calculator.storage import (
    Session,
    SessionLock,
    StorageError,
    clean_stale_temps,
    orphaned_sessions,
    write_autosave,
)

AUTOSAVE_QUIET_MS = 100
AUTOSAVE_MAX_DELAY_MS = 300

#: Asked whether to restore a session left by a crash (once per orphaned session).
RecoveryPrompt = Callable[[Session], bool]


class Autosave(QObject):
    """Keeps the scenario and the pinned scenarios in this window's session file.

    Parameters
    ----------
    window
        Parent of the message boxes.
    controller
        The one owner of the scenario.
    folder
        Folder of the session files; ``None`` disables autosave and recovery.
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
        self._lock: SessionLock | None = None
        # Debounce with a maximum delay: the quiet timer restarts on every change, the deadline
        # runs from the first change of a burst; whichever fires first writes.
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(AUTOSAVE_QUIET_MS)
        self._quiet.timeout.connect(self.flush)
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(AUTOSAVE_MAX_DELAY_MS)
        self._deadline.timeout.connect(self.flush)

    @property
    def session_path(self) -> Path | None:
        """The session file of this window (``None`` without autosave or before a write)."""
        return self._lock.session_path if self._lock is not None else None

    def start(self) -> None:
        """Write again moments after each change of the scenario or of the pinned ones."""
        self.controller.scenarioChanged.connect(self._on_model_scenario_changed)
        if self.pinned is not None:
            self.pinned.pinnedChanged.connect(self._on_pinned_changed)

    @Slot(object)
    def _on_model_scenario_changed(self, _scenario: Scenario) -> None:
        self._changed()

    @Slot()
    def _on_pinned_changed(self) -> None:
        self._changed()

    def _changed(self) -> None:
        if self.folder is None:
            return
        self._quiet.start()
        if not self._deadline.isActive():
            self._deadline.start()

    def _pinned(self) -> list[Scenario]:
        return self.pinned.pinned() if self.pinned is not None else []

    def _claim(self) -> SessionLock:
        assert self.folder is not None
        if self._lock is None:
            self._lock = SessionLock(self.folder)
        return self._lock

    @Slot()
    def flush(self, clean_exit: bool = False) -> bool:
        """Write the working state now (tests call this instead of waiting for the timers)."""
        self._quiet.stop()
        self._deadline.stop()
        if self.folder is None:
            return False
        try:
            lock = self._claim()
            write_autosave(
                self.folder,
                [self.controller.scenario],
                self._pinned(),
                0,
                clean_exit=clean_exit,
                dataset_id=self.controller.dataset.id,
                session_id=lock.session_id,
            )
        except (StorageError, OSError) as exc:
            message = str(exc)
            if message != self._error:  # say it once, not after every change
                self._error = message
                self._status(self.tr("Autosave failed: {0}").format(message))
            return False
        self._error = ""
        return True

    def close(self) -> None:
        """A clean exit: this window's session file and lock go (nothing to recover)."""
        self._quiet.stop()
        self._deadline.stop()
        if self._lock is not None:
            self._lock.release(remove_session=True)
            self._lock = None

    def _ask_recover(self, session: Session) -> bool:
        known = {c.iso3: c.name for c in self.controller.dataset.allies()}
        names = ", ".join(s.name or known.get(s.country, s.country) for s in session.scenarios)
        extra = self.tr(" and {0} pinned").format(len(session.pinned)) if session.pinned else ""
        choice = common.message_box(
            self.window,
            QMessageBox.Icon.Question,
            self.tr("Recover your work"),
            self.tr("Recover the work from a session that did not close normally?"),
            StandardButton.Yes | StandardButton.No,
            StandardButton.Yes,
            self.tr("The calculator did not close normally. Unsaved scenario: {0}{1}.").format(
                names, extra
            ),
        )
        return choice == StandardButton.Yes

    def offer_recovery(self) -> bool:
        """Offer back every session left by a crash, newest first; return if any was applied.

        The first accepted session becomes the scenario on screen (with its pinned ones); the
        scenarios of further accepted sessions are pinned beside it. A session that does not
        fit stays on disk and is offered again next time. Recovered work is unsaved: the caller
        shows the modified marker.
        """
        if self.folder is None:
            return False
        clean_stale_temps(self.folder)
        found = orphaned_sessions(self.folder)
        try:
            self._tell_set_aside(found.set_aside)
            return self._recover(found.sessions, found.discard)
        finally:
            found.release()

    def _tell_set_aside(self, damaged: list[tuple[Path, str]]) -> None:
        if not damaged:
            return
        names = "; ".join(f"{p.name} ({reason})" for p, reason in damaged)
        common.message_box(
            self.window,
            QMessageBox.Icon.Warning,
            self.tr("Damaged autosave set aside"),
            self.tr("An autosave file could not be read and was set aside."),
            StandardButton.Ok,
            StandardButton.Ok,
            self.tr("It was renamed and is kept in {0}: {1}").format(self.folder, names),
        )

    def _recover(self, sessions: list[Session], discard: Callable[[list[Session]], None]) -> bool:
        applied = False
        done: list[Session] = []
        pinned: list[Scenario] = []
        for session in sessions:
            if not self.recovery_prompt(session):
                done.append(session)  # declined: not offered again
                continue
            if not applied:
                scenario = session.scenarios[session.current]
                try:
                    project(self.controller.dataset, scenario)
                except ProjectionError as exc:
                    common.show_error(self.window, self.tr("Cannot recover the scenario"), str(exc))
                    continue  # kept on disk: a later version or dataset may read it
                self.controller.set_scenario(scenario)
                self.controller.clear_history()
                pinned = list(session.pinned)
                applied = True
                done.append(session)
                continue
            extra = [s for s in session.scenarios + session.pinned if s not in pinned]
            if len(pinned) + len(extra) > MAX_PINNED:
                self._status(
                    self.tr("More recovered work than can be pinned: offered again next time.")
                )
                continue
            pinned += extra
            done.append(session)
        if applied and self.pinned is not None:
            self.pinned.set_pinned(pinned)
        discard(done)
        if applied:
            self.flush()
        return applied
