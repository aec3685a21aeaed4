"""The bare bundle's app: one QMainWindow holding one pyqtgraph PlotWidget.

It is the yardstick for the real bundle's size and start-up (``packaging/bench_bundle.py``).
``--screenshot FILE.png`` lays the window out offscreen, grabs it and exits, the same steps as
``budget-calculator --screenshot`` (calculator/gui/app.py), so both starts time the same work.
"""

from __future__ import annotations

import sys


def main(argv: list[str]) -> int:
    import pyqtgraph as pg
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(argv[:1])
    window = QMainWindow()
    plot = pg.PlotWidget()
    plot.plot([2020, 2025, 2030, 2035], [1.5, 2.0, 2.6, 3.5])
    window.setCentralWidget(plot)
    size = (1400, 900)
    if "--screenshot" not in argv:
        window.resize(*size)
        window.show()
        return app.exec()
    target = argv[argv.index("--screenshot") + 1]
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    window.resize(*size)
    window.show()
    for _ in range(3):
        QApplication.processEvents()
    window.resize(*size)
    QApplication.processEvents()
    image = window.grab().toImage()
    window.close()
    if not image.save(target, "PNG"):
        print(f"could not write {target}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
