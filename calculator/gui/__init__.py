"""The desktop window: widgets; with calculator.render, the only packages that import PySide6 and pyqtgraph."""
