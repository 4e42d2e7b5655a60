"""'Att granska': the page listing what the importer flagged, and its count on the admin index."""

import pytest
from django.contrib.auth.models import Permission, User
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from reform_kb.kb.review_queue import PER_PAGE
from tests.builders import make_document, make_organisation, make_person, make_quote

pytestmark = pytest.mark.django_db

URL = reverse("admin:review_queue")


def flag_one_of_each():
    speaker = make_person("Heike Erkers")
    quote = make_quote(
        make_document(title="Artikel med oklar talare"),
        speaker=speaker,
        needs_review=True,
        review_note="ingen tydlig talare",
    )
    document = make_document(title="Remissvar utan datum", published=None, needs_review=True)
    organisation = make_organisation("Okänd förening i Skåne", needs_review=True)
    return quote, document, organisation


def add_unflagged():
    make_quote(make_document(title="Granskat dokument"), text="Socialtjänsten behöver förebyggande insatser.")
    make_organisation("Känd organisation")


def sections(response):
    return {section.key: section for section in response.context["sections"]}


def test_lists_flagged_quotes_documents_and_organisations_with_links(editor_client):
    quote, document, organisation = flag_one_of_each()
    add_unflagged()
    response = editor_client.get(URL)
    assert response.status_code == 200
    found = sections(response)
    assert list(found["citat"].page) == [quote]
    assert list(found["dokument"].page) == [document]
    assert list(found["organisationer"].page) == [organisation]
    html = response.content.decode()
    for url_name, obj in [
        ("admin:kb_quote_change", quote),
        ("admin:kb_document_change", document),
        ("admin:kb_organisation_change", organisation),
    ]:
        assert reverse(url_name, args=[obj.pk]) in html
    assert "ingen tydlig talare" in html and "Heike Erkers" in html
    assert "Granskat dokument" not in html and "Känd organisation" not in html


def test_counts_each_kind_and_the_total(editor_client):
    flag_one_of_each()
    make_quote(needs_review=True)
    add_unflagged()
    response = editor_client.get(URL)
    assert {key: section.count for key, section in sections(response).items()} == {
        "citat": 2,
        "dokument": 1,
        "organisationer": 1,
    }
    assert response.context["total"] == 4


def test_admin_index_shows_how_many_items_await_review(editor_client):
    flag_one_of_each()
    html = editor_client.get(reverse("admin:index")).content.decode()
    assert URL in html
    assert "3 att granska" in html


def test_admin_index_says_when_nothing_awaits_review(editor_client):
    add_unflagged()
    html = editor_client.get(reverse("admin:index")).content.decode()
    assert "Inget att granska" in html


def test_empty_queue_renders(editor_client):
    response = editor_client.get(URL)
    assert response.status_code == 200
    assert response.context["total"] == 0


def test_long_queues_are_paginated(editor_client):
    document = make_document(
        body="\n\n".join(f"Stycke nummer {n} om socialtjänsten." for n in range(PER_PAGE + 5))
    )
    for n in range(PER_PAGE + 5):
        make_quote(document, text=f"Stycke nummer {n} om socialtjänsten.", needs_review=True)
    first = sections(editor_client.get(URL))["citat"].page
    second = sections(editor_client.get(URL, {"citat_sida": 2}))["citat"].page
    assert len(first) == PER_PAGE and len(second) == 5
    assert not {q.pk for q in first} & {q.pk for q in second}


def test_queries_do_not_grow_with_flagged_rows(editor_client):
    def queries():
        with CaptureQueriesContext(connection) as context:
            assert editor_client.get(URL).status_code == 200
        return len(context.captured_queries)

    flag_one_of_each()
    few = queries()
    for _ in range(6):
        org = make_organisation(needs_review=True, parent=make_organisation())
        make_document(needs_review=True, organisations=[org])
        make_quote(needs_review=True, speaker=make_person(), organisation=org)
    assert queries() == few


def test_a_user_sees_only_the_kinds_they_may_view(db):
    flag_one_of_each()
    user = User.objects.create_user("citatlasare", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="view_quote"))
    client = Client()
    client.force_login(user)
    response = client.get(URL)
    assert response.status_code == 200
    assert list(sections(response)) == ["citat"]
    assert "Remissvar utan datum" not in response.content.decode()


def test_staff_without_permissions_are_refused(db):
    client = Client()
    client.force_login(User.objects.create_user("personal", is_staff=True))
    assert client.get(URL).status_code == 403
    assert URL not in client.get(reverse("admin:index")).content.decode()


def test_anonymous_visitors_are_sent_to_the_login_page(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))
