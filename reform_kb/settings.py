"""Django settings for reform_kb.

Everything that differs between a laptop and production comes from the environment, with defaults
that are safe for production (DEBUG off, no hosts allowed) and convenient for the embedded SQLite
database. `make run` sets DJANGO_DEBUG=1 for local use.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG")
# The test suite runs with tests/settings.py, which sets DJANGO_TESTING before importing this module.
TESTING = env_bool("DJANGO_TESTING")

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG and not TESTING:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off (see README, 'Production')."
        )
    # Only for local development and tests; never used with DEBUG off in production.
    SECRET_KEY = "insecure-local-development-key-only-for-debug-and-tests"

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "reform_kb.kb.apps.KbAdminConfig",  # django.contrib.admin with the editors' site
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "taggit",
    # Login throttling and lockout (failures per user name and address; see "Accounts" below).
    "axes",
    # The Content-Security-Policy header; the app registers django-csp's configuration checks.
    "csp",
    # History of every change to documents, quotes, organisations, people and themes, with restore (issue 15).
    "simple_history",
    "reform_kb.kb",
    "reform_kb.search",
    "reform_kb.synthetic",
    "reform_kb.importer",
    # Take-away (issue 13): django-ninja serves the API's OpenAPI docs page and its static files.
    "ninja",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Every page, cached ones included, leaves with the Content-Security-Policy header.
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Tells the history which editor made a change (django-simple-history).
    "simple_history.middleware.HistoryRequestMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Turns a login refused for too many failures into the Swedish lockout page (reform_kb/accounts.py).
    "axes.middleware.AxesMiddleware",
    # A view's "database unavailable" error becomes a Swedish 503 page (reform_kb/kb/views/outage.py).
    "reform_kb.kb.views.outage.DatabaseOutageMiddleware",
    # After the outage handler, so its own 503 for a request over its database time budget comes first
    # (reform_kb/kb/views/budget.py; KB_REQUEST_DB_BUDGET_MS).
    "reform_kb.kb.views.budget.DatabaseBudgetMiddleware",
    # Last: cached pages and 304s for anonymous visitors (reform_kb/kb/views/page_cache.py).
    "reform_kb.kb.views.page_cache.PageCacheMiddleware",
]

ROOT_URLCONF = "reform_kb.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",  # i18n (issue 14): LANGUAGE_CODE in templates
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "reform_kb.wsgi.application"

# One URL picks the database: an SQLite file in the project by default, PostgreSQL in production.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'kb.sqlite3'}",
        conn_max_age=int(os.environ.get("DJANGO_CONN_MAX_AGE", "60")),
        # A kept-open connection is checked before a request uses it: after a database restart each
        # worker's first request failed on the connection it had kept from before (issue 11).
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers (gunicorn workers) run while an import writes; synchronous=NORMAL is safe
    # with WAL and makes each commit cheap. IMMEDIATE avoids "database is locked" on upgrades.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;",
            "transaction_mode": "IMMEDIATE",
        }
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Axes first: it refuses a locked-out login before the password is even checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "sv"
# i18n (issue 14): the interface in Swedish at / and in English at /en/ (i18n_patterns in urls.py);
# the documents and quotes stay in the language they were written in.
LANGUAGES = [("sv", "Svenska"), ("en", "English")]
# Our own translations (locale/): Swedish for libraries that have none (simple-history, taggit).
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Stockholm"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        # Tests and DEBUG serve static files unprocessed; production needs `collectstatic`.
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG or TESTING
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        ),
    },
}

# Locally and in tests, whitenoise serves from the app folders (no collectstatic needed).
WHITENOISE_USE_FINDERS = DEBUG or TESTING
WHITENOISE_AUTOREFRESH = DEBUG or TESTING

CACHES = {
    "default": (
        {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": os.environ["REDIS_URL"]}
        if os.environ.get("REDIS_URL")
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "OPTIONS": {"MAX_ENTRIES": 5000}}
    )
}
# Public pages are cached whole for this long (0: never), and invalidated at once by any edit.
# Off in tests, where rolled-back rows would otherwise live on in cached pages; tests that check
# caching turn it on.
KB_PAGE_CACHE_SECONDS = int(os.environ.get("KB_PAGE_CACHE_SECONDS", "0" if TESTING else "600"))
# Browsers and proxies may reuse an anonymous page this long without asking (then they revalidate
# with If-None-Match, answered 304 while nothing has changed).
KB_HTTP_MAX_AGE = int(os.environ.get("KB_HTTP_MAX_AGE", "60"))

# Production hardening: on whenever DEBUG is off, so `check --deploy` is clean.
# Only a proxy in front (nginx, see README "Production") may say a request came over HTTPS: without
# one, any client could send `X-Forwarded-Proto: https` and be treated as secure (issue 11 saw HSTS sent
# over plain HTTP). With DJANGO_BEHIND_PROXY=1 the proxy must overwrite that header and X-Real-IP.
BEHIND_PROXY = env_bool("DJANGO_BEHIND_PROXY")
if BEHIND_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
if not DEBUG:
    # The test client speaks plain HTTP; redirecting it would hide every page behind a 301.
    SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True) and not TESTING
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    # Django sends HSTS only on responses to requests it sees as HTTPS.
    SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SECURE_CONTENT_TYPE_NOSNIFF = True
    X_FRAME_OPTIONS = "DENY"

# Content-Security-Policy: scripts and styles only from our own files (static/, Django's admin), so an
# injected script element or style attribute does nothing. templates/ keep no inline script or style (a test checks).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        # The admin's stylesheets draw a few icons as data: URIs.
        "img-src": ["'self'", "data:"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}

# Accounts. Editors' sessions end after this long without a request; each request starts the clock
# again (the session is saved on every request, which only costs logged-in editors: anonymous
# visitors have no session to save).
SESSION_COOKIE_AGE = int(os.environ.get("KB_SESSION_IDLE_SECONDS", str(2 * 60 * 60)))
SESSION_SAVE_EVERY_REQUEST = True

# Login throttling: KB_LOGIN_FAILURE_LIMIT wrong passwords for one user name from one address lock
# that pair out for KB_LOGIN_LOCKOUT_MINUTES, the right password included; a good login before the
# limit clears the count. Pairs, not user names alone, so a stranger cannot lock an editor out.
AXES_FAILURE_LIMIT = int(os.environ.get("KB_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("KB_LOGIN_LOCKOUT_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# Axes' read-only admin pages stay out of the editors' admin; an administrator lifts a lock early with
# `manage.py axes_reset_username NAME` (README "Production").
AXES_ENABLE_ADMIN = False
AXES_LOCKOUT_CALLABLE = "reform_kb.accounts.lockout_response"
# The client's address: REMOTE_ADDR, or X-Real-IP set by the proxy when BEHIND_PROXY (never a header
# a client could forge to get a fresh address for each guess).
AXES_CLIENT_IP_CALLABLE = "reform_kb.accounts.client_ip"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # One line per event, with its time and logger (reform_kb.outage: the 503s while the database is away).
    "formatters": {"line": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "line"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING")},
}

TAGGIT_CASE_INSENSITIVE = True

# The largest source file import_seeds reads (bytes); a bigger one fails with a message, the others import.
KB_IMPORT_MAX_BYTES = int(os.environ.get("KB_IMPORT_MAX_BYTES", "10000000"))

# Pages list this many items; search pages too.
KB_PAGE_SIZE = int(os.environ.get("KB_PAGE_SIZE", "20"))

# A time budget for the database work of each public request.
# No public page may hold a worker longer than this (PostgreSQL: a statement timeout; SQLite: a
# progress handler); over it the visitor gets a 503 with a Swedish message. The admin and management
# commands are not limited. 0 turns the budget off. See reform_kb/kb/views/budget.py.
KB_REQUEST_DB_BUDGET_MS = int(os.environ.get("KB_REQUEST_DB_BUDGET_MS", "5000"))

# Take-away (issue 13): anonymous API clients may make this many requests per address ("N/s", "N/m",
# "N/h", "N/d"), counted in the cache; answers from the page cache are not counted.
KB_API_RATE = os.environ.get("KB_API_RATE", "120/m")
# --- Sources added by editors (issue 15: "Lägg till källa") ------------------------------------------
# The original bytes of uploaded and fetched sources. Never served as they are to the public (an
# uploaded HTML page would run as the site's own); editors download them through the admin.
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", str(BASE_DIR / "media")))
MEDIA_URL = "/media/"
# Background imports: django-tasks with its database backend (no extra server, SQLite and
# PostgreSQL alike); `manage.py db_worker` runs them (README, "Production").
# Before kb's apps, so that reform_kb/importer/admin.py finds django_tasks_db's admin registered (and
# takes it out of the editors' admin: the import's own page shows its progress).
INSTALLED_APPS[INSTALLED_APPS.index("reform_kb.kb") : INSTALLED_APPS.index("reform_kb.kb")] = [
    "django_tasks",
    "django_tasks_db",
]
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
# Fetching a web address: at most this many bytes and seconds (each redirect is checked again).
KB_FETCH_MAX_BYTES = int(os.environ.get("KB_FETCH_MAX_BYTES", str(KB_IMPORT_MAX_BYTES)))
KB_FETCH_TIMEOUT_SECONDS = float(os.environ.get("KB_FETCH_TIMEOUT_SECONDS", "20"))
# Host names (or addresses) that may be fetched although they are loopback or private. For tests
# only (a local test server); empty in production, where such addresses are always refused.
KB_FETCH_ALLOWED_HOSTS: list[str] = []
# Publication (issue 14): who publishes the site and where readers report errors, shown on "Om
# kunskapsbanken" and in the accessibility statement; and django.contrib.sitemaps for sitemap.xml.
KB_PUBLISHER = os.environ.get("KB_PUBLISHER", "Redaktionen för kunskapsbanken om nya socialtjänstlagen")
KB_CONTACT_EMAIL = os.environ.get("KB_CONTACT_EMAIL", "")
INSTALLED_APPS += ["django.contrib.sitemaps"]
