"""The answer at a glance: a scoreboard of the thresholds above the chart, caveats beside it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Slot
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from calculator.core.models import Threshold
from calculator.core.montecarlo import MonteCarlo
from calculator.core.own_numbers import Money
from calculator.core.projection import Projection, ThresholdResult
from calculator.exports import phrases
from calculator.exports.own_numbers import chosen_units
from calculator.exports.palette import colour_of
from calculator.gui.controller import ScenarioController
from calculator.gui.phrasing import qt_tr
from calculator.gui.updates import SteadyText
from calculator.render.chart import MAX_THRESHOLDS, ProjectionPlots

TILE_MIN_WIDTH = 190  # below this a tile would say too little: the scoreboard scrolls instead


class ElidedLabel(QWidget):
    """A one-line text that ends in "…" when it is narrower than its text.

    Its full text stays in :meth:`text` (and the tile's tool tip and accessible name). It is
    not a :class:`QLabel`: a new text only repaints it. Its size does not depend on its text
    (but for the headline, whose width follows its text's), so a slider move that rewrites
    every tile asks for no layout (a QLabel asks its layout, and every layout up to the window,
    to be redone on each ``setText``), and a long status line cannot push the tiles wider than
    the window.
    """

    def __init__(self, parent: QWidget | None = None, *, fit_text: bool = False) -> None:
        super().__init__(parent)
        self._text = ""
        self._alignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        # fit_text: as wide as the text (the tile's headline, beside its note). A wider text
        # widens it at once; a narrower one gives the room back once the texts rest (as
        # SteadyText does), so "2031" and "not by 2035" in turn during a drag lay out once.
        self._fit_text = fit_text
        self._text_width = 0
        self._shrink: QTimer | None = None
        if fit_text:
            self._shrink = QTimer(self)
            self._shrink.setSingleShot(True)
            self._shrink.setInterval(SteadyText.SHRINK_AFTER_MS)
            self._shrink.timeout.connect(self._fit_width)
        policy = QSizePolicy.Policy.Preferred if fit_text else QSizePolicy.Policy.Expanding
        self.setSizePolicy(policy, QSizePolicy.Policy.Fixed)

    def text(self) -> str:
        """The full text."""
        return self._text

    def setText(self, text: str) -> None:
        """Show ``text`` (a repaint of this line only)."""
        if text != self._text:
            self._text = text
            self.update()
            if self._shrink is not None:
                width = self.fontMetrics().horizontalAdvance(text)
                if width > self._text_width or not self.isVisible():
                    self._text_width = width
                    self.updateGeometry()
                elif width < self._text_width:
                    self._shrink.start()

    @Slot()
    def _fit_width(self) -> None:
        width = self.fontMetrics().horizontalAdvance(self._text)
        if width != self._text_width:
            self._text_width = width
            self.updateGeometry()

    def setAlignment(self, alignment: Qt.AlignmentFlag) -> None:
        """Where the text sits in the line."""
        self._alignment = alignment
        self.update()

    def alignment(self) -> Qt.AlignmentFlag:
        """Where the text sits in the line."""
        return self._alignment

    def set_colour(self, colour: str) -> None:
        """Draw the text in ``colour``."""
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
        self.setPalette(palette)

    def sizeHint(self) -> QSize:
        """One line of the font; as wide as the text only with ``fit_text``."""
        width = self._text_width + 2 if self._fit_text else 0
        return QSize(width, self.fontMetrics().height() + 1)

    def minimumSizeHint(self) -> QSize:
        """No minimum width of its own."""
        return QSize(0, self.fontMetrics().height() + 1)

    def changeEvent(self, event: QEvent) -> None:
        """A new font gives the text another width."""
        super().changeEvent(event)
        if self._fit_text and event.type() == QEvent.Type.FontChange:
            self._text_width = self.fontMetrics().horizontalAdvance(self._text)
            self.updateGeometry()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the text cut with an ellipsis to the width."""
        painter = QPainter(self)
        metrics = self.fontMetrics()
        text = metrics.elidedText(self._text, Qt.TextElideMode.ElideRight, self.width())
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(self.rect(), int(self._alignment), text)


TILE_STYLE = (
    "QFrame#tile {{ background: #FAFAFA; border: 1px solid #DDDDDD;"
    " border-left: 5px solid {0}; border-radius: 3px; }}"
)


def _font(base: QFont, scale: float, *, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * scale)
    font.setBold(bold)
    return font


class ScoreTile(QFrame):
    """One threshold: the year reached (large), the gap at its target year, the growth it needs.

    Every line has a fixed height, so a slider move changes texts but never the tile's size.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # the keyboard reaches every result
        base = self.font()
        self.title = ElidedLabel(self)
        self.title.setFont(_font(base, 0.92, bold=True))
        self.headline = ElidedLabel(self, fit_text=True)
        self.headline.setFont(_font(base, 1.55, bold=True))
        self.note = ElidedLabel(self)
        self.note.setFont(_font(base, 0.92))
        self.gap = ElidedLabel(self)
        self.growth = ElidedLabel(self)
        small = _font(base, 0.92)
        # "3.5 % by 2035: 62 %": shown only while uncertainty is on (see Scoreboard.set_odds)
        self.odds = ElidedLabel(self)
        self.odds.setFont(_font(base, 0.92, bold=True))
        self.odds.setVisible(False)
        for label in (self.gap, self.growth):
            label.setFont(small)
        for label in (self.title, self.headline, self.note, self.gap, self.growth, self.odds):
            label.setFixedHeight(QFontMetrics(label.font()).height() + 1)
        self.note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        self.note.setFixedHeight(self.headline.height())
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.headline)
        top.addWidget(self.note, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(9, 3, 6, 3)
        layout.setSpacing(0)
        layout.addWidget(self.title)
        layout.addLayout(top)
        layout.addWidget(self.gap)
        layout.addWidget(self.growth)
        layout.addWidget(self.odds)
        self._colour = ""
        self.threshold: Threshold | None = None
        self.setStyleSheet(TILE_STYLE.format("#DDDDDD"))  # borders counted in the size hint
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(TILE_MIN_WIDTH)

    def set_result(
        self, proj: Projection, res: ThresholdResult, units: Money | None = None
    ) -> None:
        """Show one threshold's result (only changed texts are set); money in ``units``."""
        text = phrases.scoreboard_tile(proj, res, qt_tr, units)
        self.threshold = res.threshold
        colour = colour_of(res.threshold)
        if colour != self._colour:
            self._colour = colour
            self.setStyleSheet(TILE_STYLE.format(colour))
            self.title.set_colour(colour)
        for label, value in (
            (self.title, text.title),
            (self.headline, text.headline),
            (self.note, text.note),
            (self.gap, text.gap),
            (self.growth, text.growth),
        ):
            if label.text() != value:
                label.setText(value)
        name = " · ".join(
            part for part in (text.headline, text.note, text.gap, text.growth) if part
        )
        if not self.odds.isHidden() and self.odds.text():
            name += " · " + self.odds.text()
        self.setAccessibleName(f"{text.title}: {name}")
        self.setToolTip(self.accessibleName())

    def set_odds(self, text: str) -> None:
        """Show the probability line (``3.5 % by 2035: 62 %``); its height never changes."""
        if self.odds.text() != text:
            self.odds.setText(text)

    def texts(self) -> list[str]:
        """What the tile says, line by line (for tests and the clipboard)."""
        return [
            label.text() for label in (self.title, self.headline, self.note, self.gap, self.growth)
        ]


class Scoreboard(QScrollArea):
    """One tile per enabled threshold, side by side above the chart.

    Tiles are made when the number of thresholds grows and hidden when it shrinks; a slider
    move only sets their texts. Many thresholds on a narrow window scroll sideways rather
    than clip.
    """

    def __init__(self, controller: ScenarioController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(self.tr("Scoreboard"))
        inner = QWidget(self)
        self._row = QHBoxLayout(inner)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(6)
        self.tiles: list[ScoreTile] = []
        self.none_label = QLabel(self.tr("No threshold is switched on."), inner)
        self._row.addWidget(self.none_label)
        self.setWidget(inner)
        tile_height = ScoreTile().sizeHint().height()
        self._tile_height = tile_height
        self._odds_shown = False
        self._mc: MonteCarlo | None = None
        self._fit_height(False)
        self._controller = controller  # its dataset converts money to the chosen units
        controller.projectionChanged.connect(self.set_projection)
        self.set_projection(controller.projection)

    def _fit_height(self, scrolls: bool) -> None:
        bar = self.horizontalScrollBar().sizeHint().height() if scrolls else 0
        height = self._tile_height + bar
        if self.height() != height or self.minimumHeight() != height:
            self.setFixedHeight(height)

    @Slot(object)
    def set_projection(self, proj: Projection) -> None:
        """Show one tile per threshold of ``proj``."""
        results = proj.thresholds[:MAX_THRESHOLDS]
        units = chosen_units(proj, self._controller.dataset)  # the money panel's units
        while len(self.tiles) < len(results):
            tile = ScoreTile(self.widget())
            tile.odds.setVisible(self._odds_shown)
            self._row.addWidget(tile, 1)
            self.tiles.append(tile)
        for i, tile in enumerate(self.tiles):
            shown = i < len(results)
            if shown:
                tile.set_result(proj, results[i], units)
            if tile.isHidden() == shown:
                tile.setVisible(shown)
        self.none_label.setVisible(not results)
        if self._odds_shown:
            self.set_odds(self._mc)

    def set_odds_shown(self, shown: bool) -> None:
        """Add or remove the probability line of every tile (uncertainty on or off)."""
        if shown == self._odds_shown:
            return
        self._odds_shown = shown
        for tile in self.tiles:
            tile.odds.setVisible(shown)
        probe = ScoreTile()
        probe.odds.setVisible(shown)
        self._tile_height = probe.sizeHint().height()
        probe.deleteLater()
        need = self._row.minimumSize().width()
        self._fit_height(need > self.viewport().width())
        self.set_odds(None)

    def set_odds(self, mc: MonteCarlo | None) -> None:
        """Each tile's probability of its threshold by its target year; ``None``: pending."""
        self._mc = mc
        odds = {} if mc is None else {o.threshold: o.probability for o in mc.odds}
        for tile in self.tiles:
            th = tile.threshold
            if th is None or tile.isHidden():
                continue
            p = odds.get(th)
            text = (
                phrases.probability_pending_text(th, qt_tr)
                if p is None
                else phrases.probability_text(th, p, qt_tr)
            )
            tile.set_odds(text if self._odds_shown else "")

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Make room for the sideways scroll bar only when the tiles need it."""
        super().resizeEvent(event)
        need = self._row.minimumSize().width()
        self._fit_height(need > self.viewport().width())


class CaveatBanner(QScrollArea):
    """The ally's caveats beside the chart, and where published and derived money differ.

    Luxembourg's GDP break, Bulgaria in leva, the Netherlands' basis, fiscal years. Scrolls
    rather than cuts a long text off; hidden when there is nothing to say. Its text changes
    with the ally, not with a slider move.
    """

    STYLE = (
        "QLabel { background: #FFF4D6; color: #5A4300; border: 1px solid #E6C25A;"
        " border-radius: 3px; padding: 5px 7px; }"
    )

    def __init__(
        self, controller: ScenarioController, plots: ProjectionPlots, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._plots = plots
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.label.setStyleSheet(self.STYLE)
        self.label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.label.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.label.setAccessibleName(self.tr("Caveats for this ally"))
        inner = QWidget(self)
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.label)
        column.addStretch(1)  # the note sits at the top, as tall as its text
        self.setWidget(inner)
        self.viewport().setAutoFillBackground(False)
        inner.setAutoFillBackground(False)
        width = self.fontMetrics().horizontalAdvance("x") * 34
        self.setFixedWidth(width)
        controller.projectionChanged.connect(self.set_projection)
        self.set_projection(controller.projection)

    def caveats(self, proj: Projection) -> list[str]:
        """The caveats that apply to ``proj``'s ally, most important first."""
        out: list[str] = []
        if proj.country.note:  # Luxembourg's GDP break, Bulgaria in leva, NL basis, fiscal years
            out.append(proj.country.note)
        step = self._plots.money_step(proj)
        if step is not None:
            out.append(phrases.money_step_note(proj, *step, qt_tr))
        return out

    @Slot(object)
    def set_projection(self, proj: Projection) -> None:
        """Show the caveats of ``proj`` (hidden when there are none)."""
        text = "\n\n".join(self.caveats(proj))
        if text != self.label.text():
            self.label.setText(text)
        if self.isHidden() == bool(text) or not self.testAttribute(
            Qt.WidgetAttribute.WA_WState_ExplicitShowHide
        ):
            self.setVisible(bool(text))
