"""WSGI entry point (gunicorn reform_kb.wsgi)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "reform_kb.settings")

application = get_wsgi_application()
