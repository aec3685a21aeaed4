"""Every user-visible string can reach the .ts file: lupdate sees it where it is written.

lupdate reads literals only: ``self.tr(NAME)`` or ``tr(variable)`` is invisible to it, so the
text is never translated. The phrasebook marks its texts with ``QT_TRANSLATE_NOOP`` and sends
them through its one helper, :func:`calculator.exports.phrases.say`.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from calculator.exports import phrases

PACKAGE = Path(phrases.__file__).resolve().parents[1]
SOURCES = sorted(PACKAGE.rglob("*.py"))
QT_APPS = {"QCoreApplication", "QApplication", "QGuiApplication"}
# The one call of a translate hook with a variable: the phrasebook's helper (see its docstring).
WHITELIST = {("exports/phrases.py", "say")}


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _enclosing_functions(tree: ast.Module) -> dict[ast.AST, str]:
    owner: dict[ast.AST, str] = {}
    for fn in ast.walk(tree):
        if isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef):
            for node in ast.walk(fn):
                owner.setdefault(node, fn.name)
    return owner


def _translate_calls(tree: ast.Module) -> list[tuple[ast.Call, int]]:
    """``tr(...)``, ``x.tr(...)`` and ``QCoreApplication.translate(ctx, ...)`` with the text's index."""
    calls = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        f = node.func
        if (isinstance(f, ast.Name) and f.id == "tr") or (
            isinstance(f, ast.Attribute) and f.attr == "tr"
        ):
            calls.append((node, 0))
        elif (isinstance(f, ast.Name) and f.id == "translate") or (
            isinstance(f, ast.Attribute)
            and f.attr == "translate"
            and isinstance(f.value, ast.Name)
            and f.value.id in QT_APPS
        ):
            calls.append((node, 1))
    return calls


def non_literal_translations(path: Path, root: Path = PACKAGE) -> list[str]:
    """``file:line: call`` for each translate call whose text is not a literal."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    rel = path.relative_to(root).as_posix()
    owner = _enclosing_functions(tree)
    bad = []
    for call, index in _translate_calls(tree):
        args_ok = len(call.args) > index and all(_literal(a) for a in call.args[: index + 1])
        if args_ok or (rel, owner.get(call, "")) in WHITELIST:
            continue
        bad.append(f"{rel}:{call.lineno}: {ast.unparse(call)[:80]}")
    return bad


def _marked_constants() -> set[str]:
    """Names in the phrasebook bound to ``QT_TRANSLATE_NOOP(...)`` (or a tuple/dict of them)."""
    tree = ast.parse(Path(phrases.__file__).read_text(encoding="utf-8"))
    names = set()
    for node in tree.body:
        if isinstance(node, ast.Assign | ast.AnnAssign):
            value = node.value
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if value is not None and any(_is_marked(n) for n in ast.walk(value)):
                names |= {t.id for t in targets if isinstance(t, ast.Name)}
    return names


def _is_marked(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "QT_TRANSLATE_NOOP"
        and len(node.args) == 2
        and all(_literal(a) for a in node.args)
        and isinstance(node.args[0], ast.Constant)
        and node.args[0].value == phrases.CONTEXT
    )


def _say_text_ok(text: ast.expr) -> bool:
    """A text lupdate has seen: marked where it is written, or a name for such a text.

    Accepted: a marked literal, a marked constant, a local bound from one (``form =
    SUMMARY_REACHES``), a loop variable over one (``for h in THRESHOLD_COLUMNS``), a subscript of
    a marked table, or a choice between two of these (``A if cond else B``).
    """
    if isinstance(text, ast.IfExp):
        return _say_text_ok(text.body) and _say_text_ok(text.orelse)
    return _is_marked(text) or isinstance(text, ast.Name | ast.Attribute | ast.Subscript)


def unmarked_say_calls(path: Path) -> list[str]:
    """``say(x)`` calls whose text lupdate has not seen marked with the phrasebook's context."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    rel = path.relative_to(PACKAGE).as_posix()
    bad = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        f = node.func
        name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""
        if name != "say" or not node.args:
            continue
        if not _say_text_ok(node.args[0]):
            bad.append(f"{rel}:{node.lineno}: {ast.unparse(node)[:80]}")
    return bad


def test_no_translate_call_takes_a_variable() -> None:
    bad = [line for path in SOURCES for line in non_literal_translations(path)]
    assert not bad, "tr()/translate() with a non-literal text (lupdate cannot see it):\n" + (
        "\n".join(bad)
    )


def test_the_scan_catches_a_variable(tmp_path: Path) -> None:
    """The scan is not a tautology: it flags the patterns it is meant to flag."""
    probe = tmp_path / "exports" / "phrases.py"  # even in the whitelisted file, outside say()
    probe.parent.mkdir()
    probe.write_text(
        "class A:\n"
        "    def f(self, x):\n"
        "        QCoreApplication.translate('ctx', x)\n"
        "        return self.tr(CONSTANT), tr(x), self.tr('fine')\n",
        encoding="utf-8",
    )
    bad = non_literal_translations(probe, tmp_path)
    assert len(bad) == 3
    assert any("self.tr(CONSTANT)" in b for b in bad)


def test_phrasebook_texts_reach_say_marked() -> None:
    marked = _marked_constants()
    assert {"STATUS_ALREADY_MET", "GAP_SHORT", "THRESHOLD_COLUMNS", "NATO_DEFINITION"} <= marked
    bad = [line for path in SOURCES for line in unmarked_say_calls(path)]
    assert not bad, "say() with a text not marked by QT_TRANSLATE_NOOP:\n" + "\n".join(bad)
    # Every name handed to say() from outside the phrasebook is one of its marked constants.
    for path in SOURCES:
        if path.name == "phrases.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", getattr(node.func, "attr", "")) == "say"
                and isinstance(node.args[0], ast.Name)
                and node.args[0].id not in {"h"}
            ):
                assert node.args[0].id in marked, f"{path.name}:{node.lineno}"


# --------------------------------------------------------------------------- lupdate


def _lupdate() -> str | None:
    here = Path(sys.executable).parent / "pyside6-lupdate"
    return str(here) if here.exists() else shutil.which("pyside6-lupdate")


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, set[str]]:
    """``context → source texts`` that lupdate finds in the whole package."""
    tool = _lupdate()
    if tool is None:
        pytest.skip("pyside6-lupdate is not installed")
    ts = tmp_path_factory.mktemp("ts") / "probe.ts"
    subprocess.run(
        [tool, *map(str, SOURCES), "-ts", str(ts)], check=True, capture_output=True, timeout=120
    )
    found: dict[str, set[str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        found.setdefault(name, set()).update(
            m.findtext("source") or "" for m in context.iter("message")
        )
    return found


def test_lupdate_finds_summary_sentence_and_threshold_status(
    extracted: dict[str, set[str]],
) -> None:
    texts = extracted.get(phrases.CONTEXT, set())
    for needed in (
        "{0} reaches {1} in {2}",
        "{1} is reached in {2}",
        "{0} already meets {1}",
        "{0} does not reach {1} by {2}",
        "already met in {0}",
        "reached in {0}",
        "not by {0}",
        "not by {0} ({1} on this path)",
        "short by {0:.2f} pp ({1})",
        "above by {0:.2f} pp",
    ):
        assert needed in texts, needed
    # Every marked constant of the phrasebook, not only these.
    for name in ("STATUS_NOT_BY_AT_RATES", "GAP_EXACT", "MONEY_NOTE", "HAGUE_CATEGORIES"):
        assert getattr(phrases, name) in texts, name
    assert set(phrases.THRESHOLD_COLUMNS) <= texts


def test_lupdate_sees_the_window_too(extracted: dict[str, set[str]]) -> None:
    """The window's own self.tr() strings are still extracted, in their class contexts."""
    assert "Copy sentence" in extracted.get("SentenceBar", set())


# ----------------------------------------------------------- the committed .ts files

TS_DIR = PACKAGE.parent / "resources" / "translations"
LANGUAGES = ("fr", "es", "nl", "de")
# What a translation must carry over unchanged: str.format fields ({0}, {1:.2f}), Qt's %1 and
# %n, HTML tags and the window title's modified marker [*].
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d+|%n|</?[a-zA-Z][^>]*>|\[\*\]")
MNEMONIC = re.compile(r"&(?!&)(?=\S)")


def placeholders(text: str) -> list[str]:
    """The placeholders of ``text``, sorted (a translation may reorder them)."""
    return sorted(PLACEHOLDER.findall(text))


def _translations(lang: str) -> dict[tuple[str, str], str | None]:
    """``(context, source) → translation`` of one committed .ts; ``None`` if unfinished."""
    out: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(TS_DIR / f"calculator_{lang}.ts").getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            t = m.find("translation")
            done = t is not None and t.get("type") is None and bool(t.text)
            out[(name, m.findtext("source") or "")] = t.text if done and t is not None else None
    return out


def placeholder_problems(source: str, translation: str) -> list[str]:
    """What ``translation`` drops or adds against ``source``: placeholders, the mnemonic."""
    problems = []
    if placeholders(source) != placeholders(translation):
        problems.append(f"placeholders {placeholders(source)} != {placeholders(translation)}")
    if len(MNEMONIC.findall(source)) != len(MNEMONIC.findall(translation)):
        problems.append("the & mnemonic")
    if source[:1].isspace() != translation[:1].isspace():
        problems.append("leading space")
    if source[-1:].isspace() != translation[-1:].isspace():
        problems.append("trailing space")
    return problems


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_current_source_text_is_translated(lang: str, extracted: dict[str, set[str]]) -> None:
    """A fresh lupdate run finds no text that the committed .ts leaves untranslated.

    Fix: ``make translations``, then add the missing texts to ``packaging/translations/*.txt``
    and run ``make translations`` again (it lists what is still missing).
    """
    have = _translations(lang)
    missing = sorted(
        f"{context}: {source!r}"
        for context, sources in extracted.items()
        for source in sources
        if not have.get((context, source))
    )
    assert not missing, f"calculator_{lang}.ts lacks {len(missing)}:\n" + "\n".join(missing)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_every_placeholder(lang: str) -> None:
    bad = [
        f"{context}: {source!r} -> {text!r}: {', '.join(problems)}"
        for (context, source), text in _translations(lang).items()
        if text is not None and (problems := placeholder_problems(source, text))
    ]
    assert not bad, "\n".join(bad)


def test_the_placeholder_check_catches_drops_and_additions() -> None:
    assert placeholder_problems("short by {0:.2f} pp ({1})", "manque {0:.2f} pt ({1})") == []
    assert placeholder_problems("{0} in {1}", "{0} en {1} {2}")  # one added
    assert placeholder_problems("{0:.2f} %", "{0} %")  # a format spec dropped
    assert placeholder_problems("<b>Growth</b>: x", "Croissance : x")  # tags dropped
    assert placeholder_problems("&Save", "Enregistrer")  # mnemonic dropped
    assert placeholder_problems(" and {0} pinned", "et {0} épinglés")  # leading space lost


def test_ts_files_mark_no_stale_entries() -> None:
    """Obsolete and vanished entries are dropped (lupdate -no-obsolete, the fill script)."""
    for lang in LANGUAGES:
        root = ET.parse(TS_DIR / f"calculator_{lang}.ts").getroot()
        kinds = {t.get("type") for t in root.iter("translation")}
        assert not kinds & {"obsolete", "vanished"}, lang
        assert root.get("language", "").startswith(lang), lang
