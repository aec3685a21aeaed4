"""The dataset registry: list bundled and imported datasets, choose the active one, remove."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from calculator.core.dataset import DatasetError
from calculator.storage import WriteError, bundled_dataset, releases

_spec = importlib.util.spec_from_file_location(
    "release_files", Path(__file__).with_name("release_files.py")
)
assert _spec
assert _spec.loader
rf = importlib.util.module_from_spec(_spec)
sys.modules["release_files"] = rf
_spec.loader.exec_module(rf)

BUNDLED_ID = bundled_dataset().id


@pytest.fixture(autouse=True)
def user_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "user"
    monkeypatch.setenv("BUDGET_CALCULATOR_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def imported(tmp_path: Path) -> releases.DatasetEntry:
    return releases.import_release(
        rf.write_workbook(tmp_path / "nato.xlsx", rf.nato_tables(equipment=True))
    )


def test_a_fresh_user_has_only_the_bundled_dataset_active(user_dir):
    entries = releases.list_datasets()
    assert [(e.id, e.kind, e.active) for e in entries] == [(BUNDLED_ID, "bundled", True)]
    assert entries[0].editions == ("2026", "2025", "2024")
    assert entries[0].edition_label == "July 2026"
    assert entries[0].cut_off == "2026-07-03"
    assert releases.active_dataset_id() == BUNDLED_ID
    assert releases.open_dataset() is bundled_dataset()
    assert not user_dir.exists()  # listing writes nothing


def test_an_import_is_listed_with_its_provenance_and_not_activated(imported):
    entries = releases.list_datasets()
    assert [e.id for e in entries] == [BUNDLED_ID, imported.id]
    e = entries[1]
    assert e.kind == "imported"
    assert not e.active
    assert e.editions == ("2024",)
    assert e.source_file == "nato.xlsx"
    assert len(e.source_sha256) == 64
    assert e.imported_at[:2] == "20"
    assert e.has_equipment
    assert e.as_dict()["editions"] == ["2024"]
    json.dumps(e.as_dict())


def test_use_switches_the_active_dataset_and_back(imported, user_dir):
    releases.use_dataset(imported.id)
    assert releases.active_dataset_id() == imported.id
    assert releases.open_dataset().id == imported.id
    assert [e.active for e in releases.list_datasets()] == [False, True]
    settings = json.loads((user_dir / "datasets.json").read_text(encoding="utf-8"))
    assert settings == {"schema": "calculator.datasets/1", "active": imported.id}
    releases.use_dataset("bundled")
    assert releases.active_dataset_id() == BUNDLED_ID
    assert not [p for p in user_dir.iterdir() if p.name.endswith(".tmp")]


def test_unknown_ids_are_refused_naming_the_known_ones(imported):
    with pytest.raises(
        releases.ReleaseError, match=rf"'nope' is not known; allowed bundled, {imported.id}"
    ):
        releases.use_dataset("nope")
    with pytest.raises(releases.ReleaseError, match="is not known"):
        releases.remove_dataset("nope")


def test_the_bundled_dataset_cannot_be_removed():
    for name in ("bundled", BUNDLED_ID):
        with pytest.raises(releases.ReleaseError, match="ships with the app and cannot be removed"):
            releases.remove_dataset(name)


def test_removing_the_active_dataset_falls_back_to_the_bundled_one(imported, user_dir):
    releases.use_dataset(imported.id)
    releases.remove_dataset(imported.id)
    assert releases.active_dataset_id() == BUNDLED_ID
    assert [e.id for e in releases.list_datasets()] == [BUNDLED_ID]
    assert list((user_dir / "datasets").iterdir()) == []


def test_a_damaged_imported_dataset_is_listed_with_its_problem_and_refused(imported, user_dir):
    path = user_dir / "datasets" / imported.id / "nato_2024.csv"
    path.write_bytes(path.read_bytes() + b"ESP,2030,defence_share_gdp,9,,actual,x,\n")
    entry = releases.list_datasets()[1]
    assert entry.problem == ""  # the manifest still reads; the checksum fails on loading
    with pytest.raises(DatasetError, match=r"nato_2024\.csv: checksum mismatch"):
        releases.use_dataset(imported.id)
    assert releases.active_dataset_id() == BUNDLED_ID
    (user_dir / "datasets" / imported.id / "manifest.json").write_text("{", encoding="utf-8")
    entry = releases.list_datasets()[1]
    assert entry.problem.startswith("manifest.json: not valid JSON")
    with pytest.raises(DatasetError, match=r"manifest\.json: not valid JSON"):
        releases.open_dataset(imported.id)
    releases.remove_dataset(imported.id)  # a damaged one can still be removed
    assert len(releases.list_datasets()) == 1


def test_a_damaged_settings_file_is_named_and_use_repairs_it(user_dir):
    user_dir.mkdir()
    (user_dir / "datasets.json").write_text('{"active": 5}', encoding="utf-8")
    with pytest.raises(DatasetError, match=r"datasets.json: no valid 'active' dataset id"):
        releases.active_dataset_id()
    assert not any(e.active for e in releases.list_datasets())
    releases.use_dataset("bundled")
    assert releases.active_dataset_id() == BUNDLED_ID


def test_a_killed_import_leaves_no_listed_dataset(imported, user_dir):
    (user_dir / "datasets" / f".import-{imported.id}.abcd1234").mkdir()
    assert [e.id for e in releases.list_datasets()] == [BUNDLED_ID, imported.id]


def test_a_failed_write_leaves_nothing(tmp_path, user_dir, monkeypatch):
    from calculator.storage.releases import registry

    def boom(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(registry.os, "rename", boom)
    with pytest.raises(WriteError, match=r"cannot create \(No space left on device\)"):
        releases.import_release(rf.write_workbook(tmp_path / "n.xlsx", rf.nato_tables()))
    assert list((user_dir / "datasets").iterdir()) == []
