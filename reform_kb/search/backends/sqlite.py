"""SQLite: an FTS5 table `search_entry` holding our Python stems, ranked with bm25().

SQLite has no Swedish stemmer, so the index stores each text already stemmed (space-separated)
and queries are stemmed the same way. Each object has one row whose rowid encodes kind and id
(id * 2, + 1 for quotes), so replacing an object's row is an indexed delete and an insert.
"""

from __future__ import annotations

from contextlib import nullcontext

from django.db import connection, transaction
from django.db.models import F, Q
from django.db.models.expressions import RawSQL

from reform_kb.kb.models import Document, Quote
from reform_kb.pipeline.swedish import stem, tokens

from .. import query as q
from ..snippets import highlight

TABLE = "search_entry"
# Filters are joins: the FTS5 table holds only text.
INDEXED_FILTERS = False
# bm25() is only available inside an FTS5 query, so `ranked` ranks separately from the scan.
RANKS_IN_SCAN = False
KIND_BIT = {"document": 0, "quote": 1}
# Columns `snippet` reads from a hit: it highlights the text in Python.
SNIPPET_FIELDS = {"document": ("body",), "quote": ("text",)}
# A match's object id and kind, read from its rowid: FTS5 yields rowids from the index itself,
# while reading the `kind` or `obj_id` column fetches each matching row from the content table,
# twenty times slower for a common word (225 ms against 10 ms over 100,000 quotes' entries).
OBJ_ID = f"({TABLE}.rowid >> 1)"
IS_KIND = f"({TABLE}.rowid & 1) = %s"
# bm25 weights per column: kind, obj_id (unindexed), title, meta, body. The same A/B/C weighting
# as PostgreSQL: a document's title or a quote's text first, names next, running text last.
BM25 = f"bm25({TABLE}, 0, 0, 10.0, 4.0, 1.0)"
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


def _replace(kind: str, rows) -> int:
    """rows: (pk, title, meta, body) with raw text."""
    rows = [(_rowid(kind, pk), kind, pk, index_text(t), index_text(m), index_text(b)) for pk, t, m, b in rows]
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


def clear() -> None:
    """Empty the index, before a rebuild."""
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {TABLE}")


def forget(kind: str, ids) -> None:
    """Remove index rows of deleted (or vanished) objects."""
    for chunk in _chunks(ids):
        with transaction.atomic(savepoint=False), connection.cursor() as cursor:
            placeholders = ",".join("%s" for _ in chunk)
            cursor.execute(
                f"DELETE FROM {TABLE} WHERE rowid IN ({placeholders})", [_rowid(kind, pk) for pk in chunk]
            )


def _names(pairs) -> dict[int, str]:
    """{document id: the names joined} from (document id, name, …) rows."""
    names: dict[int, list[str]] = {}
    for pk, *parts in pairs:
        names.setdefault(pk, []).extend(part for part in parts if part)
    return {pk: " ".join(parts) for pk, parts in names.items()}


def _document_rows(ids):
    """(pk, title, meta, body): meta holds the organisations' names and short names and the
    authors' names, like PostgreSQL's weight B."""
    orgs = _names(
        Document.organisations.through.objects.filter(document_id__in=ids).values_list(
            "document_id", "organisation__name", "organisation__short_name"
        )
    )
    authors = _names(
        Document.authors.through.objects.filter(document_id__in=ids).values_list(
            "document_id", "person__name"
        )
    )
    for pk, title, body in Document.objects.filter(pk__in=ids).values_list("pk", "title", "body"):
        yield pk, title, f"{orgs.get(pk, '')} {authors.get(pk, '')}".strip(), body


def _quote_rows(ids):
    """(pk, text, meta, document title): meta holds the speaker's and organisation's names and the
    speaker's role, like PostgreSQL's weight B."""
    fields = ("pk", "text", "speaker__name", "organisation__name", "speaker_role", "document__title")
    for pk, text, speaker, organisation, role, title in Quote.objects.filter(pk__in=ids).values_list(*fields):
        yield pk, text, " ".join(x for x in (speaker, organisation, role) if x), title


ROWS = {"document": (Document, _document_rows), "quote": (Quote, _quote_rows)}


def _reindex(kind: str, ids) -> int:
    model, rows_of = ROWS[kind]
    # One transaction: in autocommit mode SQLite would sync the file after every inserted row.
    with transaction.atomic(savepoint=False):
        if ids is None:
            with connection.cursor() as cursor:
                cursor.execute(f"DELETE FROM {TABLE} WHERE kind = %s", [kind])
            ids = model.objects.order_by("pk").values_list("pk", flat=True)
        total = 0
        for chunk in _chunks(ids):
            rows = list(rows_of(chunk))
            total += _replace(kind, rows)
            forget(kind, set(chunk) - {row[0] for row in rows})
        return total


def reindex_documents(ids=None) -> int:
    """Replace the index rows of the given documents (all when `ids` is None)."""
    return _reindex("document", ids)


def reindex_quotes(ids=None, *, document_ids=None, speaker_ids=None, organisation_ids=None) -> int:
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


def session():
    """Nothing to set up: FTS5 is always used for MATCH."""
    return nullcontext()


def plan_for(kind: str) -> None:
    """Nothing to tune."""


def prepare(query: q.Query) -> q.Query:
    """Nothing to add: the index holds the same Python stems as the query."""
    return query


def first_matches(kind: str, base, query: q.Query, columns: dict, limit: int) -> tuple[str, list]:
    """SQL for `columns` of the first `limit` rows of `base` that match.

    FTS5 yields matches one by one in rowid order, so driving the join from it (CROSS JOIN fixes
    SQLite's join order) stops after `limit` rows; `pk IN (MATCH …)` would collect every match of
    a common word first, and let SQLite walk the filters' indexes over rows that do not match.
    """
    sql, params = base.order_by().values(**columns).query.sql_with_params()
    return (
        f"SELECT b.* FROM {TABLE} CROSS JOIN ({sql}) AS b ON b.m_id = {OBJ_ID} "
        f"WHERE {TABLE} MATCH %s AND {IS_KIND} LIMIT {int(limit)}",
        [*params, q.to_fts5(query), KIND_BIT[kind]],
    )


def match(kind: str, query: q.Query) -> Q:
    return Q(
        pk__in=RawSQL(
            f"SELECT {OBJ_ID} FROM {TABLE} WHERE {TABLE} MATCH %s AND {IS_KIND}",
            (q.to_fts5(query), KIND_BIT[kind]),
        )
    )


def ranked(
    kind: str, query: q.Query, limit: int, within=None, size: int = 1001
) -> list[tuple[int, float, bool]]:
    """(pk, rank, adjacent) of the best `limit` among the first `size` matches (among the rows of
    `within` if given) and the first `size` of each narrower query (see query.narrower).

    bm25() of every match of a common word costs more than the rest of the search; FTS5 yields
    matches in rowid order, so a LIMIT inside stops early. `adjacent` is true when the query's
    words stand side by side; such rows come first.
    """
    model = Document if kind == "document" else Quote
    base = within if within is not None else model.objects.all()
    base_sql, base_params = base.order_by().values(r_id=F("pk")).query.sql_with_params()
    adjacent = q.adjacent(query)
    if adjacent:
        flag_sql = f"{TABLE}.rowid IN (SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH %s)"
        flag_params = [q.to_fts5(adjacent)]
    else:
        flag_sql, flag_params = "0", []
    parts, params = [], []
    for i, wanted in enumerate([query, *q.narrower(query)]):
        parts.append(
            f"SELECT * FROM (SELECT {OBJ_ID} AS obj_id, -{BM25} AS score, {flag_sql} AS adjacent "
            f"FROM {TABLE} CROSS JOIN ({base_sql}) AS b ON b.r_id = {OBJ_ID} "
            f"WHERE {TABLE} MATCH %s AND {IS_KIND} LIMIT {int(size)}) AS c{i}"
        )
        params += [*flag_params, *base_params, q.to_fts5(wanted), KIND_BIT[kind]]
    sql = (
        f"SELECT obj_id, max(score), max(adjacent) FROM ({' UNION ALL '.join(parts)}) AS candidates "
        "GROUP BY obj_id ORDER BY max(adjacent) DESC, max(score) DESC, obj_id LIMIT %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, limit])
        return [(int(pk), float(score), bool(adj)) for pk, score, adj in cursor.fetchall()]


def with_snippets(kind: str, qs, query: q.Query):
    return qs


def snippet(kind: str, obj, query: q.Query):
    if kind == "document":
        return highlight(obj.body, query.highlight_stems, words=30)
    return highlight(obj.text, query.highlight_stems, words=60, before=20)
