"""Plain-language text about a projection, for briefings, reports and the command line.

One place writes these sentences so that the window, the PDF, the workbook and the command
line say the same thing in the same words.
"""

from __future__ import annotations

from collections.abc import Callable

from calculator.core.models import Measure, Scenario, SpendingMode
from calculator.core.projection import Projection, ThresholdResult

Translate = Callable[[str], str]


def pct(value: float, decimals: int = 1) -> str:
    """A percentage the way a briefing writes it: ``3.5 %``, ``10.6 %``, ``2 %``."""
    text = f"{value:.{decimals}f}".rstrip("0").rstrip(".")
    return f"{text} %"


def _identity(text: str) -> str:
    return text


def _need_phrase(res: ThresholdResult, proj: Projection, tr: Translate) -> str:
    """What constant growth of core spending would reach the threshold in its target year."""
    need = res.required_nominal_growth_pct
    if need is None:
        return ""
    target = res.threshold.target_year
    by = "" if target == proj.horizon else tr(" to get there by {0}").format(target)
    # r* is in cash terms; say so beside a path set in real terms, where it would be misread.
    cash = (
        tr(" in cash terms")
        if proj.scenario.core.growth_real and (proj.scenario.core.mode is SpendingMode.GROWTH)
        else ""
    )
    if need < 0:
        return tr(
            " even though spending could fall {0:.1f} % a year{1} and still get there{2}"
        ).format(-need, cash, by)
    return tr(" and would need {0:.1f} % a year{1}{2}").format(need, cash, by)


def path_phrase(scenario: Scenario, proj: Projection, tr: Translate = _identity) -> str:
    """How core spending moves, as the opening of a sentence ("At 8 % a year")."""
    core = scenario.core
    match core.mode:
        case SpendingMode.GROWTH:
            if core.growth_real:
                return tr("At {0} a year above inflation").format(pct(core.growth_pct))
            return tr("At {0} a year").format(pct(core.growth_pct))
        case SpendingMode.GLIDE:
            return tr("On a straight path to {0} by {1}").format(
                pct(core.glide_target_pct), core.glide_year
            )
        case SpendingMode.INCREMENT:
            verb = tr("Adding") if core.increment_bn >= 0 else tr("Cutting")
            return tr("{0} {1:,.2f} bn {2} a year,").format(
                verb, abs(core.increment_bn), proj.country.currency
            )
        case SpendingMode.CUSTOM:
            return tr("On the custom path")
        case _:
            return tr("At a constant {0:.2f} % of GDP").format(proj.base_share_pct)


def threshold_name(t: ThresholdResult, tr: Translate = _identity) -> str:
    """``3.5 %`` for core thresholds, ``5 % in total`` for total ones."""
    if t.threshold.measure is Measure.TOTAL:
        return tr("{0} in total").format(pct(t.threshold.value_pct))
    return pct(t.threshold.value_pct)


def threshold_status(t: ThresholdResult, horizon: int, tr: Translate = _identity) -> str:
    """Short status: ``reached in 2028``, ``already met (2026)``, ``not by 2035 (in 2041)``."""
    if t.already_met:
        return tr("already met ({0})").format(t.year_reached)
    if t.year_reached is not None:
        return tr("reached in {0}").format(t.year_reached)
    if t.year_reached_beyond_horizon is not None:
        return tr("not by {0} (in {1})").format(horizon, t.year_reached_beyond_horizon)
    return tr("not by {0}").format(horizon)


def summary_sentence(proj: Projection, tr: Translate = _identity) -> str:
    """One sentence a staffer can paste into a briefing.

    Example: "At 8 % a year Spain reaches 2.1 % in 2028; 3.5 % is not reached by 2035 and
    would need 10.6 % a year." ``tr`` translates each phrase (the window passes ``self.tr``).
    """
    name = proj.country.name
    prefix = path_phrase(proj.scenario, proj, tr)
    if not proj.thresholds:
        return tr("{0} {1} spends {2:.2f} % of GDP in {3}; no threshold is switched on.").format(
            prefix, name, float(proj.core_share_pct[-1]), proj.horizon
        )
    clauses = []
    for k, res in enumerate(proj.thresholds):
        first = k == 0
        what = threshold_name(res, tr)
        if res.already_met:
            clause = (tr("{0} already meets {1}") if first else tr("{1} is already met")).format(
                name, what
            )
        elif res.year_reached is not None:
            clause = (
                tr("{0} reaches {1} in {2}") if first else tr("{1} is reached in {2}")
            ).format(name, what, res.year_reached)
        else:
            clause = (
                tr("{0} does not reach {1} by {2}") if first else tr("{1} is not reached by {2}")
            ).format(name, what, proj.horizon)
            later = res.year_reached_beyond_horizon
            if later is not None and later <= res.threshold.target_year:
                # A horizon shorter than the target: the path does get there in time.
                clause += tr(" but is on this path in {0}, by the {1} target").format(
                    later, res.threshold.target_year
                )
            else:
                clause += _need_phrase(res, proj, tr)
        if res.year_reached is not None and not res.holds_through_horizon:
            clause += tr(" (but falls below it again)")
        clauses.append(clause)
    return f"{prefix} " + "; ".join(clauses) + "."
