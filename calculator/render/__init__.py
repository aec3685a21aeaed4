"""Qt drawing without the window: the chart builder, chart images, the PDF brief, report dispatch.

Imports Qt and pyqtgraph, never :mod:`calculator.gui`; the window and the exports draw the same
chart from here.
"""
