"""The pages about the site, robots.txt and sitemap.xml (issue 14, item 4)."""

import re

import pytest
from django.urls import reverse

from tests.builders import make_document, make_organisation, make_quote

pytestmark = pytest.mark.django_db


def page(client, url) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def headings(html: str) -> list[str]:
    return [re.sub(r"<[^>]+>", "", h) for h in re.findall(r"<h[23][^>]*>(.*?)</h[23]>", html)]


def test_about_page_says_who_how_the_method_the_uncertainty_and_how_to_report_an_error(client, settings):
    settings.KB_PUBLISHER = "Testredaktionen"
    settings.KB_CONTACT_EMAIL = "fel@example.org"
    make_quote(make_document(needs_review=True), needs_review=True)
    html = page(client, reverse("kb:about"))
    assert headings(html)[1:] == [
        "Vem står bakom?",
        "Så kommer dokument och citat in",
        "Så får dokument och citat sina teman",
        "Hur säkert är det?",
        "Rapportera ett fel",
    ]
    assert "ges ut av Testredaktionen" in html
    assert "Teman sätts automatiskt efter nyckelord" in html
    assert "1 av dokumenten och 1 av 1 citat väntar på granskning" in html
    assert 'href="mailto:fel@example.org"' in html


def test_about_page_says_plainly_when_no_contact_address_is_set(client, settings):
    settings.KB_CONTACT_EMAIL = ""
    html = page(client, reverse("kb:about"))
    assert "mailto:" not in html
    assert "e-postadress är inte publicerad ännu" in html


def test_accessibility_statement_follows_diggs_model_headings(client):
    html = page(client, reverse("kb:accessibility"))
    assert headings(html) == [
        "Hur tillgänglig är webbplatsen?",
        "Vad kan du göra om du inte kan använda delar av webbplatsen?",
        "Rapportera brister i webbplatsens tillgänglighet",
        "Tillsyn",
        "Teknisk information om webbplatsens tillgänglighet",
        "Innehåll som inte är tillgängligt",
        "Bristande förenlighet med lagkraven",
        "Oskäligt betungande anpassning",
        "Innehåll som inte omfattas av lagkraven",
        "Hur vi testat webbplatsen",
    ]
    assert "delvis förenlig" in html
    assert 'href="https://www.digg.se/tdosanmalan"' in html
    assert re.search(r"uppdaterades senast den <time datetime=\"\d{4}-\d{2}-\d{2}\">", html)


def test_every_page_links_to_the_pages_about_the_site(client):
    html = page(client, "/")
    assert f'href="{reverse("kb:about")}"' in html
    assert f'href="{reverse("kb:accessibility")}"' in html


def test_every_page_prints_with_the_site_name_address_and_date(client):
    html = page(client, reverse("kb:about"))
    assert re.search(
        r'<p class="utskrift">Nya socialtjänstlagen – kunskapsbank · http://testserver/om/ · utskriven \d{1,2} \w+ \d{4}</p>',
        html,
    )


def test_robots_txt_keeps_crawlers_out_of_the_admin_and_search_and_names_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Disallow: /admin/" in text and "Disallow: /sok/" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text


def test_sitemap_lists_public_pages_but_not_silent_organisations(client):
    publisher = make_organisation("Utgivarförbundet")
    silent = make_organisation("Tysta myndigheten")
    doc = make_document(organisations=[publisher])
    quote = make_quote(doc)
    index = page(client, "/sitemap.xml")
    assert "http://testserver/sitemap-dokument.xml" in index
    documents = page(client, "/sitemap-dokument.xml")
    assert f"<loc>http://testserver{doc.get_absolute_url()}</loc>" in documents
    organisations = page(client, "/sitemap-organisationer.xml")
    assert publisher.get_absolute_url() in organisations and silent.get_absolute_url() not in organisations
    assert quote.get_absolute_url() in page(client, "/sitemap-citat.xml")
    assert reverse("kb:accessibility") in page(client, "/sitemap-sidor.xml")
    assert client.get("/sitemap-finnsinte.xml").status_code == 404
