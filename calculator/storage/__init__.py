"""Files: scenario files, datasets on disk, autosave; atomic writes and schema versions.

Qt-free. The modules are :mod:`.atomic` (every write), :mod:`.scenarios` (scenario files),
:mod:`.autosave` (working state and recovery) and :mod:`.dataset` (reading a dataset folder).
"""

from calculator.storage.atomic import (
    ScenarioFileError,
    WriteError,
    atomic_output,
    atomic_write_bytes,
    atomic_write_text,
)
from calculator.storage.autosave import (
    AUTOSAVE_NAME,
    SESSION_SCHEMA,
    Session,
    needs_recovery,
    read_autosave,
    user_data_dir,
    write_autosave,
)
from calculator.storage.dataset import bundled_dataset, load_dataset
from calculator.storage.scenarios import (
    MAX_FILE_BYTES,
    SCHEMA,
    SCHEMA_PREFIX,
    SCHEMA_VERSION,
    load_scenario,
    parse_scenario,
    save_scenario,
    scenario_to_json,
)

__all__ = [
    "AUTOSAVE_NAME",
    "MAX_FILE_BYTES",
    "SCHEMA",
    "SCHEMA_PREFIX",
    "SCHEMA_VERSION",
    "SESSION_SCHEMA",
    "ScenarioFileError",
    "Session",
    "WriteError",
    "atomic_output",
    "atomic_write_bytes",
    "atomic_write_text",
    "bundled_dataset",
    "load_dataset",
    "load_scenario",
    "needs_recovery",
    "parse_scenario",
    "read_autosave",
    "save_scenario",
    "scenario_to_json",
    "user_data_dir",
    "write_autosave",
]
