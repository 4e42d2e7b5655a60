"""Editors' fixes in the admin are marked so that a re-import keeps them."""

from datetime import date

import pytest
from django.urls import reverse

from reform_kb.kb.models import Document, Organisation, OrganisationAlias
from tests.builders import make_document, make_organisation

pytestmark = pytest.mark.django_db


def imported_document(**kwargs):
    document = make_document(title="Remissvar från Vision", import_ref="remissvar.txt#0", **kwargs)
    return Document.objects.get(pk=document.pk)


def document_form(document, **overrides):
    data = {
        "title": document.title,
        "slug": document.slug,
        "kind": document.kind,
        "published": document.published.isoformat() if document.published else "",
        "body": document.body,
        "tags": "",
        "review_note": document.review_note,
        "source_url": document.source_url,
        "quotes-TOTAL_FORMS": "0",
        "quotes-INITIAL_FORMS": "0",
    }
    if document.needs_review:
        data["needs_review"] = "on"
    if document.public:  # the form's checkbox as a browser sends it (issue 15)
        data["public"] = "on"
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def post_document(client, document, **overrides):
    url = reverse("admin:kb_document_change", args=[document.pk])
    response = client.post(url, document_form(document, **overrides))
    assert response.status_code == 302, response.context["adminform"].form.errors
    document.refresh_from_db()
    return document


def test_editing_an_imported_document_marks_it_as_the_editors(admin_client):
    document = post_document(admin_client, imported_document(), title="Remissvar från Vision om SOU 2020:47")
    assert document.title == "Remissvar från Vision om SOU 2020:47"
    assert document.edited_by_editor is True


def test_clearing_needs_review_with_a_date_is_the_editors_decision(admin_client):
    document = imported_document(published=None, needs_review=True, review_note="inget datum")
    document = post_document(admin_client, document, published="2021-02-15", needs_review=None)
    assert (document.published, document.needs_review) == (date(2021, 2, 15), False)
    assert document.edited_by_editor is True


def test_saving_an_imported_document_unchanged_leaves_it_to_the_importer(admin_client):
    document = post_document(admin_client, imported_document())
    assert document.edited_by_editor is False


def test_mark_reviewed_action_on_documents_keeps_the_decision(admin_client):
    flagged = imported_document(needs_review=True)
    response = admin_client.post(
        reverse("admin:kb_document_changelist"), {"action": "mark_reviewed", "_selected_action": [flagged.pk]}
    )
    assert response.status_code == 302
    flagged.refresh_from_db()
    assert (flagged.needs_review, flagged.edited_by_editor) == (False, True)


def organisation_form(organisation, **overrides):
    data = {
        "name": organisation.name,
        "short_name": organisation.short_name,
        "slug": organisation.slug,
        "kind": organisation.kind,
        "parent": "",
        "description": "",
        "aliases-TOTAL_FORMS": "0",
        "aliases-INITIAL_FORMS": "0",
    }
    if organisation.needs_review:
        data["needs_review"] = "on"
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def post_organisation(client, organisation, **overrides):
    url = reverse("admin:kb_organisation_change", args=[organisation.pk])
    response = client.post(url, organisation_form(organisation, **overrides))
    assert response.status_code == 302, response.context["adminform"].form.errors
    organisation.refresh_from_db()
    return organisation


# The reference data (migration 0002) holds real organisations and aliases: these names are made up.


def test_renaming_a_flagged_organisation_keeps_the_old_spelling_as_an_alias(editor_client):
    organisation = make_organisation("Foreningen for hemtjanst i Norrland", needs_review=True)
    post_organisation(
        editor_client, organisation, name="Föreningen för hemtjänst i Norrland", needs_review=None
    )
    alias = OrganisationAlias.objects.get(organisation=organisation)
    assert (alias.alias, alias.kind) == (
        "Foreningen for hemtjanst i Norrland",
        OrganisationAlias.Kind.VARIANT,
    )
    assert organisation.needs_review is False


def test_renaming_a_reviewed_organisation_records_its_former_name(editor_client):
    organisation = make_organisation("Kommunförbundet Västra Götaland")
    post_organisation(editor_client, organisation, name="Regionförbundet Västra Götaland")
    alias = OrganisationAlias.objects.get(organisation=organisation)
    assert (alias.alias, alias.kind) == (
        "Kommunförbundet Västra Götaland",
        OrganisationAlias.Kind.FORMER_NAME,
    )


def test_changing_only_the_case_of_a_name_adds_no_alias(editor_client):
    organisation = make_organisation("socionomföreningen i dalarna")
    post_organisation(editor_client, organisation, name="Socionomföreningen i Dalarna")
    assert not OrganisationAlias.objects.filter(organisation=organisation).exists()


def test_old_name_typed_as_alias_in_the_same_save_is_not_added_twice(editor_client):
    organisation = make_organisation("Fören. Hemtjänst Norr")
    post_organisation(
        editor_client,
        organisation,
        name="Föreningen Hemtjänst Norr",
        **{
            "aliases-TOTAL_FORMS": "1",
            "aliases-0-alias": "Fören. Hemtjänst Norr",
            "aliases-0-kind": OrganisationAlias.Kind.ABBREVIATION,
        },
    )
    assert list(organisation.aliases.values_list("alias", "kind")) == [
        ("Fören. Hemtjänst Norr", OrganisationAlias.Kind.ABBREVIATION)
    ]


def test_old_name_that_is_another_organisations_alias_is_left_there(editor_client):
    other = make_organisation("Hemtjänstförbundet")
    other.aliases.create(alias="HTF", kind=OrganisationAlias.Kind.ABBREVIATION)
    organisation = make_organisation("HTF", needs_review=True)
    response = editor_client.post(
        reverse("admin:kb_organisation_change", args=[organisation.pk]),
        organisation_form(organisation, name="HTF-klubben Malmö"),
        follow=True,
    )
    assert "redan alias för Hemtjänstförbundet" in response.content.decode()
    assert list(OrganisationAlias.objects.filter(alias="HTF").values_list("organisation", flat=True)) == [
        other.pk
    ]
    assert not organisation.aliases.exists()


def test_mark_reviewed_action_on_organisations(editor_client):
    flagged = make_organisation(needs_review=True)
    response = editor_client.post(
        reverse("admin:kb_organisation_changelist"),
        {"action": "mark_reviewed", "_selected_action": [flagged.pk]},
    )
    assert response.status_code == 302
    assert Organisation.objects.get(pk=flagged.pk).needs_review is False
