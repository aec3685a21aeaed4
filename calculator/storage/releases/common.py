"""What an imported release is before it is stored, the checks every release passes, and names.

A NATO workbook (:mod:`.workbook`) and a filled-in CSV template (:mod:`.template`) both become a
:class:`Release`: long rows (:class:`Figure`) plus the publication's identity. :func:`validate`
checks a release the same way whichever file it came from; a problem raises
:class:`ReleaseError` with one line naming the table (or file), the row and the column.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from calculator.core.dataset import Country, DatasetError, share_indicator

# Bounds of what a published value can be, by the last part of its indicator name.
SHARE_MAX_PCT = 20.0
CATEGORY_MAX_PCT = 100.0


class ReleaseError(DatasetError):
    """A release file is not acceptable input; the message is one line and names the place."""


@dataclass(frozen=True)
class Figure:
    """One published value: ``where`` says where it was read (``TABLE3!E15`` or ``row 7``)."""

    iso3: str
    year: int
    indicator: str
    value: float | None  # None: the publication leaves the cell blank
    unit: str
    status: str  # "actual" or "estimate"
    where: str
    ref: str = ""  # the cell or line it came from, kept as the row's source id ("TABLE3!E15")
    note: str = ""


@dataclass(frozen=True)
class Release:
    """A publication read from a file, not yet validated or stored."""

    kind: str  # "nato-xlsx" or "csv-template"
    edition: str  # the edition's year, the key the engine and scenario files use ("2024")
    title: str
    publisher: str
    edition_label: str  # "June 2024"
    released: str  # ISO date or ""
    cut_off: str  # ISO date or "" when the file does not say
    basis: str
    url: str
    figures: tuple[Figure, ...]
    tables: tuple[str, ...]  # what was read: "Table 1", …, or the template's measures
    source_name: str  # the file's name (never its folder: that is the user's business)
    source_sha256: str
    source_bytes: int
    notes: tuple[str, ...] = ()
    complete: bool = True  # a full NATO release: every ally and both aggregates expected
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def share_indicator(self) -> str:
        """The indicator holding the share of GDP in this release."""
        return share_indicator(self.edition)

    @property
    def estimates(self) -> str:
        """The years given as estimates, e.g. ``"2023, 2024"``."""
        years = sorted({f.year for f in self.figures if f.status == "estimate"})
        return ", ".join(map(str, years))


# ------------------------------------------------------------------------------ ally names
ALIASES = {
    "czech republic": "CZE",
    "slovak republic": "SVK",
    "turkey": "TUR",
    "turkiye": "TUR",
    "the netherlands": "NLD",
    "republic of north macedonia": "MKD",
    "north macedonia": "MKD",
    "the former yugoslav republic of macedonia": "MKD",
    "fyrom": "MKD",
    "uk": "GBR",
    "great britain": "GBR",
    "us": "USA",
    "usa": "USA",
    "united states of america": "USA",
    "nato europe and canada": "NATO_EUR_CAN",
    "nato europe & canada": "NATO_EUR_CAN",
    "europe and canada": "NATO_EUR_CAN",
    "nato total": "NATO_TOTAL",
    "total nato": "NATO_TOTAL",
}
_FOOTNOTE = re.compile(r"[*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]+|\(\s*[a-z0-9]\s*\)|\s\d{1,2}$")
_CURRENCY = re.compile(r"\(([^()]*)\)\s*$")


def split_name(text: str) -> tuple[str, str]:
    """``"Albania   (Leks)"`` → ``("Albania", "Leks")``: NATO puts the currency after the name."""
    text = " ".join(text.split())
    m = _CURRENCY.search(text)
    if m and len(m.group(1).strip()) > 1:  # "(a)" is a footnote mark, not a currency
        return text[: m.start()].strip(), m.group(1).strip()
    return text, ""


def fold(name: str) -> str:
    """A name without footnote marks, accents, case or extra spaces, for matching."""
    name = _FOOTNOTE.sub(" ", name)
    name = unicodedata.normalize("NFKD", name)
    name = "".join(ch for ch in name if not unicodedata.combining(ch))
    return " ".join(name.replace("&", " & ").casefold().split())


def name_index(countries: Iterable[Country]) -> dict[str, str]:
    """Folded name → ISO3 for every country of the dataset and the spellings NATO has used."""
    index = {fold(c.name): c.iso3 for c in countries}
    index.update({fold(c.iso3): c.iso3 for c in countries})
    index.update(ALIASES)
    return index


# ------------------------------------------------------------------------------ validation
def _bounds(indicator: str) -> tuple[float, float, str]:
    """(low, high, words) a value of the indicator must lie in."""
    if indicator.endswith("_share_gdp"):
        return 0.0, SHARE_MAX_PCT, f"0 to {SHARE_MAX_PCT:g} (% of GDP)"
    if indicator.endswith("_share_pct"):
        return 0.0, CATEGORY_MAX_PCT, "0 to 100 (% of defence spending)"
    if indicator.endswith("_change_pct"):
        return -100.0, 10_000.0, "above -100 (% change)"
    if indicator.startswith("gdp_"):
        return 0.0, math.inf, "above 0"
    return 0.0, math.inf, "0 or more"


def validate(release: Release, countries: Mapping[str, Country]) -> None:
    """Refuse a release that breaks a rule; the one-line message names the place.

    The rules: every value in its range, each ally once per year, the years of a series
    contiguous, and (for a full NATO release) every expected ally and aggregate in the share
    table.
    """
    seen: dict[tuple[str, str, int], str] = {}
    years: dict[tuple[str, str], list[int]] = {}
    for f in release.figures:
        if f.iso3 not in countries:
            raise ReleaseError(f"{f.where}: unknown country {f.iso3!r}")
        key = (f.iso3, f.indicator, f.year)
        if key in seen:
            name = countries[f.iso3].name
            raise ReleaseError(
                f"{f.where}: {name} {f.year} is given twice (also at {seen[key]}); "
                "each ally once per year"
            )
        seen[key] = f.where
        years.setdefault((f.iso3, f.indicator), []).append(f.year)
        if f.value is None:
            continue
        lo, hi, words = _bounds(f.indicator)
        if not (math.isfinite(f.value) and lo <= f.value <= hi) or (
            f.indicator.startswith("gdp_") and f.value == 0
        ):
            raise ReleaseError(f"{f.where}: {f.value:g} is out of range; allowed {words}")
    share = release.share_indicator
    for (iso3, indicator), ys in years.items():
        ys.sort()
        gap = next((a for a, b in itertools.pairwise(ys) if b != a + 1), None)
        if gap is not None:
            what = "share of GDP" if indicator == share else indicator.replace("_", " ")
            raise ReleaseError(
                f"{countries[iso3].name}, {what}: years not contiguous "
                f"(after {gap} comes {ys[ys.index(gap) + 1]}); give every year in between"
            )
    with_share = {f.iso3 for f in release.figures if f.indicator == share and f.value is not None}
    if not with_share:
        raise ReleaseError(f"{release.source_name}: no share of GDP for any ally")
    if release.complete:
        edition = int(release.edition)
        for c in countries.values():
            expected = (c.kind == "aggregate" or c.has_nato_figure) and (
                c.member_since is None or c.member_since <= edition
            )
            if expected and c.iso3 not in with_share:
                raise ReleaseError(
                    f"{release.extra.get('share_table', release.source_name)}: "
                    f"no share of GDP for {c.name}; every ally and aggregate is expected once"
                )
