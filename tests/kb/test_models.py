import pytest
from django.db import IntegrityError

from reform_kb.kb.models import Organisation, OrganisationAlias, Theme
from tests.builders import make_document, make_quote

pytestmark = pytest.mark.django_db


def test_reference_themes_are_seeded_in_editor_order():
    names = list(Theme.objects.ordered().values_list("name", flat=True))
    assert len(names) >= 19
    assert names[0] == "Förebyggande arbete"
    assert "Hot och våld mot socialsekreterare" in names


def test_skl_is_a_former_name_of_skr():
    alias = OrganisationAlias.objects.get(alias="SKL")
    assert alias.organisation.short_name == "SKR"
    assert alias.kind == OrganisationAlias.Kind.FORMER_NAME


def test_alias_is_unique_whatever_the_case():
    org = Organisation.objects.get(short_name="SKR")
    with pytest.raises(IntegrityError):
        OrganisationAlias.objects.create(organisation=org, alias="skl")


def test_quote_offsets_point_at_its_text_in_the_document():
    quote = make_quote(make_document(body="Första stycket.\n\n– Det här är ett citat, säger Anna."))
    assert quote.document.body[quote.start : quote.end] == quote.text


def test_quote_must_end_after_it_starts():
    doc = make_document()
    with pytest.raises(IntegrityError):
        doc.quotes.create(text="x", start=5, end=5)


def test_every_reference_organisation_is_in_the_database_after_migrating():
    from reform_kb.pipeline.reference.organisations import ORGANISATIONS

    names = set(Organisation.objects.values_list("name", flat=True))
    assert {data["name"] for data in ORGANISATIONS} <= names
