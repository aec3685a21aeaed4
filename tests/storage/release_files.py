"""Workbooks and templates the release tests generate: NATO's layout, small and editable."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl

# As NATO writes them in the June 2024 workbook (footnote marks and currencies included).
NATO_NAMES = {
    "ALB": "Albania",
    "BEL": "Belgium",
    "BGR": "Bulgaria",
    "CAN": "Canada",
    "HRV": "Croatia",
    "CZE": "Czechia*",
    "DNK": "Denmark",
    "EST": "Estonia*",
    "FIN": "Finland",
    "FRA": "France",
    "DEU": "Germany",
    "GRC": "Greece",
    "HUN": "Hungary",
    "ITA": "Italy",
    "LVA": "Latvia*",
    "LTU": "Lithuania*",
    "LUX": "Luxembourg",
    "MNE": "Montenegro",
    "NLD": "Netherlands",
    "MKD": "North Macedonia",
    "NOR": "Norway",
    "POL": "Poland*",
    "PRT": "Portugal",
    "ROU": "Romania*",
    "SVK": "Slovak Republic",
    "SVN": "Slovenia",
    "ESP": "Spain",
    "SWE": "Sweden",
    "TUR": "Türkiye",
    "GBR": "United Kingdom",
    "USA": "United States",
}
AGGREGATES = {"NATO_EUR_CAN": "NATO Europe and Canada", "NATO_TOTAL": "NATO Total"}
YEARS: list[Any] = [2014, 2015, 2016, 2017, 2018, "2019", 2020, 2021, 2022, "2023e", "2024e"]

Table = list[list[Any]]


def share(iso3: str, k: int) -> float:
    """A plausible share of GDP for ally ``iso3`` in the k-th year."""
    return round(1.0 + (sum(map(ord, iso3)) % 17) / 10 + k / 50, 4)


def _table(
    title: str,
    unit: str,
    sections: list[tuple[str, Callable[[str, int], float]]],
    aggregates: bool,
    currency: bool = False,
) -> Table:
    rows: Table = [[], [], [], [None, title], [], [None, unit], [], [None, None, None, *YEARS], []]
    for heading, value in sections:
        rows.append([None, heading])
        for iso3, name in NATO_NAMES.items():
            label = f"{name}   (Euros)" if currency else name
            rows.append([None, None, label, *(value(iso3, k) for k in range(len(YEARS)))])
        if aggregates:
            for iso3, name in AGGREGATES.items():
                rows.append([None, name, None, *(value(iso3, k) for k in range(len(YEARS)))])
    rows += [[], [None, None, "Notes: Figures for 2023 and 2024 are estimates."], [None, "-7-"]]
    return rows


def nato_tables(equipment: bool = False) -> dict[str, Table]:
    """Tables 1, 2, 3 and 5 (and 8a) in NATO's layout, sheet name → rows."""
    tables = {
        "TABLE1": _table(
            "Table 1 : Defence expenditure",
            "Million national currency units",
            [
                ("Current prices", lambda c, k: 1000.0 + k),
                ("Constant 2015 prices ", lambda c, k: 900.0 + k),
            ],
            aggregates=False,
            currency=True,
        ),
        "TABLE2": _table(
            "Table 2 : Defence expenditure",
            "Million US dollars",
            [
                ("Current prices and exchange rates", lambda c, k: 1100.0 + k),
                ("Constant 2015 prices and exchange rates", lambda c, k: 1000.0 + k),
            ],
            aggregates=True,
        ),
        "TABLE3": _table(
            "Table 3 : Defence expenditure as a share of GDP and annual real change",
            "Based on 2015 prices",
            [("Share of real GDP (%)", share), ("Annual real change (%)", lambda c, k: 2.0)],
            aggregates=True,
        ),
        "TABLE5": _table(
            "Table 5 : GDP",
            "Million US dollars",
            [
                ("Current prices and exchange rates", lambda c, k: 50000.0 + k),
                ("Constant 2015 prices and exchange rates", lambda c, k: 45000.0 + k),
            ],
            aggregates=True,
        ),
    }
    if equipment:
        tables["TABLE8a"] = _table(
            "Table 8a : Distribution of defence expenditure by main category",
            "Percentage of total defence expenditure",
            [("Equipment (a)", lambda c, k: 15.0 + k), ("Personnel (b)", lambda c, k: 50.0)],
            aggregates=False,
        )
    return tables


def write_workbook(path: Path, tables: dict[str, Table]) -> Path:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in tables.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    path.write_bytes(buf.getvalue())
    return path


def find_row(rows: Table, label: str, after: str = "") -> int:
    """The index of the first row whose label starts with ``label`` (after a heading)."""
    seen = not after
    for i, row in enumerate(rows):
        text = next((c for c in row[:3] if isinstance(c, str)), "")
        if not seen and text.startswith(after):
            seen = True
        elif seen and text.startswith(label):
            return i
    raise KeyError(label)
