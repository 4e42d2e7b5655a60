"""A small corpus for search tests, indexed in bulk as an importer would."""

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from reform_kb.kb import changes
from reform_kb.kb.models import Document
from tests.builders import make_document, make_organisation, make_person, make_quote, make_theme

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@dataclass
class Corpus:
    docs: dict
    quotes: dict
    themes: dict
    orgs: dict


@pytest.fixture
def corpus(db):
    themes = {"forebygg": make_theme("Förebyggande (test)"), "linje": make_theme("Första linjen (test)")}
    orgs = {
        "fack": make_organisation("Facket för socialt arbete (test)"),
        "kommun": make_organisation("Testkommun"),
    }
    anna = make_person("Anna Lindqvist")
    per = make_person("Per Holm")
    with changes.bulk():
        docs = {
            "insatser": make_document(
                "Förebyggande insatser i socialtjänsten",
                body="Socialtjänsten ska arbeta förebyggande. Tidiga insatser minskar behovet av tvång.",
                kind=Document.Kind.REMISSVAR,
                published=date(2021, 5, 1),
                organisations=[orgs["fack"]],
                themes=[themes["forebygg"]],
            ),
            "linjen": make_document(
                "Första linjen behöver resurser",
                body="Kommunerna måste bygga upp den första linjen. Det kräver personal.",
                kind=Document.Kind.ARTIKEL,
                published=date(2022, 2, 1),
                organisations=[orgs["kommun"]],
                themes=[themes["linje"]],
            ),
            "gransen": make_document(
                "Gränsen mellan kommun och region",
                body="Den första frågan gäller linjen mellan kommun och region. Insatsen ska vara lättillgänglig.",
                kind=Document.Kind.BLOGGINLAGG,
                published=date(2022, 9, 1),
                organisations=[orgs["fack"]],
            ),
            "barn": make_document(
                "Barnets bästa",
                body="Vi vill förebygga att barn (1 < 2 & 3 > 2) far illa. <script>alert('x')</script> Barnets bästa.",
                kind=Document.Kind.DEBATTARTIKEL,
                published=date(2023, 1, 10),
                themes=[themes["forebygg"]],
            ),
            "lang": make_document(
                "Lagrådsremissen i sin helhet",
                body=" ".join(["Lagen reglerar socialtjänstens ansvar och organisation."] * 40)
                + " Här nämns insatser en gång. "
                + " ".join(["Kommunen ansvarar för planering och uppföljning."] * 40),
                kind=Document.Kind.REMISSVAR,
                published=None,
            ),
        }
        quotes = {
            "anna": make_quote(
                docs["insatser"],
                "Vi behöver fler förebyggande insatser",
                speaker=anna,
                organisation=orgs["fack"],
                speaker_role="ordförande",
                themes=[themes["forebygg"]],
            ),
            "per": make_quote(docs["linjen"], "Första linjen är nyckeln till reformen", speaker=per),
        }
    return Corpus(docs, quotes, themes, orgs)


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    """The real seeds, imported once for a module's tests inside a transaction rolled back after
    them (an import takes seconds); each test still runs in a savepoint of its own."""
    from django.core.management import call_command
    from django.db import transaction

    with django_db_blocker.unblock():
        block = transaction.atomic()
        block.__enter__()
        try:
            call_command("import_seeds", str(SEEDS), verbosity=0)
            yield
        finally:
            transaction.set_rollback(True)
            block.__exit__(None, None, None)
