"""The column-wise NATO/IMF table check against the row models it replaced for speed.

The oracle is the loader's former loop, written out here: every row through ``csv.DictReader``
and its pydantic model (``_NatoRow`` / ``_ImfRow``), then the unknown-country check. On damaged
tables (random cells replaced by tricky text, short and long rows, a missing column) both must
raise the same message (file, row, column) or give the same values.
"""

from __future__ import annotations

import csv
import math
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from calculator.core.dataset import DatasetError
from calculator.resources import data_dir
from calculator.storage.dataset import _Columns, _ImfRow, _NatoRow

TRICKY = [
    "",
    " ",
    "x",
    "2014",
    " 2014",
    "2014.0",
    "2_014",
    "+2014",
    "1989",
    "2101",
    "\u0662\u0660\u0661\u0664",  # 2014 in Arabic-Indic digits
    "1.5",
    " 1.5 ",
    "1_0",
    ".5",
    "-0",
    "1e3",
    "1e999",
    "nan",
    "NaN",
    "inf",
    "-Infinity",
    "0x10",
    "ESP",
    "esp",
    "XYZ",
    "NATO_TOTAL",
    "actual",
    "estimate",
    "imf_estimate_or_projection",
    "Actual",
    "9",
    "9.0",
]
NATO_FILE = "nato_2025.csv"
IMF_FILE = "imf_weo_2025_10.csv"


def sample(name: str, n: int = 12) -> tuple[list[str], list[list[str]]]:
    with (data_dir() / name).open(newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    return rows[0], rows[1 : n + 1]


def oracle(path: Path, model: Any, countries: dict[str, Any]) -> tuple[str, Any]:
    """The former loader: one DictReader row at a time through the pydantic model."""
    with path.open(newline="", encoding="utf-8") as fh:
        raws = list(csv.DictReader(fh))
    out = []
    for line, raw in enumerate(raws, start=2):
        try:
            row = model.model_validate(raw)
        except ValidationError as exc:
            err = exc.errors()[0]
            column = ".".join(str(p) for p in err["loc"]) or "?"
            got = raw.get(column, "")
            return (
                "error",
                f"{path.name}, row {line}, column '{column}': {err['msg']} (found {got!r})",
            )
        if row.iso3 not in countries:
            where = " (not in countries.csv)" if model is _NatoRow else ""
            return (
                "error",
                f"{path.name}, row {line}, column 'iso3': unknown country {row.iso3!r}{where}",
            )
        value = math.nan if row.value is None else row.value
        last = row.source_id if model is _NatoRow else row.scale_power_of_10
        out.append((row.iso3, row.year, row.indicator, row.status, value, last))
    return "ok", out


def columns(path: Path, model: Any, countries: dict[str, Any]) -> tuple[str, Any]:
    try:
        t = _Columns(path, model, countries, extra=())
    except DatasetError as exc:
        return "error", str(exc)
    last = t.extra["source_id" if model is _NatoRow else "scale_power_of_10"]
    return "ok", list(zip(t.iso3, t.year, t.indicator, t.status, t.value, last, strict=True))


def same(a: tuple[str, Any], b: tuple[str, Any]) -> bool:
    if a[0] != b[0] or a[0] == "error":
        return a == b
    return len(a[1]) == len(b[1]) and all(
        x[:4] == y[:4]
        and x[5] == y[5]
        and (x[4] == y[4] or (math.isnan(x[4]) and math.isnan(y[4])))
        and type(x[1]) is type(y[1]) is int
        for x, y in zip(a[1], b[1], strict=True)
    )


class Countries(dict[str, Any]):
    """The dataset's countries, with a short repr for hypothesis reports."""

    def __repr__(self) -> str:
        return f"<{len(self)} countries>"


@pytest.fixture(scope="module")
def countries(ds) -> Countries:
    return Countries(ds.countries)


edits = st.lists(
    st.tuples(st.integers(0, 11), st.integers(0, 7), st.sampled_from(TRICKY)), max_size=4
)
shapes = st.sampled_from(["full", "short", "long", "drop column"])


@settings(max_examples=150, deadline=None)
@given(
    which=st.sampled_from([NATO_FILE, IMF_FILE]), edits=edits, shape=shapes, at=st.integers(0, 11)
)
def test_column_checks_agree_with_the_row_models(countries, which, edits, shape, at):
    model = _NatoRow if which == NATO_FILE else _ImfRow
    header, rows = sample(which)
    rows = [list(r) for r in rows]
    for r, c, text in edits:
        rows[r][c] = text
    if shape == "short":
        rows[at] = rows[at][: 3 + at % 4]
    elif shape == "long":
        rows[at] = [*rows[at], "extra"]
    elif shape == "drop column":
        gone = at % 7
        header = header[:gone] + header[gone + 1 :]
        rows = [r[:gone] + r[gone + 1 :] for r in rows]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / which
        with path.open("w", newline="", encoding="utf-8") as fh:
            csv.writer(fh).writerows([header, *rows])
        expected = oracle(path, model, countries)
        got = columns(path, model, countries)
    assert same(got, expected), (got, expected)


@pytest.mark.parametrize("which", [NATO_FILE, IMF_FILE, "nato_2026.csv", "nato_2024.csv"])
def test_the_bundled_tables_agree_with_the_row_models(ds, which):
    model = _ImfRow if which == IMF_FILE else _NatoRow
    path = data_dir() / which
    expected = oracle(path, model, ds.countries)
    assert expected[0] == "ok"
    assert same(columns(path, model, ds.countries), expected)


def test_the_comparison_can_fail(ds):
    path = data_dir() / NATO_FILE
    kind, rows = oracle(path, _NatoRow, ds.countries)
    rows[5] = (*rows[5][:4], rows[5][4] + 1e-9, rows[5][5])
    assert not same(columns(path, _NatoRow, ds.countries), (kind, rows))
