"""Hostile files: pipes, devices, folders, huge numbers, deep nesting, links, umask, stale temps.

Every read is bounded and of regular files only; every refusal is one line naming the file.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
import sys
import time
from pathlib import Path

import pytest

from calculator.core.dataset import DatasetError
from calculator.core.models import Scenario
from calculator.resources import data_dir
from calculator.storage import (
    ScenarioFileError,
    WriteError,
    atomic_write_bytes,
    clean_stale_temps,
    load_dataset,
    load_scenario,
    parse_scenario,
    read_bounded,
    save_scenario,
    scenario_to_json,
)
from calculator.storage._manifest_sha256 import BUNDLED_MANIFEST_SHA256
from calculator.storage.atomic import BadFile

posix = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file kinds and modes")


def _one_line(message: str) -> None:
    assert "\n" not in message, message
    assert len(message) < 400, message


def _good_doc() -> dict[str, object]:
    return json.loads(scenario_to_json(Scenario(country="ESP")))


# ------------------------------------------------------------------------ kinds of file
@posix
def test_a_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "plan.scenario.json"
    os.mkfifo(fifo)
    start = time.monotonic()
    with pytest.raises(ScenarioFileError, match="named pipe") as info:
        load_scenario(fifo)
    assert time.monotonic() - start < 2.0
    assert str(fifo) in str(info.value)
    _one_line(str(info.value))


@posix
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_a_device_is_refused(device: str) -> None:
    if not Path(device).exists():
        pytest.skip(f"{device} absent")
    with pytest.raises(ScenarioFileError, match=f"^{device}: is a device") as info:
        load_scenario(Path(device))
    _one_line(str(info.value))


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ScenarioFileError, match="is a folder") as info:
        load_scenario(tmp_path)
    _one_line(str(info.value))


def test_read_stops_after_the_limit(tmp_path: Path) -> None:
    big = tmp_path / "big"
    big.write_bytes(b"x" * 1001)
    with pytest.raises(BadFile, match="larger than"):
        read_bounded(big, 1000)
    assert read_bounded(big, 1001) == b"x" * 1001


# ------------------------------------------------------------------------- JSON limits
@pytest.mark.parametrize("digits", [31, 4301, 5000, 100_000])
def test_huge_integers_are_refused_in_one_line(tmp_path: Path, digits: int) -> None:
    doc = json.dumps(_good_doc()).replace('"horizon": 2035', f'"horizon": {"9" * digits}')
    path = tmp_path / "huge.scenario.json"
    path.write_text(doc, encoding="utf-8")
    with pytest.raises(ScenarioFileError, match=f"{digits} digits") as info:
        load_scenario(path)
    assert str(info.value).startswith(f"{path}: ")
    _one_line(str(info.value))


def test_thirty_digit_integers_still_reach_validation() -> None:
    doc = json.dumps(_good_doc()).replace('"horizon": 2035', f'"horizon": {"9" * 30}')
    with pytest.raises(ScenarioFileError, match=r"scenario\.horizon") as info:
        parse_scenario(doc, "f.json")
    _one_line(str(info.value))


@pytest.mark.parametrize("depth", [65, 1000, 100_000])
def test_deep_nesting_is_refused(depth: int) -> None:
    text = '{"schema": "calculator.scenario/1", "x": ' + "[" * depth + "]" * depth + "}"
    with pytest.raises(ScenarioFileError, match="nested too deeply") as info:
        parse_scenario(text, "deep.json")
    _one_line(str(info.value))


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_json_constants_are_refused(constant: str) -> None:
    doc = json.dumps(_good_doc()).replace('"horizon": 2035', f'"horizon": {constant}')
    with pytest.raises(ScenarioFileError, match="is not a JSON number"):
        parse_scenario(doc, "c.json")


def test_a_syntax_error_names_the_line_of_the_file_itself() -> None:
    text = scenario_to_json(Scenario()).replace('"horizon": 2035', '"horizon": 2035,,')
    line = next(i for i, t in enumerate(text.splitlines(), start=1) if ",," in t)
    with pytest.raises(ScenarioFileError, match=f"line {line},"):
        parse_scenario(text, "s.json")


def test_a_long_bad_value_is_cut() -> None:
    doc = _good_doc()
    doc["schema"] = "x" * 5000
    with pytest.raises(ScenarioFileError) as info:
        parse_scenario(json.dumps(doc), "long.json")
    assert "…" in str(info.value)
    _one_line(str(info.value))


# ------------------------------------------------------------------------------- writes
@posix
@pytest.mark.parametrize(("umask", "mode"), [(0o077, 0o600), (0o022, 0o644), (0o002, 0o664)])
def test_new_files_honour_the_umask(tmp_path: Path, umask: int, mode: int) -> None:
    old = os.umask(umask)
    try:
        save_scenario(tmp_path / "new.scenario.json", Scenario())
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.scenario.json").stat().st_mode) == mode


@posix
def test_a_replaced_file_keeps_its_permissions(tmp_path: Path) -> None:
    path = tmp_path / "kept.scenario.json"
    path.write_text("{}", encoding="utf-8")
    path.chmod(0o640)
    old = os.umask(0o077)
    try:
        save_scenario(path, Scenario())
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


@posix
@pytest.mark.parametrize("dangling", [False, True])
def test_a_symbolic_link_is_never_written_through_nor_replaced(
    tmp_path: Path, dangling: bool
) -> None:
    other = tmp_path / "someone-else.pdf"
    if not dangling:
        other.write_bytes(b"precious")
    link = tmp_path / "brief.png"
    link.symlink_to(other)
    with pytest.raises(WriteError, match="is a symbolic link") as info:
        atomic_write_bytes(link, b"PNG")
    _one_line(str(info.value))
    assert link.is_symlink()
    assert os.readlink(link) == str(other)
    if not dangling:
        assert other.read_bytes() == b"precious"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [link.name] + ([] if dangling else [other.name])
    )


def test_a_folder_in_the_way_is_refused(tmp_path: Path) -> None:
    (tmp_path / "out.json").mkdir()
    with pytest.raises(WriteError, match="is a folder"):
        atomic_write_bytes(tmp_path / "out.json", b"{}")


def test_a_link_to_a_folder_is_fine(tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    (tmp_path / "via").symlink_to(real)
    atomic_write_bytes(tmp_path / "via" / "out.json", b"{}")  # the user named the folder
    assert (real / "out.json").read_bytes() == b"{}"


# --------------------------------------------------------------------------- stale temps
def _age(path: Path, seconds: float) -> None:
    t = time.time() - seconds
    os.utime(path, (t, t), follow_symlinks=False)


def test_stale_temps_of_our_pattern_only_are_cleaned(tmp_path: Path) -> None:
    old = tmp_path / ".report.pdf.a1b2c3d4.tmp"
    young = tmp_path / ".report.pdf.e5f6a7b8.tmp"
    mkstemp_style = tmp_path / ".plan.scenario.json.k_3zq9w1.tmp"
    other = [tmp_path / "notes.tmp", tmp_path / ".report.pdf.tmp", tmp_path / "report.pdf"]
    for p in [old, young, mkstemp_style, *other]:
        p.write_bytes(b"x")
    _age(old, 3600)
    _age(mkstemp_style, 3600)
    for p in other:
        _age(p, 3600)
    removed = clean_stale_temps(tmp_path)
    assert sorted(removed) == sorted([old, mkstemp_style])
    assert young.exists()
    assert all(p.exists() for p in other)


@posix
def test_a_link_of_our_pattern_is_not_followed_nor_removed(tmp_path: Path) -> None:
    target = tmp_path / "keep.txt"
    target.write_bytes(b"x")
    link = tmp_path / ".keep.txt.a1b2c3d4.tmp"
    link.symlink_to(target)
    _age(link, 3600)
    _age(target, 3600)
    assert clean_stale_temps(tmp_path) == []
    assert link.is_symlink()
    assert target.exists()


def test_cleaning_a_missing_folder_does_nothing(tmp_path: Path) -> None:
    assert clean_stale_temps(tmp_path / "absent") == []


# ------------------------------------------------------------------------------ dataset
@pytest.fixture
def copy(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(data_dir(), folder)
    return folder


def test_the_pin_is_the_bundled_manifest() -> None:
    data = (data_dir() / "manifest.json").read_bytes()
    assert hashlib.sha256(data).hexdigest() == BUNDLED_MANIFEST_SHA256, "run make dataset"


def test_tampering_with_data_and_checksum_is_refused_for_the_bundled_dataset(copy: Path) -> None:
    csv_path = copy / "nato_2026.csv"
    csv_path.write_bytes(csv_path.read_bytes().replace(b",ESP,", b",ESP,", 1) + b"\n")
    manifest = json.loads((copy / "manifest.json").read_text(encoding="utf-8"))
    manifest["files"]["nato_2026.csv"]["sha256"] = hashlib.sha256(csv_path.read_bytes()).hexdigest()
    (copy / "manifest.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    assert load_dataset(copy).id  # a user's own folder: its own manifest is the authority
    with pytest.raises(DatasetError, match=r"^manifest\.json: checksum .* bundled data was"):
        load_dataset(copy, pinned_sha256=BUNDLED_MANIFEST_SHA256)


def test_the_bundled_dataset_is_pinned(copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from calculator.storage import bundled_dataset

    (copy / "manifest.json").write_bytes((copy / "manifest.json").read_bytes() + b" ")
    monkeypatch.setenv("BUDGET_CALCULATOR_RESOURCES", str(copy.parent))
    with pytest.raises(DatasetError, match="bundled data was changed"):
        bundled_dataset()
    assert bundled_dataset(copy).id  # named as a folder of one's own: not pinned


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b'{"schema": ' + b"7" * 5000 + b"}", "5000 digits"),
        (b"\xff\xfe", "not UTF-8"),
        (b"{", "not valid JSON"),
    ],
)
def test_a_hostile_manifest_is_one_line(copy: Path, content: bytes, message: str) -> None:
    (copy / "manifest.json").write_bytes(content)
    with pytest.raises(DatasetError, match=message) as info:
        load_dataset(copy)
    assert str(info.value).startswith("manifest.json")
    _one_line(str(info.value))


def test_a_manifest_that_is_a_folder(copy: Path) -> None:
    (copy / "manifest.json").unlink()
    (copy / "manifest.json").mkdir()
    with pytest.raises(DatasetError, match=r"^manifest\.json: is a folder"):
        load_dataset(copy)


def test_a_data_file_that_is_a_folder(copy: Path) -> None:
    (copy / "countries.csv").unlink()
    (copy / "countries.csv").mkdir()
    with pytest.raises(DatasetError, match=r"^countries\.csv: is a folder"):
        load_dataset(copy)


@pytest.mark.parametrize("name", ["/etc/passwd", "file"])
def test_a_dataset_folder_that_is_a_file(tmp_path: Path, name: str) -> None:
    path = Path(name) if name.startswith("/") else tmp_path / name
    if not path.exists():
        path.write_text("x", encoding="utf-8")
    with pytest.raises(DatasetError, match="not a dataset folder") as info:
        load_dataset(path)
    _one_line(str(info.value))
