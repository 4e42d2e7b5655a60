"""Create an editor account: staff, in the Redaktör group, never a superuser.

The password comes from a prompt on a terminal, or from an environment variable in scripts and
deployments (never from the command line, where it would end up in the shell history).
"""

import getpass
import os
import sys

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

# Created with its permissions by migration kb/0003_editor_group.
EDITOR_GROUP = "Redaktör"
PROMPT_ATTEMPTS = 3


class Command(BaseCommand):
    help = "Skapar ett redaktörskonto (personal i gruppen Redaktör, inte superanvändare)."

    def add_arguments(self, parser):
        parser.add_argument("username", help="Användarnamn för det nya kontot.")
        parser.add_argument("--email", default="", help="E-postadress (valfri).")
        parser.add_argument(
            "--password-from-env",
            metavar="VAR",
            help="Läs lösenordet från miljövariabeln VAR i stället för att fråga (för skript).",
        )
        parser.add_argument(
            "--add-to-group",
            action="store_true",
            help="Om användaren redan finns: gör den till redaktör i stället för att avbryta.",
        )

    def handle(self, *args, username, email, password_from_env, add_to_group, **options):
        try:
            group = Group.objects.get(name=EDITOR_GROUP)
        except Group.DoesNotExist:
            raise CommandError(f"Gruppen {EDITOR_GROUP} saknas. Kör först: manage.py migrate") from None

        User = get_user_model()
        existing = User._default_manager.filter(**{User.USERNAME_FIELD: username}).first()
        if existing is not None:
            if not add_to_group:
                raise CommandError(
                    f"Användaren {username} finns redan. "
                    "Lägg till --add-to-group för att göra den befintliga användaren till redaktör."
                )
            self._make_editor(existing, group)
            self.stdout.write(self.style.SUCCESS(f"{username} är nu redaktör (gruppen {EDITOR_GROUP})."))
            return

        user = User(**{User.USERNAME_FIELD: username}, email=email)
        password = self._password(user, password_from_env)
        user.set_password(password)
        with transaction.atomic():
            user.save()
            self._make_editor(user, group)
        self.stdout.write(self.style.SUCCESS(f"Redaktören {username} är skapad. Logga in på /admin/."))

    def _make_editor(self, user, group):
        user.is_staff = True
        user.save(update_fields=["is_staff"])
        user.groups.add(group)

    def _password(self, user, env_var):
        if env_var:
            password = os.environ.get(env_var, "")
            if not password:
                raise CommandError(f"Miljövariabeln {env_var} är inte satt eller är tom.")
            return self._validated(password, user)
        if not sys.stdin.isatty():
            raise CommandError(
                "Inget lösenord: kör kommandot i en terminal för att bli tillfrågad, "
                "eller ange --password-from-env VAR med lösenordet i miljövariabeln VAR."
            )
        for _ in range(PROMPT_ATTEMPTS):
            password = getpass.getpass("Lösenord: ")
            if password != getpass.getpass("Lösenord (igen): "):
                self.stderr.write("Lösenorden är olika. Försök igen.")
                continue
            try:
                return self._validated(password, user)
            except CommandError as error:
                self.stderr.write(str(error))
        raise CommandError("Inget giltigt lösenord angavs; kontot skapades inte.")

    def _validated(self, password, user):
        try:
            validate_password(password, user)
        except ValidationError as error:
            raise CommandError("Lösenordet duger inte: " + " ".join(error.messages)) from None
        return password
