"""Every registered admin page renders, and changelists do not query once per row."""

from datetime import date

import pytest
from django.contrib import admin
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from reform_kb.kb.models import Document, Quote, QuoteStance, SourceFile, SourceImport, Stance
from tests.builders import make_document, make_organisation, make_person, make_quote, make_theme

pytestmark = pytest.mark.django_db

MODELS = sorted(admin.site._registry, key=lambda model: model._meta.label)
MAX_CHANGELIST_QUERIES = 15


def changelist_url(model):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")


def add_rows(count):
    """Rows for every kb model, with the relations changelists show."""
    theme = make_theme()
    for _ in range(count):
        added = SourceImport.objects.create(addresses="https://exempel.se/svar.html")  # issue 15
        SourceFile.objects.create(
            name=f"källa-{SourceFile.objects.count()}.txt", checksum="ab" * 32, source_import=added
        )
        org = make_organisation(parent=make_organisation(), short_name="ORG")
        org.aliases.create(alias=f"Alias för {org.name}")
        person = make_person(organisation=org, title="ordförande")
        document = make_document(organisations=[org], authors=[person], themes=[theme], tags=["lag"])
        quote = make_quote(document, speaker=person, organisation=org, themes=[theme], tags=["lag", "tillsyn"])
        QuoteStance.objects.create(quote=quote, theme=theme, stance=Stance.KRITISK)  # issue 13


def changelist_queries(client, model):
    with CaptureQueriesContext(connection) as context:
        response = client.get(changelist_url(model))
    assert response.status_code == 200
    return len(context.captured_queries)


@pytest.mark.parametrize("model", MODELS, ids=lambda model: model._meta.label)
def test_changelist_renders_with_bounded_queries(admin_client, model, django_assert_max_num_queries):
    add_rows(6)
    with django_assert_max_num_queries(MAX_CHANGELIST_QUERIES):
        response = admin_client.get(changelist_url(model))
    assert response.status_code == 200


@pytest.mark.parametrize("model", MODELS, ids=lambda model: model._meta.label)
def test_changelist_queries_do_not_grow_with_rows(admin_client, model):
    add_rows(2)
    few = changelist_queries(admin_client, model)
    add_rows(5)
    assert changelist_queries(admin_client, model) == few


@pytest.mark.parametrize(
    "model",
    [model for model in MODELS if model is not SourceFile],  # read-only: the importer writes source files
    ids=lambda model: model._meta.label,
)
def test_add_page_renders(admin_client, model):
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_add")
    assert admin_client.get(url).status_code == 200


@pytest.mark.parametrize("model", MODELS, ids=lambda model: model._meta.label)
def test_change_page_renders(admin_client, model):
    add_rows(1)
    obj = model._default_manager.first()
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_change", args=[obj.pk])
    assert admin_client.get(url).status_code == 200


def test_editor_changelists_render_too(editor_client):
    add_rows(3)
    for model in (Quote, Document):
        assert editor_client.get(changelist_url(model)).status_code == 200


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("q=socialtjänsten", 2),
        ("q=finns+inte", 0),
        ("kind__exact=direct", 2),
        ("needs_review__exact=1", 0),
        ("orgtyp=intresseorganisation", 2),
        ("orgtyp=fackforbund", 0),
    ],
)
def test_quote_changelist_search_and_filters_work(admin_client, query, expected):
    add_rows(2)
    response = admin_client.get(f"{changelist_url(Quote)}?{query}")
    assert response.status_code == 200  # an unknown filter would redirect with ?e=1
    assert len(response.context["cl"].result_list) == expected


def test_document_year_filter_narrows_the_list(admin_client):
    make_document(title="Gammalt", published=date(2019, 5, 1))
    make_document(title="Nytt", published=date(2023, 5, 1))
    response = admin_client.get(f"{changelist_url(Document)}?ar=2023")
    assert [d.title for d in response.context["cl"].result_list] == ["Nytt"]
