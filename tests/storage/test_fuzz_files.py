"""Property-based fuzz of scenario files and autosave files: never a traceback, one line.

Documents start from a valid file and are damaged field by field (huge integers, deep nesting,
wrong types, long strings, constants) or replaced by raw bytes. Every outcome is either a valid
result or a :class:`ScenarioFileError` whose one-line message names the file and, for a damaged
field, the field.
"""

from __future__ import annotations

import collections
import json
import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from calculator.core.models import Scenario
from calculator.storage import (
    ScenarioFileError,
    parse_scenario,
    parse_session,
    scenario_to_json,
)

SCENARIO_EXAMPLES = 5500
SESSION_EXAMPLES = 2500
SOURCE = "/home/u/plan.scenario.json"

BASE = json.loads(scenario_to_json(Scenario(country="ESP", name="Base")))
SESSION_BASE = {
    "schema": "calculator.session/1",
    "clean_exit": False,
    "dataset_id": "ds",
    "current": 0,
    "scenarios": [BASE["scenario"]],
    "pinned": [BASE["scenario"]],
}


def _paths(doc: Any, prefix: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    out = [prefix]
    if isinstance(doc, dict):
        for k, v in doc.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(doc, list):
        for i, v in enumerate(doc):
            out += _paths(v, (*prefix, i))
    return out


SCENARIO_PATHS = _paths(BASE)[1:]
SESSION_PATHS = _paths(SESSION_BASE)[1:]

hostile_values = st.one_of(
    st.integers(min_value=-(10**40), max_value=10**40),
    st.integers(min_value=31, max_value=6000).map(lambda n: f"@@INT{n}@@"),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=40),
    st.integers(min_value=1000, max_value=3000).map(lambda n: "é" * n),
    st.booleans(),
    st.none(),
    st.integers(min_value=1, max_value=3000).map(lambda d: f"@@NEST{d}@@"),
    st.lists(st.integers(), max_size=5),
    st.dictionaries(st.text(max_size=8), st.integers(), max_size=4),
    st.sampled_from(["NaN", "Infinity", "-Infinity", "1e400", "-0", "ESP", "core", "2035"]),
)

RAW_CONSTANTS = {"NaN", "Infinity", "-Infinity", "1e400"}


def _set(doc: Any, path: tuple[str | int, ...], value: Any) -> Any:
    target = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return doc


def _dump(doc: Any) -> str:
    """JSON text, with constants written raw (json.dumps would quote them as strings)."""
    text = json.dumps(doc, ensure_ascii=False)
    for c in RAW_CONSTANTS:
        text = text.replace(f'"@@{c}@@"', c)
    # huge numbers and nesting are written as text (as Python values they are slow or too deep)
    text = re.sub(r'"@@INT(\d+)@@"', lambda m: "9" * int(m[1]), text)
    return re.sub(r'"@@NEST(\d+)@@"', lambda m: "[" * int(m[1]) + "]" * int(m[1]), text)


@st.composite
def documents(draw: st.DrawFn, base: dict[str, Any], paths: list[Any]) -> tuple[str | bytes, Any]:
    kind = draw(st.sampled_from(["field", "field", "field", "drop", "raw", "text"]))
    if kind == "raw":
        return draw(st.binary(max_size=200)), None
    if kind == "text":
        return draw(st.text(max_size=80)), None
    doc = json.loads(json.dumps(base))
    path = draw(st.sampled_from(paths))
    if kind == "drop":
        parent = doc
        for key in path[:-1]:
            parent = parent[key]
        del parent[path[-1]]
        return _dump(doc), path
    value = draw(hostile_values)
    if isinstance(value, str) and value in RAW_CONSTANTS and draw(st.booleans()):
        value = f"@@{value}@@"
    text = _dump(_set(doc, path, value))
    if draw(st.booleans()):
        text = "\ufeff" + text
    data: str | bytes = text.encode("utf-8") if draw(st.booleans()) else text
    return data, path


def _check_message(message: str, source: str) -> None:
    assert "\n" not in message, message
    assert "\r" not in message, message
    assert message.startswith(f"{source}: "), message
    assert len(message) <= 500, len(message)
    assert "Traceback" not in message


@settings(
    max_examples=SCENARIO_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
)
@given(case=documents(BASE, SCENARIO_PATHS))
def test_fuzz_scenario_files(
    case: tuple[str | bytes, Any], fuzz_counts: collections.Counter[str]
) -> None:
    data, path = case
    fuzz_counts["scenario files fuzzed"] += 1
    try:
        scenario, dataset_id = parse_scenario(data, SOURCE)
    except ScenarioFileError as exc:
        message = str(exc)
        _check_message(message, SOURCE)
        if (
            path is not None
            and path[0] == "scenario"
            and len(path) > 1
            and "not valid JSON" not in message
        ):
            # a damaged field is named: the file's own path to it, or its top-level group
            assert (
                f"scenario.{path[1]}" in message
                or "nested too deeply" in message
                or "digits" in message
                or "JSON number" in message
                or "a number written" in message
            ), message
        return
    assert isinstance(scenario, Scenario)
    assert isinstance(dataset_id, str)


@settings(
    max_examples=SESSION_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
)
@given(case=documents(SESSION_BASE, SESSION_PATHS))
def test_fuzz_autosave_files(
    case: tuple[str | bytes, Any], fuzz_counts: collections.Counter[str]
) -> None:
    data, _path = case
    fuzz_counts["autosave files fuzzed"] += 1
    source = "/home/u/.local/share/budget-calculator/session-1-abc.session.json"
    try:
        session = parse_session(data, source)
    except ScenarioFileError as exc:
        _check_message(str(exc), source)
        return
    assert all(isinstance(s, Scenario) for s in session.scenarios + session.pinned)
    assert 0 <= session.current < max(len(session.scenarios), 1)


@pytest.fixture(scope="module")
def fuzz_counts(request: pytest.FixtureRequest) -> collections.Counter[str]:
    counts: collections.Counter[str] = request.config.__dict__.setdefault(
        "_nothing_lost_tally", collections.Counter()
    )
    return counts
