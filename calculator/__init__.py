"""Defence Budget What-If Calculator. Importing this package imports no Qt."""

import os

__version__ = "0.1.0"

# The calculator uses no pydantic plugins. Looking for them reads the metadata of every
# installed package when the first model is built (at import, so at every start of the
# window and of every command: 25-80 ms); an explicit setting of the user's is kept.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
