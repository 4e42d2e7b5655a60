"""generate_corpus and remove_synthetic against the database (run on SQLite and PostgreSQL)."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from taggit.models import TaggedItem

from reform_kb import search
from reform_kb.kb.models import Document, Organisation, Person, Quote
from reform_kb.synthetic.generate import REF_PREFIX
from tests.builders import make_document, make_organisation, make_person

pytestmark = pytest.mark.django_db


def generate(documents=20, quotes=200, seed=1, **kwargs):
    out = StringIO()
    call_command(
        "generate_corpus", documents=documents, quotes=quotes, seed=seed, stdout=out, verbosity=0, **kwargs
    )
    return out.getvalue()


def corpus():
    return list(
        Document.objects.filter(synthetic=True).order_by("import_ref").values_list("title", "body", "kind")
    ), list(Quote.objects.order_by("import_ref").values_list("text", "start", "end", "speaker__name"))


def test_creates_the_requested_numbers_marked_synthetic():
    out = generate(documents=20, quotes=200)
    assert "Skapade 20 dokument, 200 citat" in out
    assert Document.objects.filter(synthetic=True).count() == 20
    assert Quote.objects.filter(document__synthetic=True).count() == 200
    assert Person.objects.filter(synthetic=True).count() == 20
    assert Organisation.objects.filter(synthetic=True, name__startswith="Syntetiska ").count() == 10
    assert not Document.objects.filter(synthetic=True).exclude(import_ref__startswith=REF_PREFIX).exists()
    assert not Quote.objects.exclude(import_ref__startswith=REF_PREFIX).exists()


def test_every_quote_matches_its_document_body():
    generate(documents=10, quotes=150)
    quotes = Quote.objects.select_related("document")
    assert quotes.count() == 150
    assert [q.pk for q in quotes if q.document.body[q.start : q.end] != q.text] == []


def test_documents_are_spread_over_themes_organisations_years_and_tags():
    generate(documents=40, quotes=100)
    documents = Document.objects.filter(synthetic=True)
    assert documents.filter(themes__isnull=False).distinct().count() == 40
    assert documents.filter(organisations__isnull=False).distinct().count() == 40
    years = {d.published.year for d in documents}
    assert len(years) >= 4 and years <= set(range(2018, 2027))
    assert documents.filter(tags__isnull=False).exists()
    assert Quote.objects.filter(themes__isnull=False).distinct().count() == 100


def test_same_seed_gives_the_same_corpus():
    generate(seed=5)
    first = corpus()
    call_command("remove_synthetic", stdout=StringIO())
    generate(seed=5)
    assert corpus() == first
    call_command("remove_synthetic", stdout=StringIO())
    generate(seed=6)
    assert corpus() != first


def test_refuses_to_add_to_existing_synthetic_data_unless_replacing():
    generate(documents=5, quotes=10)
    with pytest.raises(CommandError, match="remove_synthetic"):
        generate(documents=5, quotes=10)
    generate(documents=6, quotes=12, replace=True)
    assert Document.objects.filter(synthetic=True).count() == 6


def test_generated_quotes_are_searchable():
    generate(documents=30, quotes=300)
    results = search.search("socialtjänsten", scope="quotes")
    assert results.counts["quote"] > 0
    assert all(hit.obj.document.synthetic for hit in results.hits)


def test_remove_synthetic_leaves_real_data_alone():
    organisation = make_organisation("Riktiga förbundet")
    person = make_person("Riktig Person", organisation=organisation)
    real = make_document("Riktigt dokument om socialtjänsten", organisations=[organisation])
    real_quote = Quote.objects.create(
        document=real, text="Socialtjänsten", start=0, end=14, speaker=person, organisation=organisation
    )
    # Saves reindex on commit, which a test's transaction never reaches.
    search.reindex_documents([real.pk])
    search.reindex_quotes([real_quote.pk])
    generate(documents=10, quotes=50)
    out = StringIO()
    call_command("remove_synthetic", stdout=out)
    assert "Tog bort 10 dokument, 50 citat" in out.getvalue()
    assert list(Document.objects.all()) == [real]
    assert list(Quote.objects.all()) == [real_quote]
    assert Person.objects.filter(synthetic=True).count() == 0
    assert not TaggedItem.objects.exists()
    assert Organisation.objects.filter(synthetic=True).count() == 0
    assert (
        Person.objects.filter(pk=person.pk).exists()
        and Organisation.objects.filter(pk=organisation.pk).exists()
    )
    assert {hit.obj for hit in search.search("socialtjänsten").hits} == {real, real_quote}


def test_files_mode_writes_articles_that_import_seeds_reads(tmp_path):
    out = StringIO()
    call_command("generate_corpus", documents=3, quotes=12, files=tmp_path, stdout=out, verbosity=0)
    files = sorted(tmp_path.glob("*.txt"))
    assert len(files) == 3
    assert not Document.objects.exists()
    call_command("import_seeds", str(tmp_path), stdout=StringIO(), verbosity=0)
    assert Document.objects.count() == 3
    assert Quote.objects.count() >= 9
