"""Tab pages built the first time they are shown or asked for: a faster first window.

A page nobody has opened yet is an empty placeholder in its tab. When the tab is brought to
the front (a click, a shortcut, a menu) or the page is asked for in code (:meth:`LazyTabs.page`,
which the window's properties call), the page is built and takes the placeholder's place in
the same tab: same index, text, tool tip and current tab, so neither the user nor the code
that asks sees a difference, except that the window opened sooner.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QTabWidget, QWidget


class LazyTabs(QObject):
    """The lazily built pages of one :class:`QTabWidget`, by name.

    :attr:`built` fires with a page's name right after it was built and put in its tab.
    """

    built = Signal(str)

    def __init__(self, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self._tabs = tabs
        self._waiting: dict[str, tuple[QWidget, Callable[[], QWidget]]] = {}
        self._pages: dict[str, QWidget] = {}
        self._swapping = False
        tabs.currentChanged.connect(self._on_tabs_current_changed)

    def add(self, name: str, label: str, build: Callable[[], QWidget]) -> None:
        """A tab ``label`` whose page ``build()`` makes when it is first shown or asked for."""
        if name in self._waiting or name in self._pages:
            raise ValueError(f"a page named {name!r} is already in these tabs")
        placeholder = QWidget()
        placeholder.setObjectName(f"unbuilt_{name}")
        self._tabs.addTab(placeholder, label)
        self._waiting[name] = (placeholder, build)

    def is_built(self, name: str) -> bool:
        """Whether the page ``name`` exists yet."""
        return name in self._pages

    def built_page(self, name: str) -> QWidget | None:
        """The page ``name`` if it was built, else ``None`` (never builds it)."""
        return self._pages.get(name)

    def page(self, name: str) -> QWidget:
        """The page ``name``, built now (and put in its tab) if it was not yet."""
        page = self._pages.get(name)
        if page is not None:
            return page
        placeholder, build = self._waiting.pop(name)
        page = build()
        self._pages[name] = page
        tabs = self._tabs
        i = tabs.indexOf(placeholder)
        if i >= 0:
            current = tabs.currentIndex() == i
            self._swapping = True
            try:
                # Insert before the placeholder, bring it to the front if the placeholder
                # was, then drop the placeholder: the current tab never changes to another.
                tabs.insertTab(i, page, tabs.tabText(i))
                tabs.setTabToolTip(i, tabs.tabToolTip(i + 1))
                tabs.setTabWhatsThis(i, tabs.tabWhatsThis(i + 1))
                if current:
                    tabs.setCurrentIndex(i)
                tabs.removeTab(i + 1)
            finally:
                self._swapping = False
        placeholder.deleteLater()
        self.built.emit(name)
        return page

    @Slot(int)
    def _on_tabs_current_changed(self, index: int) -> None:
        if self._swapping:
            return
        shown = self._tabs.widget(index)
        for name, (placeholder, _build) in self._waiting.items():
            if placeholder is shown:
                self.page(name)
                return
