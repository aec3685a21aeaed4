"""Importing NATO releases and own figures: the real June 2024 workbook, and every bad input."""

from __future__ import annotations

import csv
import hashlib
import importlib.util
import json
import sys
import time
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from calculator.core.dataset import DatasetError
from calculator.core.models import Scenario
from calculator.core.projection import project
from calculator.resources import data_dir
from calculator.storage import load_dataset, releases
from calculator.storage.releases.common import fold, name_index, split_name

_spec = importlib.util.spec_from_file_location(
    "release_files", Path(__file__).with_name("release_files.py")
)
assert _spec
assert _spec.loader
rf = importlib.util.module_from_spec(_spec)
sys.modules["release_files"] = rf
_spec.loader.exec_module(rf)

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data" / "nato" / "2024-edition"
WORKBOOK = SHARED / "240617-def-exp-2024-TABLES-en.xlsx"
needs_workbook = pytest.mark.skipif(not WORKBOOK.is_file(), reason="NATO's workbook not here")


@pytest.fixture(autouse=True)
def user_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "user"
    monkeypatch.setenv("BUDGET_CALCULATOR_DATA_DIR", str(folder))
    return folder


@pytest.fixture(scope="module")
def imported_2024(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, float]:
    """NATO's June 2024 workbook imported once into its own user folder (and the time taken)."""
    if not WORKBOOK.is_file():
        pytest.skip("NATO's workbook not here")
    folder = tmp_path_factory.mktemp("user2024")
    mp = pytest.MonkeyPatch()
    mp.setenv("BUDGET_CALCULATOR_DATA_DIR", str(folder))
    try:
        start = time.perf_counter()
        entry = releases.import_release(WORKBOOK)
        took = time.perf_counter() - start
    finally:
        mp.undo()
    return folder / "datasets" / entry.id, took


def _bundled_checksums() -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in data_dir().iterdir()}


def _nothing_stored(user: Path) -> bool:
    folder = user / "datasets"
    return not folder.exists() or not any(folder.iterdir())


# ------------------------------------------------------------------ the real workbook
@needs_workbook
def test_nato_2024_workbook_share_table_equals_the_published_one_cell_for_cell(imported_2024):
    folder, took = imported_2024
    ds = load_dataset(folder)
    with (SHARED / "nato_share_of_gdp_2024edition.csv").open(encoding="utf-8") as fh:
        published = list(csv.DictReader(fh))
    codes = {"NATO_EUROPE_CANADA": "NATO_EUR_CAN", "NATO_TOTAL": "NATO_TOTAL"}
    compared = 0
    for row in published:
        iso3 = codes.get(row["iso3"], row["iso3"])
        obs = ds.nato_share(iso3, "2024")[int(row["year"])]
        assert obs.value == float(row["value"]), (iso3, row["year"])
        assert obs.status == row["status"], (iso3, row["year"])
        compared += 1
    assert compared == 363  # 31 allies and 2 aggregates × 2014–2024e
    imported = sum(len(ds.nato_share(c, "2024")) for c in ds.countries)
    assert imported == compared  # and nothing more
    assert took < 10


@needs_workbook
@pytest.mark.parametrize(
    ("published", "indicators"),
    [
        (
            "nato_defexp_national_currency.csv",
            {
                "current prices": "defence_nac_current",
                "constant 2015 prices": "defence_nac_const2015",
            },
        ),
        (
            "nato_defexp_usd.csv",
            {
                "current prices and exchange rates": "defence_usd_current",
                "constant 2015 prices and exchange rates": "defence_usd_const2015",
            },
        ),
        (
            "nato_gdp_usd.csv",
            {
                "current prices and exchange rates": "gdp_usd_current",
                "constant 2015 prices and exchange rates": "gdp_usd_const2015",
            },
        ),
    ],
)
def test_nato_2024_money_tables_equal_the_published_ones(imported_2024, published, indicators):
    ds = load_dataset(imported_2024[0])
    codes = {"NATO_EUROPE_CANADA": "NATO_EUR_CAN"}
    with (SHARED / published).open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        iso3 = codes.get(row["iso3"], row["iso3"])
        series = ds.nato["2024"][iso3][indicators[row["price_basis"]]]
        assert series[int(row["year"])].value == float(row["value"]), row
    assert len(rows) > 300


@needs_workbook
def test_nato_2024_import_has_the_categories_estimates_and_provenance(imported_2024):
    folder, _ = imported_2024
    ds = load_dataset(folder)
    esp = ds.nato["2024"]["ESP"]
    assert set(esp) >= {"equipment_share_pct", "personnel_share_pct", "other_share_pct"}
    assert esp["equipment_share_pct"][2024].status == "estimate"
    assert esp["equipment_share_pct"][2022].status == "actual"
    assert ds.nato_share("ESP", "2024")[2024].source_id == "TABLE3!N37"
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["imported"]["sha256"] == hashlib.sha256(WORKBOOK.read_bytes()).hexdigest()
    assert manifest["imported"]["tables"] == [
        "Table 1",
        "Table 2",
        "Table 3",
        "Table 5",
        "Table 8a",
        "Table 8b",
    ]
    src = ds.manifest.source(ds.manifest.nato_editions["2024"])
    assert src.edition == "June 2024"
    assert src.estimates == "2023, 2024"
    # Projections work: the IMF part is the bundled file.
    proj = project(ds, Scenario(country="ESP", nato_edition="2024"))
    assert proj.base_year == 2024
    assert proj.base_share_pct == pytest.approx(1.282549642204323)


@needs_workbook
def test_import_leaves_the_bundled_data_untouched(user_dir):
    before = _bundled_checksums()
    entry = releases.import_release(WORKBOOK)
    assert _bundled_checksums() == before
    assert (user_dir / "datasets" / entry.id / "manifest.json").is_file()
    with pytest.raises(releases.ReleaseError, match="already imported as"):
        releases.import_release(WORKBOOK)


@needs_workbook
def test_truncated_workbook_is_refused_in_one_line(tmp_path, user_dir):
    data = WORKBOOK.read_bytes()
    bad = tmp_path / "cut.xlsx"
    bad.write_bytes(data[: len(data) // 2])
    with pytest.raises(releases.ReleaseError, match=r"^cut\.xlsx: truncated or damaged") as exc:
        releases.import_release(bad)
    assert "\n" not in str(exc.value)
    assert _nothing_stored(user_dir)


# ------------------------------------------------------------- generated workbooks
def test_a_generated_workbook_in_natos_layout_imports(tmp_path, user_dir):
    path = rf.write_workbook(tmp_path / "ok.xlsx", rf.nato_tables(equipment=True))
    entry = releases.import_release(path)
    ds = releases.open_dataset(entry.id)
    assert entry.has_equipment
    for k, year in enumerate(range(2014, 2025)):
        assert ds.nato_share("SVK", "2024")[year].value == rf.share("SVK", k)
    assert ds.nato_share("TUR", "2024")[2023].status == "estimate"
    assert ds.nato["2024"]["CZE"]["defence_nac_current"][2014].value == 1000.0


def _refused(tmp_path: Path, user: Path, tables: dict[str, rf.Table], pattern: str) -> str:
    path = rf.write_workbook(tmp_path / "bad.xlsx", tables)
    with pytest.raises(releases.ReleaseError, match=pattern) as exc:
        releases.import_release(path)
    assert "\n" not in str(exc.value)
    assert _nothing_stored(user)
    return str(exc.value)


def test_text_where_a_number_belongs_names_table_row_and_column(tmp_path, user_dir):
    tables = rf.nato_tables()
    i = rf.find_row(tables["TABLE3"], "Spain")
    tables["TABLE3"][i][3 + 2] = "abc"  # 2016
    msg = _refused(tmp_path, user_dir, tables, r"not a number")
    assert msg == f"bad.xlsx: TABLE3 (Table 3), row {i + 1}, column F (2016): 'abc' is not a number"


def test_an_ally_twice_is_refused(tmp_path, user_dir):
    tables = rf.nato_tables()
    i = rf.find_row(tables["TABLE3"], "Spain")
    tables["TABLE3"].insert(i + 1, list(tables["TABLE3"][i]))
    msg = _refused(tmp_path, user_dir, tables, r"Spain 2014 is given twice")
    assert f"row {i + 2}" in msg
    assert f"row {i + 1}" in msg


def test_a_missing_ally_is_refused(tmp_path, user_dir):
    tables = rf.nato_tables()
    del tables["TABLE3"][rf.find_row(tables["TABLE3"], "Slovak Republic")]
    _refused(tmp_path, user_dir, tables, r"TABLE3 \(Table 3\): no share of GDP for Slovakia")


def test_a_share_above_20_percent_is_refused(tmp_path, user_dir):
    tables = rf.nato_tables()
    i = rf.find_row(tables["TABLE3"], "Poland")
    tables["TABLE3"][i][3] = 25.0
    _refused(
        tmp_path,
        user_dir,
        tables,
        rf"row {i + 1}, column D \(2014\): 25 is out of range; allowed 0 to 20",
    )


def test_years_with_a_gap_are_refused(tmp_path, user_dir):
    tables = rf.nato_tables()
    tables["TABLE3"][7][3 + 5] = 2020  # 2019 → 2020: 2018, 2020, 2020
    _refused(
        tmp_path, user_dir, tables, r"TABLE3 \(Table 3\), row 8, column I: year 2020 follows 2018"
    )


def test_an_unknown_country_is_refused(tmp_path, user_dir):
    tables = rf.nato_tables()
    i = rf.find_row(tables["TABLE5"], "Spain")
    tables["TABLE5"][i][2] = "Freedonia"
    _refused(
        tmp_path, user_dir, tables, r"TABLE5 \(Table 5\), row \d+, column C: 'Freedonia' is not"
    )


def test_a_workbook_without_the_tables_is_refused(tmp_path, user_dir):
    tables = rf.nato_tables()
    del tables["TABLE3"], tables["TABLE5"]
    _refused(tmp_path, user_dir, tables, r"no Table 3 \(share of GDP\), Table 5 \(GDP\)")
    _refused(tmp_path, user_dir, {"Sheet1": [["hello", 1, 2]]}, r"no Table 1 ")


def test_a_table_about_something_else_is_refused(tmp_path, user_dir):
    tables = rf.nato_tables()
    tables["TABLE3"][3][1] = "Table 3 : Military personnel"
    tables["TABLE3"][5][1] = "Thousands"
    _refused(tmp_path, user_dir, tables, r"sheet 'TABLE3' \(Table 3\) is not about share of GDP")


@pytest.mark.parametrize(
    ("data", "pattern"),
    [
        (b"iso3,year,value\nESP,2024,1.28\n", r"not an Excel workbook"),
        (b"%PDF-1.7\n...", r"a PDF document"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500, r"old-style \.xls workbook"),
        (b"<!DOCTYPE html><html>", r"a web page"),
        (b"", r"an empty file"),
    ],
)
def test_wrong_file_types_are_refused(tmp_path, user_dir, data, pattern):
    path = tmp_path / "release.xlsx"
    path.write_bytes(data)
    with pytest.raises(releases.ReleaseError, match=pattern):
        releases.import_release(path)
    assert _nothing_stored(user_dir)


def test_a_zip_that_is_not_a_workbook_is_refused(tmp_path, user_dir):
    path = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("a.txt", "hello")
    with pytest.raises(releases.ReleaseError, match=r"a zip archive but not an Excel workbook"):
        releases.import_release(path)


def test_a_huge_file_is_refused_before_reading(tmp_path, user_dir):
    path = tmp_path / "huge.xlsx"
    with path.open("wb") as fh:  # sparse: costs no disk
        fh.truncate(releases.MAX_FILE_BYTES + 1)
    start = time.perf_counter()
    with pytest.raises(releases.ReleaseError, match=r"larger than 50 MB; refused before reading"):
        releases.import_release(path)
    assert time.perf_counter() - start < 1
    assert _nothing_stored(user_dir)


def _bomb(path: Path, size: int) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook/>")
        zf.writestr("xl/worksheets/sheet1.xml", b"\0" * size)
    return path


def test_a_zip_bomb_is_refused_by_its_ratio(tmp_path, user_dir):
    path = _bomb(tmp_path / "bomb.xlsx", 5_000_000)
    assert path.stat().st_size < 50_000
    with pytest.raises(releases.ReleaseError, match=r"unpacks \d+ times its packed size"):
        releases.import_release(path)
    assert _nothing_stored(user_dir)


def test_a_zip_bomb_with_lying_headers_is_refused(tmp_path, user_dir):
    # zipfile stops at the declared size and then finds the CRC wrong: refused as damaged
    # before openpyxl sees it (the running count in check_container is a second guard).
    size = 3_000_000
    path = _bomb(tmp_path / "liar.xlsx", size)
    data = bytearray(path.read_bytes())
    # Rewrite the member's declared size (local header and central directory) to 3 KB.
    real, fake = size.to_bytes(4, "little"), (3000).to_bytes(4, "little")
    assert data.count(real) == 2
    data = bytearray(bytes(data).replace(real, fake))
    path.write_bytes(bytes(data))
    with pytest.raises(releases.ReleaseError, match=r"liar\.xlsx: truncated or damaged \(Bad CRC"):
        releases.import_release(path)
    assert _nothing_stored(user_dir)


def test_a_declared_size_over_the_limit_is_refused(tmp_path, user_dir, monkeypatch):
    from calculator.storage.releases import workbook

    monkeypatch.setattr(workbook, "MAX_UNPACKED_BYTES", 100_000)
    monkeypatch.setattr(workbook, "MAX_RATIO", 10**9)
    path = _bomb(tmp_path / "big.xlsx", 200_000)
    with pytest.raises(
        releases.ReleaseError,
        match=r"big\.xlsx: unpacks to 0 MB \(more than 0 MB\); refused as a possible zip bomb",
    ):
        releases.import_release(path)


# ---------------------------------------------------------------------- ally names
@given(
    iso3=st.sampled_from(sorted(rf.NATO_NAMES)),
    mark=st.sampled_from(["", "*", "**", "†", " (a)", "¹"]),
    currency=st.sampled_from(["", "   (Euros)", " (Leks)", "  (US dollars)"]),
    spaces=st.sampled_from(["", " ", "   "]),
)
@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_names_as_nato_writes_them_find_the_ally(iso3, mark, currency, spaces):
    from calculator.storage import bundled_dataset

    index = name_index(bundled_dataset().countries.values())
    base = rf.NATO_NAMES[iso3].rstrip("*")
    name, _ = split_name(f"{spaces}{base}{mark}{currency}{spaces}")
    assert index[fold(name)] == iso3


@pytest.mark.parametrize(
    ("written", "iso3"),
    [
        ("Turkey", "TUR"),
        ("Türkiye", "TUR"),
        ("Slovak Republic", "SVK"),
        ("Czech Republic", "CZE"),
        ("North Macedonia", "MKD"),
        ("United Kingdom", "GBR"),
        ("NATO Europe & Canada", "NATO_EUR_CAN"),
        ("NATO Total", "NATO_TOTAL"),
    ],
)
def test_spellings_nato_has_used(written, iso3):
    from calculator.storage import bundled_dataset

    assert name_index(bundled_dataset().countries.values())[fold(written)] == iso3


# --------------------------------------------------------------------- the template
TEMPLATE = Path(__file__).resolve().parents[2] / "resources" / "templates" / "own_figures.csv"


def test_the_shipped_template_imports_and_projects(user_dir):
    entry = releases.import_release(TEMPLATE)
    assert entry.id.startswith("own-2026_")
    ds = releases.open_dataset(entry.id)
    assert ds.nato_share("ESP", "2026")[2026].value == 2.10
    assert ds.nato_share("ESP", "2026")[2024].status == "actual"
    assert not ds.country("FRA").has_nato_figure  # only the countries listed have figures
    proj = project(ds, Scenario(country="ESP"))
    assert proj.base_year == 2026
    assert proj.base_share_pct == pytest.approx(2.10)
    assert ds.manifest.source(ds.manifest.nato_editions["2026"]).publisher.startswith("Minister")


def _template(
    tmp_path: Path, rows: str, meta: str = "# title: Budget law\n# publisher: MoF\n"
) -> Path:
    path = tmp_path / "own.csv"
    path.write_text(meta + "country,year,measure,value,status,note\n" + rows, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("rows", "pattern"),
    [
        (
            "ESP,2025,share_gdp_pct,abc,actual,\n",
            r"own\.csv, line 4, column 'value': 'abc' is not a number",
        ),
        (
            "Narnia,2025,share_gdp_pct,2,actual,\n",
            r"line 4, column 'country': 'Narnia' is not an ally",
        ),
        (
            "ESP,2025,share_gdp_pct,25,actual,\n",
            r"own\.csv, line 4, column 'value': 25 is out of range",
        ),
        ("ESP,20x5,share_gdp_pct,2,actual,\n", r"column 'year': '20x5' is not a whole year"),
        ("ESP,2025,share,2,actual,\n", r"column 'measure': 'share' is not a measure"),
        (
            "ESP,2025,share_gdp_pct,2,guess,\n",
            r"column 'status': 'guess'; allowed actual or estimate",
        ),
        (
            "ESP,2025,share_gdp_pct,2,actual,\nSpain,2025,share_gdp_pct,2.1,actual,\n",
            r"line 5, column 'value': Spain 2025 is given twice \(also at own\.csv, line 4",
        ),
        (
            "ESP,2024,share_gdp_pct,2,actual,\nESP,2026,share_gdp_pct,2.1,actual,\n",
            r"Spain, share of GDP: years not contiguous \(after 2024 comes 2026\)",
        ),
        ("FRA,2025,spending_nac_million,100,actual,\n", r"no share of GDP for any ally"),
        ("", r"no figures below the header"),
    ],
)
def test_bad_template_rows_are_refused(tmp_path, user_dir, rows, pattern):
    with pytest.raises(releases.ReleaseError, match=pattern) as exc:
        releases.import_release(_template(tmp_path, rows))
    assert "\n" not in str(exc.value)
    assert _nothing_stored(user_dir)


def test_a_template_without_its_source_is_refused(tmp_path, user_dir):
    path = _template(tmp_path, "ESP,2025,share_gdp_pct,2,actual,\n", meta="# title: x\n")
    with pytest.raises(releases.ReleaseError, match=r"'# publisher: …' is missing"):
        releases.import_release(path)


@given(values=st.lists(st.floats(min_value=0, max_value=20), min_size=1, max_size=6))
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_template_values_round_trip_exactly(tmp_path, values):
    rows = "".join(f"EST,{2020 + k},share_gdp_pct,{v!r},actual,\n" for k, v in enumerate(values))
    release = releases.read_release(_template(tmp_path, rows))
    assert [f.value for f in release.figures] == values
    assert release.edition == str(2020 + len(values) - 1)


def test_the_imported_dataset_is_refused_when_damaged_later(tmp_path, user_dir):
    path = rf.write_workbook(tmp_path / "ok.xlsx", rf.nato_tables())
    entry = releases.import_release(path)
    csv_path = user_dir / "datasets" / entry.id / "nato_2024.csv"
    csv_path.write_text(
        csv_path.read_text(encoding="utf-8").replace("2.0", "3.0"), encoding="utf-8"
    )
    with pytest.raises(DatasetError, match="checksum mismatch"):
        load_dataset(csv_path.parent)


# ------------------------------------------------------------- review of issue 14
@needs_workbook
def test_a_workbook_saved_again_later_keeps_its_release_month(tmp_path, user_dir):
    """Opened and saved again today, NATO's 2024 workbook was "December 2026", id nato-2026-12.

    NATO's file name starts with the release date; the workbook's created date survives a save.
    A date outside the edition's year and the next is not the release's.
    """
    import datetime as dt

    import openpyxl

    wb = openpyxl.load_workbook(WORKBOOK)
    wb.save(tmp_path / WORKBOOK.name)  # openpyxl stamps "modified" with today, as Excel does
    resaved = openpyxl.load_workbook(tmp_path / WORKBOOK.name, read_only=True)
    assert resaved.properties.modified.year > 2025  # the stamp this test is about
    resaved.close()
    entry = releases.import_release(tmp_path / WORKBOOK.name)
    assert entry.id.startswith("nato-2024-06_")
    assert entry.edition_label == "June 2024"
    manifest = json.loads((user_dir / "datasets" / entry.id / "manifest.json").read_text())
    assert manifest["sources"][0]["released"] == "2024-06-17"  # from the file name
    # renamed: the workbook's created date (14 June 2024) is the one left in range
    renamed = tmp_path / "defence-tables.xlsx"
    wb = openpyxl.load_workbook(WORKBOOK)
    wb.properties.created = dt.datetime(2024, 6, 14, 10, 11, 17)
    wb.save(renamed)
    assert releases.read_release(renamed).edition_label == "June 2024"
    # no date in range at all: the edition, not a made-up month
    wb.properties.created = dt.datetime(2019, 1, 1)
    wb.save(renamed)
    release = releases.read_release(renamed)
    assert (release.edition_label, release.released) == ("2024 edition", "")
    assert releases.release_id(release).startswith("nato-2024_")
