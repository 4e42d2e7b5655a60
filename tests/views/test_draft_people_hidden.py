"""A person met only in a draft (a name the importer may have misread, not yet reviewed) is not shown
to the public: not in the list of people, not on a page of their own, not in the sitemap, not as a search
card. Once the document is published, they are (issue 15's drafts, applied to the names they bring)."""

import pytest

from reform_kb import search
from tests.builders import make_document, make_person, make_quote

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft_speaker():
    person = make_person("Utkast Uddasson", slug="utkast-uddasson")
    document = make_document("Utkastet", body="– Ett citat i utkastet, säger Utkast Uddasson.")
    make_quote(document, "Ett citat i utkastet", speaker=person)
    document.public = False
    document.save()
    return person, document


@pytest.fixture
def public_speaker():
    person = make_person("Publik Persson", slug="publik-persson")
    document = make_document("Det publicerade", body="– Ett publicerat citat, säger Publik Persson.")
    make_quote(document, "Ett publicerat citat", speaker=person)
    return person


def test_the_list_of_people_leaves_out_people_met_only_in_drafts(client, draft_speaker, public_speaker):
    page = client.get("/personer/").content.decode()
    assert "Publik Persson" in page
    assert "Utkast Uddasson" not in page


def test_the_page_of_a_person_met_only_in_a_draft_is_not_found(client, draft_speaker, public_speaker):
    assert client.get("/personer/utkast-uddasson/").status_code == 404
    assert client.get("/personer/publik-persson/").status_code == 200


def test_the_sitemap_leaves_out_people_met_only_in_drafts(client, draft_speaker, public_speaker):
    sitemap = client.get("/sitemap-personer.xml").content.decode()
    assert "/personer/publik-persson/" in sitemap
    assert "/personer/utkast-uddasson/" not in sitemap


def test_search_gives_no_card_for_a_person_met_only_in_a_draft(draft_speaker, public_speaker):
    cards = {e.name for e in search.search("Uddasson").entities}
    assert "Utkast Uddasson" not in cards


def test_publishing_the_draft_shows_its_people(client, draft_speaker):
    person, document = draft_speaker
    document.public = True
    document.save()
    assert "Utkast Uddasson" in client.get("/personer/").content.decode()
    assert client.get("/personer/utkast-uddasson/").status_code == 200
