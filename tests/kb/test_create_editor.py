"""`manage.py create_editor`: staff accounts in the Redaktör group, passwords never on the command line."""

import sys
from io import StringIO

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db

PASSWORD = "Socialtjänst-2025!"


def run(*args, **kwargs):
    out = StringIO()
    call_command("create_editor", *args, stdout=out, stderr=StringIO(), **kwargs)
    return out.getvalue()


@pytest.fixture
def no_tty(monkeypatch):
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False, raising=False)


@pytest.fixture
def tty(monkeypatch):
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)


def test_creates_a_staff_editor_from_an_environment_variable(monkeypatch, no_tty):
    monkeypatch.setenv("EDITOR_PASSWORD", PASSWORD)
    out = run("anna", "--email", "anna@example.se", "--password-from-env", "EDITOR_PASSWORD")
    user = User.objects.get(username="anna")
    assert user.is_staff and not user.is_superuser
    assert list(user.groups.values_list("name", flat=True)) == ["Redaktör"]
    assert user.email == "anna@example.se"
    assert user.check_password(PASSWORD)
    assert user.has_perm("kb.add_quote") and not user.has_perm("kb.delete_document")
    assert "Redaktören anna är skapad" in out


def test_prompts_for_the_password_on_a_terminal(monkeypatch, tty):
    answers = iter([PASSWORD, PASSWORD])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    run("bertil")
    assert User.objects.get(username="bertil").check_password(PASSWORD)


def test_prompt_asks_again_when_the_passwords_differ(monkeypatch, tty):
    answers = iter([PASSWORD, "fel", PASSWORD, PASSWORD])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    run("cecilia")
    assert User.objects.get(username="cecilia").check_password(PASSWORD)


def test_without_terminal_or_variable_it_fails_clearly(no_tty):
    with pytest.raises(CommandError, match="--password-from-env"):
        run("david")
    assert not User.objects.filter(username="david").exists()


def test_unset_environment_variable_is_an_error(monkeypatch, no_tty):
    monkeypatch.delenv("SAKNAS", raising=False)
    with pytest.raises(CommandError, match="SAKNAS"):
        run("erik", "--password-from-env", "SAKNAS")
    assert not User.objects.filter(username="erik").exists()


def test_weak_password_is_refused(monkeypatch, no_tty):
    monkeypatch.setenv("EDITOR_PASSWORD", "123")
    with pytest.raises(CommandError, match="Lösenordet duger inte"):
        run("frida", "--password-from-env", "EDITOR_PASSWORD")
    assert not User.objects.filter(username="frida").exists()


def test_existing_user_is_an_error_that_names_the_way_out(monkeypatch, no_tty):
    User.objects.create_user("gustav")
    monkeypatch.setenv("EDITOR_PASSWORD", PASSWORD)
    with pytest.raises(CommandError, match="--add-to-group"):
        run("gustav", "--password-from-env", "EDITOR_PASSWORD")
    assert not User.objects.get(username="gustav").is_staff


def test_add_to_group_makes_an_existing_user_an_editor_keeping_the_password(no_tty):
    User.objects.create_user("hanna", password="gammalt-losenord-77")
    out = run("hanna", "--add-to-group")
    user = User.objects.get(username="hanna")
    assert user.is_staff and not user.is_superuser
    assert user.groups.filter(name="Redaktör").exists()
    assert user.check_password("gammalt-losenord-77")
    assert "hanna är nu redaktör" in out
