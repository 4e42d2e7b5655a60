"""The change feed (kb/changes.py): what each write path records, and when it is published."""

import pytest
from django.db import connection, transaction
from django.utils import timezone
from taggit.models import Tag, TaggedItem

from reform_kb.kb import changes, content_version
from reform_kb.kb.bulk_rows import RowBatch, insert_rows, quote_row_shape, reserve_ids
from reform_kb.kb.models import ContentVersion, Document, Organisation, Quote, Theme
from tests.builders import make_document, make_organisation, make_quote, make_theme

pytestmark = pytest.mark.django_db


@pytest.fixture
def published(monkeypatch):
    """The change sets published, in order (instead of going to the search app)."""
    sets = []
    monkeypatch.setattr(changes, "_subscribers", [sets.append])
    return sets


def test_saves_deletes_and_relinking_record_themselves(published, django_capture_on_commit_callbacks):
    theme = make_theme("Tema")
    with django_capture_on_commit_callbacks(execute=True):
        doc = make_document("Ett dokument")
        doc.themes.add(theme)
        theme.save()
        quote = make_quote(doc, "Ett citat")
        quote_pk = quote.pk
        quote.delete()
    [change] = published
    assert change.ids(Document, "created") == {doc.pk}
    assert change.ids(Document, "relinked") == {doc.pk}
    assert change.ids(Theme, "updated") == {theme.pk}
    assert change.ids(Quote, "created") == change.ids(Quote, "deleted") == {quote_pk}


def test_clearing_a_relation_from_the_other_side_relinks_the_rows_that_had_it(
    published, django_capture_on_commit_callbacks
):
    theme = make_theme("Tema")
    docs = [make_document(f"Dokument {n}", themes=[theme]) for n in range(2)]
    with django_capture_on_commit_callbacks(execute=True):
        theme.documents.clear()
    assert published[-1].ids(Document, "relinked") == {d.pk for d in docs}


def test_the_bulk_row_writers_record_what_they_insert():
    doc = make_document("Ett dokument")
    org, theme = make_organisation("Förbundet"), make_theme("Tema")
    shape = quote_row_shape()
    with changes.collect() as written:
        [pk] = reserve_ids(Quote, 1)
        now = connection.ops.adapt_datetimefield_value(timezone.now())
        row = shape.row(
            id=pk, created_at=now, updated_at=now, document_id=doc.pk, text="Ett citat", start=0, end=9
        )
        insert_rows(Quote, shape.columns, [row])
        rows = RowBatch()
        rows.add(Document.organisations.through, ["document_id", "organisation_id"], [(doc.pk, org.pk)])
        rows.add(Quote.themes.through, ["quote_id", "theme_id"], [(pk, theme.pk)])
        tag = Tag.objects.create(name="tagg")
        content_type = TaggedItem.content_type.field.related_model.objects.get_for_model(Document)
        rows.add(TaggedItem, ["tag_id", "content_type_id", "object_id"], [(tag.pk, content_type.pk, doc.pk)])
        rows.write()
    assert written.ids(Quote, "created") == {pk}
    assert written.ids(Quote, "relinked") == {pk}
    assert written.ids(Document, "relinked") == {doc.pk}
    assert not written.ids(Organisation)
    assert Quote.objects.get(pk=pk).text == "Ett citat"


def test_a_row_shape_takes_named_columns_and_defaults_the_rest():
    shape = quote_row_shape()
    row = dict(zip(shape.columns, shape.row(id=7, text="Citat"), strict=True))
    assert row["id"] == 7 and row["text"] == "Citat"
    assert row["speaker_role"] == "" and row["needs_review"] is False and row["speaker_id"] is None
    with pytest.raises(TypeError, match="speaker"):
        shape.row(speaker=1)


def test_nested_bulk_blocks_publish_once_when_the_outer_one_ends(published):
    with changes.bulk():
        first = make_document("Ett")
        with changes.bulk():
            second = make_document("Två")
        assert published == []
        third = make_document("Tre")
    [change] = published
    assert change.ids(Document, "created") == {first.pk, second.pk, third.pk}


def test_nothing_is_published_when_a_bulk_block_raises(published):
    with pytest.raises(RuntimeError), changes.bulk():
        failed = make_document("Misslyckat")
        raise RuntimeError
    assert published == []
    # What it recorded goes out with the next change set.
    with changes.bulk():
        doc = make_document("Nästa")
    assert published[0].ids(Document) == {failed.pk, doc.pk}


def test_saves_in_one_transaction_are_published_once_after_commit(
    published, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks, transaction.atomic():
        docs = [make_document(f"Dokument {n}") for n in range(20)]
        assert published == []
    for callback in callbacks:
        callback()
    assert len(published) == 1
    assert published[0].ids(Document, "created") == {d.pk for d in docs}


def test_the_content_version_is_bumped_once_per_commit(django_capture_on_commit_callbacks):
    before = content_version.content_version()
    with django_capture_on_commit_callbacks(execute=True) as callbacks, transaction.atomic():
        doc = make_document("Dokument")
        with changes.bulk():
            make_quote(doc, "Ett citat")
        doc.title = "Ny rubrik"
        doc.save()
    assert [c for c in callbacks if c is content_version._bump] == [content_version._bump]
    assert content_version.content_version() > before


def test_a_collected_change_set_is_published_by_whoever_takes_it(published):
    with changes.collect() as written:
        doc = make_document("Dokument")
        with changes.bulk():  # joins the collection
            make_document("Ett till")
    assert published == []
    changes.publish(written)
    assert published[0].ids(Document, "created") >= {doc.pk}


def test_an_unknown_action_is_refused():
    with pytest.raises(ValueError, match="renamed"):
        changes.record(Document, [1], "renamed")


def test_a_lost_version_row_is_made_again_by_the_next_bump():
    ContentVersion.objects.all().delete()  # as `manage.py flush` does
    assert content_version.content_version() == 0
    content_version._bump()
    assert content_version.content_version() > 0
