"""The window's language: View ▸ Language, remembered in QSettings, applied at start.

A change applies after a restart: every widget sets its texts once, when it is built, and the
window has no retranslation pass (a ``changeEvent(LanguageChange)`` in every panel), so
switching live would leave half the window in the old language. The menu says so.

At start :func:`install_language` installs a ``QTranslator`` for the chosen language: the
compiled ``.qm`` when ``make translations`` or the packaging built it, backed by the committed
``.ts`` read without lrelease (:class:`TsTranslator`), so a fresh checkout speaks every
language too. It also makes the language the phrasebook's (numbers, ally names, CSV).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from PySide6.QtCore import (
    QCollator,
    QCoreApplication,
    QLocale,
    QSettings,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from calculator.core.dataset import Country
from calculator.exports.locales import (
    LANGUAGE_NAMES,
    LANGUAGES,
    active_language,
    ally_name,
    language_of,
    set_language,
)
from calculator.gui.phrasing import qt_tr
from calculator.render.qt import TsTranslator, install_translations

__all__ = [
    "LanguageMenu",
    "TsTranslator",
    "chosen_language",
    "install_language",
    "name_order",
    "sorted_by_name",
]

SETTINGS_KEY = "view/language"
# The Qt locale each language's numbers follow in spin boxes and other Qt-formatted fields.
QT_LOCALES = {"en": "en_GB", "fr": "fr_FR", "es": "es_ES", "nl": "nl_NL", "de": "de_DE"}


def name_order(names: Iterable[str]) -> dict[str, int]:
    """Each name's place in the active language's dictionary order (QCollator).

    ``Dänemark`` before ``Deutschland``, ``États-Unis`` among the E: a sort by the names as
    shown, not by their English or their code points.
    """
    return _name_order(active_language(), tuple(sorted(set(names))))


@functools.lru_cache(maxsize=16)
def _name_order(lang: str, names: tuple[str, ...]) -> dict[str, int]:
    collator = QCollator(QLocale(QT_LOCALES.get(lang, "en_GB")))
    ordered = sorted(names, key=functools.cmp_to_key(collator.compare))
    return {name: i for i, name in enumerate(ordered)}


def sorted_by_name(countries: Iterable[Country]) -> list[Country]:
    """The allies in the order of their names in the window's language (English: as given)."""
    countries = list(countries)
    if active_language() == "en":
        return countries
    shown = {c.iso3: ally_name(c.iso3, c.name) for c in countries}
    order = name_order(shown.values())
    return sorted(countries, key=lambda c: order[shown[c.iso3]])


def chosen_language(settings: QSettings | None) -> str:
    """The language saved in ``settings``, else the system's (English if it is none of five)."""
    saved = settings.value(SETTINGS_KEY) if settings is not None else None
    if isinstance(saved, str) and saved in LANGUAGES:
        return saved
    return language_of(QLocale.system().name())


def install_language(app: QCoreApplication, lang: str) -> bool:
    """Install ``lang`` (``en``: nothing to install); return whether a translation is in use.

    Qt's own texts (standard buttons) come from Qt's ``qtbase_<lang>.qm`` when present. The
    language's ``QLocale`` becomes the default, so spin boxes write ``8,0 %`` in French.
    """
    lang = language_of(lang)
    set_language(lang, None if lang == "en" else qt_tr)
    QLocale.setDefault(QLocale(QT_LOCALES[lang]))
    if lang == "en":
        return False
    return install_translations(app, lang)


class LanguageMenu(QMenu):
    """View ▸ Language: the five languages, the chosen one checked; saved for the next start.

    :attr:`languageChosen` carries the code of a newly chosen language.
    """

    languageChosen = Signal(str)

    def __init__(
        self, settings: QSettings | None, current: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("&Language"), parent)
        self._settings = settings
        self._current = current
        group = QActionGroup(self)
        group.setExclusive(True)
        self.actions_by_language: dict[str, QAction] = {}
        for code in LANGUAGES:
            # Each language is named in itself, so a reader finds their own.
            action = QAction(LANGUAGE_NAMES[code], self, checkable=True)
            action.setData(code)
            action.setChecked(code == current)
            group.addAction(action)
            self.addAction(action)
            self.actions_by_language[code] = action
        group.triggered.connect(self._on_group_triggered)
        self.addSeparator()
        note = self.addAction(self.tr("A new language applies after a restart"))
        note.setEnabled(False)

    @Slot(QAction)
    def _on_group_triggered(self, action: QAction) -> None:
        code = str(action.data())
        if code == self._current:
            return
        self._current = code
        if self._settings is not None:
            self._settings.setValue(SETTINGS_KEY, code)
        self.languageChosen.emit(code)
