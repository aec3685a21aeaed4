"""``python -m calculator``: same as the ``budget-calculator`` command."""

from calculator.cli import main

raise SystemExit(main())
