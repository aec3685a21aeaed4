"""Validation errors in the window's words: the field as the user sees it, never a dotted path.

``economy.overrides.0.real_growth_pct: 'abc' is not a number`` (the command line's form, which
names the scenario file's field) becomes "Per-year overrides, 2031: real growth 'abc' is not a
number"; a row is named by its year or label, never by a 0-based index.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError

from calculator.core.models import describe_validation_error
from calculator.exports.phrases import QT_TRANSLATE_NOOP, say
from calculator.gui.phrasing import qt_tr

# Each field as its control is labelled in the window.
FIELD_NAMES: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("phrases", "Name"),
    "notes": QT_TRANSLATE_NOOP("phrases", "Notes"),
    "country": QT_TRANSLATE_NOOP("phrases", "Ally"),
    "base_year": QT_TRANSLATE_NOOP("phrases", "Base year"),
    "horizon": QT_TRANSLATE_NOOP("phrases", "Horizon"),
    "economy.preset": QT_TRANSLATE_NOOP("phrases", "Economy preset"),
    "economy.real_growth_pct": QT_TRANSLATE_NOOP("phrases", "Real growth"),
    "economy.inflation_pct": QT_TRANSLATE_NOOP("phrases", "Inflation"),
    "economy.growth_adjust_pp": QT_TRANSLATE_NOOP("phrases", "Growth adj."),
    "economy.inflation_adjust_pp": QT_TRANSLATE_NOOP("phrases", "Inflation adj."),
    "economy.overrides": QT_TRANSLATE_NOOP("phrases", "Per-year overrides"),
    "core.mode": QT_TRANSLATE_NOOP("phrases", "Core spending path"),
    "core.growth_pct": QT_TRANSLATE_NOOP("phrases", "Growth"),
    "core.glide_target_pct": QT_TRANSLATE_NOOP("phrases", "Glide path target"),
    "core.glide_year": QT_TRANSLATE_NOOP("phrases", "Glide path year"),
    "core.increment_bn": QT_TRANSLATE_NOOP("phrases", "Amount each year"),
    "core.custom_points": QT_TRANSLATE_NOOP("phrases", "Custom points"),
    "related.share_pct": QT_TRANSLATE_NOOP("phrases", "Related share"),
    "related.glide_target_pct": QT_TRANSLATE_NOOP("phrases", "Related target"),
    "related.glide_year": QT_TRANSLATE_NOOP("phrases", "Related by year"),
    "thresholds": QT_TRANSLATE_NOOP("phrases", "Thresholds"),
    # your own numbers (issue 11)
    "core.base_source": QT_TRANSLATE_NOOP("phrases", "Starting point"),
    "core.base_share_pct": QT_TRANSLATE_NOOP("phrases", "My share"),
    "core.base_amount_bn": QT_TRANSLATE_NOOP("phrases", "My amount"),
    "economy.gdp_path": QT_TRANSLATE_NOOP("phrases", "GDP path"),
    "economy.gdp_source": QT_TRANSLATE_NOOP("phrases", "GDP source"),
    "money.prices": QT_TRANSLATE_NOOP("phrases", "Prices"),
    "money.currency": QT_TRANSLATE_NOOP("phrases", "Currency"),
    "extra.baseline": QT_TRANSLATE_NOOP("phrases", "Baseline"),
    "extra.baseline_path": QT_TRANSLATE_NOOP("phrases", "Baseline file"),
    "extra.window_start": QT_TRANSLATE_NOOP("phrases", "Sum from"),
    "extra.window_end": QT_TRANSLATE_NOOP("phrases", "Sum to"),
    "economy.real_growth_from_imf": QT_TRANSLATE_NOOP("phrases", "Real growth from"),
    "economy.inflation_from_imf": QT_TRANSLATE_NOOP("phrases", "Inflation from"),
    "claim": QT_TRANSLATE_NOOP("phrases", "Claim"),
    "claim.amount_bn": QT_TRANSLATE_NOOP("phrases", "Claim amount"),
    "claim.share_pct": QT_TRANSLATE_NOOP("phrases", "Claim share"),
    "claim.year": QT_TRANSLATE_NOOP("phrases", "Claim year"),
}
# Fields of a row (an override year, a custom point, a threshold), in lower case after its name.
ROW_FIELD_NAMES: dict[str, str] = {
    "year": QT_TRANSLATE_NOOP("phrases", "year"),
    "real_growth_pct": QT_TRANSLATE_NOOP("phrases", "real growth"),
    "inflation_pct": QT_TRANSLATE_NOOP("phrases", "inflation"),
    "share_pct": QT_TRANSLATE_NOOP("phrases", "share"),
    "amount_bn": QT_TRANSLATE_NOOP("phrases", "amount"),
    "value_pct": QT_TRANSLATE_NOOP("phrases", "% of GDP"),
    "measure": QT_TRANSLATE_NOOP("phrases", "measure"),
    "target_year": QT_TRANSLATE_NOOP("phrases", "target year"),
    "label": QT_TRANSLATE_NOOP("phrases", "label"),
    "gdp_bn": QT_TRANSLATE_NOOP("phrases", "GDP"),
}


def _row_name(section: str, row: Mapping[str, Any] | None, index: int) -> str:
    """A row as the user knows it: its year (an override, a point) or its label (threshold)."""
    if row is not None:
        if section == "thresholds":
            label = row.get("label")
            if isinstance(label, str) and label.strip():
                return label.strip()
            value = row.get("value_pct")
            if isinstance(value, int | float):
                return f"{value:g} %"
        else:
            year = row.get("year")
            if isinstance(year, int):
                return str(year)
    return say(QT_TRANSLATE_NOOP("phrases", "row {0}"), qt_tr).format(index + 1)


def describe_for_window(exc: ValidationError, data: Mapping[str, Any]) -> str:
    """One line naming the field the way the window labels it, with what was typed.

    ``data`` is what was validated (to name a row by its year or label).
    """
    err = exc.errors()[0]
    loc = tuple(err["loc"])
    message = describe_validation_error(exc)
    dotted = ".".join(str(p) for p in loc)
    rest = message[len(dotted) + 2 :] if dotted and message.startswith(dotted + ": ") else message
    return _in_window_words(loc, rest, data)


def describe_projection_error(field: str, message: str, data: Mapping[str, Any]) -> str:
    """A :class:`ProjectionError` (``economy.gdp_path.0.year: ...``) in the window's words."""
    loc = tuple(int(p) if p.isdigit() else p for p in field.split("."))
    return _in_window_words(loc, message, data)


def _in_window_words(loc: tuple[Any, ...], rest: str, data: Mapping[str, Any]) -> str:
    """``rest`` after the field at ``loc`` named as the window labels it."""
    names = [str(p) for p in loc if not isinstance(p, int)]
    index = next((p for p in loc if isinstance(p, int)), None)
    # A row of a list (override year, custom point, threshold): "Per-year overrides, 2031: ..."
    for depth in (1, 2):
        key = ".".join(names[:depth])
        if index is None or key not in FIELD_NAMES or len(names) <= depth:
            continue
        section: Any = data
        for name in names[:depth]:
            section = section.get(name) if isinstance(section, Mapping) else None
        rows = section if isinstance(section, list | tuple) else []
        row = rows[index] if index < len(rows) and isinstance(rows[index], Mapping) else None
        field = names[depth]
        where = say(QT_TRANSLATE_NOOP("phrases", "{0}, {1}"), qt_tr).format(
            say(FIELD_NAMES[key], qt_tr), _row_name(names[0], row, index)
        )
        what = (
            say(ROW_FIELD_NAMES[field], qt_tr)
            if field in ROW_FIELD_NAMES
            else field.replace("_", " ")
        )
        return f"{where}: {what} {rest}"
    key = ".".join(names)
    if key in FIELD_NAMES:
        return f"{say(FIELD_NAMES[key], qt_tr)}: {rest}"
    # A field without a window label: its name in words, never the dotted path.
    words = " ".join(n.replace("_pct", "").replace("_bn", "").replace("_", " ") for n in names)
    return f"{words[:1].upper()}{words[1:]}: {rest}" if words else rest
