"""Command-line polish: help for every command and option, refusals instead of silent
ignoring, batch folders, singular and plural, and the CSV that says whose figures it holds."""

from __future__ import annotations

import argparse
import csv
import io
from pathlib import Path

import pytest

from calculator.cli import build_parser, main
from calculator.storage import bundled_dataset


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _parsers() -> dict[str, argparse.ArgumentParser]:
    """The top-level parser and every subcommand's, nested ones too, by command path."""
    found: dict[str, argparse.ArgumentParser] = {}

    def walk(path: str, parser: argparse.ArgumentParser) -> None:
        found[path] = parser
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    walk(f"{path} {name}".strip(), sub)

    walk("", build_parser())
    return found


@pytest.mark.parametrize("command", sorted(_parsers()))
def test_help_never_shows_double_percent(capsys: pytest.CaptureFixture[str], command: str) -> None:
    with pytest.raises(SystemExit) as info:
        main([*command.split(), "--help"])
    out = capsys.readouterr().out
    assert info.value.code == 0
    assert "%%" not in out
    assert "usage: budget-calculator" in out


def test_every_option_has_help_and_every_command_a_description() -> None:
    missing = []
    for path, parser in _parsers().items():
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction) or action.help == argparse.SUPPRESS:
                continue
            if not action.help:
                missing.append(f"{path or 'budget-calculator'} {'/'.join(action.option_strings)}")
        if path:
            assert parser.description, path
    assert not missing, missing


def test_default_ally_is_stated(capsys: pytest.CaptureFixture[str]) -> None:
    for command in ("project", "report"):
        with pytest.raises(SystemExit):
            main([command, "--help"])
        out = " ".join(capsys.readouterr().out.split())
        assert "default ESP, Spain" in out, command
        assert "(default 2035)" in out


def test_report_alliance_refuses_country(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "all.pdf"
    code, _, err = run(capsys, "report", "--alliance", "--country", "POL", "-o", str(out))
    assert code == 2
    assert err.startswith("budget-calculator: error: --country: not with --alliance")
    assert len(err.strip().splitlines()) == 1
    assert not out.exists()


def test_all_allies_creates_the_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder = tmp_path / "new" / "reports"
    code, out, _ = run(capsys, "report", "--all-allies", "-o", str(folder), "--type", "csv")
    assert code == 0, out
    names = sorted(p.name for p in folder.iterdir())
    allies = [c.iso3 for c in bundled_dataset().allies() if c.has_nato_figure]
    assert names == sorted(f"{iso3}.csv" for iso3 in allies)
    assert out.strip() == f"Wrote {len(names)} reports to {folder}"


def test_refused_batch_leaves_no_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder = tmp_path / "never"
    code, _, err = run(
        capsys, "report", "--all-allies", "--increment", "5", "-o", str(folder), "--type", "csv"
    )
    assert code == 2, err
    assert not folder.exists()


def test_batch_into_a_file_name_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "report", "--all-allies", "-o", str(tmp_path / "all.pdf"))
    assert code == 2
    assert "--output: batch reports are written into a folder" in err
    assert list(tmp_path.iterdir()) == []


def test_one_report_is_singular(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from calculator.core.models import Scenario
    from calculator.storage import save_scenario

    scenario = tmp_path / "poland.scenario.json"
    save_scenario(scenario, Scenario(country="POL"))
    folder = tmp_path / "out"
    code, out, err = run(capsys, "report", str(scenario), "-o", str(folder), "--type", "json")
    assert code == 0, err
    assert out.strip() == f"Wrote 1 report to {folder}"
    assert (folder / "poland.json").is_file()


def test_project_csv_names_ally_currency_and_dataset(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, _ = run(capsys, "project", "--country", "BEL", "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    ds = bundled_dataset()
    assert {(r["ally"], r["ally_name"], r["currency"], r["dataset_id"]) for r in rows} == {
        ("BEL", "Belgium", "EUR", ds.id)
    }
    assert [int(r["year"]) for r in rows] == list(range(2026, 2036))
    # the same columns and figures as `report -o x.csv`
    path = tmp_path / "x.csv"
    assert run(capsys, "report", "--country", "BEL", "-o", str(path))[0] == 0
    assert path.read_text(encoding="utf-8").rstrip("\n") == out.rstrip("\n")


def test_abbreviated_flags_are_refused(capsys):
    """``--growth`` must not quietly mean ``--growth-adjust`` (argparse's abbreviations)."""
    from calculator.cli import main

    assert main(["project", "--country", "ESP", "--growth", "5"]) == 2
    err = capsys.readouterr().err
    assert "--growth" in err
    assert len(err.strip().splitlines()) == 1
