"""Read figures from other sources (a budget law, SIPRI) written into the CSV template.

The template is ``resources/templates/own_figures.csv`` (documented in the README, section
"Your own figures"). Lines starting with ``#`` before the header carry the source:
``# title:``, ``# publisher:`` (both required), ``# edition:`` (the year the figures are current
for; default: the latest year given), ``# released:``, ``# cut_off:`` (ISO dates), ``# url:``,
``# basis:``. Then one header line ``country,year,measure,value,status,note`` and one row per
figure; :data:`MEASURES` lists the measures. Every row is checked like a NATO release: the
country known, the year a whole number, the value a number in its range, the status ``actual``
or ``estimate``, each country once per year and measure, the years of a series contiguous.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import re
from collections.abc import Mapping

from calculator.core.dataset import Country, share_indicator
from calculator.storage.releases.common import (
    Figure,
    Release,
    ReleaseError,
    fold,
    name_index,
)

MAX_TEMPLATE_BYTES = 5_000_000
MAX_ROWS = 50_000
HEADER = ("country", "year", "measure", "value", "status", "note")
# measure → (indicator with {p} the edition's prefix, unit)
MEASURES = {
    "share_gdp_pct": ("{share}", "percent of GDP"),
    "spending_nac_million": ("{p}_nac_current", "million national currency, current prices"),
    "spending_usd_million": ("{p}_usd_current", "million US dollars, current prices"),
    "gdp_usd_million": ("gdp_usd_current", "million US dollars, current prices"),
    "equipment_pct": ("equipment_share_pct", "percent of defence expenditure"),
    "personnel_pct": ("personnel_share_pct", "percent of defence expenditure"),
}
META_KEYS = ("title", "publisher", "edition", "released", "cut_off", "url", "basis")
_META = re.compile(r"^#\s*([a-z_ -]+?)\s*:\s*(.*)$", re.IGNORECASE)


def _date(value: str, where: str) -> str:
    if not value:
        return ""
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise ReleaseError(f"{where}: {value!r} is not a date (YYYY-MM-DD)") from None


def read_template(data: bytes, name: str, countries: Mapping[str, Country], sha256: str) -> Release:
    """Parse a filled-in template into a release (validated afterwards like any release)."""
    if len(data) > MAX_TEMPLATE_BYTES:
        raise ReleaseError(f"{name}: larger than {MAX_TEMPLATE_BYTES / 1e6:g} MB")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReleaseError(
            f"{name}: not UTF-8 text (byte {exc.start}); save it as CSV UTF-8"
        ) from None
    lines = text.splitlines()
    meta: dict[str, str] = {}
    start = 0
    for i, line in enumerate(lines):
        if line.startswith("#"):
            m = _META.match(line)
            if m and m.group(1).strip().lower().replace(" ", "_").replace("-", "_") in META_KEYS:
                meta[m.group(1).strip().lower().replace(" ", "_").replace("-", "_")] = m.group(
                    2
                ).strip()
            continue
        if line.strip():
            start = i
            break
    else:
        raise ReleaseError(f"{name}: no header line {','.join(HEADER)}")
    for key in ("title", "publisher"):
        if not meta.get(key):
            raise ReleaseError(f"{name}: the line '# {key}: …' is missing (it names the source)")
    try:
        reader = csv.reader(io.StringIO("\n".join(lines[start:])))
        header = tuple(h.strip().lower() for h in next(reader))
        if header[: len(HEADER)] != HEADER and header[:5] != HEADER[:5]:
            raise ReleaseError(
                f"{name}, line {start + 1}: header {','.join(header)!r}; expected "
                f"{','.join(HEADER)}"
            )
        raws: list[tuple[int, list[str]]] = []
        for n, raw in enumerate(reader, start=start + 2):
            if len(raws) >= MAX_ROWS:
                raise ReleaseError(f"{name}: more than {MAX_ROWS} rows")
            if raw and any(c.strip() for c in raw):
                raws.append((n, raw))
    except csv.Error as exc:
        raise ReleaseError(f"{name}: not a readable CSV file ({exc})") from None
    index = name_index(countries.values())
    parsed: list[tuple[int, str, int, str, float | None, str, str]] = []
    for n, raw in raws:
        cells = [c.strip() for c in raw] + [""] * (len(HEADER) - len(raw))
        country, year_text, measure, value_text, status, note = cells[: len(HEADER)]

        def at(column: str, line: int = n) -> str:
            return f"{name}, line {line}, column '{column}'"

        iso3 = index.get(fold(country))
        if iso3 is None:
            raise ReleaseError(f"{at('country')}: {country!r} is not an ally (ISO3 or name)")
        try:
            year = int(year_text)
        except ValueError:
            raise ReleaseError(f"{at('year')}: {year_text!r} is not a whole year") from None
        if not 1990 <= year <= 2100:
            raise ReleaseError(f"{at('year')}: {year} is out of range; allowed 1990 to 2100")
        if measure not in MEASURES:
            raise ReleaseError(
                f"{at('measure')}: {measure!r} is not a measure; allowed {', '.join(MEASURES)}"
            )
        value: float | None
        if value_text == "":
            value = None
        else:
            try:
                value = float(value_text)
            except ValueError:
                raise ReleaseError(f"{at('value')}: {value_text!r} is not a number") from None
            if not math.isfinite(value):
                raise ReleaseError(f"{at('value')}: {value_text!r} is not a finite number")
        if status not in ("actual", "estimate"):
            raise ReleaseError(f"{at('status')}: {status!r}; allowed actual or estimate")
        parsed.append((n, iso3, year, measure, value, status, note))
    if not parsed:
        raise ReleaseError(f"{name}: no figures below the header")
    edition = meta.get("edition") or str(
        max(y for _, _, y, m, v, _, _ in parsed if m == "share_gdp_pct" and v is not None)
        if any(m == "share_gdp_pct" for _, _, _, m, _, _, _ in parsed)
        else max(y for _, _, y, _, _, _, _ in parsed)
    )
    if not re.fullmatch(r"20[0-9]{2}", edition):
        raise ReleaseError(f"{name}: '# edition: {edition}' must be a year, e.g. 2026")
    share = share_indicator(edition)
    prefix = share.removesuffix("_share_gdp")
    figures = []
    for n, iso3, year, measure, value, status, note in parsed:
        indicator, unit = MEASURES[measure]
        figures.append(
            Figure(
                iso3=iso3,
                year=year,
                indicator=indicator.format(p=prefix, share=share),
                value=value,
                unit=unit,
                status=status,
                where=f"{name}, line {n}, column 'value'",
                ref=f"line {n}",
                note=note,
            )
        )
    return Release(
        kind="csv-template",
        edition=edition,
        title=meta["title"],
        publisher=meta["publisher"],
        edition_label=meta.get("edition") or edition,
        released=_date(meta.get("released", ""), f"{name}: '# released'"),
        cut_off=_date(meta.get("cut_off", ""), f"{name}: '# cut_off'"),
        basis=meta.get("basis", "as stated by the source"),
        url=meta.get("url", ""),
        figures=tuple(figures),
        tables=tuple(sorted({m for _, _, _, m, _, _, _ in parsed})),
        source_name=name,
        source_sha256=sha256,
        source_bytes=len(data),
        complete=False,
    )
