"""New NATO figures without a new app: import a release, list, switch and remove datasets.

Qt-free; the command line (``budget-calculator data …``) and the window call the same functions.
Every refusal of a user's file is a :class:`ReleaseError` (a ``DatasetError``) whose message is
one line naming the file, the table (sheet), the row and the column; nothing is stored then.
A folder that cannot be written raises ``WriteError``, one that cannot be read ``ReadError``.

For a GUI (``Data ▸ Import NATO release…``, the dataset manager, a Vintages view)::

    from calculator.storage import releases

    release = releases.read_release(path)      # parse + validate only: show a preview
    entry = releases.store_release(release)    # write user_data_dir()/datasets/<id>, atomically
    # or both at once: entry = releases.import_release(path)
    for e in releases.list_datasets():          # bundled first; e.active, e.problem, e.as_dict()
        ...
    releases.use_dataset(entry.id)              # make it the active one (datasets.json)
    ds = releases.open_dataset()                # the active Dataset (None) or open_dataset(id)
    releases.remove_dataset(entry.id)           # imported only; the bundled one is refused

Each call is quick (an import of NATO's workbook takes about a second, most of it openpyxl),
so a window may run it on the GUI thread behind a busy cursor or in a worker; the functions
touch no widgets and keep no state besides the files. The bundled data is never modified.
"""

from calculator.storage.releases.common import Figure, Release, ReleaseError, validate
from calculator.storage.releases.registry import (
    BUNDLED,
    DatasetEntry,
    active_dataset_id,
    bundled_id,
    datasets_dir,
    import_release,
    list_datasets,
    open_dataset,
    read_release,
    release_id,
    remove_dataset,
    store_release,
    use_dataset,
)
from calculator.storage.releases.template import MEASURES as TEMPLATE_MEASURES
from calculator.storage.releases.workbook import MAX_FILE_BYTES, MAX_UNPACKED_BYTES

__all__ = [
    "BUNDLED",
    "MAX_FILE_BYTES",
    "MAX_UNPACKED_BYTES",
    "TEMPLATE_MEASURES",
    "DatasetEntry",
    "Figure",
    "Release",
    "ReleaseError",
    "active_dataset_id",
    "bundled_id",
    "datasets_dir",
    "import_release",
    "list_datasets",
    "open_dataset",
    "read_release",
    "release_id",
    "remove_dataset",
    "store_release",
    "use_dataset",
    "validate",
]
