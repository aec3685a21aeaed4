"""The colours every view and report uses: Okabe-Ito, safe for colour-blind readers.

One place, so that the window, the PDF/PNG chart and the Excel chart draw each threshold in
the same colour.
"""

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
THRESHOLD_COLOURS = (
    OKABE_ITO["orange"],
    OKABE_ITO["green"],
    OKABE_ITO["purple"],
    OKABE_ITO["sky"],
    OKABE_ITO["black"],
    OKABE_ITO["vermillion"],
)


def threshold_colour(index: int) -> str:
    """The colour of the ``index``-th enabled threshold, the same in every view."""
    return THRESHOLD_COLOURS[index % len(THRESHOLD_COLOURS)]
