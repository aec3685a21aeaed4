"""Scenario options given before the command reach it, or are refused; never silently dropped.

The top level takes the scenario options too (they shape the window it opens), so
``budget-calculator --country POL project`` once printed Spain: the command's own copy of
``--country`` overwrote POL with its default.
"""

import json

import pytest

from calculator.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def project_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    code, out, err = run(capsys, *argv)
    assert code == 0, err
    return json.loads(out)


def test_country_before_the_command_is_used(capsys):
    before = project_json(capsys, "--country", "POL", "project", "--format", "json")
    after = project_json(capsys, "project", "--country", "POL", "--format", "json")
    assert before["country"]["iso3"] == "POL"
    assert before == after


def test_the_value_after_the_command_wins_over_the_one_before(capsys):
    doc = project_json(
        capsys, "--country", "POL", "project", "--country", "DEU", "--format", "json"
    )
    assert doc["country"]["iso3"] == "DEU"


def test_path_before_and_options_after_combine(capsys):
    split = project_json(
        capsys, "--spending-growth", "8", "project", "--country", "POL", "--format", "json"
    )
    whole = project_json(
        capsys, "project", "--spending-growth", "8", "--country", "POL", "--format", "json"
    )
    assert split["assumptions"] == whole["assumptions"]
    assert split["assumptions"]["core"]["growth_pct"] == 8
    assert split["assumptions"]["country"] == "POL"


def test_two_paths_split_around_the_command_are_refused(capsys):
    code, out, err = run(capsys, "--spending-growth", "8", "project", "--glide", "3.5:2035")
    assert code == 2
    assert out == ""
    assert err.strip().splitlines() == [
        "budget-calculator: error: --glide: not allowed with --spending-growth (give one of them)"
    ]


def test_country_before_alliance_is_refused(capsys):
    code, out, err = run(capsys, "--country", "POL", "alliance")
    assert code == 2
    assert "--country: not with alliance" in err
    assert out == ""


def test_data_list_and_yes_no_in_the_chosen_language(capsys):
    code, out, _ = run(capsys, "--lang", "de", "data", "list")
    assert code == 0
    header = out.splitlines()[0].split()
    assert header == ["ID", "Art", "Ausgaben", "Ausgabe", "Stichtag", "Importiert", "Quelle"]
    assert "mitgeliefert" in out
    assert "juli 2026" in out.lower()
    assert out.rstrip().endswith("* der aktive Datensatz (`data use ID`)")
    code, out, _ = run(capsys, "data", "list")
    assert out.splitlines()[0].split()[1:3] == ["Kind", "Editions"]


def test_format_table_yes_no_follows_the_language():
    from calculator.exports.locales import set_language
    from calculator.exports.tabular import format_table
    from calculator.storage.translations import translator

    try:
        set_language("fr", translator("fr"))
        assert format_table([{"a": True}, {"a": False}], [("a", "A")]).split()[-2:] == [
            "oui",
            "non",
        ]
    finally:
        set_language("en")
    assert format_table([{"a": True}], [("a", "A")]).split()[-1] == "yes"
