"""NATO's equipment guideline: at least 20 % of defence spending on major equipment (Wales 2014).

Tables 8a/8b of NATO's release give the distribution of spending by category; an imported
release keeps them as ``equipment_share_pct`` and ``personnel_share_pct``. The bundled editions
have no such table, so :func:`equipment_history` returns ``None`` for them.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from calculator.core.dataset import Dataset

GUIDELINE_PCT = 20.0


def equipment_history(ds: Dataset, iso3: str, edition: str) -> dict[str, Any] | None:
    """Equipment and personnel shares by year as published, or ``None`` without Table 8a."""
    series = ds.nato.get(edition, {}).get(iso3, {})
    equipment = series.get("equipment_share_pct", {})
    known = {y: o for y, o in equipment.items() if not math.isnan(o.value)}
    if not known:
        return None
    personnel = series.get("personnel_share_pct", {})
    years = sorted(known)
    latest = years[-1]
    src = ds.manifest.source(ds.manifest.nato_editions[edition])
    return {
        "guideline_pct": GUIDELINE_PCT,
        "edition": edition,
        "source": f"{src.publisher}, {src.title}, {src.edition}, Table 8a",
        "years": years,
        "equipment_share_pct": [known[y].value for y in years],
        "personnel_share_pct": [
            personnel[y].value if y in personnel and not math.isnan(personnel[y].value) else None
            for y in years
        ],
        "status": [known[y].status for y in years],
        "latest_year": latest,
        "latest_equipment_share_pct": known[latest].value,
        "meets_guideline": known[latest].value >= GUIDELINE_PCT - 1e-9,
    }


def guideline_money_bn(core_defence_bn: Sequence[float]) -> list[float]:
    """What 20 % of each year's projected core budget would be, same units as the budget."""
    return [GUIDELINE_PCT / 100 * v for v in core_defence_bn]
