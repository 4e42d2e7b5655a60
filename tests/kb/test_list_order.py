"""Quote lists are read in their documents' order from an index: Quote.sort_date follows the document."""

from datetime import date

import pytest
from django.urls import reverse

from reform_kb.kb.models import Quote
from reform_kb.kb.models.base import detail_url
from reform_kb.kb.models.quotes import UNDATED
from reform_kb.kb.selectors import quote_list
from tests.builders import make_document, make_organisation, make_person, make_quote, make_theme

pytestmark = pytest.mark.django_db


def test_a_new_quote_takes_its_documents_date():
    quote = make_quote(make_document(published=date(2023, 5, 4)))
    quote.refresh_from_db()
    assert quote.sort_date == date(2023, 5, 4)


def test_an_undated_documents_quotes_sort_as_undated():
    quote = make_quote(make_document(published=None))
    quote.refresh_from_db()
    assert quote.sort_date == UNDATED


def test_changing_a_documents_date_moves_its_quotes():
    doc = make_document(published=date(2020, 1, 1))
    quote = make_quote(doc)
    doc.published = date(2024, 2, 2)
    doc.save()
    quote.refresh_from_db()
    assert quote.sort_date == date(2024, 2, 2)
    doc.published = None
    doc.save(update_fields=["published"])
    quote.refresh_from_db()
    assert quote.sort_date == UNDATED


def test_quote_lists_run_newest_document_first_undated_last_then_in_text_order():
    org = make_organisation()
    old = make_document("Gammal", published=date(2019, 1, 1), body="Ett.\n\nTvå.")
    new = make_document("Ny", published=date(2025, 1, 1))
    undated = make_document("Odaterad", published=None)
    second = make_quote(old, "Två.", organisation=org)
    first = make_quote(old, "Ett.", organisation=org)
    newest = make_quote(new, organisation=org)
    last = make_quote(undated, organisation=org)
    assert list(quote_list().filter(organisation=org)) == [newest, first, second, last]


def test_the_importer_and_the_generator_fill_the_sort_date(tmp_path):
    from django.core.management import call_command

    (tmp_path / "artikel.txt").write_text(
        "Ny lag för socialtjänsten\n\nPublicerad 3 mars 2022\n\n"
        "– Vi behöver mer förebyggande arbete, säger Anna Andersson, ordförande i Testförbundet.\n",
        encoding="utf-8",
    )
    call_command("import_seeds", str(tmp_path), verbosity=0)
    call_command("generate_corpus", documents=5, quotes=40, seed=3, verbosity=0)
    mismatched = [
        q
        for q in Quote.objects.select_related("document")
        if q.sort_date != (q.document.published or UNDATED)
    ]
    assert Quote.objects.count() >= 40
    assert mismatched == []


@pytest.mark.parametrize(
    "name, key",
    [
        ("kb:theme_detail", "forsta-linjens-socialtjanst"),
        ("kb:quote_detail", 12),
        ("kb:person_detail", "a-b"),
    ],
)
def test_detail_urls_are_what_reverse_gives(name, key):
    assert detail_url(name, key) == reverse(name, args=[key])


def test_model_urls_are_what_reverse_gives():
    theme, person = make_theme(), make_person()
    quote = make_quote()
    assert theme.get_absolute_url() == reverse("kb:theme_detail", args=[theme.slug])
    assert person.get_absolute_url() == reverse("kb:person_detail", args=[person.slug])
    assert quote.get_absolute_url() == reverse("kb:quote_detail", args=[quote.pk])
    assert quote.document.get_absolute_url() == reverse("kb:document_detail", args=[quote.document.slug])
