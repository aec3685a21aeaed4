"""Load and validate the bundled NATO/IMF dataset.

Every file is checked against the SHA-256 in ``manifest.json`` and every row is validated with
pydantic; a problem raises :class:`DatasetError` naming the file, the row and the column.
"""

from __future__ import annotations

import csv
import hashlib
import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Literal

import numpy as np
import numpy.typing as npt
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

Status = Literal["actual", "estimate", "projection"]
FIRST_YEAR = 2014
IMF_LAST_YEAR = 2030
REQUIRED_IMF = ("NGDP", "NGDP_D", "NGDP_RPCH", "NGDP_R", "LP", "GGX_NGDP", "PCPIPCH")
NATO_SHARE = {
    "2026": "core_defence_share_gdp",
    "2025": "defence_share_gdp",
    "2024": "defence_share_gdp",
}
NATO_MONEY = {"2026": "core_defence_nac_current", "2024": "defence_nac_current"}


class DatasetError(Exception):
    """The bundled (or a user-supplied) dataset is missing or damaged."""


class _Row(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")

    iso3: str = Field(pattern=r"^[A-Z]{3}$|^NATO_[A-Z_]+$")
    year: int = Field(ge=1990, le=2100)
    indicator: str = Field(min_length=1)
    status: str

    @field_validator("status")
    @classmethod
    def _status(cls, v: str) -> str:
        allowed = {"actual", "estimate", "projection", "imf_estimate_or_projection"}
        if v not in allowed:
            raise ValueError(f"status must be one of {sorted(allowed)}")
        return "projection" if v == "imf_estimate_or_projection" else v


class _NatoRow(_Row):
    value: float | None
    unit: str
    source_id: str

    @field_validator("value", mode="before")
    @classmethod
    def _value(cls, v: object) -> object:
        return None if v == "" else v

    @field_validator("value")
    @classmethod
    def _finite(cls, v: float | None) -> float | None:
        if v is not None and not math.isfinite(v):
            raise ValueError("value must be a finite number")
        return v


class _ImfRow(_Row):
    value: float
    unit: str
    scale_power_of_10: int

    @field_validator("value")
    @classmethod
    def _finite(cls, v: float) -> float:
        if not math.isfinite(v):
            raise ValueError("value must be a finite number")
        return v


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


@dataclass(frozen=True)
class Observation:
    """One published value with its status and source row id."""

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
        return self.nato.get(edition, {}).get(iso3, {}).get(NATO_SHARE[edition], {})

    def nato_money(self, iso3: str, edition: str = "2026") -> dict[int, Observation]:
        """NATO's published spending, million national currency, current prices ({} if none)."""
        indicator = NATO_MONEY.get(edition)
        if indicator is None:
            return {}
        return self.nato.get(edition, {}).get(iso3, {}).get(indicator, {})

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


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _rows(path: Path, model: type[BaseModel]) -> Iterable[tuple[int, BaseModel, dict[str, str]]]:
    try:
        fh = path.open(newline="", encoding="utf-8")
    except OSError as exc:
        raise DatasetError(f"{path.name}: cannot read ({exc.strerror})") from exc
    with fh:
        try:
            raws = list(csv.DictReader(fh))
        except UnicodeDecodeError as exc:
            raise DatasetError(
                f"{path.name}: not UTF-8 text (byte {exc.start}: {exc.reason})"
            ) from None
        except csv.Error as exc:
            raise DatasetError(f"{path.name}: not a readable CSV file ({exc})") from None
    for line, raw in enumerate(raws, start=2):
        try:
            yield line, model.model_validate(raw), raw
        except ValidationError as exc:
            err = exc.errors()[0]
            column = ".".join(str(p) for p in err["loc"]) or "?"
            got = raw.get(column, "")
            raise DatasetError(
                f"{path.name}, row {line}, column '{column}': {err['msg']} (found {got!r})"
            ) from None


def _check_file(folder: Path, manifest: Manifest, name: str, verify: bool) -> Path:
    path = folder / name
    if not path.is_file():
        raise DatasetError(f"{name}: missing from {folder}")
    if verify:
        expected = manifest.files.get(name, {}).get("sha256")
        if expected is None:
            raise DatasetError(f"manifest.json: no checksum for {name}")
        actual = _sha256(path)
        if actual != expected:
            raise DatasetError(
                f"{name}: checksum mismatch (manifest {str(expected)[:12]}…, file {actual[:12]}…);"
                " the file was changed or damaged"
            )
    return path


def load_dataset(folder: Path, *, verify_checksums: bool = True) -> Dataset:
    """Read, checksum and validate a dataset folder (``resources/data`` by default)."""
    mpath = folder / "manifest.json"
    try:
        manifest = Manifest.model_validate(json.loads(mpath.read_text(encoding="utf-8")))
    except UnicodeDecodeError as exc:
        raise DatasetError(
            f"manifest.json: not UTF-8 text (byte {exc.start}: {exc.reason})"
        ) from None
    except FileNotFoundError:
        raise DatasetError(f"manifest.json: missing from {folder}") from None
    except json.JSONDecodeError as exc:
        raise DatasetError(
            f"manifest.json, line {exc.lineno}: not valid JSON ({exc.msg})"
        ) from None
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(p) for p in err["loc"])
        raise DatasetError(f"manifest.json, field '{loc}': {err['msg']}") from None

    countries: dict[str, Country] = {}
    cpath = _check_file(folder, manifest, "countries.csv", verify_checksums)
    for _line, c, _raw in _rows(cpath, Country):
        assert isinstance(c, Country)
        countries[c.iso3] = c

    nato: dict[str, dict[str, dict[str, dict[int, Observation]]]] = {}
    notes: dict[tuple[str, str, int], str] = {}
    for edition, source_id in manifest.nato_editions.items():
        src = manifest.source(source_id)
        ed: dict[str, dict[str, dict[int, Observation]]] = {}
        for fname in src.files:
            path = _check_file(folder, manifest, fname, verify_checksums)
            for line, row, raw in _rows(path, _NatoRow):
                assert isinstance(row, _NatoRow)
                if row.iso3 not in countries:
                    raise DatasetError(
                        f"{fname}, row {line}, column 'iso3': unknown country "
                        f"{row.iso3!r} (not in countries.csv)"
                    )
                value = math.nan if row.value is None else row.value
                ed.setdefault(row.iso3, {}).setdefault(row.indicator, {})[row.year] = Observation(
                    value, row.status, row.source_id
                )
                if raw.get("note"):
                    notes[(edition, row.iso3, row.year)] = raw["note"]
        nato[edition] = ed

    imf: dict[str, dict[str, dict[int, Observation]]] = {}
    scale: dict[str, int] = {}
    ipath = _check_file(folder, manifest, "imf_weo_2025_10.csv", verify_checksums)
    for line, row, _raw in _rows(ipath, _ImfRow):
        assert isinstance(row, _ImfRow)
        if row.iso3 not in countries:
            raise DatasetError(
                f"imf_weo_2025_10.csv, row {line}, column 'iso3': unknown country {row.iso3!r}"
            )
        imf.setdefault(row.iso3, {}).setdefault(row.indicator, {})[row.year] = Observation(
            row.value, row.status
        )
        scale[row.indicator] = row.scale_power_of_10

    ds = Dataset(manifest, countries, nato, imf, scale, notes)
    _check_complete(ds)
    return ds


def _check_complete(ds: Dataset) -> None:
    """Every ally must have the IMF series the engine needs, and a NATO share unless Iceland."""
    default = ds.manifest.default_nato_edition
    allies = [c for c in ds.countries.values() if c.kind == "ally"]
    if len(allies) != 32:
        raise DatasetError(f"countries.csv: expected 32 allies, found {len(allies)}")
    for c in allies:
        for ind in REQUIRED_IMF:
            years = ds.imf_series(c.iso3, ind)
            missing = [y for y in range(FIRST_YEAR, IMF_LAST_YEAR + 1) if y not in years]
            if missing:
                raise DatasetError(
                    f"imf_weo_2025_10.csv: {c.iso3} {ind} has no value for "
                    f"{', '.join(map(str, missing[:3]))}"
                )
        share = ds.nato_share(c.iso3, default)
        if c.has_nato_figure and not share:
            raise DatasetError(f"nato_{default}.csv: missing ally {c.iso3} ({c.name})")
    for c in ds.countries.values():
        if c.kind == "aggregate" and not ds.nato_share(c.iso3, default):
            raise DatasetError(f"nato_{default}.csv: missing aggregate {c.iso3}")


@lru_cache(maxsize=4)
def _cached(folder: str) -> Dataset:
    return load_dataset(Path(folder))


def bundled_dataset(folder: Path | None = None) -> Dataset:
    """Return the dataset shipped in ``resources/data`` (loaded and validated once)."""
    if folder is None:
        from calculator.resources import data_dir

        folder = data_dir()
    return _cached(str(folder))


def status_of(obs: Mapping[int, Observation], year: int) -> str:
    """Status of a year's observation, or ``"missing"``."""
    o = obs.get(year)
    return o.status if o is not None else "missing"
