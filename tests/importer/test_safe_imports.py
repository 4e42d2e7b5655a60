"""Imports no file can break (issue 11): each failure measured there, one file at a time.

A file too big to parse, a text with a NUL byte past the binary check's first 8 KB and a file whose
search-index update fails are refused or rolled back alone, with a reason the operator can act on,
while the other files of the batch import; a long body never breaks the index; a document that
vanishes from its source is flagged whatever it was flagged for before.
"""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import DataError

from reform_kb.importer.service import import_paths
from reform_kb.importer.writer import VANISHED_NOTE
from reform_kb.kb import changes
from reform_kb.kb.models import Document, SourceFile
from reform_kb.search import index_sync, search
from reform_kb.search.backends import current

from .articles import article
from .test_reimport import editor_quote

pytestmark = pytest.mark.django_db


def import_failing(*paths, match: str) -> str:
    """Import `paths`, expecting the command to fail naming `match`; what it wrote to stderr."""
    err = StringIO()
    with pytest.raises(CommandError, match=match):
        call_command("import_seeds", *[str(p) for p in paths], stdout=StringIO(), stderr=err)
    return err.getvalue()


@pytest.fixture
def good(tmp_path):
    """Two well-formed articles, named to come before and after the bad files in the batch."""
    paths = []
    for name, title in (("a_forsta.txt", "Första artikeln"), ("z_sista.txt", "Sista artikeln")):
        path = tmp_path / name
        path.write_text(article(title), encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture
def unindexable(tmp_path, monkeypatch):
    """A file whose document the search index refuses, as PostgreSQL's tsvector refused a 50 MB text."""
    bad = tmp_path / "m_trasig.txt"
    bad.write_text(article("Trasig artikel"), encoding="utf-8")
    reindex = index_sync.reindex_documents

    def failing(ids):
        if Document.objects.filter(pk__in=ids, title="Trasig artikel").exists():
            raise DataError("string is too long for tsvector")
        return reindex(ids)

    monkeypatch.setattr(index_sync, "reindex_documents", failing)
    return bad


def test_a_file_above_the_size_limit_is_refused_unread_and_the_others_import(tmp_path, good, settings):
    settings.KB_IMPORT_MAX_BYTES = 2_000
    big = tmp_path / "m_stor.txt"
    # A generated big text: the article, then paragraphs up to three times the (lowered) limit.
    big.write_text(article("Stor fil") + "\nMånga kommuner har stora underskott.\n" * 150, encoding="utf-8")
    assert big.stat().st_size > 6_000

    err = import_failing(tmp_path, match="m_stor.txt")

    assert "m_stor.txt: MISSLYCKADES – filen är för stor (6,2 kB); gränsen är 2,0 kB" in err
    assert "KB_IMPORT_MAX_BYTES" in err
    assert set(Document.objects.values_list("title", flat=True)) == {"Första artikeln", "Sista artikeln"}


def test_the_size_limit_is_checked_before_the_file_is_read(tmp_path, settings, monkeypatch):
    from pathlib import Path

    settings.KB_IMPORT_MAX_BYTES = 100
    big = tmp_path / "stor.txt"
    big.write_text(article(), encoding="utf-8")

    def no_reading(*args, **kwargs):
        raise AssertionError("a file above the limit was read")

    monkeypatch.setattr(Path, "read_bytes", no_reading)
    monkeypatch.setattr(Path, "open", no_reading)
    err = import_failing(big, match="stor.txt")
    assert "för stor" in err


def test_a_nul_byte_after_the_first_8_kb_refuses_the_file_and_the_others_import(tmp_path, good):
    text = article("Trasig artikel") + "\nMånga kommuner har stora underskott.\n" * 300
    assert len(text.encode()) > 9_000
    text += "Ett stycke med ett \x00 mitt i.\n"
    bad = tmp_path / "m_trasig.txt"
    bad.write_text(text, encoding="utf-8")

    err = import_failing(tmp_path, match="m_trasig.txt")

    assert "NUL-tecken" in err
    assert set(Document.objects.values_list("title", flat=True)) == {"Första artikeln", "Sista artikeln"}
    assert not any("\x00" in body for body in Document.objects.values_list("body", flat=True))
    assert SourceFile.objects.get(name="m_trasig.txt").status == SourceFile.Status.FAILED


def test_a_file_whose_index_update_fails_is_rolled_back_alone(tmp_path, good, unindexable):
    """The search index of a file is updated inside its savepoint: a failure there (as PostgreSQL's
    "string is too long for tsvector" was) takes that file back, not the batch it is in."""

    err = import_failing(tmp_path, match="m_trasig.txt")

    assert "string is too long for tsvector" in err
    assert set(Document.objects.values_list("title", flat=True)) == {"Första artikeln", "Sista artikeln"}
    assert SourceFile.objects.get(name="m_trasig.txt").status == SourceFile.Status.FAILED
    # The files after the failing one are indexed too.
    assert [hit.title for hit in search("Sista artikeln", scope="documents").hits] == ["Sista artikeln"]


def test_a_batch_saved_again_file_by_file_counts_each_file_once(tmp_path, good, unindexable):
    shown = []
    report = import_paths([tmp_path], on_file=shown.append)

    assert [(f.key, f.documents, bool(f.error)) for f in report.files] == [
        ("a_forsta.txt", 1, False),
        ("m_trasig.txt", 0, True),
        ("z_sista.txt", 1, False),
    ]
    assert shown == report.files
    assert report.counts["documents"]["created"] == 2
    assert report.counts["quotes"]["created"] == Document.objects.get(title="Sista artikeln").quotes.count() * 2


def test_a_body_far_beyond_the_index_limit_is_indexed_up_to_its_cap(tmp_path):
    """1.3 MB of distinct words: more lexemes than a PostgreSQL tsvector holds (1 MB)."""
    words = [f"ord{n:06d}x" for n in range(130_000)]
    body = "Början av texten handlar om socialtjänsten. " + " ".join(words)
    path = tmp_path / "lang.txt"
    path.write_text(article(), encoding="utf-8")
    call_command("import_seeds", str(path), stdout=StringIO(), stderr=StringIO())
    doc = Document.objects.get()
    with changes.bulk():
        Document.objects.filter(pk=doc.pk).update(body=body)
        changes.record(Document, [doc.pk], "updated")

    assert current().reindex_documents([doc.pk]) == 1
    assert search("socialtjänsten", scope="documents").total == 1
    assert search(words[100], scope="documents").total == 1
    assert search(words[-1], scope="documents").total == 0  # past the indexed characters


def test_a_vanished_document_is_flagged_even_when_it_already_was(tmp_path):
    path = tmp_path / "artikel.txt"
    path.write_text(article("Första rubriken"), encoding="utf-8")
    call_command("import_seeds", str(path), stdout=StringIO(), stderr=StringIO())
    flagged = Document.objects.get()
    editor_quote(flagged, "Många kommuner har stora underskott")  # editors' work: kept, not deleted
    Document.objects.filter(pk=flagged.pk).update(needs_review=True, review_note="Datum saknas.")

    path.write_text(article("Ny rubrik på artikeln"), encoding="utf-8")
    call_command("import_seeds", str(path), stdout=StringIO(), stderr=StringIO())

    flagged.refresh_from_db()
    assert flagged.needs_review
    assert flagged.review_note == f"{VANISHED_NOTE}; Datum saknas."
    # Once said, not said again by the next import.
    call_command("import_seeds", str(path), force=True, stdout=StringIO(), stderr=StringIO())
    flagged.refresh_from_db()
    assert flagged.review_note == f"{VANISHED_NOTE}; Datum saknas."
