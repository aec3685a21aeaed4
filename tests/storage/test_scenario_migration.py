"""Scenario schema 2 (issue 11): version 1 files migrate and give the same result."""

from __future__ import annotations

import json

import pytest

from calculator.core.models import Baseline, Scenario
from calculator.storage import ScenarioFileError, parse_scenario, scenario_to_json


def test_v1_glide_keeps_its_meaning() -> None:
    v1 = {
        "schema": "calculator.scenario/1",
        "scenario": {"country": "POL", "core": {"mode": "glide", "glide_target_pct": 3.5}},
    }
    s, _ = parse_scenario(json.dumps(v1))
    assert s.core.glide_floor is False  # version 1 cut spending on a downward glide
    assert s.extra.baseline is Baseline.CONSTANT_SHARE
    assert s.claim is None


def test_v1_without_core_and_v2_round_trip() -> None:
    s, _ = parse_scenario('{"schema": "calculator.scenario/1", "scenario": {}}')
    assert s.core.glide_floor is False
    new = Scenario(country="ESP").evolve(money={"prices": "constant", "currency": "USD"})
    text = scenario_to_json(new)
    assert '"calculator.scenario/2"' in text
    back, _ = parse_scenario(text)
    assert back == new
    assert back.core.glide_floor is True


def test_newer_schema_is_refused() -> None:
    with pytest.raises(ScenarioFileError, match="newer version"):
        parse_scenario('{"schema": "calculator.scenario/3", "scenario": {}}')


@pytest.mark.parametrize("schema", ["calculator.scenario/1", "calculator.scenario/2"])
def test_an_old_default_label_is_kept(schema: str) -> None:
    """Labels are free text: only the default changed ("Spain's claim" → "Spain's position")."""
    old = {"value_pct": 2.1, "measure": "core", "label": "Spain's claim"}
    s, _ = parse_scenario(json.dumps({"schema": schema, "scenario": {"thresholds": [old]}}))
    assert [t.label for t in s.thresholds] == ["Spain's claim"]
    assert Scenario().thresholds[0].label == "Spain's position"
