"""The window's translate hook for the phrasebook (:mod:`calculator.exports.phrases`)."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication

from calculator.exports.phrases import CONTEXT, Translate

# Looks a phrasebook text up in its own context, where lupdate filed it; the phrasebook's
# ``say`` is the one place that calls it with a variable.
qt_tr: Translate = partial(QCoreApplication.translate, CONTEXT)
