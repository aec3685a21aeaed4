"""The fiscal block's sources read in the report's language; JSON keeps the English facts."""

import json
import re
import unicodedata

from pypdf import PdfReader

from calculator.cli import main


def _pdf_text(path) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(str(path)).pages)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))


def test_french_brief_states_the_fiscal_sources_in_french(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("BUDGET_CALCULATOR_DATA_DIR", str(tmp_path / "data"))
    out = tmp_path / "esp.pdf"
    argv = ["--country", "ESP", "--glide", "3.5:2035", "--fiscal"]
    assert main(["--lang", "fr", "report", *argv, "-o", str(out)]) == 0
    text = _pdf_text(out)
    assert "Clause dérogatoire nationale de l'UE : jusqu'à 1,5 % du PIB" in text
    assert "(selon The Sofia Globe)" in text
    assert "as reported by" not in text
    assert "EU national escape clause" not in text
    capsys.readouterr()
    assert main(["project", *argv, "--format", "json"]) == 0
    facts = [s["fact"] for s in json.loads(capsys.readouterr().out)["fiscal"]["sources"]]
    assert facts[1].startswith("EU national escape clause: up to 1.5 % of GDP")


def test_french_summary_sets_a_narrow_space_before_each_semicolon(capsys):
    assert main(["--lang", "fr", "project", "--country", "FRA"]) == 0
    sentence = capsys.readouterr().out.splitlines()[0]
    assert "2,1 %\u202f; 3,5 %" in sentence
    assert " ;" not in sentence.replace("\u202f;", "")  # no plain space before one
    assert main(["project", "--country", "FRA"]) == 0
    assert "2.1 %; 3.5 %" in capsys.readouterr().out.splitlines()[0]
