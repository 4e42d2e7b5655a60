"""PostgreSQL: stored, weighted tsvectors with a GIN index, queried with a tsquery of our own stems.

The vectors are filled by bulk UPDATEs (not a generated column) because they include text from
other tables: a document's organisations and authors, a quote's speaker, organisation and document
(fields.FIELDS says which, with which weight). Each vector also holds the row's filter lexemes
(query.filter_lexeme), so a filtered search is one more posting list in the GIN index, not a join,
and the scan's one statement also ranks its bounded candidates.
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
from .. import scan as scans
from .. import vocabulary
from ..compile import to_tsquery
from ..fields import TS_RANK_WEIGHTS
from ..snippets import START, STOP, from_sentinels
from .pg_index import filters_sql, table, vector_sql, vocabulary_sql

MODELS = {"document": Document, "quote": Quote}
# ts_rank weights for D, C, B, A; normalisation 1 divides by 1 + log(length) so that a short
# text that matches outranks a long one that mentions the word in passing.
WEIGHTS = [TS_RANK_WEIGHTS[letter] for letter in "DCBA"]
NORMALISATION = 1
# How many matches of each narrower query (words side by side, OR alternatives) a scan ranks too.
RANK_CANDIDATES = 1_000
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


def _execute(sql: str, params) -> int:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.rowcount


# Any fixed number: the key of the advisory lock that serialises additions to the vocabulary.
VOCABULARY_LOCK = 0x766F6361


def _add_to_vocabulary(sql: str, params) -> None:
    """Run a vocabulary upsert after taking a transaction-scoped advisory lock. Two transactions that
    index at once (generate_corpus's two indexers, two import workers) each upsert documents' words and
    then quotes' words; without the lock each can hold a new word the other's next statement needs, and
    PostgreSQL ends one of them with a deadlock (seen at 1M quotes). The lock is held to the end of the
    indexing transaction, so such writers take turns; readers never wait for it."""
    _execute("SELECT pg_advisory_xact_lock(%s)", [VOCABULARY_LOCK])
    _execute(sql, params)


@lru_cache(maxsize=4096)
def _native_stems(forms: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    with connection.cursor() as cursor:
        # swedish_stem is the dictionary of the `swedish` configuration; it returns {} for stopwords.
        cursor.execute(
            "SELECT f, (ts_lexize('swedish_stem', f))[1] FROM unnest(%s::text[]) AS f", [list(forms)]
        )
        return tuple(cursor.fetchall())


def match(query: q.Query) -> Q:
    return Q(search_vector=LexemeQuery(to_tsquery(query)))


@dataclass(frozen=True)
class Ranking:
    """What a scan needs to rank in the same statement as it counts: the expressions, and the
    queries of extra candidates (the first RANK_CANDIDATES of each)."""

    rank: Expression
    adjacent: Expression
    extra: list

    def hits_sql(self, limit: int) -> tuple[str, list]:
        """The best `limit` of the scan's matches (CTE `m`) and of the extra candidates, as
        scan.run's 'hit' rows."""
        parts, params = ["SELECT m_id, m_rank, m_adjacent FROM m"], []
        for i, extra in enumerate(self.extra):
            sql, extra_params = (
                extra.order_by()
                .values(r_id=F("pk"), r_rank=self.rank, r_adjacent=self.adjacent)[:RANK_CANDIDATES]
                .query.sql_with_params()
            )
            parts.append(f"SELECT * FROM ({sql}) AS extra{i}")
            params.extend(extra_params)
        sql = (
            " UNION ALL SELECT 'hit', CAST(h.m_id AS TEXT), NULL, NULL, CAST(h.m_rank AS REAL), h.m_adjacent FROM "
            f"(SELECT * FROM ({' UNION '.join(parts)}) AS candidates "
            "ORDER BY m_adjacent DESC, m_rank DESC, m_id LIMIT %s) AS h"
        )
        return sql, [*params, limit]


def ranking(matched, query: q.Query) -> Ranking:
    """Rank the first matches the index gives (the scan's cap + 1, all of them for rarer words)
    plus the first RANK_CANDIDATES matching the words side by side and each OR alternative.

    `ts_rank` reads every ranked row's vector, so ranking all matches of a common word takes
    seconds at a million rows. `adjacent` is true when the query's words stand side by side;
    such rows come first, so they are always among the candidates.
    """
    extra = [matched.filter(match(narrower)) for narrower in q.narrower(query)]
    # Rank by the words alone: the filter lexemes have no positions, and in a ts_rank they would
    # weigh more than the words (the rows are filtered already).
    query = q.Query(query.must, query.must_not, text=query.text)
    adjacent = q.adjacent(query)
    if adjacent:
        flag = Case(
            When(Q(search_vector=LexemeQuery(to_tsquery(adjacent))), then=Value(True)),
            default=Value(False),
            output_field=BooleanField(),
        )
    else:
        flag = Value(False, output_field=BooleanField())
    rank = SearchRank(
        F("search_vector"),
        LexemeQuery(to_tsquery(query)),
        weights=WEIGHTS,
        normalization=Value(NORMALISATION),
    )
    return Ranking(rank=rank, adjacent=flag, extra=extra)


class PostgresBackend:
    """The search backend for PostgreSQL (see base.SearchBackend)."""

    def __init__(self):
        # Whether the planner may scan sequentially, inside `searching()`; None outside it.
        self._seqscan: bool | None = None

    # Indexing ------------------------------------------------------------------------------------

    def reindex_documents(self, ids=None) -> int:
        """Refresh the vectors of the given documents (all when `ids` is None) in one UPDATE, and
        add their words to the vocabulary."""
        if ids is not None and not ids:
            return 0
        where, params = ("TRUE", []) if ids is None else ("d.id = ANY(%s)", [list(ids)])
        sql = (
            f"UPDATE {table(Document)} AS d SET search_vector = "
            f"{vector_sql('document')} || {filters_sql('document')} WHERE {where}"
        )
        # Only published rows' words: a draft's words must not come back as "Menade du …?".
        _add_to_vocabulary(vocabulary_sql("document", f"{table(Document)} AS d", f"{where} AND d.public"), params)
        return _execute(sql, params)

    def reindex_quotes(self, ids=None, *, document_ids=None, speaker_ids=None, organisation_ids=None) -> int:
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
        where = "(" + " OR ".join(conditions) + ")" if conditions else "TRUE"
        tables = (
            f"{table(Quote)} AS src JOIN {table(Document)} AS d ON d.id = src.document_id "
            f"LEFT JOIN {table(Person)} AS p ON p.id = src.speaker_id "
            f"LEFT JOIN {table(Organisation)} AS o ON o.id = src.organisation_id"
        )
        sql = (
            f"UPDATE {table(Quote)} AS target SET search_vector = "
            f"{vector_sql('quote')} || {filters_sql('quote')} FROM {tables} "
            f"WHERE target.id = src.id AND {where}"
        )
        _add_to_vocabulary(vocabulary_sql("quote", tables, f"{where} AND src.public"), params)
        return _execute(sql, params)

    def forget(self, kind: str, ids) -> None:
        """Nothing to do: a deleted row takes its vector with it (its words stay in the vocabulary)."""

    def clear(self) -> None:
        """Empty the vocabulary: a rebuild overwrites every row's vector and counts the words anew."""
        vocabulary.clear()

    def spelling_candidates(self, plain: str, limit: int) -> list[tuple[str, str, int]]:
        """The words most like `plain` by trigrams, found through the trigram index."""
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT word, plain, frequency FROM search_vocabulary WHERE plain %% %s "
                "ORDER BY similarity(plain, %s) DESC, frequency DESC LIMIT %s",
                [plain, plain, limit],
            )
            return cursor.fetchall()

    # Searching -----------------------------------------------------------------------------------

    @contextmanager
    def searching(self):
        """Run a search's statements in one transaction, so that its planner settings are SET LOCAL
        and end with it. JIT off, as compiling costs more than these bounded queries take, and no
        parallel workers: starting one took longer than the bounded scan it shared (a phrase's
        quote scan: 38 ms with a worker, 22 ms without), and a busy site has no idle cores to lend.
        Sequential scans start off; `_plan_for` turns them on for quotes."""
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(
                "SET LOCAL jit = off; SET LOCAL max_parallel_workers_per_gather = 0; SET LOCAL enable_seqscan = off"
            )
            self._seqscan = False
            try:
                yield self
            finally:
                self._seqscan = None

    def _plan_for(self, kind: str) -> None:
        """Keep the planner off sequential scans of documents, not of quotes (inside `searching`).

        For a common word the planner expects a sequential scan to reach a LIMIT early. For quotes it
        does: their vectors are short and stored inline. A document's vector is long and TOASTed, and
        testing it costs ten times the GIN bitmap, which needs no recheck for plain lexemes.
        """
        wanted = kind == "quote"
        if self._seqscan is not None and self._seqscan != wanted:
            with connection.cursor() as cursor:
                cursor.execute(f"SET LOCAL enable_seqscan = {'on' if wanted else 'off'}")
            self._seqscan = wanted

    def prepare(self, query: q.Query) -> q.Query:
        """Add the database's own stems of the query's words and their inflections.

        One query per new set of words; the answer depends only on the database's dictionary, so it
        is kept for the life of the process.
        """
        forms = tuple(sorted({form for word in query.words() for form in inflected_forms(word) | {word}}))
        native = dict(_native_stems(forms))
        return query.restemmed(lambda word: native.get(word) or "")

    def scan(self, kind: str, query: q.Query, filters, *, cap: int, limit: int) -> scans.Scan:
        """Count, facet and rank in one statement; the filters are lexemes of the query."""
        # The filters are lexemes of the index: one GIN lookup more rather than a join per match.
        query = query.filtered(q.filter_lexeme(f.lexeme, value) for f, value in filters.items())
        self._plan_for(kind)
        base = MODELS[kind].objects.public()  # issue 15: drafts and withdrawn rows are not found
        matched = base.filter(match(query))
        ranked = ranking(matched, query)
        columns = scans.columns(kind) | {"m_rank": ranked.rank, "m_adjacent": ranked.adjacent}
        # In the index's order: no ORDER BY, so the LIMIT stops the GIN scan early.
        first = matched.order_by().values(**columns)[: cap + 1].query.sql_with_params()
        return scans.run(kind, first, cap, ranked.hits_sql(limit))

    def rank(self, kind: str, query: q.Query, filters, *, scan: scans.Scan, cap: int, limit: int):
        """The hits the scan's statement ranked."""
        return scan.hits

    def snippet_fields(self, kind: str) -> tuple[str, ...]:
        """None: ts_headline makes the snippet in the database."""
        return ()

    def with_snippets(self, kind: str, qs, query: q.Query):
        """Annotate the page's rows with a headline; `snippet(obj)` reads it."""
        field = "body" if kind == "document" else "text"
        return qs.annotate(search_headline=Headline(field, to_tsquery(query), HEADLINE_OPTIONS[kind]))

    def snippet(self, kind: str, obj, query: q.Query):
        return from_sentinels(obj.search_headline or "")
