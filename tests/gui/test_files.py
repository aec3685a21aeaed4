"""Scenario files via the window: save/open, errors, recent files, drops, name/notes, exports."""

import json
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from calculator.core.models import Scenario, SpendingMode
from calculator.gui.files import common
from calculator.gui.main_window import MainWindow
from calculator.storage import SCHEMA, SCHEMA_PREFIX, save_scenario

Button = QMessageBox.StandardButton


class Boxes:
    """Records message boxes instead of showing them, answering with ``answer``."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.answer = Button.Ok

    def __call__(
        self, _parent, _icon, title, text, _buttons=Button.Ok, _default=None, informative=""
    ):
        self.shown.append((title, text, informative))
        return self.answer

    def text(self) -> str:
        return "\n".join(" ".join(item) for item in self.shown)


@pytest.fixture
def boxes(monkeypatch):
    rec = Boxes()
    monkeypatch.setattr(common, "message_box", rec)
    return rec


def test_save_open_round_trip(window, boxes, tmp_path):
    ctrl = window.controller
    ctrl.update(
        country="POL",
        name="Plan Türkiye é",
        notes="Line one\nline two ü",
        core={"mode": SpendingMode.GROWTH, "growth_pct": 7.5},
    )
    wanted = ctrl.scenario
    path = tmp_path / "plan.scenario.json"
    assert window.files.save_to(path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["schema"] == SCHEMA
    assert doc["dataset_id"] == ctrl.dataset.id
    window.files.new()
    assert ctrl.scenario == Scenario()
    assert window.files.path is None
    assert window.files.open_path(path)
    assert ctrl.scenario == wanted
    assert window.files.path == path
    assert not ctrl.can_undo()  # opening a file is a starting point, not an edit
    assert "Plan Türkiye é" in window.windowTitle()
    assert window.scenario_panel.name_edit.text() == "Plan Türkiye é"
    assert window.scenario_panel.notes_edit.toPlainText() == "Line one\nline two ü"
    assert boxes.shown == []


def test_modified_marker(window, boxes, tmp_path):
    ctrl = window.controller
    assert not window.isWindowModified()
    assert "[*]" in window.windowTitle()
    ctrl.update(country="DEU")
    assert window.isWindowModified()
    assert window.files.save_to(tmp_path / "a.scenario.json")
    assert not window.isWindowModified()
    assert "a.scenario.json" in window.windowTitle()
    ctrl.update(horizon=2040)
    assert window.isWindowModified()
    ctrl.undo()  # back to what is on disk
    assert not window.isWindowModified()


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("{not json", "not valid JSON"),
        (json.dumps({"schema": f"{SCHEMA_PREFIX}99", "scenario": {}}), "newer version"),
        (json.dumps({"schema": "something.else/1"}), "not a scenario file"),
        (json.dumps({"schema": f"{SCHEMA_PREFIX}1", "scenario": {"horizon": 1800}}), "horizon"),
    ],
)
def test_bad_file_shows_the_error_and_keeps_the_scenario(
    window, boxes, tmp_path, content, expected
):
    window.controller.update(country="FRA")
    before = window.controller.scenario
    path = tmp_path / "bad.scenario.json"
    path.write_text(content, encoding="utf-8")
    assert not window.files.open_path(path)
    assert len(boxes.shown) == 1
    assert expected in boxes.text()
    assert str(path) in boxes.text()
    assert window.controller.scenario == before
    assert window.files.path is None
    assert window.isWindowModified()


def test_missing_file_and_unwritable_folder(window, boxes, tmp_path):
    assert not window.files.open_path(tmp_path / "nowhere.scenario.json")
    assert "no such file" in boxes.text()
    good = tmp_path / "good.scenario.json"
    assert window.files.save_to(good)
    before = good.read_bytes()
    window.controller.update(country="ITA")
    assert not window.files.save_to(tmp_path / "missing" / "x.scenario.json")
    assert "cannot write" in boxes.shown[-1][1]
    assert window.files.path == good  # still the file on disk
    assert window.isWindowModified()
    assert good.read_bytes() == before
    assert window.controller.scenario.country == "ITA"


def test_other_dataset_asks_with_both_ids(window, boxes, tmp_path):
    path = tmp_path / "old.scenario.json"
    save_scenario(path, Scenario(country="NOR"), dataset_id="nato-2024-07_imf-weo-2024-04")
    boxes.answer = Button.Cancel
    assert not window.files.open_path(path)
    assert window.controller.scenario.country != "NOR"
    text = boxes.text()
    assert "nato-2024-07_imf-weo-2024-04" in text
    assert window.controller.dataset.id in text
    boxes.answer = Button.Open
    assert window.files.open_path(path)
    assert window.controller.scenario.country == "NOR"


def test_unsaved_changes_prompt_on_new(window, boxes):
    window.controller.update(country="NLD")
    boxes.answer = Button.Cancel
    window.files.new_action.trigger()
    assert window.controller.scenario.country == "NLD"
    assert boxes.shown[-1][0] == "Unsaved changes"
    boxes.answer = Button.Discard
    window.files.new_action.trigger()
    assert window.controller.scenario == Scenario()
    assert not window.isWindowModified()


def test_dialog_slots_use_the_scenario_suffix(window, boxes, monkeypatch, tmp_path):
    asked = []

    def save_path(_parent, _caption, start, filters):
        asked.append((start, filters))
        return tmp_path / "chosen"

    monkeypatch.setattr(common, "get_save_path", save_path)
    window.controller.update(name="My plan")
    window.files.save_as_action.trigger()
    assert asked[0][0].endswith("My-plan.scenario.json")
    assert "*.scenario.json" in asked[0][1]
    saved = tmp_path / "chosen.scenario.json"
    assert window.files.path == saved
    assert saved.is_file()
    window.controller.update(country="CAN")
    monkeypatch.setattr(common, "get_open_path", lambda *_a: saved)
    boxes.answer = Button.Discard
    window.files.open_action.trigger()
    assert window.controller.scenario.name == "My plan"
    assert window.controller.scenario.country != "CAN"


def test_close_with_unsaved_changes_asks_first(qtbot, dataset):
    win = MainWindow(dataset)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.controller.update(country="DNK")
    assert not win.close()  # a window-modal Save/Discard/Cancel box is open, window stays
    box = win.findChild(QMessageBox)
    assert box is not None
    assert win.isVisible()
    box.button(Button.Cancel).click()
    assert win.isVisible()
    assert not win.close()
    box = win.findChild(QMessageBox)
    box.button(Button.Discard).click()
    qtbot.waitUntil(lambda: not win.isVisible(), timeout=5000)


def test_recent_files_are_remembered(qtbot, dataset, boxes, tmp_path):
    ini = str(tmp_path / "settings.ini")
    win = MainWindow(dataset, settings=QSettings(ini, QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    paths = [tmp_path / f"s{i}.scenario.json" for i in range(10)]
    for i, path in enumerate(paths):
        win.controller.update(horizon=2031 + i)
        assert win.files.save_to(path)
    assert win.files.recent_files() == paths[::-1][:8]
    texts = [a.text() for a in win.files.recent.menu.actions() if a.data()]
    assert texts[0] == "&1 s9.scenario.json"
    assert len(texts) == 8

    again = MainWindow(dataset, settings=QSettings(ini, QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    assert again.files.recent_files() == paths[::-1][:8]
    assert again.files.open_recent(paths[5])
    assert again.controller.scenario.horizon == 2036
    assert again.files.recent_files()[0] == paths[5]

    paths[9].unlink()
    assert not again.files.open_recent(paths[9])
    assert "no such file" in boxes.text()
    assert paths[9] not in again.files.recent_files()
    assert len([a for a in again.files.recent.menu.actions() if a.data()]) == 7


def _drag_events(path: Path) -> tuple[QDragEnterEvent, QDropEvent, QMimeData]:
    """Drag and drop events carrying ``path``; keep the mime data alive while they are used."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(
        QPointF(50, 50).toPoint(),
        actions,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    drop = QDropEvent(
        QPointF(50, 50), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    return enter, drop, mime


def test_drop_a_scenario_file_opens_it(window, boxes, qtbot, tmp_path):
    path = tmp_path / "dropped.scenario.json"
    save_scenario(path, Scenario(country="LTU", name="Dropped"), window.controller.dataset.id)
    enter, drop, _mime = _drag_events(path)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(window, drop)
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: window.controller.scenario.name == "Dropped", timeout=5000)
    assert window.files.path == path
    other = tmp_path / "notes.txt"
    other.write_text("x", encoding="utf-8")
    enter, _drop, _mime2 = _drag_events(other)
    enter.ignore()
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


def test_name_and_notes_ui_to_model(window, qtbot):
    panel = window.scenario_panel
    ctrl = window.controller
    qtbot.keyClicks(panel.name_edit, "Budget 2030")
    assert panel.pending()
    assert ctrl.scenario.name == ""  # not per keystroke
    panel.name_edit.editingFinished.emit()
    assert ctrl.scenario.name == "Budget 2030"
    assert "Budget 2030" in window.windowTitle()
    panel.notes_edit.setPlainText("first line\nsecond")
    assert ctrl.scenario.notes == ""
    qtbot.waitUntil(lambda: ctrl.scenario.notes == "first line\nsecond", timeout=5000)
    assert ctrl.undo()  # the notes are one step, the name another
    assert ctrl.scenario.notes == ""
    assert ctrl.scenario.name == "Budget 2030"
    assert panel.notes_edit.toPlainText() == ""


def test_name_and_notes_model_to_ui_without_write_back(window, qtbot):
    panel = window.scenario_panel
    ctrl = window.controller
    changes = []
    ctrl.scenarioChanged.connect(changes.append)
    ctrl.update(name="From the model", notes="Note é")
    assert panel.name_edit.text() == "From the model"
    assert panel.notes_edit.toPlainText() == "Note é"
    assert not panel.pending()
    panel.flush()
    assert len(changes) == 1


MAGIC = {
    "pdf_a4": b"%PDF",
    "pdf_letter": b"%PDF",
    "xlsx": b"PK\x03\x04",
    "png": b"\x89PNG\r\n\x1a\n",
    "alliance_pdf": b"%PDF",
    "alliance_xlsx": b"PK\x03\x04",
}


@pytest.mark.parametrize("kind", [*MAGIC, "csv", "json", "svg"])
def test_every_export_writes_a_readable_file(window, boxes, tmp_path, kind):
    window.controller.update(country="POL", name="Export check")
    ext = kind.rsplit("_", 1)[-1] if kind.startswith("alliance") else kind.split("_")[0]
    path = tmp_path / f"out.{ext}"
    assert window.files.export(kind, path), boxes.text()
    data = path.read_bytes()
    assert data.startswith(MAGIC.get(kind, b""))
    if ext == "xlsx":
        assert "xl/workbook.xml" in zipfile.ZipFile(path).namelist()
    elif kind == "csv":
        header = data.decode("utf-8").splitlines()[0].split(",")
        assert header[:2] == ["ally", "ally_name"]
        assert "year" in header
    elif kind == "json":
        assert json.loads(data)["country"]["iso3"] == "POL"
    elif kind == "svg":
        assert b"<svg" in data[:2000]
    if kind.startswith("pdf"):
        from pypdf import PdfReader

        box = PdfReader(path).pages[0].mediabox
        width_mm = float(box.width) / 72 * 25.4
        assert width_mm == pytest.approx(215.9 if kind == "pdf_letter" else 210, abs=1)
    assert boxes.shown == []


def test_export_errors_are_shown(window, boxes, tmp_path):
    assert not window.files.export("pdf_a4", tmp_path / "missing" / "x.pdf")
    assert "cannot write" in boxes.text()


def test_alliance_export_follows_the_overview_rule(window, boxes, tmp_path):
    """One alliance rule: what the overview shows is what File ▸ Export alliance writes."""
    window.controller.update(
        core={"mode": SpendingMode.CUSTOM, "custom_points": [{"year": 2030, "share_pct": 3.0}]}
    )
    out = tmp_path / "custom.json"
    assert window.files.export("alliance_json", out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["assumptions"]["core"]["mode"] == "custom"
    assert len(doc["allies"]) == 31
    # An increment is in one ally's currency: the overview and the export fall back alike.
    window.controller.update(core={"mode": SpendingMode.INCREMENT})
    out = tmp_path / "increment.json"
    assert window.files.export("alliance_json", out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["assumptions"]["core"]["mode"] == "constant_share"
    assert not boxes.shown


def test_scenario_files_use_what_the_window_passes_in(qtbot, controller, tmp_path):
    """No widget-tree search: typed edits are flushed and messages shown through the callbacks."""
    from PySide6.QtWidgets import QMainWindow

    from calculator.gui.files.documents import ScenarioFiles

    host = QMainWindow()  # holds no scenario panel and has no status bar in use
    qtbot.addWidget(host)
    flushed: list[int] = []
    messages: list[str] = []
    files = ScenarioFiles(
        host, controller, flush_edits=lambda: flushed.append(1), status=messages.append
    )
    files.start()
    controller.update(country="POL")
    path = tmp_path / "plan.scenario.json"
    assert files.save_to(path)
    assert flushed
    assert messages == [f"Saved {path}"]
    assert not files.is_modified()
    assert files.export("csv", tmp_path / "plan.csv")
    assert messages[-1] == f"Wrote {tmp_path / 'plan.csv'}"
