"""Help > User guide with its pictures, the README's copy of it, and the first-run tour."""

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from calculator.gui.guide import TOUR_SHOWN_KEY, VIEWS, GuideDialog, guide_dir, show_view
from calculator.gui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
FEATURES = {"share", "money", "alliance", "compare", "fiscal", "uncertainty", "export"}


def _script():
    spec = importlib.util.spec_from_file_location(
        "make_guide_screenshots", ROOT / "packaging" / "make_guide_screenshots.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_guide_dialog_opens_and_shows_every_picture(window, qtbot):
    dialog = GuideDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    browser = dialog.browser
    text = browser.toPlainText()
    assert "User guide" in text
    assert "Describe chart" in text
    names = browser.image_names()
    assert {Path(n).stem for n in names} >= FEATURES
    room = browser.viewport().width()
    for name in names:
        image = browser.image(name)
        assert not image.isNull(), name
        assert image.width() >= 800  # a real screenshot, not a placeholder
    for fmt, _pos in browser._images():
        assert 0 < fmt.width() <= room  # scaled down to the dialog, never wider
        assert fmt.height() > 0


def test_guide_pictures_exist_and_stay_small():
    for name in FEATURES:
        path = guide_dir() / "images" / f"{name}.png"
        assert path.is_file(), path
        assert path.stat().st_size < 250_000, path


def test_readme_holds_the_same_guide():
    assert _script().sync_readme(check=True), "run make guide"


def test_every_guide_view_is_one_the_screenshot_can_show(window):
    assert set(_script().SHOTS) - {"export.png"} <= {f"{v}.png" for v in VIEWS} | {"share.png"}
    show_view(window, "alliance")
    assert window.view_tabs.currentWidget() is window.alliance_view
    show_view(window, "money")
    assert window.chart.tabs.currentWidget() is window.chart.plots.money_plot
    show_view(window, "compare")
    assert len(window.pinned) == 2
    assert window.output_tabs.currentWidget() is window.compare_panel
    with pytest.raises(ValueError, match="no view"):
        show_view(window, "nowhere")


def test_screenshot_renders_a_chosen_view(tmp_path):
    from calculator.gui.app import run_app

    out = tmp_path / "alliance.png"
    assert run_app(screenshot=out, view="alliance", size=(1000, 700)) == 0
    assert not QImage(str(out)).isNull()


# ---------------------------------------------------------------------------- the tour


@pytest.fixture
def settings(tmp_path):
    s = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    yield s
    s.sync()


def _open_window(qtbot, dataset, settings):
    win = MainWindow(dataset, settings=settings)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_tour_shows_once_then_only_from_the_menu(qtbot, dataset, settings):
    first = _open_window(qtbot, dataset, settings)
    qtbot.waitUntil(lambda: first.help.tour is not None and first.help.tour.isVisible())
    tour = first.help.tour
    assert tour.counter.text() == "Step 1 of 3"
    assert tour.title.text() == "Pick an ally"
    assert tour.highlight.isVisible()  # the ally box is outlined
    assert settings.value(TOUR_SHOWN_KEY, False, bool)
    with qtbot.waitSignal(tour.finished_tour):
        tour.skip_button.click()
    assert first.help.tour is None
    first.close()

    second = _open_window(qtbot, dataset, settings)
    QApplication.processEvents()  # where a first start's zero timer would open it
    assert second.help.tour is None  # never again by itself
    second.help.tour_action.trigger()
    assert second.help.tour is not None
    assert second.help.tour.isVisible()


def test_tour_steps_with_the_keyboard(qtbot, dataset):
    win = _open_window(qtbot, dataset, None)
    assert win.help.tour is None  # no settings (tests, screenshots): no tour by itself
    tour = win.help.show_tour()
    titles = []
    for _ in range(3):
        titles.append(tour.title.text())
        assert tour.focusWidget() is tour.next_button
        if tour.index < 2:
            qtbot.keyClick(tour.next_button, Qt.Key.Key_Return)
    assert titles == ["Pick an ally", "Move a slider", "Export"]
    assert tour.next_button.text() == "&Done"
    tour.back_button.click()
    assert tour.title.text() == "Move a slider"
    with qtbot.waitSignal(tour.finished_tour):
        qtbot.keyClick(tour, Qt.Key.Key_Escape)  # Esc skips
    assert not tour.highlight.isVisible()
    assert win.help.tour is None


# ---------------------------------------------------------------------------- the icon


def test_the_window_and_taskbar_show_the_app_icon(qapp, window):
    from calculator.gui.app import set_window_icon
    from calculator.resources import resources_dir

    before = qapp.windowIcon()
    try:
        set_window_icon(qapp)
        assert not window.windowIcon().isNull()  # a window's icon is the application's
        pixmap = window.windowIcon().pixmap(64, 64)
        assert not pixmap.isNull()
        assert pixmap.width() == 64
        assert qapp.desktopFileName() == "budget-calculator"  # the .desktop entry's name
        assert (resources_dir() / "images" / "icon.png").is_file()
    finally:
        qapp.setWindowIcon(before)
