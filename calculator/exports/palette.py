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
# A threshold's colour is also its label's text (on the chart and the scoreboard), so each one
# keeps WCAG AA contrast for text (4.5:1) on white and on LABEL_FILL: the Okabe-Ito hues darkened
# until they do (orange 2.3:1 → ochre 4.9:1, green 3.4 → 4.8, purple 3.1 → 4.9). Sky darkened
# would be the core path's blue, so Wales 2 % is Okabe-Ito's black.
# The thresholds everyone knows keep their colour in every view (value, measure → colour).
KNOWN_THRESHOLD_COLOURS: dict[tuple[float, Measure], str] = {
    (2.1, Measure.CORE): "#976800",  # Spain's position: Okabe-Ito orange, darkened
    (3.5, Measure.CORE): "#00825F",  # Hague core: Okabe-Ito bluish green, darkened
    (5.0, Measure.TOTAL): "#B94786",  # Hague total: Okabe-Ito reddish purple, darkened
    (2.0, Measure.CORE): OKABE_ITO["black"],  # Wales 2014
}
# Thresholds of a user's own: picked by value and measure, so the same level keeps its colour.
# Tol's colour-blind-safe "muted" tones fill in where Okabe-Ito runs out (rose and olive darkened
# for text contrast; yellow is unreadable on white; blue and vermillion are the paths' own).
OWN_THRESHOLD_COLOURS = ("#5E4FA2", "#C2475C", "#757527", "#661100", "#882255")
# Kept for callers that number thresholds: the known ones in the default order, then the rest.
THRESHOLD_COLOURS = (*KNOWN_THRESHOLD_COLOURS.values(), *OWN_THRESHOLD_COLOURS)
# Pinned scenarios drawn over the share chart: none is a threshold's (or a path's) colour.
# Lines, not text: at least 3:1 on white (Tol's teal and cyan darkened until they are).
OVERLAY_COLOURS = ("#332288", "#3D9A8A", "#AA4499", "#117733", "#1E94CF")
# The fills text is drawn on: the plot's white, the chart labels' faint white box (over the
# light grid) and the scoreboard tiles.
PLOT_BACKGROUND = "#FFFFFF"
LABEL_FILL = "#FAFAFA"
TEXT_CONTRAST_AA = 4.5  # WCAG 2.1 AA, normal text (1.4.3)
GRAPHIC_CONTRAST_AA = 3.0  # WCAG 2.1 AA, lines and other graphics (1.4.11)


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


def _linear(channel: int) -> float:
    c = channel / 255.0
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """WCAG relative luminance of ``#RRGGBB`` (0 black … 1 white)."""
    h = colour.lstrip("#")
    r, g, b = (_linear(int(h[i : i + 2], 16)) for i in (0, 2, 4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG contrast ratio of two ``#RRGGBB`` colours (1 … 21, order does not matter)."""
    hi, lo = sorted((relative_luminance(foreground), relative_luminance(background)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)
