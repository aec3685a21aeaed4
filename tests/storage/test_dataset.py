"""The bundled dataset: values equal the shared sources, metadata, checksums, damaged files."""

from __future__ import annotations

import csv
import hashlib
import json
import math
import shutil
from pathlib import Path

import pytest

from calculator.core.dataset import Dataset, DatasetError
from calculator.resources import data_dir
from calculator.storage import bundled_dataset, load_dataset

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
DATA_FILES = [
    "countries.csv",
    "imf_weo_2025_10.csv",
    "nato_2024.csv",
    "nato_2025.csv",
    "nato_2026.csv",
]
AGGREGATE_NAMES = {"NATO Europe and Canada": "NATO_EUR_CAN", "NATO Total": "NATO_TOTAL"}


@pytest.fixture(scope="module")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"shared source data not found at {SHARED}")
    return SHARED


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def same_number(loaded: float, text: str) -> bool:
    if text == "":
        return math.isnan(loaded)
    return loaded == float(text)


# ------------------------------------------------------------------------------ vs the sources


def test_nato_2026_edition_equals_the_shared_source(ds, shared):
    rows = read_csv(shared / "nato/2026-edition/nato_2026edition.csv")
    assert len(rows) > 2900
    for r in rows:
        obs = ds.nato["2026"][r["iso3"]][r["indicator"]][int(r["year"])]
        assert same_number(obs.value, r["value"]), r
        assert obs.status == r["status"], r
        assert obs.source_id == r["source_id"], r
    loaded = sum(len(by_year) for ally in ds.nato["2026"].values() for by_year in ally.values())
    assert loaded == len(rows)


def test_nato_2026_spain_and_belgium_literal(ds):
    assert ds.nato_share("ESP")[2026].value == 2.00
    assert ds.nato_share("BEL")[2026].value == 2.00
    assert ds.nato_share("ESP")[2026].status == "estimate"
    assert ds.nato_share("ESP")[2024].status == "actual"


def test_nato_2025_edition_share_equals_the_shared_source(ds, shared):
    rows = read_csv(shared / "nato/2025-edition/nato_share_of_gdp.csv")
    checked = 0
    for r in rows:
        iso3 = r["iso3"] or AGGREGATE_NAMES[r["country"]]
        share = ds.nato_share(iso3, "2025")
        if iso3 == "ISL":
            assert r["share_pct"] == ""
            assert share == {}
            continue
        obs = share[int(r["year"])]
        assert same_number(obs.value, r["share_pct"]), r
        assert obs.status == r["status"], r
        checked += 1
    assert checked == sum(len(ds.nato_share(c, "2025")) for c in ds.countries)
    assert math.isnan(ds.nato_share("DEU", "2025")[2025].value)  # blank in NATO's table


def test_imf_equals_the_shared_source(ds, shared):
    rows = read_csv(shared / "imf/weo_oct2025_nato_allies.csv")
    ngdp = 0
    for r in rows:
        obs = ds.imf_series(r["iso3"], r["indicator"])[int(r["year"])]
        assert obs.value == float(r["value"]), r
        assert obs.status == r["status"], r
        assert ds.imf_scale[r["indicator"]] == int(r["scale_power_of_10"])
        ngdp += r["indicator"] == "NGDP"
    assert ngdp == 32 * 17  # 32 allies, 2014..2030
    loaded = sum(len(v) for ally in ds.imf.values() for v in ally.values())
    assert loaded == len(rows)
    assert ds.imf_series("ESP", "NGDP")[2026].value == 1749.469
    assert ds.imf_series("ESP", "NGDP")[2027].value == 1829.418


# ------------------------------------------------------------------------------ countries


def test_32_allies_with_codes_names_and_currencies(ds, shared):
    allies = ds.allies()
    assert len(allies) == 32
    imf_names = {
        r["iso3"]: r["country"] for r in read_csv(shared / "imf/weo_oct2025_nato_allies.csv")
    }
    assert {c.iso3: c.name for c in allies} == imf_names
    assert [c.name for c in allies] == sorted(c.name for c in allies)
    for c in allies:
        assert len(c.iso3) == 3
        assert c.iso3.isupper()
        assert len(c.currency) == 3
    assert ds.country("ESP").currency == "EUR"
    assert ds.country("BEL").currency == "EUR"
    assert ds.country("USA").currency == "USD"
    assert ds.country("GBR").currency == "GBP"


def test_bulgaria_is_in_leva_and_says_so(ds):
    bgr = ds.country("BGR")
    assert bgr.currency == "BGN"
    assert bgr.nato_currency == "EUR"
    assert "euro" in bgr.note
    assert "BGN" in bgr.note


def test_iceland_is_listed_without_a_figure(ds):
    isl = ds.country("ISL")
    assert isl.kind == "ally"
    assert isl.name == "Iceland"
    assert isl.has_nato_figure is False
    assert ds.nato_share("ISL") == {}
    assert ds.latest_share_year("ISL") is None
    assert ds.imf_series("ISL", "NGDP")  # the IMF does cover it
    others = [c for c in ds.allies() if c.iso3 != "ISL"]
    assert all(c.has_nato_figure for c in others)
    assert all(ds.latest_share_year(c.iso3) == 2026 for c in others)


def test_aggregates_present(ds):
    for code, name in (("NATO_TOTAL", "NATO Total"), ("NATO_EUR_CAN", "NATO Europe and Canada")):
        c = ds.country(code)
        assert c.kind == "aggregate"
        assert c.name == name
        assert ds.latest_share_year(code) == 2026
        assert ds.imf_series(code, "NGDP") == {}
    assert len(ds.countries) == 34


def test_country_lookup_by_name(ds):
    assert ds.country("spain").iso3 == "ESP"
    assert ds.country(" Belgium ").iso3 == "BEL"
    assert ds.country("esp").iso3 == "ESP"
    assert ds.country("Turkey").iso3 == "TUR"
    with pytest.raises(KeyError):
        ds.country("Atlantis")


# ------------------------------------------------------------------------------ manifest


def test_manifest_identity_and_editions(ds):
    m = ds.manifest
    assert ds.id == m.id == "nato-2026-07_imf-weo-2025-10"
    assert m.default_nato_edition == "2026"
    assert m.nato_editions == {"2026": "NATO-2026", "2025": "NATO-2025", "2024": "NATO-2024"}
    assert m.source("NATO-2026").cut_off == "2026-07-03"
    assert m.source("NATO-2025").cut_off == "2025-06-03"
    assert m.source("NATO-2024").cut_off == "2024-06-14"
    assert m.source("IMF-WEO-2025-10").edition == "October 2025"
    for src in m.sources:
        assert src.url.startswith("https://"), src.id
        assert src.title, src.id
        assert src.cut_off, src.id
    with pytest.raises(KeyError):
        m.source("nope")


def test_manifest_checksums_match_every_file(ds):
    folder = data_dir()
    on_disk = sorted(p.name for p in folder.iterdir() if p.name != "manifest.json")
    assert on_disk == DATA_FILES
    assert sorted(ds.manifest.files) == DATA_FILES
    for name, info in ds.manifest.files.items():
        data = (folder / name).read_bytes()
        assert info["sha256"] == hashlib.sha256(data).hexdigest(), name
        assert info["rows"] == data.decode("utf-8").count("\n") - 1, name


def test_bundled_dataset_is_loaded_once():
    assert bundled_dataset() is bundled_dataset()
    assert isinstance(bundled_dataset(), Dataset)


# ------------------------------------------------------------------------------ damaged data


@pytest.fixture
def copy(tmp_path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(data_dir(), folder)
    return folder


def rewrite(path: Path, edit) -> None:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(edit(lines)), encoding="utf-8")


def line_of(path: Path, prefix: str) -> int:
    """1-based line number of the first line starting with prefix (line 1 is the header)."""
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.startswith(prefix):
            return n
    raise AssertionError(prefix)


def test_an_intact_copy_loads(copy):
    loaded = load_dataset(copy)
    assert loaded.nato_share("ESP")[2026].value == 2.0


def test_one_changed_byte_fails_the_checksum(copy):
    path = copy / "nato_2026.csv"
    data = bytearray(path.read_bytes())
    i = data.index(b"ESP,2026,core_defence_share_gdp,2,") + len("ESP,2026,core_defence_share_gdp,")
    assert data[i] == ord("2")
    data[i] = ord("3")  # Spain 2026e: 2 % -> 3 %, still a valid number
    path.write_bytes(bytes(data))
    assert load_dataset(copy, verify_checksums=False).nato_share("ESP")[2026].value == 3.0
    with pytest.raises(DatasetError, match=r"^nato_2026\.csv: checksum mismatch"):
        load_dataset(copy)


def test_text_in_a_number_column_names_file_row_and_column(copy):
    path = copy / "nato_2026.csv"
    n = line_of(path, "ESP,2026,core_defence_share_gdp,")
    rewrite(
        path,
        lambda lines: [
            ln.replace("core_defence_share_gdp,2,", "core_defence_share_gdp,two,", 1)
            if i == n
            else ln
            for i, ln in enumerate(lines, start=1)
        ],
    )
    with pytest.raises(DatasetError) as info:
        load_dataset(copy, verify_checksums=False)
    msg = str(info.value)
    assert msg.startswith(f"nato_2026.csv, row {n}, column 'value': ")
    assert "'two'" in msg
    # with checksums on, the same damage is caught first as a changed file
    with pytest.raises(DatasetError, match="checksum"):
        load_dataset(copy)


def test_text_in_an_imf_number_column(copy):
    path = copy / "imf_weo_2025_10.csv"
    n = line_of(path, "BEL,NGDP,2027,")
    rewrite(
        path,
        lambda lines: [
            ln.replace("BEL,NGDP,2027,670.379,", "BEL,NGDP,2027,n/a,", 1) if i == n else ln
            for i, ln in enumerate(lines, start=1)
        ],
    )
    with pytest.raises(DatasetError) as info:
        load_dataset(copy, verify_checksums=False)
    assert str(info.value).startswith(f"imf_weo_2025_10.csv, row {n}, column 'value': ")


@pytest.mark.parametrize("name", ["nato_2026.csv", "imf_weo_2025_10.csv", "countries.csv"])
def test_bytes_that_are_not_utf8_give_a_dataset_error(copy, name):
    path = copy / name
    data = bytearray(path.read_bytes())
    data[data.index(b"\nESP,") + 2] = 0xFF  # the "S" of a Spanish row
    path.write_bytes(bytes(data))
    with pytest.raises(DatasetError, match="checksum"):
        load_dataset(copy)
    # without checksums the reader itself must still report a DatasetError naming the file
    with pytest.raises(DatasetError) as info:
        load_dataset(copy, verify_checksums=False)
    assert str(info.value).startswith(name)


def test_missing_ally_rows(copy):
    rewrite(copy / "nato_2026.csv", lambda lines: [ln for ln in lines if not ln.startswith("ESP,")])
    with pytest.raises(DatasetError) as info:
        load_dataset(copy, verify_checksums=False)
    msg = str(info.value)
    assert "missing ally" in msg
    assert "ESP" in msg
    assert "nato_2026.csv" in msg


def test_missing_imf_series(copy):
    rewrite(
        copy / "imf_weo_2025_10.csv",
        lambda lines: [ln for ln in lines if not ln.startswith("POL,NGDP_D,2029,")],
    )
    with pytest.raises(DatasetError, match=r"imf_weo_2025_10\.csv: POL NGDP_D .*2029"):
        load_dataset(copy, verify_checksums=False)


def test_unknown_country_row(copy):
    rewrite(copy / "nato_2025.csv", lambda lines: [*lines, lines[1].replace("ALB,", "XYZ,", 1)])
    n = len((copy / "nato_2025.csv").read_text(encoding="utf-8").splitlines())
    with pytest.raises(DatasetError, match=rf"^nato_2025\.csv, row {n}, column 'iso3'.*'XYZ'"):
        load_dataset(copy, verify_checksums=False)


@pytest.mark.parametrize("name", DATA_FILES)
def test_missing_file_is_named(copy, name):
    (copy / name).unlink()
    with pytest.raises(DatasetError) as info:
        load_dataset(copy)
    assert str(info.value).startswith(f"{name}: missing")


def test_missing_manifest(copy):
    (copy / "manifest.json").unlink()
    with pytest.raises(DatasetError, match=r"^manifest\.json: missing"):
        load_dataset(copy)


def test_broken_manifest(copy):
    (copy / "manifest.json").write_text("{ not json", encoding="utf-8")
    with pytest.raises(DatasetError, match=r"^manifest\.json: not valid JSON \(line 1"):
        load_dataset(copy)


def test_manifest_without_a_checksum(copy):
    path = copy / "manifest.json"
    manifest = json.loads(path.read_text(encoding="utf-8"))
    del manifest["files"]["nato_2025.csv"]["sha256"]
    path.write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(DatasetError, match=r"no checksum for nato_2025\.csv"):
        load_dataset(copy)


def test_bad_country_row(copy):
    path = copy / "countries.csv"
    n = line_of(path, "ESP,")
    rewrite(
        path,
        lambda lines: [
            ln.replace(",yes,", ",maybe,", 1) if i == n else ln
            for i, ln in enumerate(lines, start=1)
        ],
    )
    with pytest.raises(DatasetError, match=rf"^countries\.csv, row {n}, column 'has_nato_figure'"):
        load_dataset(copy, verify_checksums=False)
