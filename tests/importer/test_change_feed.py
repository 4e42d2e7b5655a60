"""What the import writes reaches kb's change feed, so the search index follows: rows the
RowBatch inserts, and the links the writer deletes by query."""

import pytest

from reform_kb import search
from reform_kb.importer.service import import_paths
from reform_kb.kb import changes
from reform_kb.pipeline.records import PersonMention

from .articles import article
from .test_writer import parsed_document, write

pytestmark = pytest.mark.django_db


def test_imported_documents_and_quotes_are_found(tmp_path):
    path = tmp_path / "artikel.txt"
    path.write_text(article(), encoding="utf-8")
    import_paths([path])
    assert search.search("statsbidrag", scope="quotes").total == 1
    assert search.search("resurser", scope="documents").total == 1


def test_a_document_whose_links_alone_changed_is_reindexed():
    with changes.bulk():
        doc, _ = write(parsed_document(organisations=["Akademikerförbundet SSR"]))
    assert [hit.obj.pk for hit in search.search("Akademikerförbundet", scope="documents").hits] == [doc.pk]

    with changes.bulk():
        write(parsed_document(organisations=[]))  # a link deleted, none added
    assert search.search("Akademikerförbundet", scope="documents").total == 0

    with changes.bulk():
        write(parsed_document(organisations=[], authors=[PersonMention("Bertil Bergström")]))
    assert [hit.obj.pk for hit in search.search("Bergström", scope="documents").hits] == [doc.pk]
