"""Help dialogs: the method in plain words, and where the data comes from."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from calculator import __version__
from calculator.core.dataset import Dataset
from calculator.exports.phrases import HAGUE_CATEGORIES, NATO_DEFINITION, say
from calculator.gui.phrasing import qt_tr


class _TextDialog(QDialog):
    def __init__(self, title: str, html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(680, 560)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)  # offline tool: links are shown, not followed
        self.browser.setOpenLinks(False)
        self.browser.setHtml(html)
        self.browser.setAccessibleName(title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)


class MethodologyDialog(_TextDialog):
    """How the calculator computes: the model of DESIGN.md section 4, written for users."""

    def __init__(self, parent: QWidget | None = None) -> None:
        tr = self.tr
        html = "".join(
            [
                "<h2>",
                tr("How the calculator works"),
                "</h2>",
                "<h3>",
                tr("Starting point"),
                "</h3><p>",
                tr(
                    "The base year is the latest year with a NATO figure for the ally (2026, an "
                    "estimate, in the July 2026 edition). Core defence spending in the base year is "
                    "NATO's share of GDP times the IMF's nominal GDP for that year, in the ally's own "
                    "currency. Money the calculator derives this way is labelled as derived; NATO's "
                    "own published amounts are shown beside the history."
                ),
                "</p>",
                "<h3>",
                tr("The economy"),
                "</h3><p>",
                tr(
                    "Each year GDP grows by real growth and by GDP-deflator inflation: "
                    "GDP<sub>t</sub> = GDP<sub>t−1</sub> × (1 + g<sub>t</sub>) × (1 + p<sub>t</sub>). "
                    "The IMF baseline uses the IMF World Economic Outlook (October 2025) to 2030 and "
                    "holds the 2030 rates afterwards; with it the projected GDP reproduces the IMF's "
                    "figures. The constant preset uses your rates for every year. Adjustments add "
                    "percentage points on top of either."
                ),
                "</p>",
                "<h3>",
                tr("Core defence spending"),
                "</h3><ul>",
                "<li>",
                tr("<b>Constant share</b>: the base-year share every year (no policy change)."),
                "</li>",
                "<li>",
                tr(
                    "<b>Growth</b>: spending grows by a rate each year, in cash (nominal) or "
                    "on top of inflation (real)."
                ),
                "</li>",
                "<li>",
                tr(
                    "<b>Glide path</b>: the share moves in a straight line to a target by a "
                    "year, then holds."
                ),
                "</li>",
                "<li>",
                tr("<b>Increment</b>: a fixed amount in national currency is added each year."),
                "</li>",
                "<li>",
                tr("<b>Custom</b>: your points (share or amount), joined by straight lines."),
                "</li></ul>",
                "<h3>",
                tr("Related spending (the 1.5 % track)"),
                "</h3><p>",
                escape(say(HAGUE_CATEGORIES, qt_tr)),
                " ",
                tr(
                    "It has its own share path and counts towards the total up to 1.5 % of GDP. NATO "
                    "publishes no per-ally figure for it, so it starts at 0 %."
                ),
                "</p>",
                "<h3>",
                tr("Thresholds"),
                "</h3><p>",
                tr(
                    "A threshold is reached in the first year whose share is at or above it; if the "
                    "base year already is, it is 'already met'. 'Holds' says whether the share stays "
                    "above it to the horizon. The gap is measured at the target year, in points of "
                    "GDP and in money. Required growth is the constant nominal growth of core "
                    "spending from the base year that reaches the threshold at its target year."
                ),
                "</p>",
                "<h3>",
                tr("Hague path check"),
                "</h3><p>",
                tr(
                    "Allies agreed to submit annual plans showing a credible, incremental path to "
                    "3.5 % by 2035, reviewed in 2029. The check asks whether the core share never "
                    "falls, whether it reaches 3.5 % by 2035, and where it stands in 2029 against a "
                    "straight line from the base year to 3.5 % in 2035."
                ),
                "</p>",
                "<h3>",
                tr("Baselines"),
                "</h3><p>",
                tr(
                    "Extra spending is compared with a constant share of GDP, a cash freeze (the "
                    "base-year amount every year) and a real freeze (the base-year amount indexed to "
                    "the GDP deflator)."
                ),
                "</p>",
                "<h3>",
                tr("NATO's definition"),
                "</h3><p>",
                escape(say(NATO_DEFINITION, qt_tr)),
                " ",
                tr(
                    "NATO's year is the fiscal year holding most of its months (2025 = FY 2025/26 "
                    "for Canada and the United Kingdom)."
                ),
                "</p>",
            ]
        )
        super().__init__(self.tr("Methodology"), html, parent)


class AboutDialog(_TextDialog):
    """Version, dataset identity and every source with edition, cut-off and address."""

    def __init__(self, dataset: Dataset, parent: QWidget | None = None) -> None:
        tr = self.tr
        m = dataset.manifest
        rows = []
        for s in m.sources:
            rows.append(
                f"<li><b>{escape(s.title)}</b> ({escape(s.publisher)}), "
                + escape(
                    tr("edition {0}, released {1}, cut-off {2}").format(
                        s.edition, s.released, s.cut_off
                    )
                )
                + (
                    ". " + escape(tr("Estimates or projections: {0}").format(s.estimates))
                    if s.estimates
                    else ""
                )
                + f"<br><span style='color:#555'>{escape(s.url)}</span></li>"
            )
        html = "".join(
            [
                "<h2>",
                tr("Defence Budget What-If Calculator"),
                "</h2>",
                "<p>",
                escape(
                    tr("Version {0}. Works offline: all data ships with the app.").format(
                        __version__
                    )
                ),
                "</p>",
                "<p>",
                escape(tr("Dataset: {0} — {1}").format(m.id, m.title)),
                "</p>",
                "<h3>",
                tr("Sources"),
                "</h3><ul>",
                *rows,
                "</ul>",
                "<h3>",
                tr("Notes"),
                "</h3><ul>",
                *(f"<li>{escape(n)}</li>" for n in m.notes),
                "</ul>",
            ]
        )
        super().__init__(self.tr("About"), html, parent)
