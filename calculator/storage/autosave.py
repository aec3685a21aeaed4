"""Autosave of the working state, and the offer to recover it after a crash."""

from __future__ import annotations

import json
import os
from pathlib import Path

from pydantic import ValidationError

from calculator.core.models import Scenario
from calculator.storage.atomic import atomic_write_text

SESSION_SCHEMA = "calculator.session/1"
AUTOSAVE_NAME = "autosave.session.json"


def user_data_dir() -> Path:
    """Per-user folder for autosave and recent files (``BUDGET_CALCULATOR_DATA_DIR`` overrides)."""
    override = os.environ.get("BUDGET_CALCULATOR_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir("budget-calculator", appauthor=False))


def write_autosave(
    folder: Path,
    scenarios: list[Scenario],
    pinned: list[Scenario],
    current: int = 0,
    *,
    clean_exit: bool = False,
    dataset_id: str = "",
) -> Path:
    """Save the working state (open and pinned scenarios) atomically; return the file."""
    folder.mkdir(parents=True, exist_ok=True)
    doc = {
        "schema": SESSION_SCHEMA,
        "clean_exit": clean_exit,
        "dataset_id": dataset_id,
        "current": current,
        "scenarios": [s.model_dump(mode="json") for s in scenarios],
        "pinned": [s.model_dump(mode="json") for s in pinned],
    }
    path = folder / AUTOSAVE_NAME
    atomic_write_text(path, json.dumps(doc, indent=1, ensure_ascii=False) + "\n")
    return path


class Session:
    """A working state read back from the autosave file."""

    def __init__(
        self,
        scenarios: list[Scenario],
        pinned: list[Scenario],
        current: int,
        clean_exit: bool,
        dataset_id: str,
    ) -> None:
        self.scenarios = scenarios
        self.pinned = pinned
        self.current = current
        self.clean_exit = clean_exit
        self.dataset_id = dataset_id


def read_autosave(folder: Path) -> Session | None:
    """The autosaved working state, or ``None`` if there is none or it cannot be trusted."""
    path = folder / AUTOSAVE_NAME
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return None
    if not isinstance(doc, dict) or doc.get("schema") != SESSION_SCHEMA:
        return None
    try:
        scenarios = [Scenario.model_validate(s) for s in doc.get("scenarios", [])]
        pinned = [Scenario.model_validate(s) for s in doc.get("pinned", [])]
    except (ValidationError, TypeError):
        return None
    current = doc.get("current", 0)
    if not isinstance(current, int) or not 0 <= current < max(len(scenarios), 1):
        current = 0
    return Session(
        scenarios,
        pinned,
        current,
        bool(doc.get("clean_exit", False)),
        str(doc.get("dataset_id", "")),
    )


def needs_recovery(folder: Path) -> Session | None:
    """The state to offer back after a crash: an autosave not marked as a clean exit."""
    session = read_autosave(folder)
    if session is None or session.clean_exit or not session.scenarios:
        return None
    return session
