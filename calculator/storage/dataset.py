"""Read and validate a dataset folder (the bundled ``resources/data`` or a user's own).

Every file is checked against the SHA-256 in ``manifest.json`` and every row is validated with
pydantic; a problem raises :class:`DatasetError` naming the file, the row and the column.
"""

from __future__ import annotations

import csv
import hashlib
import math
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from calculator.core.dataset import (
    FIRST_YEAR,
    IMF_LAST_YEAR,
    Country,
    Dataset,
    DatasetError,
    Manifest,
    Observation,
)
from calculator.resources import data_dir
from calculator.storage._manifest_sha256 import BUNDLED_MANIFEST_SHA256
from calculator.storage.atomic import BadFile, parse_json, read_bounded

MAX_MANIFEST_BYTES = 1_000_000
MAX_DATA_FILE_BYTES = 100_000_000
REQUIRED_IMF = ("NGDP", "NGDP_D", "NGDP_RPCH", "NGDP_R", "LP", "GGX_NGDP", "PCPIPCH")


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


def _read(path: Path, name: str, limit: int) -> bytes:
    """A dataset file's bytes (a regular file, bounded); :class:`DatasetError` names it."""
    try:
        return read_bounded(path, limit)
    except BadFile as exc:
        if exc.reason == "no such file":
            raise DatasetError(f"{name}: missing from {path.parent}") from None
        raise DatasetError(f"{name}: {exc.reason}") from None
    except OSError as exc:
        raise DatasetError(f"{name}: cannot read ({exc.strerror or exc})") from None


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
    data = _read(path, name, MAX_DATA_FILE_BYTES)  # a regular file, whatever verify says
    if verify:
        expected = manifest.files.get(name, {}).get("sha256")
        if expected is None:
            raise DatasetError(f"manifest.json: no checksum for {name}")
        actual = hashlib.sha256(data).hexdigest()
        if actual != expected:
            raise DatasetError(
                f"{name}: checksum mismatch (manifest {str(expected)[:12]}…, file {actual[:12]}…);"
                " the file was changed or damaged"
            )
    return path


def read_manifest(folder: Path, pinned_sha256: str | None = None) -> Manifest:
    """Read and validate ``manifest.json``; with ``pinned_sha256``, refuse any other bytes.

    The bundled dataset's manifest is pinned (:data:`BUNDLED_MANIFEST_SHA256`, written by
    ``make dataset``): the manifest holds every file's checksum, so a file edited together with
    its checksum is still refused. A user's own folder is checked by its own manifest only.
    """
    if not folder.is_dir():
        raise DatasetError(f"{folder}: not a dataset folder (a folder holding manifest.json)")
    data = _read(folder / "manifest.json", "manifest.json", MAX_MANIFEST_BYTES)
    if pinned_sha256 is not None:
        actual = hashlib.sha256(data).hexdigest()
        if actual != pinned_sha256:
            raise DatasetError(
                f"manifest.json: checksum {actual[:12]}… is not the one this version ships "
                f"({pinned_sha256[:12]}…); the bundled data was changed or damaged"
            )
    try:
        return Manifest.model_validate(parse_json(data))
    except BadFile as exc:
        raise DatasetError(f"manifest.json: {exc.reason}") from None
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(p) for p in err["loc"])
        raise DatasetError(f"manifest.json, field '{loc}': {err['msg']}") from None


def load_dataset(
    folder: Path, *, verify_checksums: bool = True, pinned_sha256: str | None = None
) -> Dataset:
    """Read, checksum and validate a dataset folder (``resources/data`` by default)."""
    manifest = read_manifest(folder, pinned_sha256)

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
def _cached(folder: str, pinned: bool) -> Dataset:
    return load_dataset(Path(folder), pinned_sha256=BUNDLED_MANIFEST_SHA256 if pinned else None)


def bundled_dataset(folder: Path | None = None) -> Dataset:
    """Return the dataset shipped in ``resources/data`` (loaded and validated once).

    The bundled manifest must be the one this version was built with; a ``folder`` given
    instead (``--data``) is checked against its own manifest only.
    """
    if folder is None:
        return _cached(str(data_dir()), True)
    return _cached(str(folder), False)
