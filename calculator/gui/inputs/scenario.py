"""ScenarioPanel: the scenario's name and free-text notes, bound to the controller.

Typing does not write to the model per keystroke (that would flood the undo stack): edits are
debounced with a short timer and flushed on Enter or focus-out, so one pause is one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Slot
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit, QPlainTextEdit, QWidget

from calculator.core.models import Scenario
from calculator.gui.controller import ScenarioController
from calculator.gui.updates import signals_blocked

NAME_MAX_CHARS = 200  # Scenario.name's limit; the edit refuses more rather than erroring
DEBOUNCE_MS = 700


class ScenarioPanel(QGroupBox):
    """Name and notes of the current scenario (saved in the file and printed in the brief)."""

    def __init__(self, controller: ScenarioController, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Scenario"), parent)
        self.controller = controller
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(NAME_MAX_CHARS)
        self.name_edit.setPlaceholderText(self.tr("Untitled scenario"))
        self.name_edit.setAccessibleName(self.tr("Scenario name"))
        self.name_edit.setToolTip(self.tr("Shown in the window title and on exported reports"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setPlaceholderText(self.tr("Notes: purpose, sources, caveats…"))
        self.notes_edit.setAccessibleName(self.tr("Scenario notes"))
        self.notes_edit.setToolTip(
            self.tr("Free text, saved with the scenario and printed in the PDF brief")
        )
        self.notes_edit.setTabChangesFocus(True)
        line = self.notes_edit.fontMetrics().lineSpacing()
        self.notes_edit.setFixedHeight(3 * line + 14)
        form = QFormLayout(self)
        form.setContentsMargins(6, 4, 6, 6)
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("N&otes"), self.notes_edit)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)
        self.name_edit.textEdited.connect(self._on_name_edit_text_edited)
        self.name_edit.editingFinished.connect(self.flush)
        self.notes_edit.textChanged.connect(self._on_notes_edit_text_changed)
        self.notes_edit.installEventFilter(self)

        controller.scenarioChanged.connect(self._on_model_scenario_changed)
        controller.scenarioRejected.connect(self._on_model_scenario_changed)
        self._on_model_scenario_changed(controller.scenario)

    # ------------------------------------------------------------------ widget → model
    @Slot(str)
    def _on_name_edit_text_edited(self, _text: str) -> None:
        self._timer.start()

    @Slot()
    def _on_notes_edit_text_changed(self) -> None:
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Write the notes to the model when the notes box loses focus."""
        # getattr: Qt may filter events while the panel is being built or torn down.
        if watched is getattr(self, "notes_edit", None) and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return super().eventFilter(watched, event)

    def pending(self) -> bool:
        """Whether typed text has not reached the model yet."""
        return self._timer.isActive()

    @Slot()
    def flush(self) -> None:
        """Send typed name and notes to the controller now (one update, one undo step)."""
        self._timer.stop()
        scenario = self.controller.scenario
        changes = {}
        name = self.name_edit.text().strip()
        notes = self.notes_edit.toPlainText()
        if name != scenario.name:
            changes["name"] = name
        if notes != scenario.notes:
            changes["notes"] = notes
        if changes:
            self.controller.update(**changes)

    # ------------------------------------------------------------------ model → widget
    @Slot(object)
    def _on_model_scenario_changed(self, scenario: Scenario) -> None:
        if self._timer.isActive():
            return  # the user is typing; their text reaches the model when the timer fires
        if self.name_edit.text().strip() != scenario.name:
            with signals_blocked(self.name_edit):
                self.name_edit.setText(scenario.name)
        if self.notes_edit.toPlainText() != scenario.notes:
            with signals_blocked(self.notes_edit):
                self.notes_edit.setPlainText(scenario.notes)
