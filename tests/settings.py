"""Settings for the test suite (pyproject.toml points pytest-django here).

The project's settings with DJANGO_TESTING on: a development secret key, no HTTPS redirect, the page
cache off unless a test turns it on, static files from the finders. Set before the import, because
settings.py reads the environment when it is imported.
"""

import os
import tempfile

os.environ["DJANGO_TESTING"] = "1"

from reform_kb.settings import *  # noqa: E402, F403

# Issue 15: uploaded and fetched originals go to a temporary folder, not the project's media/.

MEDIA_ROOT = os.environ.get("MEDIA_ROOT") or tempfile.mkdtemp(prefix="reform-kb-test-media-")
# Hosts a test may fetch although they are local: the browser test's own server (a worker process
# gets it through the environment). Production settings have no such switch.
KB_FETCH_ALLOWED_HOSTS = [h for h in os.environ.get("KB_TEST_FETCH_ALLOWED_HOSTS", "").split(",") if h]
