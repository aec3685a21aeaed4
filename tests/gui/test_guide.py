"""Help > User guide with its pictures, the README's copy of it, and the first-run tour."""

import importlib.util
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from calculator.exports.locales import LANGUAGES, language
from calculator.gui.guide import (
    TOUR_SHOWN_KEY,
    VIEWS,
    GuideDialog,
    guide_dir,
    guide_path,
    show_view,
)
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
    script = _script()
    total = 0
    for lang in LANGUAGES:
        for name in FEATURES:
            path = script.images_dir(lang) / f"{name}.png"
            assert path.is_file(), path
            size = path.stat().st_size
            assert size < script.MAX_BYTES, f"{path}: {size} bytes"
            total += size
    assert total < 5_000_000  # five languages of pictures: the repository must not balloon


# ------------------------------------------------------------------- the guide in each language

IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)\s]+)\)")


def _sections(path: Path) -> list[tuple[str, list[str]]]:
    """(heading, image paths) per ``##`` section of a guide, in order."""
    sections: list[tuple[str, list[str]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            sections.append((line[3:].strip(), []))
        elif sections:
            sections[-1][1].extend(target for _alt, target in IMAGE.findall(line))
    return sections


def _number(heading: str) -> str:
    """``3`` for ``3. The money chart``, ``""`` for an unnumbered heading."""
    head = heading.split(" ", 1)[0]
    return head.rstrip(".") if head.rstrip(".").isdigit() else ""


@pytest.mark.parametrize("lang", [code for code in LANGUAGES if code != "en"])
def test_each_language_has_every_section_and_picture_of_the_english_guide(lang):
    english = _sections(guide_dir() / "guide_en.md")
    path = guide_dir() / f"guide_{lang}.md"
    assert path.is_file(), f"{path} is missing"
    assert guide_path(lang) == path
    translated = _sections(path)
    assert [_number(h) for h, _ in translated] == [_number(h) for h, _ in english]
    for (heading, images), (en_heading, en_images) in zip(translated, english, strict=True):
        assert heading != en_heading, f"{lang}: '{heading}' is not translated"
        # the same pictures, each from the window in this language
        assert [Path(i).name for i in images] == [Path(i).name for i in en_images], heading
        assert all(i.startswith(f"images/{lang}/") for i in images), images
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# ")
    # Dutch keeps "Help" as its menu's name; File and View are translated in every language.
    for english_word in (" the ", " and ", " of GDP", "File ▸", "View ▸", "Edit ▸"):
        assert english_word not in text, f"{lang}: {english_word!r} left in English"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_picture_a_guide_references_exists(lang):
    path = guide_dir() / f"guide_{lang}.md"
    targets = IMAGE.findall(path.read_text(encoding="utf-8"))
    assert len(targets) >= len(FEATURES)
    for alt, target in targets:
        assert alt.strip(), f"{target}: no text alternative"
        image = path.parent / target
        assert image.is_file(), f"{path.name} shows {target}, which does not exist"
        assert not QImage(str(image)).isNull(), target


def test_natos_own_terms_in_each_guide():
    terms = {
        "fr": ("dépenses de défense", "PIB"),
        "es": ("gasto en defensa", "PIB"),
        "nl": ("defensie-uitgaven", "bbp"),
        "de": ("Verteidigungsausgaben", "BIP"),
    }
    for lang, words in terms.items():
        text = (guide_dir() / f"guide_{lang}.md").read_text(encoding="utf-8")
        for word in words:
            assert word in text, f"guide_{lang}.md does not say {word!r}"


def test_readme_links_the_guide_in_each_language():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## User guide", 1)[1]
    for lang in LANGUAGES:
        if lang != "en":
            target = f"resources/guide/guide_{lang}.md"
            assert f"]({target})" in section, target
            assert (ROOT / target).is_file()


def test_the_guide_follows_the_windows_language(window, qtbot):
    with language("fr"):
        dialog = GuideDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.path.name == "guide_fr.md"
    assert "Guide de l'utilisateur" in dialog.browser.toPlainText()
    names = dialog.browser.image_names()
    assert {Path(n).stem for n in names} >= FEATURES
    for name in names:
        assert name.startswith("images/fr/"), name
        image = dialog.browser.image(name)
        assert not image.isNull(), name
        assert image.width() >= 800
    assert guide_path("de_AT").name == "guide_de.md"
    assert guide_path("pt").name == "guide_en.md"  # no Portuguese: English


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
    show_view(window, "vintages")
    assert window.view_tabs.currentWidget() is window.vintages_view
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
