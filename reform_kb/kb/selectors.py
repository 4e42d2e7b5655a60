"""Queries the public pages pull their data with ("selectors" in the HackSoftware styleguide's words).

Counts are correlated subqueries rather than Count() over joins: counting documents and quotes of a
theme through two many-to-many joins multiplies the rows (documents × quotes) before grouping.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from html import escape

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Page, Paginator
from django.db.models import Count, Exists, IntegerField, OuterRef, Prefetch, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils.safestring import mark_safe
from django.utils.translation import pgettext_lazy
from taggit.models import Tag, TaggedItem

from reform_kb.pipeline.swedish import swedish_sort_key, swedish_sorted

from . import filters
from .content_version import cached
from .filters import FROM_YEAR, KIND, ORGANISATION, SPEAKER, TAG, THEME, TO_YEAR, YEAR, Filter
from .models import Document, Organisation, Person, Quote, Role, Theme


def count_of(rows: QuerySet, outer_field: str) -> Coalesce:
    """An annotation counting `rows` whose `outer_field` is the outer row (0 when none)."""
    counted = (
        rows.filter(**{outer_field: OuterRef("pk")})
        .order_by()
        .values(outer_field)
        .annotate(n=Count("*"))
        .values("n")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def paginate(request, items, param: str = "sida", count: int | None = None) -> Page:
    """The page of `items` that the GET parameter `param` asks for; bad numbers give the nearest page.

    `count`, when the caller knows it (from a cache), saves the paginator its COUNT query, which
    for a theme with tens of thousands of rows costs more than fetching the page.
    """
    paginator = Paginator(items, settings.KB_PAGE_SIZE)
    if count is not None:
        paginator.count = count  # Paginator.count is a cached_property: this is its cached value
    return paginator.get_page(request.GET.get(param))


# --- Themes -------------------------------------------------------------------------------------------


def _public_links_per_theme() -> dict[str, dict[int, int]]:
    """{"document"|"quote": {theme id: links of public rows}}, in one query of four grouped counts: every
    link (an index-only pass, 67 ms over 1.3 million quote links) less the links of rows the public may
    not see (drafts and withdrawn rows: few, found by their index). Joining every link to its row to ask
    whether it is public took 11 s at a million quotes, longer than a request may take: the home page
    could not be drawn at all."""

    def grouped(links, kind: str, sign: int):
        return links.order_by().values_list("theme").annotate(n=Count("*") * sign, kind=Value(kind))

    parts = [
        grouped(Document.themes.through.objects.all(), "document", 1),
        grouped(Document.themes.through.objects.filter(document__public=False), "document", -1),
        grouped(Quote.themes.through.objects.all(), "quote", 1),
        grouped(Quote.themes.through.objects.filter(quote__public=False), "quote", -1),
    ]
    counts: dict[str, dict[int, int]] = {"document": {}, "quote": {}}
    for theme_id, n, kind in parts[0].union(*parts[1:], all=True):
        counts[kind][theme_id] = counts[kind].get(theme_id, 0) + n
    return counts


def themes_with_counts() -> list[Theme]:
    """Themes in the editors' order, with `document_count` and `quote_count` (public rows only)."""
    counts = _public_links_per_theme()
    themes = list(Theme.objects.ordered())
    for theme in themes:
        theme.document_count = counts["document"].get(theme.pk, 0)
        theme.quote_count = counts["quote"].get(theme.pk, 0)
    return themes


def themes_for_organisation(org: Organisation) -> list[Theme]:
    """The themes an organisation's documents or quotes touch, with counts for that organisation only.

    Two grouped passes over the organisation's rows, not one correlated count per theme and kind.
    """
    documents = (
        Document.themes.through.objects.filter(document__organisations=org, document__public=True)
        .order_by()
        .values_list("theme_id")
        .annotate(n=Count("*"), kind=Value("document"))
    )
    quotes = (
        Quote.themes.through.objects.filter(quote__organisation=org, quote__public=True)
        .order_by()
        .values_list("theme_id")
        .annotate(n=Count("*"), kind=Value("quote"))
    )
    counts: dict[str, dict[int, int]] = {"document": {}, "quote": {}}
    for theme_id, n, kind in documents.union(quotes, all=True):
        counts[kind][theme_id] = n
    documents, quotes = counts["document"], counts["quote"]
    themes = []
    for theme in Theme.objects.ordered().filter(pk__in=documents.keys() | quotes.keys()):
        theme.document_count, theme.quote_count = documents.get(theme.pk, 0), quotes.get(theme.pk, 0)
        themes.append(theme)
    return themes


def organisations_for_theme(theme: Theme) -> list[Organisation]:
    """The organisations with quotes or documents on `theme`, in Swedish order, with counts for that
    theme only (`quote_count`, `document_count`): the theme page's links to each organisation's
    quotes on it (issue 13). Two grouped passes over the theme's rows, as themes_for_organisation."""
    quotes = (
        Quote.themes.through.objects.filter(theme=theme, quote__organisation__isnull=False, quote__public=True)
        .order_by()
        .values_list("quote__organisation_id")
        .annotate(n=Count("*"), kind=Value("quote"))
    )
    documents = (
        Document.themes.through.objects.filter(
            theme=theme, document__organisations__isnull=False, document__public=True
        )
        .order_by()
        .values_list("document__organisations")
        .annotate(n=Count("*"), kind=Value("document"))
    )
    counts: dict[str, dict[int, int]] = {"document": {}, "quote": {}}
    for org_id, n, kind in quotes.union(documents, all=True):
        counts[kind][org_id] = n
    found = counts["document"].keys() | counts["quote"].keys()
    organisations = []
    for org in Organisation.objects.filter(pk__in=found).only("name", "slug"):
        org.quote_count, org.document_count = counts["quote"].get(org.pk, 0), counts["document"].get(org.pk, 0)
        organisations.append(org)
    return swedish_sorted(organisations, key=lambda org: org.name)


# --- Documents and quotes -----------------------------------------------------------------------------


def document_list() -> QuerySet[Document]:
    """Documents for a list: newest first, with what a list item shows and nothing else."""
    return Document.objects.public().newest_first().for_list()


def quote_list() -> QuerySet[Quote]:
    """Quotes for a list: newest document first, in text order, with what a quote card shows."""
    # A lifted pull-quote is shown with the quote it repeats (its own page, the document), not as one more.
    return Quote.objects.public().statements().for_list().in_list_order()


@dataclass
class FilterField:
    """One <select> of a filter form: the GET parameter, its label and the choices (value, label)."""

    name: str
    label: str
    options: list[tuple[str, str]]
    selected: str = ""

    def options_html(self) -> str:
        """The <option> elements, built here rather than in a template loop or with format_html:
        a large archive has ten thousand speakers, which those take a third of a second to write out.
        Values and labels are escaped with the standard library's html.escape."""
        return mark_safe(  # noqa: S308 – every value and label is escaped below
            "\n".join(
                f'<option value="{escape(value)}"{" selected" if value == self.selected else ""}>'
                f"{escape(label)}</option>"
                for value, label in self.options
            )
        )


@dataclass
class Filters:
    fields: list[FilterField] = field(default_factory=list)

    @property
    def active(self) -> bool:
        return any(f.selected for f in self.fields)

    def count(self, name: str, rows: QuerySet) -> int:
        """How many `rows` match, once per content version and choice of filters: counting all
        the quotes of a large archive takes longer than building the rest of the page."""
        chosen = hashlib.sha256(repr([(f.name, f.selected) for f in self.fields]).encode()).hexdigest()
        return cached(f"{name}-count:{chosen[:32]}", rows.count)


def _options(rows, value, label):
    return [(value(r), label(r)) for r in swedish_sorted(rows, key=label)]


def _used(model, rows: QuerySet, column: str) -> QuerySet:
    """The rows of `model` that some row of `rows` points to through `column`: one index probe per
    candidate (EXISTS) instead of joining every quote and removing duplicates."""
    return model.objects.filter(Exists(rows.filter(**{column: OuterRef("pk")})))


def _tags_of(model) -> QuerySet[Tag]:
    items = TaggedItem.objects.filter(content_type=ContentType.objects.get_for_model(model))
    return Tag.objects.filter(Exists(items.filter(tag=OuterRef("pk"))))


def _years(dated: QuerySet) -> list[str]:
    return [str(y) for y in dated.years()]


def document_filter_options() -> dict[str, list[tuple[str, str]]]:
    """The choices of the document filters that depend on the data, once per content version:
    at a million quotes, finding which organisations, tags and years occur takes a second."""

    def compute():
        linked = Document.organisations.through.objects.filter(document__public=True)
        orgs = _used(Organisation, linked, "organisation").only(
            "name", "slug"
        )
        return {
            "ar": [(y, y) for y in _years(Document.objects.public())],
            "organisation": _options(orgs, lambda o: o.slug, lambda o: o.name),
            "tagg": _options(_tags_of(Document), lambda t: t.slug, lambda t: t.name),
        }

    return cached("document-filter-options", compute)


def quote_filter_options() -> dict[str, list[tuple[str, str]]]:
    """The choices of the quote filters that depend on the data, once per content version."""

    def compute():
        orgs = _used(Organisation, Quote.objects.public(), "organisation").only("name", "slug")
        people = _used(Person, Quote.objects.public(), "speaker").only("name", "slug")
        quoted = Document.objects.filter(Exists(Quote.objects.public().filter(document=OuterRef("pk"))))
        return {
            "ar": [(y, y) for y in _years(quoted)],
            "organisation": _options(orgs, lambda o: o.slug, lambda o: o.name),
            "talare": _options(people, lambda p: p.slug, lambda p: p.name),
            "tagg": _options(_tags_of(Quote), lambda t: t.slug, lambda t: t.name),
        }

    return cached("quote-filter-options", compute)


def _filtered(kind: str, qs: QuerySet, selected: dict[Filter, str]) -> QuerySet:
    for f, value in selected.items():
        qs = qs.filter(**{f.lookup(kind): value})
    return qs


def _field(f: Filter, options, selected: dict[Filter, str], label: str | None = None) -> FilterField:
    return FilterField(f.param, label or f.label, options, selected.get(f, ""))


def _theme_options() -> list[tuple[str, str]]:
    return [(t.slug, t.name) for t in Theme.objects.ordered()]


def filter_documents(params) -> tuple[QuerySet[Document], Filters]:
    """The documents matching the GET filters typ, ar, organisation, tema and tagg, and the filter form."""
    selected = filters.chosen((KIND, YEAR, FROM_YEAR, TO_YEAR, ORGANISATION, THEME, TAG), params)
    options = document_filter_options()
    form = Filters(
        [
            # A document's own kind: "Typ" here, "Dokumenttyp" where quotes are filtered by it.
            _field(KIND, list(Document.Kind.choices), selected, label=pgettext_lazy("document kind filter", "Typ")),
            _field(YEAR, options["ar"], selected),
            # A period (issue 13: the map's cells link here with theirs).
            _field(FROM_YEAR, options["ar"], selected),
            _field(TO_YEAR, options["ar"], selected),
            _field(ORGANISATION, options["organisation"], selected),
            _field(THEME, _theme_options(), selected),
            _field(TAG, options["tagg"], selected),
        ]
    )
    return _filtered("document", document_list(), selected), form


def filter_quotes(params) -> tuple[QuerySet[Quote], Filters]:
    """The quotes matching the GET filters typ (document kind), ar, organisation, tema, tagg and talare."""
    selected = filters.chosen((KIND, YEAR, FROM_YEAR, TO_YEAR, ORGANISATION, THEME, TAG, SPEAKER), params)
    options = quote_filter_options()
    form = Filters(
        [
            _field(KIND, list(Document.Kind.choices), selected),
            _field(YEAR, options["ar"], selected),
            # A period (issue 13: the map's cells link here with theirs).
            _field(FROM_YEAR, options["ar"], selected),
            _field(TO_YEAR, options["ar"], selected),
            _field(ORGANISATION, options["organisation"], selected),
            _field(SPEAKER, options["talare"], selected),
            _field(THEME, _theme_options(), selected),
            _field(TAG, options["tagg"], selected),
        ]
    )
    return _filtered("quote", quote_list(), selected), form


def group_quotes_by_organisation(quotes) -> list[tuple[Organisation | None, list[Quote]]]:
    """Quotes grouped by organisation in Swedish order, with the quotes of no organisation last."""
    groups: dict[int | None, list[Quote]] = {}
    for quote in quotes:
        groups.setdefault(quote.organisation_id, []).append(quote)
    named = [(qs[0].organisation, qs) for key, qs in groups.items() if key is not None]
    result = swedish_sorted(named, key=lambda pair: pair[0].name)
    if None in groups:
        result.append((None, groups[None]))
    return result


# --- Organisations and people -------------------------------------------------------------------------


def organisations_with_counts() -> QuerySet[Organisation]:
    """Organisations with `document_count` and `quote_count`."""
    return Organisation.objects.public().annotate(
        document_count=count_of(Document.organisations.through.objects.filter(document__public=True), "organisation"),
        quote_count=count_of(Quote.objects.public().statements(), "organisation"),
    )


def people_with_roles() -> QuerySet[Person]:
    """People with their roles (and the roles' organisations), `quote_count` and `document_count`."""
    return Person.objects.public().annotate(
        quote_count=count_of(Quote.objects.public().statements(), "speaker"),
        document_count=count_of(Document.authors.through.objects.filter(document__public=True), "person"),
    ).prefetch_related(Prefetch("roles", queryset=Role.objects.select_related("organisation")))


def roles_at(org: Organisation) -> list[Role]:
    """The roles people hold at `org`, in Swedish order of the people's names."""
    roles = Role.objects.filter(organisation=org).select_related("person")
    return sorted(roles, key=lambda r: (swedish_sort_key(r.person.name), swedish_sort_key(r.title)))
