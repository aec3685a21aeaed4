"""Regenerate the user guide's pictures with the app itself, and copy the guide into the README.

``make guide`` runs this. Each picture is the app's own ``--lang LANG --screenshot FILE --view
VIEW`` (or, for the export, its own ``report -o FILE.png``), so the guide never shows an old
window, and each language's guide (``resources/guide/guide_<lang>.md``) shows the window in that
language: English in ``resources/guide/images/``, the others in ``images/<lang>/``. Every picture
is stored with a 256-colour palette (about a fifth of the full-colour size, no visible change
for a window of flat colours and text), so five languages keep the repository small. The
README's "User guide" section is the text of ``guide_en.md`` with its image paths made relative
to the repository; ``tests/gui/test_guide.py`` checks that they agree.

    python packaging/make_guide_screenshots.py [--check] [--lang fr,de]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT / "resources" / "guide"
IMAGES = GUIDE / "images"
README = ROOT / "README.md"
START = "<!-- guide:start (make guide copies resources/guide/guide_en.md here) -->"
END = "<!-- guide:end -->"
LANGUAGES = ("en", "fr", "es", "nl", "de")
MAX_BYTES = 150_000  # one picture, after the palette
SIZE = ["--size", "1280x720"]
SPAIN_8 = [*SIZE, "--country", "ESP", "--spending-growth", "8"]
# picture → the command-line arguments that make it
SHOTS: dict[str, list[str]] = {
    "share.png": [*SPAIN_8, "--screenshot", "{out}", "--view", "ally"],
    "money.png": [*SPAIN_8, "--screenshot", "{out}", "--view", "money"],
    "alliance.png": [*SIZE, "--screenshot", "{out}", "--view", "alliance"],
    "compare.png": [*SIZE, "--country", "ESP", "--screenshot", "{out}", "--view", "compare"],
    "fiscal.png": [*SPAIN_8, "--screenshot", "{out}", "--view", "fiscal"],
    "uncertainty.png": [*SPAIN_8, "--screenshot", "{out}", "--view", "uncertainty"],
    # the scenario after the command: options before it are not read by report
    "export.png": ["report", "--country", "ESP", "--spending-growth", "8", "-o", "{out}"],
}
OPTIONAL = {"uncertainty.png"}  # views a build may not have yet


def readme_section(guide_text: str) -> str:
    """The guide as the README shows it: headings one level down, images from the root.

    The guide's own title is left out: the README's "User guide" heading stands above it.
    """
    lines = []
    body = guide_text.strip().splitlines()
    if body and body[0].startswith("# "):
        body = body[1:]
    for line in body:
        if line.startswith("#"):
            line = "#" + line
        lines.append(line.replace("](images/", "](resources/guide/images/"))
    return "\n".join(lines)


def sync_readme(check: bool) -> bool:
    """Write the guide into the README between the markers; ``check``: only compare."""
    text = README.read_text(encoding="utf-8")
    if START not in text or END not in text:
        raise SystemExit(f"{README}: the guide markers are missing")
    head, rest = text.split(START, 1)
    _old, tail = rest.split(END, 1)
    section = readme_section((GUIDE / "guide_en.md").read_text(encoding="utf-8"))
    new = f"{head}{START}\n{section}\n{END}{tail}"
    if new == text:
        return True
    if check:
        return False
    tmp = README.with_suffix(".md.tmp")
    tmp.write_text(new, encoding="utf-8")
    tmp.replace(README)
    return True


def images_dir(lang: str) -> Path:
    """Where ``lang``'s pictures live: ``images/`` for English, ``images/<lang>/`` otherwise."""
    return IMAGES if lang == "en" else IMAGES / lang


def _shrink(path: Path) -> int:
    """Re-encode a picture with a 256-colour palette (no dithering); returns the new size."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    image = QImage(str(path)).convertToFormat(
        QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither
    )
    tmp = path.with_suffix(".tmp.png")
    if not image.save(str(tmp), "PNG", 0):
        raise SystemExit(f"{path}: cannot re-encode")
    tmp.replace(path)
    return path.stat().st_size


def shoot(languages: tuple[str, ...] = LANGUAGES) -> list[Path]:
    """Render every picture in each of ``languages``; returns the ones written."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    written = []
    total = 0
    for lang in languages:
        folder = images_dir(lang)
        folder.mkdir(parents=True, exist_ok=True)
        for name, args in SHOTS.items():
            out = folder / name
            cmd = [
                sys.executable,
                "-m",
                "calculator",
                "--lang",
                lang,
                *(a.replace("{out}", str(out)) for a in args),
            ]
            result = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
            if result.returncode != 0:
                if name in OPTIONAL:
                    print(f"skipped {lang}/{name}: {result.stderr.strip().splitlines()[-1:]}")
                    continue
                raise SystemExit(f"{' '.join(cmd)} failed:\n{result.stderr}")
            size = _shrink(out)
            if size > MAX_BYTES:
                raise SystemExit(
                    f"{out} is {size // 1000} KB (keep it under {MAX_BYTES // 1000} KB)"
                )
            print(f"{out.relative_to(ROOT)}  {size // 1000} KB")
            written.append(out)
            total += size
    print(f"{len(written)} pictures, {total / 1e6:.2f} MB in all")
    return written


def main() -> int:
    """Render the pictures and sync the README (``--check``: only check the README)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check the README section")
    parser.add_argument(
        "--lang",
        default=",".join(LANGUAGES),
        help="comma-separated languages to render (default: all five)",
    )
    args = parser.parse_args()
    languages = tuple(code.strip() for code in args.lang.split(",") if code.strip())
    unknown = [code for code in languages if code not in LANGUAGES]
    if unknown:
        parser.error(f"--lang: {', '.join(unknown)} is not one of {', '.join(LANGUAGES)}")
    if not args.check:
        shoot(languages)
    if not sync_readme(args.check):
        print("README.md's user guide differs from resources/guide/guide_en.md: run make guide")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
