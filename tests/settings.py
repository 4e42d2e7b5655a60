"""Settings for the test suite (pyproject.toml points pytest-django here).

The project's settings with DJANGO_TESTING on: a development secret key, no HTTPS redirect, the page
cache off unless a test turns it on, static files from the finders. Set before the import, because
settings.py reads the environment when it is imported.
"""

import os

os.environ["DJANGO_TESTING"] = "1"

from reform_kb.settings import *  # noqa: E402, F403
