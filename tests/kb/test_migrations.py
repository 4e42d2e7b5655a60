"""kb migration 0011 adopts the content-version table and the list-order index from search.

Existing databases got both from search migrations 0002/0003 and must keep them, with their data;
fresh ones get them from kb 0011 (search's two migrations are empty now). Both paths are run here
with Django's MigrationExecutor, on whichever database the suite uses (SQLite and PostgreSQL).
"""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from tests.builders import make_document

ADOPTION = ("kb", "0011_adopt_content_version_and_list_index")
TABLE = "search_content_version"
INDEX = "kb_document_list_order_idx"

# Migrating runs DDL, which needs a real transaction; the data migrations' rows (themes, the
# editors' group) are restored afterwards for the tests that follow.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def _executor() -> MigrationExecutor:
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    return executor


def _migrate(targets) -> None:
    _executor().migrate(targets)


@pytest.fixture
def before_adoption(settings):
    """The database as it was before kb 0011 (whatever kb migration that follows), and after the
    test as the rest of the suite expects it. The history tables of a later migration do not exist
    yet, so saving keeps no history meanwhile."""
    settings.SIMPLE_HISTORY_ENABLED = False
    executor = _executor()
    _migrate([parent for parent in executor.loader.graph.node_map[ADOPTION].parents if parent.key[0] == "kb"])
    yield
    _migrate(_executor().loader.graph.leaf_nodes())


@pytest.fixture
def document_before_adoption(settings):
    """A document made while every column of the current model exists, in a database then taken
    back to before kb 0011 (later migrations add columns the old schema lacks)."""
    document = make_document("Finns kvar")
    settings.SIMPLE_HISTORY_ENABLED = False  # the history tables (0015) are gone meanwhile
    executor = _executor()
    _migrate([parent for parent in executor.loader.graph.node_map[ADOPTION].parents if parent.key[0] == "kb"])
    yield document
    _migrate(_executor().loader.graph.leaf_nodes())


def _version() -> int:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT version FROM {TABLE} WHERE id = 1")
        return cursor.fetchone()[0]


def _has_list_index() -> bool:
    with connection.cursor() as cursor:
        return INDEX in connection.introspection.get_constraints(cursor, "kb_document")


def test_an_existing_database_keeps_its_table_index_and_data(before_adoption):
    # Written with the model of that schema: today's has columns that later migrations add (issue 15).
    parents = [p.key for p in _executor().loader.graph.node_map[ADOPTION].parents if p.key[0] == "kb"]
    old_document = _executor().loader.project_state(parents).apps.get_model("kb", "Document")
    document = old_document.objects.create(title="Finns kvar", slug="finns-kvar", body="Text.")
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {TABLE} SET version = 12345 WHERE id = 1")
    had_index = _has_list_index()
    _migrate([ADOPTION])
    from reform_kb.kb.models import ContentVersion, Document

    assert ContentVersion.objects.get(pk=1).version == _version() == 12345
    assert Document.objects.filter(pk=document.pk).values_list("title", flat=True).get() == "Finns kvar"
    assert _has_list_index() == had_index == (connection.vendor == "postgresql")


def test_a_fresh_database_gets_the_table_and_index_from_kb(before_adoption):
    # What a fresh database looks like now that search 0002/0003 create nothing.
    with connection.schema_editor() as editor:
        editor.execute(f"DROP TABLE {TABLE}")
        if connection.vendor == "postgresql":
            editor.execute(f"DROP INDEX {INDEX}")
    assert TABLE not in connection.introspection.table_names()
    _migrate([ADOPTION])
    from reform_kb.kb import content_version

    assert _version() == 0
    content_version._bump()
    assert content_version.content_version() > 0
    assert _has_list_index() == (connection.vendor == "postgresql")


def test_the_adoption_reverses_without_dropping_anything(before_adoption):
    _migrate([ADOPTION])
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {TABLE} SET version = 777 WHERE id = 1")
    executor = _executor()
    _migrate([p for p in executor.loader.graph.node_map[ADOPTION].parents if p.key[0] == "kb"])
    assert TABLE in connection.introspection.table_names()
    assert _version() == 777
    _migrate([ADOPTION])
    assert _version() == 777


STRUCTURE = ("kb", "0019_document_structure")


def test_the_structure_migration_backfills_existing_documents(document_before_adoption):
    from reform_kb.kb.models import Document

    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE kb_document SET body = %s WHERE id = %s",
            [
                "Sammanfattning\n\nVi tycker att lagen är bra och att den ska gälla snart.",
                document_before_adoption.pk,
            ],
        )
    _migrate([STRUCTURE])
    structure = (
        Document.objects.filter(pk=document_before_adoption.pk).values_list("structure", flat=True).get()
    )
    assert [(b["kind"], b.get("level")) for b in structure] == [("heading", 2), ("paragraph", None)]
