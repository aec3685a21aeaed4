"""`data list | import | use | remove`, `--dataset ID` and `diff` (issue 14)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from calculator.cli import main
from calculator.storage import bundled_dataset

_spec = importlib.util.spec_from_file_location(
    "release_files", Path(__file__).parents[1] / "storage" / "release_files.py"
)
assert _spec
assert _spec.loader
rf = importlib.util.module_from_spec(_spec)
sys.modules["release_files"] = rf
_spec.loader.exec_module(rf)

BUNDLED_ID = bundled_dataset().id
WORKBOOK = (
    Path(__file__).resolve().parents[3]
    / "shared/data/nato/2024-edition/240617-def-exp-2024-TABLES-en.xlsx"
)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def imported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    path = rf.write_workbook(tmp_path / "nato.xlsx", rf.nato_tables(equipment=True))
    code, out, err = run(capsys, "data", "import", str(path))
    assert code == 0, err
    assert out.startswith("Imported nato.xlsx as nato-")
    return out.split(" as ")[1].split(":")[0]


def test_data_list_names_the_bundled_dataset_as_active(capsys):
    code, out, _ = run(capsys, "data", "list", "--format", "json")
    assert code == 0
    doc = json.loads(out)
    assert doc["active"] == BUNDLED_ID
    assert [d["kind"] for d in doc["datasets"]] == ["bundled"]


def test_import_use_project_and_remove(imported, capsys):
    code, out, _ = run(capsys, "data", "list")
    assert imported in out
    assert "*  " + BUNDLED_ID in out
    code, out, _ = run(capsys, "data", "use", imported)
    assert (code, out.split(":")[0]) == (0, "Active dataset")
    # JSON output names the active dataset; the projection runs on its 2024 edition.
    code, out, _ = run(capsys, "project", "--country", "SVK", "--format", "json")
    assert code == 0
    doc = json.loads(out)
    assert doc["dataset"]["id"] == imported
    assert doc["base_year"] == 2024
    assert doc["core_share_pct"][0] == pytest.approx(rf.share("SVK", 10))
    code, out, _ = run(capsys, "data", "remove", imported)
    assert code == 0
    assert out.strip() == f"Removed {imported}; active dataset: {BUNDLED_ID}."
    code, out, _ = run(capsys, "project", "--country", "SVK", "--format", "json")
    assert json.loads(out)["dataset"]["id"] == BUNDLED_ID


def test_dataset_flag_picks_a_dataset_for_one_command(imported, capsys):
    for command in (["project", "--country", "ESP"], ["alliance"]):
        code, out, err = run(capsys, *command, "--dataset", imported, "--format", "json")
        assert code == 0, err
        assert json.loads(out)["dataset"]["id"] == imported
    code, out, _ = run(capsys, "project", "--country", "ESP", "--format", "json")
    assert json.loads(out)["dataset"]["id"] == BUNDLED_ID  # the active one is unchanged


def test_report_uses_the_dataset_flag(imported, tmp_path, capsys):
    out_path = tmp_path / "r.json"
    code, _, err = run(
        capsys, "report", "--country", "ESP", "--dataset", imported, "-o", str(out_path)
    )
    assert code == 0, err
    assert json.loads(out_path.read_text(encoding="utf-8"))["dataset"]["id"] == imported


@pytest.mark.skipif(not WORKBOOK.is_file(), reason="NATO's workbook not here")
def test_diff_of_natos_2024_workbook_against_the_2026_edition(capsys):
    code, out, err = run(capsys, "data", "import", str(WORKBOOK))
    assert code == 0, err
    new = out.split(" as ")[1].split(":")[0]
    code, out, err = run(
        capsys,
        "diff",
        "--country",
        "ESP",
        "--dataset",
        "bundled",
        "--dataset",
        new,
        "--format",
        "json",
    )
    assert code == 0, err
    doc = json.loads(out)
    assert doc["schema"] == "calculator.diff/1"
    assert [d["id"] for d in doc["datasets"]] == [BUNDLED_ID, new]
    rows = {r["key"]: r for r in doc["rows"]}
    assert (rows["base_year"]["a"], rows["base_year"]["b"]) == (2026, 2024)
    assert rows["base_share_pct"]["b"] == pytest.approx(1.282549642204323)
    assert rows["base_share_pct"]["change"] == pytest.approx(
        rows["base_share_pct"]["b"] - rows["base_share_pct"]["a"]
    )
    assert "required_growth:core:3.5" in rows


def test_diff_between_bundled_editions_shows_polands_revision(capsys):
    code, out, err = run(
        capsys,
        "diff",
        "--country",
        "POL",
        "--base-year",
        "2025",
        "--dataset",
        "bundled@2025",
        "--dataset",
        "bundled",
        "--format",
        "json",
    )
    assert code == 0, err
    rows = {r["key"]: r for r in json.loads(out)["rows"]}
    # Poland 2025e: 4.48 % in the August 2025 edition, 4.25 % in July 2026 (issue 14).
    assert rows["base_share_pct"]["a"] == pytest.approx(4.48, abs=0.005)
    assert rows["base_share_pct"]["b"] == pytest.approx(4.25, abs=0.005)
    code, out, _ = run(
        capsys, "diff", "--country", "POL", "--dataset", "bundled@2025", "--dataset", "bundled"
    )
    # the bundled dataset is named as --dataset takes it, not by its 28-character id
    assert "A: bundled · NATO August 2025 (edition 2025)" in out
    assert BUNDLED_ID not in out
    assert "Base share, % of GDP" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["data", "use", "nope"], "data use: dataset 'nope' is not known; allowed bundled"),
        (["data", "remove", "bundled"], "ships with the app and cannot be removed"),
        (["data", "import", "missing.xlsx"], "data import: missing.xlsx: no such file"),
        (["project", "--dataset", "nope"], "--dataset: dataset 'nope' is not known"),
        (["diff", "--dataset", "bundled"], "--dataset: give exactly two (A and B); 1 given"),
        (["diff", "--dataset", "bundled@2019", "--dataset", "bundled"], "has no 2019 edition"),
        (["data"], "the following arguments are required: data_command"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(capsys, argv, message):
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert message in err
    assert err.count("\n") == 1


def test_an_edition_the_dataset_lacks_is_refused(imported, capsys):
    code, _, err = run(capsys, "project", "--dataset", imported, "--edition", "2026")
    assert code == 2
    assert f"--edition: dataset {imported} has no 2026 edition; allowed 2024" in err


def test_a_bad_workbook_is_refused_naming_the_cell(tmp_path, capsys):
    tables = rf.nato_tables()
    tables["TABLE3"][rf.find_row(tables["TABLE3"], "Spain")][4] = "n/k"
    path = rf.write_workbook(tmp_path / "bad.xlsx", tables)
    code, _, err = run(capsys, "data", "import", str(path))
    assert code == 2
    assert "data import: bad.xlsx: TABLE3 (Table 3), row " in err
    assert "column E (2015): 'n/k' is not a number" in err


def test_a_user_folder_that_cannot_be_written_is_exit_1(tmp_path, capsys, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("BUDGET_CALCULATOR_DATA_DIR", str(blocker / "inside"))
    path = rf.write_workbook(tmp_path / "nato.xlsx", rf.nato_tables())
    code, _, err = run(capsys, "data", "import", str(path))
    assert code == 1
    assert "cannot create" in err


def test_project_shows_the_equipment_guideline_where_the_dataset_has_table_8a(imported, capsys):
    code, out, err = run(
        capsys, "project", "--country", "ESP", "--dataset", imported, "--format", "json"
    )
    assert code == 0, err
    doc = json.loads(out)
    eq = doc["equipment"]
    # The generated Table 8a: equipment 15 % + k in year k, so 25 % in 2024e.
    assert eq["years"] == list(range(2014, 2025))
    assert eq["equipment_share_pct"][-1] == 25.0
    assert eq["personnel_share_pct"][0] == 50.0
    assert eq["status"][-1] == "estimate"
    assert eq["meets_guideline"] is True
    assert eq["edition"] == "2024"
    assert "Table 8a" in eq["source"]
    assert eq["money_at_guideline_bn"] == pytest.approx([0.2 * v for v in doc["core_defence_bn"]])
    code, out, _ = run(capsys, "project", "--country", "ESP", "--dataset", imported)
    assert "Equipment: 25.0% of defence spending in 2024e (meets NATO's 20% guideline)" in out
    code, out, _ = run(capsys, "project", "--country", "ESP", "--format", "json")
    assert "equipment" not in json.loads(out)  # the bundled editions have no Table 8a


# ------------------------------------------------------------- --edition from the dataset
@pytest.fixture
def imported_2027(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch) -> str:
    """A release whose Table 3 runs to 2027e: the 2027 edition, which the app never shipped."""
    monkeypatch.setattr(rf, "YEARS", [*rf.YEARS[:-2], 2023, 2024, "2025", "2026e", "2027e"])
    path = rf.write_workbook(tmp_path / "nato-2027.xlsx", rf.nato_tables())
    code, out, err = run(capsys, "data", "import", str(path))
    assert code == 0, err
    assert "edition 2027" in out
    return out.split(" as ")[1].split(":")[0]


def test_an_imported_2027_edition_is_accepted_by_edition(imported_2027, tmp_path, capsys):
    code, out, err = run(
        capsys,
        "project",
        "--country",
        "POL",
        "--dataset",
        imported_2027,
        "--edition",
        "2027",
        "--format",
        "json",
    )
    assert code == 0, err
    doc = json.loads(out)
    assert doc["assumptions"]["nato_edition"] == "2027"
    assert doc["base_year"] == 2027
    assert doc["core_share_pct"][0] == pytest.approx(rf.share("POL", len(rf.YEARS) - 1))
    # the active dataset too, once `data use` made it so; and `countries` lists that edition
    run(capsys, "data", "use", imported_2027)
    code, out, err = run(capsys, "countries", "--edition", "2027", "--format", "json")
    assert code == 0, err
    assert "2027" in out
    out_path = tmp_path / "pol-2027.json"
    code, _, err = run(
        capsys, "report", "--country", "POL", "--edition", "2027", "-o", str(out_path)
    )
    assert code == 0, err
    report = json.loads(out_path.read_text(encoding="utf-8"))
    assert (report["dataset"]["id"], report["base_year"]) == (imported_2027, 2027)


@pytest.mark.parametrize("command", ["project", "countries", "report", "alliance"])
def test_an_unknown_edition_gets_the_allowed_list_in_one_line(imported_2027, capsys, command):
    extra = ["-o", "x.pdf"] if command == "report" else []
    if command == "countries":  # no --dataset: the active (bundled) one
        code, out, err = run(capsys, command, "--edition", "2031")
    else:
        code, out, err = run(
            capsys, command, "--dataset", imported_2027, "--edition", "2031", *extra
        )
    assert code == 2
    assert out == ""
    expected = imported_2027 if command != "countries" else BUNDLED_ID
    allowed = "2027" if command != "countries" else "2024, 2025, 2026"
    assert err.count("\n") == 1
    assert f"--edition: dataset {expected} has no 2031 edition; allowed {allowed}" in err


def test_the_bundled_editions_still_work_and_a_word_is_quoted(capsys):
    code, out, err = run(
        capsys, "project", "--country", "POL", "--edition", "2025", "--format", "json"
    )
    assert code == 0, err
    assert json.loads(out)["assumptions"]["nato_edition"] == "2025"
    code, _, err = run(capsys, "project", "--edition", "latest")
    assert code == 2
    assert (
        "--edition: dataset " + BUNDLED_ID + " has no 'latest' edition; allowed 2024, 2025, 2026"
        in err
    )
    code, _, err = run(
        capsys, "diff", "--dataset", "bundled", "--dataset", "bundled@2025", "--edition", "2027"
    )
    assert code == 2
    assert "has no 2027 edition" in err


# ------------------------------------------------------------- report --vintages
@pytest.mark.parametrize(
    ("extra", "out", "message"),
    [
        (
            ["--vintages", "nope"],
            "r.pdf",
            "--vintages: dataset 'nope' is not known; allowed bundled",
        ),
        (
            ["--vintages", "bundled@2019"],
            "r.pdf",
            f"--vintages: dataset {BUNDLED_ID} has no 2019 edition; allowed 2024, 2025, 2026",
        ),
        (
            ["--vintages", "bundled"],
            "r.pdf",
            f"--vintages: {BUNDLED_ID}@2026 is the dataset and edition the report uses; "
            "give another, e.g. bundled@2025",
        ),
        (
            ["--vintages", "bundled@2025"],
            "r.csv",
            "section of PDF, xlsx and json reports; not of 'csv'",
        ),
        (["--vintages", "bundled@2025", "--alliance"], "r.pdf", "--vintages: one ally's scenario"),
    ],
)
def test_report_vintages_refusals_are_one_line(tmp_path, capsys, extra, out, message):
    argv = ["report", *([] if "--alliance" in extra else ["--country", "POL"]), *extra]
    code, stdout, err = run(capsys, *argv, "-o", str(tmp_path / out))
    assert (code, stdout) == (2, "")
    assert message in err
    assert err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []  # nothing written


def test_report_vintages_in_a_batch(tmp_path, capsys):
    code, _, err = run(
        capsys,
        "report",
        "--all-allies",
        "--edition",
        "2025",
        "--vintages",
        "bundled@2026",
        "--type",
        "json",
        "-o",
        str(tmp_path / "all"),
    )
    assert code == 0, err
    pol = json.loads((tmp_path / "all" / "POL.json").read_text(encoding="utf-8"))
    assert pol["vintages"]["b"]["edition"] == "2026"
    assert pol["vintages"]["rows"][1]["key"] == "base_share_pct"
    assert pol["vintages"]["rows"][1]["a"] == pytest.approx(pol["core_share_pct"][0])
    code, _, err = run(
        capsys,
        "report",
        "--all-allies",
        "--vintages",
        "bundled@2025",
        "--type",
        "png",
        "-o",
        str(tmp_path / "png"),
    )
    assert code == 2
    assert "not of 'png'" in err


# ------------------------------------------------------------- review of issue 14
def test_diff_writes_base_year_money_as_reports_do_montenegro_in_millions(capsys):
    """Montenegro's 0.19 bn read "0.19" under "bn EUR"; now "190 m EUR" as every report says."""
    argv = ["diff", "--country", "MNE", "--dataset", "bundled@2025", "--dataset", "bundled"]
    code, out, err = run(capsys, *argv, "--format", "json")
    assert code == 0, err
    row = next(r for r in json.loads(out)["rows"] if r["key"] == "base_core_bn")
    assert row["label"] == "Base-year core spending"
    assert 0.1 < row["a"] < 1.0  # the number stays in billions for scripts
    assert row["a_text"] == f"{row['a'] * 1000:,.0f} m EUR"
    assert row["b_text"] == f"{row['b'] * 1000:,.0f} m EUR"
    sign = "+" if row["change"] > 0 else "\u2212"
    assert row["change_text"] == f"{sign}{abs(row['change']) * 1000:,.0f} m EUR"
    code, out, _ = run(capsys, *argv)
    line = next(x for x in out.splitlines() if x.startswith("Base-year core spending"))
    assert "m EUR" in line
    assert "bn" not in line
    code, out, _ = run(
        capsys, "diff", "--country", "POL", "--dataset", "bundled@2025", "--dataset", "bundled"
    )
    line = next(x for x in out.splitlines() if x.startswith("Base-year core spending"))
    assert " bn PLN" in line  # a large ally keeps billions


def test_a_threshold_met_on_both_sides_did_not_move(capsys):
    """Poland meets 2.1 % in both editions: "met (2025)" beside "met (2026)" is "same", not +1."""
    code, out, err = run(
        capsys,
        "diff",
        "--country",
        "POL",
        "--dataset",
        "bundled@2025",
        "--dataset",
        "bundled",
        "--format",
        "json",
    )
    assert code == 0, err
    rows = {r["key"]: r for r in json.loads(out)["rows"]}
    assert rows["base_year"]["change"] == 1  # the base year itself did move
    met = rows["year_reached:core:2.1"]
    assert (met["a_text"], met["b_text"]) == ("met (2025)", "met (2026)")
    assert met["change"] is None
    assert met["change_text"] == "same"
    not_yet = rows["year_reached:total:5"]
    assert not_yet["change_text"] == "same"


def test_equipment_money_of_a_small_ally_is_in_millions(imported, capsys):
    """Montenegro's 20 % read "0.03 bn EUR"; the shared money formatter says millions."""
    code, out, err = run(capsys, "project", "--country", "MNE", "--dataset", imported)
    assert code == 0, err
    line = next(x for x in out.splitlines() if x.startswith("Equipment:"))
    code, doc_text, _ = run(
        capsys, "project", "--country", "MNE", "--dataset", imported, "--format", "json"
    )
    money = json.loads(doc_text)["equipment"]["money_at_guideline_bn"]
    assert money[0] < 0.1
    assert f"is {money[0] * 1000:,.0f} m EUR in the base year" in line
    assert f"and {money[-1] * 1000:,.0f} m EUR at the horizon" in line
    assert " bn" not in line
