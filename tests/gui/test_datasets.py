"""Datasets in the window (issue 14): import, the manager, switching, scenario files, Vintages.

Every test runs in its own user data folder (``BUDGET_CALCULATOR_DATA_DIR`` → ``tmp_path``);
message boxes and file dialogs are replaced in ``calculator.gui.files.common``.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from calculator.cli import build_parser, main
from calculator.core.models import Scenario
from calculator.exports import phrases, vintages
from calculator.gui.datasets import DatasetManagerDialog
from calculator.gui.files import common
from calculator.storage import bundled_dataset, releases, save_scenario

_spec = importlib.util.spec_from_file_location(
    "release_files", Path(__file__).parents[1] / "storage" / "release_files.py"
)
assert _spec
assert _spec.loader
rf = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("release_files", rf)
_spec.loader.exec_module(rf)

Button = QMessageBox.StandardButton
BUNDLED_ID = bundled_dataset().id


class Boxes:
    """Records message boxes instead of showing them, answering with ``answer``."""

    def __init__(self) -> None:
        self.shown: list[dict[str, object]] = []
        self.answer = Button.Ok

    def __call__(
        self,
        _parent,
        _icon,
        title,
        text,
        buttons=Button.Ok,
        _default=None,
        informative="",
        *,
        texts=None,
    ):
        self.shown.append(
            {
                "title": title,
                "text": text,
                "informative": informative,
                "buttons": buttons,
                "texts": dict(texts or {}),
            }
        )
        return self.answer


@pytest.fixture(autouse=True)
def user_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "user"
    monkeypatch.setenv("BUDGET_CALCULATOR_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def boxes(monkeypatch):
    rec = Boxes()
    monkeypatch.setattr(common, "message_box", rec)
    return rec


@pytest.fixture
def workbook(tmp_path: Path) -> Path:
    """A small NATO-layout workbook with Tables 1, 2, 3, 5 and 8a (edition 2024)."""
    return rf.write_workbook(tmp_path / "nato-tables.xlsx", rf.nato_tables(equipment=True))


@pytest.fixture
def imported(workbook: Path) -> str:
    """The workbook imported (not active); its dataset id."""
    return releases.import_release(workbook).id


def test_status_bar_names_the_dataset(window):
    assert window.dataset_label.text() == "Dataset: NATO July 2026 (bundled)"
    assert BUNDLED_ID in window.dataset_label.toolTip()


def test_import_via_the_data_menu_and_use_it(window, boxes, workbook, monkeypatch, counter):
    monkeypatch.setattr(common, "get_open_path", lambda *_a: workbook)
    boxes.answer = Button.Yes  # "Use it now?"
    changed = counter(window.controller.datasetChanged)
    projected = counter(window.controller.projectionChanged)
    window.datasets.import_action.trigger()
    assert boxes.shown[-1]["title"] == "Release imported"
    entry = next(e for e in releases.list_datasets() if e.kind == "imported")
    ctrl = window.controller
    assert ctrl.dataset.id == entry.id
    assert (changed.calls, projected.calls) == (1, 1)  # a switch is one update
    assert releases.active_dataset_id() == entry.id  # the CLI's next run agrees
    # The 2024 release has no 2026 edition: the window falls back and says so.
    assert ctrl.scenario.nato_edition == "2024"
    assert "has no 2026 edition; using its 2024 edition" in window.statusBar().currentMessage()
    assert window.dataset_label.text() == (
        f"Dataset: NATO {entry.edition_label} (imported {entry.imported_at[:10]})"
    )
    # The ally list shows the imported shares (Spain's latest, 2024e, from the workbook).
    share = rf.share("ESP", len(rf.YEARS) - 1)
    index = window.ally_panel.ally_combo.findData("ESP")
    assert window.ally_panel.ally_combo.itemText(index) == f"Spain (ESP) · {share:.2f} %"
    assert not ctrl.can_undo()  # the switch is not an edit to undo


def test_a_bad_file_is_refused_in_one_line_and_the_dataset_stays(
    window, boxes, tmp_path, monkeypatch, user_dir
):
    bad = tmp_path / "figures.xlsx"
    tables = rf.nato_tables()
    row = rf.find_row(tables["TABLE3"], "Spain")
    tables["TABLE3"][row][3 + 2] = "abc"  # 2016
    rf.write_workbook(bad, tables)
    monkeypatch.setattr(common, "get_open_path", lambda *_a: bad)
    before = window.controller.projection
    window.datasets.import_action.trigger()
    (shown,) = boxes.shown
    assert shown["title"] == "Cannot import the release"
    message = str(shown["text"])
    assert "\n" not in message
    assert message == (
        f"figures.xlsx: TABLE3 (Table 3), row {row + 1}, column F (2016): 'abc' is not a number"
    )
    assert window.controller.dataset.id == BUNDLED_ID
    assert window.controller.projection is before
    assert [e.kind for e in releases.list_datasets()] == ["bundled"]  # nothing half-imported


def test_the_manager_lists_switches_and_deletes(window, boxes, imported, qtbot):
    dialog = DatasetManagerDialog(window.datasets, window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    bundled_row = [dialog.table.item(0, c).text() for c in range(dialog.table.columnCount())]
    assert bundled_row[:4] == ["\u2713", "bundled", "2026, 2025, 2024", "2026-07-03"]
    assert bundled_row[5] == "ships with the app"
    entry = next(e for e in releases.list_datasets() if e.id == imported)
    row = [dialog.table.item(1, c).text() for c in range(dialog.table.columnCount())]
    assert row == [
        "",
        imported,
        entry.edition_label,
        entry.cut_off,
        entry.source,
        entry.imported_at[:10],
    ]
    assert not dialog.delete_button.isEnabled()  # the bundled one is selected
    dialog.table.selectRow(1)
    assert dialog.delete_button.isEnabled()
    dialog.use_button.click()
    assert window.controller.dataset.id == imported
    assert dialog.table.item(1, 0).text() == "\u2713"  # listed again, the new one marked
    dialog.table.selectRow(1)
    boxes.answer = Button.Cancel
    dialog.delete_button.click()
    assert boxes.shown[-1]["title"] == "Delete dataset"
    assert imported in [e.id for e in releases.list_datasets()]
    boxes.answer = Button.Yes
    dialog.delete_button.click()
    assert [e.id for e in releases.list_datasets()] == [BUNDLED_ID]
    assert dialog.table.rowCount() == 1
    # It was in use: the window is back on the bundled dataset, and so is the CLI.
    assert window.controller.dataset.id == BUNDLED_ID
    assert window.controller.scenario.nato_edition == "2024"  # kept: the bundled one has it
    assert releases.active_dataset_id() == BUNDLED_ID


def test_pinned_scenarios_follow_a_switch(window, imported):
    window.controller.update(country="POL")
    assert window.compare_panel.pin_current()
    before = window.pinned.projections()[0]
    assert window.datasets.switch_to(imported)
    after = window.pinned.projections()[0]
    assert after.base_year == 2024 != before.base_year
    assert after.scenario.nato_edition == "2024"  # fitted like the current scenario
    assert window.pinned.pinned() == [window.controller.scenario]


def test_a_file_of_another_dataset_offers_both(window, boxes, imported, tmp_path):
    path = tmp_path / "plan.scenario.json"
    save_scenario(path, Scenario(country="NOR", nato_edition="2024"), dataset_id=imported)
    boxes.answer = Button.Cancel
    assert not window.files.open_path(path)
    shown = boxes.shown[-1]
    assert shown["texts"] == {
        Button.Yes: f"Open with {imported}",
        Button.Open: f"Open with {BUNDLED_ID}",
    }
    assert window.controller.scenario.country != "NOR"
    boxes.answer = Button.Open  # with the active (bundled) dataset
    assert window.files.open_path(path)
    assert window.controller.dataset.id == BUNDLED_ID
    assert window.controller.scenario.country == "NOR"
    window.files.new()
    boxes.answer = Button.Yes  # with the recorded dataset
    assert window.files.open_path(path)
    assert window.controller.dataset.id == imported
    assert window.controller.scenario.country == "NOR"
    assert releases.active_dataset_id() == imported


def test_vintages_view_shows_what_the_cli_diff_prints(window, capsys):
    window.controller.update(country="POL", base_year=2025)
    view = window.vintages_view
    assert view.dirty  # hidden: nothing computed yet
    assert view.choose("bundled@2025") or view.choose(f"{BUNDLED_ID}@2025")
    view.refresh()
    rows = {r["key"]: r for r in view.rows}
    # Poland 2025e: 4.25 % in the July 2026 edition (A), 4.48 % in August 2025 (B).
    assert rows["base_share_pct"]["a"] == pytest.approx(4.25, abs=0.005)
    assert rows["base_share_pct"]["b"] == pytest.approx(4.48, abs=0.005)
    argv = ["diff", "--country", "POL", "--base-year", "2025", "--dataset", "bundled"]
    assert main([*argv, "--dataset", "bundled@2025", "--format", "json"]) == 0
    cli_rows = json.loads(capsys.readouterr().out)["rows"]
    assert [(r["key"], r["a"], r["b"]) for r in view.rows] == [
        (r["key"], r["a"], r["b"]) for r in cli_rows
    ]
    cells = view.cell_texts()
    assert cells[1] == ["Base share, % of GDP", "4.25", "4.48", "+0.23"]
    assert "NATO August 2025 (edition 2025)" in view.title.text()


def test_vintages_and_the_equipment_guideline(window, imported):
    view = window.vintages_view
    window.view_tabs.setCurrentWidget(view)
    window.show()
    assert window.datasets.switch_to(imported)
    assert not view.dirty  # shown: recomputed at once
    refs = [view.other_combo.itemData(i) for i in range(view.other_combo.count())]
    assert refs == [f"{BUNDLED_ID}@2026", f"{BUNDLED_ID}@2025", f"{BUNDLED_ID}@2024"]
    proj = window.controller.projection
    eq = vintages.equipment_summary(proj, window.controller.dataset)
    assert eq is not None
    assert eq["latest_equipment_share_pct"] == 25.0
    text = view.equipment.text()
    assert "A: Equipment: 25.0% of defence spending in 2024e (meets NATO's 20% guideline)" in text
    money = phrases.money(eq["money_at_guideline_bn"][0], "EUR")  # as every report writes it
    assert f"is {money} in the base year" in text
    assert "Personnel: 50.0% of defence spending in 2024e." in text
    assert f"B: Equipment: dataset {BUNDLED_ID} has no distribution by category" in text


def test_fit_scenario_falls_back_and_says_so(imported):
    ds = releases.open_dataset(imported)
    fitted = vintages.fit_scenario(ds, Scenario(country="ESP", base_year=2026))
    assert fitted.scenario.nato_edition == "2024"
    assert fitted.scenario.base_year is None
    assert fitted.projection.base_year == 2024
    assert fitted.notes == (
        f"Dataset {imported} has no 2026 edition; using its 2024 edition.",
        f"Base year 2026 is not in dataset {imported}; using its latest year (2024).",
    )


def test_the_window_opens_on_the_active_dataset(imported):
    from calculator import cli

    args = build_parser().parse_args([])
    assert cli._dataset_for(args).id == BUNDLED_ID
    releases.use_dataset(imported)
    assert cli._dataset_for(build_parser().parse_args([])).id == imported
    # A scenario flag: the CLI fits the edition to the active dataset, as `project` does.
    args = build_parser().parse_args(["--country", "POL"])
    assert cli._dataset_for(args).id == imported
    assert args.edition == "2024"


# ------------------------------------------------- one comparison on every surface (issue 14)
def test_diff_the_vintages_tab_and_the_reports_agree_for_poland(window, capsys, tmp_path):
    """Poland, the 2025 edition against the 2026 edition: diff, the Vintages tab, PDF, xlsx."""
    import openpyxl
    from pypdf import PdfReader

    argv = ["--country", "POL", "--dataset", "bundled@2025"]
    assert main(["diff", *argv, "--dataset", "bundled@2026", "--format", "json"]) == 0
    cli_rows = json.loads(capsys.readouterr().out)["rows"]
    # the window: Poland on the 2025 edition, compared with the 2026 edition
    window.controller.update(country="POL", nato_edition="2025")
    view = window.vintages_view
    assert view.choose(f"{BUNDLED_ID}@2026")
    view.refresh()
    assert [(r["key"], r["a"], r["b"], r["change_text"]) for r in view.rows] == [
        (r["key"], r["a"], r["b"], r["change_text"]) for r in cli_rows
    ]
    assert [c[1:] for c in view.cell_texts()] == [
        [r["a_text"], r["b_text"], r["change_text"]] for r in cli_rows
    ]
    # the reports: report --vintages, and File ▸ Export with the option on
    view.include_action.setChecked(True)
    assert view.include_box.isChecked()  # one option, shown in two places
    assert view.include_action in window.files.exports.menu.actions()
    cli_xlsx, gui_xlsx, gui_pdf = tmp_path / "c.xlsx", tmp_path / "g.xlsx", tmp_path / "g.pdf"
    assert main(["report", *argv, "--vintages", "bundled@2026", "-o", str(cli_xlsx)]) == 0
    assert window.files.exports.export("xlsx", gui_xlsx)
    assert window.files.exports.export("pdf_a4", gui_pdf)

    def sheet(path: Path) -> list[tuple[object, ...]]:
        ws = openpyxl.load_workbook(path, data_only=True)["What changed"]
        return [r[:4] for r in ws.iter_rows(values_only=True) if r[0] is not None]

    cells = sheet(gui_xlsx)
    assert cells == sheet(cli_xlsx)
    by_label = {c[0]: c for c in cells}
    for r in cli_rows:
        # the workbook's money row names its unit (its cells are numbers): "… (bn PLN)"
        got = by_label[r["label"] + (" (bn PLN)" if r["key"] == "base_core_bn" else "")]
        want_a = r["a_text"] if r["key"].startswith("year_reached:") else r["a"]
        assert got[1] == (pytest.approx(want_a) if isinstance(want_a, float) else want_a)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(gui_pdf).pages)
    text = text.replace("\xa0", " ")
    assert "What changed between editions" in text
    share = next(r for r in cli_rows if r["key"] == "base_share_pct")
    assert (
        f"Base share, % of GDP {share['a_text']} {share['b_text']} {share['change_text']}" in text
    )


def test_export_leaves_what_changed_out_unless_asked(window, tmp_path):
    import openpyxl

    view = window.vintages_view
    view.refresh()
    assert not view.include_action.isChecked()  # off by default
    assert window.files.exports.export("xlsx", tmp_path / "a.xlsx")
    assert "What changed" not in openpyxl.load_workbook(tmp_path / "a.xlsx").sheetnames
    view.include_box.setChecked(True)
    assert view.include_action.isChecked()
    assert window.files.exports.export("json", tmp_path / "a.json")
    doc = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    assert doc["vintages"]["b"]["ref"] == view.other_combo.currentData()


def test_the_equipment_chart_under_the_vintages_tab(window, imported):
    view = window.vintages_view
    window.view_tabs.setCurrentWidget(view)
    window.show()
    view.refresh()
    assert view.equipment_plot.plot.isHidden()  # the bundled editions have no Table 8a
    assert window.datasets.switch_to(imported)
    proj = window.controller.projection
    eq = vintages.equipment_summary(proj, window.controller.dataset)
    assert eq is not None
    assert not view.equipment_plot.plot.isHidden()
    data = view.equipment_plot.curve_data()
    assert data["equipment"] == (
        [float(y) for y in eq["years"]],
        pytest.approx(eq["equipment_share_pct"]),
    )
    assert data["personnel"][1] == pytest.approx([50.0] * len(eq["years"]))
    caption = view.equipment_caption.text()
    assert caption.startswith(f"Chart: A, {proj.country.name}, equipment and personnel")
    name = vintages.dataset_name(window.controller.dataset, eq["edition"])
    assert f"as published in {name} (Table 8a" in caption  # which release it comes from
    assert "Table 8a" in view.equipment_caption.toolTip()
    # back on the bundled dataset, compared with the import: B's history, said to be B's
    assert window.datasets.switch_to(releases.BUNDLED)
    assert view.choose(f"{imported}@2024")
    assert view.equipment_caption.text().startswith("Chart: B, ")
    assert not view.equipment_plot.plot.isHidden()


# ------------------------------------------------------------- review of issue 14
def test_vintages_tab_names_datasets_shortly_and_small_money_in_millions(window, imported):
    """The A and B lines showed the bundled dataset's 28-character id; Montenegro's money
    read "0.19" under "bn EUR" and "met (2025)" beside "met (2026)" read "+1"."""
    view = window.vintages_view
    window.view_tabs.setCurrentWidget(view)
    window.show()
    window.controller.update(country="MNE")
    assert view.choose(f"{imported}@2024")
    title = view.title.text()
    assert "A: bundled · NATO July 2026 (edition 2026)" in title
    assert f"B: {imported} · NATO " in title
    assert BUNDLED_ID not in title
    rows = {r["key"]: r for r in view.rows}
    money = next(c for c in view.cell_texts() if c[0] == "Base-year core spending")
    assert money[1] == phrases.money(rows["base_core_bn"]["a"], "EUR")
    assert money[1].endswith(" m EUR")
    assert money[2].endswith(" m EUR")
    assert money[3].endswith(" m EUR")
    window.controller.update(country="POL", base_year=2025)
    assert view.choose("bundled@2024") or view.choose(f"{BUNDLED_ID}@2024")
    view.refresh()
    met = next(c for c in view.cell_texts() if c[0] == "Reaches 2.1% core")
    assert met[1].startswith("met (")
    assert met[2].startswith("met (")
    assert met[3] == "same"
