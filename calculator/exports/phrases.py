"""The phrasebook: every sentence a user reads about a scenario and its results.

The window, the command line, the PDF brief, the workbook and Compare all take their words from
here, so one fact has one wording everywhere: a threshold's status ("already met in 2026",
"reached in 2028", "not by 2035 (2041 on this path)"), its gap at the target year (never
signed: "short by 0.68 pp (17.0 bn EUR)", "above by 0.72 pp"; JSON keeps the signed number),
the growth it needs, the economy and spending paths, which fields each mode uses, the Hague
path check and the caveats.

Qt-free. Every function takes a translate hook ``tr`` (the identity by default; the window
passes ``calculator.gui.phrasing.qt_tr``). Each translatable text is marked where it is written
with :func:`QT_TRANSLATE_NOOP` in the context :data:`CONTEXT`, which ``pyside6-lupdate`` finds;
:func:`say` is the one place the hook is called with a variable.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from calculator.core.dataset import Country
from calculator.core.fiscal import (
    DEBT_BRAKE_EXEMPT_PCT,
    ESCAPE_CLAUSE_ALLIES,
    ESCAPE_LAST_YEAR,
    FiscalImpact,
)
from calculator.core.models import (
    EconomyPreset,
    Measure,
    RelatedMode,
    Scenario,
    SpendingMode,
    Threshold,
)
from calculator.core.projection import HagueCheck, Projection, ThresholdResult
from calculator.core.uncertainty import ShockModel
from calculator.exports import locales

if TYPE_CHECKING:
    from calculator.core.own_numbers import Money

Translate = Callable[[str], str]
CONTEXT = "phrases"  # the translation context of every text in this module


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark ``text`` for ``pyside6-lupdate`` in ``context``; returns it unchanged."""
    return text


def identity(text: str) -> str:
    """The default hook: English as written."""
    return text


def say(text: str, tr: Translate = identity) -> str:
    """``text`` through the translate hook.

    The one call of a translate hook with a variable (``tests/exports/test_translations.py``
    whitelists it and checks that every text reaching it is marked with
    :func:`QT_TRANSLATE_NOOP` where it is written, so lupdate has seen it there).
    With the default hook the active language's (:func:`calculator.exports.locales.set_language`)
    is used; in a language other than English the result's ``.format`` writes numbers in that
    language's style (``{0:.2f}`` → ``2,10``).
    """
    if tr is identity:
        tr = locales.active_translate() or identity
    lang = locales.active_language()
    return tr(text) if lang == "en" else locales.LocalText(tr(text), lang)


# ---------------------------------------------------------------------------- numbers


def pct(value: float, decimals: int = 1, lang: str | None = None) -> str:
    """A percentage the way a briefing writes it: ``3.5 %``, ``10.6 %``, ``2 %``.

    ``lang`` (default: the active language, English unless set) picks the decimal mark:
    ``2,1 %`` in French, Spanish, Dutch and German.
    """
    text = f"{value:.{decimals}f}".rstrip("0").rstrip(".")
    return f"{locales.localize_number(text, lang)} %"


def money(bn: float, currency: str, lang: str | None = None) -> str:
    """An amount given in billions, the way a briefing writes it.

    ``17.0 bn EUR`` with one decimal; an amount that would read ``0.x bn`` (a small ally:
    Montenegro's 0.24 bn) is written in millions, ``243 m EUR``, so it keeps its digits.
    ``lang`` (default: the active language) picks separators and unit words
    (``17,0 Mrd. EUR``, ``1 234,5 Md EUR``).
    """
    style = locales.STYLES[locales.language_of(lang or locales.active_language())]
    if round(abs(bn), 1) < 1.0:
        text = f"{bn * 1000:,.0f} {style.m} {currency}"
        if text.lstrip("-").startswith("0 "):
            text = f"0 {style.m} {currency}"
        return locales.localize_number(text, lang)
    return locales.localize_number(f"{bn:,.1f} {style.bn} {currency}", lang)


@dataclass(frozen=True)
class MoneyUnit:
    """The unit a table or chart of one ally's money is written in.

    ``scale`` multiplies amounts held in billions; ``short`` goes into column headers
    (``GDP (m EUR)``), ``long`` into axis titles (``millions of EUR``).
    """

    scale: float
    short: str
    long: str


BILLIONS = MoneyUnit(1.0, "bn", QT_TRANSLATE_NOOP("phrases", "billions"))
MILLIONS = MoneyUnit(1000.0, "m", QT_TRANSLATE_NOOP("phrases", "millions"))


def money_unit(core_bn: Iterable[float]) -> MoneyUnit:
    """Millions when every amount of core spending would read ``0.x bn``, else billions.

    One unit for a whole table or chart, chosen on the ally's core spending (GDP, larger, is
    then written in millions too), so that the columns stay comparable and formulas over
    them need no conversion.
    """
    values = [abs(float(v)) for v in core_bn if math.isfinite(float(v))]
    if values and round(max(values), 1) < 1.0:
        return MILLIONS
    return BILLIONS


_UNIT_AFTER_NUMBER = re.compile(r"(?<=\d) (?=(%|pp|bn|m)(?![\w]))")
_CURRENCY_AFTER_UNIT = re.compile(r"(?<=\d\u00a0)(bn|m) (?=[A-Z]{3}\b)")


def keep_units_together(text: str) -> str:
    """Non-breaking spaces between a number and its unit: ``3.5\u00a0%``, ``17.0\u00a0bn\u00a0EUR``.

    For laid-out text (the PDF brief), where a line must not break between them.
    """
    text = _UNIT_AFTER_NUMBER.sub("\u00a0", text)
    return _CURRENCY_AFTER_UNIT.sub(lambda m: m.group(1) + "\u00a0", text)


# ---------------------------------------------------------------------------- thresholds

STATUS_ALREADY_MET = QT_TRANSLATE_NOOP("phrases", "already met in {0}")
STATUS_REACHED = QT_TRANSLATE_NOOP("phrases", "reached in {0}")
STATUS_NOT_BY = QT_TRANSLATE_NOOP("phrases", "not by {0}")
STATUS_NOT_BY_ON_PATH = QT_TRANSLATE_NOOP("phrases", "not by {0} ({1} on this path)")
STATUS_NOT_BY_AT_RATES = QT_TRANSLATE_NOOP("phrases", "not by {0} ({1} at constant growth rates)")

GAP_SHORT = QT_TRANSLATE_NOOP("phrases", "short by {0:.2f} pp ({1})")
# an adjustment in the report's assumptions: "+0.5 points" (of growth or inflation)
ADJUST_POINTS = QT_TRANSLATE_NOOP("phrases", "{0:+g} points")
GAP_ABOVE = QT_TRANSLATE_NOOP("phrases", "above by {0:.2f} pp")
GAP_EXACT = QT_TRANSLATE_NOOP("phrases", "met exactly")

NONE = "–"  # a missing value, in every table

# The columns of the per-threshold table, in the window, the command line and the PDF.
THRESHOLD_COLUMNS = (
    QT_TRANSLATE_NOOP("phrases", "Threshold"),
    QT_TRANSLATE_NOOP("phrases", "Status"),
    QT_TRANSLATE_NOOP("phrases", "Holds"),
    QT_TRANSLATE_NOOP("phrases", "At target year"),
    QT_TRANSLATE_NOOP("phrases", "Gap at target"),
    QT_TRANSLATE_NOOP("phrases", "Money needed"),
    QT_TRANSLATE_NOOP("phrases", "Required growth"),
)


def measure_name(measure: Measure, tr: Translate = identity) -> str:
    """``core`` or ``total``."""
    if measure is Measure.TOTAL:
        return say(QT_TRANSLATE_NOOP("phrases", "total"), tr)
    return say(QT_TRANSLATE_NOOP("phrases", "core"), tr)


def threshold_name(t: ThresholdResult, tr: Translate = identity) -> str:
    """``3.5 %`` for core thresholds, ``5 % in total`` for total ones (inside sentences)."""
    if t.threshold.measure is Measure.TOTAL:
        return say(QT_TRANSLATE_NOOP("phrases", "{0} in total"), tr).format(
            pct(t.threshold.value_pct)
        )
    return pct(t.threshold.value_pct)


# The default thresholds' labels (core/models.py's DEFAULT_THRESHOLDS) are English data; in
# another language they are shown translated. A label the user typed is shown as typed.
DEFAULT_THRESHOLD_LABELS = {
    "Spain's position": QT_TRANSLATE_NOOP("phrases", "Spain's position"),
    "Hague core, 2035": QT_TRANSLATE_NOOP("phrases", "Hague core, 2035"),
    "Hague total, 2035": QT_TRANSLATE_NOOP("phrases", "Hague total, 2035"),
}


def threshold_label(th: Threshold, tr: Translate = identity) -> str:
    """A threshold's label as shown: ``Hague core, 2035``, ``La Haye (essentielles), 2035``.

    A default label is translated, a typed one kept; without one, ``3.5% core`` in English
    (the model's :attr:`Threshold.display_label`), ``3,5 % essentielles`` in French.
    """
    if not th.label:
        if locales.active_language() == "en":
            return th.display_label
        return f"{pct(th.value_pct)} {measure_name(th.measure, tr)}"
    known = DEFAULT_THRESHOLD_LABELS.get(th.label)
    return th.label if known is None else say(known, tr)


def threshold_title(th: Threshold, tr: Translate = identity) -> str:
    """A table row's name: ``3.5 % core · Hague core, 2035``."""
    return f"{pct(th.value_pct)} {measure_name(th.measure, tr)} · {threshold_label(th, tr)}"


def threshold_status(t: ThresholdResult, horizon: int, tr: Translate = identity) -> str:
    """``already met in 2026``, ``reached in 2028``, ``not by 2035 (2041 on this path)``."""
    if t.already_met:
        return say(STATUS_ALREADY_MET, tr).format(t.year_reached)
    if t.year_reached is not None:
        return say(STATUS_REACHED, tr).format(t.year_reached)
    later = t.year_reached_beyond_horizon
    if later is None:
        return say(STATUS_NOT_BY, tr).format(horizon)
    if t.beyond_horizon_method == "constant_rate":
        return say(STATUS_NOT_BY_AT_RATES, tr).format(horizon, later)
    return say(STATUS_NOT_BY_ON_PATH, tr).format(horizon, later)


def holds_text(t: ThresholdResult, tr: Translate = identity) -> str:
    """Whether the share stays at or above a reached threshold to the horizon: yes, no, –."""
    if t.year_reached is None:
        return NONE
    return yes_no(t.holds_through_horizon, tr)


def yes_no(value: bool, tr: Translate = identity) -> str:
    """``yes`` or ``no``."""
    if value:
        return say(QT_TRANSLATE_NOOP("phrases", "yes"), tr)
    return say(QT_TRANSLATE_NOOP("phrases", "no"), tr)


def gap_text(
    t: ThresholdResult, currency: str, tr: Translate = identity, units: Money | None = None
) -> str:
    """The gap at the target year, never signed: ``short by 0.68 pp (17.0 bn EUR)``.

    ``units``: the money in the scenario's units (``currency`` is then their code, see
    :func:`money_code`); without, national currency at current prices.
    """
    gap = t.gap_pct_points_at_target
    if gap is None:
        return NONE
    if gap > 1e-9:
        bn = t.gap_bn_at_target or 0.0
        if units is not None:
            bn = units.at(bn, t.threshold.target_year) or 0.0
        return say(GAP_SHORT, tr).format(gap, money(bn, currency))
    if -gap < 0.005:
        return say(GAP_EXACT, tr)
    return say(GAP_ABOVE, tr).format(-gap)


def share_at_target_text(t: ThresholdResult, tr: Translate = identity) -> str:
    """``2035: 2.82 %``, the share the path has in the threshold's target year."""
    if t.share_at_target_pct is None:
        return NONE
    return say(QT_TRANSLATE_NOOP("phrases", "{0}: {1:.2f} %"), tr).format(
        t.threshold.target_year, t.share_at_target_pct
    )


def money_needed_text(t: ThresholdResult, currency: str, units: Money | None = None) -> str:
    """Spending that the threshold asks for in its target year (in ``units`` when given)."""
    need = t.money_needed_at_target_bn
    if need is not None and units is not None:
        need = units.at(need, t.threshold.target_year)
    return NONE if need is None else money(need, currency)


def money_code(units: Money | None, national: str, tr: Translate = identity) -> str:
    """What an amount's unit is written as: ``EUR``, or ``USD, 2026 prices`` in base-year prices.

    ``units`` ``None``: the national currency at current prices, ``national``.
    """
    if units is None:
        return national
    if units.prices.value == "constant":
        return say(QT_TRANSLATE_NOOP("phrases", "{0}, {1} prices"), tr).format(
            units.currency, units.base_year
        )
    return units.currency


def growth_rate(value_pct: float, tr: Translate = identity, decimals: int = 2) -> str:
    """A yearly rate: ``8 % a year``, ``2.25 % a year`` (trailing zeros dropped)."""
    return say(QT_TRANSLATE_NOOP("phrases", "{0} a year"), tr).format(pct(value_pct, decimals))


def required_growth_text(t: ThresholdResult, tr: Translate = identity) -> str:
    """The constant nominal growth of core spending that reaches the threshold on time.

    ``10.6 % a year`` (one decimal, as in the summary sentence); a negative rate reads
    ``a fall of 3.8 % a year``.
    """
    need = t.required_nominal_growth_pct
    if need is None:
        return NONE
    rate = say(QT_TRANSLATE_NOOP("phrases", "{0} a year"), tr).format(
        locales.localize_number(f"{abs(need):.1f}") + " %"
    )
    if need < 0:
        return say(QT_TRANSLATE_NOOP("phrases", "a fall of {0}"), tr).format(rate)
    return rate


def threshold_cells(
    proj: Projection, t: ThresholdResult, tr: Translate = identity, units: Money | None = None
) -> list[str]:
    """One row of the per-threshold table, in the order of :data:`THRESHOLD_COLUMNS`.

    Money in ``units`` (the scenario's currency and prices) when given, else national
    currency at current prices.
    """
    cur = money_code(units, proj.country.currency, tr)
    return [
        threshold_title(t.threshold, tr),
        threshold_status(t, proj.horizon, tr),
        holds_text(t, tr),
        share_at_target_text(t, tr),
        gap_text(t, cur, tr, units),
        money_needed_text(t, cur, units),
        required_growth_text(t, tr),
    ]


def reach_cell(
    year: int | None, already_met: bool, holds: bool | None, tr: Translate = identity
) -> str:
    """A compact alliance cell: ``met``, ``2028``, with ``, lost`` when it falls back below."""
    if year is None:
        return NONE
    text = say(QT_TRANSLATE_NOOP("phrases", "met"), tr) if already_met else str(year)
    if holds is False:
        text += say(QT_TRANSLATE_NOOP("phrases", ", lost"), tr)
    return text


def reach_legend(horizon: int, tr: Translate = identity) -> str:
    """What the compact alliance cells mean."""
    return say(
        QT_TRANSLATE_NOOP(
            "phrases",
            "Years show when each threshold is first reached (met = already in the base year; "
            "lost = falls back below it by {0}; – = not by {0}).",
        ),
        tr,
    ).format(horizon)


# ---------------------------------------------------------------------------- paths

CORE_MODE_NAMES = {
    SpendingMode.CONSTANT_SHARE: QT_TRANSLATE_NOOP("phrases", "constant share of GDP"),
    SpendingMode.GROWTH: QT_TRANSLATE_NOOP("phrases", "growth at a rate"),
    SpendingMode.GLIDE: QT_TRANSLATE_NOOP("phrases", "glide path to a share"),
    SpendingMode.INCREMENT: QT_TRANSLATE_NOOP("phrases", "an amount added each year"),
    SpendingMode.CUSTOM: QT_TRANSLATE_NOOP("phrases", "custom points"),
}
RELATED_MODE_NAMES = {
    RelatedMode.CONSTANT: QT_TRANSLATE_NOOP("phrases", "constant share of GDP"),
    RelatedMode.GLIDE: QT_TRANSLATE_NOOP("phrases", "glide path to a share"),
}
ECONOMY_PRESET_NAMES = {
    EconomyPreset.IMF: QT_TRANSLATE_NOOP("phrases", "IMF WEO October 2025 baseline"),
    EconomyPreset.CONSTANT: QT_TRANSLATE_NOOP("phrases", "constant rates"),
}

# Fields that only some modes use: field → (the field holding the mode, the modes using it).
# The window's inputs, Compare and the workbook's Assumptions sheet all read this one table.
FIELDS_USED_BY: dict[str, tuple[str, frozenset[str]]] = {
    "economy.real_growth_pct": ("economy.preset", frozenset({EconomyPreset.CONSTANT.value})),
    "economy.inflation_pct": ("economy.preset", frozenset({EconomyPreset.CONSTANT.value})),
    "core.growth_pct": ("core.mode", frozenset({SpendingMode.GROWTH.value})),
    "core.growth_real": ("core.mode", frozenset({SpendingMode.GROWTH.value})),
    "core.glide_target_pct": ("core.mode", frozenset({SpendingMode.GLIDE.value})),
    "core.glide_year": ("core.mode", frozenset({SpendingMode.GLIDE.value})),
    "core.increment_bn": ("core.mode", frozenset({SpendingMode.INCREMENT.value})),
    "core.custom_points": ("core.mode", frozenset({SpendingMode.CUSTOM.value})),
    "related.glide_target_pct": ("related.mode", frozenset({RelatedMode.GLIDE.value})),
    "related.glide_year": ("related.mode", frozenset({RelatedMode.GLIDE.value})),
}


# The settings of a scenario as a reader names them (the workbook's Assumptions sheet).
FIELD_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("phrases", "Scenario name"),
    "notes": QT_TRANSLATE_NOOP("phrases", "Scenario notes"),
    "country": QT_TRANSLATE_NOOP("phrases", "Ally (ISO3)"),
    "nato_edition": QT_TRANSLATE_NOOP("phrases", "NATO edition"),
    "base_year": QT_TRANSLATE_NOOP("phrases", "Base year"),
    "horizon": QT_TRANSLATE_NOOP("phrases", "Horizon"),
    "economy.preset": QT_TRANSLATE_NOOP("phrases", "Economy"),
    "economy.real_growth_pct": QT_TRANSLATE_NOOP("phrases", "Real GDP growth (%/yr)"),
    "economy.inflation_pct": QT_TRANSLATE_NOOP("phrases", "GDP deflator inflation (%/yr)"),
    "economy.growth_adjust_pp": QT_TRANSLATE_NOOP("phrases", "Real growth adjustment (pp)"),
    "economy.inflation_adjust_pp": QT_TRANSLATE_NOOP("phrases", "Inflation adjustment (pp)"),
    "economy.overrides": QT_TRANSLATE_NOOP("phrases", "Per-year economy overrides"),
    "core.mode": QT_TRANSLATE_NOOP("phrases", "Core spending path"),
    "core.growth_pct": QT_TRANSLATE_NOOP("phrases", "Core spending growth (%/yr)"),
    "core.growth_real": QT_TRANSLATE_NOOP("phrases", "Growth is real (on top of inflation)"),
    "core.glide_target_pct": QT_TRANSLATE_NOOP("phrases", "Glide path target (% of GDP)"),
    "core.glide_year": QT_TRANSLATE_NOOP("phrases", "Glide path target year"),
    "core.increment_bn": QT_TRANSLATE_NOOP("phrases", "Yearly increment (bn, nominal)"),
    "core.custom_points": QT_TRANSLATE_NOOP("phrases", "Custom path points"),
    "related.mode": QT_TRANSLATE_NOOP("phrases", "Related spending path"),
    "related.share_pct": QT_TRANSLATE_NOOP("phrases", "Related share (% of GDP)"),
    "related.glide_target_pct": QT_TRANSLATE_NOOP("phrases", "Related glide target (% of GDP)"),
    "related.glide_year": QT_TRANSLATE_NOOP("phrases", "Related glide target year"),
    "related.cap_pct": QT_TRANSLATE_NOOP("phrases", "Related counted up to (% of GDP)"),
    "thresholds": QT_TRANSLATE_NOOP("phrases", "Thresholds"),
    "economy.real_growth_from_imf": QT_TRANSLATE_NOOP(
        "phrases", "Real growth on the IMF path (own inflation only)"
    ),
    "economy.inflation_from_imf": QT_TRANSLATE_NOOP(
        "phrases", "Inflation on the IMF path (own real growth only)"
    ),
    "economy.gdp_path": QT_TRANSLATE_NOOP("phrases", "Own nominal GDP path"),
    "economy.gdp_source": QT_TRANSLATE_NOOP("phrases", "Source of the own GDP path"),
    "core.glide_floor": QT_TRANSLATE_NOOP("phrases", "Glide path never below the current share"),
    "core.base_source": QT_TRANSLATE_NOOP("phrases", "Base-year spending from"),
    "core.base_share_pct": QT_TRANSLATE_NOOP("phrases", "Own base-year share (% of GDP)"),
    "core.base_amount_bn": QT_TRANSLATE_NOOP("phrases", "Own base-year amount (bn)"),
    "money.prices": QT_TRANSLATE_NOOP("phrases", "Prices"),
    "money.currency": QT_TRANSLATE_NOOP("phrases", "Currency of the money"),
    "extra.baseline": QT_TRANSLATE_NOOP("phrases", "Extra spending measured against"),
    "extra.baseline_path": QT_TRANSLATE_NOOP("phrases", "Own baseline amounts"),
    "extra.baseline_name": QT_TRANSLATE_NOOP("phrases", "Own baseline's name"),
    "extra.window_start": QT_TRANSLATE_NOOP("phrases", "Extra spending summed from"),
    "extra.window_end": QT_TRANSLATE_NOOP("phrases", "Extra spending summed to"),
    "claim": QT_TRANSLATE_NOOP("phrases", "Claim checked"),
}
MODE_FIELDS = ("economy.preset", "core.mode", "related.mode")


def field_label(key: str, tr: Translate = identity) -> str:
    """A setting's name for readers: ``Core spending path``, never ``core.mode``.

    A field without a label (one added later) is named from its key in words:
    ``core.base_amount_bn`` reads ``Core: base amount (bn)``.
    """
    if key in FIELD_LABELS:
        return say(FIELD_LABELS[key], tr)
    *sections, name = key.split(".")
    words = name.replace("_pct", " (%)").replace("_bn", " (bn)").replace("_pp", " (pp)")
    words = words.replace("_", " ").strip()
    text = words[:1].upper() + words[1:]
    if sections:
        text = f"{sections[-1].capitalize()}: {text[:1].lower()}{text[1:]}"
    return text


def setting_text(scenario: Scenario, key: str, tr: Translate = identity) -> str | None:
    """The words for a mode setting (``IMF WEO October 2025 baseline``, ``growth at a rate``).

    ``None`` for settings whose value is a number, a name or a list.
    """
    if key in OWN_SETTING_WORDS:
        section, name = key.split(".")
        value = getattr(getattr(scenario, section), name)
        return say(OWN_SETTING_WORDS[key][str(getattr(value, "value", value))], tr)
    if key not in MODE_FIELDS:
        return None
    return mode_name(scenario, key, tr)


REACH_ALREADY_MET = QT_TRANSLATE_NOOP("phrases", "already met")
REACH_REACHED = QT_TRANSLATE_NOOP("phrases", "reached")
REACH_LOST = QT_TRANSLATE_NOOP("phrases", "reached, then falls below")
REACH_MET_LOST = QT_TRANSLATE_NOOP("phrases", "met, then falls below")


def reach_status(
    year: int | None,
    already_met: bool,
    holds: bool | None,
    horizon: int,
    tr: Translate = identity,
) -> str:
    """The status beside an alliance year column: ``already met``, ``reached``, ``not by 2035``."""
    if year is None:
        return say(STATUS_NOT_BY, tr).format(horizon)
    if holds is False:
        text = REACH_MET_LOST if already_met else REACH_LOST
    else:
        text = REACH_ALREADY_MET if already_met else REACH_REACHED
    return say(text, tr)


def _mode_value(scenario: Scenario, mode_key: str) -> str:
    section, name = mode_key.split(".")
    value = getattr(getattr(scenario, section), name)
    return str(getattr(value, "value", value))


# A constant rate that keeps its IMF path instead (the user gave only the other rate).
ON_IMF_PATH = {
    "economy.real_growth_pct": "real_growth_from_imf",
    "economy.inflation_pct": "inflation_from_imf",
}


def field_used(scenario: Scenario, key: str) -> bool:
    """Whether the dotted field ``key`` (``core.glide_year``) shapes the scenario's result."""
    if key not in FIELDS_USED_BY:
        return True
    mode_key, modes = FIELDS_USED_BY[key]
    if key in ON_IMF_PATH and getattr(scenario.economy, ON_IMF_PATH[key]):
        return False
    return _mode_value(scenario, mode_key) in modes


def mode_name(scenario: Scenario, mode_key: str, tr: Translate = identity) -> str:
    """The name of the mode held in ``mode_key`` (``core.mode``, ``related.mode``, ...)."""
    if mode_key == "economy.preset":
        return say(ECONOMY_PRESET_NAMES[scenario.economy.preset], tr)
    if mode_key == "related.mode":
        return say(RELATED_MODE_NAMES[scenario.related.mode], tr)
    return say(CORE_MODE_NAMES[scenario.core.mode], tr)


def unused_note(scenario: Scenario, key: str, tr: Translate = identity) -> str | None:
    """``not used with a glide path to a share``, or ``None`` when the field is used."""
    if field_used(scenario, key):
        return None
    mode_key, modes = FIELDS_USED_BY[key]
    if _mode_value(scenario, mode_key) in modes:  # the mode uses it, but it is on its IMF path
        return say(QT_TRANSLATE_NOOP("phrases", "not used: on its IMF path"), tr)
    return say(QT_TRANSLATE_NOOP("phrases", "not used with {0}"), tr).format(
        mode_name(scenario, mode_key, tr)
    )


def economy_text(scenario: Scenario, tr: Translate = identity, *, adjustments: bool = True) -> str:
    """The economy path: ``IMF WEO October 2025 baseline, real growth +0.5 pp``."""
    e = scenario.economy
    if e.preset is EconomyPreset.IMF or (e.real_growth_from_imf and e.inflation_from_imf):
        text = say(ECONOMY_PRESET_NAMES[EconomyPreset.IMF], tr)
    elif e.inflation_from_imf:  # one constant rate, the other on its IMF path (issue 11)
        text = say(
            QT_TRANSLATE_NOOP("phrases", "constant {0} real growth, inflation on its IMF path"),
            tr,
        ).format(pct(e.real_growth_pct, 2))
    elif e.real_growth_from_imf:
        text = say(
            QT_TRANSLATE_NOOP("phrases", "real growth on its IMF path, constant {0} inflation"),
            tr,
        ).format(pct(e.inflation_pct, 2))
    else:
        text = say(
            QT_TRANSLATE_NOOP("phrases", "constant rates: {0} real growth, {1} inflation"), tr
        ).format(pct(e.real_growth_pct, 2), pct(e.inflation_pct, 2))
    if adjustments:
        if e.growth_adjust_pp:
            text += say(QT_TRANSLATE_NOOP("phrases", ", real growth {0:+g} pp"), tr).format(
                e.growth_adjust_pp
            )
        if e.inflation_adjust_pp:
            text += say(QT_TRANSLATE_NOOP("phrases", ", inflation {0:+g} pp"), tr).format(
                e.inflation_adjust_pp
            )
        if e.overrides:
            text += say(QT_TRANSLATE_NOOP("phrases", ", own figures for {0}"), tr).format(
                ", ".join(str(o.year) for o in e.overrides)
            )
    return text


def custom_points_text(points: Iterable[object], currency: str = "") -> str:
    """``2028: 3 %; 2030: 40.00 bn EUR``."""
    parts = []
    for p in points:
        year, share, amount = (getattr(p, n) for n in ("year", "share_pct", "amount_bn"))
        value = pct(share, 2) if share is not None else f"{amount:,.2f} bn {currency}".rstrip()
        parts.append(f"{year}: {value}")
    return "; ".join(parts) or NONE


def core_path_text(scenario: Scenario, currency: str = "", tr: Translate = identity) -> str:
    """The core spending path in a few words: ``growth of 8 % a year (nominal)``."""
    core = scenario.core
    match core.mode:
        case SpendingMode.GROWTH:
            if core.growth_real:
                text = QT_TRANSLATE_NOOP("phrases", "growth of {0} a year above inflation (real)")
            else:
                text = QT_TRANSLATE_NOOP("phrases", "growth of {0} a year (nominal)")
            return say(text, tr).format(pct(core.growth_pct, 2))
        case SpendingMode.GLIDE:
            return say(
                QT_TRANSLATE_NOOP("phrases", "straight line to {0} of GDP by {1}"), tr
            ).format(pct(core.glide_target_pct, 2), core.glide_year)
        case SpendingMode.INCREMENT:
            text = (
                QT_TRANSLATE_NOOP("phrases", "adding {0:,.2f} bn {1} a year")
                if core.increment_bn >= 0
                else QT_TRANSLATE_NOOP("phrases", "cutting {0:,.2f} bn {1} a year")
            )
            return say(text, tr).format(abs(core.increment_bn), currency).replace("  ", " ")
        case SpendingMode.CUSTOM:
            return say(QT_TRANSLATE_NOOP("phrases", "custom path: {0}"), tr).format(
                custom_points_text(core.custom_points, currency)
            )
        case _:
            return say(CORE_MODE_NAMES[SpendingMode.CONSTANT_SHARE], tr)


def core_path_label(scenario: Scenario, tr: Translate = identity) -> str:
    """The core path as a legend names it: ``8 %/yr``, ``3.5 % by 2031``, ``+5 bn/yr``."""
    core = scenario.core
    match core.mode:
        case SpendingMode.GROWTH:
            text = (
                QT_TRANSLATE_NOOP("phrases", "{0}/yr real")
                if core.growth_real
                else QT_TRANSLATE_NOOP("phrases", "{0}/yr")
            )
            return say(text, tr).format(pct(core.growth_pct, 2))
        case SpendingMode.GLIDE:
            return say(QT_TRANSLATE_NOOP("phrases", "{0} by {1}"), tr).format(
                pct(core.glide_target_pct, 2), core.glide_year
            )
        case SpendingMode.INCREMENT:
            return say(QT_TRANSLATE_NOOP("phrases", "{0:+g} bn/yr"), tr).format(core.increment_bn)
        case SpendingMode.CUSTOM:
            return say(QT_TRANSLATE_NOOP("phrases", "custom path"), tr)
        case _:
            return say(QT_TRANSLATE_NOOP("phrases", "constant share"), tr)


def related_path_text(scenario: Scenario, tr: Translate = identity) -> str:
    """``1 % rising to 1.5 % by 2035 (counted up to 1.5 %)``."""
    rel = scenario.related
    if rel.mode is RelatedMode.GLIDE:
        text = say(QT_TRANSLATE_NOOP("phrases", "{0} rising to {1} by {2}"), tr).format(
            pct(rel.share_pct, 2), pct(rel.glide_target_pct, 2), rel.glide_year
        )
    else:
        text = say(QT_TRANSLATE_NOOP("phrases", "{0} of GDP"), tr).format(pct(rel.share_pct, 2))
    return text + say(QT_TRANSLATE_NOOP("phrases", " (counted up to {0})"), tr).format(
        pct(rel.cap_pct, 2)
    )


def thresholds_text(thresholds: Iterable[Threshold], tr: Translate = identity) -> str:
    """The enabled thresholds: ``Spain's position: 2.1 % core by 2035, ...``."""
    form = say(QT_TRANSLATE_NOOP("phrases", "{0}: {1} {2} by {3}"), tr)
    on = [
        form.format(
            threshold_label(t, tr), pct(t.value_pct, 2), measure_name(t.measure, tr), t.target_year
        )
        for t in thresholds
        if t.enabled
    ]
    return ", ".join(on) or NONE


# ---------------------------------------------------------------------------- the sentence

SUMMARY_REACHES_FIRST = QT_TRANSLATE_NOOP("phrases", "{0} reaches {1} in {2}")
SUMMARY_REACHES = QT_TRANSLATE_NOOP("phrases", "{1} is reached in {2}")
SUMMARY_ALREADY_FIRST = QT_TRANSLATE_NOOP("phrases", "{0} already meets {1}")
SUMMARY_ALREADY = QT_TRANSLATE_NOOP("phrases", "{1} is already met")
SUMMARY_NOT_FIRST = QT_TRANSLATE_NOOP("phrases", "{0} does not reach {1} by {2}")
SUMMARY_NOT = QT_TRANSLATE_NOOP("phrases", "{1} is not reached by {2}")


# Allies whose English name takes "the" inside a sentence. The dataset's names are the bare ones
# ("Netherlands", "United States"); NATO writes "Czechia" and "Slovakia", which take none.
NAMES_WITH_THE = frozenset({"NLD", "USA", "GBR"})


def ally_name(country: Country, *, start: bool = False) -> str:
    """An ally's name as a sentence uses it: ``the Netherlands``, ``Spain``.

    ``start=True`` for the first word of a sentence (``The Netherlands reaches …``). Names are
    data and are not translated; the article is English, like the names. In another active
    language the name and its article are that language's (:func:`locales.ally_in_sentence`).
    """
    if locales.active_language() != "en":
        return locales.ally_in_sentence(country.iso3, country.name, start=start)
    if country.iso3 not in NAMES_WITH_THE:
        return country.name
    return ("The " if start else "the ") + country.name


def path_phrase(scenario: Scenario, proj: Projection, tr: Translate = identity) -> str:
    """How core spending moves, as the opening of a sentence, without a closing comma.

    It names what moves, at what rate, in which terms and from which year, so that a pasted
    sentence stands alone: "With core defence spending rising 8 % a year in cash terms from
    2026".
    """
    core = scenario.core
    base = proj.base_year
    match core.mode:
        case SpendingMode.GROWTH:
            if core.growth_real:
                text = (
                    QT_TRANSLATE_NOOP(
                        "phrases",
                        "With core defence spending rising {0} a year above inflation from {1}",
                    )
                    if core.growth_pct > 0
                    else QT_TRANSLATE_NOOP(
                        "phrases",
                        "With core defence spending falling {0} a year in real terms from {1}",
                    )
                    if core.growth_pct < 0
                    else QT_TRANSLATE_NOOP(
                        "phrases", "With core defence spending unchanged in real terms from {1}"
                    )
                )
            else:
                text = (
                    QT_TRANSLATE_NOOP(
                        "phrases",
                        "With core defence spending rising {0} a year in cash terms from {1}",
                    )
                    if core.growth_pct > 0
                    else QT_TRANSLATE_NOOP(
                        "phrases",
                        "With core defence spending falling {0} a year in cash terms from {1}",
                    )
                    if core.growth_pct < 0
                    else QT_TRANSLATE_NOOP(
                        "phrases", "With core defence spending frozen in cash terms from {1}"
                    )
                )
            return say(text, tr).format(pct(abs(core.growth_pct), 2), base)
        case SpendingMode.GLIDE if proj.glide_held:
            return say(
                QT_TRANSLATE_NOOP(
                    "phrases",
                    "With core defence spending held at {0:.2f} % of GDP from {1} (the glide "
                    "target {2} is below it)",
                ),
                tr,
            ).format(proj.base_share_pct, base, pct(core.glide_target_pct, 2))
        case SpendingMode.GLIDE:
            return say(
                QT_TRANSLATE_NOOP(
                    "phrases",
                    "With core defence spending on a straight line from {0:.2f} % of GDP in {1} "
                    "to {2} by {3}",
                ),
                tr,
            ).format(proj.base_share_pct, base, pct(core.glide_target_pct, 2), core.glide_year)
        case SpendingMode.INCREMENT:
            step = abs(core.increment_bn)
            cur = proj.country.currency
            amount = money(step, cur) if round(step, 1) < 1.0 else f"{step:,.2f} bn {cur}"
            text = (
                QT_TRANSLATE_NOOP(
                    "phrases", "With {0} added to core defence spending each year from {1}"
                )
                if core.increment_bn >= 0
                else QT_TRANSLATE_NOOP(
                    "phrases", "With {0} taken off core defence spending each year from {1}"
                )
            )
            return say(text, tr).format(amount.strip(), base)
        case SpendingMode.CUSTOM:
            return say(
                QT_TRANSLATE_NOOP(
                    "phrases", "With core defence spending following the custom path from {0}"
                ),
                tr,
            ).format(base)
        case _:
            return say(
                QT_TRANSLATE_NOOP(
                    "phrases", "With core defence spending held at {0:.2f} % of GDP from {1}"
                ),
                tr,
            ).format(proj.base_share_pct, base)


def _need_phrase(res: ThresholdResult, proj: Projection, tr: Translate, *, first: bool) -> str:
    """What constant growth of core spending would reach the threshold in its target year.

    The first such clause of a sentence says what the rate is, nominal growth of core spending
    a year from the base year ("would need core spending to grow 10.6 % a year in cash terms
    from 2026"); later ones give the rate alone ("would need 15.1 % a year").
    """
    need = res.required_nominal_growth_pct
    if need is None:
        return ""
    target = res.threshold.target_year
    by = (
        ""
        if target == proj.horizon
        else say(QT_TRANSLATE_NOOP("phrases", " to get there by {0}"), tr).format(target)
    )
    if need < 0:
        text = (
            QT_TRANSLATE_NOOP(
                "phrases",
                " even though core spending could fall {0:.1f} % a year in cash terms from {1} "
                "and still get there{2}",
            )
            if first
            else QT_TRANSLATE_NOOP(
                "phrases",
                " even though spending could fall {0:.1f} % a year and still get there{2}",
            )
        )
        return say(text, tr).format(-need, proj.base_year, by)
    text = (
        QT_TRANSLATE_NOOP(
            "phrases",
            " and would need core spending to grow {0:.1f} % a year in cash terms from {1}{2}",
        )
        if first
        else QT_TRANSLATE_NOOP("phrases", " and would need {0:.1f} % a year{2}")
    )
    return say(text, tr).format(need, proj.base_year, by)


def _related_assumed_zero(proj: Projection) -> bool:
    """A total threshold is on and related spending is 0 % of GDP throughout."""
    return any(r.threshold.measure is Measure.TOTAL for r in proj.thresholds) and not bool(
        proj.related_share_pct.any()
    )


def summary_sentence(
    proj: Projection, tr: Translate = identity, *, fiscal: FiscalImpact | None = None
) -> str:
    """One sentence a staffer can paste into a briefing, that stands alone when pasted.

    It says what grows (:func:`path_phrase`), that the growth a threshold needs is nominal
    growth of core spending a year from the base year, and that related spending is assumed
    at 0 % when a total threshold is on and it is. With ``fiscal`` (the fiscal view on) it
    gains one clause on the debt the extra spending adds (:func:`fiscal_clause`).

    Example: "With core defence spending rising 8 % a year in cash terms from 2026, Spain
    reaches 2.1 % in 2028; 3.5 % is not reached by 2035 and would need core spending to grow
    10.6 % a year in cash terms from 2026; …". ``tr`` translates each phrase; names are data
    and stay as they are (:func:`ally_name` adds the article).
    """
    name = ally_name(proj.country)
    prefix = path_phrase(proj.scenario, proj, tr)
    if not proj.thresholds:
        return say(
            QT_TRANSLATE_NOOP(
                "phrases", "{0}, {1} spends {2:.2f} % of GDP in {3}; no threshold is switched on."
            ),
            tr,
        ).format(prefix, name, float(proj.core_share_pct[-1]), proj.horizon)
    clauses = []
    need_said = False
    related_said = not _related_assumed_zero(proj)
    for k, res in enumerate(proj.thresholds):
        first = k == 0
        what = threshold_name(res, tr)
        if res.threshold.measure is Measure.TOTAL and not related_said:
            what = say(QT_TRANSLATE_NOOP("phrases", "{0} (related spending assumed at 0 %)"), tr)
            what = what.format(threshold_name(res, tr))
            related_said = True
        if res.already_met:
            form = SUMMARY_ALREADY_FIRST if first else SUMMARY_ALREADY
            clause = say(form, tr).format(name, what)
        elif res.year_reached is not None:
            form = SUMMARY_REACHES_FIRST if first else SUMMARY_REACHES
            clause = say(form, tr).format(name, what, res.year_reached)
        else:
            form = SUMMARY_NOT_FIRST if first else SUMMARY_NOT
            clause = say(form, tr).format(name, what, proj.horizon)
            later = res.year_reached_beyond_horizon
            if later is not None and later <= res.threshold.target_year:
                # A horizon shorter than the target: the path does get there in time.
                clause += say(
                    QT_TRANSLATE_NOOP("phrases", " but is on this path in {0}, by the {1} target"),
                    tr,
                ).format(later, res.threshold.target_year)
            else:
                need = _need_phrase(res, proj, tr, first=not need_said)
                need_said = need_said or bool(need)
                clause += need
        if res.year_reached is not None and not res.holds_through_horizon:
            clause += say(QT_TRANSLATE_NOOP("phrases", " (but falls below it again)"), tr)
        clauses.append(clause)
    if fiscal is not None:
        clauses.append(fiscal_clause(fiscal, tr))
    # French sets a narrow no-break space before the semicolon ("2,1 % ; 3,5 %")
    sep = "\u202f; " if locales.active_language() == "fr" else "; "
    return f"{prefix}, " + sep.join(clauses) + "."


# ---------------------------------------------------------------------------- Hague check


def hague_verdict(h: HagueCheck, tr: Translate = identity) -> str:
    """Whether the core path is a credible, incremental path to 3.5 % by 2035."""
    if h.credible and not h.non_decreasing:
        return say(HAGUE_STAYS_ABOVE, tr)
    if h.credible:
        return say(
            QT_TRANSLATE_NOOP(
                "phrases", "credible: the core share never falls and reaches 3.5 % by 2035"
            ),
            tr,
        )
    if not h.reaches_target:
        return say(
            QT_TRANSLATE_NOOP(
                "phrases", "not a path to 3.5 % by 2035: the core share in 2035 is {0:.2f} %"
            ),
            tr,
        ).format(h.share_2035_pct)
    return say(
        QT_TRANSLATE_NOOP("phrases", "reaches 3.5 % by 2035 but the core share falls on the way"),
        tr,
    )


def hague_review(h: HagueCheck, tr: Translate = identity) -> str | None:
    """Where the path stands at the 2029 review against the straight line, or ``None``."""
    if h.review_share_pct is None or h.review_line_pct is None:
        return None
    gap = h.review_gap_pct_points or 0.0
    if abs(gap) < 0.005:
        where = say(QT_TRANSLATE_NOOP("phrases", "on the line"), tr)
    elif gap > 0:
        where = say(QT_TRANSLATE_NOOP("phrases", "{0:.2f} pp above the line"), tr).format(gap)
    else:
        where = say(QT_TRANSLATE_NOOP("phrases", "{0:.2f} pp below the line"), tr).format(-gap)
    verdict = (
        say(QT_TRANSLATE_NOOP("phrases", "on track"), tr)
        if h.on_track_at_review
        else say(QT_TRANSLATE_NOOP("phrases", "behind"), tr)
    )
    return say(
        QT_TRANSLATE_NOOP(
            "phrases",
            "At the 2029 review: {0:.2f} % against {1:.2f} % on the straight line to 3.5 % in "
            "2035 ({2}, {3}).",
        ),
        tr,
    ).format(h.review_share_pct, h.review_line_pct, where, verdict)


def hague_text(h: HagueCheck, tr: Translate = identity) -> str:
    """The Hague path check and the 2029 review, in one paragraph."""
    text = say(QT_TRANSLATE_NOOP("phrases", "Hague path check: {0}."), tr).format(
        hague_verdict(h, tr)
    )
    review = hague_review(h, tr)
    return text if review is None else f"{text} {review}"


# ---------------------------------------------------------------------------- baselines


def _compare_text(extra_bn: float, currency: str, baseline: str, tr: Translate) -> str:
    """``84.1 bn PLN less than a constant share``; the same when it rounds to zero."""
    if abs(extra_bn) < 0.05:
        return say(QT_TRANSLATE_NOOP("phrases", "the same as {0}"), tr).format(baseline)
    if extra_bn < 0:
        return say(QT_TRANSLATE_NOOP("phrases", "{0} less than {1}"), tr).format(
            money(-extra_bn, currency), baseline
        )
    return say(QT_TRANSLATE_NOOP("phrases", "{0} more than {1}"), tr).format(
        money(extra_bn, currency), baseline
    )


BASELINE_NAMES = (
    QT_TRANSLATE_NOOP("phrases", "a constant share"),
    QT_TRANSLATE_NOOP("phrases", "a cash freeze"),
    QT_TRANSLATE_NOOP("phrases", "a real freeze"),
)


def extra_spending_text(
    proj: Projection, tr: Translate = identity, units: Money | None = None
) -> str:
    """Core spending against the baselines, summed over the scenario's window.

    The window is the scenario's (default: the year after the base year to 2035 or the
    horizon); with a baseline file (the government's plan, say) its clause comes first. Money
    in ``units`` when given, else national currency at current prices. This is the one line
    that gives the cumulative extra spending; the assumptions only name the baseline and the
    window (:func:`extra_basis_text`). Each baseline says "more" or "less" on its own: a path
    can spend less than a constant share and still more than a cash freeze.
    """
    from calculator.core.own_numbers import baseline_path, window_of, window_sum

    lo, hi = window_of(proj)
    cur = proj.country.currency if units is None else units.currency
    series = [
        proj.extra_vs_constant_share_bn,
        proj.extra_vs_cash_freeze_bn,
        proj.extra_vs_real_freeze_bn,
    ]
    names = [say(name, tr) for name in BASELINE_NAMES]
    ex = proj.scenario.extra
    own_path = ex.baseline.value == "own_path"
    if own_path:
        series.insert(0, proj.core_bn - baseline_path(proj))
        name = say(EXTRA_BASELINE_NAMES["own_path"], tr)
        names.insert(0, f"{name} ({ex.baseline_name})" if ex.baseline_name else name)
    clauses = [
        _compare_text(
            window_sum(proj, extra if units is None else units.convert(extra, proj.deflator)),
            cur,
            name,
            tr,
        )
        for extra, name in zip(series, names, strict=True)
    ]
    if own_path:
        text = QT_TRANSLATE_NOOP(
            "phrases", "Core spending {0}–{1}, cumulative: {2}, {3}, {4}, {5}."
        )
    else:
        text = QT_TRANSLATE_NOOP("phrases", "Core spending {0}–{1}, cumulative: {2}, {3}, {4}.")
    out = say(text, tr).format(lo, hi, *clauses)
    if units is not None and units.prices.value == "constant":
        out += " " + say(QT_TRANSLATE_NOOP("phrases", "Amounts in {0} prices."), tr).format(
            units.base_year
        )
    return out


# ---------------------------------------------------------------------------- caveats

MONEY_NOTE = QT_TRANSLATE_NOOP(
    "phrases",
    "Money is in billions of national currency, current prices; projected spending is "
    "derived (share × GDP), not published by NATO.",
)
RELATED_NOTE = QT_TRANSLATE_NOOP(
    "phrases",
    "NATO publishes no per-ally figure for defence- and security-related spending; it is "
    "0 % of GDP unless the scenario sets it.",
)
NATO_DEFINITION = QT_TRANSLATE_NOOP(
    "phrases",
    "NATO defines defence expenditure as payments made by a national government specifically "
    "to meet the needs of its armed forces, those of Allies or of the Alliance: personnel "
    "(including pensions), operations and maintenance, equipment, infrastructure and research "
    "and development. Since the 2026 edition NATO calls it core defence expenditure.",
)
HAGUE_CATEGORIES = QT_TRANSLATE_NOOP(
    "phrases",
    "The Hague 2025: at least 3.5 % of GDP a year on core defence by 2035, plus up to 1.5 % "
    "to protect critical infrastructure, defend networks, ensure civil preparedness and "
    "resilience, unleash innovation and strengthen the defence industrial base.",
)


def related_zero_note(proj: Projection, tr: Translate = identity) -> str | None:
    """Say that a total threshold counts core spending only, when related spending is 0 %."""
    if not any(r.threshold.measure is Measure.TOTAL for r in proj.thresholds):
        return None
    if proj.related_share_pct.any():
        return None
    return say(
        QT_TRANSLATE_NOOP(
            "phrases",
            "NATO publishes no per-ally figure for defence- and security-related spending, so "
            "it is 0 % of GDP here: the total equals core and a total threshold counts core "
            "spending only.",
        ),
        tr,
    )


def related_cap_note(proj: Projection, tr: Translate = identity) -> str | None:
    """Say that related spending above the cap is not counted, or ``None`` when none is."""
    cap = proj.scenario.related.cap_pct
    top = float(proj.related_share_pct.max(initial=0.0))
    if top <= cap + 1e-9:
        return None
    return say(
        QT_TRANSLATE_NOOP(
            "phrases",
            "Related spending above {0:g} % of GDP counts only up to {0:g} % in the total "
            "(NATO's Hague rule); this path reaches {1:.2f} %.",
        ),
        tr,
    ).format(cap, top)


# ---------------------------------------------------------------------------- scoreboard tiles
# The window's scoreboard above the chart: one tile per threshold, read in three seconds.


@dataclass(frozen=True)
class TileText:
    """The lines of one scoreboard tile (see :func:`scoreboard_tile`)."""

    title: str  # 3.5 % core · Hague core, 2035
    headline: str  # 2028 / not by 2035 / already met
    note: str  # reached · holds / 2041 on this path / falls below again
    gap: str  # short by 0.68 pp (17.0 bn EUR) in 2035
    growth: str  # needs 10.6 % a year from 2026 (nominal)


def _tile_note(t: ThresholdResult, tr: Translate) -> str:
    if t.year_reached is not None:
        if t.already_met:
            held = QT_TRANSLATE_NOOP("phrases", "holds")
            lost = QT_TRANSLATE_NOOP("phrases", "falls below again")
        else:
            held = QT_TRANSLATE_NOOP("phrases", "reached · holds")
            lost = QT_TRANSLATE_NOOP("phrases", "reached · falls below again")
        text = held if t.holds_through_horizon else lost
        return say(text, tr)
    later = t.year_reached_beyond_horizon
    if later is None:
        return ""
    if t.beyond_horizon_method == "constant_rate":
        return say(QT_TRANSLATE_NOOP("phrases", "{0} at constant growth rates"), tr).format(later)
    return say(QT_TRANSLATE_NOOP("phrases", "{0} on this path"), tr).format(later)


def scoreboard_tile(
    proj: Projection, t: ThresholdResult, tr: Translate = identity, units: Money | None = None
) -> TileText:
    """One tile: the year reached (or not), the gap at the target year, the growth it needs.

    The growth is the constant nominal growth of core spending a year from the base year
    that reaches the threshold in its target year (as in the results table). The gap's money
    is in ``units`` when given (the scenario's currency and prices).
    """
    if t.already_met:
        headline = say(QT_TRANSLATE_NOOP("phrases", "already met"), tr)
    elif t.year_reached is not None:
        headline = str(t.year_reached)
    else:
        headline = say(STATUS_NOT_BY, tr).format(proj.horizon)
    gap = gap_text(t, money_code(units, proj.country.currency, tr), tr, units)
    if gap != NONE:
        gap = say(QT_TRANSLATE_NOOP("phrases", "{0} in {1}"), tr).format(
            gap, t.threshold.target_year
        )
    need = t.required_nominal_growth_pct
    if need is None:
        growth = NONE
    elif need < 0:
        growth = say(
            QT_TRANSLATE_NOOP("phrases", "could fall {0:.1f} % a year from {1} (nominal)"), tr
        ).format(-need, proj.base_year)
    else:
        growth = say(
            QT_TRANSLATE_NOOP("phrases", "needs {0:.1f} % a year from {1} (nominal)"), tr
        ).format(need, proj.base_year)
    return TileText(threshold_title(t.threshold, tr), headline, _tile_note(t, tr), gap, growth)


def money_step_note(
    proj: Projection, published_bn: float, derived_bn: float, tr: Translate = identity
) -> str:
    """Say that NATO's published money and the derived projection differ in the base year."""
    cur = proj.country.currency
    return say(
        QT_TRANSLATE_NOOP(
            "phrases",
            "Money in {0}: NATO publishes {1}; the projection derives {2} (NATO share × IMF "
            "GDP), {3:+.0f} %. The money chart marks the step.",
        ),
        tr,
    ).format(
        proj.base_year,
        money(published_bn, cur),
        money(derived_bn, cur),
        100.0 * (derived_bn / published_bn - 1.0),
    )


# ---------------------------------------------------------------------------- the chart in words
# The chart's text alternative (the window's "Describe chart", read by screen readers): what a
# sighted reader takes from the share and money charts, one line each.

CHART_TITLE = QT_TRANSLATE_NOOP("phrases", "Chart of {0}'s defence spending, {1}–{2}.")
CHART_HISTORY = QT_TRANSLATE_NOOP(
    "phrases", "History (NATO, solid line): core spending was {0} of GDP in {1} and {2} in {3}."
)
CHART_PATH = QT_TRANSLATE_NOOP(
    "phrases", "Projection (dashed line): {0}, the core share goes from {1} in {2} to {3} in {4}."
)
CHART_FLAT = QT_TRANSLATE_NOOP(
    "phrases", "Projection (dashed line): {0}, the core share stays at {1} from {2} to {3}."
)
CHART_PEAK = QT_TRANSLATE_NOOP("phrases", "It is highest in {1}, at {0}.")
CHART_TOTAL = QT_TRANSLATE_NOOP(
    "phrases", "With related spending counted, the total share is {0} in {1}."
)
CHART_THRESHOLD = QT_TRANSLATE_NOOP("phrases", "Threshold line {0}: {1}.")
CHART_NO_THRESHOLD = QT_TRANSLATE_NOOP("phrases", "No threshold is switched on.")
CHART_MONEY = QT_TRANSLATE_NOOP(
    "phrases", "Money chart: core spending goes from {0} in {1} to {2} in {3}."
)


def describe_chart(proj: Projection, tr: Translate = identity) -> str:
    """The share and money charts of ``proj`` in words, one line per element shown.

    The title, NATO's history, the projected core (and total) share, each threshold line with
    its status and the money path: the text alternative a screen reader reads instead of the
    picture. Lines are joined with newlines.
    """
    first, last = int(proj.years[0]), int(proj.years[-1])
    hist = proj.history
    known = [(int(y), float(s)) for y, s in zip(hist.years, hist.share_pct, strict=False) if s == s]
    start = known[0][0] if known else first
    name = locales.ally_name(proj.country.iso3, proj.country.name)
    lines = [say(CHART_TITLE, tr).format(name, start, last)]
    if len(known) >= 2:
        (y0, s0), (y1, s1) = known[0], known[-1]
        lines.append(say(CHART_HISTORY, tr).format(pct(s0, 2), y0, pct(s1, 2), y1))
    share = [float(v) for v in proj.core_share_pct]
    opening = path_phrase(proj.scenario, proj, tr).rstrip(",")
    if pct(share[0], 2) == pct(share[-1], 2) and pct(min(share), 2) == pct(max(share), 2):
        lines.append(say(CHART_FLAT, tr).format(opening, pct(share[0], 2), first, last))
    else:
        lines.append(
            say(CHART_PATH, tr).format(opening, pct(share[0], 2), first, pct(share[-1], 2), last)
        )
    top = max(range(len(share)), key=share.__getitem__)
    if 0 < top < len(share) - 1 and share[top] - max(share[0], share[-1]) >= 0.005:
        lines.append(say(CHART_PEAK, tr).format(pct(share[top], 2), int(proj.years[top])))
    if float(proj.total_share_pct[-1]) - share[-1] >= 0.005:
        lines.append(say(CHART_TOTAL, tr).format(pct(float(proj.total_share_pct[-1]), 2), last))
    for res in proj.thresholds:
        lines.append(
            say(CHART_THRESHOLD, tr).format(
                threshold_title(res.threshold, tr), threshold_status(res, proj.horizon, tr)
            )
        )
    if not proj.thresholds:
        lines.append(say(CHART_NO_THRESHOLD, tr))
    cur = proj.country.currency
    lines.append(
        say(CHART_MONEY, tr).format(
            money(float(proj.core_bn[0]), cur), first, money(float(proj.core_bn[-1]), cur), last
        )
    )
    return "\n".join(lines)


# ---------------------------------------------------------------------------- compare

COMPARE_TITLE = QT_TRANSLATE_NOOP("phrases", "Scenarios side by side")
COMPARE_SCENARIO = QT_TRANSLATE_NOOP("phrases", "Scenario")
COMPARE_CURRENT = QT_TRANSLATE_NOOP("phrases", "Current: {0}")
COMPARE_REACH_HEADER = QT_TRANSLATE_NOOP("phrases", "{0} {1}\nby {2}")
COMPARE_CORE_SHARE_HEADER = QT_TRANSLATE_NOOP("phrases", "Core share\nin {0}")
COMPARE_TOTAL_SHARE_HEADER = QT_TRANSLATE_NOOP("phrases", "Total share\nin {0}")
COMPARE_COST_HEADER = QT_TRANSLATE_NOOP("phrases", "Extra vs {0}\ncumulative to {1}")
COMPARE_ALREADY_MET = QT_TRANSLATE_NOOP("phrases", "already met")
COMPARE_LOST = QT_TRANSLATE_NOOP("phrases", "{0}, lost")
COMPARE_NOT_BY = QT_TRANSLATE_NOOP("phrases", "not by {0}")
COMPARE_NOT_BY_LATER = QT_TRANSLATE_NOOP("phrases", "not by {0} ({1})")
COMPARE_TO_YEAR = QT_TRANSLATE_NOOP("phrases", "{0} (to {1})")
COMPARE_SAME = QT_TRANSLATE_NOOP("phrases", "the same")

# The baselines a comparison's cost is measured against, by key (CLI ``--baseline``).
COMPARE_BASELINES: dict[str, str] = {
    "constant-share": BASELINE_NAMES[0],
    "cash-freeze": BASELINE_NAMES[1],
    "real-freeze": BASELINE_NAMES[2],
}


def compare_reach_text(t: ThresholdResult, horizon: int, tr: Translate = identity) -> str:
    """A comparison cell: ``already met``, ``2028``, ``2028, lost``, ``not by 2035 (2041)``.

    The year in brackets is when the path reaches the threshold after the horizon; "lost"
    means the share falls back below it before the horizon (:func:`compare_legend`).
    """
    if t.year_reached is not None:
        text = say(COMPARE_ALREADY_MET, tr) if t.already_met else str(t.year_reached)
        if not t.holds_through_horizon:
            text = say(COMPARE_LOST, tr).format(text)
        return text
    later = t.year_reached_beyond_horizon
    if later is None:
        return say(COMPARE_NOT_BY, tr).format(horizon)
    return say(COMPARE_NOT_BY_LATER, tr).format(horizon, later)


def compare_legend(tr: Translate = identity) -> str:
    """What a comparison's cells mean, printed under every comparison table."""
    return say(
        QT_TRANSLATE_NOOP(
            "phrases",
            "Years show when each threshold is first reached; \u201clost\u201d: the share falls "
            "back below it by the horizon; \u201cnot by 2035 (2041)\u201d: reached in 2041 if the "
            "path runs on. Extra spending is core spending above the baseline, summed from the "
            "year after each scenario's base year, in the ally's currency.",
        ),
        tr,
    )


def signed_money(bn: float, currency: str, tr: Translate = identity) -> str:
    """An amount with its sign, for a column of differences: ``+84.1 bn EUR``, ``−12.0 bn PLN``."""
    if abs(bn) < 0.0005:
        return say(COMPARE_SAME, tr)
    if bn < 0:
        return "\u2212" + money(-bn, currency)
    return "+" + money(bn, currency)


# ---------------------------------------------------------------------------- fiscal impact
# The Budget impact view, ``project --fiscal`` and the reports (DESIGN.md section 4, Fiscal
# impact; the rules and their sources in ../shared/data/fiscal_rules.md).

# NATO allies in the EU: the escape clause can apply to them only.
_EU_ALLIES = frozenset(
    {
        *("BEL", "BGR", "CZE", "DEU", "DNK", "ESP", "EST", "FIN", "FRA", "GRC", "HRV", "HUN"),
        *("ITA", "LTU", "LUX", "LVA", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "SWE"),
    }
)
FISCAL_BASELINE_NAMES = COMPARE_BASELINES  # the same three baselines, by the same keys

ESCAPE_STAND_IN = QT_TRANSLATE_NOOP(
    "phrases",
    "The EU measures defence by COFOG division 02 (national accounts); this app has NATO's "
    "figures only, so NATO's core share stands in for COFOG 02.",
)
DEBT_BRAKE_NOTE = QT_TRANSLATE_NOOP(
    "phrases",
    "Germany: since March 2025 defence and some security spending above 1 % of GDP is exempt "
    "from the debt brake, on a broader definition than NATO's (also civil protection, "
    "intelligence, IT security and aid to states under attack).",
)


def _fiscal_year(fi: FiscalImpact) -> int:
    """The year the fiscal sentences quote: 2035, or the horizon when it comes first."""
    return min(2035, int(fi.years[-1]))


def financing_phrase(fi: FiscalImpact, tr: Translate = identity) -> str:
    """``borrowed at 3 %``, ``60 % borrowed at 3 % and the rest paid for by taxes or cuts``."""
    rate = pct(fi.interest_pct, 2)
    if fi.borrowed_pct >= 100.0 - 1e-9:
        return say(QT_TRANSLATE_NOOP("phrases", "borrowed at {0}"), tr).format(rate)
    if fi.borrowed_pct <= 1e-9:
        return say(
            QT_TRANSLATE_NOOP(
                "phrases", "paid for by taxes or cuts (nothing borrowed; interest {0})"
            ),
            tr,
        ).format(rate)
    return say(
        QT_TRANSLATE_NOOP("phrases", "{0} borrowed at {1} and the rest paid for by taxes or cuts"),
        tr,
    ).format(pct(fi.borrowed_pct), rate)


def fiscal_clause(fi: FiscalImpact, tr: Translate = identity) -> str:
    """The summary sentence's clause on debt: ``borrowed at 3 %, this adds 6.6 points to debt by 2035``.

    Points of GDP of general government gross debt, against the fiscal baseline.
    """
    year = _fiscal_year(fi)
    effect = fi.debt_effect_pp(year)
    how = financing_phrase(fi, tr)
    if abs(effect) < 0.05:
        return say(
            QT_TRANSLATE_NOOP("phrases", "{0}, this leaves debt unchanged by {1}"), tr
        ).format(how, year)
    if effect > 0:
        form = QT_TRANSLATE_NOOP("phrases", "{0}, this adds {1:.1f} points to debt by {2}")
    else:
        form = QT_TRANSLATE_NOOP("phrases", "{0}, this lowers debt by {1:.1f} points by {2}")
    return say(form, tr).format(how, abs(effect), year)


def debt_effect_text(fi: FiscalImpact, currency: str = "", tr: Translate = identity) -> str:
    """Debt with and without the extra spending in 2035, the extra deficit and the interest."""
    year = _fiscal_year(fi)
    i = year - int(fi.years[0])
    return say(
        QT_TRANSLATE_NOOP(
            "phrases",
            "By {0} general government gross debt is {1:.1f} % of GDP, against {2:.1f} % without "
            "the extra spending ({3:+.1f} points); the extra debt is {4} and the extra deficit "
            "{5:.2f} % of GDP that year, with interest at {6} a year on the extra debt.",
        ),
        tr,
    ).format(
        year,
        float(fi.debt_pct_gdp[i]),
        float(fi.baseline_debt_pct_gdp[i]),
        _rounded(fi.debt_effect_pp(year), 1),
        money(float(fi.extra_debt_bn[i]), currency).strip(),
        _rounded(float(fi.extra_deficit_pct_gdp[i]), 2),
        pct(fi.interest_pct, 2),
    )


def _rounded(value: float, places: int) -> float:
    """``value`` rounded as it is printed, a rounding residue never signed (0.00, not -0.00)."""
    return round(value, places) + 0.0


def fiscal_assumptions_text(fi: FiscalImpact, tr: Translate = identity) -> str:
    """What the fiscal block assumes, the interest rate always stated."""
    return say(
        QT_TRANSLATE_NOOP(
            "phrases",
            "Fiscal assumptions: the extra spending is core and related spending above {0}, "
            "from {1}; {2} of it is borrowed at an effective interest rate of {3} a year "
            "(nominal; an assumption, as the IMF publishes no such rate) and the rest is paid "
            "for by taxes or cuts elsewhere. The extra spending does not change GDP. Debt "
            "without it: the IMF's gross debt (WEO October 2025) to 2030, then rising by the "
            "IMF's 2030 deficit.",
        ),
        tr,
    ).format(
        say(FISCAL_BASELINE_NAMES[fi.baseline.value], tr),
        int(fi.years[0]) + 1,
        pct(fi.borrowed_pct),
        pct(fi.interest_pct, 2),
    )


def financing_text(proj: Projection, fi: FiscalImpact, tr: Translate = identity) -> str:
    """The part not borrowed as a tax rise (of GDP and of revenue) or a cut in other spending."""
    year = _fiscal_year(fi)
    i = year - int(fi.years[0])
    rest = float(fi.extra_bn[i] - fi.borrowed_bn[i])
    if fi.borrowed_pct >= 100.0 - 1e-9:
        return say(
            QT_TRANSLATE_NOOP(
                "phrases", "All of the extra spending is borrowed: no tax rise or cut pays for it."
            ),
            tr,
        )
    if rest <= 0.0:
        return say(
            QT_TRANSLATE_NOOP(
                "phrases", "In {0} spending is not above {1}: there is nothing to pay for."
            ),
            tr,
        ).format(year, say(FISCAL_BASELINE_NAMES[fi.baseline.value], tr))
    return say(
        QT_TRANSLATE_NOOP(
            "phrases",
            "The part not borrowed in {0}, {1}, takes a tax rise of {2:.2f} % of GDP ({3:.1f} % "
            "of general government revenue), or a cut of {4:.1f} % in other government spending.",
        ),
        tr,
    ).format(
        year,
        money(rest, proj.country.currency),
        float(fi.tax_pct_gdp[i]),
        float(fi.tax_pct_revenue[i]),
        float(fi.cut_pct_other_spending[i]),
    )


def escape_clause_text(proj: Projection, fi: FiscalImpact, tr: Translate = identity) -> str:
    """The EU escape clause for this ally in plain words, the 2028 cliff and the stand-in."""
    ec = fi.escape_clause
    name, iso3 = proj.country.name, proj.country.iso3
    if locales.active_language() != "en":
        name = locales.ally_in_sentence(iso3, name)  # pour l'Espagne, für Spanien
    stand_in = say(ESCAPE_STAND_IN, tr)
    if not ec.applies:
        if iso3 not in _EU_ALLIES:
            return say(
                QT_TRANSLATE_NOOP(
                    "phrases", "{0} is not in the EU: its escape clause does not apply."
                ),
                tr,
            ).format(name)
        if iso3 in ESCAPE_CLAUSE_ALLIES:
            text = QT_TRANSLATE_NOOP(
                "phrases",
                "The EU national escape clause is switched off here; the Council activated it "
                "for {0} on 8 July 2025 (as reported).",
            )
        else:
            text = QT_TRANSLATE_NOOP(
                "phrases",
                "The EU national escape clause is not activated for {0}: the Council activated "
                "it on 8 July 2025 for 15 states, {0} not among them (as reported). Switch it on "
                "to see what it would cover.",
            )
        return say(text, tr).format(name) + " " + stand_in
    years = [int(y) for y in ec.years]
    if ESCAPE_LAST_YEAR not in years or math.isnan(ec.base_share_2021):
        return (
            say(
                QT_TRANSLATE_NOOP(
                    "phrases",
                    "The EU national escape clause covers 2025 to 2028; this scenario ends "
                    "before 2028 or has no 2021 figure.",
                ),
                tr,
            )
            + " "
            + stand_in
        )
    k = years.index(ESCAPE_LAST_YEAR)
    if iso3 in ESCAPE_CLAUSE_ALLIES:
        why = say(
            QT_TRANSLATE_NOOP("phrases", "activated by the Council on 8 July 2025, as reported"),
            tr,
        )
    else:
        why = say(QT_TRANSLATE_NOOP("phrases", "switched on here; the Council has not"), tr)
    text = say(
        QT_TRANSLATE_NOOP(
            "phrases",
            "EU national escape clause ({0}): from 2025 to 2028 the rise of the core share above "
            "its 2021 level of {1:.2f} % is covered up to 1.5 points of GDP; in 2028 {2:.2f} "
            "points are covered and {3:.2f} are not.",
        ),
        tr,
    ).format(why, ec.base_share_2021, ec.covered_pct_points[k], ec.uncovered_pct_points[k])
    if k + 1 < len(years):
        last = len(years) - 1
        text += " " + say(
            QT_TRANSLATE_NOOP(
                "phrases",
                "After 2028 nothing is covered (the 2028 cliff): in {0} all {1:.2f} points of "
                "the rise are outside the clause.",
            ),
            tr,
        ).format(years[last], ec.uncovered_pct_points[last])
    return f"{text} {stand_in}"


def debt_brake_text(proj: Projection, fi: FiscalImpact, tr: Translate = identity) -> str:
    """Germany's debt-brake note with the share this path has above 1 % of GDP."""
    year = _fiscal_year(fi)
    share = float(proj.core_share_pct[year - proj.base_year])
    above = max(share - DEBT_BRAKE_EXEMPT_PCT, 0.0)
    return (
        say(DEBT_BRAKE_NOTE, tr)
        + " "
        + say(
            QT_TRANSLATE_NOOP(
                "phrases",
                "On this path the core share is {0:.2f} % of GDP in {1}: {2:.2f} points above 1 %.",
            ),
            tr,
        ).format(share, year, above)
    )


# ------------------------------------------------------------------ own numbers (issue 11)

BASE_SOURCE_NAMES = {
    "nato_share": QT_TRANSLATE_NOOP("phrases", "NATO share × IMF GDP (derived)"),
    "user_share": QT_TRANSLATE_NOOP("phrases", "user's figure (share of GDP)"),
    "user_amount": QT_TRANSLATE_NOOP("phrases", "user's figure (amount)"),
    "nato_spending": QT_TRANSLATE_NOOP("phrases", "NATO published spending"),
}
EXTRA_BASELINE_NAMES = {
    "constant_share": QT_TRANSLATE_NOOP("phrases", "a constant share"),
    "cash_freeze": QT_TRANSLATE_NOOP("phrases", "a cash freeze"),
    "real_freeze": QT_TRANSLATE_NOOP("phrases", "a real freeze"),
    "own_path": QT_TRANSLATE_NOOP("phrases", "the user's own baseline"),
}
AS_REPORTED_BY = QT_TRANSLATE_NOOP("phrases", " (as reported by {0})")  # a second-hand source
EXTRA_COLUMN = QT_TRANSLATE_NOOP("phrases", "Extra vs {0}")


def extra_column_label(baseline: str, tr: Translate = identity) -> str:
    """A yearly table's extra-spending heading: ``Extra vs a cash freeze``."""
    return say(EXTRA_COLUMN, tr).format(say(EXTRA_BASELINE_NAMES[baseline], tr))


PRICES_CURRENT = QT_TRANSLATE_NOOP("phrases", "current prices")
PRICES_CONSTANT = QT_TRANSLATE_NOOP("phrases", "in {0} prices")


def base_source_text(proj: Projection, tr: Translate = identity) -> str:
    """``Base-year spending: user's figure (amount), 45.00 bn EUR = 2.45 % of GDP``."""
    core = proj.scenario.core
    return say(
        QT_TRANSLATE_NOOP("phrases", "Base-year spending ({0}): {1}, {2} = {3} of GDP"), tr
    ).format(
        proj.base_year,
        say(BASE_SOURCE_NAMES[core.base_source.value], tr),
        money(proj.base_core_bn, proj.country.currency),
        pct(proj.base_share_pct, 2),
    )


def gdp_path_text(proj: Projection, tr: Translate = identity) -> str | None:
    """``GDP: own figures 2027: 1,800 bn EUR; 2030: 2,000 bn EUR (source: …)`` or ``None``."""
    eco = proj.scenario.economy
    if not eco.gdp_path:
        return None
    cur = proj.country.currency
    levels = "; ".join(f"{g.year}: {g.gdp_bn:,.2f} bn {cur}" for g in eco.gdp_path)
    source = eco.gdp_source or say(QT_TRANSLATE_NOOP("phrases", "not named"), tr)
    return say(
        QT_TRANSLATE_NOOP(
            "phrases",
            "GDP: own figures {0} (source: {1}); constant nominal growth between them, the "
            "economy path's growth after the last",
        ),
        tr,
    ).format(levels, source)


def one_rate_text(proj: Projection, tr: Translate = identity) -> str | None:
    """Which constant rate keeps its IMF path, or ``None``."""
    eco = proj.scenario.economy
    if eco.preset is not EconomyPreset.CONSTANT:
        return None
    if eco.real_growth_from_imf and eco.inflation_from_imf:
        return say(QT_TRANSLATE_NOOP("phrases", "Real growth and inflation: IMF path"), tr)
    if eco.real_growth_from_imf:
        return say(
            QT_TRANSLATE_NOOP("phrases", "Real growth: IMF path; inflation: constant {0}"), tr
        ).format(pct(eco.inflation_pct, 2))
    if eco.inflation_from_imf:
        return say(
            QT_TRANSLATE_NOOP("phrases", "Inflation: IMF path; real growth: constant {0}"), tr
        ).format(pct(eco.real_growth_pct, 2))
    return None


def prices_text(prices: str, base_year: int, tr: Translate = identity) -> str:
    """``current prices`` or ``in 2026 prices``."""
    if prices == "constant":
        return say(PRICES_CONSTANT, tr).format(base_year)
    return say(PRICES_CURRENT, tr)


def money_units_text(
    code: str,
    national: str,
    prices: str,
    base_year: int,
    method: str,
    first_rate: float,
    tr: Translate = identity,
) -> str:
    """The money units and the conversion used, stated (never silent)."""
    units = say(QT_TRANSLATE_NOOP("phrases", "Money: billions of {0}, {1}"), tr).format(
        code, prices_text(prices, base_year, tr)
    )
    if method == "fixed":
        return units + say(
            QT_TRANSLATE_NOOP(
                "phrases", "; converted from {0} at the fixed rate {1:.5f} {0} per {2}"
            ),
            tr,
        ).format(national, 1.0 / first_rate, code)
    if method == "imf":
        return units + say(
            QT_TRANSLATE_NOOP(
                "phrases",
                "; converted from {0} at the exchange rate implied by the IMF (NGDP / NGDPD{3}), "
                "{1:.4f} {2} per {0} in {4}, {5}",
            ),
            tr,
        ).format(
            national,
            first_rate,
            code,
            say(QT_TRANSLATE_NOOP("phrases", "; EUR via Germany's implied rate"), tr)
            if code == "EUR"
            else "",
            base_year,
            say(QT_TRANSLATE_NOOP("phrases", "the base year's rate for every year"), tr)
            if prices == "constant"
            else say(
                QT_TRANSLATE_NOOP("phrases", "each year's rate, held at its 2030 value after 2030"),
                tr,
            ),
        )
    return units


def extra_basis_text(
    baseline: str, baseline_name: str, window: tuple[int, int], tr: Translate = identity
) -> str:
    """``Extra spending measured against a cash freeze, summed over 2027–2030``.

    The assumption only: the amounts are in :func:`extra_spending_text` (one fact, one line).
    """
    name = say(EXTRA_BASELINE_NAMES[baseline], tr)
    if baseline == "own_path" and baseline_name:
        name = f"{name} ({baseline_name})"
    return say(
        QT_TRANSLATE_NOOP("phrases", "Extra spending measured against {0}, summed over {1}–{2}"),
        tr,
    ).format(name, window[0], window[1])


def claim_text(
    amount_bn: float,
    share_pct: float,
    year: int,
    implied_gdp_bn: float,
    needed_growth_pct: float,
    imf_gdp_bn: float,
    imf_growth_pct: float,
    difference_pct: float,
    base_year: int,
    currency: str,
    tr: Translate = identity,
) -> str:
    """The implied-GDP check of a claim, against the IMF path."""
    return say(
        QT_TRANSLATE_NOOP(
            "phrases",
            "Claim check: {0:,.2f} bn {9} being {1:g} % of GDP in {2} implies GDP of "
            "{3:,.2f} bn {9}, nominal growth of {4:.2f} % a year from {8}; the IMF path has "
            "{5:,.2f} bn {9} ({6:.2f} % a year), so the claim's GDP is {7:+.1f} % against the "
            "IMF's",
        ),
        tr,
    ).format(
        amount_bn,
        share_pct,
        year,
        implied_gdp_bn,
        needed_growth_pct,
        imf_gdp_bn,
        imf_growth_pct,
        difference_pct,
        base_year,
        currency,
    )


def glide_held_note(proj: Projection, tr: Translate = identity) -> str | None:
    """Say that a glide target below the current share does not cut (``None`` otherwise)."""
    if not proj.glide_held:
        return None
    return say(
        QT_TRANSLATE_NOOP(
            "phrases",
            "The glide target {0} is below the current share {1}: never below the current "
            "share, so the share is held at {1} (allow cuts to glide down)",
        ),
        tr,
    ).format(pct(proj.scenario.core.glide_target_pct, 2), pct(proj.base_share_pct, 2))


ALLIANCE_GROUPS = {
    "nato_europe_and_canada": QT_TRANSLATE_NOOP("phrases", "NATO Europe and Canada"),
    "all_allies": QT_TRANSLATE_NOOP("phrases", "All allies"),
}


def alliance_totals_lines(
    totals: dict[str, dict[str, float]],
    thresholds: Iterable[Threshold],
    currency: str,
    prices: str,
    base_year: int,
    horizon: int,
    window: tuple[int, int],
    tr: Translate = identity,
) -> list[str]:
    """The alliance's money in one currency: what each group spends and must add.

    The first line states the units and what the two amounts are: the gap in the target year
    alone, and the money a straight-line path from the base year would add over the window.
    Then, for each group, its spending and a line per threshold.
    """
    thresholds = list(thresholds)
    lines = [
        say(
            QT_TRANSLATE_NOOP(
                "phrases",
                "Totals in billions of {0}, {1}, each ally converted at its exchange rate "
                "implied by the IMF (NGDP / NGDPD). Money needed: in the target year alone "
                "(that year's gap), and over {2}–{3} (each year's shortfall below a straight "
                "line from the base year to the threshold, summed)",
            ),
            tr,
        ).format(currency, prices_text(prices, base_year, tr), window[0], window[1])
    ]
    for group, name in ALLIANCE_GROUPS.items():
        t = totals[group]
        lines.append(
            say(
                QT_TRANSLATE_NOOP("phrases", "{0}: core spending {1} in the base year, {2} in {3}"),
                tr,
            ).format(
                say(name, tr),
                money(t["core_defence_base_bn"], currency),
                money(t["core_defence_horizon_bn"], currency),
                horizon,
            )
        )
        for th in thresholds:
            key = f"{th.measure.value}_{th.value_pct:g}_by_{th.target_year}_bn"
            if f"needed_{key}" not in t:
                continue
            at_target, over = t[f"needed_{key}"], t[f"cumulative_needed_{key}"]
            what = say(QT_TRANSLATE_NOOP("phrases", "{0}, {1} {2} by {3}"), tr).format(
                say(name, tr), pct(th.value_pct), measure_name(th.measure, tr), th.target_year
            )
            if max(abs(at_target), abs(over)) < 0.0005:
                need = say(QT_TRANSLATE_NOOP("phrases", "nothing more: met on this path"), tr)
            else:
                need = say(
                    QT_TRANSLATE_NOOP("phrases", "{0} more in {1} alone; {2} over {3}–{4}"), tr
                ).format(
                    money(at_target, currency),
                    th.target_year,
                    money(over, currency),
                    window[0],
                    window[1],
                )
            lines.append(f"{what}: {need}")
    return lines


HAGUE_STAYS_ABOVE = QT_TRANSLATE_NOOP(
    "phrases", "credible: the core share stays at or above 3.5 % through 2035"
)


# ---------------------------------------------------------------------------- uncertainty

UNC_TITLE = QT_TRANSLATE_NOOP("phrases", "How sure is that year?")
UNC_MODEL_TITLE = QT_TRANSLATE_NOOP("phrases", "Model card")
UNC_CARD_METHOD = QT_TRANSLATE_NOOP(
    "phrases",
    "Method: AR(1) shocks to real growth and to GDP-deflator inflation around the economy path",
)
UNC_CARD_PERIOD = QT_TRANSLATE_NOOP("phrases", "Estimated from the IMF's history {0}–{1}")
UNC_CARD_PERIOD_WITHOUT = QT_TRANSLATE_NOOP(
    "phrases", "Estimated from the IMF's history {0}–{1}, without {2}"
)
UNC_CARD_USER = QT_TRANSLATE_NOOP(
    "phrases", "Persistence, volatility and correlation set by the user"
)
UNC_CARD_GROWTH = QT_TRANSLATE_NOOP(
    "phrases", "Real growth: persistence ρ {0:.2f}, volatility σ {1:.2f} pp a year"
)
UNC_CARD_INFLATION = QT_TRANSLATE_NOOP(
    "phrases",
    "Inflation: persistence ρ {0:.2f}, volatility σ {1:.2f} pp a year; correlation {2:+.2f}",
)
UNC_CARD_DRAWS = QT_TRANSLATE_NOOP("phrases", "{0:,} draws, seed {1}")
UNC_CARD_EXECUTION = QT_TRANSLATE_NOOP(
    "phrases",
    "Execution risk: each year {0} of planned core spending on average not spent (spread {1} pp)",
)
UNC_PROBABILITY = QT_TRANSLATE_NOOP("phrases", "{0} by {1}: {2}")
UNC_SPREAD_SHARE_FIXED = QT_TRANSLATE_NOOP(
    "phrases",
    "This path is fixed as a share of GDP: the share does not spread, the money does.",
)
UNC_SPREAD_MONEY_FIXED = QT_TRANSLATE_NOOP(
    "phrases",
    "This path is fixed in money: the money does not spread, the share of GDP does.",
)
UNC_SPREAD_MIXED = QT_TRANSLATE_NOOP(
    "phrases", "Both the money and the share of GDP spread on this path."
)
UNC_NOT_BY = QT_TRANSLATE_NOOP("phrases", "not by {0}")
UNC_BAND = QT_TRANSLATE_NOOP("phrases", "{0}–{1} % band")
UNC_PERCENTILE = QT_TRANSLATE_NOOP("phrases", "{0}th percentile")
UNC_COLUMNS = (
    QT_TRANSLATE_NOOP("phrases", "Threshold"),
    QT_TRANSLATE_NOOP("phrases", "Target year"),
    QT_TRANSLATE_NOOP("phrases", "Probability"),
    QT_TRANSLATE_NOOP("phrases", "Most likely crossing"),
    QT_TRANSLATE_NOOP("phrases", "Not by the horizon"),
)
UNC_CROSSING_TITLE = QT_TRANSLATE_NOOP("phrases", "Year first reached: {0}")
UNC_CROSSING_COLUMNS = (
    QT_TRANSLATE_NOOP("phrases", "Year"),
    QT_TRANSLATE_NOOP("phrases", "Share of draws"),
)
SENS_TITLE = QT_TRANSLATE_NOOP("phrases", "Sensitivity: one assumption moved at a time")
SENS_FACTORS = {
    "real_growth": QT_TRANSLATE_NOOP("phrases", "Real growth"),
    "inflation": QT_TRANSLATE_NOOP("phrases", "Inflation"),
    "spending_growth": QT_TRANSLATE_NOOP("phrases", "Core spending growth"),
}
SENS_ROW = QT_TRANSLATE_NOOP("phrases", "{0} {1:+g} pp a year")
SENS_CENTRAL = QT_TRANSLATE_NOOP("phrases", "Central case")
SENS_HEADER = QT_TRANSLATE_NOOP("phrases", "{0} {1}: year · share in {2}")
SENS_NOTE = QT_TRANSLATE_NOOP(
    "phrases",
    "Real growth and inflation move in every projected year; core spending grows the step "
    "faster or slower each year than planned.",
)
UNC_BAND_NOTE = QT_TRANSLATE_NOOP(
    "phrases",
    "The shaded band on the chart holds the middle 80 % of {0} draws (10th to 90th "
    "percentile), the lighter one 90 % (5th to 95th).",
)
UNC_BAND_TITLE = QT_TRANSLATE_NOOP(
    "phrases", "The band of the core share and of core money (pN: the Nth percentile of the draws)"
)
UNC_BAND_SHARE = QT_TRANSLATE_NOOP("phrases", "Core % p{0}")
UNC_BAND_MONEY = QT_TRANSLATE_NOOP("phrases", "Core bn {1} p{0}")
UNC_BAND_LEGEND = QT_TRANSLATE_NOOP("phrases", "Core share, 10th–90th percentile of the draws")
UNC_PENDING = QT_TRANSLATE_NOOP("phrases", "{0} by {1}: …")


def probability_pct(p: float) -> str:
    """A probability as a briefing writes it: ``62 %``; ``< 1 %`` and ``> 99 %`` near the ends."""
    if math.isnan(p):
        return NONE
    if 0.0 < p < 0.005:
        return "< 1 %"
    if 0.995 < p < 1.0:
        return "> 99 %"
    return f"{100.0 * p:.0f} %"


def probability_text(th: Threshold, probability: float, tr: Translate = identity) -> str:
    """``3.5 % by 2035: 62 %`` (the scoreboard, the CLI, the reports)."""
    return say(UNC_PROBABILITY, tr).format(
        pct(th.value_pct), th.target_year, probability_pct(probability)
    )


def probability_pending_text(th: Threshold, tr: Translate = identity) -> str:
    """``3.5 % by 2035: …`` while the draws of a new scenario run."""
    return say(UNC_PENDING, tr).format(pct(th.value_pct), th.target_year)


def model_card(model: ShockModel, tr: Translate = identity) -> tuple[str, ...]:
    """The method in five lines: shocks, period, growth ρ σ, inflation ρ σ and correlation, N."""
    years = model.estimated_from
    if not years:
        period = say(UNC_CARD_USER, tr)
    else:
        left_out = sorted(set(range(min(years), max(years) + 1)) - set(years))
        if left_out:
            period = say(UNC_CARD_PERIOD_WITHOUT, tr).format(
                min(years), max(years), ", ".join(map(str, left_out))
            )
        else:
            period = say(UNC_CARD_PERIOD, tr).format(min(years), max(years))
    return (
        say(UNC_CARD_METHOD, tr),
        period,
        say(UNC_CARD_GROWTH, tr).format(model.rho_growth, model.sigma_growth),
        say(UNC_CARD_INFLATION, tr).format(
            model.rho_inflation, model.sigma_inflation, model.correlation
        ),
        say(UNC_CARD_DRAWS, tr).format(model.draws, model.seed),
    )


def execution_risk_text(mean_pct: float, sd_pct: float, tr: Translate = identity) -> str:
    """The execution-risk assumption in one line."""
    return say(UNC_CARD_EXECUTION, tr).format(pct(mean_pct), f"{sd_pct:g}")


def spread_text(spread: str, tr: Translate = identity) -> str:
    """Which quantity the draws move (``Spread`` values: share_fixed, money_fixed, mixed)."""
    if spread == "share_fixed":
        return say(UNC_SPREAD_SHARE_FIXED, tr)
    if spread == "money_fixed":
        return say(UNC_SPREAD_MONEY_FIXED, tr)
    return say(UNC_SPREAD_MIXED, tr)


def sensitivity_label(factor: str, step_pp: float, tr: Translate = identity) -> str:
    """``Real growth +1 pp a year``."""
    return say(SENS_ROW, tr).format(say(SENS_FACTORS[factor], tr), step_pp)


# The own-number settings in words (the workbook's Assumptions sheet; setting_text).
OWN_SETTING_WORDS: dict[str, dict[str, str]] = {
    "core.base_source": BASE_SOURCE_NAMES,
    "extra.baseline": EXTRA_BASELINE_NAMES,
    "money.prices": {
        "current": QT_TRANSLATE_NOOP("phrases", "current prices"),
        "constant": QT_TRANSLATE_NOOP("phrases", "constant base-year prices"),
    },
    "money.currency": {
        "national": QT_TRANSLATE_NOOP("phrases", "national currency"),
        "USD": QT_TRANSLATE_NOOP("phrases", "US dollars (IMF implied rate)"),
        "EUR": QT_TRANSLATE_NOOP("phrases", "euros (IMF implied rate)"),
    },
}


# ---------------------------------------------------------------------------- datasets (issue 14)
# The status bar's dataset, the fall-backs of a dataset switch, the Vintages view, `diff` and the
# equipment guideline; the numbers come from calculator/exports/vintages.py.
DATASET_STATUS_BUNDLED = QT_TRANSLATE_NOOP("phrases", "Dataset: {0} (bundled)")
DATASET_STATUS_IMPORTED = QT_TRANSLATE_NOOP("phrases", "Dataset: {0} (imported {1})")
DATASET_NAME_NATO = QT_TRANSLATE_NOOP("phrases", "NATO {0}")
DATASET_TOOLTIP = QT_TRANSLATE_NOOP(
    "phrases", "{0}: release of {1}, cut-off {2}. Data ▸ Datasets… lists and switches datasets."
)
FALLBACK_EDITION = QT_TRANSLATE_NOOP(
    "phrases", "Dataset {0} has no {1} edition; using its {2} edition."
)
FALLBACK_BASE_YEAR = QT_TRANSLATE_NOOP(
    "phrases", "Base year {0} is not in dataset {1}; using its latest year ({2})."
)
FALLBACK_ALLY = QT_TRANSLATE_NOOP(
    "phrases", "{0} cannot be projected with dataset {1}; showing {2}."
)
DIFF_BASE_YEAR = QT_TRANSLATE_NOOP("phrases", "Base year")
DIFF_BASE_SHARE = QT_TRANSLATE_NOOP("phrases", "Base share, % of GDP")
DIFF_BASE_MONEY = QT_TRANSLATE_NOOP("phrases", "Base-year core spending")
# the workbook's row, numbers in one unit: "Base-year core spending (m EUR)"
DIFF_BASE_MONEY_UNIT = QT_TRANSLATE_NOOP("phrases", "Base-year core spending ({0})")
# a dataset named in the A and B lines: "bundled" for the one that ships, else its id
DATASET_SHORT_BUNDLED = QT_TRANSLATE_NOOP("phrases", "bundled")
DIFF_REACHES = QT_TRANSLATE_NOOP("phrases", "Reaches {0}")
DIFF_REQUIRED = QT_TRANSLATE_NOOP("phrases", "Required growth for {0} by {1}, % a year")
DIFF_MET = QT_TRANSLATE_NOOP("phrases", "met ({0})")
DIFF_NOT_BY_HORIZON = QT_TRANSLATE_NOOP("phrases", "not by horizon")
DIFF_SAME = QT_TRANSLATE_NOOP("phrases", "same")
DIFF_CHANGED = QT_TRANSLATE_NOOP("phrases", "changed")
DIFF_RUN_LABEL = QT_TRANSLATE_NOOP("phrases", "{0} · NATO {1} (edition {2})")
EQUIPMENT_LINE = QT_TRANSLATE_NOOP(
    "phrases",
    "Equipment: {0:.1f}% of defence spending in {1} ({2} NATO's {3:g}% guideline); "
    "{3:g}% of the projected budget is {4} in the base year and {5} at the horizon. "
    "Source: {6}.",
)
EQUIPMENT_MEETS = QT_TRANSLATE_NOOP("phrases", "meets")
EQUIPMENT_BELOW = QT_TRANSLATE_NOOP("phrases", "is below")
EQUIPMENT_PERSONNEL = QT_TRANSLATE_NOOP(
    "phrases", "Personnel: {0:.1f}% of defence spending in {1}."
)
EQUIPMENT_NONE = QT_TRANSLATE_NOOP(
    "phrases",
    "Equipment: dataset {0} has no distribution by category (NATO's Tables 8a/8b), so its "
    "share against NATO's 20% guideline is not known; import a NATO workbook that has them.",
)
# What changed between editions, in the PDF brief and the workbook (``report --vintages``).
VINTAGES_TITLE = QT_TRANSLATE_NOOP("phrases", "What changed between editions")
VINTAGES_INTRO = QT_TRANSLATE_NOOP(
    "phrases",
    "{0}: the same scenario on two datasets. A (the figures of this report): {1}. B: {2}.",
)
VINTAGES_EXPLAIN = QT_TRANSLATE_NOOP(
    "phrases",
    "NATO revises past years in every edition and adds a new estimate, so the base share, the "
    "base-year money and with them the crossing years can move although no assumption changed.",
)
VINTAGES_COLUMNS = (
    QT_TRANSLATE_NOOP("phrases", "What"),
    QT_TRANSLATE_NOOP("phrases", "A: {0}"),
    QT_TRANSLATE_NOOP("phrases", "B: {0}"),
    QT_TRANSLATE_NOOP("phrases", "B − A"),
)
# NATO's equipment guideline (Tables 8a/8b) in the brief, the workbook and the window's chart.
EQUIPMENT_TITLE = QT_TRANSLATE_NOOP("phrases", "NATO's equipment guideline (20%)")
EQUIPMENT_COLUMNS = (
    QT_TRANSLATE_NOOP("phrases", "Year"),
    QT_TRANSLATE_NOOP("phrases", "Equipment, % of defence spending"),
    QT_TRANSLATE_NOOP("phrases", "Personnel, % of defence spending"),
    QT_TRANSLATE_NOOP("phrases", "Core spending ({0})"),
    QT_TRANSLATE_NOOP("phrases", "20% of it for equipment ({0})"),
)
EQUIPMENT_TABLE_NOTE = QT_TRANSLATE_NOOP(
    "phrases",
    "Shares as NATO published them in edition {0} (e: estimate); the money is 20% of this "
    "scenario's projected core spending, which the guideline asks to go to major equipment "
    "and its research and development.",
)
EQUIPMENT_AXIS = QT_TRANSLATE_NOOP("phrases", "% of defence spending")
EQUIPMENT_CURVE = QT_TRANSLATE_NOOP("phrases", "Equipment")
PERSONNEL_CURVE = QT_TRANSLATE_NOOP("phrases", "Personnel")
EQUIPMENT_GUIDELINE_LINE = QT_TRANSLATE_NOOP("phrases", "NATO guideline: 20% on equipment")
EQUIPMENT_CHART_SOURCE = QT_TRANSLATE_NOOP("phrases", "{0}: {1}. Source: {2}.")
EQUIPMENT_CHART_OF = QT_TRANSLATE_NOOP(
    "phrases",
    "Chart: {0}, {1}, equipment and personnel as % of defence spending, as published in {2} "
    "(Table 8a; hollow: estimate).",
)


# ---------------------------------------------------------------------------- the sweep (issue 15)
# Facts the core and the dataset state in English, said in the active language at the edge; the
# English is byte for byte what the core writes (tests/exports/test_languages.py checks that).

# core/projection.py's FLOOR_NOTE and base-year note, as templates.
NOTE_FLOOR = QT_TRANSLATE_NOOP(
    "phrases", "core spending would fall below zero; it is held at zero from then on"
)
NOTE_BASE_YEAR = QT_TRANSLATE_NOOP(
    "phrases", "NATO's {0} edition has no {1} figure for {2}, so the base year is {3}"
)
_BASE_NOTE = re.compile(
    r"^NATO's (?P<edition>\S+) edition has no (?P<year>\d{4}) figure for (?P<name>.+?), "
    r"so the base year is (?P<base>\d{4})(?:\. (?P<why>.*))?$",
    re.DOTALL,
)
# Texts of the bundled dataset (countries.csv, manifest.json): translated when they are these
# words; an imported dataset's own notes are shown as written.
DATA_TEXTS = {
    text: text
    for text in (
        QT_TRANSLATE_NOOP(
            "phrases",
            "Iceland has no armed forces; NATO publishes no defence expenditure figure for it.",
        ),
        QT_TRANSLATE_NOOP(
            "phrases",
            "Values are copied as published; nothing is rounded, interpolated or estimated.",
        ),
        QT_TRANSLATE_NOOP(
            "phrases",
            "NATO year Y is the fiscal year holding most of its months (2025 = FY 2025/26 for "
            "Canada and the UK).",
        ),
        QT_TRANSLATE_NOOP(
            "phrases",
            "NATO publishes no per-ally figure for defence- and security-related spending (the "
            "1.5% category).",
        ),
    )
}
_KNOWN_NOTES = {text: text for text in (MONEY_NOTE, RELATED_NOTE, NOTE_FLOOR)} | DATA_TEXTS


def note_text(note: str, tr: Translate = identity) -> str:
    """A projection's or dataset's note in the active language; an unknown note as written.

    The core writes its notes in English (it is Qt-free and has no language); this is where
    they are said: the floor note, the base-year note (the ally named in the language; NATO's
    own reason, from the data, stays as published), the money and related-spending caveats.
    """
    known = _KNOWN_NOTES.get(note)
    if known is not None:
        return str(say(known, tr))
    m = _BASE_NOTE.match(note)
    if m is None:
        return note
    text = str(
        say(NOTE_BASE_YEAR, tr).format(m["edition"], m["year"], _ally_named(m["name"]), m["base"])
    )
    return text + (f". {m['why']}" if m["why"] else "")


def _ally_named(english: str) -> str:
    """An ally's English name from the data, in the active language (unknown names as given)."""
    iso3 = locales.iso3_of_english_name(english)
    return english if iso3 is None else locales.ally_in_sentence(iso3, english)


# own_numbers.base_derivation's words (the JSON keeps the English).
BASE_DERIVATIONS = {
    "nato_share": QT_TRANSLATE_NOOP("phrases", "derived: NATO share × IMF GDP"),
    "user_share": QT_TRANSLATE_NOOP("phrases", "user's figure: share of GDP × IMF GDP"),
    "user_amount": QT_TRANSLATE_NOOP("phrases", "user's figure: amount"),
    "nato_spending": QT_TRANSLATE_NOOP("phrases", "NATO published spending"),
}


def base_derivation_text(scenario: Scenario, tr: Translate = identity) -> str:
    """Where the base-year spending comes from: ``derived: NATO share × IMF GDP``."""
    return str(say(BASE_DERIVATIONS[scenario.core.base_source.value], tr))


THRESHOLD_SHORT = QT_TRANSLATE_NOOP("phrases", "{0:g}% {1}")


def threshold_short(value_pct: float, measure: Measure | str, tr: Translate = identity) -> str:
    """``2.1% core`` (a column or row name); ``2,1 % essentielles`` in French."""
    return str(say(THRESHOLD_SHORT, tr).format(value_pct, measure_name(Measure(measure), tr)))


# Compare's "The scenarios" lines (exports/compare.py scenario_lines)
COMPARE_SCENARIO_LINE = QT_TRANSLATE_NOOP(
    "phrases",
    "{0}, base year {1}, horizon {2}. Economy: {3}. Core spending: {4}. Related spending: {5}. {6}",
)
