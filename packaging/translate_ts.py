"""Fill resources/translations/calculator_<lang>.ts from the catalogues in packaging/translations/.

``make translations`` runs lupdate (which adds new source texts as unfinished and drops vanished
ones with ``-no-obsolete``), then this script, then lrelease. The script is re-runnable: it
writes every translation the catalogues know, marks the rest ``unfinished`` (the test
``tests/exports/test_translations.py`` then fails until they are written) and prints what is
missing. ``--check`` only reports, exit 1 when something is missing.

Catalogue format (``packaging/translations/*.txt``, UTF-8), one block per English source::

    = Short by {0:.2f} pp
    fr manque {0:.2f} pt
    es ...
    nl ...
    de ...

The source is matched with its outer spaces stripped (a translation gets the source's leading
and trailing spaces back, so ``' % a year'`` is written ``= % a year``); ``\\n`` stands for a line
break. ``= Context::source`` gives one context its own wording. ``#`` starts a comment line.
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CATALOGUES = ROOT / "packaging" / "translations"
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "es", "nl", "de")
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'

Catalogue = dict[str, dict[str, str]]  # lang -> key -> translation


def key_of(source: str) -> str:
    """The catalogue key of a source text: outer spaces stripped, line breaks as ``\\n``."""
    return source.strip().replace("\n", "\\n")


def read_catalogues(folder: Path = CATALOGUES) -> Catalogue:
    """Every translation in ``folder/*.txt``; a repeated source keeps the last one read."""
    out: Catalogue = {lang: {} for lang in LANGUAGES}
    for path in sorted(folder.glob("*.txt")):
        key: str | None = None
        for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            if line.startswith("= "):
                key = line[2:].strip()
                continue
            lang, _, text = line.partition(" ")
            if key is None or lang not in out:
                raise SystemExit(f"{path.name}:{number}: expected '= source' or '<lang> text'")
            out[lang][key] = text.strip()
    return out


def translation_for(catalogue: dict[str, str], context: str, source: str) -> str | None:
    """The translation of ``source`` with its outer spaces, or ``None`` when none is known."""
    key = key_of(source)
    text = catalogue.get(f"{context}::{key}", catalogue.get(key))
    if text is None:
        return None
    text = text.replace("\\n", "\n")
    lead = source[: len(source) - len(source.lstrip())]
    trail = source[len(source.rstrip()) :]
    return lead + text + trail


def fill(ts: Path, catalogue: dict[str, str]) -> list[str]:
    """Write every known translation into ``ts``; return the sources still missing."""
    tree = ET.parse(ts)
    missing: list[str] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in list(context.iter("message")):
            element = message.find("translation")
            if element is None:
                element = ET.SubElement(message, "translation")
            if element.get("type") in ("obsolete", "vanished"):
                context.remove(message)
                continue
            source = message.findtext("source") or ""
            text = translation_for(catalogue, name, source)
            if text is None:
                element.set("type", "unfinished")
                element.text = None
                missing.append(f"{name}: {source}")
            else:
                element.attrib.pop("type", None)
                element.text = text
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(HEADER + body + "\n", encoding="utf-8")
    return missing


def main(argv: list[str] | None = None) -> int:
    """Fill (or with ``--check`` only inspect) the four ``.ts`` files."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report only; exit 1 if missing")
    args = parser.parse_args(argv)
    catalogues = read_catalogues()
    status = 0
    for lang in LANGUAGES:
        ts = TS_DIR / f"calculator_{lang}.ts"
        if not ts.exists():
            print(f"{ts}: missing (run make translations)", file=sys.stderr)
            status = 1
            continue
        if args.check:
            tree = ET.parse(ts)
            missing = [
                m.findtext("source") or ""
                for m in tree.getroot().iter("message")
                if (m.find("translation") is None or not (m.findtext("translation") or ""))
            ]
        else:
            missing = fill(ts, catalogues[lang])
        total = sum(1 for _ in ET.parse(ts).getroot().iter("message"))
        print(f"{ts.name}: {total - len(missing)} of {total} translated")
        for source in missing:
            print(f"  missing: {source!r}")
        status = status or int(bool(missing) and args.check)
    return status


if __name__ == "__main__":
    sys.exit(main())
