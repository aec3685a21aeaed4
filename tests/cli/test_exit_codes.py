"""One exit-status rule (2 bad input, 1 could not write or read), one-line messages that name
what the user gave (the flag, or the scenario file and its field), and writes that stay put.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from calculator.cli import main
from calculator.core.models import Scenario
from calculator.storage import save_scenario, scenario_to_json

REPO = Path(__file__).resolve().parents[2]
FORMATS = ["pdf", "xlsx", "csv", "json", "png", "svg"]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_line(err: str) -> str:
    assert err.count("\n") == 1, err
    assert err.startswith("budget-calculator: error: "), err
    assert "Traceback" not in err
    return err.removeprefix("budget-calculator: error: ").rstrip("\n")


def test_help_documents_the_exit_status(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--help"])
    assert info.value.code == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "exit status: 0 done; 2 bad input" in out
    assert "1 a file could not be written or read" in out


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_that_cannot_be_written_exits_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, fmt: str
) -> None:
    blocker = tmp_path / f"brief.{fmt}"
    blocker.mkdir()  # a folder where the file should go: the write must fail
    (blocker / "inside").write_text("kept", encoding="utf-8")
    code, out, err = run(capsys, "report", "--country", "EST", "-o", str(blocker))
    assert code == 1, err
    assert out == ""
    assert str(blocker) in one_line(err)
    assert (blocker / "inside").read_text(encoding="utf-8") == "kept"


@pytest.mark.parametrize("fmt", ["pdf", "xlsx", "csv", "json"])
def test_the_alliance_report_that_cannot_be_written_exits_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, fmt: str
) -> None:
    blocker = tmp_path / f"alliance.{fmt}"
    blocker.mkdir()
    code, _, err = run(capsys, "report", "--alliance", "-o", str(blocker))
    assert code == 1, err
    one_line(err)


@pytest.mark.parametrize("fmt", ["csv", "png"])
def test_a_symbolic_link_as_output_is_refused_and_its_target_kept(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, fmt: str
) -> None:
    other = tmp_path / "someone-else.txt"
    other.write_text("precious", encoding="utf-8")
    link = tmp_path / f"out.{fmt}"
    link.symlink_to(other)
    code, _, err = run(capsys, "report", "--country", "EST", "-o", str(link))
    assert code == 1
    assert "is a symbolic link" in one_line(err)
    assert other.read_text(encoding="utf-8") == "precious"
    assert link.is_symlink()


# ------------------------------------------------------------- errors name what was given
def _scenario_file(tmp_path: Path, **changes: object) -> Path:
    doc = json.loads(scenario_to_json(Scenario(country="ESP")))
    doc["scenario"].update(changes)
    path = tmp_path / "plan.scenario.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_a_file_value_is_blamed_on_the_file_not_on_a_flag(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = _scenario_file(tmp_path, horizon=2015)
    code, _, err = run(capsys, "project", "--scenario", str(path))
    assert code == 2
    message = one_line(err)
    assert message.startswith(f"{path}: scenario.horizon: "), message
    assert "--horizon" not in message


def test_a_typed_flag_is_still_blamed_on_the_flag(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = _scenario_file(tmp_path)
    code, _, err = run(capsys, "project", "--scenario", str(path), "--horizon", "2015")
    assert code == 2
    assert one_line(err).startswith("--horizon: ")


def test_a_file_threshold_year_is_blamed_on_the_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    thresholds = [{"value_pct": 3.5, "measure": "core", "target_year": 2051}]
    path = _scenario_file(tmp_path, thresholds=thresholds)
    code, _, err = run(capsys, "project", "--scenario", str(path))
    assert code == 2
    message = one_line(err)
    assert message.startswith(f"{path}: scenario.thresholds.0.target_year"), message


@pytest.mark.parametrize(
    "argv",
    [
        ["project", "--country", "X" * 5000],
        ["project", "--real-growth", "y" * 5000],
        ["project", "--glide", "z" * 5000],
        ["project", "--thresholds", "core:" + "9" * 5000],
    ],
)
def test_long_values_are_cut(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 2
    message = one_line(err)
    assert len(message) <= 400
    assert "…" in message


def test_a_data_folder_that_is_a_file_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--data", "/etc/passwd", "countries")
    assert code == 2
    assert "not a dataset folder" in one_line(err)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
def test_a_full_stdout_is_one_line_and_exit_1() -> None:
    with open("/dev/full", "w") as full:
        proc = subprocess.run(
            [sys.executable, "-m", "calculator", "countries"],
            cwd=REPO,
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
            env=os.environ | {"QT_QPA_PLATFORM": "offscreen"},
            check=False,
        )
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr.count("\n") == 1, proc.stderr
    assert "standard output: cannot write (No space left on device)" in proc.stderr


# ------------------------------------------------------------------------- screenshot
@pytest.mark.parametrize("name", ["brief.pdf", "shot", "shot.PNG.txt"])
def test_screenshot_must_be_a_png(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str
) -> None:
    code, _, err = run(capsys, "--screenshot", str(tmp_path / name))
    assert code == 2
    assert "must end in .png" in one_line(err)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.gui
def test_screenshot_never_writes_through_a_link(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    other = tmp_path / "brief.pdf"
    other.write_bytes(b"%PDF precious")
    link = tmp_path / "shot.png"
    link.symlink_to(other)
    code, _, err = run(capsys, "--screenshot", str(link))
    assert code == 1
    assert "is a symbolic link" in one_line(err)
    assert other.read_bytes() == b"%PDF precious"
    code, _, err = run(capsys, "--screenshot", str(tmp_path / "real.png"))
    assert code == 0, err
    assert (tmp_path / "real.png").read_bytes().startswith(b"\x89PNG")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


# ------------------------------------------------------------------------------ batch
def test_batch_files_sharing_a_name_get_unique_reports(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    files = []
    for folder, country in (("d1", "EST"), ("d2", "LVA"), ("d3", "LTU")):
        (tmp_path / folder).mkdir()
        path = tmp_path / folder / "plan.scenario.json"
        save_scenario(path, Scenario(country=country))
        files.append(str(path))
    out = tmp_path / "out"
    out.mkdir()
    code, stdout, err = run(capsys, "report", "--type", "json", "-o", str(out), *files)
    assert code == 0, err
    assert sorted(p.name for p in out.iterdir()) == ["plan-2.json", "plan-3.json", "plan.json"]
    countries = {
        json.loads((out / n).read_text(encoding="utf-8"))["country"]["iso3"]
        for n in ("plan.json", "plan-2.json", "plan-3.json")
    }
    assert countries == {"EST", "LVA", "LTU"}
    assert "Wrote 3 reports" in stdout


def test_a_batch_that_fails_counts_only_what_was_written(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    files = []
    for name, country in (("a", "EST"), ("b", "LVA")):
        path = tmp_path / f"{name}.scenario.json"
        save_scenario(path, Scenario(country=country))
        files.append(str(path))
    (out / "b.csv").mkdir()  # the second report cannot be written
    code, stdout, err = run(capsys, "report", "--type", "csv", "-o", str(out), *files)
    assert code == 1
    assert stdout == ""
    last = err.splitlines()[-1] + "\n"  # after the progress lines
    assert "(1 of 2 reports written)" in one_line(last)
    assert (out / "a.csv").is_file()


def test_stale_temps_in_the_output_folder_are_cleaned_at_start(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    stale = tmp_path / ".brief.csv.0a1b2c3d.tmp"
    stale.write_bytes(b"half a report")
    os.utime(stale, (0, 0))
    fresh = tmp_path / ".brief.csv.4e5f6a7b.tmp"  # another run may be writing it right now
    fresh.write_bytes(b"being written")
    code, _, err = run(capsys, "report", "--country", "EST", "-o", str(tmp_path / "brief.csv"))
    assert code == 0, err
    assert not stale.exists()
    assert fresh.exists()
