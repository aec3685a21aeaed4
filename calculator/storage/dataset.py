"""Read and validate a dataset folder (the bundled ``resources/data`` or a user's own).

Every file is checked against the SHA-256 in ``manifest.json`` and every row is validated; a
problem raises :class:`DatasetError` naming the file, the row and the column. The NATO and IMF
tables (14,000 rows) are checked column by column; a row that a fast check doubts is validated by
its pydantic model (:class:`_NatoRow`, :class:`_ImfRow`), which states the rule and the message.
"""

from __future__ import annotations

import csv
import gc
import hashlib
import io
import itertools
import math
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from itertools import repeat
from pathlib import Path
from typing import Any

import numpy as np
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


def _table(path: Path) -> tuple[list[str], list[list[str]], bool]:
    """The header and rows of a CSV file, blank lines skipped (as ``csv.DictReader`` does).

    Also whether the text is all ASCII (then no cell can hold a non-ASCII digit).
    """
    try:
        fh = path.open(newline="", encoding="utf-8")
    except OSError as exc:
        raise DatasetError(f"{path.name}: cannot read ({exc.strerror})") from exc
    with fh:
        try:
            text = fh.read()
            rows = list(filter(None, csv.reader(io.StringIO(text, newline=""))))
        except UnicodeDecodeError as exc:
            raise DatasetError(
                f"{path.name}: not UTF-8 text (byte {exc.start}: {exc.reason})"
            ) from None
        except csv.Error as exc:
            raise DatasetError(f"{path.name}: not a readable CSV file ({exc})") from None
    return (rows[0], rows[1:], text.isascii()) if rows else ([], [], True)


def _raw(header: list[str], row: list[str]) -> dict[str | None, str | None]:
    """One row as ``csv.DictReader`` gives it: missing cells None, extra cells under None."""
    raw: dict[str | None, str | None] = dict(zip(header, row, strict=False))
    for name in header[len(row) :]:
        raw[name] = None
    if len(row) > len(header):
        raw[None] = None  # extra cells: ignored by the models
    return raw


def _row_error(
    path: Path, line: int, raw: dict[str | None, str | None], exc: ValidationError
) -> DatasetError:
    err = exc.errors()[0]
    column = ".".join(str(p) for p in err["loc"]) or "?"
    got = raw.get(column, "")
    return DatasetError(f"{path.name}, row {line}, column '{column}': {err['msg']} (found {got!r})")


def _rows(
    path: Path, model: type[BaseModel]
) -> Iterable[tuple[int, BaseModel, dict[str | None, str | None]]]:
    """Every row validated by ``model`` (the small countries table)."""
    header, rows, _ascii = _table(path)
    for line, row in enumerate(rows, start=2):
        raw = _raw(header, row)
        try:
            yield line, model.model_validate(raw), raw
        except ValidationError as exc:
            raise _row_error(path, line, raw, exc) from None


_ISO3 = re.compile(_Row.model_fields["iso3"].metadata[0].pattern)
_STATUS = {
    "actual": "actual",
    "estimate": "estimate",
    "projection": "projection",
    "imf_estimate_or_projection": "projection",
}
_YEARS = range(1990, 2101)  # _Row.year's bounds


class _Columns:
    """A NATO or IMF table checked column by column: parsed columns, one entry per row.

    Each check is strict: a cell it accepts is one the row model accepts, with the same value.
    A row with a doubtful cell, or a country not in ``countries``, is validated by ``model``
    (first such row first); the first row the model refuses, or whose country is unknown, raises
    :class:`DatasetError` naming the file, the row and the column.
    """

    def __init__(
        self,
        path: Path,
        model: type[_NatoRow] | type[_ImfRow],
        countries: dict[str, Country],
        extra: tuple[str, ...],
    ) -> None:
        header, rows, ascii_text = _table(path)
        n = len(rows)
        index = {name: i for i, name in enumerate(header)}  # a repeated name: the last wins
        full = set(map(len, rows)) <= {len(header)}  # no short row: no absent cell
        cells = list(zip(*rows, strict=True)) if full and rows else []

        def column(name: str) -> Sequence[str | None]:
            i = index.get(name)
            if i is None:
                return (None,) * n
            if full:
                return cells[i] if cells else ()
            return [r[i] if i < len(r) else None for r in rows]

        # A column missing from the header fails every row, so the first row reports it.
        doubtful = {0} if n and any(f not in index for f in model.model_fields) else set()
        nato = model is _NatoRow
        self.iso3 = _strings(column("iso3"), doubtful, _ISO3.fullmatch)
        self.indicator = _strings(column("indicator"), doubtful, bool)
        status = _strings(column("status"), doubtful, _STATUS.__contains__)
        self.status: Sequence[str] = list(map(_STATUS.get, status, status))
        self.year = _ints(column("year"), doubtful, _YEARS)
        self.value = _floats(column("value"), doubtful, blank_is_nan=nato, ascii_text=ascii_text)
        last = "source_id" if nato else "scale_power_of_10"
        self.extra: dict[str, Sequence[Any]] = {
            "unit": _strings(column("unit"), doubtful, None),
            last: (
                _strings(column(last), doubtful, None)
                if nato
                else _ints(column(last), doubtful, None)
            ),
        }
        for name in extra:
            self.extra[name] = column(name)
        unknown = {c for c in set(self.iso3) if c not in countries}
        if unknown:
            doubtful.update(i for i, c in enumerate(self.iso3) if c in unknown)
        if doubtful:
            self._settle_all(path, model, countries, header, rows, sorted(doubtful))

    def _settle_all(
        self,
        path: Path,
        model: type[_NatoRow] | type[_ImfRow],
        countries: dict[str, Country],
        header: list[str],
        rows: list[list[str]],
        doubtful: list[int],
    ) -> None:
        """Validate each doubted row with its model: raise on the first error, else keep its values."""
        iso3, year, indicator = list(self.iso3), list(self.year), list(self.indicator)
        status, value = list(self.status), list(self.value)
        last_name = "source_id" if model is _NatoRow else "scale_power_of_10"
        last = list(self.extra[last_name])
        for i in doubtful:
            line = i + 2
            raw = _raw(header, rows[i])
            try:
                checked = model.model_validate(raw)
            except ValidationError as exc:
                raise _row_error(path, line, raw, exc) from None
            if checked.iso3 not in countries:
                where = " (not in countries.csv)" if model is _NatoRow else ""
                raise DatasetError(
                    f"{path.name}, row {line}, column 'iso3': unknown country "
                    f"{checked.iso3!r}{where}"
                )
            iso3[i], year[i], indicator[i] = checked.iso3, checked.year, checked.indicator
            status[i] = checked.status
            if isinstance(checked, _NatoRow):
                value[i] = math.nan if checked.value is None else checked.value
                last[i] = checked.source_id
            else:
                value[i] = checked.value
                last[i] = checked.scale_power_of_10
        self.iso3, self.year, self.indicator, self.status, self.value = (
            iso3,
            year,
            indicator,
            status,
            value,
        )
        self.extra[last_name] = last


def _strings(
    cells: Sequence[str | None], doubtful: set[int], ok: Callable[[str], object] | None
) -> Sequence[str]:
    """A text column; a cell that is absent, or fails ``ok``, is doubted."""
    if ok is None and not isinstance(cells, list) and None not in cells:
        return cells  # type: ignore[return-value]  # a full row has every cell
    bad = {v for v in set(cells) if v is None or (ok is not None and not ok(v))}
    if bad:
        doubtful.update(i for i, v in enumerate(cells) if v in bad)
    return cells  # type: ignore[return-value]  # doubted cells are replaced by _settle_all


def _ints(cells: Sequence[str | None], doubtful: set[int], bounds: range | None) -> list[int]:
    parsed: dict[str | None, int] = {}
    bad = set()
    for v in set(cells):
        n = int(v) if v is not None and v.isascii() and _is_int(v) else None
        if n is None or (bounds is not None and n not in bounds):
            bad.add(v)
        parsed[v] = n or 0  # a doubted cell's placeholder; _settle_all replaces it
    if bad:
        doubtful.update(i for i, v in enumerate(cells) if v in bad)
    return list(map(parsed.__getitem__, cells))


def _floats(
    cells: Sequence[str | None], doubtful: set[int], *, blank_is_nan: bool, ascii_text: bool
) -> list[float]:
    """Numbers; with ``blank_is_nan`` an empty (or absent) cell is NaN, as in _NatoRow."""
    text = np.array(cells, dtype=object)
    blank = np.array([not v for v in cells] if blank_is_nan else [False] * len(cells), bool)
    text[blank] = "nan"
    try:
        values = text.astype(float)
    except (TypeError, ValueError):
        values = np.array([_float_or_nan(v) for v in text], dtype=float)
        doubtful.update(i for i, v in enumerate(text) if math.isnan(_float_or_nan(v)))
    doubtful.update(np.flatnonzero(~np.isfinite(values) & ~blank).tolist())
    if not ascii_text:  # Python reads digits of other scripts; leave those to the model
        doubtful.update(i for i, v in enumerate(cells) if v is not None and not v.isascii())
    out: list[float] = values.tolist()
    return out


def _float_or_nan(text: object) -> float:
    try:
        return float(text)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return math.nan


def _is_int(text: str) -> bool:
    try:
        int(text)
    except ValueError:
        return False
    return True


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
            with _bulk():
                _add_nato(_Columns(path, _NatoRow, countries, extra=("note",)), edition, ed, notes)
        nato[edition] = ed

    imf: dict[str, dict[str, dict[int, Observation]]] = {}
    scale: dict[str, int] = {}
    ipath = _check_file(folder, manifest, "imf_weo_2025_10.csv", verify_checksums)
    with _bulk():
        _add_imf(_Columns(ipath, _ImfRow, countries, extra=()), imf, scale)

    ds = Dataset(manifest, countries, nato, imf, scale, notes)
    _check_complete(ds)
    return ds


@contextmanager
def _bulk() -> Iterator[None]:
    """Pause the cycle collector while a table becomes 14,000 small objects (none in a cycle).

    Left on, it runs dozens of times over every object of the process during the load.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _add_nato(
    t: _Columns,
    edition: str,
    ed: dict[str, dict[str, dict[int, Observation]]],
    notes: dict[tuple[str, str, int], str],
) -> None:
    _add_series(t, ed, t.extra["source_id"])
    note = t.extra["note"]
    if any(note):
        for i in [i for i, v in enumerate(note) if v]:
            notes[(edition, t.iso3[i], t.year[i])] = note[i]


def _add_imf(
    t: _Columns, imf: dict[str, dict[str, dict[int, Observation]]], scale: dict[str, int]
) -> None:
    _add_series(t, imf, repeat("", len(t.iso3)))
    scale.update(zip(t.indicator, t.extra["scale_power_of_10"], strict=True))


def _add_series(
    t: _Columns, into: dict[str, dict[str, dict[int, Observation]]], source_ids: Iterable[str]
) -> None:
    """``into[iso3][indicator][year] = Observation(...)`` for every row, later rows winning.

    Rows come in runs of one series (ally and indicator); each run is added with one
    ``dict.update``, and the observations are made without a Python call per row.
    """
    n = len(t.iso3)
    if not n:
        return
    observations = list(
        map(tuple.__new__, repeat(Observation, n), zip(t.value, t.status, source_ids, strict=True))
    )
    iso3 = np.array(t.iso3, dtype=object)
    indicator = np.array(t.indicator, dtype=object)
    starts = [
        0,
        *(np.flatnonzero((iso3[1:] != iso3[:-1]) | (indicator[1:] != indicator[:-1])) + 1).tolist(),
        n,
    ]
    years = t.year
    for a, b in itertools.pairwise(starts):
        by_year = into.setdefault(t.iso3[a], {}).setdefault(t.indicator[a], {})
        by_year.update(zip(years[a:b], observations[a:b], strict=True))


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
