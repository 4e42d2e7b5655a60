"""PostgreSQL: stored, weighted tsvectors with a GIN index, queried with a tsquery of our own stems.

The vectors are filled by bulk UPDATEs (not a generated column) because they include text from
other tables: a document's organisations and authors, a quote's speaker, organisation and document.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connection, transaction
from django.db.models import BooleanField, Case, Expression, F, Func, Q, TextField, Value, When

from reform_kb.kb.models import Document, Organisation, Person, Quote
from reform_kb.pipeline.swedish import inflected_forms

from .. import query as q
from ..snippets import START, STOP, from_sentinels

# ts_rank weights for D, C, B, A; normalisation 1 divides by 1 + log(length) so that a short
# text that matches outranks a long one that mentions the word in passing.
WEIGHTS = [0.1, 0.2, 0.4, 1.0]
NORMALISATION = 1
# Filters are lexemes in each row's vector (query.filter_lexeme), not joins.
INDEXED_FILTERS = True
# Ranking happens in api._scan's query, over its bounded candidates (see `ranking`).
RANKS_IN_SCAN = True
# How many matches of each narrower query (words side by side, OR alternatives) `ranking` adds.
RANK_CANDIDATES = 1_000
# Columns `snippet` reads from a hit: none, ts_headline makes the snippet in the database.
SNIPPET_FIELDS = {"document": (), "quote": ()}
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


def _slugs_sql(model, field_name: str, name: str, alias: str) -> str:
    """A correlated subquery: filter lexemes for the slugs of a row's many-to-many targets."""
    field = model._meta.get_field(field_name)
    through = connection.ops.quote_name(field.m2m_db_table())
    target = connection.ops.quote_name(field.related_model._meta.db_table)
    return (
        f"coalesce((SELECT array_agg('~{name}:' || t.slug) FROM {through} AS x JOIN {target} AS t "
        f"ON t.id = x.{field.m2m_reverse_name()} WHERE x.{field.m2m_column_name()} = {alias}.id), '{{}}')"
    )


def _filters_sql(lexemes: str) -> str:
    """The filter lexemes (see query.filter_lexeme) as a tsvector without positions: they match a
    filter's tsquery lexeme but never a word, and add nothing to ts_rank."""
    return f"array_to_tsvector(array_remove({lexemes}, NULL))"


def _kind_year_sql(alias: str) -> str:
    return f"ARRAY['~typ:' || {alias}.kind, '~ar:' || extract(year FROM {alias}.published)::int]"


def reindex_documents(ids=None) -> int:
    """Refresh the vectors of the given documents (all when `ids` is None) in one UPDATE.

    Title A, the organisations' and authors' names B (so "Vision handlingsutrymme" finds
    Vision's letters), text C, and the filter lexemes of its kind, year, organisations and themes.
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
        "setweight(to_tsvector('swedish', coalesce(d.body, '')), 'C') || "
        + _filters_sql(
            f"{_kind_year_sql('d')} || {_slugs_sql(Document, 'organisations', 'org', 'd')} || "
            f"{_slugs_sql(Document, 'themes', 'tema', 'd')}"
        )
        + where
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
        "setweight(to_tsvector('swedish', coalesce(d.title, '')), 'C') || "
        + _filters_sql(
            f"{_kind_year_sql('d')} || ARRAY['~org:' || o.slug] || {_slugs_sql(Quote, 'themes', 'tema', 'src')}"
        )
        + f" FROM {_table(Quote)} AS src "
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


@contextmanager
def session():
    """Run a search's queries in one transaction, so `plan_for` can SET LOCAL; JIT off, as compiling
    costs more than these bounded queries take, and no parallel workers: starting one took longer
    than the bounded scan it shared (a phrase's quote scan: 38 ms with a worker, 22 ms without), and
    a busy site has no idle cores to lend. Documents are searched first (see `plan_for`)."""
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            "SET LOCAL jit = off; SET LOCAL max_parallel_workers_per_gather = 0; SET LOCAL enable_seqscan = off"
        )
        connection.search_seqscan = False
        try:
            yield
        finally:
            del connection.search_seqscan


def plan_for(kind: str) -> None:
    """Keep the planner off sequential scans of documents, not of quotes (inside `session`).

    For a common word the planner expects a sequential scan to reach a LIMIT early. For quotes it
    does: their vectors are short and stored inline. A document's vector is long and TOASTed, and
    testing it costs ten times the GIN bitmap, which needs no recheck for plain lexemes.
    """
    wanted = kind == "quote"
    if getattr(connection, "search_seqscan", wanted) != wanted:
        with connection.cursor() as cursor:
            cursor.execute(f"SET LOCAL enable_seqscan = {'on' if wanted else 'off'}")
        connection.search_seqscan = wanted


@lru_cache(maxsize=4096)
def _native_stems(forms: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    with connection.cursor() as cursor:
        # swedish_stem is the dictionary of the `swedish` configuration; it returns {} for stopwords.
        cursor.execute(
            "SELECT f, (ts_lexize('swedish_stem', f))[1] FROM unnest(%s::text[]) AS f", [list(forms)]
        )
        return tuple(cursor.fetchall())


def prepare(query: q.Query) -> q.Query:
    """Add the database's own stems of the query's words and their inflections.

    One query per new set of words; the answer depends only on the database's dictionary, so it
    is kept for the life of the process.
    """
    forms = tuple(sorted({form for word in query.words() for form in inflected_forms(word) | {word}}))
    native = dict(_native_stems(forms))
    return query.restemmed(lambda word: native.get(word) or "")


def first_matches(kind: str, base, query: q.Query, columns: dict, limit: int) -> tuple[str, list]:
    """SQL for `columns` of the first `limit` rows of `base` that match, in the index's order."""
    qs = base.filter(match(kind, query)).order_by().values(**columns)[:limit]
    return qs.query.sql_with_params()


def match(kind: str, query: q.Query) -> Q:
    return Q(search_vector=LexemeQuery(q.to_tsquery(query)))


@dataclass(frozen=True)
class Ranking:
    """What api._scan needs to rank in the same query as it counts: the expressions, the queries of
    extra candidates, how many of each, and how many hits to return."""

    rank: Expression
    adjacent: Expression
    extra: list
    size: int
    limit: int


def ranking(kind: str, matched, query: q.Query, limit: int) -> Ranking:
    """Rank the first matches the index gives (api.COUNT_CAP + 1, all of them for rarer words)
    plus the first RANK_CANDIDATES matching the words side by side and each OR alternative.

    `ts_rank` reads every ranked row's vector, so ranking all matches of a common word takes
    seconds at a million rows. `adjacent` is true when the query's words stand side by side;
    such rows come first, so they are always among the candidates.
    """
    extra = [matched.filter(match(kind, narrower)) for narrower in q.narrower(query)]
    # Rank by the words alone: the filter lexemes have no positions, and in a ts_rank they would
    # weigh more than the words (the rows are filtered already).
    query = q.Query(query.must, query.must_not, text=query.text)
    adjacent = q.adjacent(query)
    if adjacent:
        flag = Case(
            When(Q(search_vector=LexemeQuery(q.to_tsquery(adjacent))), then=Value(True)),
            default=Value(False),
            output_field=BooleanField(),
        )
    else:
        flag = Value(False, output_field=BooleanField())
    rank = SearchRank(
        F("search_vector"),
        LexemeQuery(q.to_tsquery(query)),
        weights=WEIGHTS,
        normalization=Value(NORMALISATION),
    )
    return Ranking(rank=rank, adjacent=flag, extra=extra, size=RANK_CANDIDATES, limit=limit)


def with_snippets(kind: str, qs, query: q.Query):
    """Annotate the page's rows with a headline; `snippet(obj)` reads it."""
    field = "body" if kind == "document" else "text"
    return qs.annotate(search_headline=Headline(field, q.to_tsquery(query), HEADLINE_OPTIONS[kind]))


def snippet(kind: str, obj, query: q.Query):
    return from_sentinels(obj.search_headline or "")
