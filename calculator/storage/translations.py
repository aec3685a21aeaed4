"""Translations read straight from the committed ``.ts`` files, without Qt (the command line).

The window installs Qt's compiled ``.qm`` through a ``QTranslator``. The command line prints
tables and reports and must not start Qt for that (it imports no Qt at all, and a fresh
checkout has no ``.qm``: they are built, not committed), so it reads the same ``.ts`` XML here
and looks texts up by context and source, as Qt does. A ``.ts`` is small (about 1,000
messages, under 0.5 MB) and parsed once per run.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from calculator.resources import translations_dir

Translate = Callable[[str], str]
Catalogue = dict[tuple[str, str], str]  # (context, source) -> translation
MAX_TS_BYTES = 8 * 1024 * 1024


def ts_path(lang: str, folder: Path | None = None) -> Path:
    """``calculator_<lang>.ts`` in ``folder`` (default: the resources' translations folder)."""
    return (folder or translations_dir()) / f"calculator_{lang}.ts"


@lru_cache(maxsize=8)
def _load(path: Path) -> Catalogue:
    if not path.is_file() or path.stat().st_size > MAX_TS_BYTES:
        return {}
    catalogue: Catalogue = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            element = message.find("translation")
            if element is None or element.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            text = element.text or ""
            if text:
                catalogue[(name, message.findtext("source") or "")] = text
    return catalogue


def load_catalogue(lang: str, folder: Path | None = None) -> Catalogue:
    """Every finished translation of ``lang``; empty for English or a missing file."""
    if lang == "en":
        return {}
    return _load(ts_path(lang, folder).resolve())


def translator(lang: str, context: str = "phrases", folder: Path | None = None) -> Translate:
    """A translate hook for texts of ``context`` in ``lang``; untranslated texts stay English.

    A text filed under another context (lupdate puts module-level ``tr()`` calls in the empty
    context) is found by its source alone, so one wording is translated once.
    """
    catalogue = load_catalogue(lang, folder)
    by_source = {source: text for (_, source), text in catalogue.items()}

    def tr(text: str) -> str:
        return catalogue.get((context, text)) or by_source.get(text) or text

    return tr
