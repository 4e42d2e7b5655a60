"""Nothing the public may not see leaves through the take-away routes: drafts and withdrawn quotes
(issue 15) are missing from downloads, feeds, citations and the API, as from the pages."""

import json

import pytest

from tests.builders import make_document, make_quote

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft():
    document = make_document("Utkastet om biståndet", body="– Utkastets citat om biståndet, säger Eva Ek.")
    quote = make_quote(document, "Utkastets citat om biståndet")
    document.public = False
    document.save()
    quote.refresh_from_db()
    assert not quote.public  # the quote follows its document
    return document, quote


@pytest.fixture
def shown():
    document = make_document("Det publicerade remissvaret", body="– Ett publicerat citat, säger Eva Ek.")
    return document, make_quote(document, "Ett publicerat citat")


def test_downloads_leave_drafts_out(client, draft, shown):
    for url in ("/dokument/export.csv", "/citat/export.json"):
        body = b"".join(client.get(url).streaming_content).decode("utf-8-sig")
        assert "Utkastet" not in body
        assert "publicerade remissvaret" in body or "publicerat citat" in body


def test_feeds_leave_drafts_out(client, draft, shown):
    assert "Utkastet" not in client.get("/flode/dokument/").content.decode()
    assert "Utkastets citat" not in client.get("/flode/citat/").content.decode()


def test_citations_of_drafts_are_not_found(client, draft, shown):
    document, quote = draft
    assert client.get(f"/dokument/{document.slug}/citera.ris").status_code == 404
    assert client.get(f"/citat/{quote.pk}/citera.bib").status_code == 404
    assert client.get(f"/dokument/{shown[0].slug}/citera.ris").status_code == 200


def test_the_api_leaves_drafts_out(client, draft, shown):
    documents = json.loads(client.get("/api/v1/documents").content)
    quotes = json.loads(client.get("/api/v1/quotes").content)
    assert [d["title"] for d in documents["results"]] == ["Det publicerade remissvaret"]
    assert [q["text"] for q in quotes["results"]] == ["Ett publicerat citat"]
    assert client.get(f"/api/v1/documents/{draft[0].slug}").status_code == 404
