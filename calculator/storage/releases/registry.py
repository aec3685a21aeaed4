"""The datasets the app knows: the bundled one and those imported into the user data folder.

An imported dataset is a folder ``user_data_dir()/datasets/<id>/`` of the bundled shape
(``manifest.json`` with checksums, ``countries.csv``, ``nato_<edition>.csv`` and the bundled IMF
file copied in), so :func:`calculator.storage.dataset.load_dataset` and the engine read it like
the bundled one. It is built in a hidden temp folder beside it, loaded back through that loader,
and only then renamed into place: a failed import leaves nothing behind. The active dataset is
recorded in ``user_data_dir()/datasets.json`` (written atomically).
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import hashlib
import io
import json
import os
import re
import secrets
import shutil
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from calculator import __version__
from calculator.core.dataset import Dataset, DatasetError
from calculator.resources import data_dir
from calculator.storage.atomic import (
    BadFile,
    ReadError,
    WriteError,
    atomic_write_bytes,
    atomic_write_text,
    parse_json,
    read_bounded,
)
from calculator.storage.autosave import user_data_dir
from calculator.storage.dataset import bundled_dataset, load_dataset, read_manifest
from calculator.storage.releases.common import Release, ReleaseError, validate
from calculator.storage.releases.template import MAX_TEMPLATE_BYTES, read_template
from calculator.storage.releases.workbook import MAX_FILE_BYTES, check_container, read_workbook

BUNDLED = "bundled"  # the name a user may type for the dataset that ships with the app
SETTINGS_NAME = "datasets.json"
SETTINGS_SCHEMA = "calculator.datasets/1"
IMF_FILE = "imf_weo_2025_10.csv"
IMF_SOURCE = "IMF-WEO-2025-10"
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{0,79}$")
STALE_TEMP_SECONDS = 3600.0
_TEMP_PREFIX = ".import-"
_GONE_PREFIX = ".removed-"


@dataclass(frozen=True)
class DatasetEntry:
    """One dataset as the manager lists it; ``problem`` is set when it cannot be used."""

    id: str
    kind: str  # "bundled" or "imported"
    title: str
    editions: tuple[str, ...]
    default_edition: str
    edition_label: str  # "June 2024"
    cut_off: str
    source: str  # publisher and title of the default edition's source
    source_file: str = ""
    source_sha256: str = ""
    imported_at: str = ""
    has_equipment: bool = False
    active: bool = False
    problem: str = ""

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (``data list --format json``)."""
        d = asdict(self)
        d["editions"] = list(self.editions)
        return d


def datasets_dir() -> Path:
    """Where imported datasets live: ``user_data_dir()/datasets``."""
    return user_data_dir() / "datasets"


def _settings_path() -> Path:
    return user_data_dir() / SETTINGS_NAME


def _bundled_id() -> str:
    return read_manifest(data_dir()).id


def bundled_id() -> str:
    """The id of the dataset that ships with the app (its manifest read, not its data)."""
    return _bundled_id()


# ------------------------------------------------------------------------------ listing
def _entry(folder: Path, kind: str, active_id: str) -> DatasetEntry:
    manifest = read_manifest(folder)
    raw: dict[str, Any] = {}
    with contextlib.suppress(BadFile, OSError):
        doc = parse_json(read_bounded(folder / "manifest.json", 1_000_000))
        raw = doc.get("imported", {}) if isinstance(doc, dict) else {}
    edition = manifest.default_nato_edition
    src = manifest.source(manifest.nato_editions[edition])
    return DatasetEntry(
        id=manifest.id,
        kind=kind,
        title=manifest.title,
        editions=tuple(manifest.nato_editions),
        default_edition=edition,
        edition_label=src.edition,
        cut_off=src.cut_off,
        source=f"{src.publisher}, {src.title}",
        source_file=str(raw.get("file", "")),
        source_sha256=str(raw.get("sha256", "")),
        imported_at=str(raw.get("imported_at", "")),
        has_equipment=bool(raw.get("equipment", False)),
        active=manifest.id == active_id,
    )


def list_datasets() -> list[DatasetEntry]:
    """The bundled dataset first, then every imported one by id; a damaged one has ``problem``."""
    try:
        active = active_dataset_id()
    except DatasetError:
        active = ""  # a damaged datasets.json: nothing is active until `use_dataset` rewrites it
    entries = [_entry(data_dir(), "bundled", active)]
    if entries[0].id == active:
        entries[0] = DatasetEntry(**{**asdict(entries[0]), "active": True})
    for folder in _imported_folders():
        try:
            entries.append(_entry(folder, "imported", active))
        except (DatasetError, KeyError) as exc:
            entries.append(
                DatasetEntry(
                    id=folder.name,
                    kind="imported",
                    title="",
                    editions=(),
                    default_edition="",
                    edition_label="",
                    cut_off="",
                    source="",
                    active=folder.name == active,
                    problem=str(exc),
                )
            )
    return entries


def _imported_folders() -> list[Path]:
    try:
        children = sorted(datasets_dir().iterdir())
    except (FileNotFoundError, NotADirectoryError):
        return []
    except OSError as exc:
        raise ReadError(f"{datasets_dir()}: cannot read ({exc.strerror or exc})") from None
    return [p for p in children if ID_PATTERN.match(p.name) and p.is_dir() and not p.is_symlink()]


# ----------------------------------------------------------------------- the active one
def active_dataset_id() -> str:
    """The id of the dataset in use (the bundled one unless ``use_dataset`` chose another)."""
    path = _settings_path()
    try:
        doc = parse_json(read_bounded(path, 100_000))
    except BadFile as exc:
        if exc.reason.startswith("no such file"):
            return _bundled_id()
        raise DatasetError(f"{path}: {exc.reason}; choose one with `data use ID`") from None
    except OSError as exc:
        raise ReadError(f"{path}: cannot read ({exc.strerror or exc})") from None
    active = doc.get("active") if isinstance(doc, dict) else None
    if not isinstance(active, str) or not (active == BUNDLED or ID_PATTERN.match(active)):
        raise DatasetError(f"{path}: no valid 'active' dataset id; choose one with `data use ID`")
    return _bundled_id() if active == BUNDLED else active


def _write_active(dataset_id: str) -> None:
    doc = {"schema": SETTINGS_SCHEMA, "active": dataset_id}
    path = _settings_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WriteError(f"{path.parent}: cannot create ({exc.strerror or exc})") from None
    atomic_write_text(path, json.dumps(doc, indent=2) + "\n")


def _find(dataset_id: str) -> DatasetEntry:
    wanted = dataset_id.strip()
    entries = list_datasets()
    if wanted == BUNDLED:
        return entries[0]
    for e in entries:
        if e.id == wanted:
            return e
    known = ", ".join([BUNDLED] + [e.id for e in entries[1:]])
    raise ReleaseError(f"dataset {wanted!r} is not known; allowed {known}")


def open_dataset(dataset_id: str | None = None) -> Dataset:
    """Load a dataset by id (``None``: the active one; ``"bundled"``: the shipped one)."""
    wanted = active_dataset_id() if dataset_id is None else dataset_id.strip()
    if wanted in (BUNDLED, _bundled_id()):
        return bundled_dataset()
    entry = _find(wanted)
    if entry.problem:
        raise DatasetError(f"dataset {entry.id}: {entry.problem}")
    return bundled_dataset(datasets_dir() / entry.id)  # loaded, checked and cached by path


def use_dataset(dataset_id: str) -> DatasetEntry:
    """Make a dataset the active one, after loading it (a damaged one is refused)."""
    entry = _find(dataset_id)
    open_dataset(entry.id)
    _write_active(BUNDLED if entry.kind == "bundled" else entry.id)
    return DatasetEntry(**{**asdict(entry), "active": True})


def remove_dataset(dataset_id: str) -> DatasetEntry:
    """Delete an imported dataset (never the bundled one).

    If it was the active one, the bundled dataset becomes active first.
    """
    entry = _find(dataset_id)
    if entry.kind == "bundled":
        raise ReleaseError(f"dataset {entry.id} ships with the app and cannot be removed")
    if entry.active:
        _write_active(BUNDLED)
    folder = datasets_dir() / entry.id
    gone = datasets_dir() / f"{_GONE_PREFIX}{entry.id}.{secrets.token_hex(4)}"
    try:
        os.rename(folder, gone)  # one step: it is listed, or it is not
    except OSError as exc:
        raise WriteError(f"{folder}: cannot remove ({exc.strerror or exc})") from None
    shutil.rmtree(gone, ignore_errors=True)
    return entry


# ----------------------------------------------------------------------------- importing
def read_release(path: Path) -> Release:
    """Read and validate a NATO workbook (.xlsx) or a filled-in CSV template; store nothing.

    The kind is told by the file's first bytes, not its name. A GUI can call this to show what
    an import would hold before :func:`store_release`.
    """
    name = path.name
    try:
        data = read_bounded(path, MAX_FILE_BYTES)
    except BadFile as exc:
        if exc.reason.startswith("larger"):
            raise ReleaseError(
                f"{name}: {exc.reason}; refused before reading (NATO's workbook is well under 1 MB)"
            ) from None
        raise ReleaseError(f"{name}: {exc.reason}") from None
    except OSError as exc:
        raise ReadError(f"{path}: cannot read ({exc.strerror or exc})") from None
    try:
        return _parse(data, path)
    except ReleaseError as exc:
        if str(exc).startswith(f"{name}: ") or str(exc).startswith(f"{name}, "):
            raise
        raise ReleaseError(f"{name}: {exc}") from None  # the file first, then sheet, row, column


def _parse(data: bytes, path: Path) -> Release:
    name = path.name
    sha = hashlib.sha256(data).hexdigest()
    countries = bundled_dataset().countries
    if (
        data.startswith(b"PK")
        or data[:4] == b"\xd0\xcf\x11\xe0"
        or path.suffix.lower()
        in (
            ".xlsx",
            ".xlsm",
            ".xls",
        )
    ):
        check_container(data, name)
        release = read_workbook(data, name, countries, sha)
    elif len(data) <= MAX_TEMPLATE_BYTES and data.lstrip(b"\xef\xbb\xbf").startswith(b"#"):
        release = read_template(data, name, countries, sha)
    else:
        from calculator.storage.releases.workbook import describe_non_xlsx

        raise ReleaseError(
            f"{name}: {describe_non_xlsx(data)}; give NATO's .xlsx tables or the CSV template "
            "(its first line starts with '#')"
        )
    validate(release, countries)
    return release


def release_id(release: Release) -> str:
    """The id an imported release gets: its kind, its date and its file's SHA-256 prefix."""
    if release.kind == "nato-xlsx":
        stamp = release.released[:7] or release.edition
        return f"nato-{stamp}_{release.source_sha256[:8]}"
    return f"own-{release.edition}_{release.source_sha256[:8]}"


def import_release(path: Path) -> DatasetEntry:
    """Read, validate and store a release as a new dataset; return its entry (not activated)."""
    return store_release(read_release(path))


def store_release(release: Release) -> DatasetEntry:
    """Write a validated release as a dataset folder, atomically (temp folder, then rename)."""
    root = datasets_dir()
    dataset_id = release_id(release)
    final = root / dataset_id
    if final.exists():
        raise ReleaseError(
            f"{release.source_name}: already imported as {dataset_id} (same SHA-256); "
            f"remove it first with `data remove {dataset_id}`"
        )
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WriteError(f"{root}: cannot create ({exc.strerror or exc})") from None
    _clean_stale(root)
    tmp = root / f"{_TEMP_PREFIX}{dataset_id}.{secrets.token_hex(4)}"
    try:
        tmp.mkdir()
        _write_folder(tmp, release, dataset_id)
        try:
            load_dataset(tmp)  # the loader the app uses must accept it, checksums and all
        except DatasetError as exc:
            raise ReleaseError(
                f"{release.source_name}: the imported data does not load ({exc})"
            ) from None
        try:
            os.rename(tmp, final)
        except OSError as exc:
            if final.exists():
                raise ReleaseError(
                    f"{release.source_name}: already imported as {dataset_id}"
                ) from None
            raise WriteError(f"{final}: cannot create ({exc.strerror or exc})") from None
        _fsync_dir(root)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return next(e for e in list_datasets() if e.id == dataset_id)


def _clean_stale(root: Path) -> None:
    """Remove temp folders a killed import or removal left behind (older than an hour)."""
    now = time.time()
    with contextlib.suppress(OSError):
        for child in root.iterdir():
            if child.name.startswith((_TEMP_PREFIX, _GONE_PREFIX)) and not child.is_symlink():
                with contextlib.suppress(OSError):
                    if now - child.stat().st_mtime > STALE_TEMP_SECONDS:
                        shutil.rmtree(child, ignore_errors=True)


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _csv_bytes(header: list[str], rows: list[list[str]]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buf.getvalue().encode("utf-8")


def _write_folder(folder: Path, release: Release, dataset_id: str) -> None:
    bundled = data_dir()
    bmanifest = read_manifest(bundled)
    files: dict[str, dict[str, str | int]] = {}

    def put(name: str, data: bytes, rows: int, source: str) -> None:
        atomic_write_bytes(folder / name, data)
        files[name] = {"sha256": hashlib.sha256(data).hexdigest(), "rows": rows, "source": source}

    source_id = ("NATO-" if release.kind == "nato-xlsx" else "OWN-") + release.edition
    nato_name = f"nato_{release.edition}.csv"
    rows = [
        [
            f.iso3,
            str(f.year),
            f.indicator,
            "" if f.value is None else repr(f.value),
            f.unit,
            f.status,
            f.ref,
            f.note,
        ]
        for f in sorted(release.figures, key=lambda f: (f.iso3, f.indicator, f.year))
    ]
    header = ["iso3", "year", "indicator", "value", "unit", "status", "source_id", "note"]
    put(nato_name, _csv_bytes(header, rows), len(rows), source_id)

    # The IMF part is the bundled file, byte for byte, checked against the bundled manifest.
    try:
        imf = read_bounded(bundled / IMF_FILE, 100_000_000)
    except (BadFile, OSError) as exc:
        raise DatasetError(f"{IMF_FILE}: the bundled IMF file cannot be read ({exc})") from None
    if hashlib.sha256(imf).hexdigest() != bmanifest.files[IMF_FILE]["sha256"]:
        raise DatasetError(f"{IMF_FILE}: the bundled IMF file was changed or damaged")
    put(IMF_FILE, imf, int(bmanifest.files[IMF_FILE].get("rows", 0)), IMF_SOURCE)

    share = release.share_indicator
    with_share = {f.iso3 for f in release.figures if f.indicator == share and f.value is not None}
    crow = []
    for c in bundled_dataset().countries.values():
        if c.kind == "aggregate" and c.iso3 not in with_share:
            continue
        has = c.iso3 in with_share
        note = (
            c.note
            if has or c.iso3 == "ISL"
            else (c.note + " " if c.note else "") + (f"No share of GDP in {release.source_name}.")
        )
        crow.append(
            [
                c.iso3,
                c.name,
                c.kind,
                c.currency,
                c.nato_currency,
                "yes" if has else "no",
                "" if c.member_since is None else str(c.member_since),
                note,
            ]
        )
    cheader = [
        "iso3",
        "name",
        "kind",
        "currency",
        "nato_currency",
        "has_nato_figure",
        "member_since",
        "note",
    ]
    put("countries.csv", _csv_bytes(cheader, crow), len(crow), "")

    imported_at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    tables = ", ".join(release.tables)
    source = {
        "id": source_id,
        "title": release.title,
        "publisher": release.publisher,
        "edition": release.edition_label,
        "released": release.released,
        "cut_off": release.cut_off or "not stated in the file",
        "estimates": release.estimates,
        "basis": release.basis,
        "url": release.url,
        "page": "",
        "transcription": (
            f"Imported by budget-calculator {__version__} on {imported_at[:10]} from "
            f"{release.source_name} (SHA-256 {release.source_sha256}): {tables}. "
            "Values as stored in the file; each row's source_id is the cell or line it came from."
        ),
        "files": [nato_name],
    }
    imf_source = bmanifest.source(IMF_SOURCE).model_dump()
    imf_source["files"] = list(imf_source["files"])
    equipment = any(f.indicator == "equipment_share_pct" for f in release.figures)
    manifest = {
        "schema": "calculator.dataset/1",
        "id": dataset_id,
        "title": f"{release.title}, {release.edition_label} (imported), with IMF WEO October 2025",
        "default_nato_edition": release.edition,
        "nato_editions": {release.edition: source_id},
        "sources": [source, imf_source],
        "files": files,
        "notes": [
            "Imported by the user; values copied as the file states them, nothing rounded.",
            f"The IMF part is the bundled file of dataset {bmanifest.id}, copied unchanged.",
            *release.notes,
        ],
        "imported": {
            "kind": release.kind,
            "file": release.source_name,
            "sha256": release.source_sha256,
            "bytes": release.source_bytes,
            "imported_at": imported_at,
            "tables": list(release.tables),
            "equipment": equipment,
            "imf_from": bmanifest.id,
            "app_version": __version__,
        },
    }
    text = json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"
    atomic_write_bytes(folder / "manifest.json", text.encode("utf-8"))
