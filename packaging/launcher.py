"""The frozen app's entry script: the same ``main`` as the ``budget-calculator`` command."""

import sys

from calculator.cli import main

if __name__ == "__main__":
    sys.exit(main())
