"""The issue's acceptance path: an editor adds an annotated quote in the admin and the public sees it."""

import pytest
from django.urls import reverse

from reform_kb.kb.models import Quote
from tests.builders import NO_STANCES, make_document, make_person

pytestmark = pytest.mark.django_db

BODY = "Förbundet svarar på remissen.\n\n– Socialsekreterare behöver beslutsrätt i individärenden, säger Eva Ek."


def test_editor_quote_with_annotation_appears_on_the_site(editor_client, client, django_capture_on_commit_callbacks):
    document = make_document("Remissvar om beslutsrätt", body=BODY)
    speaker = make_person("Eva Ek")
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            reverse("admin:kb_quote_add"),
            {
                "document": document.pk,
                "text": "Socialsekreterare behöver beslutsrätt i individärenden",
                "kind": Quote.Kind.DIRECT,
                "speaker": speaker.pk,
                "speaker_role": "ordförande",
                "organisation": "",
                "tags": "beslutsrätt",
                "annotation": "Se **prop. 2024/25:89**. <script>alert(1)</script>",
                "review_note": "",
                **NO_STANCES,
            },
        )
    assert response.status_code == 302
    quote = Quote.objects.get()

    page = client.get(quote.get_absolute_url()).content.decode()
    assert "Socialsekreterare behöver beslutsrätt i individärenden" in page
    assert "<strong>prop. 2024/25:89</strong>" in page
    assert "<script>alert(1)" not in page
    assert quote.get_context_url() in page

    doc_page = client.get(document.get_absolute_url()).content.decode()
    assert f'id="citat-{quote.pk}"' in doc_page

    results = client.get(reverse("search:search"), {"q": "individärende", "visa": "citat"}).content.decode()
    assert quote.get_absolute_url() in results
