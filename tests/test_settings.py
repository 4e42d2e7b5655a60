"""Production settings: DEBUG off by default and `check --deploy` clean, run as an operator would."""

import os
import subprocess
import sys

from django.conf import settings

PRODUCTION_ENV = {
    "DJANGO_SECRET_KEY": "a-long-random-production-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
    "DJANGO_ALLOWED_HOSTS": "kb.example.se",
    "DATABASE_URL": "sqlite:////tmp/reform_kb_deploy_check.sqlite3",
}


def manage(*args, env):
    base = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL"))}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_is_clean_with_production_variables():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_check_deploy_is_clean_behind_a_proxy():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env={**PRODUCTION_ENV, "DJANGO_BEHIND_PROXY": "1"})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def setting(name, env):
    result = manage("shell", "-c", f"from django.conf import settings; print(repr(settings.{name}))", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_the_proxy_header_is_trusted_only_behind_a_proxy():
    # gunicorn alone: a client's X-Forwarded-Proto must not make a plain-HTTP request "secure".
    assert setting("SECURE_PROXY_SSL_HEADER", PRODUCTION_ENV) == "None"
    behind = {**PRODUCTION_ENV, "DJANGO_BEHIND_PROXY": "1"}
    assert setting("SECURE_PROXY_SSL_HEADER", behind) == "('HTTP_X_FORWARDED_PROTO', 'https')"


def test_login_lockout_and_idle_timeout_come_from_the_environment():
    assert setting("AXES_FAILURE_LIMIT", PRODUCTION_ENV) == "5"
    assert setting("AXES_COOLOFF_TIME", PRODUCTION_ENV) == "datetime.timedelta(seconds=900)"
    assert setting("SESSION_COOKIE_AGE", PRODUCTION_ENV) == "7200"
    env = {**PRODUCTION_ENV, "KB_LOGIN_FAILURE_LIMIT": "3", "KB_LOGIN_LOCKOUT_MINUTES": "60", "KB_SESSION_IDLE_SECONDS": "900"}
    assert setting("AXES_FAILURE_LIMIT", env) == "3"
    assert setting("AXES_COOLOFF_TIME", env) == "datetime.timedelta(seconds=3600)"
    assert setting("SESSION_COOKIE_AGE", env) == "900"


def test_production_refuses_to_start_without_a_secret_key():
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "DJANGO_SECRET_KEY"}
    result = manage("check", env=env)
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_debug_is_off_unless_asked_for():
    result = manage("shell", "-c", "from django.conf import settings; print(settings.DEBUG)", env=PRODUCTION_ENV)
    assert result.stdout.strip().endswith("False"), result.stdout + result.stderr


def test_tests_are_served_over_plain_http(client, db):
    # With DEBUG off the settings redirect to HTTPS, except under test where the client speaks HTTP.
    assert client.get("/").status_code == 200
