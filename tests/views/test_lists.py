"""List pages: Swedish alphabetical order, filters, pagination and the tag page."""

import re
from datetime import date

import pytest
from django.urls import reverse

from reform_kb.kb.models import Document, Organisation
from tests.builders import make_document, make_organisation, make_person, make_quote, make_theme

pytestmark = pytest.mark.django_db


def html(client, url) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def positions(page: str, names: list[str]) -> list[int]:
    return [page.index(f">{name}</a>") for name in names]


def test_organisations_are_in_swedish_order_with_letter_headings(client, settings):
    settings.KB_PAGE_SIZE = 1000
    names = ["Zebraförbundet", "Örnföreningen", "Älvsällskapet", "Åsnegillet", "Ekoföreningen", "Élitklubben"]
    for name in names:
        make_organisation(name, kind=Organisation.Kind.FORETAG)
    page = html(client, reverse("kb:organisation_list") + "?typ=foretag&alla=1")
    order = ["Ekoföreningen", "Élitklubben", "Zebraförbundet", "Åsnegillet", "Älvsällskapet", "Örnföreningen"]
    assert positions(page, order) == sorted(positions(page, order))
    headings = re.findall(r'<h2 id="bokstav-(.)" class="bokstav">', page)
    assert [h for h in headings if h in "EZÅÄÖ"] == ["E", "Z", "Å", "Ä", "Ö"]


def test_organisation_list_filters_by_kind_and_shows_counts(client, db):
    kommun = make_organisation("Testköpings kommun", kind=Organisation.Kind.KOMMUN)
    make_quote(make_document(organisations=[kommun]), organisation=kommun)
    make_organisation("Testförbundet", kind=Organisation.Kind.FACKFORBUND)
    page = html(client, reverse("kb:organisation_list") + "?typ=kommun")
    assert "Testköpings kommun" in page and "Testförbundet" not in page
    assert "Kommun · 1 dokument · 1 citat" in page
    assert '<option value="kommun" selected>' in page


def test_organisations_without_documents_or_quotes_are_listed_only_on_request(client, settings):
    settings.KB_PAGE_SIZE = 1000  # all of them, the reference organisations included, on one page
    active = make_organisation("Aktivförbundet", kind=Organisation.Kind.FACKFORBUND)
    make_document(organisations=[active])
    quoted = make_organisation("Citerade kommun", kind=Organisation.Kind.KOMMUN)
    make_quote(make_document(), organisation=quoted)
    make_organisation("Tysta myndigheten", kind=Organisation.Kind.MYNDIGHET)
    page = html(client, reverse("kb:organisation_list"))
    assert ">Aktivförbundet</a>" in page and ">Citerade kommun</a>" in page
    assert "Tysta myndigheten" not in page
    # The reference organisations a database starts with are silent too.
    silent = Organisation.objects.count() - 2
    assert f"{silent} organisation{'er' if silent != 1 else ''} i registret har ännu inget dokument eller citat" in page
    everything = html(client, reverse("kb:organisation_list") + "?alla=1")
    assert ">Tysta myndigheten</a>" in everything
    assert "Visa bara organisationer med dokument eller citat" in everything


def test_organisation_letter_links_point_at_the_page_of_each_letter(client, settings):
    settings.KB_PAGE_SIZE = 2
    Organisation.objects.filter(kind=Organisation.Kind.FORETAG).delete()  # the reference list's companies
    for name in ["Alfa AB", "Beta AB", "Östra AB"]:
        make_organisation(name, kind=Organisation.Kind.FORETAG)
    page = html(client, reverse("kb:organisation_list") + "?typ=foretag&alla=1")
    assert 'href="#bokstav-A"' in page  # on this page already
    assert 'href="?typ=foretag&amp;alla=1&amp;sida=2#bokstav-Ö"' in page


def test_people_are_in_swedish_order(client, settings):
    settings.KB_PAGE_SIZE = 1000
    for name in ["Östen Ek", "Åsa Berg", "Zara Lind", "Ärla Sten", "Adam Al"]:
        make_quote(speaker=make_person(name))  # the list holds people a published text names
    page = html(client, reverse("kb:person_list"))
    order = ["Adam Al", "Zara Lind", "Åsa Berg", "Ärla Sten", "Östen Ek"]
    assert positions(page, order) == sorted(positions(page, order))


def test_document_list_filters_by_kind_year_organisation_theme_and_tag(client, db):
    org, theme = make_organisation("Filterförbundet"), make_theme("Filtertema")
    target = make_document(
        "Träffen",
        kind=Document.Kind.REMISSVAR,
        published=date(2020, 11, 1),
        organisations=[org],
        themes=[theme],
        tags=["remiss"],
    )
    make_document("Fel typ", kind=Document.Kind.ARTIKEL, published=date(2020, 11, 1), organisations=[org])
    make_document("Fel år", kind=Document.Kind.REMISSVAR, published=date(2021, 1, 1), organisations=[org])
    make_document("Fel organisation", kind=Document.Kind.REMISSVAR, published=date(2020, 5, 1))
    base = reverse("kb:document_list")
    assert ">Fel typ<" not in html(client, f"{base}?typ=remissvar")
    assert ">Fel år<" not in html(client, f"{base}?ar=2020")
    page = html(client, f"{base}?organisation={org.slug}")
    assert ">Fel organisation<" not in page and ">Fel år<" in page
    page = html(client, f"{base}?typ=remissvar&ar=2020&organisation={org.slug}&tema={theme.slug}&tagg=remiss")
    assert f'href="{target.get_absolute_url()}">Träffen</a>' in page
    assert 'role="status">1 dokument</p>' in page
    assert '<option value="2020" selected>' in page
    assert "Rensa filter" in page


def test_document_list_with_no_match_offers_to_clear_filters(client, db):
    make_document()
    page = html(client, reverse("kb:document_list") + "?ar=1999")
    assert "Inga dokument matchar filtren." in page


def test_bad_filter_values_are_ignored(client, db):
    make_document("Finns")
    page = html(client, reverse("kb:document_list") + "?typ=<script>&ar=abc&sida=xyz")
    assert ">Finns</a>" in page
    assert "<script>" not in page


def test_quote_list_filters_by_speaker_and_theme(client, db):
    theme = make_theme("Citattema")
    anna, bo = make_person("Anna Filter"), make_person("Bo Filter")
    doc = make_document(body="Annas ord.\n\nBos ord.")
    make_quote(doc, "Annas ord.", speaker=anna, themes=[theme])
    make_quote(doc, "Bos ord.", speaker=bo)
    page = html(client, reverse("kb:quote_list") + f"?talare={anna.slug}")
    assert "Annas ord." in page and "Bos ord." not in page
    page = html(client, reverse("kb:quote_list") + f"?tema={theme.slug}")
    assert "Annas ord." in page and "Bos ord." not in page
    assert '<label for="filter-talare">Talare</label>' in page


def test_document_list_paginates_and_keeps_filters_in_page_links(client, small_pages):
    org = make_organisation("Sidförbundet")
    for n in range(5):
        make_document(f"Sida-dokument {n}", organisations=[org], published=date(2021, 1, n + 1))
    first = html(client, reverse("kb:document_list") + f"?organisation={org.slug}")
    assert "Sida 1 av 3" in first
    assert f'href="?organisation={org.slug}&amp;sida=2" rel="next"' in first
    assert '<a href="?organisation=' + org.slug + '" aria-current="page">1</a>' in first
    third = html(client, reverse("kb:document_list") + f"?organisation={org.slug}&sida=3")
    assert ">Sida-dokument 0</a>" in third and ">Sida-dokument 4</a>" not in third


@pytest.mark.parametrize("name", ["theme_list", "organisation_list", "person_list", "quote_list"])
def test_every_list_page_paginates(client, small_pages, name):
    doc = make_document(body="A.\n\nB.\n\nC.")
    for text in ["A.", "B.", "C."]:
        make_quote(doc, text, speaker=make_person())
    page = html(client, reverse(f"kb:{name}") + ("?alla=1" if name == "organisation_list" else ""))
    assert 'aria-label="Sidor"' in page and "Sida 1 av" in page


def test_tag_page_lists_documents_and_quotes_with_the_tag(client, db):
    tagged = make_document("Taggat dokument", tags=["hemloshet"])
    make_document("Otaggat dokument")
    make_quote(tagged, tags=["hemloshet"])
    page = html(client, reverse("kb:tag_detail", args=["hemloshet"]))
    assert "Taggen ”hemloshet”" in page
    assert ">Taggat dokument</a>" in page and "Otaggat dokument" not in page
    assert 'role="status"' not in page
    assert "Socialtjänsten behöver förebyggande insatser." in page


def test_tag_with_swedish_letters_in_its_slug_has_its_own_page(client, db):
    doc = make_document(tags=["förebyggande", "barn"])
    page = html(client, doc.get_absolute_url())
    assert '<a class="tagg" href="/taggar/f%C3%B6rebyggande/">förebyggande</a>' in page
    tag_page = html(client, "/taggar/f%C3%B6rebyggande/")
    assert f'href="{doc.get_absolute_url()}"' in tag_page
    filtered = html(client, "/dokument/?tagg=f%C3%B6rebyggande")
    assert f'href="{doc.get_absolute_url()}"' in filtered


def test_filter_panel_is_open_only_when_a_filter_is_in_use(client, db):
    page = html(client, reverse("kb:document_list"))
    assert '<details class="filterpanel">' in page
    assert "<summary>Filtrera efter typ, år, från år, till år, organisation, tema och tagg</summary>" in page
    page = html(client, reverse("kb:document_list") + "?typ=artikel")
    assert '<details class="filterpanel" open>' in page
