"""Files: scenario files, datasets on disk, autosave; atomic writes and schema versions.

Qt-free. The modules are :mod:`.atomic` (every write and every bounded read), :mod:`.scenarios`
(scenario files), :mod:`.autosave` (working state, session locks and recovery) and
:mod:`.dataset` (reading a dataset folder).
"""

from calculator.storage.atomic import (
    MAX_INT_DIGITS,
    MAX_JSON_DEPTH,
    BadFile,
    ReadError,
    ScenarioFileError,
    StorageError,
    WriteError,
    atomic_output,
    atomic_write_bytes,
    atomic_write_text,
    clean_stale_temps,
    parse_json,
    read_bounded,
    shown,
)
from calculator.storage.autosave import (
    AUTOSAVE_NAME,
    SESSION_SCHEMA,
    Recovery,
    Session,
    SessionLock,
    needs_recovery,
    orphaned_sessions,
    parse_session,
    read_autosave,
    session_files,
    set_aside,
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
    "MAX_INT_DIGITS",
    "MAX_JSON_DEPTH",
    "SCHEMA",
    "SCHEMA_PREFIX",
    "SCHEMA_VERSION",
    "SESSION_SCHEMA",
    "BadFile",
    "ReadError",
    "Recovery",
    "ScenarioFileError",
    "Session",
    "SessionLock",
    "StorageError",
    "WriteError",
    "atomic_output",
    "atomic_write_bytes",
    "atomic_write_text",
    "bundled_dataset",
    "clean_stale_temps",
    "load_dataset",
    "load_scenario",
    "needs_recovery",
    "orphaned_sessions",
    "parse_json",
    "parse_scenario",
    "parse_session",
    "read_autosave",
    "read_bounded",
    "save_scenario",
    "scenario_to_json",
    "session_files",
    "set_aside",
    "shown",
    "user_data_dir",
    "write_autosave",
]
