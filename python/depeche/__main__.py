"""``python -m depeche``: the same as the ``depeche`` command."""

import sys

from depeche.cli import main

sys.exit(main())
