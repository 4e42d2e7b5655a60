"""PostgreSQL: stored, weighted tsvectors with a GIN index, queried with a tsquery of our own stems.

The vectors are filled by bulk UPDATEs (not a generated column) because they include text from
other tables: a document's organisations and authors, a quote's speaker, organisation and document.
"""

from __future__ import annotations

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connection
from django.db.models import BooleanField, Case, F, Func, Q, TextField, Value, When

from reform_kb.kb.models import Document, Organisation, Person, Quote
from reform_kb.pipeline.stemming import inflected_forms

from .. import query as q
from ..snippets import START, STOP, from_sentinels

# ts_rank weights for D, C, B, A; normalisation 1 divides by 1 + log(length) so that a short
# text that matches outranks a long one that mentions the word in passing.
WEIGHTS = [0.1, 0.2, 0.4, 1.0]
NORMALISATION = 1
HEADLINE_OPTIONS = {
    "document": f'StartSel="{START}", StopSel="{STOP}", MaxFragments=2, MaxWords=30, MinWords=12, '
    'FragmentDelimiter=" … "',
    "quote": f'StartSel="{START}", StopSel="{STOP}", MaxFragments=2, MaxWords=40, MinWords=20, '
    'FragmentDelimiter=" … "',
}


class LexemeQuery(SearchQuery):
    """A tsquery of already-stemmed lexemes: cast, because to_tsquery('swedish') would stem them again."""

    def __init__(self, tsquery: str):
        super().__init__(Value(tsquery))

    def as_sql(self, compiler, connection, function=None, template=None):
        sql, params = compiler.compile(self.get_source_expressions()[0])
        return f"({sql})::tsquery", params


class Headline(Func):
    """ts_headline over the text with our markers removed first, so only ours can mark hits."""

    output_field = TextField()

    def __init__(self, field: str, tsquery: str, options: str):
        super().__init__(F(field), Value(START), Value(STOP), Value(tsquery), Value(options))

    def as_sql(self, compiler, connection, **extra):
        text, start, stop, tsquery, options = (compiler.compile(e) for e in self.get_source_expressions())
        sql = (
            f"ts_headline('swedish', replace(replace({text[0]}, {start[0]}, ''), {stop[0]}, ''), "
            f"({tsquery[0]})::tsquery, {options[0]})"
        )
        return sql, [*text[1], *start[1], *stop[1], *tsquery[1], *options[1]]


def _table(model) -> str:
    return connection.ops.quote_name(model._meta.db_table)


def _where_ids(alias: str, ids) -> tuple[str, list]:
    if ids is None:
        return "", []
    return f" WHERE {alias}.id = ANY(%s)", [list(ids)]


def _names_sql(field_name: str, name_sql: str) -> str:
    """A correlated subquery: the names of a document's organisations or authors, space-separated."""
    field = Document._meta.get_field(field_name)
    through = connection.ops.quote_name(field.m2m_db_table())
    target = connection.ops.quote_name(field.related_model._meta.db_table)
    return (
        f"(SELECT string_agg({name_sql}, ' ') FROM {through} AS x JOIN {target} AS t "
        f"ON t.id = x.{field.m2m_reverse_name()} WHERE x.{field.m2m_column_name()} = d.id)"
    )


def reindex_documents(ids=None) -> int:
    """Refresh the vectors of the given documents (all when `ids` is None) in one UPDATE.

    Title A, the organisations' and authors' names B (so "Vision handlingsutrymme" finds
    Vision's letters), text C.
    """
    if ids is not None and not ids:
        return 0
    where, params = _where_ids("d", ids)
    organisations = _names_sql("organisations", "concat_ws(' ', t.name, t.short_name)")
    authors = _names_sql("authors", "t.name")
    sql = (
        f"UPDATE {_table(Document)} AS d SET search_vector = "
        "setweight(to_tsvector('swedish', coalesce(d.title, '')), 'A') || "
        f"setweight(to_tsvector('swedish', concat_ws(' ', {organisations}, {authors})), 'B') || "
        "setweight(to_tsvector('swedish', coalesce(d.body, '')), 'C')" + where
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.rowcount


def reindex_quotes(ids=None, *, document_ids=None, speaker_ids=None, organisation_ids=None) -> int:
    """Refresh quote vectors in one UPDATE … FROM: by quote id, or for the quotes of documents,
    speakers or organisations whose names changed. All quotes when no argument is given."""
    conditions, params = [], []
    for column, values in (
        ("id", ids),
        ("document_id", document_ids),
        ("speaker_id", speaker_ids),
        ("organisation_id", organisation_ids),
    ):
        if values is not None:
            conditions.append(f"src.{column} = ANY(%s)")
            params.append(list(values))
    if conditions and not any(params):
        return 0
    where = " AND (" + " OR ".join(conditions) + ")" if conditions else ""
    sql = (
        f"UPDATE {_table(Quote)} AS target SET search_vector = "
        "setweight(to_tsvector('swedish', coalesce(src.text, '')), 'A') || "
        "setweight(to_tsvector('swedish', concat_ws(' ', p.name, o.name, src.speaker_role)), 'B') || "
        "setweight(to_tsvector('swedish', coalesce(d.title, '')), 'C') "
        f"FROM {_table(Quote)} AS src "
        f"JOIN {_table(Document)} AS d ON d.id = src.document_id "
        f"LEFT JOIN {_table(Person)} AS p ON p.id = src.speaker_id "
        f"LEFT JOIN {_table(Organisation)} AS o ON o.id = src.organisation_id "
        "WHERE target.id = src.id" + where
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.rowcount


def clear() -> None:
    """Nothing to do: a rebuild overwrites every row's vector."""


def forget(kind: str, ids) -> None:
    """Nothing to do: a deleted row takes its vector with it."""


def prepare(query: q.Query) -> q.Query:
    """Add the database's own stems of the query's words and their inflections (one query)."""
    forms = sorted({form for word in query.words() for form in inflected_forms(word) | {word}})
    with connection.cursor() as cursor:
        # swedish_stem is the dictionary of the `swedish` configuration; it returns {} for stopwords.
        cursor.execute("SELECT f, (ts_lexize('swedish_stem', f))[1] FROM unnest(%s::text[]) AS f", [forms])
        native = dict(cursor.fetchall())
    return query.restemmed(lambda word: native.get(word) or "")


def match(kind: str, query: q.Query) -> Q:
    return Q(search_vector=LexemeQuery(q.to_tsquery(query)))


def ranked(kind: str, query: q.Query, limit: int, within=None) -> list[tuple[int, float, bool]]:
    """(pk, rank, adjacent) of the best `limit` matches, among the rows of `within` if given.

    `adjacent` is true when the query's words stand side by side; such rows come first.
    """
    model = Document if kind == "document" else Quote
    qs = (within if within is not None else model.objects.all()).filter(match(kind, query))
    adjacent = q.adjacent(query)
    if adjacent:
        flag = Case(
            When(Q(search_vector=LexemeQuery(q.to_tsquery(adjacent))), then=Value(True)),
            default=Value(False),
            output_field=BooleanField(),
        )
    else:
        flag = Value(False, output_field=BooleanField())
    rows = (
        qs.annotate(
            rank=SearchRank(
                F("search_vector"),
                LexemeQuery(q.to_tsquery(query)),
                weights=WEIGHTS,
                normalization=Value(NORMALISATION),
            ),
            adjacent=flag,
        )
        .order_by("-adjacent", "-rank", "pk")
        .values_list("pk", "rank", "adjacent")[:limit]
    )
    return list(rows)


def with_snippets(kind: str, qs, query: q.Query):
    """Annotate the page's rows with a headline; `snippet(obj)` reads it."""
    field = "body" if kind == "document" else "text"
    return qs.annotate(search_headline=Headline(field, q.to_tsquery(query), HEADLINE_OPTIONS[kind]))


def snippet(kind: str, obj, query: q.Query):
    return from_sentinels(obj.search_headline or "")
