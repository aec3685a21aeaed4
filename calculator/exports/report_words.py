"""The reports' own words in the active language: sheet names, titles, headings, column headers.

The workbook writes its headers as English literals in many places; rather than threading a
translate hook through each, :func:`word` translates a text when it is one of :data:`WORDS`
(marked here for lupdate, in the phrasebook's context) and leaves any other text, such as a
sentence the phrasebook already translated or a name from the data, as it is. A header that
ends in a money unit, ``GDP (bn EUR)``, is translated without it and gets the language's unit
back (``PIB (Md EUR)``). :func:`sheet_name` names a sheet (at most 31 characters, as Excel
allows) and :func:`sheet_ref` quotes it for a formula (``='Par année'!B5``). English output is
unchanged.
"""

from __future__ import annotations

import re

from calculator.exports import locales
from calculator.exports.phrases import QT_TRANSLATE_NOOP, say

SHEET_NAMES = {
    "Summary": QT_TRANSLATE_NOOP("phrases", "Summary"),
    "Yearly": QT_TRANSLATE_NOOP("phrases", "Yearly"),
    "Fiscal": QT_TRANSLATE_NOOP("phrases", "Fiscal"),
    "Assumptions": QT_TRANSLATE_NOOP("phrases", "Assumptions"),
    "Sources": QT_TRANSLATE_NOOP("phrases", "Sources"),
    "Alliance": QT_TRANSLATE_NOOP("phrases", "Alliance"),
    "Uncertainty": QT_TRANSLATE_NOOP("phrases", "Uncertainty"),
    "Equipment": QT_TRANSLATE_NOOP("phrases", "Equipment"),
    "What changed": QT_TRANSLATE_NOOP("phrases", "What changed"),
    # the Compare workbook
    "Comparison": QT_TRANSLATE_NOOP("phrases", "Comparison"),
    "Share of GDP": QT_TRANSLATE_NOOP("phrases", "Share of GDP"),
    "Scenarios": QT_TRANSLATE_NOOP("phrases", "Scenarios"),
}

_WORDS = (
    # Summary
    QT_TRANSLATE_NOOP("phrases", "Key results per threshold"),
    QT_TRANSLATE_NOOP("phrases", "Threshold"),
    QT_TRANSLATE_NOOP("phrases", "Value (% of GDP)"),
    QT_TRANSLATE_NOOP("phrases", "Measure"),
    QT_TRANSLATE_NOOP("phrases", "Target year"),
    QT_TRANSLATE_NOOP("phrases", "Year reached"),
    QT_TRANSLATE_NOOP("phrases", "Status"),
    QT_TRANSLATE_NOOP("phrases", "Holds to horizon"),
    QT_TRANSLATE_NOOP("phrases", "Share at target (%)"),
    QT_TRANSLATE_NOOP("phrases", "Gap at target"),
    QT_TRANSLATE_NOOP("phrases", "Gap at target (pp; + = short)"),
    QT_TRANSLATE_NOOP("phrases", "Needed at target"),
    QT_TRANSLATE_NOOP("phrases", "Required nominal growth (%/yr)"),
    QT_TRANSLATE_NOOP("phrases", "Date"),
    QT_TRANSLATE_NOOP("phrases", "Scenario"),
    QT_TRANSLATE_NOOP("phrases", "Notes"),
    QT_TRANSLATE_NOOP("phrases", "Ally"),
    QT_TRANSLATE_NOOP("phrases", "Currency"),
    QT_TRANSLATE_NOOP("phrases", "Hague check (3.5 % core by 2035, credible incremental path)"),
    QT_TRANSLATE_NOOP("phrases", "Core share never falls to 2035"),
    QT_TRANSLATE_NOOP("phrases", "Core share in 2035 (%)"),
    QT_TRANSLATE_NOOP("phrases", "Reaches 3.5 % core by 2035"),
    QT_TRANSLATE_NOOP("phrases", "Credible, incremental path"),
    QT_TRANSLATE_NOOP("phrases", "2029 review"),
    QT_TRANSLATE_NOOP("phrases", "2029 review: core share (%)"),
    QT_TRANSLATE_NOOP("phrases", "2029 review: straight line to 3.5 % in 2035 (%)"),
    QT_TRANSLATE_NOOP("phrases", "2029 review: gap to the line (pp)"),
    QT_TRANSLATE_NOOP("phrases", "On track at the 2029 review"),
    QT_TRANSLATE_NOOP("phrases", "vs constant share of GDP"),
    QT_TRANSLATE_NOOP("phrases", "vs cash freeze"),
    QT_TRANSLATE_NOOP("phrases", "vs real freeze"),
    QT_TRANSLATE_NOOP("phrases", "Your own numbers"),
    # Yearly
    QT_TRANSLATE_NOOP("phrases", "Year"),
    QT_TRANSLATE_NOOP("phrases", "GDP"),
    QT_TRANSLATE_NOOP("phrases", "Real growth %"),
    QT_TRANSLATE_NOOP("phrases", "Inflation %"),
    QT_TRANSLATE_NOOP("phrases", "Core defence"),
    QT_TRANSLATE_NOOP("phrases", "Core % GDP"),
    QT_TRANSLATE_NOOP("phrases", "Related"),
    QT_TRANSLATE_NOOP("phrases", "Related % GDP"),
    QT_TRANSLATE_NOOP("phrases", "Total % GDP"),
    QT_TRANSLATE_NOOP("phrases", "Core, base-year prices"),
    QT_TRANSLATE_NOOP("phrases", "Extra vs constant share"),
    QT_TRANSLATE_NOOP("phrases", "Extra vs cash freeze"),
    QT_TRANSLATE_NOOP("phrases", "Extra vs real freeze"),
    QT_TRANSLATE_NOOP("phrases", "Core per capita"),
    QT_TRANSLATE_NOOP("phrases", "Core % of gov. spending"),
    QT_TRANSLATE_NOOP("phrases", "Cumulative extra vs constant share"),
    QT_TRANSLATE_NOOP("phrases", "Cumulative extra vs cash freeze"),
    QT_TRANSLATE_NOOP("phrases", "Cumulative extra vs real freeze"),
    QT_TRANSLATE_NOOP("phrases", "GDP deflator index (base year = 1)"),
    # Fiscal
    QT_TRANSLATE_NOOP("phrases", "Extra spending"),
    QT_TRANSLATE_NOOP("phrases", "Borrowed"),
    QT_TRANSLATE_NOOP("phrases", "Interest on extra debt"),
    QT_TRANSLATE_NOOP("phrases", "Extra debt"),
    QT_TRANSLATE_NOOP("phrases", "Extra deficit % GDP"),
    QT_TRANSLATE_NOOP("phrases", "Debt % GDP without (IMF path)"),
    QT_TRANSLATE_NOOP("phrases", "Debt % GDP with"),
    QT_TRANSLATE_NOOP("phrases", "Effect (points of GDP)"),
    QT_TRANSLATE_NOOP("phrases", "Not borrowed"),
    QT_TRANSLATE_NOOP("phrases", "Tax rise % GDP"),
    QT_TRANSLATE_NOOP("phrases", "Government revenue"),
    QT_TRANSLATE_NOOP("phrases", "Tax rise % revenue"),
    QT_TRANSLATE_NOOP("phrases", "Other government spending"),
    QT_TRANSLATE_NOOP("phrases", "Cut % other spending"),
    QT_TRANSLATE_NOOP("phrases", "Core share %"),
    QT_TRANSLATE_NOOP("phrases", "Rise over 2021"),
    QT_TRANSLATE_NOOP("phrases", "Covered"),
    QT_TRANSLATE_NOOP("phrases", "Not covered"),
    QT_TRANSLATE_NOOP("phrases", "Sources of the fiscal block"),
    QT_TRANSLATE_NOOP("phrases", "Interest rate on the extra debt (% a year, nominal)"),
    QT_TRANSLATE_NOOP("phrases", "Borrowed share of the extra spending (%)"),
    QT_TRANSLATE_NOOP("phrases", "EU escape clause applies (1 yes, 0 no)"),
    QT_TRANSLATE_NOOP("phrases", "Core share in 2021, % of GDP (stand-in for COFOG 02)"),
    # Assumptions
    QT_TRANSLATE_NOOP("phrases", "Differs from the default"),
    QT_TRANSLATE_NOOP("phrases", "Setting"),
    QT_TRANSLATE_NOOP("phrases", "Value"),
    QT_TRANSLATE_NOOP("phrases", "Default"),
    QT_TRANSLATE_NOOP("phrases", "Differs"),
    QT_TRANSLATE_NOOP("phrases", "Note"),
    # Sources
    QT_TRANSLATE_NOOP("phrases", "Data sources"),
    QT_TRANSLATE_NOOP("phrases", "Dataset"),
    QT_TRANSLATE_NOOP("phrases", "Dataset title"),
    QT_TRANSLATE_NOOP("phrases", "App version"),
    QT_TRANSLATE_NOOP("phrases", "Source id"),
    QT_TRANSLATE_NOOP("phrases", "Title"),
    QT_TRANSLATE_NOOP("phrases", "Publisher"),
    QT_TRANSLATE_NOOP("phrases", "Edition"),
    QT_TRANSLATE_NOOP("phrases", "Released"),
    QT_TRANSLATE_NOOP("phrases", "Cut-off"),
    QT_TRANSLATE_NOOP("phrases", "Estimates"),
    QT_TRANSLATE_NOOP("phrases", "Basis"),
    QT_TRANSLATE_NOOP("phrases", "URL"),
    QT_TRANSLATE_NOOP("phrases", "Files and SHA-256 checksums"),
    QT_TRANSLATE_NOOP("phrases", "File"),
    QT_TRANSLATE_NOOP("phrases", "Rows"),
    # The PDF brief
    QT_TRANSLATE_NOOP("phrases", "Core"),
    QT_TRANSLATE_NOOP("phrases", "Core %"),
    QT_TRANSLATE_NOOP("phrases", "Related %"),
    QT_TRANSLATE_NOOP("phrases", "Total %"),
    QT_TRANSLATE_NOOP("phrases", "Extra vs const. share"),
    QT_TRANSLATE_NOOP("phrases", "Core % gov. spending"),
    QT_TRANSLATE_NOOP("phrases", "Debt % GDP without"),
    QT_TRANSLATE_NOOP("phrases", "Effect (points)"),
    QT_TRANSLATE_NOOP("phrases", "Escape clause: covered"),
    QT_TRANSLATE_NOOP("phrases", "not covered"),
    QT_TRANSLATE_NOOP("phrases", "Budget impact: deficit and debt"),
    QT_TRANSLATE_NOOP("phrases", "Sources of the fiscal block:"),
    QT_TRANSLATE_NOOP("phrases", "NATO edition"),
    QT_TRANSLATE_NOOP("phrases", "Horizon"),
    QT_TRANSLATE_NOOP("phrases", "Economy"),
    QT_TRANSLATE_NOOP("phrases", "Growth adjustment"),
    QT_TRANSLATE_NOOP("phrases", "Inflation adjustment"),
    QT_TRANSLATE_NOOP("phrases", "Per-year overrides"),
    QT_TRANSLATE_NOOP("phrases", "Core spending path"),
    QT_TRANSLATE_NOOP("phrases", "Related spending"),
    QT_TRANSLATE_NOOP("phrases", "Thresholds"),
    QT_TRANSLATE_NOOP("phrases", "latest"),
    QT_TRANSLATE_NOOP("phrases", "Notes:"),
    QT_TRANSLATE_NOOP("phrases", "Base %"),
    QT_TRANSLATE_NOOP("phrases", "Your own numbers:"),
    QT_TRANSLATE_NOOP("phrases", "unnamed scenario"),
    QT_TRANSLATE_NOOP("phrases", "Assumptions (the same for every ally)"),
    # Alliance
    QT_TRANSLATE_NOOP("phrases", "ISO3"),
    QT_TRANSLATE_NOOP("phrases", "Base year"),
    QT_TRANSLATE_NOOP("phrases", "Base share (% of GDP)"),
    # issue 15's sweep: the cells, notes and charts still written in English
    QT_TRANSLATE_NOOP("phrases", "(unnamed)"),
    QT_TRANSLATE_NOOP("phrases", "national currency as the IMF states it; never converted"),
    QT_TRANSLATE_NOOP("phrases", "derived = NATO share × IMF GDP"),
    QT_TRANSLATE_NOOP("phrases", "negative means behind the line"),
    QT_TRANSLATE_NOOP("phrases", "no thresholds enabled"),
    QT_TRANSLATE_NOOP("phrases", "change these: the formulas below follow"),
    QT_TRANSLATE_NOOP("phrases", "Probability and not by the horizon: % of the draws"),
    QT_TRANSLATE_NOOP("phrases", "% of the draws"),
    QT_TRANSLATE_NOOP("phrases", "Core share of GDP over the draws (%)"),
    QT_TRANSLATE_NOOP("phrases", "% of GDP"),
    QT_TRANSLATE_NOOP("phrases", "Total (core + counted related)"),
    QT_TRANSLATE_NOOP("phrases", "Core defence spending, % of GDP"),
    QT_TRANSLATE_NOOP("phrases", "Assumptions and result"),
    QT_TRANSLATE_NOOP("phrases", "The scenarios"),
    QT_TRANSLATE_NOOP(
        "phrases",
        "Compared with the default scenario: IMF baseline economy (IMF WEO October 2025 growth "
        "and deflator, held after 2030), core spending at a constant share of GDP, no related "
        "spending, default thresholds.",
    ),
    QT_TRANSLATE_NOOP("phrases", "nothing"),
    QT_TRANSLATE_NOOP("phrases", "none"),
    QT_TRANSLATE_NOOP("phrases", "unlabelled"),
    QT_TRANSLATE_NOOP("phrases", "changed"),
    QT_TRANSLATE_NOOP("phrases", "latest NATO year"),
    QT_TRANSLATE_NOOP(
        "phrases",
        "Money is derived by the calculator: defence spending = NATO share of GDP × IMF GDP "
        "(billions of national currency, current prices). NATO's own published money figures "
        "are not used for the projection.",
    ),
    # the command line's countries and alliance tables
    QT_TRANSLATE_NOOP("phrases", "Name"),
    QT_TRANSLATE_NOOP("phrases", "Kind"),
    QT_TRANSLATE_NOOP("phrases", "Share % GDP"),
    QT_TRANSLATE_NOOP("phrases", "ally"),
    QT_TRANSLATE_NOOP("phrases", "aggregate"),
    QT_TRANSLATE_NOOP("phrases", "Base"),
    QT_TRANSLATE_NOOP("phrases", "Iceland has no armed forces: NATO publishes no figure."),
    # the command line's `data list`
    QT_TRANSLATE_NOOP("phrases", "Editions"),
    QT_TRANSLATE_NOOP("phrases", "Cut-off"),
    QT_TRANSLATE_NOOP("phrases", "Imported"),
    QT_TRANSLATE_NOOP("phrases", "Source"),
    QT_TRANSLATE_NOOP("phrases", "bundled"),
    QT_TRANSLATE_NOOP("phrases", "imported"),
    QT_TRANSLATE_NOOP("phrases", "* the active dataset (`data use ID`)"),
)
WORDS: dict[str, str] = {text: text for text in _WORDS} | SHEET_NAMES

# Titles and labels with a part that changes: said with :func:`sentence`.
TITLE = QT_TRANSLATE_NOOP("phrases", "Defence Budget What-If Calculator: {0}")
FISCAL_TITLE = QT_TRANSLATE_NOOP("phrases", "Budget impact: {0}")
ALLIANCE_TITLE = QT_TRANSLATE_NOOP(
    "phrases", "NATO allies: the year each threshold is reached (horizon {0})"
)
BASE_SHARE = QT_TRANSLATE_NOOP("phrases", "Base year {0}: core share (% of GDP)")
BASE_GDP = QT_TRANSLATE_NOOP("phrases", "Base year {0}: GDP ({1})")
BASE_CORE = QT_TRANSLATE_NOOP("phrases", "Base year {0}: core defence ({1})")
EXTRA_CUMULATIVE = QT_TRANSLATE_NOOP("phrases", "Extra core spending, cumulative {0} ({1})")
LINE = QT_TRANSLATE_NOOP("phrases", "Line: {0}")
ASSUMPTIONS_TITLE = QT_TRANSLATE_NOOP("phrases", "Assumptions: {0}, {1}")
# the PDF brief and the exported chart
BRIEF_TITLE = QT_TRANSLATE_NOOP("phrases", "{0}: defence spending scenario")
BRIEF_META = QT_TRANSLATE_NOOP(
    "phrases", "{0} ({1}) · money in {2} of {3}, current prices · prepared {4}"
)
BRIEF_BASE = QT_TRANSLATE_NOOP(
    "phrases",
    "Base year {0} ({1}): NATO puts {2} at {3:.2f} % of GDP, which is {4} on IMF GDP (derived). "
    "Core spending path: {5}.",
)
BRIEF_META_UNITS = QT_TRANSLATE_NOOP(
    "phrases", "{0} ({1}) · money in {2} of {3}, {4} · prepared {5}"
)
BRIEF_BASE_OWN = QT_TRANSLATE_NOOP("phrases", "{0}. Core spending path: {1}.")
STATUS_WORDS = {
    "actual": QT_TRANSLATE_NOOP("phrases", "actual"),
    "estimate": QT_TRANSLATE_NOOP("phrases", "estimate"),
    "projection": QT_TRANSLATE_NOOP("phrases", "projection"),
}


def status_word(status: str) -> str:
    """A figure's status (``estimate``) in the active language."""
    return str(say(STATUS_WORDS[status])) if status in STATUS_WORDS else status


FOOTER = QT_TRANSLATE_NOOP("phrases", "{0} · Defence Budget What-If Calculator {1} · dataset {2}")
PAGE = QT_TRANSLATE_NOOP("phrases", "Page {0} of {1}")
ALLIANCE_PDF_TITLE = QT_TRANSLATE_NOOP("phrases", "The alliance: thresholds by ally")
ALLIANCE_HEADING = QT_TRANSLATE_NOOP(
    "phrases", "The alliance: when does each ally reach each threshold?"
)
ALLIANCE_META = QT_TRANSLATE_NOOP("phrases", "Prepared {0} · dataset {1}")
ALLIANCE_INTRO = QT_TRANSLATE_NOOP(
    "phrases", "Every ally under the same assumptions: core spending {0}."
)
ALLIANCE_ICELAND = QT_TRANSLATE_NOOP(
    "phrases", "Iceland has no armed forces and no NATO figure, so it is not listed."
)
CORE_AT = QT_TRANSLATE_NOOP("phrases", "Core % {0}")
CHART_SOURCE = QT_TRANSLATE_NOOP(
    "phrases",
    "{0}, core defence spending as % of GDP. Sources: NATO, {1}, {2} (cut-off {3}); IMF World "
    "Economic Outlook, October 2025. Projection from {4}: Defence Budget What-If Calculator {5}.",
)


# the command line's table output
CLI_BASE = QT_TRANSLATE_NOOP(
    "phrases", "{0} ({1}), base year {2} ({3}): {4:.2f}% of GDP = {5:,.2f} {6} {7} ({8})"
)
CLI_ECONOMY = QT_TRANSLATE_NOOP("phrases", "Economy: {0}. Core spending: {1}.")
CLI_NOTE = QT_TRANSLATE_NOOP("phrases", "Note: {0}")
CLI_SOURCES = QT_TRANSLATE_NOOP("phrases", "Sources: {0}")
CLI_SOURCE = QT_TRANSLATE_NOOP("phrases", "{0}, {1}, {2} (cut-off {3})")
CLI_DATASET = QT_TRANSLATE_NOOP("phrases", "Dataset {0}.")
CUT_OFF = QT_TRANSLATE_NOOP("phrases", "cut-off {0}")
DATASET_CHECKED = QT_TRANSLATE_NOOP(
    "phrases", "Dataset {0}; every data file is checked against its SHA-256 at start-up."
)

# issue 15's sweep
SUBTITLE = QT_TRANSLATE_NOOP(
    "phrases",
    "Core defence spending as a share of GDP, {0}–{1}. Money in {2} of {3}, current prices.",
)
EDITION_NOTE = QT_TRANSLATE_NOOP("phrases", "NATO {0}, {1}, {2} edition")
SHARE_HELD = QT_TRANSLATE_NOOP("phrases", "share held at {0:.2f} %")
AMOUNT_EVERY_YEAR = QT_TRANSLATE_NOOP("phrases", "{0} amount every year")
AMOUNT_INDEXED = QT_TRANSLATE_NOOP("phrases", "{0} amount indexed to the GDP deflator")
LINE_FROM = QT_TRANSLATE_NOOP("phrases", "from {0:.2f} % in {1}")
CHART_TITLE = QT_TRANSLATE_NOOP("phrases", "{0}: defence spending, % of GDP")
YEARLY_NOTE = QT_TRANSLATE_NOOP(
    "phrases",
    "Money in {0} of {1}, current prices, except base-year prices where stated; projected "
    "spending is derived (share × GDP), not published by NATO. Base year {2}: NATO share ({3}) "
    "× {4}. Real growth and inflation are blank in the base year. Shares, base-year prices, "
    "extra and cumulative spending are formulas over GDP, spending and inflation: change a "
    "year's spending and they follow, with the chart. Columns after the gap hold the threshold "
    "lines drawn on the chart.",
)
FISCAL_NOTE = QT_TRANSLATE_NOOP(
    "phrases",
    "Money in {0} of {1}, current prices. Extra spending (core and related spending above the "
    "fiscal baseline) and the IMF's figures are inputs; borrowing, interest, extra debt, the "
    "deficit and the ratios are formulas over them and over the interest rate and borrowed "
    "share at the top. Revenue and other spending after 2030 hold their 2030 ratios to GDP.",
)
ESTIMATES_NOTE = QT_TRANSLATE_NOOP(
    "phrases",
    "Estimates are flagged: NATO figures for these years are estimates ({0}); IMF figures after "
    "each ally's last actual year are projections.",
)
EDITION_ESTIMATES = QT_TRANSLATE_NOOP("phrases", "{0} edition: {1}")
THRESHOLD_SETTING = QT_TRANSLATE_NOOP("phrases", "{0}: {1} by {2}")
THRESHOLD_OFF = QT_TRANSLATE_NOOP("phrases", "{0} (off)")
LATEST_YEAR = QT_TRANSLATE_NOOP("phrases", "latest NATO year ({0})")
UNC_HEADING = QT_TRANSLATE_NOOP("phrases", "{0} ({1})")
TOTAL_BAND = QT_TRANSLATE_NOOP("phrases", "Total % p{0}")
SENS_YEAR = QT_TRANSLATE_NOOP("phrases", "{0}: year reached")
SENS_SHARE = QT_TRANSLATE_NOOP("phrases", "{0}: % of GDP in {1}")
IN_BILLIONS = QT_TRANSLATE_NOOP("phrases", "{0} ({1})")
COMPARE_META = QT_TRANSLATE_NOOP("phrases", "{0} · dataset {1}")
CLI_COUNTRIES_EDITION = QT_TRANSLATE_NOOP("phrases", "NATO {0} edition; {1}")
CLI_EVERY_ALLY = QT_TRANSLATE_NOOP("phrases", "Every ally: {0}; core spending {1}. {2}")

SENTENCES: dict[str, str] = {
    text: text
    for text in (
        TITLE,
        FISCAL_TITLE,
        ALLIANCE_TITLE,
        BASE_SHARE,
        BASE_GDP,
        BASE_CORE,
        EXTRA_CUMULATIVE,
        LINE,
        ASSUMPTIONS_TITLE,
        BRIEF_TITLE,
        BRIEF_META,
        BRIEF_BASE,
        BRIEF_BASE_OWN,
        BRIEF_META_UNITS,
        FOOTER,
        PAGE,
        ALLIANCE_PDF_TITLE,
        ALLIANCE_HEADING,
        ALLIANCE_META,
        ALLIANCE_INTRO,
        ALLIANCE_ICELAND,
        CORE_AT,
        CHART_SOURCE,
        CLI_BASE,
        CLI_ECONOMY,
        CLI_NOTE,
        CLI_SOURCES,
        CLI_SOURCE,
        CLI_DATASET,
        CUT_OFF,
        DATASET_CHECKED,
        SUBTITLE,
        EDITION_NOTE,
        SHARE_HELD,
        AMOUNT_EVERY_YEAR,
        AMOUNT_INDEXED,
        LINE_FROM,
        CHART_TITLE,
        YEARLY_NOTE,
        FISCAL_NOTE,
        ESTIMATES_NOTE,
        EDITION_ESTIMATES,
        THRESHOLD_SETTING,
        THRESHOLD_OFF,
        LATEST_YEAR,
        UNC_HEADING,
        TOTAL_BAND,
        SENS_YEAR,
        SENS_SHARE,
        IN_BILLIONS,
        COMPARE_META,
        CLI_COUNTRIES_EDITION,
        CLI_EVERY_ALLY,
    )
}


def sentence(text: str, *args: object) -> str:
    """One of :data:`SENTENCES` with its ``{0}``, ``{1}`` … filled in, in the active language.

    ``KeyError`` for a text not marked here: lupdate would never have seen it.
    """
    return str(say(SENTENCES[text]).format(*args))


def in_english() -> bool:
    """Whether the workbook is written in English (its literals as they stand)."""
    return locales.active_language() == "en"


def money_in(scale: float, currency: str) -> str:
    """``bn EUR`` / ``m ISK`` in the active language (``Md EUR``, ``Mio. ISK``)."""
    style = locales.STYLES[locales.active_language()]
    return f"{style.m if scale > 1 else style.bn} {currency}"


def billions() -> str:
    """The short word for billions in the active language: ``bn``, ``Md``, ``Mrd.``."""
    return locales.STYLES[locales.active_language()].bn


def ally(iso3: str, name: str) -> str:
    """The ally's name in the active language (English: the dataset's)."""
    return locales.ally_name(iso3, name)


# "GDP (bn EUR)", "Core defence (m ISK)", "Core per capita (EUR)": a header and its unit.
_MONEY_UNIT = re.compile(r"^(?P<head>.+?) \((?:(?P<unit>bn|m) )?(?P<cur>[A-Z]{3})\)$")


def word(text: str) -> str:
    """``text`` in the active language if it is one of the workbook's words, else unchanged."""
    if locales.active_language() == "en":
        return text
    if text in WORDS:
        return str(say(WORDS[text]))
    m = _MONEY_UNIT.match(text)
    if m is not None and m.group("head") in WORDS:
        style = locales.STYLES[locales.active_language()]
        unit = {"bn": style.bn, "m": style.m}.get(m.group("unit") or "", "")
        money = f"{unit} {m.group('cur')}".strip()
        return f"{say(WORDS[m.group('head')])} ({money})"
    return text


_NOT_IN_SHEET_NAMES = re.compile(r"[\[\]:*?/\\]")


def sheet_name(english: str) -> str:
    """The name of the sheet called ``english`` in English, in the active language."""
    if english not in SHEET_NAMES or locales.active_language() == "en":
        return english
    name = _NOT_IN_SHEET_NAMES.sub("-", str(say(SHEET_NAMES[english])))
    return name[:31] or english


def sheet_ref(english: str) -> str:
    """The sheet's name as a formula refers to it: ``Yearly``, ``'Par année'``."""
    name = sheet_name(english)
    if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.]*", name):
        return name
    return "'" + name.replace("'", "''") + "'"
