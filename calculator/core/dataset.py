"""The NATO/IMF dataset as values the engine reads: countries, observations, the manifest.

Reading it from files (checksums, row validation) is :mod:`calculator.storage.dataset`'s job;
this module opens no file.
"""

from __future__ import annotations

import math
import unicodedata
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
        """Find a country by ISO3 code, English name or a common alias (case-insensitive).

        Aliases: French and Spanish names and the spellings people type (Turkey, Türkiye, UK,
        USA, Holland), accents optional (see :data:`COUNTRY_ALIASES`).
        """
        key = code_or_name.strip()
        if key.upper() in self.countries:
            return self.countries[key.upper()]
        folded = fold_name(key)
        for c in self.countries.values():
            if fold_name(c.name) == folded:
                return c
        iso3 = _FOLDED_ALIASES.get(folded)
        if iso3 is not None and iso3 in self.countries:
            return self.countries[iso3]
        raise KeyError(code_or_name)

    def find_country(self, text: str) -> Country | None:
        """The first ally a partly typed name points to, or ``None``.

        An exact code, name or alias first; then the first English name or alias that starts
        with ``text``; then the first that contains it (allies in name order).
        """
        try:
            return self.country(text)
        except KeyError:
            pass
        folded = fold_name(text)
        if not folded:
            return None
        allies = self.allies()
        names = [(c, [fold_name(c.name), *_ALIASES_BY_ISO3.get(c.iso3, ())]) for c in allies]
        for test in (str.startswith, str.__contains__):
            for c, spellings in names:
                if any(test(name, folded) for name in spellings):
                    return c
        return None

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


def fold_name(text: str) -> str:
    """A name folded for matching: case, accents, dots and extra spaces ignored."""
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.replace(".", "").replace("-", " ").split())


# Names people type for the allies: French, Spanish, old and short forms.
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "ALB": ("Albanie",),
    "BEL": ("Belgique", "Bélgica", "België"),
    "BGR": ("Bulgarie",),
    "CAN": ("Canadá",),
    "HRV": ("Croatie", "Croacia"),
    "CZE": ("Czech Republic", "Tchéquie", "République tchèque", "Chequia", "República Checa"),
    "DNK": ("Danemark", "Dinamarca"),
    "EST": ("Estonie",),
    "FIN": ("Finlande", "Finlandia"),
    "FRA": ("Francia",),
    "DEU": ("Allemagne", "Alemania", "Deutschland"),
    "GRC": ("Grèce", "Grecia", "Hellas"),
    "HUN": ("Hongrie", "Hungría"),
    "ISL": ("Islande", "Islandia"),
    "ITA": ("Italie", "Italia"),
    "LVA": ("Lettonie", "Letonia"),
    "LTU": ("Lituanie", "Lituania"),
    "LUX": ("Luxemburgo",),
    "MNE": ("Monténégro",),
    "NLD": ("Holland", "The Netherlands", "Pays-Bas", "Países Bajos", "Holanda", "Nederland"),
    "MKD": ("Macedonia", "Macédoine du Nord", "Macedonia del Norte"),
    "NOR": ("Norvège", "Noruega"),
    "POL": ("Pologne", "Polonia", "Polska"),
    "PRT": ("Portugal",),
    "ROU": ("Roumanie", "Rumania", "Rumanía"),
    "SVK": ("Slovak Republic", "Slovaquie", "Eslovaquia"),
    "SVN": ("Slovénie", "Eslovenia"),
    "ESP": ("Espagne", "España"),
    "SWE": ("Suède", "Suecia"),
    "TUR": ("Turkey", "Türkiye", "Turkiye", "Turquie", "Turquía"),
    "GBR": ("UK", "U.K.", "Britain", "Great Britain", "Royaume-Uni", "Reino Unido"),
    "USA": (
        "US",
        "U.S.",
        "USA",
        "U.S.A.",
        "America",
        "United States of America",
        "États-Unis",
        "Estados Unidos",
        "EEUU",
    ),
}
_ALIASES_BY_ISO3: dict[str, tuple[str, ...]] = {
    iso3: tuple(fold_name(name) for name in names) for iso3, names in COUNTRY_ALIASES.items()
}
_FOLDED_ALIASES: dict[str, str] = {
    name: iso3 for iso3, names in _ALIASES_BY_ISO3.items() for name in names
}


def status_of(obs: Mapping[int, Observation], year: int) -> str:
    """Status of a year's observation, or ``"missing"``."""
    o = obs.get(year)
    return o.status if o is not None else "missing"
