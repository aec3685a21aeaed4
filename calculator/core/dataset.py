"""The NATO/IMF dataset as values the engine reads: countries, observations, the manifest.

Reading it from files (checksums, row validation) is :mod:`calculator.storage.dataset`'s job;
this module opens no file.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple

import numpy as np
import numpy.typing as npt
from pydantic import BaseModel, ConfigDict, Field, field_validator

Status = Literal["actual", "estimate", "projection"]
FIRST_YEAR = 2014
IMF_LAST_YEAR = 2030
NATO_SHARE = {
    "2026": "core_defence_share_gdp",
    "2025": "defence_share_gdp",
    "2024": "defence_share_gdp",
}
NATO_MONEY = {"2026": "core_defence_nac_current", "2024": "defence_nac_current"}
CORE_BASIS_FROM = 2026  # NATO reports "core defence expenditure" from the July 2026 edition on


def share_indicator(edition: str) -> str:
    """The indicator holding NATO's share of GDP in an edition (also one imported later)."""
    if edition in NATO_SHARE:
        return NATO_SHARE[edition]
    core = edition.isdigit() and int(edition) >= CORE_BASIS_FROM
    return "core_defence_share_gdp" if core else "defence_share_gdp"


def money_indicator(edition: str) -> str:
    """The indicator holding NATO's spending in million national currency, current prices."""
    return share_indicator(edition).replace("_share_gdp", "_nac_current")


class DatasetError(Exception):
    """The bundled (or a user-supplied) dataset is missing or damaged."""


class Source(BaseModel):
    """One publication the dataset draws on (NATO edition, IMF vintage, summit text)."""

    model_config = ConfigDict(frozen=True)

    id: str
    title: str
    publisher: str
    edition: str
    released: str
    cut_off: str
    estimates: str
    basis: str
    url: str
    page: str = ""
    transcription: str = ""
    files: tuple[str, ...] = ()


class Country(BaseModel):
    """An ally (or a NATO aggregate) with the currency its figures are stated in."""

    model_config = ConfigDict(frozen=True)

    iso3: str
    name: str
    kind: Literal["ally", "aggregate"]
    currency: str  # IMF national currency: the currency of every projected amount
    nato_currency: str
    has_nato_figure: bool
    member_since: int | None = None
    note: str = ""

    @field_validator("has_nato_figure", mode="before")
    @classmethod
    def _yes_no(cls, v: object) -> object:
        return {"yes": True, "no": False}.get(v, v) if isinstance(v, str) else v

    @field_validator("member_since", mode="before")
    @classmethod
    def _blank_none(cls, v: object) -> object:
        return None if v == "" else v


class Manifest(BaseModel):
    """``manifest.json``: identity, editions and checksums of the dataset."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    schema_: str = Field(alias="schema")
    id: str
    title: str
    default_nato_edition: str
    nato_editions: dict[str, str]
    sources: tuple[Source, ...]
    files: dict[str, dict[str, str | int]]
    notes: tuple[str, ...] = ()

    def source(self, source_id: str) -> Source:
        """Return the source with this id."""
        for src in self.sources:
            if src.id == source_id:
                return src
        raise KeyError(source_id)


class Observation(NamedTuple):
    """One published value with its status and source row id.

    A named tuple rather than a frozen dataclass: the loader makes 14,000 of them at start-up,
    and a tuple is built about seven times faster.
    """

    value: float
    status: str
    source_id: str = ""


@dataclass
class Dataset:
    """The whole bundled dataset, indexed for the engine.

    ``nato[edition][iso3][indicator][year]`` and ``imf[iso3][indicator][year]`` hold
    :class:`Observation` values exactly as published.
    """

    manifest: Manifest
    countries: dict[str, Country]
    nato: dict[str, dict[str, dict[str, dict[int, Observation]]]]
    imf: dict[str, dict[str, dict[int, Observation]]]
    imf_scale: dict[str, int] = field(default_factory=dict)
    nato_notes: dict[tuple[str, str, int], str] = field(default_factory=dict)
    _arrays: dict[tuple[str, str], npt.NDArray[np.float64]] = field(
        default_factory=dict, repr=False, compare=False
    )
    # Values the batched engine derives from the data (per-ally inputs, economy paths, history),
    # least recently used first; see calculator.core.engine.cached.
    _engine_cache: OrderedDict[tuple[Any, ...], Any] = field(
        default_factory=OrderedDict, repr=False, compare=False
    )

    @property
    def id(self) -> str:
        """Dataset id recorded in scenario files and reports."""
        return self.manifest.id

    def allies(self) -> list[Country]:
        """All 32 allies (Iceland included), by name."""
        return sorted(
            (c for c in self.countries.values() if c.kind == "ally"), key=lambda c: c.name
        )

    def country(self, code_or_name: str) -> Country:
        """Find a country by ISO3 code or English name (case-insensitive)."""
        key = code_or_name.strip()
        if key.upper() in self.countries:
            return self.countries[key.upper()]
        folded = key.casefold()
        for c in self.countries.values():
            if c.name.casefold() == folded:
                return c
        # Common spellings users type.
        aliases = {
            "turkey": "TUR",
            "uk": "GBR",
            "us": "USA",
            "usa": "USA",
            "united states of america": "USA",
            "czech republic": "CZE",
            "slovak republic": "SVK",
            "britain": "GBR",
            "great britain": "GBR",
        }
        if folded in aliases:
            return self.countries[aliases[folded]]
        raise KeyError(code_or_name)

    def nato_share(self, iso3: str, edition: str = "2026") -> dict[int, Observation]:
        """NATO share of GDP (%) by year for an ally in one edition ({} if none)."""
        return self.nato.get(edition, {}).get(iso3, {}).get(share_indicator(edition), {})

    def nato_money(self, iso3: str, edition: str = "2026") -> dict[int, Observation]:
        """NATO's published spending, million national currency, current prices ({} if none)."""
        return self.nato.get(edition, {}).get(iso3, {}).get(money_indicator(edition), {})

    def latest_share_year(self, iso3: str, edition: str = "2026") -> int | None:
        """The latest year with a NATO share for the ally in the edition."""
        years = [y for y, o in self.nato_share(iso3, edition).items() if not math.isnan(o.value)]
        return max(years) if years else None

    def imf_series(self, iso3: str, indicator: str) -> dict[int, Observation]:
        """One IMF WEO series by year ({} if the ally has none)."""
        return self.imf.get(iso3, {}).get(indicator, {})

    def imf_array(self, iso3: str, indicator: str) -> npt.NDArray[np.float64]:
        """An IMF series as an array over 2014..2030 (NaN where missing), built once.

        The engine reads it for every projection; an alliance run makes 31 of them per change.
        """
        key = (iso3, indicator)
        arr = self._arrays.get(key)
        if arr is None:
            series = self.imf_series(iso3, indicator)
            arr = np.array(
                [
                    series[y].value if y in series else math.nan
                    for y in range(FIRST_YEAR, IMF_LAST_YEAR + 1)
                ],
                dtype=float,
            )
            arr.setflags(write=False)
            self._arrays[key] = arr
        return arr


def status_of(obs: Mapping[int, Observation], year: int) -> str:
    """Status of a year's observation, or ``"missing"``."""
    o = obs.get(year)
    return o.status if o is not None else "missing"
