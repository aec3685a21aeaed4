"""PDF, PNG, SVG, CSV and JSON reports, read back; the ``report`` command, single and batch."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pypdf import PdfReader

from calculator.cli import main
from calculator.core.alliance import project_alliance
from calculator.core.models import CoreSpending, Scenario, SpendingMode
from calculator.core.projection import project
from calculator.render.report import write_alliance_report, write_report
from calculator.storage import WriteError, bundled_dataset, save_scenario

pytestmark = pytest.mark.gui  # PDF, PNG and SVG are drawn with Qt

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def spain():  # type: ignore[no-untyped-def]
    ds = bundled_dataset()
    scenario = Scenario(
        name="Spain at 8 %",
        notes="Briefing for the committee: é, ü.",
        country="ESP",
        core=CoreSpending(mode=SpendingMode.GROWTH, growth_pct=8),
    )
    return ds, project(ds, scenario)


def pdf_text(path: Path) -> str:
    # NFKC folds the typographic ligatures Qt's shaper uses ("ﬁ") back to letters.
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return unicodedata.normalize("NFKC", text)


def test_pdf_brief_holds_results_sources_and_page_numbers(spain, tmp_path: Path) -> None:
    ds, proj = spain
    out = tmp_path / "brief.pdf"
    write_report(out, proj, ds)
    reader = PdfReader(out)
    pages = len(reader.pages)
    assert 1 <= pages <= 4
    text = pdf_text(out)
    flat = " ".join(text.split())
    for needle in (
        "Spain at 8 %",
        "Briefing for the committee: é, ü.",
        "Spain (ESP)",
        "reached in 2028",
        "not by 2035",
        "10.6 %",
        "Defence Investment of NATO Countries (2014-2026)",
        "2026-07-03",
        "World Economic Outlook",
        ds.id,
        f"Page {pages} of {pages}",
        "Hague path check",
        "Method and caveats",
    ):
        assert needle in flat, needle
    # The yearly table: every year and the 2035 share.
    for year in range(2026, 2036):
        assert str(year) in flat
    assert f"{proj.core_share_pct[-1]:.2f}" in flat
    fonts = set()
    for page in reader.pages:
        for f in page["/Resources"]["/Font"].values():
            font = f.get_object()
            desc = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert "/FontFile2" in desc  # embedded
            fonts.add(str(font["/BaseFont"]))
    assert any("DejaVuSans" in f for f in fonts)


def test_pdf_letter_and_turkiye_glyphs(tmp_path: Path) -> None:
    from calculator.render.pdf import write_pdf

    ds = bundled_dataset()
    proj = project(ds, Scenario(country="TUR"))
    out = tmp_path / "tr.pdf"
    write_pdf(out, proj, ds, paper="letter")
    box = PdfReader(out).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)  # US Letter
    assert "Türkiye" in pdf_text(out)


def test_pdf_pages_render(spain, tmp_path: Path) -> None:
    """pdftoppm (poppler) turns every page into an image: the file is a sound PDF."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) not installed")
    ds, proj = spain
    out = tmp_path / "brief.pdf"
    write_report(out, proj, ds)
    subprocess.run(
        ["pdftoppm", "-r", "30", "-png", str(out), str(tmp_path / "p")],
        check=True,
        capture_output=True,
        timeout=60,
    )
    images = sorted(tmp_path.glob("p-*.png"))
    assert len(images) == len(PdfReader(out).pages)


def test_png_chart(spain, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    from calculator.render.images import CHART_SCALE, CHART_SIZE

    ds, proj = spain
    out = tmp_path / "chart.png"
    write_report(out, proj, ds)
    assert out.read_bytes()[:8] == PNG_MAGIC
    image = QImage(str(out))
    assert image.width() == int(CHART_SIZE[0] * CHART_SCALE)
    assert image.height() > int(CHART_SIZE[1] * CHART_SCALE)  # chart plus the source line
    # Not blank: the plot draws in more than a handful of colours.
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 17) for y in range(0, image.height(), 17)
    }
    assert len(colours) > 10


def test_svg_chart(spain, tmp_path: Path) -> None:
    ds, proj = spain
    out = tmp_path / "chart.svg"
    write_report(out, proj, ds)
    root = ET.parse(out).getroot()
    assert root.tag.endswith("svg")
    text = out.read_text(encoding="utf-8")
    assert "Defence Investment of NATO Countries" in text
    assert text.count("<path") + text.count("<polyline") > 10


def test_csv_and_json_reports(spain, tmp_path: Path) -> None:
    ds, proj = spain
    write_report(tmp_path / "y.csv", proj, ds)
    rows = list(csv.DictReader(io.StringIO((tmp_path / "y.csv").read_text(encoding="utf-8"))))
    assert [int(r["year"]) for r in rows] == list(range(2026, 2036))
    assert float(rows[-1]["core_defence_bn"]) == pytest.approx(proj.core_bn[-1], abs=1e-6)
    assert {r["currency"] for r in rows} == {"EUR"}
    write_report(tmp_path / "p.json", proj, ds)
    doc = json.loads((tmp_path / "p.json").read_text(encoding="utf-8"))
    assert doc["schema"] == "calculator.projection/1"
    assert doc["thresholds"][0]["year_reached"] == 2028


def test_alliance_reports(tmp_path: Path) -> None:
    ds = bundled_dataset()
    projs = project_alliance(
        ds, Scenario(core=CoreSpending(mode=SpendingMode.GROWTH, growth_pct=6))
    )
    write_alliance_report(tmp_path / "all.pdf", projs, ds)
    flat = " ".join(pdf_text(tmp_path / "all.pdf").split())
    for name in ("Lithuania", "Türkiye", "United States", "Spain"):
        assert name in flat
    write_alliance_report(tmp_path / "all.csv", projs, ds)
    rows = list(csv.DictReader(io.StringIO((tmp_path / "all.csv").read_text(encoding="utf-8"))))
    assert len(rows) == 31


def test_failed_pdf_write_keeps_previous_file(
    spain, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ds, proj = spain
    out = tmp_path / "brief.pdf"
    out.write_bytes(b"previous")

    def full_disk(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(WriteError, match="No space left on device"):
        write_report(out, proj, ds)
    assert out.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["brief.pdf"]


def test_report_command_single_and_batch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(
            [
                "report",
                "--country",
                "ESP",
                "--spending-growth",
                "8",
                "-o",
                str(tmp_path / "esp.xlsx"),
            ]
        )
        == 0
    )
    assert (tmp_path / "esp.xlsx").read_bytes()[:2] == b"PK"
    files = []
    for iso3 in ("BEL", "POL"):
        f = tmp_path / f"{iso3.lower()}.scenario.json"
        save_scenario(f, Scenario(country=iso3, name=f"{iso3} plan"))
        files.append(str(f))
    outdir = tmp_path / "batch"
    outdir.mkdir()
    assert main(["report", *files, "-o", str(outdir), "--type", "csv"]) == 0
    assert sorted(p.name for p in outdir.iterdir()) == ["bel.csv", "pol.csv"]
    err = capsys.readouterr().err
    assert "2/2" in err  # progress
    alldir = tmp_path / "all"
    alldir.mkdir()
    assert (
        main(["report", "--all-allies", "--glide", "3.5:2035", "-o", str(alldir), "--type", "json"])
        == 0
    )
    assert len(list(alldir.glob("*.json"))) == 31


def test_report_command_bad_input_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.scenario.json"
    bad.write_text(
        '{"schema": "calculator.scenario/1", "scenario": {"horizon": 1}}', encoding="utf-8"
    )
    good = tmp_path / "good.scenario.json"
    save_scenario(good, Scenario())
    outdir = tmp_path / "out"
    outdir.mkdir()
    assert main(["report", str(good), str(bad), "-o", str(outdir)]) == 2
    assert list(outdir.iterdir()) == []  # validated before anything is written
    assert "horizon: 1 is out of range" in capsys.readouterr().err
    assert main(["report", "-o", str(tmp_path / "x.docx")]) == 2
    assert "unknown report type '.docx'" in capsys.readouterr().err
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    assert main(["report", "--all-allies", "-o", str(blocker)]) == 2
    assert "is not a folder" in capsys.readouterr().err
    assert blocker.read_text() == "x"
