"""Keeping the index fresh: signals on commit, bulk indexing, the rebuild command, migrations."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection

from reform_kb import search
from reform_kb.kb import changes
from reform_kb.kb.models import Document, Quote
from tests.builders import make_document, make_organisation, make_person, make_quote

pytestmark = pytest.mark.django_db


def _found(text, scope="all"):
    return [(hit.kind, hit.obj.pk) for hit in search.search(text, scope=scope).hits]


def test_a_saved_document_is_found_after_commit(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        doc = make_document("Om paradigmskiftet", body="Ett paradigmskifte för socialtjänsten.")
    assert callbacks
    assert _found("paradigmskifte") == [("document", doc.pk)]


def test_nothing_is_indexed_before_commit(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False):
        make_document("Om paradigmskiftet", body="Ett paradigmskifte.")
    assert _found("paradigmskifte") == []


def test_an_edited_document_is_found_by_its_new_words(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        doc = make_document("Gammal rubrik", body="Text om budget.")
    with django_capture_on_commit_callbacks(execute=True):
        doc.title = "Ny rubrik om statsbidrag"
        doc.save()
    assert _found("statsbidrag") == [("document", doc.pk)]
    assert _found("gammal") == []


def test_renaming_a_speaker_reindexes_their_quotes(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        person = make_person("Eva Berg")
        quote = make_quote(make_document(), "Det här är viktigt för barnen", speaker=person)
    with django_capture_on_commit_callbacks(execute=True):
        person.name = "Eva Björkström"
        person.save()
    assert _found("Björkström", scope="quotes") == [("quote", quote.pk)]
    assert _found("Berg", scope="quotes") == []


def test_retitling_a_document_reindexes_its_quotes(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        quote = make_quote(make_document("Rubrik"), "Ett citat om barnen")
    with django_capture_on_commit_callbacks(execute=True):
        doc = quote.document
        doc.title = "Omställningen i kommunerna"
        doc.save()
    assert _found("omställningen", scope="quotes") == [("quote", quote.pk)]


def test_a_deleted_document_and_its_quotes_leave_the_index(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        quote = make_quote(make_document("Paradigmskiftet", body="Paradigmskifte nu."), "Paradigmskifte nu.")
    assert len(_found("paradigmskifte")) == 2
    with django_capture_on_commit_callbacks(execute=True):
        quote.document.delete()
    assert _found("paradigmskifte") == []
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM search_entry")
            assert cursor.fetchone()[0] == 0


def test_several_saves_in_one_transaction_are_indexed_together(
    django_capture_on_commit_callbacks, django_assert_max_num_queries
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        docs = [make_document(f"Paradigmskifte {i}") for i in range(5)]
    from reform_kb.kb.content_version import _bump

    # At most: the names of organisations, authors and themes (3), the rows, delete and insert on
    # SQLite, which of the rows are published, the words added to the vocabulary (on PostgreSQL
    # its lock instead) and the people met only in drafts, whose names the entity index leaves out.
    # (The page cache's version bump is a callback of its own, not the index's.)
    with django_assert_max_num_queries(9):
        for callback in callbacks:
            if callback is not _bump:
                callback()
    assert sorted(pk for _, pk in _found("paradigmskifte")) == sorted(d.pk for d in docs)


def test_bulk_changes_defers_until_the_block_ends(django_assert_max_num_queries):
    with changes.bulk():
        docs = [make_document(f"Paradigmskifte {i}", body="Text.") for i in range(20)]
        quotes = [make_quote(doc, "Ett paradigmskifte") for doc in docs[:5]]
        assert _found("paradigmskifte") == []
    results = search.search("paradigmskifte", scope="quotes")
    assert sorted(hit.obj.pk for hit in results.hits) == sorted(q.pk for q in quotes)
    assert search.search("paradigmskifte").counts == {"document": 20, "quote": 5}


def test_bulk_changes_reindexes_in_a_bounded_number_of_queries(django_assert_max_num_queries):
    block = changes.bulk()
    block.__enter__()
    for i in range(30):
        make_document(f"Paradigmskifte {i}")
    # Only the flush when the block ends is measured, not the saves (see above). On SQLite one of
    # them asks which of the chunk's rows are published (only their words go into the vocabulary), one
    # which people are met only in drafts (the entity index leaves their names out).
    with django_assert_max_num_queries(9):
        block.__exit__(None, None, None)
    assert search.search("paradigmskifte").total == 30


def test_bulk_changes_skips_reindexing_when_the_block_fails():
    with pytest.raises(RuntimeError), changes.bulk():
        make_document("Paradigmskifte")
        raise RuntimeError
    assert _found("paradigmskifte") == []
    # And afterwards saves are indexed normally again.
    with changes.bulk():
        make_document("Paradigmskifte igen")
    assert len(_found("paradigmskifte")) == 2


def test_rebuild_command_indexes_everything_and_reports_progress():
    docs = [make_document(f"Paradigmskifte {i}") for i in range(3)]
    make_quote(docs[0], "Ett paradigmskifte")
    assert _found("paradigmskifte") == []
    out = StringIO()
    call_command("rebuild_search_index", stdout=out)
    assert "Dokument: 3/3" in out.getvalue()
    assert "Citat: 1/1" in out.getvalue()
    assert search.search("paradigmskifte").counts == {"document": 3, "quote": 1}


def test_reindex_everything_at_once():
    make_quote(make_document("Paradigmskifte"), "Ett paradigmskifte")
    assert search.reindex_documents() == 1
    assert search.reindex_quotes() == 1
    assert search.search("paradigmskifte").total == 2


def test_reindexing_many_rows_is_three_statements_on_postgres(postgres_only, django_assert_num_queries):
    docs = [make_document(f"Dokument {i}") for i in range(10)]
    quotes = [make_quote(doc) for doc in docs]
    # The vectors, the vocabulary's lock (see postgres._add_to_vocabulary) and the words added to it.
    with django_assert_num_queries(3):
        search.reindex_documents([d.pk for d in docs])
    with django_assert_num_queries(3):
        search.reindex_quotes([q.pk for q in quotes])


def test_gin_indexes_exist_on_postgres(postgres_only):
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname FROM pg_indexes WHERE indexdef LIKE '%%USING gin (search_vector)%%'")
        assert {row[0] for row in cursor.fetchall()} == {"kb_document_search_gin", "kb_quote_search_gin"}


def test_quote_vector_weights_text_above_names_above_title(postgres_only):
    person = make_person("Lisa Ek")
    quote = make_quote(make_document("Rubriken"), "Citatet", speaker=person, speaker_role="chef")
    search.reindex_quotes([quote.pk])
    vector = Quote.objects.values_list("search_vector", flat=True).get(pk=quote.pk)
    assert "'citatet':1A" in vector
    assert "'lis':2B" in vector or "'lisa':2B" in vector
    assert "'rubrik':5" in vector


def test_fts_table_exists_only_on_sqlite():
    tables = connection.introspection.table_names()
    assert ("search_entry" in tables) == (connection.vendor == "sqlite")


def test_rebuild_command_drops_entries_of_rows_that_are_gone():
    doc = make_document("Paradigmskifte")
    search.reindex_documents([doc.pk])
    # A raw delete sends no signal, as a bulk delete in a migration or the shell would not.
    Quote.objects.filter(document=doc).delete()
    Document.objects.filter(pk=doc.pk)._raw_delete(using="default")
    call_command("rebuild_search_index", stdout=StringIO())
    assert search.search("paradigmskifte").total == 0
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM search_entry")
            assert cursor.fetchone()[0] == 0


def test_adding_an_organisation_to_a_document_reindexes_it(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        doc = make_document("Remissvar", body="Om handlingsutrymme.")
        org = make_organisation("Förbundet Exempel")
    assert _found("Exempel handlingsutrymme") == []
    with django_capture_on_commit_callbacks(execute=True):
        doc.organisations.add(org)
    assert _found("Exempel handlingsutrymme") == [("document", doc.pk)]
    with django_capture_on_commit_callbacks(execute=True):
        org.documents.clear()
    assert _found("Exempel handlingsutrymme") == []


def test_renaming_an_organisation_reindexes_its_documents_and_quotes(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        org = make_organisation("Gamla förbundet")
        doc = make_document("Remissvar", body="Text.", organisations=[org])
        quote = make_quote(doc, "Ett citat", organisation=org)
    with django_capture_on_commit_callbacks(execute=True):
        org.name = "Nyförbundet"
        org.save()
    assert sorted(_found("Nyförbundet")) == [("document", doc.pk), ("quote", quote.pk)]
    assert _found("Gamla") == []


def test_an_authors_name_finds_the_document(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        author = make_person("Karin Sundqvist")
        doc = make_document("Debatt", body="Text.", authors=[author])
    assert _found("Sundqvist") == [("document", doc.pk)]


def test_assigning_a_theme_makes_the_row_pass_the_theme_filter(django_capture_on_commit_callbacks):
    from tests.builders import make_theme

    theme = make_theme("Filtertema")
    with django_capture_on_commit_callbacks(execute=True):
        document = make_document("Om hemtjänst", body="Hemtjänsten behöver mer personal.")
        quote = make_quote(document, "Hemtjänsten behöver mer personal.")
    assert search.search("hemtjänst", theme=theme.slug).total == 0
    with django_capture_on_commit_callbacks(execute=True):
        document.themes.add(theme)
        theme.quotes.add(quote)
    assert search.search("hemtjänst", theme=theme.slug).counts == {"document": 1, "quote": 1}


def test_a_renamed_theme_slug_filters_at_once(django_capture_on_commit_callbacks):
    from tests.builders import make_theme

    theme = make_theme("Bytt tema")
    with django_capture_on_commit_callbacks(execute=True):
        make_document("Om hemtjänst", body="Hemtjänsten behöver mer personal.", themes=[theme])
    with django_capture_on_commit_callbacks(execute=True):
        theme.slug = "nytt-namn"
        theme.save()
    assert search.search("hemtjänst", theme="nytt-namn").total == 1


def test_changing_a_documents_kind_moves_its_quotes_to_the_new_kind_filter(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        document = make_document("Om hemtjänst", body="Hemtjänsten.", kind=Document.Kind.ARTIKEL)
        make_quote(document, "Hemtjänsten.")
    with django_capture_on_commit_callbacks(execute=True):
        document.kind = Document.Kind.REMISSVAR
        document.save()
    assert search.search("hemtjänst", kind="remissvar", scope="quotes").total == 1
    assert search.search("hemtjänst", kind="artikel").total == 0


def test_rows_from_the_bulk_writers_are_indexed_when_the_block_ends():
    from django.utils import timezone

    from reform_kb.kb.bulk_rows import RowBatch, quote_row_shape, reserve_ids

    document = make_document("Utan ord", body="Text.")
    shape, now = quote_row_shape(), connection.ops.adapt_datetimefield_value(timezone.now())
    with changes.bulk():
        [pk] = reserve_ids(Quote, 1)
        rows = RowBatch()
        text = "Ett paradigmskifte."
        rows.add(
            Quote,
            shape.columns,
            [
                shape.row(
                    id=pk, created_at=now, updated_at=now, document_id=document.pk, text=text, start=0, end=19
                )
            ],
        )
        rows.write()
        assert _found("paradigmskifte") == []
    assert _found("paradigmskifte") == [("quote", pk)]


def test_a_recorded_raw_delete_leaves_the_index():
    document = make_document("Paradigmskifte")
    search.reindex_documents([document.pk])
    with changes.bulk():
        Document.objects.filter(pk=document.pk)._raw_delete(using="default")
        changes.record(Document, [document.pk], "deleted")
    assert search.search("paradigmskifte").total == 0
