"""The one owner of the scenario: validates changes, recomputes, keeps undo/redo."""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QObject, Signal, Slot

from calculator.core.dataset import Dataset
from calculator.core.models import Scenario
from calculator.core.projection import Projection, ProjectionError, project
from calculator.exports.vintages import fit_scenario
from calculator.gui.errors import describe_for_window, describe_projection_error
from calculator.gui.phrasing import qt_tr


def _merge(base: dict[str, Any], changes: Mapping[str, Any]) -> dict[str, Any]:
    """Merge ``changes`` into ``base``; nested dicts merge field by field."""
    out = dict(base)
    for key, value in changes.items():
        if isinstance(value, Mapping) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def _copy_with(model: Any, changes: Mapping[str, Any]) -> Any:
    """``model`` (pydantic) with ``changes`` put in as given, unvalidated.

    Compared with the validated result: equal when the model took the values exactly as given.
    """
    update: dict[str, Any] = {}
    for key, value in changes.items():
        current = getattr(model, key, None)
        if isinstance(value, Mapping) and hasattr(current, "model_copy"):
            update[key] = _copy_with(current, value)
        else:
            update[key] = value
    return model.model_copy(update=update)


def _keys(changes: Mapping[str, Any], prefix: str = "") -> tuple[str, ...]:
    """Dotted names of the fields a change touches (``core.growth_pct``), for undo merging."""
    out: list[str] = []
    for key, value in changes.items():
        if isinstance(value, Mapping):
            out += _keys(value, f"{prefix}{key}.")
        else:
            out.append(prefix + key)
    return tuple(sorted(out))


@dataclass
class _Step:
    """One undo step: the scenario before it and what it changed (to merge slider drags)."""

    before: Scenario
    key: tuple[str, ...] | None
    at: float


class ScenarioController(QObject):
    """Holds the current :class:`Scenario` and its :class:`Projection`; the views only listen.

    Every change goes through :meth:`set_scenario` or :meth:`update`. A change that does not
    alter the value emits nothing. A change the model refuses (validation) or the engine cannot
    project (for example Iceland, which has no figure) emits :attr:`errorOccurred` with a
    one-line explanation and :attr:`scenarioRejected` with the unchanged scenario, so views can
    put their widgets back.
    """

    datasetChanged = Signal(object)  # Dataset; before the scenario and projection it brings
    scenarioChanged = Signal(object)  # Scenario
    projectionChanged = Signal(object)  # Projection
    errorOccurred = Signal(str)
    errorCleared = Signal()
    scenarioRejected = Signal(object)  # the current, unchanged Scenario
    undoAvailableChanged = Signal(bool)
    redoAvailableChanged = Signal(bool)
    #: A slider is being dragged (True) or was let go (False). Views may hold what would
    #: re-lay-out or re-scale the window while it is dragged (the chart's y-range, the heights
    #: of wrapped texts) and settle when it is let go.
    liveChanged = Signal(bool)

    def __init__(
        self, dataset: Dataset, scenario: Scenario | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._dataset = dataset
        if scenario is None:  # the defaults, fitted to the dataset (an imported 2024 edition)
            fitted = fit_scenario(dataset, Scenario(), tr=qt_tr)
            self._scenario, self._projection = fitted.scenario, fitted.projection
        else:
            self._scenario = scenario
            self._projection = project(dataset, self._scenario)
        self._undo: list[_Step] = []
        self._redo: list[Scenario] = []
        self._has_error = False
        self._live = 0  # sliders held down (one at a time in practice)
        self._origin: object | None = None
        #: Consecutive edits of the same field within this many seconds form one undo step,
        #: so a slider drag is undone at once. Tests set it to 0.
        self.merge_window_s = 1.0

    # ------------------------------------------------------------------ state
    @property
    def dataset(self) -> Dataset:
        """The dataset every projection uses."""
        return self._dataset

    @property
    def scenario(self) -> Scenario:
        """The current scenario (frozen)."""
        return self._scenario

    @property
    def projection(self) -> Projection:
        """The projection of the current scenario."""
        return self._projection

    @property
    def live(self) -> bool:
        """Whether a slider is being dragged (see :attr:`liveChanged`)."""
        return self._live > 0

    def set_live(self, live: bool) -> None:
        """A slider was pressed (``True``) or released (``False``); emits on the edges only."""
        was = self._live > 0
        self._live = self._live + 1 if live else max(0, self._live - 1)
        if (self._live > 0) != was:
            self.liveChanged.emit(self._live > 0)

    @property
    def origin(self) -> object | None:
        """The view that made the change being emitted and already shows it, else ``None``.

        Set by :meth:`update_from` while the change signals are emitted; that view need not be
        told again.
        """
        return self._origin

    def can_undo(self) -> bool:
        """Whether there is a change to undo."""
        return bool(self._undo)

    def can_redo(self) -> bool:
        """Whether there is an undone change to redo."""
        return bool(self._redo)

    # ------------------------------------------------------------------ changes
    def set_scenario(self, scenario: Scenario, *, _key: tuple[str, ...] | None = None) -> bool:
        """Make ``scenario`` current (one undo step). Returns whether anything changed."""
        if scenario == self._scenario:
            return False
        projection = self._try_project(scenario)
        if projection is None:
            return False
        self._record(_key)
        self._apply(scenario, projection)
        return True

    def update(self, **changes: Any) -> bool:
        """Apply field changes in one step; nested sections merge (``core={"growth_pct": 8}``).

        Returns whether the scenario changed.
        """
        return self.update_from(None, **changes)

    def update_from(self, origin: object | None, **changes: Any) -> bool:
        """:meth:`update` made by the view ``origin``, whose widgets already show ``changes``.

        While the signals of this change are emitted, :attr:`origin` is ``origin`` if the
        model took the values exactly as given (nothing else moved with them), so that view
        can skip writing its own values back to itself. Returns whether the scenario changed.
        """
        data = _merge(self._scenario.model_dump(), changes)
        try:
            scenario = Scenario.model_validate(data)
        except ValidationError as exc:
            self._reject(describe_for_window(exc, data))  # the field as the window labels it
            return False
        if origin is not None and scenario != _copy_with(self._scenario, changes):
            origin = None  # the model moved something else too: every view hears of it
        self._origin = origin
        try:
            return self.set_scenario(scenario, _key=_keys(changes))
        finally:
            self._origin = None

    def set_dataset(self, dataset: Dataset, scenario: Scenario | None = None) -> tuple[str, ...]:
        """Project on ``dataset`` from now on: one update, not an undo step.

        The current scenario (or ``scenario``) is fitted to the dataset: an edition, base year or
        ally it lacks falls back (:func:`calculator.exports.vintages.fit_scenario`); the notes
        say what fell back. Emits :attr:`datasetChanged`, then the scenario and projection
        signals once. Undo history is cleared (its steps belong to the old dataset). Raises
        :class:`ProjectionError` (nothing changed) if the dataset cannot project even the
        default ally.
        """
        fitted = fit_scenario(dataset, scenario or self._scenario, tr=qt_tr)
        self._dataset = dataset
        self._undo.clear()
        self._redo.clear()
        # Listeners of datasetChanged already see the fitted scenario (its edition).
        self._scenario, self._projection = fitted.scenario, fitted.projection
        self.datasetChanged.emit(dataset)
        self._apply(fitted.scenario, fitted.projection)
        self._emit_availability()
        return fitted.notes

    @Slot()
    def reset(self) -> bool:
        """Back to the default assumptions for the current ally (one undo step)."""
        return self.set_scenario(Scenario(country=self._scenario.country))

    @Slot()
    def undo(self) -> bool:
        """Go back one step."""
        if not self._undo:
            return False
        step = self._undo.pop()
        self._redo.append(self._scenario)
        self._apply(step.before, self._try_project(step.before) or self._projection)
        self._emit_availability()
        return True

    @Slot()
    def redo(self) -> bool:
        """Re-apply the last undone step."""
        if not self._redo:
            return False
        scenario = self._redo.pop()
        self._undo.append(_Step(self._scenario, None, 0.0))
        self._apply(scenario, self._try_project(scenario) or self._projection)
        self._emit_availability()
        return True

    def clear_history(self) -> None:
        """Forget undo and redo (after loading a starting state that is not an edit)."""
        self._undo.clear()
        self._redo.clear()
        self._emit_availability()

    def refuse(self, message: str) -> None:
        """Refuse a change a view could not even build (e.g. a baseline file of another ally).

        Like a refused edit: :attr:`errorOccurred` with ``message``, widgets put back.
        """
        self._reject(message)

    # ------------------------------------------------------------------ internals
    def _try_project(self, scenario: Scenario) -> Projection | None:
        try:
            return project(self._dataset, scenario)
        except ProjectionError as exc:
            # The field as the window labels it ("GDP path, 2027: year ..."), not a dotted path.
            self._reject(describe_projection_error(exc.field, exc.message, scenario.model_dump()))
            return None

    def _reject(self, message: str) -> None:
        self._has_error = True
        self.errorOccurred.emit(message)
        self.scenarioRejected.emit(self._scenario)

    def _record(self, key: tuple[str, ...] | None) -> None:
        now = time.monotonic()
        last = self._undo[-1] if self._undo else None
        if (
            key is not None
            and last is not None
            and last.key == key
            and not self._redo
            and now - last.at < self.merge_window_s
        ):
            last.at = now  # same field, still moving: one undo step
        else:
            self._undo.append(_Step(self._scenario, key, now))
        self._redo.clear()
        self._emit_availability()

    def _apply(self, scenario: Scenario, projection: Projection) -> None:
        self._scenario = scenario
        self._projection = projection
        if self._has_error:
            self._has_error = False
            self.errorCleared.emit()
        self.scenarioChanged.emit(scenario)
        self.projectionChanged.emit(projection)

    def _emit_availability(self) -> None:
        self.undoAvailableChanged.emit(bool(self._undo))
        self.redoAvailableChanged.emit(bool(self._redo))
