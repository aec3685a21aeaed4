"""Shared test set-up: Qt renders offscreen (set before any Qt import); user folders untouched."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_DEBUG_PLUGINS", "0")
