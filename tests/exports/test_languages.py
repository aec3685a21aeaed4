"""The five languages without Qt: number styles, CSV separators, ally names, the .ts reader."""

from __future__ import annotations

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
