"""A full disk (a 64 KB tmpfs) for every export and save: exit 1, one clear line, old file kept.

Needs root to mount the tmpfs; skipped with the reason otherwise.
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from calculator.cli import main
from calculator.core.models import Scenario
from calculator.storage import WriteError, save_scenario, write_autosave

OLD = b"the previous good file\n" * 60


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    if not sys.platform.startswith("linux"):
        pytest.skip("tmpfs is Linux")
    folder = tmp_path / "disk"
    folder.mkdir()
    try:
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(folder)],
            check=True,
            capture_output=True,
            timeout=20,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        pytest.skip(f"cannot mount a small tmpfs (needs root): {exc}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False, capture_output=True, timeout=20)


def _fill(folder: Path) -> None:
    """Take every free block, so that the next write fails with ENOSPC."""
    with (folder / "filler").open("wb", buffering=0) as fh:
        for size in (4096, 512, 1):
            with contextlib.suppress(OSError):
                while True:
                    fh.write(b"\0" * size)


def _prepare(folder: Path, name: str) -> Path:
    for p in folder.iterdir():
        if p.is_dir():
            for q in p.iterdir():
                q.unlink()
            p.rmdir()
        else:
            p.unlink()
    target = folder / name
    target.write_bytes(OLD)
    _fill(folder)
    return target


def _left(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


CLI_CASES: dict[str, Callable[[Path], list[str]]] = {
    f"report {fmt}": (lambda fmt: lambda t: ["report", "--country", "EST", "-o", str(t)])(fmt)
    for fmt in ("pdf", "xlsx", "csv", "json", "png", "svg")
} | {
    f"alliance {fmt}": (lambda fmt: lambda t: ["report", "--alliance", "-o", str(t)])(fmt)
    for fmt in ("pdf", "xlsx", "csv", "json")
}


@pytest.mark.parametrize("case", list(CLI_CASES))
def test_a_full_disk_fails_every_export_cleanly(
    disk: Path, capsys: pytest.CaptureFixture[str], tally, case: str
) -> None:
    ext = case.split()[-1]
    target = _prepare(disk, f"report.{ext}")
    code = main(CLI_CASES[case](target))
    out, err = capsys.readouterr()
    assert code == 1, (case, err)
    assert out == ""
    assert err.count("\n") == 1, err
    assert "No space left on device" in err
    assert str(target) in err
    assert target.read_bytes() == OLD
    assert _left(disk) == []
    tally["full-disk cases"] += 1


def test_a_full_disk_fails_a_batch_and_counts_nothing_written(
    disk: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], tally
) -> None:
    files = []
    for name, country in (("a", "EST"), ("b", "LVA")):
        path = tmp_path / f"{name}.scenario.json"
        save_scenario(path, Scenario(country=country))
        files.append(str(path))
    (disk / "out").mkdir()
    (disk / "out" / "a.pdf").write_bytes(OLD)
    _fill(disk)
    code = main(["report", "-o", str(disk / "out"), *files])
    _out, err = capsys.readouterr()
    assert code == 1
    assert "(0 of 2 reports written)" in err.splitlines()[-1]
    assert (disk / "out" / "a.pdf").read_bytes() == OLD
    assert _left(disk / "out") == []
    tally["full-disk cases"] += 1


@pytest.mark.gui
def test_a_full_disk_fails_the_screenshot_cleanly(
    disk: Path, capsys: pytest.CaptureFixture[str], tally
) -> None:
    target = _prepare(disk, "shot.png")
    code = main(["--screenshot", str(target)])
    err = capsys.readouterr().err
    assert code == 1, err
    assert err.count("\n") == 1, err
    assert "No space left on device" in err
    assert target.read_bytes() == OLD
    assert _left(disk) == []
    tally["full-disk cases"] += 1


@pytest.mark.parametrize("what", ["scenario", "autosave"])
def test_a_full_disk_fails_saves_cleanly(disk: Path, tally, what: str) -> None:
    name = "plan.scenario.json" if what == "scenario" else "session-x.session.json"
    target = _prepare(disk, name)

    def save() -> None:
        if what == "scenario":
            save_scenario(target, Scenario(country="EST"))
        else:
            write_autosave(disk, [Scenario(country="EST")], [], session_id="x")

    with pytest.raises(WriteError, match="No space left on device") as info:
        save()
    assert "\n" not in str(info.value)
    assert "previous file, if any, is unchanged" in str(info.value)
    assert target.read_bytes() == OLD
    assert _left(disk) == []
    tally["full-disk cases"] += 1
