"""Scenario files: JSON with a schema version, validated by pydantic, written atomically.

Never pickle, never eval: a file is parsed as JSON and validated field by field. Older schema
versions are migrated; an unknown newer one is refused with a clear message.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from calculator.core.models import Scenario, describe_validation_error

SCHEMA_PREFIX = "calculator.scenario/"
SCHEMA_VERSION = 1
SCHEMA = f"{SCHEMA_PREFIX}{SCHEMA_VERSION}"
MAX_FILE_BYTES = 5_000_000


class ScenarioFileError(ValueError):
    """A scenario file cannot be read, parsed, validated or written."""


def scenario_to_json(scenario: Scenario, dataset_id: str = "") -> str:
    """Serialise a scenario with its schema tag and the dataset it was made with."""
    doc: dict[str, Any] = {
        "schema": SCHEMA,
        "dataset_id": dataset_id,
        "scenario": scenario.model_dump(mode="json"),
    }
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def parse_scenario(text: str, source: str = "scenario") -> tuple[Scenario, str]:
    """Parse scenario JSON text; return the scenario and the dataset id it records."""
    text = text.removeprefix("\ufeff")  # Windows Notepad writes UTF-8 with a byte-order mark
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ScenarioFileError(
            f"{source}: not valid JSON (line {exc.lineno}: {exc.msg})"
        ) from None
    except RecursionError:
        raise ScenarioFileError(f"{source}: nested too deeply; not a scenario file") from None
    if not isinstance(doc, dict):
        raise ScenarioFileError(f"{source}: expected a JSON object with a 'schema' field")
    schema = doc.get("schema")
    if not isinstance(schema, str) or not schema.startswith(SCHEMA_PREFIX):
        raise ScenarioFileError(
            f"{source}: field 'schema' is {schema!r}; expected '{SCHEMA}' (not a scenario file)"
        )
    try:
        version = int(schema.removeprefix(SCHEMA_PREFIX))
    except ValueError:
        raise ScenarioFileError(
            f"{source}: field 'schema' has no version number: {schema!r}"
        ) from None
    if version > SCHEMA_VERSION:
        raise ScenarioFileError(
            f"{source}: made by a newer version of the calculator (schema {version}); this "
            f"version reads schema 1 to {SCHEMA_VERSION}"
        )
    if version < 1:
        raise ScenarioFileError(f"{source}: field 'schema' version {version} is not supported")
    body = doc.get("scenario")
    if not isinstance(body, dict):
        raise ScenarioFileError(f"{source}: field 'scenario' must be an object")
    try:
        # Strict: a number must be a JSON number ("2.5" or true is refused, not converted).
        scenario = Scenario.model_validate_json(json.dumps(body), strict=True)
    except ValidationError as exc:
        raise ScenarioFileError(f"{source}: scenario.{describe_validation_error(exc)}") from None
    dataset_id = doc.get("dataset_id", "")
    return scenario, dataset_id if isinstance(dataset_id, str) else ""


def load_scenario(path: Path) -> tuple[Scenario, str]:
    """Read and validate a ``.scenario.json`` file."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ScenarioFileError(
                f"{path}: larger than {MAX_FILE_BYTES // 1_000_000} MB; not a scenario file"
            )
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ScenarioFileError(f"{path}: no such file") from None
    except UnicodeDecodeError:
        raise ScenarioFileError(f"{path}: not UTF-8 text; not a scenario file") from None
    except OSError as exc:
        raise ScenarioFileError(f"{path}: cannot read ({exc.strerror})") from None
    return parse_scenario(text, str(path))


class WriteError(ScenarioFileError):
    """A file could not be written; the previous file, if any, is unchanged."""


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[Path]:
    """Yield a temp path in the target folder; on success fsync and rename it onto ``path``.

    Writers that need a file name (spreadsheets, PDF) write to the yielded path. If anything
    fails, the temp file is removed and the previous ``path`` stays as it was.
    """
    folder = path.parent
    try:
        mode = stat.S_IMODE(path.stat().st_mode) if path.is_file() else 0o644
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        os.close(fd)
    except OSError as exc:
        raise WriteError(f"{path}: cannot write ({exc.strerror or exc})") from exc
    tmp = Path(tmp_name)
    try:
        yield tmp
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)  # keep the permissions of the file being replaced
        os.replace(tmp, path)
    except OSError as exc:
        hint = " (is it open in another program?)" if isinstance(exc, PermissionError) else ""
        raise WriteError(
            f"{path}: cannot write ({exc.strerror or exc}){hint}; the previous "
            "file, if any, is unchanged"
        ) from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write bytes atomically (temp file in the same folder, fsync, rename)."""
    with atomic_output(path) as tmp:
        tmp.write_bytes(data)


def atomic_write_text(path: Path, text: str) -> None:
    """Write UTF-8 text atomically; no partial file ever replaces ``path``."""
    atomic_write_bytes(path, text.encode("utf-8"))


def save_scenario(path: Path, scenario: Scenario, dataset_id: str = "") -> None:
    """Write a scenario file atomically."""
    atomic_write_text(path, scenario_to_json(scenario, dataset_id))


# --------------------------------------------------------------------------- autosave

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
