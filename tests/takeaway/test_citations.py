""" "Citera": the formatted reference on the page, and RIS, BibTeX and CSL-JSON that reference managers read."""

import json
from datetime import date

import bibtexparser
import pytest
import rispy
from django.urls import reverse

from reform_kb.kb.views.citations import swedish_name_order
from tests.builders import make_document, make_organisation, make_person, make_quote

pytestmark = pytest.mark.django_db


@pytest.fixture
def doc():
    org = make_organisation("Förbundet Östergård & Co")
    person = make_person("Åsa von Ärlig")
    return make_document(
        "Remissvar: ”Hållbar socialtjänst” – 100 % {förslag}",
        kind="remissvar",
        organisations=[org],
        authors=[person],
        published=date(2020, 11, 30),
        source_url="https://example.se/remissvar.pdf",
    )


@pytest.fixture
def org_doc():
    org = make_organisation("Kommunförbundet Åland")
    return make_document(
        "Pressmeddelande om reformen", kind="pressmeddelande", organisations=[org], published=None
    )


def test_swedish_names_split_into_family_and_given():
    assert swedish_name_order("Anna Svensson") == ("Svensson", "Anna")
    assert swedish_name_order("Åsa von Ärlig") == ("von Ärlig", "Åsa")
    assert swedish_name_order("Madonna") == ("Madonna", "")


def test_ris_parses_with_rispy_as_a_report_by_its_author(client, doc):
    response = client.get(reverse("kb:document_citation", args=[doc.slug, "ris"]))
    assert response["Content-Type"].startswith("application/x-research-info-systems")
    assert "attachment" in response["Content-Disposition"]
    [entry] = rispy.loads(response.content.decode("utf-8"))
    assert entry["type_of_reference"] == "RPRT"
    assert entry["title"] == "Remissvar: ”Hållbar socialtjänst” – 100 % {förslag}"
    assert entry["authors"] == ["von Ärlig, Åsa"]
    assert entry["year"] == "2020"
    assert entry["date"] == "2020/11/30/"
    assert entry["urls"] == ["https://example.se/remissvar.pdf"]
    assert entry["publisher"] == "Förbundet Östergård & Co"


def test_bibtex_parses_with_bibtexparser_and_keeps_special_characters(client, doc):
    response = client.get(reverse("kb:document_citation", args=[doc.slug, "bib"]))
    library = bibtexparser.parse_string(response.content.decode("utf-8"))
    assert library.failed_blocks == []
    [entry] = library.entries
    fields = {k: v.value for k, v in entry.fields_dict.items()}
    assert entry.entry_type == "techreport"
    assert fields["author"] == "von Ärlig, Åsa"
    assert fields["year"] == "2020"
    assert fields["institution"] == r"Förbundet Östergård \& Co"
    assert fields["title"] == r"{Remissvar: ”Hållbar socialtjänst” – 100 \% \{förslag\}}"
    assert fields["url"] == "https://example.se/remissvar.pdf"


def test_an_organisation_without_people_is_the_author_in_braces(client, org_doc):
    bib = client.get(reverse("kb:document_citation", args=[org_doc.slug, "bib"])).content.decode()
    [entry] = bibtexparser.parse_string(bib).entries
    assert entry.fields_dict["author"].value == "{Kommunförbundet Åland}"
    assert "year" not in entry.fields_dict
    [ris] = rispy.loads(
        client.get(reverse("kb:document_citation", args=[org_doc.slug, "ris"])).content.decode()
    )
    assert ris["authors"] == ["Kommunförbundet Åland"]
    assert ris["type_of_reference"] == "PRESS"


def test_csl_json_is_an_item_list_with_date_parts(client, doc):
    response = client.get(reverse("kb:document_citation", args=[doc.slug, "json"]))
    [item] = json.loads(response.content)
    assert item["type"] == "report"
    assert item["author"] == [{"family": "von Ärlig", "given": "Åsa"}]
    assert item["issued"] == {"date-parts": [[2020, 11, 30]]}
    assert item["title"].startswith("Remissvar: ”Hållbar")


def test_a_quote_cites_its_document_with_its_words_and_page(client, doc):
    quote = make_quote(doc, text="Vi tillstyrker – med tvekan.")
    [entry] = rispy.loads(client.get(reverse("kb:quote_citation", args=[quote.pk, "ris"])).content.decode())
    assert entry["title"] == doc.title
    assert entry["notes"] == ["Citat: ”Vi tillstyrker – med tvekan.”"]
    library = bibtexparser.parse_string(
        client.get(reverse("kb:quote_citation", args=[quote.pk, "bib"])).content.decode()
    )
    assert library.failed_blocks == []
    assert library.entries[0].key.endswith(f"c{quote.pk}")
    [item] = json.loads(client.get(reverse("kb:quote_citation", args=[quote.pk, "json"])).content)
    assert f"/citat/{quote.pk}/" in item["note"]


def test_pages_show_the_reference_and_link_the_files(client, doc):
    page = client.get(doc.get_absolute_url()).content.decode()
    assert '<h2 id="citera">Citera</h2>' in page
    assert (
        "von Ärlig, Åsa (2020, 30 november). Remissvar: ”Hållbar socialtjänst” – 100 % {förslag} [Remissvar/skrivelse]. Förbundet Östergård &amp; Co. https://example.se/remissvar.pdf"
        in page
    )
    assert f'href="/dokument/{doc.slug}/citera.ris"' in page
    quote = make_quote(doc, text="Vi tillstyrker.")
    page = client.get(quote.get_absolute_url()).content.decode()
    assert f'href="/citat/{quote.pk}/citera.bib"' in page


def test_an_undated_document_says_u_a(client, org_doc):
    page = client.get(org_doc.get_absolute_url()).content.decode()
    assert "Kommunförbundet Åland (u.å.). Pressmeddelande om reformen [Pressmeddelande]." in page


def test_unknown_document_or_format_is_not_found(client, doc):
    assert client.get(reverse("kb:document_citation", args=["finns-inte", "ris"])).status_code == 404
    assert client.get(f"/dokument/{doc.slug}/citera.pdf").status_code == 404
    assert client.get("/citat/999999/citera.ris").status_code == 404
