"""WSGI entry point (gunicorn reform_kb.wsgi)."""

import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "reform_kb.settings")

application = get_wsgi_application()

# Django, the apps and their modules are loaded now and live as long as the process. Frozen, they
# are left out of every later garbage collection: without this a full collection walked them all
# and stalled a request for up to 100 ms (measured on an organisation page at a million quotes).
gc.freeze()
