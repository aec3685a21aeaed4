"""The five languages without Qt: number styles, CSV separators, ally names, the .ts reader."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from calculator.exports import locales, phrases
from calculator.exports.locales import (
    ALLY_NAMES,
    LANGUAGES,
    ally_in_sentence,
    ally_name,
    csv_dialect,
    format_date,
    format_number,
    language,
    localize_number,
)
from calculator.exports.tabular import format_table, to_csv
from calculator.storage.translations import load_catalogue, translator


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "1,234,567.89"),
        ("fr", "1\u202f234\u202f567,89"),
        ("es", "1.234.567,89"),
        ("nl", "1.234.567,89"),
        ("de", "1.234.567,89"),
    ],
)
def test_numbers_take_the_languages_separators(lang: str, expected: str) -> None:
    assert format_number(1234567.891, ",.2f", lang) == expected


def test_spanish_groups_only_from_five_digits() -> None:
    """CLDR: Spanish writes 1749,5 but 12.345,6."""
    assert format_number(1749.47, ",.1f", "es") == "1749,5"
    assert format_number(12345.6, ",.1f", "es") == "12.345,6"
    assert format_number(1749.47, ",.1f", "de") == "1.749,5"


def test_localize_leaves_years_lists_and_words_alone() -> None:
    text = "2026, 2035 and 3.5 % of 1,234.5 bn"
    assert localize_number(text, "de") == "2026, 2035 and 3,5 % of 1.234,5 bn"
    assert localize_number(text, "en") == text


def test_phrasebook_numbers_default_to_english_and_follow_the_language() -> None:
    assert phrases.pct(2.1) == "2.1 %"
    assert phrases.money(17.04, "EUR") == "17.0 bn EUR"
    assert phrases.money(0.243, "EUR") == "243 m EUR"
    assert phrases.pct(2.1, lang="fr") == "2,1 %"
    assert phrases.money(1234.5, "EUR", lang="de") == "1.234,5 Mrd. EUR"
    assert phrases.money(0.243, "EUR", lang="nl") == "243 mln. EUR"
    with language("es"):
        assert phrases.pct(10.55, 2) == "10,55 %"
        assert phrases.money(17.04, "EUR") == "17,0 mm EUR"
    assert phrases.pct(2.1) == "2.1 %"  # the block restored English


def test_say_translates_with_the_active_hook_and_formats_numbers() -> None:
    tr = translator("fr")
    with language("fr", tr):
        text = phrases.say(phrases.GAP_SHORT).format(0.1, phrases.money(2.5, "EUR"))
    assert text == "manque 0,10 pt (2,5 Md EUR)"
    # English: the text as written, numbers with a decimal point
    assert phrases.say(phrases.GAP_SHORT).format(0.1, "x") == "short by 0.10 pp (x)"


def test_an_explicit_hook_wins_over_the_active_one() -> None:
    with language("de", translator("de")):
        assert phrases.say("Threshold", str.upper) == "THRESHOLD"
        assert phrases.say("Threshold") == "Schwelle"


@pytest.mark.parametrize("lang", ["fr", "es", "nl", "de"])
def test_csv_uses_semicolons_and_decimal_commas(lang: str) -> None:
    rows = [{"year": 2026, "share_pct": 2.1, "name": "Spain, ESP"}]
    with language(lang):
        text = to_csv(rows)
    assert text.splitlines() == ["year;share_pct;name", "2026;2,1;Spain, ESP"]
    with language(lang, csv_style="plain"):
        assert to_csv(rows).splitlines()[1] == '2026,2.1,"Spain, ESP"'
    assert csv_dialect(lang, "locale") == (";", ",")


def test_english_csv_is_unchanged() -> None:
    rows = [{"year": 2026, "share_pct": 2.1}]
    assert to_csv(rows) == "year,share_pct\n2026,2.1\n"


def test_plain_tables_follow_the_language() -> None:
    rows = [{"gdp": 1749.469}]
    assert "1,749.47" in format_table(rows, [("gdp", "GDP")])
    with language("de"):
        assert "1.749,47" in format_table(rows, [("gdp", "BIP")])


def test_every_ally_has_a_name_in_every_language() -> None:
    assert len(ALLY_NAMES) == 32
    for names in ALLY_NAMES.values():
        assert len(names) == len(LANGUAGES)
        assert all(names)
    assert ally_name("ESP", "Spain", "fr") == "Espagne"
    assert ally_name("NLD", "Netherlands", "nl") == "Nederland"
    assert ally_name("ESP", "Spain", "en") == "Spain"  # English keeps the dataset's name
    assert ally_name("XXX", "Elsewhere", "de") == "Elsewhere"
    assert ally_in_sentence("ESP", "Spain", "fr", start=True) == "L'Espagne"
    assert ally_in_sentence("NLD", "Netherlands", "de") == "die Niederlande"


def test_dates_in_each_language() -> None:
    assert format_date("2026-07-03", "en") == "3 July 2026"
    assert format_date("2026-07-03", "fr") == "3 juillet 2026"
    assert format_date("2026-07-01", "fr") == "1er juillet 2026"
    assert format_date("2026-07-03", "es") == "3 de julio de 2026"
    assert format_date("2026-07-03", "de") == "3. Juli 2026"
    assert format_date("not a date", "de") == "not a date"


def test_language_codes_fall_back_to_english() -> None:
    assert locales.language_of("fr_BE") == "fr"
    assert locales.language_of("de-AT") == "de"
    assert locales.language_of("pt") == "en"
    assert locales.language_of(None) == "en"


def test_the_ts_reader_needs_no_qt_and_skips_unfinished(tmp_path: Path) -> None:
    (tmp_path / "calculator_fr.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="fr">'
        "<context><name>phrases</name>"
        "<message><source>yes</source><translation>oui</translation></message>"
        '<message><source>no</source><translation type="unfinished"></translation></message>'
        "</context><context><name></name>"
        "<message><source>Ally</source><translation>Allié</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    tr = translator("fr", folder=tmp_path)
    assert tr("yes") == "oui"
    assert tr("no") == "no"  # unfinished: English
    assert tr("Ally") == "Allié"  # filed under another context, found by its source
    assert load_catalogue("en", folder=tmp_path) == {}
    assert translator("de", folder=tmp_path)("yes") == "yes"  # no file: English


def test_the_committed_french_uses_natos_terms() -> None:
    fr = translator("fr")
    assert "dépenses de défense" in fr(phrases.NATO_DEFINITION)
    assert "PIB" in fr("{0} of GDP")
    assert "Verteidigungsausgaben" in translator("de")(phrases.NATO_DEFINITION)
    assert "gasto en defensa" in translator("es")(phrases.NATO_DEFINITION)
    assert "defensie-uitgaven" in translator("nl")(phrases.NATO_DEFINITION)


# ------------------------------------------- reports: no English heading in another language


def _english_headings() -> set[str]:
    """Every heading the reports write in English whose French differs, plus a few phrases."""
    from calculator.exports import brief, report_words

    tr = translator("fr")
    english = (
        set(report_words.WORDS)
        | set(report_words.SHEET_NAMES)
        | set(brief.HEADINGS.values())
        | set(phrases.THRESHOLD_COLUMNS)
    )
    differs = {text for text in english if tr(text) != text and len(text) > 3}
    differs -= {tr(text) for text in english}  # "Base" is also French (for "Basis")
    return differs | {
        "defence spending scenario",
        "money in billions",
        "current prices",
        "prepared",
        "Page 1 of",
        "Budget impact",
        "Spain's position",
        "Hague core",
        "Hague total",
        "Spain (ESP)",
        "What-If Calculator",
    }


def _french_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str) -> Path:
    from calculator.cli import main

    monkeypatch.setenv("BUDGET_CALCULATOR_DATA_DIR", str(tmp_path / "user-data"))
    out = tmp_path / f"spain{suffix}"
    argv = ["--lang", "fr", "report", "--country", "ESP", "--spending-growth", "8", "--fiscal"]
    with language("en"), _no_translators_left():  # the command sets French: undo it after
        assert main([*argv, "-o", str(out)]) == 0
    assert locales.active_language() == "en"
    return out


@contextmanager
def _no_translators_left() -> Iterator[None]:
    """Remove the Qt translators a French report installs (the next test's window is English)."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    app = QCoreApplication.instance()
    before = set(app.findChildren(QTranslator)) if app is not None else set()
    try:
        yield
    finally:
        app = QCoreApplication.instance()
        for translator in app.findChildren(QTranslator) if app is not None else []:
            if translator not in before:
                app.removeTranslator(translator)
                translator.setParent(None)


def _found(text: str, headings: set[str]) -> list[str]:
    return sorted(h for h in headings if re.search(rf"(?<!\w){re.escape(h)}(?!\w)", text))


@pytest.mark.gui  # the PDF is drawn with Qt
def test_a_french_pdf_has_no_english_heading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pypdf import PdfReader

    pdf = _french_report(tmp_path, monkeypatch, ".pdf")
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(pdf).pages)
    assert "dépenses de défense" in text
    assert "Espagne" in text
    assert "Page 1 sur " in text
    assert "Année par année" in text
    # Left as written: the titles of the cited documents (the fiscal block's sources, up to
    # the next heading, and the closing list of sources), which are English publications.
    body, method = text.split("Méthode et mises en garde")
    method = method.split(" Sources ", 1)[0]
    head, citations = body.split("Sources du volet budgétaire :")
    rest = citations.split("Hypothèses", 1)[1]
    assert "L'année de référence B est la dernière année" in method
    assert _found(head + rest + method, _english_headings() | {"Base year", "Figures for"}) == []
    assert "juillet 2026 (date d'arrêt 2026-07-03)" in text  # the sources' editions, in French


def test_a_french_workbook_has_french_sheets_and_headers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import openpyxl

    from calculator.exports import report_words

    book = openpyxl.load_workbook(_french_report(tmp_path, monkeypatch, ".xlsx"))
    headings = _english_headings()
    assert book.sheetnames[:3] == ["Synthèse", "Par année", "Budget"]
    assert set(book.sheetnames) & set(report_words.SHEET_NAMES) <= {"Sources"}
    header_cells: list[str] = []
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.font is not None and cell.font.b:
                    header_cells.append(cell.value)  # titles, headings, labels, headers
    assert len(header_cells) > 60
    joined = "\n".join(header_cells)
    assert "PIB (Md EUR)" in joined
    assert "Croissance nominale nécessaire (%/an)" in joined
    assert _found(joined, headings) == [], [c for c in header_cells if _found(c, headings)]
    # the summary's formula still reads the yearly sheet under its French name
    formulas = [
        c.value
        for row in book["Synthèse"].iter_rows()
        for c in row
        if isinstance(c.value, str) and c.value.startswith("=")
    ]
    assert any("'Par année'!" in f for f in formulas), formulas[:5]


def test_english_reports_keep_their_headings() -> None:
    from calculator.exports.report_words import SHEET_NAMES, sheet_name, sheet_ref, word

    assert word("Key results per threshold") == "Key results per threshold"
    assert word("GDP (bn EUR)") == "GDP (bn EUR)"
    assert sheet_name("Yearly") == "Yearly"
    assert sheet_ref("Yearly") == "Yearly"
    with language("de", translator("de")):
        assert word("GDP (bn EUR)") == "BIP (Mrd. EUR)"
        assert word("Core defence (m ISK)") == "Kernverteidigung (Mio. ISK)"
        assert word("a text no table has") == "a text no table has"
        assert sheet_name("Yearly") == "Jahreswerte"
        assert sheet_ref("Summary") == "'Übersicht'"
        assert all(len(sheet_name(s)) <= 31 for s in SHEET_NAMES)


def test_months_in_a_source_edition_follow_the_language() -> None:
    assert locales.localize_months("July 2026", "fr") == "juillet 2026"
    assert (
        locales.localize_months("8 July 2025, 19 March 2025", "de") == "8 Juli 2025, 19 März 2025"
    )
    assert locales.localize_months("July 2026", "en") == "July 2026"
    assert locales.localize_months("Julyish", "fr") == "Julyish"


def test_the_french_command_line_table_has_french_headings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from calculator.cli import main

    monkeypatch.setenv("BUDGET_CALCULATOR_DATA_DIR", str(tmp_path / "user-data"))
    with language("en"):
        assert main(["--lang", "fr", "project", "--country", "ESP"]) == 0
    out = capsys.readouterr().out
    header = next(line for line in out.splitlines() if line.startswith("Année"))
    assert " ".join(header.split()) == (
        "Année PIB Md EUR Essentielles Md EUR Essentielles % Connexes % Total % "
        "Supplément par rapport à une part constante"
    )
    assert "Espagne (ESP), année de référence 2026 (estimation) : 2,00 % du PIB" in out
    assert "Vos propres chiffres :" in out
    assert "Jeu de données nato-" in out
    for english in (
        "Year  GDP",
        "base year",
        "Economy:",
        "Your own numbers",
        "Dataset ",
        "cut-off",
    ):
        assert english not in out, english


# ------------------------------------------- issue 15's sweep: the last English, and English kept

# English that must not be left in a French workbook (outside the data's own titles and the
# cited documents' names, which are English publications).
ENGLISH_LEFT = (
    "Spain",
    "Hague core",
    "year reached",
    "of the draws",
    "over the draws",
    "% of GDP in",
    "national currency as the IMF",
    "derived = NATO",
    "Money in",
    "Money is",
    "(unnamed)",
    "edition",
    "Economy:",
    "Core:",
    "Extra:",
    "Money:",
    "changed",
    "latest NATO year",
    "Compared with",
    "Estimates are flagged",
    "share held at",
    "amount every year",
    "negative means",
    "Values are copied",
    "2.1% core",
)


def test_a_french_workbook_with_every_sheet_has_no_english_left(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import re
    import zipfile

    import openpyxl

    from calculator.cli import main

    monkeypatch.setenv("BUDGET_CALCULATOR_DATA_DIR", str(tmp_path / "user-data"))
    out = tmp_path / "spain.xlsx"
    argv = ["--lang", "fr", "report", "--country", "ESP", "--glide", "3.5:2035", "--fiscal"]
    argv += ["--uncertainty", "200", "--vintages", "bundled@2025", "-o", str(out)]
    with language("en"), _no_translators_left():
        assert main(argv) == 0
    book = openpyxl.load_workbook(out)
    assert "Ce qui a changé" in book.sheetnames
    assert "Incertitude" in book.sheetnames
    assert not {"What changed", "Uncertainty", "Equipment"} & set(book.sheetnames)
    texts = []
    for ws in book.worksheets:
        if ws.title == "Sources":  # the sources' own titles and bases, as published
            continue
        for row in ws.iter_rows():
            texts += [c.value for c in row if isinstance(c.value, str) and c.value[:1] != "="]
    fiscal_citations = [t for t in texts if "http" in t]  # the cited documents, in English
    body = "\n".join(t for t in texts if t not in fiscal_citations)
    left = [w for w in ENGLISH_LEFT if w in body]
    assert left == [], [t for t in texts if any(w in t for w in left)]
    assert "Position de l'Espagne" in body
    assert "Espagne : le même scénario" in body
    assert "Atteint 2,1 % essentielles" in body
    charts = " ".join(
        " ".join(re.findall(r"<a:t>([^<]*)</a:t>", zipfile.ZipFile(out).read(name).decode()))
        for name in zipfile.ZipFile(out).namelist()
        if name.startswith("xl/charts/")
    )
    assert "Espagne : dépenses de défense, % du PIB" in charts
    assert "Part essentielle du PIB selon les tirages (%)" in charts
    assert "of GDP" not in charts, charts
    assert "Year" not in charts, charts


def test_core_notes_are_said_in_the_language_and_kept_in_english() -> None:
    from calculator.core import projection

    assert phrases.NOTE_FLOOR == projection.FLOOR_NOTE
    assert phrases.NOTE_BASE_YEAR == projection.BASE_NOTE
    note = projection.BASE_NOTE.format("2025", 2025, "Spain", 2024) + ". Not yet reported."
    assert phrases.note_text(note) == note  # English: byte for byte
    assert phrases.note_text(projection.FLOOR_NOTE) == projection.FLOOR_NOTE
    assert phrases.note_text("a note no one marked") == "a note no one marked"
    with language("fr", translator("fr")):
        said = phrases.note_text(note)
        assert said.startswith(
            "L'édition 2025 de l'OTAN ne donne aucun chiffre 2025 pour l'Espagne"
        )
        assert said.endswith(". Not yet reported.")  # NATO's own reason, as published
        assert "zéro" in phrases.note_text(projection.FLOOR_NOTE)
        assert phrases.note_text(phrases.MONEY_NOTE).startswith("Les montants")
        assert phrases.threshold_short(2.1, "core") == "2,1 % essentielles"
    assert phrases.threshold_short(2.1, "core") == "2.1% core"


def test_german_countries_and_alliance_tables_are_german_and_sorted_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from calculator.cli import main

    monkeypatch.setenv("BUDGET_CALCULATOR_DATA_DIR", str(tmp_path / "user-data"))
    with language("en"):
        assert main(["--lang", "de", "countries"]) == 0
        countries = capsys.readouterr().out
        assert main(["--lang", "de", "alliance"]) == 0
        alliance = capsys.readouterr().out
        assert main(["--lang", "de", "project"]) == 0
        project = capsys.readouterr().out
    for out in (countries, alliance):
        names = [line.split()[1] for line in out.splitlines() if line[:3] in ("DNK", "DEU")]
        assert names == ["Dänemark", "Deutschland"], names  # ä sorts as a
    for english in ("Kind", " ally ", "Iceland", "Every ally", "core spending", "2.1% core"):
        assert english not in countries + alliance, english
    assert "2,1 % Kern" in alliance
    assert "(abgeleitet: NATO-Anteil × IWF-BIP)" in project
    assert "derived" not in project
    assert "Money is" not in project


def test_a_german_briefs_tables_write_numbers_in_german() -> None:
    """The yearly, fiscal and assumptions tables of the PDF brief, not just its sentences."""
    from calculator.core.fiscal import fiscal_impact
    from calculator.core.models import CoreSpending, Scenario, SpendingMode
    from calculator.core.projection import project
    from calculator.exports.brief import brief_html
    from calculator.storage import bundled_dataset

    ds = bundled_dataset()
    core = CoreSpending(mode=SpendingMode.GLIDE, glide_target_pct=3.5, glide_year=2035)
    proj = project(ds, Scenario(country="DEU", core=core))
    fiscal = fiscal_impact(proj, ds)
    with language("de", translator("de")):
        html = brief_html(proj, ds, fiscal=fiscal)
    cells = re.findall(r"<td class='n' align='right'>([^<]*)</td>", html)
    assert len(cells) > 100
    english = [c for c in cells if re.search(r"\d\.\d{1,2}(?!\d)|\d,\d{3}\.", c)]
    assert english == [], english[:10]  # 4.565,27 and 2,69, never 4,565.27 or 2.69
    assert any(re.fullmatch(r"\d\.\d{3},\d\d", c) for c in cells), cells[:20]
    assert "points" not in html
    assert "+0 Pp." in html
    assert "(bn EUR)" not in html
    assert "(Mrd. EUR)" in html
    with language("en"):
        english_html = brief_html(proj, ds, fiscal=fiscal)
    assert "+0 points" in english_html
    assert "4,565.27" in english_html


@pytest.mark.parametrize("lang", ["en", "es"])
def test_no_extra_spending_writes_an_unsigned_zero_deficit(lang: str) -> None:
    """A constant share has no extra spending: the deficit's rounding residue read '-0,00 %'."""
    from calculator.core.fiscal import fiscal_impact
    from calculator.core.models import Scenario
    from calculator.core.projection import project
    from calculator.storage import bundled_dataset

    ds = bundled_dataset()
    proj = project(ds, Scenario(country="ESP"))
    with language(lang, translator(lang) if lang != "en" else None):
        text = phrases.debt_effect_text(fiscal_impact(proj, ds))
    assert not re.search(r"-0[.,]0", text), text
    assert re.search(r"0[.,]00 %", text), text
