"""Atom feeds of new documents and quotes, per theme, organisation, person and search, linked from the pages."""

import re

import feedparser
import pytest
from django.urls import reverse
from lxml import etree

from reform_kb import search
from tests.builders import make_document, make_organisation, make_person, make_quote, make_theme

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def _atom(response):
    """The feed parsed as XML, checked for what RFC 4287 requires, and as a feed reader reads it."""
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = etree.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated"):
        assert root.find(f"{ATOM}{required}") is not None, required
    has_author = root.find(f"{ATOM}author") is not None
    for entry in root.findall(f"{ATOM}entry"):
        for required in ("id", "title", "updated"):
            assert entry.find(f"{ATOM}{required}") is not None, required
        assert has_author or entry.find(f"{ATOM}author") is not None
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    return parsed


@pytest.fixture
def rows():
    org = make_organisation("Östra förbundet")
    person = make_person("Örjan Ek", organisation=org)
    theme = make_theme("Provtema för flöden")
    doc = make_document(
        "Ett remissvar om ”socialtjänsten”", organisations=[org], authors=[person], themes=[theme]
    )
    quote = make_quote(
        doc,
        text="Socialtjänsten ska vara lätt att nå – för alla.",
        speaker=person,
        organisation=org,
        themes=[theme],
    )
    other = make_quote(make_document("Annat dokument"), text="Något helt annat.")
    return {"org": org, "person": person, "theme": theme, "doc": doc, "quote": quote, "other": other}


def test_new_documents_and_new_quotes_feeds_are_valid_atom_newest_first(client, rows):
    documents = _atom(client.get(reverse("kb:document_feed")))
    assert documents.feed.title.startswith("Nya dokument")
    assert documents.entries[0].title == "Annat dokument"
    quotes = _atom(client.get(reverse("kb:quote_feed")))
    assert [e.link for e in quotes.entries] == [
        f"http://testserver/citat/{rows['other'].pk}/",
        f"http://testserver/citat/{rows['quote'].pk}/",
    ]
    entry = quotes.entries[1]
    assert entry.title == "Örjan Ek, Östra förbundet: ”Socialtjänsten ska vara lätt att nå – för alla.”"
    assert entry.author == "Örjan Ek"
    assert [t.term for t in entry.tags] == ["Provtema för flöden"]


@pytest.mark.parametrize(
    "key,name", [("theme", "kb:theme_feed"), ("org", "kb:organisation_feed"), ("person", "kb:person_feed")]
)
def test_an_entitys_feed_holds_its_documents_and_quotes_only(client, rows, key, name):
    feed = _atom(client.get(reverse(name, args=[rows[key].slug])))
    links = {e.link for e in feed.entries}
    assert links == {
        f"http://testserver/dokument/{rows['doc'].slug}/",
        f"http://testserver/citat/{rows['quote'].pk}/",
    }
    assert rows[key].name in feed.feed.title


def test_feed_of_an_unknown_slug_is_not_found(client):
    assert client.get(reverse("kb:theme_feed", args=["finns-inte"])).status_code == 404


def test_empty_feed_is_still_valid_atom(client):
    theme = make_theme("Tomt tema")
    assert _atom(client.get(reverse("kb:theme_feed", args=[theme.slug]))).entries == []


def test_saved_search_feed_holds_the_matches(client, rows):
    search.reindex_documents(), search.reindex_quotes()
    feed = _atom(client.get(reverse("api:search_feed") + "?q=socialtjänsten"))
    assert "”socialtjänsten”" in feed.feed.title
    assert f"http://testserver/citat/{rows['quote'].pk}/" in {e.link for e in feed.entries}
    assert f"http://testserver/citat/{rows['other'].pk}/" not in {e.link for e in feed.entries}


def _alternates(html):
    return re.findall(
        r'<link rel="alternate" type="application/atom\+xml" title="[^"]+" href="([^"]+)">', html
    )


def test_pages_link_their_feeds_from_the_head(client, rows):
    assert _alternates(client.get(reverse("kb:home")).content.decode()) == [
        "/flode/dokument/",
        "/flode/citat/",
    ]
    assert _alternates(client.get(reverse("kb:quote_list")).content.decode()) == ["/flode/citat/"]
    assert _alternates(client.get(rows["theme"].get_absolute_url()).content.decode()) == [
        reverse("kb:theme_feed", args=[rows["theme"].slug])
    ]
    assert _alternates(client.get(rows["org"].get_absolute_url()).content.decode()) == [
        reverse("kb:organisation_feed", args=[rows["org"].slug])
    ]
    assert _alternates(client.get(rows["person"].get_absolute_url()).content.decode()) == [
        reverse("kb:person_feed", args=[rows["person"].slug])
    ]
    html = client.get(reverse("search:search") + "?q=insats&tema=x&sida=2").content.decode()
    assert _alternates(html) == ["/sok/flode/?q=insats&amp;tema=x"]
    head = client.get(reverse("kb:home")).content.decode().split("</head>")[0]
    # The Atom feeds; the page's other languages are alternates too (hreflang, i18n), not feeds.
    assert head.count('<link rel="alternate" type="application/atom+xml"') == 2


def test_a_search_for_control_characters_still_gives_a_valid_feed(client):
    feed = _atom(client.get(reverse("api:search_feed") + "?q=a%01b%00c"))
    assert feed.feed.title.startswith("Sökning ”a b c”")
