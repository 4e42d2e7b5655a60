"""SQLite: an FTS5 table `search_entry` holding our Python stems, ranked with bm25().

SQLite has no Swedish stemmer, so the index stores each text already stemmed (space-separated)
and queries are stemmed the same way. Each object has one row whose rowid encodes kind and id
(id * 2, + 1 for quotes), so replacing an object's row is an indexed delete and an insert.
"""

from __future__ import annotations

from collections import Counter
from contextlib import nullcontext
from functools import cache

from django.db import connection, transaction
from django.db.models import F, Q
from django.db.models.functions import Length
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from reform_kb.kb.filters import lookups
from reform_kb.kb.models import Document, Quote
from reform_kb.pipeline.swedish import stem, tokens

from .. import query as q
from .. import scan as scans
from .. import vocabulary
from ..compile import to_fts5
from ..fields import COLUMNS, FIELDS, INDEXED_CHARS, column_weights
from ..models import VocabularyWord
from ..snippets import highlight

TABLE = "search_entry"
MODELS = {"document": Document, "quote": Quote}
KIND_BIT = {"document": 0, "quote": 1}
# Columns `snippet` reads from a hit: it highlights the text in Python.
SNIPPET_FIELDS = {"document": ("body",), "quote": ("text",)}
# A match's object id and kind, read from its rowid: FTS5 yields rowids from the index itself,
# while reading the `kind` or `obj_id` column fetches each matching row from the content table,
# twenty times slower for a common word (225 ms against 10 ms over 100,000 quotes' entries).
OBJ_ID = f"({TABLE}.rowid >> 1)"
IS_KIND = f"({TABLE}.rowid & 1) = %s"
# bm25 weights per column: kind and obj_id (unindexed), then the text columns (fields.py).
BM25 = f"bm25({TABLE}, 0, 0, {', '.join(str(w) for w in column_weights())})"
CHUNK = 500


def index_text(text: str) -> str:
    """Stems as PostgreSQL indexes them: "SKR:s" as `skr s`, "HVB-hem" as `hvb-hem hvb hem`."""
    out: list[str] = []
    for token in tokens(text or ""):
        if ":" in token:
            out.extend(stem(part) for part in token.split(":") if part)
            continue
        out.append(stem(token))
        if "-" in token:
            out.extend(stem(part) for part in token.split("-") if part)
    return " ".join(out)


def _rowid(kind: str, pk: int) -> int:
    return pk * 2 + KIND_BIT[kind]


def _chunks(values, size=CHUNK):
    values = list(values)
    for i in range(0, len(values), size):
        yield values[i : i + size]


def _replace(kind: str, rows, public: set[int]) -> int:
    """rows: (pk, title, meta, body) with raw text. Only the `public` rows' words go into the vocabulary:
    a draft's words must not come back as "Menade du …?" to a reader who misspells them."""
    title, meta, body = (INDEXED_CHARS[column] for column in COLUMNS)
    words = Counter()
    for pk, t, m, b in rows:
        if pk in public:
            words.update(vocabulary.words_of(f"{t[:title]} {m[:meta]} {b[:body]}"))
    vocabulary.add(words)
    rows = [
        (_rowid(kind, pk), kind, pk, index_text(t[:title]), index_text(m[:meta]), index_text(b[:body]))
        for pk, t, m, b in rows
    ]
    if not rows:
        return 0
    with connection.cursor() as cursor:
        placeholders = ",".join("%s" for _ in rows)
        cursor.execute(f"DELETE FROM {TABLE} WHERE rowid IN ({placeholders})", [r[0] for r in rows])
        cursor.executemany(
            f"INSERT INTO {TABLE} (rowid, kind, obj_id, title, meta, body) VALUES (%s, %s, %s, %s, %s, %s)",
            rows,
        )
    return len(rows)


def _names(pairs) -> dict[int, str]:
    """{row id: the names joined} from (row id, name, …) rows."""
    names: dict[int, list[str]] = {}
    for pk, *parts in pairs:
        names.setdefault(pk, []).extend(part for part in parts if part)
    return {pk: " ".join(parts) for pk, parts in names.items()}


def _aliases(model, source, target_ids) -> dict[int, str]:
    """{target id: its other names joined} for a source with `aliases` (an organisation's aliases)."""
    relation, column = source.aliases
    rel = model._meta.get_field(source.name).related_model._meta.get_field(relation)
    return _names(
        rel.related_model.objects.filter(
            **{f"{rel.field.attname}__in": set(target_ids) - {None}}
        ).values_list(rel.field.attname, column)
    )


def _related_names(model, source, ids) -> dict[int, str]:
    """The `source.columns` (and other names) of the many-to-many targets of each row, read from
    the through table."""
    field = model._meta.get_field(source.name)
    owner, target = field.m2m_field_name(), field.m2m_reverse_field_name()
    through = getattr(model, source.name).through
    rows = list(
        through.objects.filter(**{f"{owner}_id__in": ids}).values_list(
            f"{owner}_id", *(f"{target}__{column}" for column in source.columns), f"{target}_id"
        )
    )
    if source.aliases:
        aliases = _aliases(model, source, [row[-1] for row in rows])
        return _names((*row[:-1], aliases.get(row[-1])) for row in rows)
    return _names(row[:-1] for row in rows)


def _paths(source) -> list[str]:
    """The values_list() paths of a column source or a foreign key source (with the key, for the
    target's other names)."""
    paths = [f"{source.name}__{column}" for column in source.columns] or [source.name]
    return [*paths, f"{source.name}_id"] if source.aliases else paths


@cache
def _layout(kind: str) -> tuple[tuple, tuple[str, ...], tuple[tuple, ...]]:
    """For fields.FIELDS[kind]: the many-to-many sources (read from their through tables), the
    values_list() paths of the other sources, and each COLUMNS field's sources."""
    model = MODELS[kind]
    sources = [source for field in FIELDS[kind] for source in field.sources]
    many = tuple(s for s in sources if s.columns and model._meta.get_field(s.name).many_to_many)
    paths = tuple(path for s in sources if s not in many for path in _paths(s))
    by_column = {field.column: field.sources for field in FIELDS[kind]}
    return many, paths, tuple(by_column[column] for column in COLUMNS)


def _rows(kind: str, ids):
    """(pk, *texts): the raw text of each index field of fields.FIELDS[kind], in COLUMNS order.
    A many-to-many source costs one query over its through table, a foreign key's other names one
    query, the rest one query together."""
    many, paths, columns = _layout(kind)
    model = MODELS[kind]
    related = {source: _related_names(model, source, ids) for source in many}
    rows = [
        dict(zip(("pk", *paths), values, strict=True))
        for values in model.objects.filter(pk__in=ids).values_list("pk", *paths)
    ]
    for source in {s for sources in columns for s in sources if s.aliases and s not in many}:
        key = f"{source.name}_id"
        aliases = _aliases(model, source, [row[key] for row in rows])
        for row in rows:
            row[key] = aliases.get(row[key], "")
    for row in rows:
        yield row["pk"], *(" ".join(_texts(sources, row, related, row["pk"])) for sources in columns)


def _texts(sources, row: dict, related: dict, pk: int):
    """The non-empty texts of `sources` for one row."""
    for source in sources:
        if source in related:
            text = related[source].get(pk, "")
        else:
            text = " ".join(row[path] for path in _paths(source) if row[path])
        if text:
            yield text


def _reindex(kind: str, ids) -> int:
    model = MODELS[kind]
    # One transaction: in autocommit mode SQLite would sync the file after every inserted row.
    with transaction.atomic(savepoint=False):
        if ids is None:
            with connection.cursor() as cursor:
                cursor.execute(f"DELETE FROM {TABLE} WHERE kind = %s", [kind])
            ids = model.objects.order_by("pk").values_list("pk", flat=True)
        total = 0
        for chunk in _chunks(ids):
            rows = list(_rows(kind, chunk))
            public = set(model.objects.filter(pk__in=chunk, public=True).values_list("pk", flat=True))
            total += _replace(kind, rows, public)
            _forget(kind, set(chunk) - {row[0] for row in rows})
        return total


def _forget(kind: str, ids) -> None:
    for chunk in _chunks(ids):
        with transaction.atomic(savepoint=False), connection.cursor() as cursor:
            placeholders = ",".join("%s" for _ in chunk)
            cursor.execute(
                f"DELETE FROM {TABLE} WHERE rowid IN ({placeholders})", [_rowid(kind, pk) for pk in chunk]
            )


def _first_matches(kind: str, base, query: q.Query, limit: int) -> tuple[str, list]:
    """SQL for the scan's columns of the first `limit` rows of `base` that match.

    FTS5 yields matches one by one in rowid order, so driving the join from it (CROSS JOIN fixes
    SQLite's join order) stops after `limit` rows; `pk IN (MATCH …)` would collect every match of
    a common word first, and let SQLite walk the filters' indexes over rows that do not match.
    """
    sql, params = base.order_by().values(**scans.columns(kind)).query.sql_with_params()
    return (
        f"SELECT b.* FROM {TABLE} CROSS JOIN ({sql}) AS b ON b.m_id = {OBJ_ID} "
        f"WHERE {TABLE} MATCH %s AND {IS_KIND} LIMIT {int(limit)}",
        [*params, to_fts5(query), KIND_BIT[kind]],
    )


def _ranked(kind: str, query: q.Query, limit: int, within, size: int) -> list[scans.RankedHit]:
    """(pk, rank, adjacent) of the best `limit` among the first `size` matches (among the rows of
    `within` if given) and the first `size` of each narrower query (see query.narrower).

    bm25() of every match of a common word costs more than the rest of the search; FTS5 yields
    matches in rowid order, so a LIMIT inside stops early. `adjacent` is true when the query's
    words stand side by side; such rows come first.
    """
    base = within if within is not None else MODELS[kind].objects.public()  # issue 15: no drafts
    base_sql, base_params = base.order_by().values(r_id=F("pk")).query.sql_with_params()
    adjacent = q.adjacent(query)
    if adjacent:
        flag_sql = f"{TABLE}.rowid IN (SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH %s)"
        flag_params = [to_fts5(adjacent)]
    else:
        flag_sql, flag_params = "0", []
    parts, params = [], []
    for i, wanted in enumerate([query, *q.narrower(query)]):
        parts.append(
            f"SELECT * FROM (SELECT {OBJ_ID} AS obj_id, -{BM25} AS score, {flag_sql} AS adjacent "
            f"FROM {TABLE} CROSS JOIN ({base_sql}) AS b ON b.r_id = {OBJ_ID} "
            f"WHERE {TABLE} MATCH %s AND {IS_KIND} LIMIT {int(size)}) AS c{i}"
        )
        params += [*flag_params, *base_params, to_fts5(wanted), KIND_BIT[kind]]
    sql = (
        f"SELECT obj_id, max(score), max(adjacent) FROM ({' UNION ALL '.join(parts)}) AS candidates "
        "GROUP BY obj_id ORDER BY max(adjacent) DESC, max(score) DESC, obj_id LIMIT %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, limit])
        return [(int(pk), float(score), bool(adj)) for pk, score, adj in cursor.fetchall()]


def _filtered(kind: str, filters):
    return MODELS[kind].objects.public().filter(**lookups(kind, filters))  # issue 15: no drafts


class SqliteBackend:
    """The search backend for SQLite (see base.SearchBackend)."""

    # Indexing ------------------------------------------------------------------------------------

    def reindex_documents(self, ids=None) -> int:
        """Replace the index rows of the given documents (all when `ids` is None)."""
        return _reindex("document", ids)

    def reindex_quotes(self, ids=None, *, document_ids=None, speaker_ids=None, organisation_ids=None) -> int:
        """Replace the rows of quotes by id, or of the quotes of the given documents, speakers or
        organisations; all quotes when no argument is given."""
        related = {
            "document_id__in": document_ids,
            "speaker_id__in": speaker_ids,
            "organisation_id__in": organisation_ids,
        }
        related = {k: v for k, v in related.items() if v is not None}
        if related:
            condition = Q()
            for lookup, values in related.items():
                condition |= Q(**{lookup: list(values)})
            found = Quote.objects.filter(condition).values_list("pk", flat=True)
            ids = sorted(set(ids or ()) | set(found))
        return _reindex("quote", ids)

    def forget(self, kind: str, ids) -> None:
        """Remove index rows of deleted (or vanished) objects."""
        _forget(kind, ids)

    def clear(self) -> None:
        """Empty the index and its vocabulary, before a rebuild."""
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {TABLE}")
        vocabulary.clear()

    def spelling_candidates(self, plain: str, limit: int) -> list[tuple[str, str, int]]:
        """Words of the same first letter and about the same length, nearest first by rapidfuzz.

        A misspelling seldom starts wrong; the first letter keeps the candidates to an indexed
        range of the table instead of all of it."""
        if not plain:
            return []
        upper = plain[0] + "\U0010ffff"
        span = vocabulary.max_distance(plain)
        rows = list(
            VocabularyWord.objects.filter(plain__gte=plain[0], plain__lt=upper)
            .annotate(length=Length("plain"))
            .filter(length__range=(len(plain) - span, len(plain) + span))
            .values_list("word", "plain", "frequency")
        )
        best = process.extract(plain, [row[1] for row in rows], scorer=Levenshtein.distance, limit=limit)
        return [rows[index] for _, _, index in best]

    # Searching -----------------------------------------------------------------------------------

    def searching(self):
        """Nothing to set up: FTS5 is always used for MATCH."""
        return nullcontext(self)

    def prepare(self, query: q.Query) -> q.Query:
        """Nothing to add: the index holds the same Python stems as the query."""
        return query

    def scan(self, kind: str, query: q.Query, filters, *, cap: int, limit: int) -> scans.Scan:
        """Count and facet; the filters are joins (the FTS5 table holds only text). bm25() only
        works inside an FTS5 query, so `rank` ranks in a statement of its own."""
        return scans.run(kind, _first_matches(kind, _filtered(kind, filters), query, cap + 1), cap)

    def rank(self, kind: str, query: q.Query, filters, *, scan: scans.Scan, cap: int, limit: int):
        within = _filtered(kind, filters) if filters else None
        return _ranked(kind, query, limit, within, size=cap + 1)

    def snippet_fields(self, kind: str) -> tuple[str, ...]:
        """The text `snippet` highlights in Python."""
        return SNIPPET_FIELDS[kind]

    def with_snippets(self, kind: str, qs, query: q.Query):
        return qs

    def snippet(self, kind: str, obj, query: q.Query):
        if kind == "document":
            return highlight(obj.body, query.highlight_stems, words=30)
        return highlight(obj.text, query.highlight_stems, words=60, before=20)
