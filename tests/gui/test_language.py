"""View ▸ Language: the choice is saved, and the chosen language's translator is installed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication, QDoubleSpinBox

from calculator.exports import locales, phrases
from calculator.gui.language import (
    SETTINGS_KEY,
    LanguageMenu,
    TsTranslator,
    chosen_language,
    install_language,
)

pytestmark = pytest.mark.gui


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def clean_app(qapp: QApplication) -> Iterator[QApplication]:
    """Remove the translators a test installs and put English back (and Qt's locale)."""
    before = qapp.findChildren(TsTranslator)
    locale = QLocale()
    with locales.language("en"):
        yield qapp
    QLocale.setDefault(locale)
    from PySide6.QtCore import QTranslator

    for translator in qapp.findChildren(QTranslator):
        if translator not in before:
            qapp.removeTranslator(translator)
            translator.deleteLater()


def test_the_ts_translator_reads_the_committed_file() -> None:
    tr = TsTranslator("de")
    assert not tr.isEmpty()
    assert tr.translate("SentenceBar", "Copy sentence") == "Satz kopieren"
    assert tr.translate("SentenceBar", "no such text") is None  # not "": Qt falls back
    assert TsTranslator("en").isEmpty()


def test_installing_french_translates_the_window_and_the_phrasebook(
    clean_app: QApplication,
) -> None:
    assert install_language(clean_app, "fr")
    assert QCoreApplication.translate("SentenceBar", "Copy sentence") == "Copier la phrase"
    assert locales.active_language() == "fr"
    assert phrases.pct(2.1) == "2,1 %"
    assert phrases.say(phrases.GAP_EXACT) == "atteint exactement"


def test_a_text_the_ts_lacks_stays_in_english_not_blank(clean_app: QApplication) -> None:
    assert install_language(clean_app, "de")
    assert QCoreApplication.translate("SentenceBar", "Copy sentence") == "Satz kopieren"
    assert QCoreApplication.translate("SentenceBar", "a text no file has") == "a text no file has"
    assert QCoreApplication.translate("QLineEdit", "&Undo")  # Qt's own texts are not blanked


def test_english_installs_nothing(clean_app: QApplication) -> None:
    assert not install_language(clean_app, "en")
    assert QCoreApplication.translate("SentenceBar", "Copy sentence") == "Copy sentence"


def test_the_menu_saves_the_choice_for_the_next_start(qtbot, settings: QSettings) -> None:
    menu = LanguageMenu(settings, "en")
    qtbot.addWidget(menu)
    assert [a.text() for a in menu.actions_by_language.values()] == [
        "English",
        "Français",
        "Español",
        "Nederlands",
        "Deutsch",
    ]
    assert menu.actions_by_language["en"].isChecked()
    with qtbot.waitSignal(menu.languageChosen) as blocker:
        menu.actions_by_language["nl"].trigger()
    assert blocker.args == ["nl"]
    assert settings.value(SETTINGS_KEY) == "nl"
    assert chosen_language(settings) == "nl"
    with qtbot.assertNotEmitted(menu.languageChosen):
        menu.actions_by_language["nl"].trigger()  # the same again: no change


def test_no_saved_choice_follows_the_system(settings: QSettings) -> None:
    assert chosen_language(settings) in locales.LANGUAGES
    settings.setValue(SETTINGS_KEY, "pt")  # not one of the five: ignored
    assert chosen_language(settings) in locales.LANGUAGES


def test_the_window_offers_view_language(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    menu = window.language_menu
    menus = [a.menu() for a in window.menuBar().actions() if a.menu()]
    assert any(menu.menuAction() in m.actions() for m in menus)  # under View
    assert menu.actions_by_language["en"].isChecked()
    menu.actions_by_language["de"].trigger()
    assert "Deutsch" in window.statusBar().currentMessage()
    assert "next start" in window.statusBar().currentMessage()


def test_the_copied_table_uses_the_languages_decimal_mark(window) -> None:  # type: ignore[no-untyped-def]
    model = window.table_panel.model
    english = model.to_tsv().splitlines()[1].split("\t")
    with locales.language("de"):
        german = model.to_tsv().splitlines()[1].split("\t")
        shown = model.text(0, 1)
    assert english[0] == german[0]  # the year
    assert "." in english[1]
    assert german[1] == english[1].replace(".", ",")  # no thousands mark in the copy
    assert shown.count(",") == 1  # 1.749,47 on screen
    assert "." in shown


def test_texts_filed_in_the_empty_context_are_found_too(clean_app: QApplication) -> None:
    """lupdate files ``tr = ctx.tr`` helpers under no context; the window asks in its own."""
    assert install_language(clean_app, "es")
    assert QCoreApplication.translate("ComparePanel", "Growth adjustment") == (
        "Ajuste del crecimiento"
    )


# ------------------------------------------------------- what the window formats itself


def test_qt_formats_numbers_in_the_chosen_language(clean_app: QApplication) -> None:
    install_language(clean_app, "fr")
    spin = QDoubleSpinBox()
    spin.setDecimals(1)
    spin.setValue(8.0)
    assert spin.text() == "8,0"  # spin boxes (growth, inflation, adjustments)
    install_language(clean_app, "en")
    other = QDoubleSpinBox()
    other.setDecimals(1)
    other.setValue(8.0)
    assert other.text() == "8.0"


@pytest.fixture
def french_window(clean_app: QApplication, qtbot, dataset):  # type: ignore[no-untyped-def]
    from calculator.gui.main_window import MainWindow

    install_language(clean_app, "fr")
    win = MainWindow(dataset, settings=None)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    return win


ENGLISH_IN_THE_WINDOW = (
    "Spain (ESP)",
    "Spain's position",
    "Hague core",
    "Hague total",
    "2.00 %",
    "2.1 %",
    "3.5 %",
    "8.0 %",
)


def _visible_texts(win) -> list[str]:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLabel

    texts = []
    for widget in win.findChildren(QLabel):
        if widget.isVisibleTo(win):
            texts.append(widget.text())
    for combo in win.findChildren(QComboBox):
        if combo.isVisibleTo(win):
            texts.append(combo.currentText())
    for spin in win.findChildren(QAbstractSpinBox):
        if spin.isVisibleTo(win):
            texts.append(spin.text())
    return texts


def test_the_french_window_writes_names_and_numbers_in_french(french_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    win = french_window
    from calculator.core.models import SpendingMode

    win.controller.update(country="ESP", core={"mode": SpendingMode.GROWTH, "growth_pct": 8.0})
    combo = win.ally_panel.ally_combo
    assert combo.currentText().startswith("Espagne (ESP) · ")
    assert "," in combo.currentText().rsplit("·", 1)[1]  # 2,xx %
    texts = _visible_texts(win)
    joined = "\n".join(texts)
    assert "Espagne" in joined
    for english in ENGLISH_IN_THE_WINDOW:
        assert english not in joined, f"{english!r} is still shown: " + next(
            t for t in texts if english in t
        )
    # the chart's threshold lines and the scoreboard read French too
    chart_labels = [line.label.format for line in win.chart.plots.threshold_lines]
    assert any("La Haye" in text for text in chart_labels), chart_labels
    assert not any("Hague" in text or "2.1 %" in text for text in chart_labels), chart_labels
    # typing the English name still finds the ally
    assert win.ally_panel.match("Poland") == "POL"
    assert win.ally_panel.match("Pologne") == "POL"


# ---------------------------------------------- issue 15's sweep: what was still English


def test_the_french_thresholds_show_default_labels_translated_but_store_them_as_entered(
    french_window, qtbot
) -> None:  # type: ignore[no-untyped-def]
    win = french_window
    panel = win.thresholds_panel
    shown = [panel.label_edit(r).text() for r in range(panel.table.rowCount())]
    assert shown[:3] == [
        "Position de l'Espagne",
        "La Haye (essentielles), 2035",
        "La Haye (total), 2035",
    ], shown
    # leaving the box unchanged, or changing another field, keeps the English label stored
    panel._on_row_editor_changed()
    assert [t.label for t in win.controller.scenario.thresholds][:3] == [
        "Spain's position",
        "Hague core, 2035",
        "Hague total, 2035",
    ]
    # a typed label is stored as typed
    panel.label_edit(0).setText("Objectif national")
    panel._on_row_editor_changed()
    assert win.controller.scenario.thresholds[0].label == "Objectif national"


def test_the_french_ally_box_is_in_french_dictionary_order(french_window) -> None:  # type: ignore[no-untyped-def]
    combo = french_window.ally_panel.ally_combo
    names = [combo.itemText(i).split(" (")[0] for i in range(combo.count())]
    assert names.index("Danemark") < names.index("Espagne") < names.index("Estonie")
    assert names.index("États-Unis") < names.index("Finlande")  # É sorts with E
    assert names[:2] == ["Albanie", "Allemagne"]


def test_the_alliance_table_sorts_by_the_names_as_shown(french_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from calculator.gui.alliance import AllianceView

    view = AllianceView(french_window.controller)
    qtbot.addWidget(view)
    view.resize(900, 800)
    with qtbot.waitSignal(view.updated):
        view.show()
    assert view.model.rowCount() == 31
    col = view.model.column_keys().index("name")
    view.table.sortByColumn(col, Qt.SortOrder.AscendingOrder)
    names = [str(view.proxy.index(r, col).data()).split(" (")[0] for r in range(31)]
    assert names.index("Danemark") < names.index("Espagne") < names.index("Estonie"), names
    assert names.index("États-Unis") < names.index("Finlande")


def test_describe_chart_names_the_ally_in_french(french_window) -> None:  # type: ignore[no-untyped-def]
    text = french_window.help.chart_text()
    first = text.splitlines()[0]
    assert "Espagne" in first, first
    assert "Spain" not in first, first


# ---------------------------------------------- issue 15's review: numbers on the charts


@pytest.fixture
def german_window(clean_app: QApplication, qtbot, dataset):  # type: ignore[no-untyped-def]
    from calculator.gui.main_window import MainWindow

    install_language(clean_app, "de")
    win = MainWindow(dataset, settings=None)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_the_german_charts_write_their_numbers_in_german(german_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from calculator.gui.guide import show_view

    win = german_window
    show_view(win, "money")
    qtbot.wait(50)
    plots = win.chart.plots
    ends = [
        label.textItem.toPlainText() for label in plots.money_required_labels if label.isVisible()
    ]
    assert ends
    assert all("," in text and "." not in text for text in ends), ends  # 124,2
    money_axis = plots.money_plot.getPlotItem().getAxis("left")
    assert money_axis.tickStrings([1250.0, 2500.0], 1.0, 0.5) == ["1.250,0", "2.500,0"]
    share_axis = plots.share_plot.getPlotItem().getAxis("left")
    assert share_axis.tickStrings([0.5, 1.5], 1.0, 0.5) == ["0,5", "1,5"]
    # the small charts of the other views too (pyqtgraph's own labels are English: 0.5)
    for plot in (win.fiscal_view.debt_plot, win.alliance_view.plot):
        assert plot.getPlotItem().getAxis("left").tickStrings([-0.1], 1.0, 0.1) == ["-0,1"]
    page = win.uncertainty_view
    assert page.tornado.getPlotItem().getAxis("bottom").tickStrings([0.2], 1.0, 0.1) == ["0,2"]
    page.draws.setValue(10000)
    assert "10.000" in page.enabled_box.text(), page.enabled_box.text()
    assert page.risk_sd.suffix() == " Pp.", page.risk_sd.suffix()


def test_the_guides_compare_picture_names_its_scenarios_in_the_language(german_window) -> None:  # type: ignore[no-untyped-def]
    from calculator.gui.guide import show_view

    show_view(german_window, "compare")
    names = [s.name for s in german_window.pinned.pinned()]
    assert names == ["Konstanter Anteil", "8 % pro Jahr"], names
    assert german_window.controller.scenario.name == "3,5 % bis 2030"


def test_a_german_exported_chart_fits_its_image(clean_app: QApplication, dataset) -> None:  # type: ignore[no-untyped-def]
    """Laid out first with three long German legend names in a row, the plot stayed 868 px
    wide in its 820 px image and the PDF's chart lost 2035 and its labels at the right."""
    from calculator.core.models import CoreSpending, Scenario, SpendingMode
    from calculator.core.projection import project
    from calculator.render import images

    install_language(clean_app, "de")
    core = CoreSpending(mode=SpendingMode.GLIDE, glide_target_pct=3.5, glide_year=2035)
    for related in (0.0, 0.5):
        scenario = Scenario(country="DEU", core=core, related={"share_pct": related})
        chart = images._chart(project(dataset, scenario))
        width = chart.share_plot.getPlotItem().geometry().width()
        assert width <= images.CHART_SIZE[0], (related, width)
        images._dispose(chart)
