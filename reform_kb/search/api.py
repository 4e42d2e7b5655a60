"""Search over documents and quotes with filters, facets and pages, on either database.

The database-specific parts (matching, ranking, snippets, indexing) live in `backends`; this module
filters with the ORM, merges the two kinds by rank, and counts facets, in a fixed number of queries.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from math import ceil

from django.core.paginator import Page, Paginator
from django.db import connection
from django.db.models import F
from django.db.models.functions import ExtractYear
from django.utils.safestring import SafeString

from reform_kb.kb.models import Document, Organisation, Quote, Theme
from reform_kb.kb.models.base import names_only
from reform_kb.kb.models.documents import DocumentQuerySet

from . import backends
from . import query as q

SCOPES = ("all", "documents", "quotes")
MAX_PER_PAGE = 100
FACET_KEYS = ("theme", "organisation", "kind", "year")
# Matches of each kind are counted, faceted and ranked exactly up to COUNT_CAP; above it the page
# says "fler än 1 000", facets count the first COUNT_CAP + 1 matches, and ranking picks the best of
# those and of the matches of narrower queries (see backends.postgres.ranking).
COUNT_CAP = 1_000


@dataclass(frozen=True)
class Hit:
    kind: str  # "document" or "quote"
    obj: Document | Quote
    title: str
    snippet_html: SafeString
    rank: float
    url: str


@dataclass(frozen=True)
class Facet:
    value: str  # what to pass back as the filter: a slug, a Document.Kind value or a year
    label: str
    count: int
    selected: bool = False


@dataclass
class SearchResults:
    query: str
    scope: str = "all"
    hits: list[Hit] = field(default_factory=list)
    total: int = 0
    counts: dict[str, int] = field(default_factory=lambda: {"document": 0, "quote": 0})
    facets: dict[str, list[Facet]] = field(default_factory=lambda: {key: [] for key in FACET_KEYS})
    filters: dict[str, str] = field(default_factory=dict)
    page: int = 1
    per_page: int = 20
    # More than COUNT_CAP matches of a kind: `total` is a lower bound ("fler än 10 000").
    capped: bool = False
    capped_kinds: set[str] = field(default_factory=set)
    # Facet counts are of the first COUNT_CAP + 1 matches of each kind, not of all (when capped).
    sampled: bool = False

    @property
    def num_pages(self) -> int:
        return max(1, ceil(self.total / self.per_page))

    @property
    def has_next(self) -> bool:
        return self.page < self.num_pages

    @property
    def has_previous(self) -> bool:
        return self.page > 1

    @property
    def page_obj(self) -> Page:
        """A Django Page of the hits, for templates that paginate with page_obj/paginator."""
        paginator = Paginator(range(self.total), self.per_page)
        return Page(self.hits, self.page, paginator)

    def __bool__(self) -> bool:
        return self.total > 0


def _filters(kind: str, theme, organisation, doc_kind, year) -> dict:
    prefix = "" if kind == "document" else "document__"
    lookups = {}
    if theme:
        lookups["themes__slug"] = theme
    if organisation:
        lookups["organisations__slug" if kind == "document" else "organisation__slug"] = organisation
    if doc_kind:
        lookups[f"{prefix}kind"] = doc_kind
    if year:
        lookups[f"{prefix}published__year"] = year
    return lookups


def _year(value) -> int | None:
    try:
        year = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    return year if 1000 <= year <= 9999 else None


def _positive_int(value, default: int) -> int:
    try:
        return max(1, int(value))
    except (TypeError, ValueError):
        return default


def _scan(backend, kind: str, base, query, ranking=None) -> Scan:
    """Count, facet and (given a backend's `ranking`) rank the first COUNT_CAP + 1 matches of one
    kind, in one query.

    Counting, grouping or ranking every match of a common word touches a third of a million-row
    table; all three stay bounded instead. Below the cap everything is exact.
    """
    columns = {"m_id": F("pk")}
    if kind == "document":
        columns |= {"m_kind": F("kind"), "m_year": ExtractYear("published")}
        through, fk = Document.themes.through, "document_id"
        orgs_sql = (
            f"SELECT 'organisation', o.slug, o.name, COUNT(*), NULL, NULL FROM f "
            f"JOIN {_table(Document.organisations.through)} x ON x.document_id = f.m_id "
            f"JOIN {_table(Organisation)} o ON o.id = x.organisation_id GROUP BY o.slug, o.name"
        )
    else:
        columns |= {
            "m_org": F("organisation_id"),
            "m_kind": F("document__kind"),
            "m_year": ExtractYear("document__published"),
        }
        through, fk = Quote.themes.through, "quote_id"
        orgs_sql = (
            f"SELECT 'organisation', o.slug, o.name, COUNT(*), NULL, NULL FROM f "
            f"JOIN {_table(Organisation)} o ON o.id = f.m_org GROUP BY o.slug, o.name"
        )
    hits_sql, hits_params = "", []
    if ranking is not None:
        columns |= {"m_rank": ranking.rank, "m_adjacent": ranking.adjacent}
        parts = ["SELECT m_id, m_rank, m_adjacent FROM m"]
        for i, extra in enumerate(ranking.extra):
            sql, params = (
                extra.order_by()
                .values(r_id=F("pk"), r_rank=ranking.rank, r_adjacent=ranking.adjacent)[: ranking.size]
                .query.sql_with_params()
            )
            parts.append(f"SELECT * FROM ({sql}) AS extra{i}")
            hits_params.extend(params)
        hits_sql = (
            " UNION ALL SELECT 'hit', CAST(h.m_id AS TEXT), NULL, NULL, CAST(h.m_rank AS REAL), h.m_adjacent FROM "
            f"(SELECT * FROM ({' UNION '.join(parts)}) AS candidates "
            "ORDER BY m_adjacent DESC, m_rank DESC, m_id LIMIT %s) AS h"
        )
        hits_params.append(ranking.limit)
    sample_sql, sample_params = backend.first_matches(kind, base, query, columns, COUNT_CAP + 1)
    # m: the first COUNT_CAP + 1 matches (one more than the cap shows that there are more);
    # f: the COUNT_CAP of them that the facets count.
    sql = (
        f"WITH m AS MATERIALIZED ({sample_sql}), f AS (SELECT * FROM m LIMIT {int(COUNT_CAP)}) "
        "SELECT 'count', NULL, NULL, COUNT(*), CAST(NULL AS REAL), CAST(NULL AS BOOLEAN) FROM m "
        "UNION ALL SELECT 'kind', m_kind, NULL, COUNT(*), NULL, NULL FROM f GROUP BY m_kind "
        "UNION ALL SELECT 'year', CAST(m_year AS TEXT), NULL, COUNT(*), NULL, NULL FROM f "
        "WHERE m_year IS NOT NULL GROUP BY m_year "
        f"UNION ALL SELECT 'theme', t.slug, t.name, COUNT(*), NULL, NULL FROM f JOIN {_table(through)} x "
        f"ON x.{fk} = f.m_id JOIN {_table(Theme)} t ON t.id = x.theme_id GROUP BY t.slug, t.name "
        f"UNION ALL {orgs_sql}{hits_sql}"
    )
    scan = Scan()
    with connection.cursor() as cursor:
        cursor.execute(sql, [*sample_params, *hits_params])
        for key, value, label, n, rank, adjacent in cursor.fetchall():
            if key == "count":
                scan.count = n
            elif key == "hit":
                scan.hits.append((int(value), float(rank), bool(adjacent)))
            else:
                if key == "year":
                    value = str(int(float(value)))
                scan.counters[key][value] += n
                if label is not None:
                    scan.labels[(key, value)] = label
    scan.capped = scan.count > COUNT_CAP
    scan.count = min(scan.count, COUNT_CAP)
    scan.hits.sort(key=lambda hit: (not hit[2], -hit[1], hit[0]))
    return scan


@dataclass
class Scan:
    count: int = 0
    capped: bool = False
    counters: dict[str, Counter] = field(default_factory=lambda: {key: Counter() for key in FACET_KEYS})
    labels: dict[tuple[str, str], str] = field(default_factory=dict)
    hits: list[tuple[int, float, bool]] = field(default_factory=list)


def _table(model) -> str:
    return connection.ops.quote_name(model._meta.db_table)


def _facet_list(key: str, counter: Counter, labels: dict, selected) -> list[Facet]:
    if key == "kind":
        label_of = dict(Document.Kind.choices).get
    elif key == "year":
        label_of = str
    else:
        label_of = lambda value: labels.get((key, value), value)  # noqa: E731
    facets = [
        Facet(value, label_of(value) or value, n, str(value) == str(selected)) for value, n in counter.items()
    ]
    if key == "year":
        return sorted(facets, key=lambda f: f.value, reverse=True)
    return sorted(facets, key=lambda f: (-f.count, f.label.lower()))


def _hit_title(kind: str, obj) -> str:
    if kind == "document":
        return obj.title
    if obj.speaker_id:
        return f"{obj.speaker.name}, {obj.organisation.name}" if obj.organisation_id else obj.speaker.name
    if obj.organisation_id:
        return obj.organisation.name
    return obj.document.title


def search(
    q_text: str,
    *,
    scope: str = "all",
    theme: str | None = None,
    organisation: str | None = None,
    doc_kind: str | None = None,
    year: int | str | None = None,
    page: int | str = 1,
    per_page: int = 20,
) -> SearchResults:
    """Ranked documents and quotes matching `q_text`; see the package docstring for an example."""
    scope = scope if scope in SCOPES else "all"
    year = _year(year)
    page = _positive_int(page, 1)
    per_page = min(_positive_int(per_page, 20), MAX_PER_PAGE)
    selected = {"theme": theme, "organisation": organisation, "kind": doc_kind, "year": year}
    filters = {k: str(v) for k, v in selected.items() if v}
    parsed = q.parse(q_text or "")
    results = SearchResults(
        query=(q_text or "").strip(), scope=scope, filters=filters, page=page, per_page=per_page
    )
    if not parsed:
        return results

    backend = backends.current()
    with backend.session():
        return _search(backend, parsed, results, selected)


def _search(backend, parsed, results: SearchResults, selected: dict) -> SearchResults:
    theme, organisation, doc_kind, year = (selected[k] for k in ("theme", "organisation", "kind", "year"))
    filters = any(selected.values())
    page, per_page = results.page, results.per_page
    parsed = backend.prepare(parsed)
    kinds = [k for k in ("document", "quote") if results.scope in ("all", f"{k}s")]
    models = {"document": Document, "quote": Quote}
    totals: dict[str, Counter] = {key: Counter() for key in FACET_KEYS}
    labels: dict = {}
    base = {}
    if backend.INDEXED_FILTERS:
        # The filters are lexemes of the index: one GIN lookup more rather than a join per match.
        names = {"theme": "tema", "organisation": "org", "kind": "typ", "year": "ar"}
        wanted = parsed.filtered(q.filter_lexeme(names[k], v) for k, v in selected.items() if v)
    else:
        wanted = parsed
    # No page past what the capped counts can fill (and no absurd LIMIT from ?sida=10**30).
    page = min(page, ceil(len(kinds) * COUNT_CAP / per_page))
    limit = page * per_page
    scans = {}
    for kind in kinds:
        if backend.INDEXED_FILTERS:
            base[kind] = models[kind].objects.all()
        else:
            base[kind] = models[kind].objects.filter(**_filters(kind, theme, organisation, doc_kind, year))
        backend.plan_for(kind)
        matched = base[kind].filter(backend.match(kind, wanted))
        ranking = backend.ranking(kind, matched, wanted, limit) if backend.RANKS_IN_SCAN else None
        scans[kind] = scan = _scan(backend, kind, base[kind], wanted, ranking)
        results.counts[kind] = scan.count
        if scan.capped:
            results.capped = True
            results.capped_kinds.add(kind)
        for key in FACET_KEYS:
            totals[key].update(scan.counters[key])
        labels.update(scan.labels)
    results.sampled = results.capped
    results.total = sum(results.counts.values())
    results.facets = {key: _facet_list(key, totals[key], labels, selected[key]) for key in FACET_KEYS}
    if not results.total:
        return results

    # A page past the last shows the last; the hits ranked for the page asked for include its hits.
    results.page = page = min(page, results.num_pages)
    limit = page * per_page
    candidates = []
    for kind in reversed(kinds):  # quotes first: the planner settings of the last scan still hold
        if not results.counts[kind]:
            continue
        hits = scans[kind].hits
        if not backend.RANKS_IN_SCAN:
            filtered = base[kind] if filters and not backend.INDEXED_FILTERS else None
            hits = backend.ranked(kind, wanted, limit, within=filtered, size=COUNT_CAP + 1)
        for pk, rank, adjacent in hits:
            candidates.append((not adjacent, -rank, kind != "document", pk, kind, rank))
    candidates.sort()
    chosen = candidates[(page - 1) * per_page : limit]

    objects = {}
    for kind in kinds:
        ids = [c[3] for c in chosen if c[4] == kind]
        if not ids:
            continue
        # What a hit shows, as in the lists (a quote hit's document is only a link, not its body
        # and vector), plus the columns the backend's snippets read.
        snippet_fields = backend.SNIPPET_FIELDS[kind]
        if kind == "document":
            qs = Document.objects.only(*DocumentQuerySet.LIST_FIELDS, *snippet_fields).prefetch_related(
                *names_only(Document, "organisations", "themes")  # a hit names no authors
            )
        else:
            qs = Quote.objects.for_list(*snippet_fields)
        qs = qs.filter(pk__in=ids)
        for obj in backend.with_snippets(kind, qs, parsed):
            objects[(kind, obj.pk)] = obj
    for *_, pk, kind, rank in chosen:
        obj = objects.get((kind, pk))
        if obj is None:  # deleted between the two queries
            continue
        results.hits.append(
            Hit(
                kind=kind,
                obj=obj,
                title=_hit_title(kind, obj),
                snippet_html=backend.snippet(kind, obj, parsed),
                rank=float(rank),
                url=obj.get_absolute_url(),
            )
        )
    return results


def reindex_documents(ids=None) -> int:
    """Refresh the search index for these documents (all when None) and their quotes' context."""
    return backends.current().reindex_documents(ids)


def reindex_quotes(ids=None, **related) -> int:
    """Refresh the index for these quotes (all when None), or for quotes of `document_ids`,
    `speaker_ids` or `organisation_ids`."""
    return backends.current().reindex_quotes(ids, **related)


def clear_index() -> None:
    """Empty the index before a rebuild (SQLite; PostgreSQL overwrites vectors in place)."""
    backends.current().clear()


def forget(kind: str, ids) -> None:
    """Drop deleted objects from the index (a no-op on PostgreSQL)."""
    backends.current().forget(kind, ids)
