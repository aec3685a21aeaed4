"""Build ``resources/data/`` from the shared NATO and IMF source files.

Run ``python packaging/build_dataset.py [--shared ../shared/data]``. The script reshapes the
shared CSV files into the app's long format without changing any value (numbers are copied as
the text the source gives), keeps each row's status (actual/estimate/projection) and source id,
and writes ``manifest.json`` with the editions, cut-off dates, source titles, URLs and a SHA-256
checksum of every data file, and pins the manifest's own SHA-256 in
``calculator/storage/_manifest_sha256.py`` (the app refuses a bundled manifest with any other
bytes, so a data file edited together with its checksum is refused). The output is deterministic: running it twice gives identical files.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "data"
PIN = ROOT / "calculator" / "storage" / "_manifest_sha256.py"
DATASET_ID = "nato-2026-07_imf-weo-2025-10"

AGGREGATES = {
    "NATO Europe and Canada": "NATO_EUR_CAN",
    "NATO Total": "NATO_TOTAL",
}
AGGREGATE_CODES = {
    "NATO_EUROPE_CANADA": "NATO_EUR_CAN",
    "NATO_EUR_CAN": "NATO_EUR_CAN",
    "NATO_TOTAL": "NATO_TOTAL",
}

# ISO 4217 currency in which the IMF October 2025 vintage states each ally's national-currency
# series ("XDC" in the source). Bulgaria is in leva: the IMF vintage predates the euro changeover
# of 1 January 2026. Croatia's series are in euro (changeover 2023, back-converted by the IMF).
IMF_CURRENCY = {
    "ALB": "ALL",
    "BEL": "EUR",
    "BGR": "BGN",
    "CAN": "CAD",
    "CZE": "CZK",
    "DEU": "EUR",
    "DNK": "DKK",
    "ESP": "EUR",
    "EST": "EUR",
    "FIN": "EUR",
    "FRA": "EUR",
    "GBR": "GBP",
    "GRC": "EUR",
    "HRV": "EUR",
    "HUN": "HUF",
    "ISL": "ISK",
    "ITA": "EUR",
    "LTU": "EUR",
    "LUX": "EUR",
    "LVA": "EUR",
    "MKD": "MKD",
    "MNE": "EUR",
    "NLD": "EUR",
    "NOR": "NOK",
    "POL": "PLN",
    "PRT": "EUR",
    "ROU": "RON",
    "SVK": "EUR",
    "SVN": "EUR",
    "SWE": "SEK",
    "TUR": "TRY",
    "USA": "USD",
}
# Year each ally joined (NATO counts an ally in its aggregates from this year on).
ACCESSION = {"MNE": 2017, "MKD": 2020, "FIN": 2023, "SWE": 2024}

COUNTRY_NOTES = {
    "ISL": "Iceland has no armed forces; NATO publishes no defence expenditure figure for it.",
    "BGR": (
        "Bulgaria adopted the euro on 1 January 2026; the IMF October 2025 vintage states GDP "
        "in leva (BGN), so projections are in BGN. NATO's 2026 edition states spending in EUR."
    ),
    "NLD": (
        "NATO's Table 3 share for the Netherlands is a constant-2021-price ratio that exceeds "
        "current-price spending / GDP by 0.2-0.3 points from 2022 on; the app uses NATO's share."
    ),
    "LUX": (
        "NATO's GDP for Luxembourg breaks in 2023 (about 30% lower than 2022); shares from 2023 "
        "are not comparable with 2014-2022."
    ),
    "GBR": "NATO year Y is fiscal year Y/Y+1 (April to March).",
    "CAN": "NATO year Y is fiscal year Y/Y+1 (April to March).",
    "USA": "NATO year Y is the US fiscal year October Y-1 to September Y.",
}

SOURCES = [
    {
        "id": "NATO-2026",
        "title": "Defence Investment of NATO Countries (2014-2026)",
        "publisher": "NATO Public Diplomacy Division",
        "edition": "July 2026",
        "released": "2026-07-07",
        "cut_off": "2026-07-03",
        "estimates": "2025, 2026",
        "basis": (
            "core defence expenditure (NATO definition, new basis); shares of GDP at 2021 prices"
        ),
        "url": "https://www.nato.int/content/dam/nato/webready/documents/finance/def-exp-2026-en.xlsx",
        "page": (
            "https://www.nato.int/en/news-and-events/articles/news/2026/07/07/"
            "defence-investment-update-record-spending-in-europe-and-canada"
        ),
        "transcription": (
            "Tables 1, 2, 3 and 5 as parsed from NATO's def-exp-2026-en.xlsx by a public "
            "third-party pipeline (source id S1); 49 values cross-checked against "
            "independent sources, all match."
        ),
        "files": ["nato_2026.csv"],
    },
    {
        "id": "NATO-2025",
        "title": "Defence Expenditure of NATO Countries (2014-2025)",
        "publisher": "NATO Public Diplomacy Division",
        "edition": "August 2025",
        "released": "2025-08-28",
        "cut_off": "2025-06-03",
        "estimates": "2024, 2025",
        "basis": "defence expenditure; Table 3 share of real GDP at 2021 prices",
        "url": "https://www.nato.int/content/dam/nato/webready/documents/finance/def-exp-2025-en.xlsx",
        "page": (
            "https://www.nato.int/en/news-and-events/articles/news/2025/08/28/"
            "defence-expenditure-of-nato-countries-2014-2025"
        ),
        "transcription": (
            "Table 3 as copied by two public third-party files (S1: 2014-2024e, "
            "S2: 2025e); 83 values cross-checked, 0 mismatches. Germany 2025e is "
            "blank in NATO's table."
        ),
        "files": ["nato_2025.csv"],
    },
    {
        "id": "NATO-2024",
        "title": "Defence Expenditure of NATO Countries (2014-2024)",
        "publisher": "NATO Public Diplomacy Division",
        "edition": "June 2024",
        "released": "2024-06-17",
        "cut_off": "2024-06-14",
        "estimates": "2023, 2024",
        "basis": "defence expenditure; constant 2015 prices",
        "url": "https://www.nato.int/cps/en/natohq/topics_49198.htm",
        "page": "https://www.nato.int/cps/en/natohq/topics_49198.htm",
        "transcription": (
            "Tables 1, 2, 3, 5, 6 and 7 read from NATO's original workbook "
            "240617-def-exp-2024-TABLES-en.xlsx (source id S3)."
        ),
        "files": ["nato_2024.csv"],
    },
    {
        "id": "IMF-WEO-2025-10",
        "title": "World Economic Outlook database",
        "publisher": "International Monetary Fund",
        "edition": "October 2025",
        "released": "2025-10-14",
        "cut_off": "2025-10-14",
        "estimates": "projections after each country's last actual year (2024 for most)",
        "basis": "national currency (ISO 4217 code per ally in countries.csv), current prices",
        "url": "https://data.imf.org/en/datasets/IMF.RES:WEO",
        "page": "https://www.imf.org/en/Publications/WEO/weo-database/2025/october",
        "transcription": (
            "13 series for the 32 allies, 2014-2030, as packaged by the R package "
            "mitsuoxv/imf-weo (data_2510.rda); growth and CPI cross-checked against "
            "Reuters and IMF tables."
        ),
        "files": ["imf_weo_2025_10.csv"],
    },
    {
        "id": "HAGUE-2025",
        "title": "The Hague Summit Declaration, 25 June 2025",
        "publisher": "NATO",
        "edition": "25 June 2025",
        "released": "2025-06-25",
        "cut_off": "2025-06-25",
        "estimates": "",
        "basis": (
            "5% of GDP annually by 2035: at least 3.5% core defence (NATO definition) and up "
            "to 1.5% defence- and security-related; annual plans on a credible, incremental "
            "path; review in 2029"
        ),
        "url": (
            "https://www.nato.int/en/about-us/official-texts-and-resources/official-texts/"
            "2025/06/25/the-hague-summit-declaration"
        ),
        "page": "",
        "transcription": "Quoted from media reproductions of the declaration.",
        "files": [],
    },
]


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _write(name: str, header: list[str], rows: list[list[str]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    data = buf.getvalue().encode("utf-8")
    (OUT / name).write_bytes(data)
    return hashlib.sha256(data).hexdigest()


def _nato_currency(unit: str) -> str:
    match = re.search(r"million ([A-Z]{3})", unit)
    if not match:
        raise SystemExit(f"cannot read a currency from NATO unit {unit!r}")
    return match.group(1)


def build(shared: Path) -> dict[str, object]:
    """Write every data file and the manifest; return the manifest."""
    OUT.mkdir(parents=True, exist_ok=True)
    nato26 = _read(shared / "nato/2026-edition/nato_2026edition.csv")
    nato25 = _read(shared / "nato/2025-edition/nato_share_of_gdp.csv")
    imf = _read(shared / "imf/weo_oct2025_nato_allies.csv")
    files: dict[str, dict[str, object]] = {}

    # --- NATO July 2026 edition (long; values as published) ---------------------------------
    rows26 = [
        [r["iso3"], r["year"], r["indicator"], r["value"], r["unit"], r["status"], r["source_id"]]
        for r in nato26
    ]
    rows26.sort(key=lambda r: (r[0], r[2], int(r[1])))
    files["nato_2026.csv"] = {
        "sha256": _write(
            "nato_2026.csv",
            ["iso3", "year", "indicator", "value", "unit", "status", "source_id"],
            rows26,
        ),
        "rows": len(rows26),
        "source": "NATO-2026",
    }

    # --- NATO August 2025 edition (share of GDP only) ----------------------------------------
    rows25 = []
    for r in nato25:
        iso3 = r["iso3"] or AGGREGATES[r["country"]]
        if iso3 == "ISL":
            continue  # no figure for Iceland; stated in countries.csv
        rows25.append(
            [
                iso3,
                r["year"],
                "defence_share_gdp",
                r["share_pct"],
                "percent of GDP (NATO Table 3: share of real GDP, 2021 prices)",
                r["status"],
                r["source_id"],
                r["note"],
            ]
        )
    rows25.sort(key=lambda r: (r[0], int(r[1])))
    files["nato_2025.csv"] = {
        "sha256": _write(
            "nato_2025.csv",
            ["iso3", "year", "indicator", "value", "unit", "status", "source_id", "note"],
            rows25,
        ),
        "rows": len(rows25),
        "source": "NATO-2025",
    }

    # --- NATO June 2024 edition (all transcribed tables) ------------------------------------
    base = shared / "nato/2024-edition"
    tables = {
        "nato_share_of_gdp_2024edition.csv": {"": "defence_share_gdp"},
        "nato_defexp_national_currency.csv": {
            "current prices": "defence_nac_current",
            "constant 2015 prices": "defence_nac_const2015",
        },
        "nato_defexp_usd.csv": {
            "current prices and exchange rates": "defence_usd_current",
            "constant 2015 prices and exchange rates": "defence_usd_const2015",
        },
        "nato_gdp_usd.csv": {
            "current prices and exchange rates": "gdp_usd_current",
            "constant 2015 prices and exchange rates": "gdp_usd_const2015",
        },
        "nato_defexp_real_change_2024edition.csv": {"": "defence_real_change_pct"},
        "nato_military_personnel_2024edition.csv": {"": "military_personnel_thousand"},
        "nato_per_capita_2024edition.csv": {
            "GDP per capita, thousand USD": "gdp_per_capita_kusd_2015",
            "defence expenditure per capita, USD": "defence_per_capita_usd_2015",
        },
    }
    rows24 = []
    for fname, mapping in tables.items():
        for r in _read(base / fname):
            iso3 = AGGREGATE_CODES.get(r["iso3"], r["iso3"])
            if "" in mapping:
                indicator = mapping[""]
            elif r["price_basis"] in mapping:
                indicator = mapping[r["price_basis"]]
            else:
                indicator = mapping[r["unit"]]
            rows24.append(
                [
                    iso3,
                    r["year"],
                    indicator,
                    r["value"],
                    f"{r['unit']}, {r['price_basis']}",
                    r["status"],
                    r["source_id"],
                ]
            )
    rows24.sort(key=lambda r: (r[0], r[2], int(r[1])))
    files["nato_2024.csv"] = {
        "sha256": _write(
            "nato_2024.csv",
            ["iso3", "year", "indicator", "value", "unit", "status", "source_id"],
            rows24,
        ),
        "rows": len(rows24),
        "source": "NATO-2024",
    }

    # --- IMF WEO October 2025 ----------------------------------------------------------------
    rows_imf = [
        [
            r["iso3"],
            r["indicator"],
            r["year"],
            r["value"],
            r["unit"],
            r["scale_power_of_10"],
            r["status"],
            r["last_actual_year"],
            r["base_year"],
            r["description"],
        ]
        for r in imf
    ]
    rows_imf.sort(key=lambda r: (r[0], r[1], int(r[2])))
    files["imf_weo_2025_10.csv"] = {
        "sha256": _write(
            "imf_weo_2025_10.csv",
            [
                "iso3",
                "indicator",
                "year",
                "value",
                "unit",
                "scale_power_of_10",
                "status",
                "last_actual_year",
                "deflator_base_year",
                "description",
            ],
            rows_imf,
        ),
        "rows": len(rows_imf),
        "source": "IMF-WEO-2025-10",
    }

    # --- Countries ------------------------------------------------------------------------------
    names = {r["iso3"]: r["country"] for r in imf}
    nato_cur: dict[str, str] = {}
    for r in nato26:
        if r["indicator"] == "core_defence_nac_current":
            nato_cur[r["iso3"]] = _nato_currency(r["unit"])
    rows_c = []
    for iso3 in sorted(names, key=lambda c: names[c]):
        rows_c.append(
            [
                iso3,
                names[iso3],
                "ally",
                IMF_CURRENCY[iso3],
                nato_cur.get(iso3, ""),
                "yes" if iso3 in nato_cur else "no",
                str(ACCESSION.get(iso3, "")),
                COUNTRY_NOTES.get(iso3, ""),
            ]
        )
    for name, code in AGGREGATES.items():
        rows_c.append(
            [
                code,
                name,
                "aggregate",
                "",
                "",
                "yes",
                "",
                "NATO aggregate, weighted by membership in each year; history only.",
            ]
        )
    files["countries.csv"] = {
        "sha256": _write(
            "countries.csv",
            [
                "iso3",
                "name",
                "kind",
                "currency",
                "nato_currency",
                "has_nato_figure",
                "member_since",
                "note",
            ],
            rows_c,
        ),
        "rows": len(rows_c),
        "source": "",
    }

    manifest: dict[str, object] = {
        "schema": "calculator.dataset/1",
        "id": DATASET_ID,
        "title": "NATO defence expenditure (July 2026 edition) with IMF WEO October 2025",
        "default_nato_edition": "2026",
        "nato_editions": {"2026": "NATO-2026", "2025": "NATO-2025", "2024": "NATO-2024"},
        "sources": SOURCES,
        "files": files,
        "notes": [
            "Values are copied as published; nothing is rounded, interpolated or estimated.",
            "NATO year Y is the fiscal year holding most of its months (2025 = FY 2025/26 for "
            "Canada and the UK).",
            "NATO publishes no per-ally figure for defence- and security-related spending "
            "(the 1.5% category).",
        ],
    }
    data = (json.dumps(manifest, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    (OUT / "manifest.json").write_bytes(data)
    write_pin(hashlib.sha256(data).hexdigest())
    return manifest


def write_pin(sha256: str, path: Path = PIN) -> None:
    """Pin the bundled manifest's SHA-256 in the package (read by calculator.storage.dataset)."""
    path.write_text(
        '"""SHA-256 of the bundled ``resources/data/manifest.json``: written by ``make dataset``."""\n'
        "\n"
        f'BUNDLED_MANIFEST_SHA256 = "{sha256}"\n',
        encoding="utf-8",
    )


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--shared",
        type=Path,
        default=ROOT.parent / "shared" / "data",
        help="folder holding nato/ and imf/ (default: ../shared/data)",
    )
    args = parser.parse_args(argv)
    if not (args.shared / "nato").is_dir():
        print(f"build_dataset: no NATO data under {args.shared}", file=sys.stderr)
        return 2
    manifest = build(args.shared)
    files = manifest["files"]
    assert isinstance(files, dict)
    for name, info in files.items():
        print(f"{name:24} {info['rows']:6} rows  sha256 {info['sha256'][:16]}…")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
