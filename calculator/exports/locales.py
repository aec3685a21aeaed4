"""The five languages: number and date formats, CSV separators, ally names (Qt-free).

English is the source language; French, Spanish, Dutch and German come from the committed
``resources/translations/calculator_<lang>.ts`` files. This module holds what a translation
file cannot: how each language writes numbers (``1,234.5`` / ``1 234,5`` / ``1.234,5``),
dates, the CSV list separator (``;`` where the decimal separator is ``,``, as spreadsheets in
those locales expect) and the allies' names.

One language is *active* for the process (:func:`set_language`; the command line sets it
from ``--lang``, the window from its setting at start). English stays the default, so every
caller that never sets it gets exactly the English output. The phrasebook's number helpers
and its translate hook (:func:`calculator.exports.phrases.say`) read it, so code that does not
pass a language explicitly follows the active one.
"""

from __future__ import annotations

import datetime as dt
import re
import string
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from numbers import Number
from typing import Any, Literal

Translate = Callable[[str], str]
CsvStyle = Literal["locale", "plain"]

LANGUAGES: tuple[str, ...] = ("en", "fr", "es", "nl", "de")
LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "nl": "Nederlands",
    "de": "Deutsch",
}


@dataclass(frozen=True)
class NumberStyle:
    """How one language writes numbers.

    ``group`` separates thousands, ``min_group`` is the smallest number of integer digits
    that gets a separator (CLDR: Spanish writes ``1234,5`` but ``12.345,6``); ``bn`` and ``m``
    are the short words for billions and millions; ``csv_sep`` is the list separator.
    """

    decimal: str
    group: str
    min_group: int
    bn: str
    m: str
    csv_sep: str


NARROW_NBSP = "\u202f"  # French groups thousands with a narrow no-break space (CLDR)
STYLES: dict[str, NumberStyle] = {
    "en": NumberStyle(".", ",", 4, "bn", "m", ","),
    "fr": NumberStyle(",", NARROW_NBSP, 4, "Md", "M", ";"),
    "es": NumberStyle(",", ".", 5, "mm", "M", ";"),
    "nl": NumberStyle(",", ".", 4, "mld.", "mln.", ";"),
    "de": NumberStyle(",", ".", 4, "Mrd.", "Mio.", ";"),
}


def language_of(code: str | None) -> str:
    """One of :data:`LANGUAGES` for a code such as ``fr``, ``fr_BE`` or ``de-AT``; else ``en``."""
    base = (code or "en").replace("-", "_").split("_")[0].lower()
    return base if base in LANGUAGES else "en"


# ------------------------------------------------------------------- the active language


@dataclass
class _Active:
    lang: str = "en"
    tr: Translate | None = None
    csv_style: CsvStyle = "locale"


_ACTIVE = _Active()


def set_language(lang: str, tr: Translate | None = None, csv_style: CsvStyle = "locale") -> None:
    """Make ``lang`` the process's language.

    ``tr`` translates phrasebook texts (``None``: as written); ``csv_style`` ``plain`` keeps
    CSV files comma-separated with decimal points.
    """
    _ACTIVE.lang = language_of(lang)
    _ACTIVE.tr = tr
    _ACTIVE.csv_style = csv_style


@contextmanager
def language(
    lang: str, tr: Translate | None = None, csv_style: CsvStyle = "locale"
) -> Iterator[None]:
    """:func:`set_language` for the ``with`` block, then back to what was active (tests)."""
    before = (_ACTIVE.lang, _ACTIVE.tr, _ACTIVE.csv_style)
    set_language(lang, tr, csv_style)
    try:
        yield
    finally:
        _ACTIVE.lang, _ACTIVE.tr, _ACTIVE.csv_style = before


def active_language() -> str:
    """The active language code (``en`` unless :func:`set_language` was called)."""
    return _ACTIVE.lang


def active_translate() -> Translate | None:
    """The active translate hook for phrasebook texts, or ``None`` (English as written)."""
    return _ACTIVE.tr


def active_csv_style() -> CsvStyle:
    """``locale`` (the language's separators) or ``plain`` (comma and decimal point)."""
    return _ACTIVE.csv_style


# ------------------------------------------------------------------------- numbers

_ENGLISH_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


def localize_number(text: str, lang: str | None = None) -> str:
    """Rewrite every English-formatted number in ``text`` (``1,234.5``) in ``lang``'s style.

    Only digit runs are touched, so words, units and other punctuation stay as they are.
    """
    style = STYLES[language_of(lang or _ACTIVE.lang)]
    if style is STYLES["en"]:
        return text

    def one(match: re.Match[str]) -> str:
        whole, _, frac = match.group(0).partition(".")
        digits = whole.replace(",", "")
        if "," in whole and len(digits) >= style.min_group:
            groups = whole.split(",")
            whole = style.group.join(groups)
        else:
            whole = digits
        return whole + (style.decimal + frac if frac else "")

    return _ENGLISH_NUMBER.sub(one, text)


def format_number(value: float, spec: str = ",.1f", lang: str | None = None) -> str:
    """``format(value, spec)`` with ``lang``'s separators: ``1,234.5`` → ``1.234,5``."""
    return localize_number(format(value, spec), lang)


class LocaleFormatter(string.Formatter):
    """``str.format`` whose numeric fields use a language's separators.

    ``{0:,.2f}`` with 1234.5 gives ``1,234.50`` in English, ``1.234,50`` in German; strings
    (already formatted pieces, names) pass through unchanged.
    """

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = language_of(lang)

    def format_field(self, value: Any, format_spec: str) -> str:
        """Format one field; numbers (not booleans) get the language's separators."""
        text = str(super().format_field(value, format_spec))
        if isinstance(value, Number) and not isinstance(value, bool):
            return localize_number(text, self.lang)
        return text


class LocalText(str):
    """A translated text whose :meth:`format` writes numbers in its language's style."""

    lang: str = "en"

    def __new__(cls, text: str, lang: str) -> LocalText:
        """Wrap ``text`` for ``lang``."""
        self = super().__new__(cls, text)
        self.lang = language_of(lang)
        return self

    def format(self, *args: Any, **kwargs: Any) -> str:  # noqa: D102 (str.format's contract)
        return str(LocaleFormatter(self.lang).vformat(str(self), args, kwargs))


def local(text: str, lang: str | None = None) -> LocalText:
    """``text`` (already translated) whose ``.format`` writes numbers in ``lang``'s style.

    For texts the window translates itself: ``local(self.tr("{0:.2f} %")).format(2.1)`` is
    ``2.10 %`` in English, ``2,10 %`` in French (``lang``: the active language by default).
    """
    return LocalText(text, lang or _ACTIVE.lang)


# --------------------------------------------------------------------------- dates

_MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"),
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"),
}  # fmt: skip


def format_date(value: dt.date | str, lang: str | None = None) -> str:
    """A date as a briefing writes it: ``3 July 2026``, ``3 juillet 2026``, ``3. Juli 2026``.

    ``value`` may be an ISO string (``2026-07-03``); one that is not a date comes back as is.
    """
    if isinstance(value, str):
        try:
            day = dt.date.fromisoformat(value)
        except ValueError:
            return value
    else:
        day = value
    code = language_of(lang or _ACTIVE.lang)
    month = _MONTHS[code][day.month - 1]
    if code == "de":
        return f"{day.day}. {month} {day.year}"
    if code == "es":
        return f"{day.day} de {month} de {day.year}"
    if code == "fr" and day.day == 1:
        return f"1er {month} {day.year}"
    return f"{day.day} {month} {day.year}"


_ENGLISH_MONTH = re.compile(r"\b(" + "|".join(_MONTHS["en"]) + r")\b")


def localize_months(text: str, lang: str | None = None) -> str:
    """English month names in ``text`` (a source's ``July 2026``) in ``lang``: ``juillet 2026``."""
    code = language_of(lang or _ACTIVE.lang)
    if code == "en":
        return text
    names = _MONTHS[code]
    return _ENGLISH_MONTH.sub(lambda m: names[_MONTHS["en"].index(m.group(1))], text)


# ---------------------------------------------------------------------------- CSV


def csv_dialect(lang: str | None = None, style: CsvStyle | None = None) -> tuple[str, str]:
    """``(list separator, decimal separator)`` for CSV files in ``lang`` under ``style``."""
    if (style or _ACTIVE.csv_style) == "plain":
        return ",", "."
    s = STYLES[language_of(lang or _ACTIVE.lang)]
    return s.csv_sep, s.decimal


def csv_number(value: float, decimal: str) -> str:
    """A float as a CSV cell: no thousands separator (spreadsheets read it), ``decimal`` mark."""
    text = repr(float(value)) if not isinstance(value, int) else str(value)
    return text.replace(".", decimal) if decimal != "." else text


def table_text(rows: Sequence[Sequence[Any]], lang: str | None = None) -> str:
    """Rows as tab-separated text (the copied table) with ``lang``'s decimal mark in numbers."""
    decimal = STYLES[language_of(lang or _ACTIVE.lang)].decimal

    def cell(v: Any) -> str:
        if isinstance(v, float):
            return csv_number(v, decimal)
        return "" if v is None else str(v)

    return "\n".join("\t".join(cell(v) for v in row) for row in rows)


# ------------------------------------------------------------------------ ally names

# The 32 allies in the five languages (the European Union's and NATO's own usage).
ALLY_NAMES: dict[str, tuple[str, str, str, str, str]] = {
    # iso3: (en, fr, es, nl, de)
    "ALB": ("Albania", "Albanie", "Albania", "Albanië", "Albanien"),
    "BEL": ("Belgium", "Belgique", "Bélgica", "België", "Belgien"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria", "Bulgarije", "Bulgarien"),
    "CAN": ("Canada", "Canada", "Canadá", "Canada", "Kanada"),
    "HRV": ("Croatia", "Croatie", "Croacia", "Kroatië", "Kroatien"),
    "CZE": ("Czechia", "Tchéquie", "Chequia", "Tsjechië", "Tschechien"),
    "DNK": ("Denmark", "Danemark", "Dinamarca", "Denemarken", "Dänemark"),
    "EST": ("Estonia", "Estonie", "Estonia", "Estland", "Estland"),
    "FIN": ("Finland", "Finlande", "Finlandia", "Finland", "Finnland"),
    "FRA": ("France", "France", "Francia", "Frankrijk", "Frankreich"),
    "DEU": ("Germany", "Allemagne", "Alemania", "Duitsland", "Deutschland"),
    "GRC": ("Greece", "Grèce", "Grecia", "Griekenland", "Griechenland"),
    "HUN": ("Hungary", "Hongrie", "Hungría", "Hongarije", "Ungarn"),
    "ISL": ("Iceland", "Islande", "Islandia", "IJsland", "Island"),
    "ITA": ("Italy", "Italie", "Italia", "Italië", "Italien"),
    "LVA": ("Latvia", "Lettonie", "Letonia", "Letland", "Lettland"),
    "LTU": ("Lithuania", "Lituanie", "Lituania", "Litouwen", "Litauen"),
    "LUX": ("Luxembourg", "Luxembourg", "Luxemburgo", "Luxemburg", "Luxemburg"),
    "MNE": ("Montenegro", "Monténégro", "Montenegro", "Montenegro", "Montenegro"),
    "NLD": ("Netherlands", "Pays-Bas", "Países Bajos", "Nederland", "Niederlande"),
    "MKD": (
        "North Macedonia",
        "Macédoine du Nord",
        "Macedonia del Norte",
        "Noord-Macedonië",
        "Nordmazedonien",
    ),
    "NOR": ("Norway", "Norvège", "Noruega", "Noorwegen", "Norwegen"),
    "POL": ("Poland", "Pologne", "Polonia", "Polen", "Polen"),
    "PRT": ("Portugal", "Portugal", "Portugal", "Portugal", "Portugal"),
    "ROU": ("Romania", "Roumanie", "Rumanía", "Roemenië", "Rumänien"),
    "SVK": ("Slovakia", "Slovaquie", "Eslovaquia", "Slowakije", "Slowakei"),
    "SVN": ("Slovenia", "Slovénie", "Eslovenia", "Slovenië", "Slowenien"),
    "ESP": ("Spain", "Espagne", "España", "Spanje", "Spanien"),
    "SWE": ("Sweden", "Suède", "Suecia", "Zweden", "Schweden"),
    "TUR": ("Türkiye", "Türkiye", "Türkiye", "Turkije", "Türkei"),
    "GBR": ("United Kingdom", "Royaume-Uni", "Reino Unido", "Verenigd Koninkrijk",
            "Vereinigtes Königreich"),
    "USA": ("United States", "États-Unis", "Estados Unidos", "Verenigde Staten",
            "Vereinigte Staaten"),
}  # fmt: skip
AGGREGATE_NAMES: Mapping[str, tuple[str, str, str, str, str]] = {
    "NATO_EUR_CAN": (
        "NATO Europe and Canada",
        "OTAN Europe et Canada",
        "OTAN Europa y Canadá",
        "NAVO Europa en Canada",
        "NATO Europa und Kanada",
    ),
    "NATO_TOTAL": ("NATO Total", "OTAN total", "OTAN total", "NAVO totaal", "NATO insgesamt"),
}


def ally_name(iso3: str, default: str, lang: str | None = None) -> str:
    """The name of ally ``iso3`` in ``lang`` (the active language); ``default`` if unknown.

    English keeps the dataset's own name (``default``), so English output never changes.
    """
    code = language_of(lang or _ACTIVE.lang)
    if code == "en":
        return default
    names = ALLY_NAMES.get(iso3) or AGGREGATE_NAMES.get(iso3)
    return default if names is None else names[LANGUAGES.index(code)]


# Articles a sentence puts before some names (French takes one before almost every country).
_ARTICLES: dict[str, dict[str, str]] = {
    "fr": {
        "ALB": "l'", "BEL": "la ", "BGR": "la ", "CAN": "le ", "HRV": "la ", "CZE": "la ",
        "DNK": "le ", "EST": "l'", "FIN": "la ", "FRA": "la ", "DEU": "l'", "GRC": "la ",
        "HUN": "la ", "ISL": "l'", "ITA": "l'", "LVA": "la ", "LTU": "la ", "LUX": "le ",
        "MNE": "le ", "NLD": "les ", "MKD": "la ", "NOR": "la ", "POL": "la ", "PRT": "le ",
        "ROU": "la ", "SVK": "la ", "SVN": "la ", "ESP": "l'", "SWE": "la ", "TUR": "la ",
        "GBR": "le ", "USA": "les ",
    },
    "es": {"NLD": "los ", "GBR": "el ", "USA": "los "},
    "nl": {"GBR": "het ", "USA": "de "},
    "de": {"NLD": "die ", "GBR": "das ", "USA": "die ", "TUR": "die ", "SVK": "die "},
}  # fmt: skip


def ally_in_sentence(iso3: str, default: str, lang: str | None = None, start: bool = False) -> str:
    """The ally's name as a sentence in ``lang`` uses it: ``l'Espagne``, ``die Niederlande``.

    ``start=True`` capitalises the first letter (``L'Espagne atteint …``).
    """
    code = language_of(lang or _ACTIVE.lang)
    text = _ARTICLES.get(code, {}).get(iso3, "") + ally_name(iso3, default, code)
    return text[:1].upper() + text[1:] if start else text


def iso3_of_english_name(name: str) -> str | None:
    """The code of the ally (or aggregate) called ``name`` in English, ``None`` if none is."""
    for iso3, names in (*ALLY_NAMES.items(), *AGGREGATE_NAMES.items()):
        if names[0] == name:
            return iso3
    return None


def collation_key(text: str) -> tuple[str, str]:
    """A sort key for names in French, Spanish, Dutch, German (and English), without Qt.

    Accents and case count only between names otherwise equal (``Dänemark`` before
    ``Deutschland``, ``États-Unis`` among the E), as the languages' dictionaries sort: the
    command line's order, the same as the window's QCollator for the allies' names.
    """
    folded = unicodedata.normalize("NFKD", text)
    base = "".join(ch for ch in folded if not unicodedata.combining(ch)).casefold()
    return (base, text)
