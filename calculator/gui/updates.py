"""Small Qt helpers for cheap updates: quiet writes and views that catch up when shown."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


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
