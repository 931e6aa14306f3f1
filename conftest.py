"""Without the pandas extra, its modules and the README (whose examples use it) are not
collected as doctests: the rest of the suite still runs (``pip install depeche[test]`` has it)."""

from __future__ import annotations

import importlib.util

NEEDS_PANDAS = ["python/depeche/_frames.py", "python/depeche/pandas.py", "README.md"]

collect_ignore = [] if importlib.util.find_spec("pandas") else NEEDS_PANDAS
