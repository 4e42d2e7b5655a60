"""Search over documents and quotes with filters, facets and pages, on either database.

The database-specific parts (matching, ranking, snippets, indexing) live in `backends`; this module
filters with the ORM, merges the two kinds by rank, and counts facets, in a fixed number of queries.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from math import ceil

from django.core.paginator import Page, Paginator
from django.db.models import Count, F
from django.db.models.functions import ExtractYear
from django.utils.safestring import SafeString

from reform_kb.kb.models import Document, Quote

from . import backends
from . import query as q

SCOPES = ("all", "documents", "quotes")
MAX_PER_PAGE = 100
FACET_KEYS = ("theme", "organisation", "kind", "year")


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


def _facet_counts(kind: str, matched) -> tuple[Counter, Counter, Counter, Counter, dict]:
    """Counts per theme, organisation, document kind and year over all matches of one kind."""
    labels: dict[tuple[str, str], str] = {}
    kinds, years, themes, organisations = Counter(), Counter(), Counter(), Counter()
    ids = matched.order_by().values("pk")
    if kind == "document":
        kind_year = matched.order_by().values(doc_kind=F("kind"), year=ExtractYear("published"))
        through_themes = Document.themes.through.objects.filter(document_id__in=ids)
        orgs = Document.organisations.through.objects.filter(document_id__in=ids).values(
            slug=F("organisation__slug"), name=F("organisation__name")
        )
    else:
        kind_year = matched.order_by().values(
            doc_kind=F("document__kind"), year=ExtractYear("document__published")
        )
        through_themes = Quote.themes.through.objects.filter(quote_id__in=ids)
        orgs = (
            matched.order_by()
            .exclude(organisation=None)
            .values(slug=F("organisation__slug"), name=F("organisation__name"))
        )
    for row in kind_year.annotate(n=Count("pk")):
        kinds[row["doc_kind"]] += row["n"]
        if row["year"]:
            years[str(row["year"])] += row["n"]
    if not kinds:
        return kinds, years, themes, organisations, labels
    for row in through_themes.values(slug=F("theme__slug"), name=F("theme__name")).annotate(n=Count("pk")):
        themes[row["slug"]] += row["n"]
        labels[("theme", row["slug"])] = row["name"]
    for row in orgs.annotate(n=Count("pk")):
        organisations[row["slug"]] += row["n"]
        labels[("organisation", row["slug"])] = row["name"]
    return kinds, years, themes, organisations, labels


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
    parsed = backend.prepare(parsed)
    kinds = [k for k in ("document", "quote") if scope in ("all", f"{k}s")]
    models = {"document": Document, "quote": Quote}
    totals: dict[str, Counter] = {key: Counter() for key in FACET_KEYS}
    labels: dict = {}
    base, matched = {}, {}
    for kind in kinds:
        base[kind] = models[kind].objects.filter(**_filters(kind, theme, organisation, doc_kind, year))
        matched[kind] = base[kind].filter(backend.match(kind, parsed))
        kinds_c, years_c, themes_c, orgs_c, kind_labels = _facet_counts(kind, matched[kind])
        results.counts[kind] = sum(kinds_c.values())
        for key, counter in zip(FACET_KEYS, (themes_c, orgs_c, kinds_c, years_c), strict=True):
            totals[key].update(counter)
        labels.update(kind_labels)
    results.total = sum(results.counts.values())
    results.facets = {key: _facet_list(key, totals[key], labels, selected[key]) for key in FACET_KEYS}
    if not results.total:
        return results

    results.page = page = min(page, results.num_pages)
    limit = page * per_page
    candidates = []
    for kind in kinds:
        if results.counts[kind]:
            filtered = base[kind] if _filters(kind, theme, organisation, doc_kind, year) else None
            for pk, rank, adjacent in backend.ranked(kind, parsed, limit, within=filtered):
                candidates.append((not adjacent, -rank, kind != "document", pk, kind, rank))
    candidates.sort()
    chosen = candidates[(page - 1) * per_page : limit]

    objects = {}
    for kind in kinds:
        ids = [c[3] for c in chosen if c[4] == kind]
        if not ids:
            continue
        qs = models[kind].objects.filter(pk__in=ids)
        if kind == "document":
            qs = qs.prefetch_related("organisations", "themes")
        else:
            qs = qs.select_related("document", "speaker", "organisation").prefetch_related("themes")
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
