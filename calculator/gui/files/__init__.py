"""The file rooms of the window.

``documents`` (new, open, save, the title and dirty state; :class:`ScenarioFiles` composes the
rest), ``recent`` (Open Recent), ``autosave`` (autosave and crash recovery), ``export``
(File ▸ Export) and ``common`` (the prompts tests replace, file names, last folders).
"""
