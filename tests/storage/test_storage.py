"""Scenario files: round trips, schema versions, atomic writes, hostile input."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calculator.core.models import (
    CoreSpending,
    CustomPoint,
    Economy,
    EconomyPreset,
    RelatedSpending,
    Scenario,
    SpendingMode,
    YearOverride,
)
from calculator.storage import (
    SCHEMA,
    ScenarioFileError,
    WriteError,
    load_scenario,
    parse_scenario,
    save_scenario,
    scenario_to_json,
)


def rich_scenario() -> Scenario:
    return Scenario(
        name="Türkiye – fast path",
        notes="Notes with é, ü and a\nnew line",
        country="TUR",
        horizon=2045,
        economy=Economy(
            preset=EconomyPreset.CONSTANT,
            real_growth_pct=2.5,
            inflation_pct=30,
            overrides=(YearOverride(year=2030, real_growth_pct=-3),),
        ),
        core=CoreSpending(
            mode=SpendingMode.CUSTOM,
            custom_points=(
                CustomPoint(year=2030, share_pct=3.0),
                CustomPoint(year=2035, amount_bn=5000.0),
            ),
        ),
        related=RelatedSpending(share_pct=0.5),
    )


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "a.scenario.json"
    save_scenario(path, rich_scenario(), dataset_id="ds-1")
    loaded, dataset_id = load_scenario(path)
    assert loaded == rich_scenario()
    assert dataset_id == "ds-1"
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["schema"] == SCHEMA
    assert "Türkiye" in path.read_text(encoding="utf-8")  # stored as text, not escaped


@settings(max_examples=60, deadline=None)
@given(
    growth=st.floats(-15, 15),
    infl=st.floats(-5, 50),
    horizon=st.integers(2027, 2050),
    share=st.floats(0, 20),
    name=st.text(max_size=40),
)
def test_round_trip_property(
    growth: float, infl: float, horizon: int, share: float, name: str
) -> None:
    s = Scenario(
        name=name,
        horizon=horizon,
        economy=Economy(preset=EconomyPreset.CONSTANT, real_growth_pct=growth, inflation_pct=infl),
        related=RelatedSpending(share_pct=share),
    )
    assert parse_scenario(scenario_to_json(s))[0] == s


def test_failed_write_keeps_the_old_file_and_leaves_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "keep.scenario.json"
    save_scenario(path, Scenario(country="ESP"))
    before = path.read_bytes()

    def full_disk(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(WriteError, match="No space left on device"):
        save_scenario(path, Scenario(country="BEL"))
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.scenario.json"]


def test_unwritable_folder_message(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(WriteError, match="cannot write"):
        save_scenario(blocker / "s.scenario.json", Scenario())


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "not valid JSON"),
        ("[1, 2]", "expected a JSON object"),
        ('{"schema": "something/1"}', "not a scenario file"),
        ('{"schema": "calculator.scenario/x"}', "no version number"),
        ('{"schema": "calculator.scenario/3", "scenario": {}}', "newer version"),
        ('{"schema": "calculator.scenario/1", "scenario": 3}', "'scenario' must be an object"),
        (
            '{"schema": "calculator.scenario/1", "scenario": {"horizon": 2070}}',
            "scenario.horizon: 2070 is out of range; allowed 2015 to 2050",
        ),
        (
            '{"schema": "calculator.scenario/1", "scenario": {"surprise": 1}}',
            "scenario.surprise: Extra inputs are not permitted",
        ),
        (
            '{"schema": "calculator.scenario/1", "scenario": {"core": {"mode": "__import__"}}}',
            "scenario.core.mode: '__import__' is not allowed",
        ),
    ],
)
def test_bad_files_are_refused_with_the_field(text: str, message: str) -> None:
    with pytest.raises(ScenarioFileError) as info:
        parse_scenario(text, "f.json")
    assert message in str(info.value)
    assert str(info.value).startswith("f.json: ")


def test_binary_and_huge_files(tmp_path: Path) -> None:
    binary = tmp_path / "bin.json"
    binary.write_bytes(b"\x80\x81\xff")
    with pytest.raises(ScenarioFileError, match="not UTF-8"):
        load_scenario(binary)
    huge = tmp_path / "huge.json"
    huge.write_bytes(b" " * 6_000_000)
    with pytest.raises(ScenarioFileError, match="larger than"):
        load_scenario(huge)


def test_autosave_round_trip_and_recovery_flag(tmp_path: Path) -> None:
    from calculator.storage import needs_recovery, read_autosave, write_autosave

    a, b = Scenario(country="ESP"), rich_scenario()
    write_autosave(tmp_path, [a, b], [b], current=1, dataset_id="ds")
    session = read_autosave(tmp_path)
    assert session is not None
    assert (session.scenarios, session.pinned, session.current) == ([a, b], [b], 1)
    assert needs_recovery(tmp_path) is not None  # not marked clean: offered back
    write_autosave(tmp_path, [a], [], clean_exit=True)
    assert needs_recovery(tmp_path) is None


def test_damaged_autosave_is_ignored(tmp_path: Path) -> None:
    from calculator.storage import AUTOSAVE_NAME, needs_recovery

    (tmp_path / AUTOSAVE_NAME).write_text(
        '{"schema": "calculator.session/1", "scenarios": [{"horizon": 3000}]}', encoding="utf-8"
    )
    assert needs_recovery(tmp_path) is None
    (tmp_path / AUTOSAVE_NAME).write_bytes(b"\xff\xfe")
    assert needs_recovery(tmp_path) is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[" * 5000 + "]" * 5000, "nested too deeply"),
        (
            '{"schema": "calculator.scenario/1", "scenario": {"economy": '
            '{"real_growth_pct": "2.5"}}}',
            "scenario.economy.real_growth_pct",
        ),
        (
            '{"schema": "calculator.scenario/1", "scenario": {"economy": '
            '{"real_growth_pct": true}}}',
            "scenario.economy.real_growth_pct",
        ),
    ],
)
def test_hostile_or_loose_files_are_refused(text: str, message: str) -> None:
    with pytest.raises(ScenarioFileError) as info:
        parse_scenario(text, "f.json")
    assert message in str(info.value)


def test_notepad_bom_and_lower_case_country_load(tmp_path: Path) -> None:
    path = tmp_path / "bom.scenario.json"
    body = '{"schema": "calculator.scenario/1", "scenario": {"country": "esp", "horizon": 2040}}'
    path.write_bytes(b"\xef\xbb\xbf" + body.encode("utf-8"))
    scenario, _ = load_scenario(path)
    assert (scenario.country, scenario.horizon) == ("ESP", 2040)
