"""The interface in Swedish at / and in English at /en/: links, switch, hreflang, formats, caches."""

import re
from datetime import date

import pytest
from django.template import Context, Template
from django.urls import reverse
from django.utils import translation

from tests.builders import make_document, make_organisation

PAGES = [
    "home",
    "theme_list",
    "theme_detail",
    "organisation_list",
    "organisation_detail",
    "person_list",
    "person_detail",
    "document_list",
    "document_detail",
    "quote_list",
    "quote_detail",
    "tag_detail",
]


@pytest.fixture(autouse=True)
def swedish_between_requests():
    """A request to /en/ leaves English active in the test's thread (a real request activates its own
    language first); `world.url` and later tests must reverse Swedish addresses."""
    translation.activate("sv")
    yield
    translation.activate("sv")


@pytest.fixture
def world(world):
    """The shared rows, with `url()` always giving the Swedish address."""
    plain = world.url

    def url(page: str) -> str:
        with translation.override("sv"):
            return plain(page)

    world.url = url
    return world


def english(url: str) -> str:
    return "/en" + url


def html_lang(page: str) -> str:
    return re.search(r'<html lang="([^"]+)"', page).group(1)


def test_swedish_is_at_the_root_and_english_under_en(client, world):
    swedish = client.get("/").content.decode()
    english_page = client.get("/en/").content.decode()
    assert html_lang(swedish) == "sv"
    assert "Vem säger vad om nya socialtjänstlagen?" in swedish
    assert html_lang(english_page) == "en"
    assert "Who says what about the new Social Services Act?" in english_page
    assert '<a href="/en/organisationer/">Organisations</a>' in english_page


def test_links_on_an_english_page_stay_in_english(client, world):
    page = client.get(english(world.url("document_detail"))).content.decode()
    assert f'href="/en/organisationer/{world.org.slug}/"' in page
    assert f'href="/organisationer/{world.org.slug}/"' not in page.split("</header>")[1]


@pytest.mark.parametrize("name", PAGES)
def test_every_public_page_names_its_other_language_in_its_head(client, world, name):
    url = world.url(name)
    for path, own in ((url, "sv"), (english(url), "en")):
        response = client.get(path)
        assert response.status_code == 200
        head = response.content.decode().split("</head>")[0]
        assert html_lang(head) == own
        assert f'<link rel="alternate" hreflang="sv" href="http://testserver{url}">' in head
        assert f'<link rel="alternate" hreflang="en" href="http://testserver{english(url)}">' in head
        assert f'<link rel="alternate" hreflang="x-default" href="http://testserver{url}">' in head


def test_the_language_switch_is_a_plain_link_to_the_same_page_and_keeps_the_search(client, world):
    page = client.get("/sok/?q=f%C3%B6rebyggande&visa=citat").content.decode()
    switch = page.split('<nav class="sprak"')[1].split("</nav>")[0]
    assert 'href="/en/sok/?q=f%C3%B6rebyggande&amp;visa=citat" lang="en" hreflang="en">English<' in switch
    assert 'aria-current="true">Svenska<' in switch
    assert "<form" not in switch and "<script" not in switch


def test_the_admin_stays_swedish_and_has_no_english_address(client, editor_client):
    assert "Logga in" in client.get("/admin/login/").content.decode()
    assert client.get("/en/admin/").status_code == 404


def test_an_unknown_english_address_gets_the_english_not_found_page(client, db):
    response = client.get("/en/finns-inte/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_dates_and_numbers_follow_the_page_language():
    template = Template("{% load kb_tags %}{% datum day %} {{ n|antal }}")
    context = Context({"day": date(2022, 3, 3), "n": 12345})
    with translation.override("sv"):
        assert template.render(context) == '<time datetime="2022-03-03">3 mars 2022</time> 12\u00a0345'
    with translation.override("en"):
        assert template.render(context) == '<time datetime="2022-03-03">3 March 2022</time> 12,345'


def test_a_document_page_in_english_dates_in_english_and_keeps_the_text_in_swedish(client, world):
    page = client.get(english(world.url("document_detail"))).content.decode()
    assert '<time datetime="2021-03-01">1 March 2021</time>' in page
    assert "Första stycket om förebyggande arbete." in page
    assert "<dt>Source</dt>" in page


def test_names_keep_the_swedish_order_in_english(client, db, settings):
    settings.KB_PAGE_SIZE = 1000  # all on one page, the reference organisations too
    names = ["Örebro kommun", "Ängelholms kommun", "Åre kommun", "Zeta förbundet", "Alfa förbundet"]
    for name in names:
        make_document(f"Remissvar från {name}", organisations=[make_organisation(name)])
    for url in ("/organisationer/", "/en/organisationer/"):
        page = client.get(url).content.decode()
        listed = [name for name in re.findall(r'<a href="[^"]+/"[^>]*>([^<]+)</a>', page) if name in names]
        assert listed == ["Alfa förbundet", "Zeta förbundet", "Åre kommun", "Ängelholms kommun", "Örebro kommun"], url


def test_the_page_cache_keeps_the_languages_apart(client, world, page_cache):
    for name in ("home", "document_detail", "quote_list", "theme_detail"):
        url = world.url(name)
        swedish = client.get(url)
        english_page = client.get(english(url))
        # Both now come from the cache: each must still be in its own language.
        assert html_lang(client.get(url).content.decode()) == "sv"
        assert html_lang(client.get(english(url)).content.decode()) == "en"
        assert swedish["ETag"] != english_page["ETag"]


def test_cached_quote_cards_and_theme_groups_are_kept_per_language(client, world, page_cache):
    client.get(world.url("quote_list"))
    client.get(world.url("theme_detail"))
    assert "About the quote" in client.get(english(world.url("quote_list"))).content.decode()
    theme = client.get(english(world.url("theme_detail"))).content.decode()
    assert "About the quote" in theme and "Om citatet" not in theme


def test_a_conditional_get_does_not_answer_one_language_with_the_others_etag(client, world, page_cache):
    url = world.url("document_detail")
    etag = client.get(url)["ETag"]
    assert client.get(english(url), HTTP_IF_NONE_MATCH=etag).status_code == 200


def test_reverse_follows_the_active_language(db):
    with translation.override("en"):
        assert reverse("kb:document_list") == "/en/dokument/"
        assert reverse("search:search") == "/en/sok/"
    assert reverse("kb:document_list") == "/dokument/"


def test_english_counts_say_one_document_and_two_quotes(client, world):
    from tests.builders import make_quote

    make_quote(world.doc, "Andra stycket.", organisation=world.org, themes=[world.theme])
    page = client.get(english(world.url("theme_list"))).content.decode()
    assert "1 document · 2 quotes" in page
    assert "1 dokument · 2 citat" in client.get(world.url("theme_list")).content.decode()


# Issue 14, items 5–6 after the merge: the pages main added since, Swedish content marked as Swedish
# (WCAG 3.1.2), the choices' labels, the long pages and what stays outside the language prefixes.

LATER_PAGES = ["/karta/", "/tidslinje/", "/om/", "/tillganglighet/", "/sok/?q=förebyggande"]


@pytest.mark.parametrize("url", LATER_PAGES)
def test_the_pages_added_since_have_both_languages(client, world, url):
    swedish = client.get(url)
    english_page = client.get(english(url))
    assert swedish.status_code == english_page.status_code == 200
    assert html_lang(swedish.content.decode()) == "sv"
    assert html_lang(english_page.content.decode()) == "en"
    # The shared frame (menu, footer) in English, Karta and Tidslinje included.
    text = english_page.content.decode()
    for english_words in ("Map</a>", "Timeline</a>", "Accessibility statement</a>", "Report an error</a>"):
        assert english_words in text, english_words
    assert "Tillgänglighetsredogörelse</a>" not in text


def test_map_and_timeline_speak_english_under_en(client, world):
    karta = client.get("/en/karta/").content.decode()
    assert "<h1>Organisations and themes</h1>" in karta
    assert "Stances:" in karta and "supports" in karta and "Hållningar:" not in karta
    tidslinje = client.get("/en/tidslinje/").content.decode()
    assert "<h1>The reform’s timeline</h1>" in tidslinje
    # The milestones' dates in English, their titles in Swedish and marked so.
    assert ">26 August 2020</time>" in tidslinje and "augusti 2020" not in tidslinje
    assert ">26 augusti 2020</time>" in client.get("/tidslinje/").content.decode()
    assert 'lang="sv">Betänkandet' in tidslinje or '<span lang="sv">' in tidslinje


def test_about_and_the_accessibility_statement_are_translated_whole(client, db):
    about = client.get("/en/om/").content.decode()
    assert '<h1 id="rubrik">About the knowledge bank</h1>' in about
    assert "Vem står bakom?" not in about and "Who runs it?" in about
    statement = client.get("/en/tillganglighet/").content.decode()
    assert "Accessibility of the knowledge bank" in statement
    # It says which text the law asks for, and links it.
    assert 'href="/tillganglighet/" hreflang="sv" lang="sv">tillgänglighetsredogörelse</a>' in statement
    assert "Vem står bakom?" in client.get("/om/").content.decode()


def test_swedish_content_on_an_english_page_is_marked_as_swedish(client, world):
    url = world.url("document_detail")
    english_page = client.get(english(url)).content.decode()
    assert '<h1 id="titel" lang="sv">Huvuddokumentet</h1>' in english_page
    assert '<div class="brodtext" lang="sv">' in english_page
    assert f'lang="sv">{world.org.name}</a>' in english_page
    # On the Swedish page the <html lang="sv"> says it all: no attribute is added.
    swedish = client.get(url).content.decode()
    assert '<h1 id="titel">Huvuddokumentet</h1>' in swedish
    body = swedish.split("</head>")[1]
    switch = body.split('<nav class="sprak"')[1].split("</nav>")[0]  # names each language in itself
    assert 'lang="sv"' not in body.replace(switch, "")


def test_a_quote_card_in_english_marks_the_quote_and_its_speaker_as_swedish(client, world):
    page = client.get(english(world.url("quote_list"))).content.decode()
    card = page.split('<figure class="citatkort">')[1].split("</figure>")[0]
    assert '<blockquote cite="' in card and '" lang="sv">' in card
    assert f'lang="sv">{world.person.name}</a>' in card
    assert f'lang="sv">{world.doc.title}</a>' in card


def test_the_link_after_a_quote_in_a_text_is_named_in_the_page_language(client, world):
    url = world.url("document_detail")
    english_page = client.get(english(url)).content.decode()
    assert '<a class="citat-lank" href="/en/citat/' in english_page
    assert '">quote<span class="visuellt-dold"> “' in english_page and "” on its own page</span>" in english_page
    assert '">citat<span class="visuellt-dold">et ”' in client.get(url).content.decode()


def test_choice_labels_follow_the_page_language(client, world):
    from reform_kb.kb.models import Document, Organisation, QuoteStance, Stance

    QuoteStance.objects.create(quote=world.quote, theme=world.theme, stance=Stance.KRITISK)
    english_page = client.get(english(world.url("quote_detail"))).content.decode()
    assert ">critical</span>" in english_page and "<dt>Stance</dt>" in english_page
    with translation.override("en"):
        kind = str(Document.Kind(world.doc.kind).label)
    assert f'<span class="typ">{kind}</span>' in client.get("/en/dokument/").content.decode()
    with translation.override("en"):
        assert str(Organisation.Kind.KOMMUN.label) == "Municipality"
        assert str(Document.Kind.REMISSVAR.label) == "Consultation response/letter"
    with translation.override("sv"):
        assert str(Organisation.Kind.KOMMUN.label) == "Kommun"


def test_the_pipelines_kind_labels_are_the_models_swedish_labels(db):
    from reform_kb.kb.models import Document, Quote
    from reform_kb.pipeline.records import DocumentKind, QuoteKind

    with translation.override("sv"):
        assert {k.value: k.label for k in DocumentKind} == {k.value: str(k.label) for k in Document.Kind}
        assert {k.value: k.label for k in QuoteKind} == {k.value: str(k.label) for k in Quote.Kind}


def test_robots_txt_keeps_crawlers_out_of_the_search_in_both_languages(client, db):
    text = client.get("/robots.txt").content.decode()
    assert "Disallow: /sok/\n" in text and "Disallow: /en/sok/\n" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text


def test_the_api_and_search_downloads_keep_one_address_outside_the_languages(client, world):
    assert client.get("/en/api/v1/documents").status_code == 404
    english_search = client.get("/en/sok/?q=f%C3%B6rebyggande").content.decode()
    assert 'href="/sok/export.csv?q=f%C3%B6rebyggande"' in english_search
    assert "Download the results" in english_search


def test_the_timeline_chart_counts_in_the_page_language(client, world):
    page = client.get("/en/tidslinje/").content.decode()
    assert "Documents per month" in page
    assert re.search(r"<title>March 2021: 1 document</title>", page)


def test_the_sitemap_lists_the_lists_and_pages_in_both_languages_as_alternates(client, db):
    pages = client.get("/sitemap-sidor.xml").content.decode()
    assert "<loc>http://testserver/dokument/</loc>" in pages
    assert "<loc>http://testserver/en/dokument/</loc>" in pages
    assert '<xhtml:link rel="alternate" hreflang="en" href="http://testserver/en/tillganglighet/"' in pages
    assert '<xhtml:link rel="alternate" hreflang="x-default" href="http://testserver/tillganglighet/"' in pages


def test_a_browser_asking_for_english_gets_the_address_it_asked_for(client, db):
    """The language is the address's, never the browser's Accept-Language or a cookie: a shared link
    opens in the language it was shared in, and the admin stays Swedish."""
    assert html_lang(client.get("/", HTTP_ACCEPT_LANGUAGE="en").content.decode()) == "sv"
    assert "Logga in" in client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert html_lang(client.get("/en/", HTTP_ACCEPT_LANGUAGE="sv").content.decode()) == "en"


def test_kind_label_is_get_kind_display_in_both_languages(db):
    from reform_kb.kb.models import Document, Organisation

    document, organisation = Document(kind=Document.Kind.REMISSVAR), Organisation(kind=Organisation.Kind.KOMMUN)
    for code in ("sv", "en"):
        with translation.override(code):
            assert document.kind_label == document.get_kind_display()
            assert organisation.kind_label == organisation.get_kind_display()
    assert Document(kind="okand").kind_label == "okand"


def test_the_switch_and_hreflang_keep_an_address_with_å_ä_ö_and_an_unknown_one(client, world):
    from tests.builders import make_document

    make_document(tags=["socialtjänst"])
    page = client.get("/en/taggar/socialtj%C3%A4nst/").content.decode()
    assert '<link rel="alternate" hreflang="sv" href="http://testserver/taggar/socialtj%C3%A4nst/">' in page
    missing = client.get("/en/finns-inte/?x=1").content.decode()
    assert 'href="/finns-inte/?x=1" lang="sv" hreflang="sv">Svenska<' in missing
    home = client.get("/en/").content.decode()
    assert 'href="/" lang="sv" hreflang="sv">Svenska<' in home
