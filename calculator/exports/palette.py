"""The colours every view and report uses: Okabe-Ito, safe for colour-blind readers.

One place, so that the window, the PDF/PNG chart and the Excel chart draw each threshold in
the same colour. A threshold's colour follows the threshold itself (its value and measure), not
its place among the enabled ones: adding Wales 2 % or pinning scenarios never recolours
2.1 %, 3.5 % or 5 %. Pinned overlays have colours of their own, none a threshold's.
"""

from __future__ import annotations

from calculator.core.models import Measure, Threshold

OKABE_ITO = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky": "#56B4E9",
    "green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "purple": "#CC79A7",
}
HISTORY_COLOUR = "#555555"
CORE_COLOUR = OKABE_ITO["blue"]
TOTAL_COLOUR = OKABE_ITO["vermillion"]
# The thresholds everyone knows keep their colour in every view (value, measure → colour).
KNOWN_THRESHOLD_COLOURS: dict[tuple[float, Measure], str] = {
    (2.1, Measure.CORE): OKABE_ITO["orange"],  # Spain's position
    (3.5, Measure.CORE): OKABE_ITO["green"],  # Hague core
    (5.0, Measure.TOTAL): OKABE_ITO["purple"],  # Hague total
    (2.0, Measure.CORE): OKABE_ITO["sky"],  # Wales 2014
}
# Thresholds of a user's own: picked by value and measure, so the same level keeps its colour.
# Tol's colour-blind-safe "muted" tones fill in where Okabe-Ito runs out (yellow is unreadable
# on white; blue and vermillion are the paths' own colours).
OWN_THRESHOLD_COLOURS = ("#000000", "#CC6677", "#999933", "#661100", "#882255")
# Kept for callers that number thresholds: the known ones in the default order, then the rest.
THRESHOLD_COLOURS = (*KNOWN_THRESHOLD_COLOURS.values(), *OWN_THRESHOLD_COLOURS)
# Pinned scenarios drawn over the share chart: none is a threshold's (or a path's) colour.
OVERLAY_COLOURS = ("#332288", "#44AA99", "#AA4499", "#117733", "#88CCEE")


def threshold_colour(index: int) -> str:
    """The colour of the ``index``-th threshold of the default list (see :func:`colour_of`)."""
    return THRESHOLD_COLOURS[index % len(THRESHOLD_COLOURS)]


def colour_of(threshold: Threshold) -> str:
    """The colour of ``threshold``, the same in every view whatever else is switched on."""
    key = (round(threshold.value_pct, 4), threshold.measure)
    known = KNOWN_THRESHOLD_COLOURS.get(key)
    if known is not None:
        return known
    # A stable pick (never Python's salted hash): hundredths of a point and the measure.
    slot = round(threshold.value_pct * 100) * 2 + (threshold.measure is Measure.TOTAL)
    return OWN_THRESHOLD_COLOURS[slot % len(OWN_THRESHOLD_COLOURS)]


def overlay_colour(index: int) -> str:
    """The colour of the ``index``-th pinned overlay, stable across views."""
    return OVERLAY_COLOURS[index % len(OVERLAY_COLOURS)]
