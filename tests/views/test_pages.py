"""Each public page answers, in Swedish, with the content a visitor comes for."""

import pytest
from django.urls import reverse

from reform_kb.kb.models import Document, Organisation
from tests.builders import make_document, make_organisation, make_person, make_quote, make_theme

pytestmark = pytest.mark.django_db


def html(client, url, status=200) -> str:
    response = client.get(url)
    assert response.status_code == status, url
    return response.content.decode()


def test_home_explains_the_reform_and_its_timeline(client, world):
    page = html(client, reverse("kb:home"))
    assert '<html lang="sv">' in page
    for fact in [
        "SOU 2020:47",
        "Hållbar socialtjänst – En ny socialtjänstlag",
        "prop. 2024/25:89",
        "SFS 2025:400",
    ]:
        assert fact in page
    assert "Lagrådsremiss" in page or "lagrådsremiss" in page


def test_home_lists_themes_with_counts_and_latest_documents(client, world):
    world.grow(2)
    page = html(client, reverse("kb:home"))
    assert 'Mättema</a> <span class="antal">3 dokument · 5 citat' in page
    assert "Huvuddokumentet" in page


def test_home_has_a_labelled_search_form_to_the_search_page(client, db):
    page = html(client, reverse("kb:home"))
    assert f'action="{reverse("search:search")}"' in page
    assert '<label for="sok-start">' in page and 'id="sok-start"' in page and 'name="q"' in page


def test_base_layout_has_skip_link_main_landmark_and_current_section(client, world):
    page = html(client, reverse("kb:theme_list"))
    assert 'href="#innehall"' in page and '<main id="innehall"' in page
    assert f'<a href="{reverse("kb:theme_list")}" aria-current="page">Teman</a>' in page
    page = html(client, world.url("theme_detail"))
    assert f'<a href="{reverse("kb:theme_list")}" aria-current="true">Teman</a>' in page


def test_theme_list_shows_themes_in_editor_order_with_counts(client, world):
    page = html(client, reverse("kb:theme_list"))
    assert page.index("Förebyggande arbete") < page.index("Insatser utan behovsprövning")
    assert "1 dokument · 1 citat" in page


def test_theme_detail_renders_markdown_description(client, world):
    page = html(client, world.url("theme_detail"))
    assert "<h1>Mättema</h1>" in page
    assert "<strong>mätning</strong>" in page


def test_theme_detail_groups_quotes_by_organisation_then_without_organisation(client, db):
    theme = make_theme("Grupptema")
    doc = make_document(body="Ett.\n\nTvå.\n\nTre.", themes=[theme])
    make_quote(doc, "Tre.", organisation=make_organisation("Örestad förening"), themes=[theme])
    make_quote(doc, "Ett.", organisation=make_organisation("Ankeborg förening"), themes=[theme])
    make_quote(doc, "Två.", themes=[theme])
    page = html(client, reverse("kb:theme_detail", args=[theme.slug]))
    assert page.index("Ankeborg förening") < page.index("Örestad förening") < page.index("Utan organisation")
    assert page.index("Ankeborg förening") < page.index("Ett.") < page.index("Örestad förening")


def test_theme_detail_without_content_says_so(client, db):
    theme = make_theme("Tomt tema")
    page = html(client, reverse("kb:theme_detail", args=[theme.slug]))
    assert "Inga citat om temat ännu." in page
    assert "Inga dokument om temat ännu." in page


def test_organisation_detail_shows_kind_aliases_branches_people_documents_quotes_themes(client, world):
    world.grow(1)
    page = html(client, world.url("organisation_detail"))
    assert "Intresseorganisation" in page
    assert "Mät-alias 1" in page
    assert "Avdelningar" in page
    assert "Mät Person</a>, ordförande" in page
    assert "Huvuddokumentet" in page
    assert "Första stycket om förebyggande arbete." in page
    assert "Mättema" in page


def test_branch_links_to_its_parent(client, world):
    branch = make_organisation("Mätförbundet Skåne", parent=world.org)
    page = html(client, reverse("kb:organisation_detail", args=[branch.slug]))
    assert f'<dt>Del av</dt><dd><a href="{world.org.get_absolute_url()}">Mätförbundet</a>' in page


def test_person_list_shows_role_organisation_and_quote_count(client, world):
    page = html(client, reverse("kb:person_list"))
    assert "Mät Person</a> (S)" in page
    assert "ordförande, <a" in page
    assert "1 citat" in page


def test_person_detail_shows_roles_party_quotes_and_documents(client, world):
    page = html(client, world.url("person_detail"))
    assert "<dt>Parti</dt><dd>S</dd>" in page
    assert "ordförande, <a" in page and "Mätförbundet" in page
    assert "Första stycket om förebyggande arbete." in page
    assert "Huvuddokumentet" in page


def test_document_list_shows_kind_date_and_organisation(client, world):
    page = html(client, reverse("kb:document_list"))
    assert "Huvuddokumentet" in page
    assert "Artikel" in page and "1 mars 2021" in page and "Mätförbundet" in page


def test_document_detail_shows_metadata_and_source(client, db):
    doc = make_document(
        "Remissvar från Testkommunen",
        kind=Document.Kind.REMISSVAR,
        source_file="remissvar.md",
        source_url="https://example.se/remissvar",
    )
    page = html(client, doc.get_absolute_url())
    assert "Remissvar/skrivelse" in page
    assert "remissvar.md" not in page  # issue 15: a source line, never a file name
    assert 'href="https://example.se/remissvar"' in page
    assert "<p>Socialtjänsten behöver förebyggande insatser.</p>" in page


def test_quote_detail_shows_speaker_organisation_annotation_and_context_link(client, db):
    org = make_organisation("Citatförbundet")
    speaker = make_person("Eva Ek", organisation=org, title="ordförande")
    quote = make_quote(
        speaker=speaker, organisation=org, speaker_role="ordförande", annotation="Se *särskilt* detta."
    )
    page = html(client, quote.get_absolute_url())
    assert f'href="{speaker.get_absolute_url()}">Eva Ek</a>, ordförande' in page
    assert f'href="{org.get_absolute_url()}">Citatförbundet</a>' in page
    assert "<em>särskilt</em>" in page
    assert f'href="{quote.get_context_url()}"' in page
    assert "Läs citatet i sitt sammanhang" in page


def test_quote_list_shows_quotes_with_links_to_context(client, world):
    page = html(client, reverse("kb:quote_list"))
    assert "Första stycket om förebyggande arbete." in page
    assert f'href="{world.quote.get_context_url()}"' in page


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("document_list", "Inga dokument ännu."),
        ("quote_list", "Inga citat ännu."),
        ("person_list", "Inga personer ännu."),
    ],
)
def test_empty_lists_say_so(client, db, name, message):
    assert message in html(client, reverse(name if ":" in name else f"kb:{name}"))


def test_empty_organisation_list_says_so(client, db):
    Organisation.objects.all().delete()
    assert "Inga organisationer ännu." in html(client, reverse("kb:organisation_list"))


@pytest.mark.parametrize(
    "url",
    [
        "/teman/finns-inte/",
        "/organisationer/finns-inte/",
        "/personer/finns-inte/",
        "/dokument/finns-inte/",
        "/citat/999999/",
        "/taggar/finns-inte/",
    ],
)
def test_unknown_slugs_give_404_in_swedish(client, db, url):
    assert "Sidan finns inte" in html(client, url, status=404)


def test_theme_detail_shows_ten_quotes_per_organisation_and_links_to_the_rest(client, db):
    theme, org = make_theme("Många citat"), make_organisation("Pratsamma förbundet")
    doc = make_document(body="\n\n".join(f"Mening nummer {n}." for n in range(12)))
    for n in range(12):
        make_quote(doc, f"Mening nummer {n}.", organisation=org, themes=[theme])
    page = html(client, reverse("kb:theme_detail", args=[theme.slug]))
    assert page.count('<figure class="citatkort">') == 10
    assert (
        f'?tema={theme.slug}&amp;organisation={org.slug}">Alla 12 citat från Pratsamma förbundet om temat'
        in page
    )
