"""Nothing of a draft reaches the public, whatever route they take (issue 15's drafts, checked broadly).

Drafts are filtered where each reader asks for rows (`.public()` on documents, quotes, people and
organisations), so a new page or route that forgets the filter would leak what an editor has not yet
reviewed. This test walks every public route (pages, lists with "show all", sitemap, feeds, downloads,
citations, the map, the timeline, search and its suggestions, the API) with a draft in the database whose
title, quote, speaker and new organisation all carry the word "hemlis", and finds it nowhere.
"""

import json
from urllib.parse import quote

import pytest

from reform_kb.kb import changes
from reform_kb.kb.models import Organisation
from tests.builders import make_document, make_organisation, make_person, make_quote, make_theme

pytestmark = pytest.mark.django_db

MARK = "hemlis"


@pytest.fixture
def data():
    # Written in a bulk() block, as an import writes: its end publishes the change set, so the search
    # index and its vocabulary hold these rows (the draft's words included) when the test searches.
    with changes.bulk():
        return _rows()


def _rows():
    theme = make_theme("Provtemat", slug="provtemat")
    org = make_organisation("Synligförbundet", slug="synligforbundet")
    shown = make_document(
        "Det synliga remissvaret",
        body="– Förebyggande arbete är bra, säger Synlig Svensson.",
        organisations=[org],
        themes=[theme],
    )
    make_quote(shown, "Förebyggande arbete är bra", speaker=make_person("Synlig Svensson"), organisation=org,
               themes=[theme])
    secret_org = make_organisation("Hemlisförbundet", slug="hemlisforbundet", needs_review=True)
    secret = make_document(
        "Hemlisdokumentet",
        slug="hemlisdokumentet",
        body="– Förebyggande hemlisarbete lönar sig, säger Hemlis Hemlisson.",
        organisations=[secret_org],
        themes=[theme],
    )
    quote = make_quote(
        secret, "Förebyggande hemlisarbete lönar sig", speaker=make_person("Hemlis Hemlisson", slug="hemlis"),
        organisation=secret_org, themes=[theme],
    )
    secret.public = False
    secret.save()
    return {"theme": theme, "org": org, "shown": shown, "secret": secret, "secret_quote": quote}


def public_urls(data) -> list[str]:
    theme, org, shown = data["theme"].slug, data["org"].slug, data["shown"].slug
    pages = [
        "/", "/om/", "/tillganglighet/", "/robots.txt", "/teman/", f"/teman/{theme}/", "/organisationer/",
        "/organisationer/?alla=1", f"/organisationer/{org}/", "/personer/", "/dokument/", f"/dokument/{shown}/",
        "/citat/", "/karta/", f"/karta/?tema={theme}", "/tidslinje/", f"/tidslinje/?tema={theme}",
    ]
    sitemaps = ["/sitemap.xml"] + [f"/sitemap-{s}.xml" for s in ("dokument", "citat", "organisationer", "personer")]
    feeds = ["/flode/dokument/", "/flode/citat/", f"/teman/{theme}/flode/", f"/organisationer/{org}/flode/"]
    downloads = [f"/{kind}/export.{fmt}" for kind in ("dokument", "citat") for fmt in ("csv", "excel.csv", "json")]
    downloads += [f"/citat/export.json?tema={theme}", f"/dokument/export.csv?tema={theme}"]
    # The search pages say what was searched for; what a search finds is what must not leak (see body()).
    searches = [f"/sok/?q={q}" for q in ("hemlisarbete", "Hemlisson", "Hemlisförbundet", "hemlisdokumentet")]
    # A misspelling of a draft's word must not be answered "Menade du …?" with that word.
    searches += ["/sok/?q=förebyggande", "/sok/?q=hemlizarbete", "/sok/?q=hemlizdokumentet", "/sok/?q=hemli*"]
    searches += ["/sok/forslag/?q=hemli", "/sok/forslag/?q=hemlizarb", "/sok/export.json?q=förebyggande", "/sok/flode/?q=förebyggande"]
    api = [f"/api/v1/{r}" for r in ("documents", "quotes", "organisations", "people", "themes")]
    api += ["/api/v1/search?q=förebyggande", "/api/v1/search?q=hemlisarbete", f"/api/v1/quotes?theme={theme}"]
    english = ["/en" + url for url in pages + [s for s in searches if s.startswith("/sok/?")]]
    return pages + english + sitemaps + feeds + downloads + searches + api


def body(response, url: str) -> str:
    """The response's text in lower case, without the words of its query (a search page echoes them)."""
    content = b"".join(response.streaming_content) if response.streaming else response.content
    text = content.decode("utf-8-sig").lower()
    query = response.wsgi_request.GET.get("q", "").lower()
    if len(query) > 3:
        text = text.replace(query, "").replace(quote(query).lower(), "")
    return text


def test_no_public_route_shows_anything_of_a_draft(client, data):
    leaks, errors = {}, {}
    for url in public_urls(data):
        response = client.get(quote(url, safe="/?=&*"))  # percent-encoded, as a browser sends it
        if response.status_code >= 400:
            errors[url] = response.status_code
        elif MARK in (text := body(response, url)):
            leaks[url] = text[max(0, text.index(MARK) - 80) : text.index(MARK) + 80]
    assert not errors, errors
    assert not leaks, json.dumps(leaks, ensure_ascii=False, indent=1)
    # The walk reached real content: the published document is found where the draft is not.
    assert "det synliga remissvaret" in body(client.get(quote("/sok/?q=förebyggande", safe="/?=")), "")


def test_the_drafts_own_addresses_are_not_found(client, data):
    secret, quote = data["secret"], data["secret_quote"]
    for url in (
        f"/dokument/{secret.slug}/", f"/citat/{quote.pk}/", "/personer/hemlis/", "/organisationer/hemlisforbundet/",
        f"/dokument/{secret.slug}/citera.ris", f"/citat/{quote.pk}/citera.bib", "/personer/hemlis/flode/",
        f"/api/v1/documents/{secret.slug}", f"/api/v1/quotes/{quote.pk}", "/api/v1/people/hemlis",
        "/api/v1/organisations/hemlisforbundet",
    ):
        assert client.get(url).status_code == 404, url


def test_publishing_the_draft_brings_its_organisation_and_its_words_to_readers(client, data):
    with changes.bulk():
        data["secret"].public = True
        data["secret"].save()
    assert "Hemlisförbundet" in client.get("/organisationer/").content.decode()
    assert "hemlisdokumentet" in client.get("/sok/?q=hemlizdokumentet").content.decode().lower()
    assert Organisation.objects.public().filter(slug="hemlisforbundet").exists()
