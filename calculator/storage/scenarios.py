"""Scenario files: JSON with a schema version, validated by pydantic, written atomically.

Never pickle, never eval: a file is parsed as JSON and validated field by field. Older schema
versions are migrated; an unknown newer one is refused with a clear message.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from calculator.core.models import Scenario, describe_validation_error
from calculator.storage.atomic import (
    BadFile,
    ReadError,
    ScenarioFileError,
    atomic_write_text,
    parse_json,
    read_bounded,
    shown,
)

SCHEMA_PREFIX = "calculator.scenario/"
SCHEMA_VERSION = 2
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


def parse_scenario(text: str | bytes, source: str = "scenario") -> tuple[Scenario, str]:
    """Parse scenario JSON; return the scenario and the dataset id it records.

    Every refusal is a :class:`ScenarioFileError` with one line naming ``source`` and the field.
    """
    try:
        doc = parse_json(text)
    except BadFile as exc:
        raise ScenarioFileError(f"{source}: {exc.reason}; not a scenario file") from None
    if not isinstance(doc, dict):
        raise ScenarioFileError(f"{source}: expected a JSON object with a 'schema' field")
    schema = doc.get("schema")
    if not isinstance(schema, str) or not schema.startswith(SCHEMA_PREFIX):
        raise ScenarioFileError(
            f"{source}: field 'schema' is {shown(schema)}; expected '{SCHEMA}' (not a scenario file)"
        )
    number = schema.removeprefix(SCHEMA_PREFIX)
    if not re.fullmatch(r"[0-9]{1,6}", number):
        raise ScenarioFileError(f"{source}: field 'schema' has no version number: {shown(schema)}")
    version = int(number)
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
    if version == 1:
        body = migrate_v1(body)
    try:
        # Strict: a number must be a JSON number ("2.5" or true is refused, not converted).
        scenario = Scenario.model_validate_json(json.dumps(body), strict=True)
    except ValidationError as exc:
        raise ScenarioFileError(f"{source}: scenario.{describe_validation_error(exc)}") from None
    dataset_id = doc.get("dataset_id", "")
    return scenario, dataset_id if isinstance(dataset_id, str) else ""


def migrate_v1(body: dict[str, Any]) -> dict[str, Any]:
    """Schema 1 → 2 (issue 11's own numbers; new fields take their defaults).

    Version 1 had no glide floor: a glide path to a share below the current one cut spending.
    The migrated file keeps that meaning (``glide_floor`` false), so it gives the same result.
    """
    out = dict(body)
    core = out.get("core", {})
    if isinstance(core, dict):
        out["core"] = {**core, "glide_floor": core.get("glide_floor", False)}
    return out


def load_scenario(path: Path) -> tuple[Scenario, str]:
    """Read and validate a ``.scenario.json`` file (a regular file of at most 5 MB)."""
    try:
        data = read_bounded(path, MAX_FILE_BYTES)
    except BadFile as exc:
        raise ScenarioFileError(f"{path}: {exc.reason}") from None
    except OSError as exc:
        raise ReadError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return parse_scenario(data, str(path))


def save_scenario(path: Path, scenario: Scenario, dataset_id: str = "") -> None:
    """Write a scenario file atomically."""
    atomic_write_text(path, scenario_to_json(scenario, dataset_id))
