"""Both search backends implement the whole interface of backends/base.py, and index the fields of
fields.py with their weights."""

import inspect
import re

import pytest
from django.db import connection

from reform_kb import search
from reform_kb.search import fields
from reform_kb.search.backends import base, current
from reform_kb.search.backends.postgres import PostgresBackend
from reform_kb.search.backends.sqlite import SqliteBackend
from tests.builders import make_document, make_organisation, make_person, make_quote

BACKENDS = [PostgresBackend, SqliteBackend]


def test_the_interface_covers_index_scan_rank_and_snippets():
    assert set(base.METHODS) == {
        "reindex_documents",
        "reindex_quotes",
        "forget",
        "clear",
        "searching",
        "prepare",
        "scan",
        "rank",
        "snippet_fields",
        "with_snippets",
        "snippet",
        "spelling_candidates",
    }


@pytest.mark.parametrize("backend", BACKENDS, ids=lambda b: b.__name__)
def test_each_backend_satisfies_the_protocol(backend):
    assert isinstance(backend(), base.SearchBackend)


@pytest.mark.parametrize("name", base.METHODS)
@pytest.mark.parametrize("backend", BACKENDS, ids=lambda b: b.__name__)
def test_each_backend_implements_every_method_with_the_interfaces_parameters(backend, name):
    assert name in vars(backend), f"{backend.__name__} does not implement {name}"
    wanted = inspect.signature(getattr(base.SearchBackend, name)).parameters
    found = inspect.signature(getattr(backend, name)).parameters
    assert [(p.name, p.kind) for p in found.values()] == [(p.name, p.kind) for p in wanted.values()]


def test_current_is_the_default_databases_backend():
    expected = PostgresBackend if connection.vendor == "postgresql" else SqliteBackend
    assert type(search.api.backends.current()) is expected
    assert current() is not current()  # nothing of one search outlives it


def test_the_fts5_table_has_the_declared_columns(db):
    if connection.vendor != "sqlite":
        pytest.skip("the FTS5 table is SQLite's")
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA table_info(search_entry)")
        columns = [row[1] for row in cursor.fetchall()]
    assert columns == ["kind", "obj_id", *fields.COLUMNS]


def test_every_kind_fills_each_column_with_one_weight():
    for declared in fields.FIELDS.values():
        assert [f.column for f in declared] == list(fields.COLUMNS)
    assert fields.column_weights() == [10.0, 4.0, 1.0]


def _weights(kind: str, pk: int) -> dict[str, str]:
    """{indexed word: weight letter} of one row's index entry, read from the database."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(f"SELECT search_vector::text FROM kb_{kind} WHERE id = %s", [pk])
            found = re.findall(r"'([^']+)':([0-9A-D,]+)", cursor.fetchone()[0])
            return {word: positions[-1] if positions[-1].isalpha() else "D" for word, positions in found}
        cursor.execute(
            f"SELECT {', '.join(fields.COLUMNS)} FROM search_entry WHERE rowid = %s",
            [pk * 2 + (kind == "quote")],
        )
        weight = {f.column: f.weight for f in fields.FIELDS[kind]}
        row = cursor.fetchone()
        return {
            word: weight[column]
            for column, text in zip(fields.COLUMNS, row, strict=True)
            for word in text.split()
        }


@pytest.mark.django_db
def test_each_source_is_indexed_with_its_fields_weight():
    # Words no stemmer shortens, so that both databases index them as written.
    org = make_organisation("Qxorgq", short_name="Qxkortq")
    doc = make_document("Qxtitlq", body="Qxbodyq", organisations=[org], authors=[make_person("Qxauthq")])
    quote = make_quote(
        doc, "Qxquoteq", speaker=make_person("Qxspeakq"), organisation=org, speaker_role="qxroleq"
    )
    search.reindex_documents([doc.pk])
    search.reindex_quotes([quote.pk])
    document = {"qxtitlq": "A", "qxorgq": "B", "qxkortq": "B", "qxauthq": "B", "qxbodyq": "C"}
    assert {w: _weights("document", doc.pk)[w] for w in document} == document
    quoted = {"qxquoteq": "A", "qxspeakq": "B", "qxorgq": "B", "qxroleq": "B", "qxtitlq": "C"}
    assert {w: _weights("quote", quote.pk)[w] for w in quoted} == quoted
