"""A document page's source line (issue 15) and what withdrawing hides from the public."""

from __future__ import annotations

import re
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.urls import reverse

from reform_kb.kb.models import Document, Quote, SourceFile
from tests.builders import make_document, make_quote

pytestmark = pytest.mark.django_db

SEEDS = Path(settings.BASE_DIR) / "seeds"
SEED_PUBLISHERS = {
    "000_085332eeb6c0620c.txt": "Akademikerförbundet SSR, Föreningen Sveriges Socialchefer och Sveriges Kommuner och Regioner",
    "002_5b2a5514010cb1fc.txt": "Humana",
    "003_9da2409787b5ed37.txt": "Föreningen Sveriges Socialchefer (FSS)",
    "004_2ea0f9a9e9b88459.txt": "Sveriges Kommuner och Regioner (SKR)",
}


def source_line(client, document) -> str:
    html = client.get(document.get_absolute_url()).content.decode()
    return re.search(r'<dd class="kallrad">(.*?)</dd>', html, re.S).group(1)


def test_the_seeds_pages_show_their_publishers_and_never_a_file_name(client):
    call_command("import_seeds", str(SEEDS), stdout=StringIO(), stderr=StringIO())
    for document in Document.objects.all():
        page = client.get(document.get_absolute_url()).content.decode()
        assert document.source_file not in page, document.title
        assert "Fil:" not in page
        publisher = SEED_PUBLISHERS.get(document.source_file)
        if publisher:
            assert publisher in source_line(client, document), document.title
    # The seeds give no address, so none is invented; the line says so.
    assert "Ingen adress till originalet är känd." in source_line(client, Document.objects.first())


def test_a_known_address_is_linked_with_the_retrieval_date(client):
    document = make_document(source_file="svar.html")
    SourceFile.objects.create(
        name="svar.html",
        publisher="Vision",
        title="Remissvar om nya SoL",
        kind="remissvar",
        url="https://vision.se/remissvar",
        published="2024-03-05",
        retrieved_at="2024-04-01",
    )
    line = source_line(client, document)
    text = re.sub(r"<[^>]+>", "", line)
    assert text == (
        "Vision: Remissvar om nya SoL (remissvar), 5 mars 2024. "
        "Original: https://vision.se/remissvar, hämtat 1 april 2024."
    )
    assert '<a href="https://vision.se/remissvar" rel="noopener noreferrer">' in line


def test_a_document_without_a_known_source_says_unknown(client):
    assert source_line(client, make_document(source_file="")) == "Okänd"


def test_a_withdrawn_document_and_its_quotes_leave_every_public_page(client, editor_client):
    document = make_document(title="Ett dokument som dras tillbaka")
    quote = make_quote(document)
    changelist = reverse("admin:kb_document_changelist")
    response = editor_client.post(changelist, {"action": "withdraw", "_selected_action": [document.pk]})
    assert response.status_code == 302
    quote.refresh_from_db()
    assert not quote.public
    assert client.get(document.get_absolute_url()).status_code == 404
    assert client.get(quote.get_absolute_url()).status_code == 404
    assert "Ett dokument som dras tillbaka" not in client.get(reverse("kb:document_list")).content.decode()
    assert not client.get(reverse("kb:quote_list")).context["page_obj"].object_list
    assert client.get(reverse("kb:home")).context["document_total"] == 0
    # Published again, both are back.
    editor_client.post(changelist, {"action": "make_public", "_selected_action": [document.pk]})
    assert client.get(quote.get_absolute_url()).status_code == 200


def test_an_editor_withdraws_one_quote_and_the_rest_of_the_document_stays(client, editor_client):
    document = make_document()
    kept, withdrawn = make_quote(document), make_quote(document)
    response = editor_client.post(
        reverse("admin:kb_quote_changelist"), {"action": "withdraw", "_selected_action": [withdrawn.pk]}
    )
    assert response.status_code == 302
    assert client.get(withdrawn.get_absolute_url()).status_code == 404
    assert client.get(kept.get_absolute_url()).status_code == 200
    assert list(Quote.objects.public()) == [kept]
    assert Quote.objects.get(pk=withdrawn.pk).edited_by_editor  # a re-import leaves it withdrawn
    page = client.get(document.get_absolute_url()).content.decode()
    assert f"#citat-{kept.pk}" in page and f"#citat-{withdrawn.pk}" not in page
