"""Small Qt helpers for cheap updates: quiet writes, views that catch up when shown, steady texts."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


@contextmanager
def signals_blocked(obj: QObject) -> Iterator[None]:
    """Block ``obj``'s signals inside the block (model → view writes that must not echo).

    As superqt's helper of the same name, without importing superqt (and qtpy) at start-up.
    """
    previous = obj.blockSignals(True)
    try:
        yield
    finally:
        obj.blockSignals(previous)


class WhenShown(QObject):
    """Hand the latest value to ``apply`` now, or when ``widget`` is next shown.

    While the window is on screen but ``widget`` is not (another tab is in front), values are
    only kept: a slider drag costs nothing for the views nobody sees, and the last value is
    applied once when the widget is shown. Before the window is shown (tests, exports) every
    value is applied at once, so what the widgets hold is always readable.
    """

    def __init__(self, widget: QWidget, apply: Callable[[Any], object]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._apply = apply
        self._pending: tuple[Any] | None = None
        widget.installEventFilter(self)

    def __call__(self, value: Any) -> None:
        """Apply ``value`` if anyone can see it, else keep it for the next show."""
        widget = self._widget
        if widget.isVisible() or not widget.window().isVisible():
            self._pending = None
            self._apply(value)
        else:
            self._pending = (value,)

    @property
    def pending(self) -> bool:
        """Whether a value waits for the widget to be shown."""
        return self._pending is not None

    def flush(self) -> None:
        """Apply a waiting value now."""
        if self._pending is not None:
            (value,) = self._pending
            self._pending = None
            self._apply(value)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Catch up when the widget is shown."""
        # getattr: Qt may filter events while the widget is being built or torn down.
        if watched is getattr(self, "_widget", None) and event.type() == QEvent.Type.Show:
            self.flush()
        return False


class SteadyText(QWidget):
    """A word-wrapped, selectable text whose changes do not re-lay-out the window.

    A :class:`QLabel` asks for its layout (and so every layout up to the window) to be redone
    on every ``setText``, and a selectable one lays its text out in a text document, several
    times slower than plain text (0.65 ms against 0.1 ms for a paragraph), each time a layout
    asks its height. Here the label sits in a container with no layout: the container
    measures the text with the font's metrics and asks for a new layout only when the text
    needs more room, or :data:`SHRINK_AFTER_MS` after the last change when it needs less. A
    slider drag (or a held arrow key) whose texts wrap to one line more and fewer in turn
    re-lays-out the window at most once, when a text first needs the extra line, and once
    more when the slider rests.

    The text is selectable as before, but only while the pointer is over it or it has the
    focus (the label takes its interaction flags then and drops them when it has neither): a
    drag of a slider elsewhere rewrites plain text.

    :attr:`label` is the :class:`QLabel`; :meth:`text` and :meth:`setText` are the
    container's, and the few QLabel settings the window uses are passed on.
    """

    #: A text that needs less room gives it back this long after the last change.
    SHRINK_AFTER_MS = 300

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self._alignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        self.label.setAlignment(self._alignment)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.label.installEventFilter(self)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setFocusProxy(self.label)
        self._flags = Qt.TextInteractionFlag.NoTextInteraction  # applied while pointed at
        self._heights: dict[int, int] = {}  # width → height for the current text
        self._floor = 0  # the height kept until the shrink timer lets it go
        self._shrink = QTimer(self)
        self._shrink.setSingleShot(True)
        self._shrink.setInterval(self.SHRINK_AFTER_MS)
        self._shrink.timeout.connect(self._on_shrink_timeout)

    # ------------------------------------------------------------------ what QLabel offered
    def text(self) -> str:
        """The text on show."""
        return str(self.label.text())

    def setText(self, text: str) -> None:
        """Show ``text``; the window's layout is asked again only if its height changes."""
        if text == self.label.text():
            return
        # The height on show is kept (grown if need be) until the text rests.
        self._floor = max(self._floor, self.height()) if self.isVisible() else 0
        self.label.setText(text)
        self._heights.clear()
        if self.heightForWidth(self.width()) != self.height():
            self.updateGeometry()
        if self._floor:
            self._shrink.start()

    def setTextInteractionFlags(self, flags: Qt.TextInteractionFlag) -> None:
        """Selectable by mouse or keyboard (while pointed at or focused, see the class doc).

        The label takes the flags (and with them QLabel's click focus) when pointed at: a
        plain label without a focus policy also paints once per change, where a focusable
        one asks for a second repaint each time.
        """
        self._flags = flags
        if self.label.underMouse() or self.label.hasFocus():
            self.label.setTextInteractionFlags(flags)

    def textInteractionFlags(self) -> Qt.TextInteractionFlag:
        """The interaction the text offers when pointed at."""
        return self._flags

    def setAlignment(self, alignment: Qt.AlignmentFlag) -> None:
        """As :meth:`QLabel.setAlignment`."""
        self._alignment = alignment
        self.label.setAlignment(alignment)
        self._heights.clear()

    def setAccessibleName(self, name: str) -> None:
        """Name the label (what screen readers read)."""
        super().setAccessibleName(name)
        self.label.setAccessibleName(name)

    @Slot()
    def _on_shrink_timeout(self) -> None:
        self._floor = 0
        if self.heightForWidth(self.width()) != self.height():
            self.updateGeometry()

    # ------------------------------------------------------------------ size and layout
    def hasHeightForWidth(self) -> bool:
        """The height depends on the width (the text wraps)."""
        return True

    def _text_height(self, width: int) -> int:
        """The label's height for ``width``, measured as a plain QLabel measures its text."""
        label = self.label
        margins = label.contentsMargins()
        extra = 2 * label.margin()
        room = max(1, width - margins.left() - margins.right() - extra)
        flags = int(self._alignment) | int(Qt.TextFlag.TextWordWrap)
        box = label.fontMetrics().boundingRect(QRect(0, 0, room, 2000), flags, label.text())
        return box.height() + margins.top() + margins.bottom() + extra

    def heightForWidth(self, width: int) -> int:
        """The height the text needs at ``width`` (not less than the height kept for now)."""
        need = self._heights.get(width)
        if need is None:
            need = self._heights[width] = self._text_height(width)
        return max(need, self._floor, self.minimumHeight())

    def sizeHint(self) -> QSize:
        """A width of about 60 characters, whatever the text (the text does not widen it)."""
        width = self.fontMetrics().averageCharWidth() * 60
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        """About 16 characters wide, one line high, whatever the text."""
        metrics = self.fontMetrics()
        return QSize(metrics.averageCharWidth() * 16, metrics.lineSpacing())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The label fills the container; a new width fits the height to the text at once."""
        super().resizeEvent(event)
        self.label.setGeometry(self.rect())
        if event.oldSize().width() != event.size().width() and self._floor:
            self._floor = 0  # a resize of the window re-lays it out anyway
            self._shrink.stop()
            self.updateGeometry()

    def changeEvent(self, event: QEvent) -> None:
        """A new font or style changes the heights."""
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._heights.clear()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Selectable while pointed at or focused; plain (cheap to rewrite) otherwise."""
        label: QLabel | None = getattr(self, "label", None)  # Qt may filter while it is built
        if watched is label and label is not None:
            kind = event.type()
            if kind in (QEvent.Type.Enter, QEvent.Type.FocusIn):
                if label.textInteractionFlags() != self._flags:
                    label.setTextInteractionFlags(self._flags)
            elif (kind == QEvent.Type.Leave and not label.hasFocus()) or (
                kind == QEvent.Type.FocusOut and not label.underMouse()
            ):
                self._plain()
        return False

    def _plain(self) -> None:
        """Drop the interaction flags (and the text document they need) until pointed at."""
        label = self.label
        if label.textInteractionFlags() != Qt.TextInteractionFlag.NoTextInteraction:
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
