"""Small reusable input widgets: a float slider paired with a typed spin box."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QDoubleSpinBox, QHBoxLayout, QSlider, QWidget

from calculator.gui.updates import signals_blocked


class ValueSlider(QWidget):
    """A horizontal slider and a spin box (with units) editing one float.

    The integer slider ↔ float value mapping lives here only (``scale`` steps per unit).
    :attr:`valueChanged` fires once per real change, from either part. The slider covers the
    usual range (``minimum``..``maximum``); ``typed_range`` lets the spin box accept the whole
    range the model allows (a typed 30 % inflation rests the slider at its end).

    Slider moves are coalesced: the spin box follows at once, and :attr:`valueChanged` fires
    from a zero-delay single-shot timer with the latest value, so a burst of moves that arrive
    within one turn of the event loop (a fast drag) costs one update of the window, not one
    per move. Typed values and :meth:`setValue` emit at once. :attr:`dragStarted` and
    :attr:`dragFinished` bracket a drag of the handle (the last value is emitted first).
    """

    valueChanged = Signal(float)
    dragStarted = Signal()
    dragFinished = Signal()

    def __init__(
        self,
        minimum: float,
        maximum: float,
        *,
        decimals: int = 1,
        step: float = 0.1,
        suffix: str = "",
        typed_range: tuple[float, float] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._scale = round(1.0 / step)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(round(minimum * self._scale), round(maximum * self._scale))
        self.slider.setSingleStep(1)
        self.slider.setPageStep(max(1, self._scale))
        self.spin = QDoubleSpinBox(self)
        self.spin.setRange(*(typed_range or (minimum, maximum)))
        self.spin.setDecimals(decimals)
        self.spin.setSingleStep(step)
        self.spin.setSuffix(suffix)
        self.spin.setKeyboardTracking(False)  # typed values apply on Enter or focus out
        self.spin.setAccelerated(True)
        self.spin.setMinimumWidth(
            self.spin.fontMetrics().horizontalAdvance("-100.00 bn XXX") // 2 + 40
        )
        self._help = ""  # the accessible description given by the panel
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.slider.setMinimumWidth(80)  # never squeezed to a square by its neighbours
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.spin)
        self.setFocusProxy(self.spin)
        # The latest slider value waits for one turn of the event loop (see the class doc): a
        # zero-delay timer fires after the events already queued (the rest of a burst of
        # mouse moves), so they all become one change.
        self._emit_timer = QTimer(self)
        self._emit_timer.setSingleShot(True)
        self._emit_timer.setInterval(0)
        self._emit_timer.timeout.connect(self._emit_value)
        self.slider.valueChanged.connect(self._on_slider_value_changed)
        self.slider.sliderPressed.connect(self._on_slider_slider_pressed)
        self.slider.sliderReleased.connect(self._on_slider_slider_released)
        self.spin.valueChanged.connect(self._on_spin_value_changed)
        # a new suffix (" · IMF path") changes what is read out, too
        self.spin.lineEdit().textChanged.connect(self._on_spin_text_changed)
        self._update_accessible_value()

    def value(self) -> float:
        """The current value (the spin box holds the exact number)."""
        return float(self.spin.value())

    def setValue(self, value: float) -> None:
        """Set the value without emitting :attr:`valueChanged`-loops (emits once if it moved)."""
        if abs(value - self.spin.value()) < 1e-12:
            return
        self.spin.setValue(value)

    @property
    def pending(self) -> bool:
        """Whether a slider move waits to be emitted (see :meth:`flush`)."""
        return self._emit_timer.isActive()

    def flush(self) -> None:
        """Emit a waiting slider move now (else it goes on the next turn of the event loop)."""
        if self._emit_timer.isActive():
            self._emit_timer.stop()
            self._emit_value()

    @Slot()
    def _emit_value(self) -> None:
        self.valueChanged.emit(float(self.spin.value()))

    def set_value_silently(self, value: float) -> None:
        """Show ``value`` without emitting anything (model → view)."""
        self._emit_timer.stop()  # the model's value wins over a move not yet emitted
        with signals_blocked(self.spin), signals_blocked(self.slider):
            self.spin.setValue(value)
            self.slider.setValue(self._position(value))
        self._update_accessible_value()

    def value_text(self) -> str:
        """The value as the spin box writes it, with its unit: ``8.0 % a year``."""
        spin = self.spin
        return f"{spin.prefix()}{spin.textFromValue(spin.value())}{spin.suffix()}".strip()

    def setAccessibleDescription(self, description: str) -> None:
        """Describe both parts; the slider's description starts with its value and unit."""
        self._help = description
        super().setAccessibleDescription(description)
        self.spin.setAccessibleDescription(description)
        self._update_accessible_value()

    @Slot(str)
    def _on_spin_text_changed(self, _text: str) -> None:
        self._update_accessible_value()

    def _update_accessible_value(self) -> None:
        # A QSlider reports its integer position (80 for 8.0 %) as its accessible value, so
        # screen readers also get the value with its unit in the description, kept current.
        text = self.value_text()
        if self._help:
            text = f"{text}. {self._help}"
        if self.slider.accessibleDescription() != text:
            self.slider.setAccessibleDescription(text)

    def setAccessibleName(self, name: str) -> None:
        """Name both parts for screen readers."""
        super().setAccessibleName(name)
        self.slider.setAccessibleName(name)
        self.spin.setAccessibleName(name)

    def setToolTip(self, tip: str) -> None:
        """Explain both parts."""
        super().setToolTip(tip)
        self.slider.setToolTip(tip)
        self.spin.setToolTip(tip)

    def _position(self, value: float) -> int:
        """The slider position for ``value``, held at the slider's ends beyond its range."""
        return min(max(round(value * self._scale), self.slider.minimum()), self.slider.maximum())

    @Slot(int)
    def _on_slider_value_changed(self, position: int) -> None:
        value = position / self._scale
        with signals_blocked(self.spin):
            self.spin.setValue(value)
        self._update_accessible_value()
        self._emit_timer.start()  # coalesced: the latest value, once, on the next turn

    @Slot()
    def _on_slider_slider_pressed(self) -> None:
        self.dragStarted.emit()

    @Slot()
    def _on_slider_slider_released(self) -> None:
        self.flush()
        self.dragFinished.emit()

    @Slot(float)
    def _on_spin_value_changed(self, value: float) -> None:
        self._emit_timer.stop()  # a typed value supersedes a move not yet emitted
        with signals_blocked(self.slider):
            self.slider.setValue(self._position(value))
        self._update_accessible_value()
        self.valueChanged.emit(float(value))
