"""Plain-language text about a projection, for briefings, reports and the command line.

One place writes these sentences so that the window, the PDF, the workbook and the command
line say the same thing in the same words.
"""

from __future__ import annotations

from calculator.core.models import Measure, Scenario, SpendingMode
from calculator.core.projection import Projection, ThresholdResult


def pct(value: float, decimals: int = 1) -> str:
    """A percentage the way a briefing writes it: ``3.5 %``, ``10.6 %``, ``2 %``."""
    text = f"{value:.{decimals}f}".rstrip("0").rstrip(".")
    return f"{text} %"


def path_phrase(scenario: Scenario, proj: Projection) -> str:
    """How core spending moves, as the opening of a sentence ("At 8 % a year")."""
    core = scenario.core
    cur = proj.country.currency
    match core.mode:
        case SpendingMode.CONSTANT_SHARE:
            return f"At a constant {pct(proj.base_share_pct, 2)} of GDP"
        case SpendingMode.GROWTH:
            kind = " above inflation" if core.growth_real else ""
            return f"At {pct(core.growth_pct)} a year{kind}"
        case SpendingMode.GLIDE:
            return (f"On a straight line to {pct(core.glide_target_pct)} of GDP by "
                    f"{core.glide_year}")
        case SpendingMode.INCREMENT:
            verb = "Adding" if core.increment_bn >= 0 else "Cutting"
            return f"{verb} {abs(core.increment_bn):,.2f} bn {cur} a year"
        case _:
            return "On the custom path"


def _level(t: ThresholdResult) -> str:
    th = t.threshold
    return pct(th.value_pct) + (" in total" if th.measure is Measure.TOTAL else "")


def threshold_status(t: ThresholdResult, horizon: int) -> str:
    """Short status: ``reached in 2028``, ``already met (2026)``, ``not by 2035 (2041)``."""
    if t.already_met:
        return f"already met ({t.year_reached})"
    if t.year_reached is not None:
        return f"reached in {t.year_reached}"
    if t.year_reached_beyond_horizon is not None:
        return f"not by {horizon} (on this path {t.year_reached_beyond_horizon})"
    return f"not by {horizon}"


def summary_sentence(proj: Projection) -> str:
    """One sentence a staffer can paste into a briefing.

    Example: "At 8 % a year Spain reaches 2.1 % in 2028; 3.5 % is not reached by 2035 and
    would need 10.6 % a year."
    """
    name = proj.country.name
    reached: list[str] = []
    already: list[str] = []
    missed: list[str] = []
    for t in proj.thresholds:
        level = _level(t)
        if t.already_met:
            already.append(level if t.holds_through_horizon
                           else f"{level} (falling back below it by {proj.horizon})")
        elif t.year_reached is not None:
            drop = "" if t.holds_through_horizon else " but falls back below it"
            reached.append(f"{level} in {t.year_reached}{drop}")
        else:
            need = t.required_nominal_growth_pct
            text = f"{level} is not reached by {proj.horizon}"
            if need is not None and t.threshold.target_year > proj.base_year:
                text += (f" and would need {pct(need)} a year from {proj.base_year} to reach it "
                         f"in {t.threshold.target_year}") if t.threshold.target_year != \
                    proj.horizon else f" and would need {pct(need)} a year"
            missed.append(text)
    parts: list[str] = []
    lead = path_phrase(proj.scenario, proj)
    if already:
        parts.append(f"{name} is already at {_join(already)} in {proj.base_year}")
    if reached:
        verb = "reaches" if not already else "and reaches"
        if parts:
            parts[-1] += f" {verb} {_join(reached)}"
        else:
            parts.append(f"{name} reaches {_join(reached)}")
    if not parts:
        parts.append(f"{name} stays at {pct(float(proj.core_share_pct[-1]), 2)} of GDP in "
                     f"{proj.horizon}")
    sentence = f"{lead} {parts[0]}"
    sentence += "".join(f"; {m}" for m in missed)
    return sentence + "."


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
