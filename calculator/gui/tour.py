"""The first-run tour: three steps (pick an ally, move a slider, export), each pointing at its control.

A small non-modal dialog beside the window with Back, Next and Skip; a frame outlines the
control the step talks about. Keyboard only: Enter goes on, Esc skips, Tab moves between
the buttons. Shown once on a first start (remembered in ``QSettings`` by the window's help
actions) and again from Help > Tour.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

HIGHLIGHT_COLOUR = "#0072B2"  # the palette's blue: 5.2:1 on white, a graphic needs 3:1


@dataclass(frozen=True)
class TourStep:
    """One step: its title, what to do, and what it points at.

    ``target`` gives a control, a rectangle in the window's coordinates (a menu title has no
    widget of its own) or ``None`` (nothing outlined).
    """

    title: str
    text: str
    target: Callable[[], QWidget | QRect | None]


class _Highlight(QFrame):
    """A coloured outline drawn over the window around one control; clicks pass through."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setStyleSheet(
            f"QFrame {{ border: 3px solid {HIGHLIGHT_COLOUR}; border-radius: 4px;"
            " background: transparent; }"
        )
        self.hide()

    def outline(self, target: QWidget | QRect | None) -> None:
        window = self.parentWidget()
        if isinstance(target, QWidget) and window is not None and target.isVisible():
            target = QRect(target.mapTo(window, QPoint(0, 0)), target.size())
        if not isinstance(target, QRect) or target.isEmpty():
            self.hide()
            return
        self.setGeometry(target.adjusted(-4, -4, 4, 4))
        self.show()
        self.raise_()


class TourDialog(QDialog):
    """The tour itself: :attr:`finished_tour` fires when it is done or skipped."""

    finished_tour = Signal()

    def __init__(self, steps: list[TourStep], parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tour"))
        self.setModal(False)
        self.steps = steps
        self.index = 0
        self.highlight = _Highlight(parent)
        self.counter = QLabel(self)
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setMinimumWidth(340)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.back_button = QPushButton(self.tr("&Back"), self)
        self.next_button = QPushButton(self.tr("&Next"), self)
        self.skip_button = QPushButton(self.tr("&Skip tour"), self)
        self.back_button.setAccessibleDescription(self.tr("The previous step"))
        self.skip_button.setAccessibleDescription(
            self.tr("Close the tour; Help > Tour shows it again")
        )
        self.next_button.setDefault(True)
        self.next_button.setAutoDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counter)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        self.back_button.clicked.connect(self._on_back_button_clicked)
        self.next_button.clicked.connect(self._on_next_button_clicked)
        self.skip_button.clicked.connect(self.reject)
        self.finished.connect(self._on_finished)  # Done, Skip, Esc and the window's close button
        self.show_step(0)

    def show_step(self, index: int) -> None:
        """Show step ``index`` (0-based) and outline its control."""
        self.index = max(0, min(index, len(self.steps) - 1))
        step = self.steps[self.index]
        last = self.index == len(self.steps) - 1
        self.counter.setText(self.tr("Step {0} of {1}").format(self.index + 1, len(self.steps)))
        self.title.setText(step.title)
        self.text.setText(step.text)
        self.setAccessibleDescription(f"{self.counter.text()}: {step.title}. {step.text}")
        self.back_button.setEnabled(self.index > 0)
        self.next_button.setText(self.tr("&Done") if last else self.tr("&Next"))
        self.next_button.setAccessibleDescription(
            self.tr("Close the tour") if last else self.tr("The next step")
        )
        self.highlight.outline(step.target())
        self.next_button.setFocus()
        self.adjustSize()
        self._place()

    def _place(self) -> None:
        """Beside the outlined control where it fits, else at the window's top right."""
        window = self.parentWidget()
        if window is None:
            return
        area = window.geometry()
        if self.highlight.isVisible():
            outline = self.highlight.geometry()
            if outline.top() < 24:  # a menu title: below it, so the menu stays in sight
                x = area.x() + outline.left()
                y = area.y() + outline.bottom() + 12
            else:
                x = area.x() + outline.right() + 16
                y = area.y() + outline.top()
        else:
            x = area.right() - self.width() - 24
            y = area.y() + 80
        x = min(max(area.x(), x), area.right() - self.width())
        y = min(max(area.y(), y), area.bottom() - self.height())
        self.move(x, y)

    @Slot()
    def _on_back_button_clicked(self) -> None:
        self.show_step(self.index - 1)

    @Slot()
    def _on_next_button_clicked(self) -> None:
        if self.index == len(self.steps) - 1:
            self.accept()
        else:
            self.show_step(self.index + 1)

    @Slot(int)
    def _on_finished(self, _result: int) -> None:
        """Done, skipped, Esc or closed: remove the outline and report that the tour is over."""
        self.highlight.hide()
        self.finished_tour.emit()
