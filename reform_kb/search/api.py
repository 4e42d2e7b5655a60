"""Search over documents and quotes with filters, facets and pages, on either database.

The database-specific parts (indexing, matching, ranking, snippets) live in a backend
(backends/base.py says what each offers); this module drives one the same way on either database,
merges the two kinds by rank and writes the facets, in a fixed number of queries.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from math import ceil

from django.core.paginator import Page, Paginator
from django.utils.safestring import SafeString

from reform_kb.kb.filters import SEARCH_FILTERS, Filter
from reform_kb.kb.models import Document, Quote
from reform_kb.kb.models.base import names_only
from reform_kb.kb.models.documents import DocumentQuerySet

from . import backends, entities, vocabulary
from . import query as q
from .backends.base import SearchBackend
from .scan import Scan

SCOPES = ("all", "documents", "quotes")
MAX_PER_PAGE = 100
# Matches of each kind are counted, faceted and ranked exactly up to COUNT_CAP; above it the page
# says "fler än 1 000", facets count the first COUNT_CAP + 1 matches, and ranking picks the best of
# those and of the matches of narrower queries (see query.narrower).
COUNT_CAP = 1_000


@dataclass(frozen=True)
class Hit:
    kind: str  # "document" or "quote"
    obj: Document | Quote
    title: str
    snippet_html: SafeString
    rank: float
    url: str
    # Under a quote's text: who said it ("Heike Erkers, Akademikerförbundet SSR"); "" for documents.
    byline: str = ""


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
    facets: dict[str, list[Facet]] = field(default_factory=lambda: {f.key: [] for f in SEARCH_FILTERS})
    filters: dict[str, str] = field(default_factory=dict)
    page: int = 1
    per_page: int = 20
    # More than COUNT_CAP matches of a kind: `total` is a lower bound ("fler än 10 000").
    capped: bool = False
    capped_kinds: set[str] = field(default_factory=set)
    # Facet counts are of the first COUNT_CAP + 1 matches of each kind, not of all (when capped).
    sampled: bool = False
    # Words of the query left out, beyond the first query.MAX_TERMS (the page says so).
    dropped: int = 0
    max_terms: int = q.MAX_TERMS
    # The query with its misspelt words corrected from the index's vocabulary ("Menade du …?"),
    # or "" when every word is known.
    suggestion: str = ""
    # Nothing matched the query as typed: the hits, counts and facets are the suggestion's.
    corrected: bool = False
    # Organisations, people and themes the query names (entities.Card), on the first page.
    entities: list = field(default_factory=list)

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


def _positive_int(value, default: int) -> int:
    try:
        return max(1, int(value))
    except (TypeError, ValueError):
        return default


def _facet_list(f: Filter, counter: Counter, names: dict[str, str], selected) -> list[Facet]:
    facets = [
        Facet(value, f.label_of(value, names) or value, n, str(value) == str(selected))
        for value, n in counter.items()
    ]
    return f.ordered(facets)


# A quote hit is headed by what the quote says, cut at a word boundary after this many characters.
QUOTE_TITLE_CHARS = 160


def _hit_title(kind: str, obj) -> str:
    """A document's title; a quote's own words, so that four hits of one speaker read differently."""
    if kind == "document":
        return obj.title
    text = " ".join(obj.text.split())
    if len(text) <= QUOTE_TITLE_CHARS:
        return text
    return text[:QUOTE_TITLE_CHARS].rsplit(" ", 1)[0].rstrip(",.;:–-") + " …"


def _byline(kind: str, obj) -> str:
    """Who said a quote: speaker and organisation, or what the quote's document says of it."""
    if kind == "document":
        return ""
    names = [obj.speaker.name if obj.speaker_id else "", obj.organisation.name if obj.organisation_id else ""]
    return ", ".join(name for name in names if name) or obj.document.title


def search(
    q_text: str,
    *,
    scope: str = "all",
    theme: str | None = None,
    organisation: str | None = None,
    kind: str | None = None,
    year: int | str | None = None,
    page: int | str = 1,
    per_page: int = 20,
) -> SearchResults:
    """Ranked documents and quotes matching `q_text`; see the package docstring for an example.

    The filters' keywords are the keys of kb.filters.SEARCH_FILTERS; a value a filter does not
    accept (a year that is not one, an unknown kind) is ignored.
    """
    scope = scope if scope in SCOPES else "all"
    page = _positive_int(page, 1)
    per_page = min(_positive_int(per_page, 20), MAX_PER_PAGE)
    given = {"theme": theme, "organisation": organisation, "kind": kind, "year": year}
    selected = {f: f.clean(given[f.key]) for f in SEARCH_FILTERS}
    selected = {f: value for f, value in selected.items() if value is not None}
    parsed = q.parse(q_text or "")
    results = SearchResults(
        query=(q_text or "").strip(),
        scope=scope,
        filters={f.key: value for f, value in selected.items()},
        page=page,
        per_page=per_page,
        dropped=parsed.dropped,
    )
    if not parsed:
        return results

    backend = backends.current()
    names = entities.current()
    with backend.searching():
        resolution = _resolve(parsed, backend, names)
        _search(backend, resolution.query, results, selected)
        if resolution.corrections:
            results.suggestion = resolution.corrected_text(results.query)
            if not results.total:
                results = _search_corrected(backend, results, selected, names)
    if results.page == 1:
        results.entities = entities.find(results.suggestion if results.corrected else results.query, names)
    return results


def _search_corrected(backend: SearchBackend, results: SearchResults, selected, names) -> SearchResults:
    """The search again, for the suggestion: what a visitor who misspelt every word still wants."""
    parsed = q.parse(results.suggestion)
    fresh = SearchResults(
        query=results.query,
        scope=results.scope,
        filters=results.filters,
        page=results.page,
        per_page=results.per_page,
        dropped=results.dropped,
        suggestion=results.suggestion,
        corrected=True,
    )
    return _search(backend, _resolve(parsed, backend, names).query, fresh, selected)


def _resolve(parsed, backend: SearchBackend, names) -> vocabulary.Resolution:
    """The query read against the vocabulary (accents, prefixes, misspellings) and the names of
    organisations (an organisation's one-word names are synonyms)."""
    resolution = vocabulary.resolve(parsed, backend)
    words = {term.word for term in parsed.terms() if not term.prefix and not term.parts}
    same = entities.synonyms(words, names)
    if same:
        resolution.query = resolution.query.with_variants(same)
    return resolution


def _search(
    backend: SearchBackend, parsed, results: SearchResults, selected: dict[Filter, str]
) -> SearchResults:
    query = backend.prepare(parsed)
    kinds = [k for k in ("document", "quote") if results.scope in ("all", f"{k}s")]
    # No page past what the capped counts can fill (and no absurd LIMIT from ?sida=10**30).
    page = min(results.page, ceil(len(kinds) * COUNT_CAP / results.per_page))
    scans = {
        kind: backend.scan(kind, query, selected, cap=COUNT_CAP, limit=page * results.per_page)
        for kind in kinds
    }
    _count(results, scans, selected)
    if not results.total:
        return results

    # A page past the last shows the last; the hits ranked for the page asked for include its hits.
    results.page = page = min(page, results.num_pages)
    limit = page * results.per_page
    candidates = []
    for kind in reversed(kinds):
        if not results.counts[kind]:
            continue
        ranked = backend.rank(kind, query, selected, scan=scans[kind], cap=COUNT_CAP, limit=limit)
        candidates.extend(
            (not adjacent, -rank, kind != "document", pk, kind, rank) for pk, rank, adjacent in ranked
        )
    candidates.sort()
    results.hits = _hits(backend, query, candidates[(page - 1) * results.per_page : limit])
    return results


def _count(results: SearchResults, scans: dict[str, Scan], selected: dict[Filter, str]) -> None:
    """Counts and facets of all kinds searched, into `results`."""
    totals = {f.key: Counter() for f in SEARCH_FILTERS}
    names: dict[str, dict[str, str]] = {f.key: {} for f in SEARCH_FILTERS}
    for kind, scan in scans.items():
        results.counts[kind] = scan.count
        if scan.capped:
            results.capped = True
            results.capped_kinds.add(kind)
        for f in SEARCH_FILTERS:
            totals[f.key].update(scan.counters[f.key])
            names[f.key].update(scan.labels[f.key])
    results.sampled = results.capped
    results.total = sum(results.counts.values())
    results.facets = {
        f.key: _facet_list(f, totals[f.key], names[f.key], selected.get(f)) for f in SEARCH_FILTERS
    }


def _hit_rows(backend: SearchBackend, kind: str, ids: list[int], query) -> dict:
    """The page's rows of one kind by id, with what a hit shows (as in the lists: a quote hit's
    document is only a link, not its body and vector) and the columns the snippets read."""
    snippet_fields = backend.snippet_fields(kind)
    if kind == "document":
        qs = Document.objects.only(*DocumentQuerySet.LIST_FIELDS, *snippet_fields).prefetch_related(
            *names_only(Document, "organisations", "themes")  # a hit names no authors
        )
    else:
        qs = Quote.objects.for_list(*snippet_fields)
    return {obj.pk: obj for obj in backend.with_snippets(kind, qs.filter(pk__in=ids), query)}


def _hits(backend: SearchBackend, query, chosen: list[tuple]) -> list[Hit]:
    rows = {}
    for kind in ("document", "quote"):
        ids = [c[3] for c in chosen if c[4] == kind]
        if ids:
            rows[kind] = _hit_rows(backend, kind, ids, query)
    hits = []
    for *_, pk, kind, rank in chosen:
        obj = rows[kind].get(pk)
        if obj is None:  # deleted between the two queries
            continue
        hits.append(
            Hit(
                kind=kind,
                obj=obj,
                title=_hit_title(kind, obj),
                byline=_byline(kind, obj),
                snippet_html=backend.snippet(kind, obj, query),
                rank=float(rank),
                url=obj.get_absolute_url(),
            )
        )
    return hits


def reindex_documents(ids=None) -> int:
    """Refresh the search index for these documents (all when None) and their quotes' context."""
    return backends.current().reindex_documents(ids)


def reindex_quotes(ids=None, *, document_ids=None, speaker_ids=None, organisation_ids=None) -> int:
    """Refresh the index for these quotes (all when None), or for quotes of `document_ids`,
    `speaker_ids` or `organisation_ids`."""
    return backends.current().reindex_quotes(
        ids, document_ids=document_ids, speaker_ids=speaker_ids, organisation_ids=organisation_ids
    )


def clear_index() -> None:
    """Empty the index before a rebuild (SQLite; PostgreSQL overwrites vectors in place)."""
    backends.current().clear()


def forget(kind: str, ids) -> None:
    """Drop deleted objects from the index (a no-op on PostgreSQL)."""
    backends.current().forget(kind, ids)
