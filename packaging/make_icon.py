"""Draw the app icon: ``resources/images/icon.svg`` and, rendered from it, ``icon.png``/``icon.ico``.

A shield (defence) holding three rising bars (spending) under a dashed threshold line, in the
chart's colour-blind-safe palette. The SVG is the source; the PNG (256 px, for the Linux desktop
entry and the window) and the ICO (Windows executable) are rendered from it with QtSvg, so the
three never disagree. Run it again after changing the drawing:
``QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icon.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

IMAGES = Path(__file__).resolve().parents[1] / "resources" / "images"

# Okabe-Ito blue and orange (the chart's palette) on a dark navy tile.
SVG = """\
<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <title>Defence Budget What-If Calculator</title>
  <rect x="8" y="8" width="240" height="240" rx="44" fill="#14213d"/>
  <path d="M128 30 L206 58 V122 C206 170 174 206 128 226 C82 206 50 170 50 122 V58 Z"
        fill="#f5f7fa" stroke="#0072b2" stroke-width="8" stroke-linejoin="round"/>
  <rect x="80" y="146" width="24" height="42" rx="3" fill="#0072b2"/>
  <rect x="116" y="118" width="24" height="70" rx="3" fill="#0072b2"/>
  <rect x="152" y="86" width="24" height="102" rx="3" fill="#e69f00"/>
  <line x1="66" y1="104" x2="190" y2="104" stroke="#d55e00" stroke-width="6"
        stroke-dasharray="12 8" stroke-linecap="round"/>
</svg>
"""


def main() -> int:
    from PySide6.QtCore import QByteArray, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication(sys.argv[:1])
    IMAGES.mkdir(parents=True, exist_ok=True)
    (IMAGES / "icon.svg").write_text(SVG, encoding="utf-8")
    renderer = QSvgRenderer(QByteArray(SVG.encode("utf-8")))
    if not renderer.isValid():
        print("icon.svg does not parse", file=sys.stderr)
        return 1
    for name, size in (("icon.png", 256), ("icon.ico", 256)):
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        if not image.save(str(IMAGES / name)):
            print(f"could not write {IMAGES / name}", file=sys.stderr)
            return 1
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
