"""Scenario files: JSON with a schema version, validated by pydantic, written atomically.

Never pickle, never eval: a file is parsed as JSON and validated field by field. Older schema
versions are migrated; an unknown newer one is refused with a clear message.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from calculator.core.models import Scenario, describe_validation_error
from calculator.storage.atomic import ScenarioFileError, atomic_write_text

SCHEMA_PREFIX = "calculator.scenario/"
SCHEMA_VERSION = 1
SCHEMA = f"{SCHEMA_PREFIX}{SCHEMA_VERSION}"
MAX_FILE_BYTES = 5_000_000


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


def save_scenario(path: Path, scenario: Scenario, dataset_id: str = "") -> None:
    """Write a scenario file atomically."""
    atomic_write_text(path, scenario_to_json(scenario, dataset_id))
