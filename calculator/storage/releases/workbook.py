"""Read NATO's Excel release ("Defence Expenditure of NATO Countries", Tables 1–8b).

The file is refused before any parser sees it when it is too large (:data:`MAX_FILE_BYTES`), is
not an .xlsx zip archive, is truncated or encrypted, or unpacks to more than
:data:`MAX_UNPACKED_BYTES` (a zip bomb: the declared sizes and ratios are checked first, then
every member is unpacked with a running count, because a zip's headers can lie). Only then does
openpyxl read it (``read_only=True, data_only=True``) from the same bytes in memory.

Layout, as in NATO's June 2024 workbook ``240617-def-exp-2024-TABLES-en.xlsx``: one sheet per
table with a title cell ``"Table 3 : Defence expenditure as a share of GDP …"``, a row of years
(``2023e``: an estimate), then sections headed by a row of text (``"Current prices"``,
``"Share of real GDP (%)"``, ``"Equipment (a)"``) followed by one row per ally, named as NATO
writes it (``"Czechia*"``, ``"Slovak Republic"``, ``"Albania   (Leks)"``), and the aggregates.
Tables 1, 2, 3 and 5 are required; 8a and 8b (spending by category) are read where present.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import re
import warnings
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from calculator.core.dataset import Country, share_indicator
from calculator.storage.releases.common import (
    Figure,
    Release,
    ReleaseError,
    fold,
    name_index,
    split_name,
)

MAX_FILE_BYTES = 50_000_000
MAX_UNPACKED_BYTES = 250_000_000
MAX_RATIO = 100  # unpacked ÷ packed of one member above 1 MB; NATO's sheets are about 10
MAX_MEMBERS = 5_000
MAX_ROWS = 2_000  # rows and columns read per sheet; NATO's tables have about 100 × 40
MAX_COLUMNS = 200
REQUIRED = ("1", "2", "3", "5")
OPTIONAL = ("8a", "8b")
NIL = {"", "-", "–", "—", "..", "...", "n.a.", "na", "n/a", "x"}
_TITLE = re.compile(r"^\s*table\s*(\d+\s*[a-z]?)\s*[:.\-–]?\s*(.*)$", re.IGNORECASE | re.DOTALL)
_YEAR = re.compile(r"^\s*(\d{4})\s*(e?)\s*$", re.IGNORECASE)
_CUT_OFF = re.compile(r"cut-?\s*off date[^0-9]{0,40}(\d{1,2}\s+[A-Za-z]+\s+\d{4})", re.IGNORECASE)

# What each table must be about, and its sections: (heading pattern, indicator, unit).
# ``{p}`` is "defence" or "core_defence" (from the July 2026 edition on), ``{y}`` the price base.
_TABLES: dict[str, tuple[str, tuple[tuple[str, str, str], ...]]] = {
    "1": (
        "national currency",
        (
            (r"constant\s+(\d{4})", "{p}_nac_const{y}", "million national currency ({cur}), {h}"),
            (r"current", "{p}_nac_current", "million national currency ({cur}), {h}"),
        ),
    ),
    "2": (
        "us dollars",
        (
            (r"constant\s+(\d{4})", "{p}_usd_const{y}", "million US dollars, {h}"),
            (r"current", "{p}_usd_current", "million US dollars, {h}"),
        ),
    ),
    "3": (
        "share",
        (
            (r"share\b.*\bgdp", "{share}", "percent of GDP, {h}, {sub}"),
            (r"real change", "{p}_real_change_pct", "percent, {h}, {sub}"),
        ),
    ),
    "5": (
        "gdp",
        (
            (r"constant\s+(\d{4})", "gdp_usd_const{y}", "million US dollars, {h}"),
            (r"current", "gdp_usd_current", "million US dollars, {h}"),
        ),
    ),
    "8a": (
        "categor",
        (
            (r"equipment", "equipment_share_pct", "percent of defence expenditure, {h}"),
            (r"personnel", "personnel_share_pct", "percent of defence expenditure, {h}"),
        ),
    ),
    "8b": (
        "categor",
        (
            (r"infrastructure", "infrastructure_share_pct", "percent of defence expenditure, {h}"),
            (r"other", "other_share_pct", "percent of defence expenditure, {h}"),
        ),
    ),
}
_WHAT = {
    "1": "defence expenditure in national currency",
    "2": "defence expenditure in US dollars",
    "3": "share of GDP",
    "5": "GDP",
    "8a": "distribution by category (equipment, personnel)",
    "8b": "distribution by category (infrastructure, other)",
}


def _column(index: int) -> str:
    """1 → "A", 27 → "AA"."""
    letters = ""
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


# --------------------------------------------------------------------------- the container
def describe_non_xlsx(data: bytes) -> str:
    """What a file that is not an .xlsx workbook looks like, for the refusal."""
    if data[:4] == b"\xd0\xcf\x11\xe0":
        return (
            "an old-style .xls workbook or an encrypted one; open it in Excel and save it as "
            ".xlsx (Excel Workbook)"
        )
    if data.startswith(b"%PDF"):
        return "a PDF document; use NATO's Excel tables (.xlsx), not the PDF"
    head = data[:512].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return "a web page (HTML); download the .xlsx file itself"
    if not data:
        return "an empty file"
    return "not an Excel workbook (.xlsx is a zip archive)"


def check_container(data: bytes, name: str) -> None:
    """Refuse anything but a complete, modest .xlsx zip archive, before any parser runs."""
    if len(data) > MAX_FILE_BYTES:
        raise ReleaseError(
            f"{name}: {len(data) / 1e6:.0f} MB is larger than {MAX_FILE_BYTES / 1e6:.0f} MB; "
            "NATO's workbook is well under 1 MB"
        )
    if not data.startswith(b"PK\x03\x04"):
        if data.startswith(b"PK"):
            raise ReleaseError(f"{name}: truncated or damaged (not a complete .xlsx archive)")
        raise ReleaseError(f"{name}: {describe_non_xlsx(data)}")
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise ReleaseError(
            f"{name}: truncated or damaged (the .xlsx zip archive has no complete index)"
        ) from None
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_MEMBERS:
            raise ReleaseError(f"{name}: {len(infos)} parts in the archive; at most {MAX_MEMBERS}")
        members = {i.filename for i in infos}
        if "xl/workbook.xml" not in members or "[Content_Types].xml" not in members:
            raise ReleaseError(
                f"{name}: a zip archive but not an Excel workbook (no xl/workbook.xml)"
            )
        if any(i.flag_bits & 0x1 for i in infos):
            raise ReleaseError(f"{name}: encrypted; save it without a password")
        declared = sum(i.file_size for i in infos)
        if declared > MAX_UNPACKED_BYTES:
            raise ReleaseError(
                f"{name}: unpacks to {declared / 1e6:.0f} MB (more than "
                f"{MAX_UNPACKED_BYTES / 1e6:.0f} MB); refused as a possible zip bomb"
            )
        for i in infos:
            if i.file_size > 1_000_000 and i.file_size > MAX_RATIO * max(i.compress_size, 1):
                raise ReleaseError(
                    f"{name}: part {i.filename} unpacks {i.file_size // max(i.compress_size, 1)}"
                    f" times its packed size (more than {MAX_RATIO}); refused as a possible zip bomb"
                )
        total = 0
        try:
            for i in infos:
                with zf.open(i) as fh:
                    while chunk := fh.read(1 << 20):
                        total += len(chunk)
                        if total > MAX_UNPACKED_BYTES:
                            raise ReleaseError(
                                f"{name}: unpacks to more than {MAX_UNPACKED_BYTES / 1e6:.0f} MB"
                                " (its headers understate it); refused as a possible zip bomb"
                            )
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
            raise ReleaseError(f"{name}: truncated or damaged ({exc})") from None


# ------------------------------------------------------------------------------ the sheets
@dataclass
class _Sheet:
    title: str  # the sheet's tab name
    key: str  # "3", "8a"
    heading: str  # the table's title text after "Table 3 :"
    rows: list[tuple[int, tuple[Any, ...]]]


def _open(data: bytes, name: str) -> Any:
    import openpyxl

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about styles and extensions
            return openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged part
        raise ReleaseError(
            f"{name}: not a readable .xlsx workbook ({type(exc).__name__})"
        ) from None


def _sheets(wb: Any, name: str) -> dict[str, _Sheet]:
    found: dict[str, _Sheet] = {}
    for ws in wb.worksheets:
        rows: list[tuple[int, tuple[Any, ...]]] = []
        key = heading = ""
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                for r, row in enumerate(
                    ws.iter_rows(max_row=MAX_ROWS, max_col=MAX_COLUMNS, values_only=True), 1
                ):
                    rows.append((r, tuple(row)))
                    if r > 40 and key not in _TABLES:
                        break  # Tables 4, 6, 7: not read
                    if not key:
                        for cell in row:
                            m = _TITLE.match(cell) if isinstance(cell, str) else None
                            if m:
                                key = m.group(1).replace(" ", "").lower()
                                heading = " ".join(m.group(2).split())
                                break
            except Exception as exc:
                raise ReleaseError(
                    f"{name}: sheet {ws.title!r} cannot be read ({type(exc).__name__})"
                ) from None
        if key in _TABLES and key not in found:
            found[key] = _Sheet(ws.title, key, heading, rows)
    return found


def _year(cell: Any) -> tuple[int, bool] | None:
    if isinstance(cell, bool):
        return None
    if isinstance(cell, int | float) and float(cell).is_integer() and 1990 <= cell <= 2100:
        return int(cell), False
    if isinstance(cell, str):
        m = _YEAR.match(cell)
        if m and 1990 <= int(m.group(1)) <= 2100:
            return int(m.group(1)), bool(m.group(2))
    return None


def _year_header(sheet: _Sheet, where: str) -> tuple[int, dict[int, tuple[int, bool]]]:
    """The row of years: its row number and column index → (year, is estimate)."""
    for r, row in sheet.rows:
        cols = {j: y for j, cell in enumerate(row) if (y := _year(cell)) is not None}
        if len(cols) < 3:
            continue
        first = min(cols)
        run: dict[int, tuple[int, bool]] = {}
        for j in range(first, len(row)):
            if j not in cols:
                break
            if run:
                prev = run[j - 1][0]
                if cols[j][0] != prev + 1:
                    raise ReleaseError(
                        f"{where}, row {r}, column {_column(j + 1)}: year {cols[j][0]} follows "
                        f"{prev}; the years must be contiguous"
                    )
            run[j] = cols[j]
        return r, run
    raise ReleaseError(f"{where}: no row of years (2014, 2015, …, 2024e) found")


def _number(cell: Any, where: str) -> float | None:
    if cell is None:
        return None
    if isinstance(cell, bool):
        raise ReleaseError(f"{where}: {cell} is not a number")
    if isinstance(cell, int | float):
        return float(cell)
    if isinstance(cell, dt.datetime | dt.date | dt.time):
        raise ReleaseError(f"{where}: a date ({cell}) where a number belongs")
    text = str(cell).strip()
    if text.casefold() in NIL:
        return None
    try:
        return float(text.replace(",", ""))
    except ValueError:
        shown = text if len(text) <= 40 else text[:39] + "…"
        raise ReleaseError(f"{where}: {shown!r} is not a number") from None


def _label(row: tuple[Any, ...], before: int) -> tuple[int, str] | None:
    for j in range(min(before, len(row))):
        cell = row[j]
        if isinstance(cell, str) and cell.strip():
            return j, cell.strip()
    return None


def _read_table(
    sheet: _Sheet,
    index: Mapping[str, str],
    prefix: str,
    share: str,
    figures: list[Figure],
    notes: list[str],
) -> int:
    """Append the table's figures; return how many rows of figures it had."""
    where = f"{sheet.title} (Table {sheet.key})"
    header_row, years = _year_header(sheet, where)
    first_col = min(years)
    sub = ""
    section: tuple[str, str] | None = None  # (indicator, unit pattern)
    heading = ""
    sections = _TABLES[sheet.key][1]
    count = 0
    for r, row in sheet.rows:
        if r < header_row:
            lab = _label(row, len(row))
            if lab and not _TITLE.match(lab[1]) and _year(lab[1]) is None:
                sub = " ".join(lab[1].split())
            continue
        if r == header_row:
            continue
        label = _label(row, first_col)
        cells = [row[j] if j < len(row) else None for j in years]
        if all(c is None or (isinstance(c, str) and not c.strip()) for c in cells):
            if label is None:
                continue
            text = label[1]
            section = None
            heading = " ".join(text.split())
            for pattern, indicator, unit in sections:
                m = re.search(pattern, heading, re.IGNORECASE)
                if m:
                    y = m.group(1) if m.groups() else ""
                    section = (indicator.format(p=prefix, y=y, share=share), unit)
                    break
            continue
        if label is None:
            continue  # a stray row of numbers or errors with no ally named (#REF!, zeros)
        col, text = label
        name, currency = split_name(text)
        iso3 = index.get(fold(name))
        cell_where = f"{where}, row {r}, column {_column(col + 1)}"
        if iso3 is None:
            if fold(name).startswith("nato"):
                notes.append(f"{where}, row {r}: aggregate {name!r} not kept")
                continue
            raise ReleaseError(f"{cell_where}: {text!r} is not an ally or NATO aggregate")
        if section is None:
            raise ReleaseError(
                f"{cell_where}: figures for {name} under no known heading (expected one of: "
                + ", ".join(p for p, _, _ in sections)
                + ")"
            )
        indicator, unit = section
        count += 1
        for j, (year, estimate) in years.items():
            cell = row[j] if j < len(row) else None
            ref = f"{sheet.title}!{_column(j + 1)}{r}"
            value = _number(cell, f"{where}, row {r}, column {_column(j + 1)} ({year})")
            figures.append(
                Figure(
                    iso3=iso3,
                    year=year,
                    indicator=indicator,
                    value=value,
                    unit=unit.format(cur=currency or "national currency", h=heading, sub=sub),
                    status="estimate" if estimate else "actual",
                    where=f"{where}, row {r}, column {_column(j + 1)} ({year})",
                    ref=ref,
                )
            )
    return count


_NAME_STAMP = re.compile(r"^(\d{2})(\d{2})(\d{2})-")  # NATO's file names: 240617-def-exp-…


def release_date(name: str, props: Any, edition: int) -> dt.date | None:
    """When the release came out, as far as the file tells: ``None`` if it does not.

    NATO's file name starts with the release date (``240617-def-exp-2024-TABLES-en.xlsx``),
    then the workbook's saved and created dates. Only a date in the edition's year or the next
    counts: a workbook opened and saved again later (Excel, LibreOffice) carries the day it was
    saved, and edition 2024 would read "December 2026".
    """
    candidates: list[dt.date] = []
    m = _NAME_STAMP.match(name)
    if m:
        with contextlib.suppress(ValueError):
            candidates.append(dt.date(2000 + int(m.group(1)), int(m.group(2)), int(m.group(3))))
    for attr in ("modified", "created"):
        value = getattr(props, attr, None)
        if isinstance(value, dt.datetime):
            candidates.append(value.date())
    return next((d for d in candidates if edition <= d.year <= edition + 1), None)


def read_workbook(data: bytes, name: str, countries: Mapping[str, Country], sha256: str) -> Release:
    """Read NATO's workbook (already checked by :func:`check_container`) into a release."""
    wb = _open(data, name)
    try:
        sheets = _sheets(wb, name)
        props = wb.properties
    finally:
        wb.close()
    missing = [k for k in REQUIRED if k not in sheets]
    if missing:
        listed = ", ".join(f"Table {k} ({_WHAT[k]})" for k in missing)
        raise ReleaseError(f"{name}: no {listed}; is this NATO's defence expenditure workbook?")
    for key, sheet in sheets.items():
        about = _TABLES[key][0]
        header_row, _ = _year_header(sheet, f"{sheet.title} (Table {key})")
        text = " ".join(
            str(c) for r, row in sheet.rows if r < header_row for c in row if isinstance(c, str)
        ).casefold()
        if about not in text:
            raise ReleaseError(
                f"{name}: sheet {sheet.title!r} (Table {key}) is not about {_WHAT[key]} "
                f"(title {sheet.heading!r})"
            )
    _, years3 = _year_header(sheets["3"], f"{sheets['3'].title} (Table 3)")
    first = min(y for y, _ in years3.values())
    edition = str(max(y for y, _ in years3.values()))
    share = share_indicator(edition)
    prefix = share.removesuffix("_share_gdp")
    index = name_index(countries.values())
    figures: list[Figure] = []
    notes: list[str] = []
    read: list[str] = []
    for key in (*REQUIRED, *OPTIONAL):
        if key in sheets and _read_table(sheets[key], index, prefix, share, figures, notes):
            read.append(f"Table {key}")
    if not any(f.indicator == share for f in figures):
        raise ReleaseError(
            f"{sheets['3'].title} (Table 3): no 'Share of … GDP' heading with allies under it"
        )
    cut_off = ""
    for sheet in sheets.values():
        for _, row in sheet.rows:
            for cell in row:
                m = _CUT_OFF.search(cell) if isinstance(cell, str) else None
                if m and not cut_off:
                    with contextlib.suppress(ValueError):
                        cut_off = dt.datetime.strptime(m.group(1), "%d %B %Y").date().isoformat()
    saved = release_date(name, props, int(edition))
    released = saved.isoformat() if saved is not None else ""
    label = saved.strftime("%B %Y") if saved is not None else f"{edition} edition"
    basis = "core defence expenditure" if prefix.startswith("core") else "defence expenditure"
    sub3 = next(
        (
            str(c)
            for _, row in sheets["3"].rows[:10]
            for c in row
            if isinstance(c, str) and "price" in c.casefold()
        ),
        "",
    )
    return Release(
        kind="nato-xlsx",
        edition=edition,
        title=f"Defence Expenditure of NATO Countries ({first}-{edition})",
        publisher="NATO Public Diplomacy Division",
        edition_label=label,
        released=released,
        cut_off=cut_off,
        basis=f"{basis} (NATO definition); Table 3 {sub3.strip().lower() or 'share of GDP'}",
        url="",
        figures=tuple(figures),
        tables=tuple(read),
        source_name=name,
        source_sha256=sha256,
        source_bytes=len(data),
        notes=tuple(notes),
        complete=True,
        extra={
            "share_table": f"{sheets['3'].title} (Table 3)",
            "released_is": "file name or workbook saved" if released else "not stated",
        },
    )
