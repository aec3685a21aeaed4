"""--lang and --csv-style: the command line speaks the five languages without Qt."""

from __future__ import annotations

import subprocess
import sys

import pytest

from calculator.cli import main
from calculator.exports import locales


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """``main(argv)`` in this process; the language it sets is put back afterwards."""
    with locales.language("en"):
        code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_french_project_speaks_french(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "project", "--country", "ESP", "--lang", "fr")
    assert code == 0
    assert "dépenses de défense" in out
    assert "2,1 %" in out
    assert "l'Espagne n'atteint pas 2,1 % d'ici 2035" in out
    assert "Vérification de la trajectoire de La Haye" in out
    assert "1\u202f749,47" in out  # the yearly table in French number style
    assert "2.1 %" not in out.splitlines()[0]


def test_lang_before_the_command_works_too(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--lang", "de", "project", "--country", "DEU")
    assert code == 0
    assert "Kernverteidigungsausgaben" in out
    assert "erreicht Deutschland" in out or "erfüllt Deutschland" in out


def test_english_stays_the_default(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "project", "--country", "ESP")
    assert code == 0
    assert "Spain does not reach 2.1 % by 2035" in out


@pytest.mark.parametrize("lang", ["fr", "es", "nl", "de"])
def test_csv_uses_semicolons_where_the_decimal_is_a_comma(
    capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    code, out, _ = run(capsys, "project", "--country", "ESP", "--format", "csv", "--lang", lang)
    assert code == 0
    header, first, *_ = out.splitlines()
    assert header.startswith("ally;ally_name;year;gdp_bn;")
    cells = first.split(";")
    assert cells[:3] == ["ESP", cells[1], "2026"]
    assert cells[3] == "1749,469"  # no thousands separator, decimal comma
    assert "," not in header


def test_csv_style_plain_keeps_commas(capsys: pytest.CaptureFixture[str]) -> None:
    args = ("project", "--country", "ESP", "--format", "csv", "--lang", "de")
    code, out, _ = run(capsys, *args, "--csv-style", "plain")
    assert code == 0
    assert out.splitlines()[1].split(",")[3] == "1749.469"


def test_an_unknown_language_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "project", "--lang", "pt")
    assert code == 2
    assert "--lang" in err


def test_the_cli_loads_no_qt_for_a_language() -> None:
    """Translations come from the .ts XML: a French run imports no PySide6."""
    probe = (
        "import sys\n"
        "from calculator.cli import main\n"
        "code = main(['project', '--country', 'ESP', '--lang', 'fr'])\n"
        "assert code == 0, code\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "dépenses de défense" in done.stdout


def test_ally_names_follow_the_language(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "alliance", "--lang", "de")
    assert code == 0
    assert "Spanien" in out
    assert "Vereinigtes Königreich" in out
    code, out, _ = run(capsys, "project", "--country", "NLD", "--format", "csv", "--lang", "fr")
    assert out.splitlines()[1].split(";")[1] == "Pays-Bas"
    code, out, _ = run(capsys, "project", "--country", "NLD", "--format", "csv")
    assert out.splitlines()[1].split(",")[1] == "Netherlands"
