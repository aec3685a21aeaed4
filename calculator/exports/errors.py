"""The one error type of the exports."""


class ExportError(ValueError):
    """An export cannot be made or written; the message names the path and the reason."""
