"""``compare FILE... -o OUT`` and ``project --save-scenario FILE``: written, read back, refused."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import pytest

from calculator.cli import main
from calculator.storage import load_scenario


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_line(err: str) -> str:
    assert err.count("\n") == 1, err
    assert err.startswith("budget-calculator: error: "), err
    return err.removeprefix("budget-calculator: error: ").rstrip("\n")


@pytest.fixture
def files(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> list[Path]:
    """Three scenario files built with project --save-scenario."""
    made = []
    for name, flags in (
        ("es8", ["--spending-growth", "8"]),
        ("pl", ["--country", "POL", "--glide", "5:2030"]),
        ("lu", ["--country", "LUX", "--related-share", "1"]),
    ):
        path = tmp_path / f"{name}.scenario.json"
        code, _out, err = run(capsys, "project", *flags, "--save-scenario", str(path))
        assert code == 0, err
        made.append(path)
    return made


def test_save_scenario_round_trip_gives_the_same_numbers(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "plan.scenario.json"
    flags = ["--country", "Poland", "--glide", "5:2031", "--related-glide", "1.2:2033"]
    flags += ["--thresholds", "core:3.5@2030,total:5", "--horizon", "2040"]
    code, direct, err = run(
        capsys, "project", *flags, "--format", "json", "--save-scenario", str(path)
    )
    assert code == 0, err
    scenario, dataset_id = load_scenario(path)
    assert (scenario.country, scenario.core.glide_target_pct, scenario.horizon) == (
        "POL",
        5.0,
        2040,
    )
    assert dataset_id
    code, again, err = run(capsys, "project", "--scenario", str(path), "--format", "json")
    assert code == 0, err
    a, b = json.loads(direct), json.loads(again)
    for key in (
        "years",
        "gdp_bn",
        "core_defence_bn",
        "core_share_pct",
        "total_share_pct",
        "thresholds",
    ):
        assert a[key] == b[key], key


def test_save_scenario_refuses_bad_paths_and_keeps_old_files(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _o, err = run(
        capsys, "project", "--save-scenario", str(tmp_path / "nope" / "a.scenario.json")
    )
    assert code == 2
    assert one_line(err).startswith("--save-scenario: folder ")
    code, _o, err = run(capsys, "project", "--save-scenario", str(tmp_path / "a.txt"))
    assert code == 2
    assert "--save-scenario: 'a.txt' must end in .scenario.json" in one_line(err)
    # a bad flag: nothing written
    target = tmp_path / "b.scenario.json"
    code, _o, err = run(capsys, "project", "--glide", "30:2030", "--save-scenario", str(target))
    assert code == 2
    assert not target.exists()
    # could not write: exit 1, the old file intact
    target.write_text("old", encoding="utf-8")

    def refuse(*_a: object, **_k: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    code, out, err = run(capsys, "project", "--save-scenario", str(target))
    assert code == 1
    assert str(target) in one_line(err)
    assert out == ""
    assert target.read_text(encoding="utf-8") == "old"


def test_compare_prints_the_table(capsys: pytest.CaptureFixture[str], files: list[Path]) -> None:
    code, out, err = run(capsys, "compare", *map(str, files))
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].split("  ")[0] == "Scenario"
    assert "Extra vs a constant share cumulative to 2035" in lines[0]
    assert "Total share in 2035" in lines[0]  # Luxembourg has related spending
    spain = next(line for line in lines if line.startswith("Spain · 8 %/yr"))
    assert "2028" in spain
    assert "not by 2035 (2041)" in spain
    assert any(line.startswith("Poland · 5 % by 2030") and "already met" in line for line in lines)


def test_compare_writes_csv_xlsx_and_pdf_that_read_back(
    capsys: pytest.CaptureFixture[str], files: list[Path], tmp_path: Path
) -> None:
    import openpyxl
    from pypdf import PdfReader

    out = tmp_path / "cmp.csv"
    code, text, err = run(
        capsys, "compare", *map(str, files), "-o", str(out), "--baseline", "cash-freeze"
    )
    assert (code, text.strip()) == (0, f"Wrote {out}"), err
    rows = list(csv.DictReader(out.read_text(encoding="utf-8").splitlines()))
    assert [r["ally"] for r in rows] == ["ESP", "POL", "LUX"]
    assert rows[0]["reach_core_2.1_by_2035"] == "2028"
    assert {r["baseline"] for r in rows} == {"cash-freeze"}

    out = tmp_path / "cmp.xlsx"
    assert run(capsys, "compare", *map(str, files), "-o", str(out))[0] == 0
    ws = openpyxl.load_workbook(out)["Comparison"]
    assert [ws.cell(r, 1).value for r in (4, 5, 6)] == [
        "Spain · 8 %/yr",
        "Poland · 5 % by 2030",
        "Luxembourg · constant share",
    ]
    assert ws.cell(4, 2).value == 2028
    assert len(ws._charts) == 1

    out = tmp_path / "cmp.pdf"
    assert run(capsys, "compare", *map(str, files), "-o", str(out), "--paper", "letter")[0] == 0
    reader = PdfReader(out)
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    assert "Scenarios side by side" in text
    for label in ("Spain · 8 %/yr", "Poland · 5 % by 2030", "Luxembourg · constant share"):
        assert label in text
    assert "not by 2035 (2041)" in text
    assert reader.pages[0].mediabox.width == pytest.approx(612, abs=1)  # letter
    assert len(reader.pages[0].images) >= 1  # the overlay chart


def test_compare_bad_input_exits_2_naming_it(
    capsys: pytest.CaptureFixture[str], files: list[Path], tmp_path: Path
) -> None:
    missing = tmp_path / "missing.scenario.json"
    code, out, err = run(
        capsys, "compare", str(files[0]), str(missing), "-o", str(tmp_path / "x.csv")
    )
    assert (code, out) == (2, "")
    assert str(missing) in one_line(err)
    assert not (tmp_path / "x.csv").exists()

    bad = tmp_path / "bad.scenario.json"
    bad.write_text(
        '{"schema": "calculator.scenario/1", "scenario": {"horizon": 2099}}', encoding="utf-8"
    )
    code, _o, err = run(capsys, "compare", str(bad))
    assert code == 2
    assert one_line(err).startswith(f"{bad}: scenario.horizon")

    code, _o, err = run(capsys, "compare", str(files[0]), "-o", str(tmp_path / "x.docx"))
    assert code == 2
    assert (
        one_line(err)
        == "--output: x.docx: unknown comparison type '.docx'; allowed .pdf, .xlsx, .csv"
    )

    code, _o, err = run(capsys, "compare", str(files[0]), "--baseline", "gold")
    assert code == 2
    assert "--baseline" in one_line(err)

    code, _o, err = run(capsys, "compare", *[str(files[0])] * 7)
    assert code == 2
    assert one_line(err) == "compare: 7 scenario files given; allowed 1 to 6"


def test_compare_that_cannot_be_written_exits_1_old_file_intact(
    capsys: pytest.CaptureFixture[str], files: list[Path], tmp_path: Path
) -> None:
    blocker = tmp_path / "cmp.xlsx"
    blocker.mkdir()  # a folder in the way
    (blocker / "inside").write_text("kept", encoding="utf-8")
    code, out, err = run(capsys, "compare", *map(str, files), "-o", str(blocker))
    assert (code, out) == (1, "")
    assert str(blocker) in one_line(err)
    assert (blocker / "inside").read_text(encoding="utf-8") == "kept"


def test_compare_on_another_dataset_edition(
    capsys: pytest.CaptureFixture[str], files: list[Path]
) -> None:
    code, now, err = run(capsys, "compare", str(files[1]))
    assert code == 0, err
    code, before, err = run(capsys, "compare", str(files[1]), "--dataset", "bundled@2025")
    assert code == 0, err
    assert now != before
