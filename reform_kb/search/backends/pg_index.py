"""PostgreSQL: the SQL that fills the stored vectors and the vocabulary (backends/postgres.py runs it).

Each index field of fields.FIELDS is read where it lives: a column of the row, a joined row's
columns (a quote's speaker, organisation and document), a correlated subquery over a many-to-many
relation (a document's organisations, authors and themes), and a target's other names (an
organisation's aliases).
"""

from __future__ import annotations

from django.db import connection

from reform_kb.kb.filters import SEARCH_FILTERS
from reform_kb.kb.models import Document, Quote

from .. import query as q
from .. import vocabulary
from ..fields import FIELDS, INDEXED_CHARS, Source

MODELS = {"document": Document, "quote": Quote}
# The row's alias in the reindex UPDATE, and the aliases of the rows a quote's vector reads.
ROW_ALIAS = {"document": "d", "quote": "src"}
JOINED = {"document": "d", "speaker": "p", "organisation": "o"}


def table(model) -> str:
    return connection.ops.quote_name(model._meta.db_table)


def _prefix(f) -> str:
    """The SQL string literal a filter's lexemes start with, e.g. '~typ:'."""
    return "'" + q.filter_lexeme(f.lexeme, "") + "'"


def _aliases_sql(model, source: Source, alias: str) -> str | None:
    """A correlated subquery: the other names (source.aliases) of the target row `alias`."""
    if source.aliases is None:
        return None
    relation, column = source.aliases
    rel = model._meta.get_field(source.name).related_model._meta.get_field(relation)
    table = connection.ops.quote_name(rel.related_model._meta.db_table)
    return f"(SELECT string_agg(a.{column}, ' ') FROM {table} AS a WHERE a.{rel.field.column} = {alias}.id)"


def _columns_sql(model, source: Source, alias: str) -> str:
    """The source's columns (and other names) of the target row `alias`, space-separated."""
    names = [f"{alias}.{name}" for name in source.columns]
    aliases = _aliases_sql(model, source, alias)
    if aliases:
        names.append(aliases)
    return names[0] if len(names) == 1 else f"concat_ws(' ', {', '.join(names)})"


def _names_sql(model, source: Source, alias: str) -> str:
    """A correlated subquery: the columns of a row's many-to-many targets, space-separated."""
    field = model._meta.get_field(source.name)
    through = connection.ops.quote_name(field.m2m_db_table())
    target = connection.ops.quote_name(field.related_model._meta.db_table)
    names = _columns_sql(model, source, "t")
    return (
        f"(SELECT string_agg({names}, ' ') FROM {through} AS x JOIN {target} AS t "
        f"ON t.id = x.{field.m2m_reverse_name()} WHERE x.{field.m2m_column_name()} = {alias}.id)"
    )


def _slugs_sql(model, field_name: str, f, alias: str) -> str:
    """A correlated subquery: filter lexemes for the slugs of a row's many-to-many targets."""
    field = model._meta.get_field(field_name)
    through = connection.ops.quote_name(field.m2m_db_table())
    target = connection.ops.quote_name(field.related_model._meta.db_table)
    return (
        f"coalesce((SELECT array_agg({_prefix(f)} || t.slug) FROM {through} AS x JOIN {target} AS t "
        f"ON t.id = x.{field.m2m_reverse_name()} WHERE x.{field.m2m_column_name()} = {alias}.id), '{{}}')"
    )


def _source_sql(kind: str, source: Source) -> str:
    model, alias = MODELS[kind], ROW_ALIAS[kind]
    if not source.columns:
        return f"{alias}.{model._meta.get_field(source.name).column}"
    if model._meta.get_field(source.name).many_to_many:
        return _names_sql(model, source, alias)
    return _columns_sql(model, source, JOINED[source.name])


def _text_sql(kind: str, field) -> str:
    """The text of one index field (fields.FIELDS[kind]), capped."""
    texts = [_source_sql(kind, source) for source in field.sources]
    text = f"coalesce({texts[0]}, '')" if len(texts) == 1 else f"concat_ws(' ', {', '.join(texts)})"
    return f"left({text}, {INDEXED_CHARS[field.column]})"


def vector_sql(kind: str) -> str:
    """The weighted tsvector of fields.FIELDS[kind], one setweight() per field."""
    return " || ".join(
        f"setweight(to_tsvector('swedish', {_text_sql(kind, field)}), '{field.weight}')"
        for field in FIELDS[kind]
    )


def vocabulary_sql(kind: str, tables: str, where: str) -> str:
    """Add the words of the rows `tables` and `where` select to the vocabulary (see vocabulary.py),
    counted per row: the `simple` configuration's lexemes are the words as written, lower-cased."""
    texts = " || ' ' || ".join(_text_sql(kind, field) for field in FIELDS[kind])
    words = f"unnest(tsvector_to_array(to_tsvector('simple', {texts})))"
    return (
        "INSERT INTO search_vocabulary (word, plain, frequency) "
        f"SELECT w, left(unaccent(w), 100), count(*) FROM {tables} CROSS JOIN LATERAL {words} AS w "
        f"WHERE {where} AND length(w) BETWEEN 2 AND {vocabulary.MAX_LENGTH} "
        "AND w ~ '^[[:alpha:]]+(-[[:alpha:]]+)*$' GROUP BY w ORDER BY w "
        "ON CONFLICT (word) DO UPDATE SET frequency = search_vocabulary.frequency + excluded.frequency"
    )


def _lexemes_sql(kind: str, f) -> str:
    """An SQL array of the row's lexemes for filter `f`, read where its ORM lookup points."""
    model, alias, path = MODELS[kind], ROW_ALIAS[kind], f.lookup(kind).split("__")
    if path[0] == "document" and model is Quote:  # a quote is filtered by its document's kind and year
        model, alias, path = Document, JOINED["document"], path[1:]
    if model._meta.get_field(path[0]).many_to_many:
        return _slugs_sql(model, path[0], f, alias)
    if path[-1] == "year":
        value = f"extract(year FROM {alias}.{path[0]})::int"
    elif len(path) == 2:
        value = f"{JOINED[path[0]]}.{path[1]}"
    else:
        value = f"{alias}.{path[0]}"
    return f"ARRAY[{_prefix(f)} || {value}]"


def filters_sql(kind: str) -> str:
    """The lexemes of each searchable filter (see query.filter_lexeme) as a tsvector without
    positions: they match a filter's tsquery lexeme but never a word, and add nothing to ts_rank."""
    lexemes = " || ".join(_lexemes_sql(kind, f) for f in SEARCH_FILTERS)
    return f"array_to_tsvector(array_remove({lexemes}, NULL))"
