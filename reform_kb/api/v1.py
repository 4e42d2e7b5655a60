"""The read-only API, /api/v1/ (django-ninja): documents, quotes, organisations, people, themes, search.

- Lists are paginated with cursors (ninja's CursorPagination over the primary key, newest added
  first; organisations and people in Swedish order of their names, as the pages list them, over
  their sort names): a cursor names the row a page starts at, so a page read again after new rows
  were added holds the same rows, where an offset would shift. A cursor that is not one of ours
  answers 400.
- The lists take the pages' filters (kb/filters.py) under their API names: theme, organisation,
  kind, year, tag, and speaker (quotes) or author (documents).
- Answers are cached like the pages: an anonymous GET goes through the page cache (kb/views/
  page_cache.py), keyed on the content version, with an ETag.
- Anonymous clients are rate-limited (KB_API_RATE, default 120 requests a minute per address, counted
  in Django's cache); over it the answer is 429 with Retry-After. An answer from the page cache costs
  no database work and is not counted.
- Errors are JSON {"detail": "…"} in Swedish. The OpenAPI description is /api/v1/openapi.json and
  its browsable form /api/v1/docs.
"""

import re

import pydantic
from django.conf import settings
from django.db.models import Prefetch, QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404
from ninja import Field, NinjaAPI, Query
from ninja.errors import HttpError, Throttled, ValidationError
from ninja.pagination import CursorPagination, paginate
from ninja.throttling import AnonRateThrottle

from reform_kb.accounts import client_ip
from reform_kb.kb import exports
from reform_kb.kb.filters import FILTERS, Filter, clean_text
from reform_kb.kb.models import Document, Organisation, Person, Quote, Theme
from reform_kb.kb.models.base import names_only
from reform_kb.pipeline.swedish import SORT_CODE_CHARS

from . import schemas
from .search_takeaway import hit_snippet, run_search

PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
# A name-ordered list's cursor position: a sort name (four hexadecimal digits per character).
SORT_NAME_LENGTH = 4 * SORT_CODE_CHARS
_HEX = re.compile(r"[0-9a-f]*")


class ClientThrottle(AnonRateThrottle):
    """ninja's anonymous throttle, counting by the address accounts.client_ip gives (X-Real-IP only
    behind our proxy), not by X-Forwarded-For, which any client can set to get a fresh count."""

    def get_ident(self, request):
        return client_ip(request)

    def allow_request(self, request):
        # The rate is read from the settings on each request, so a change (or a test) takes effect at once.
        self.rate = settings.KB_API_RATE
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return super().allow_request(request)

    def get_cache_key(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            return None  # editors are not limited
        return super().get_cache_key(request)


api = NinjaAPI(
    title="Kunskapsbank om nya socialtjänstlagen – API",
    version="1",
    description=(
        "Läs dokument, citat, organisationer, personer och teman i kunskapsbanken, filtrerade som på "
        "webbplatsen. Listorna bläddras med markörer (`cursor`) från svarets `next` och `previous`."
    ),
    urls_namespace="api:v1",  # inside reform_kb/api/urls.py's "api" namespace
    throttle=[ClientThrottle(settings.KB_API_RATE)],
)


@api.exception_handler(Throttled)
def throttled(request, exc):
    return api.create_response(
        request, {"detail": "För många anrop. Vänta en stund och försök igen."}, status=429
    )


@api.exception_handler(ValidationError)
def invalid(request, exc):
    # The parameters' names (the last part of pydantic's location), not its English messages.
    fields = sorted({str(e["loc"][-1]) for e in exc.errors if e.get("loc")})
    names = ", ".join(fields) or "parametrarna"
    return api.create_response(request, {"detail": f"Ogiltigt värde: {names}."}, status=400)


@api.exception_handler(Http404)
def not_found(request, exc):
    return api.create_response(request, {"detail": "Hittades inte."}, status=404)


@api.exception_handler(HttpError)
def http_error(request, exc):
    # ninja's own messages are English; a read-only API of GETs meets few of them.
    return api.create_response(request, {"detail": "Begäran kunde inte besvaras."}, status=exc.status_code)


class StableCursorPagination(CursorPagination):
    """ninja's cursors, with a cursor that is not one of ours (not base64, not a number) refused
    with 400 instead of reaching the database as a malformed id."""

    def paginate_queryset(self, queryset, pagination, request, **params):
        try:
            cursor = self.Cursor.from_encoded_param(pagination.cursor)
        except pydantic.ValidationError as error:
            raise ValidationError([{"loc": ["cursor"]}]) from error
        if cursor.p is not None and not (cursor.p.isdigit() and len(cursor.p) < 19):
            raise ValidationError([{"loc": ["cursor"]}])
        return super().paginate_queryset(queryset, pagination, request, **params)


class NameCursorPagination(CursorPagination):
    """ninja's cursors over the names' places in Swedish order (sort_name, then id for equal
    names): the position is a sort name, hexadecimal digits (pipeline.swedish.swedish_sort_code);
    anything else is refused with 400."""

    def paginate_queryset(self, queryset, pagination, request, **params):
        try:
            cursor = self.Cursor.from_encoded_param(pagination.cursor)
        except pydantic.ValidationError as error:
            raise ValidationError([{"loc": ["cursor"]}]) from error
        position = cursor.p
        if position is not None and not (len(position) <= SORT_NAME_LENGTH and _HEX.fullmatch(position)):
            raise ValidationError([{"loc": ["cursor"]}])
        return super().paginate_queryset(queryset, pagination, request, **params)


def _paginated(func):
    return paginate(
        StableCursorPagination, ordering=("-pk",), page_size=PAGE_SIZE, max_page_size=MAX_PAGE_SIZE
    )(func)


def _by_name(func):
    """Paginated in Swedish order of the names (å, ä, ö after z), as the pages list them."""
    return paginate(
        NameCursorPagination, ordering=("sort_name", "pk"), page_size=PAGE_SIZE, max_page_size=MAX_PAGE_SIZE
    )(func)


def _filtered(
    kind: str, qs: QuerySet, given: dict[str, str | None], extra: tuple[Filter, ...] = ()
) -> QuerySet:
    """`qs` narrowed by the filters given by their API names (kb.filters keys); an unusable value is
    ignored, as the pages ignore it."""
    registry = {**FILTERS, **{f.key: f for f in extra}}
    for key, raw in given.items():
        value = registry[key].clean(raw)
        if value is not None:
            qs = qs.filter(**{registry[key].lookup(kind): value})
    return qs


class ListFilters(schemas.Schema):
    theme: str | None = Field(None, description="Ett temas slug, som ?tema= på webbplatsen.")
    organisation: str | None = Field(None, description="En organisations slug.")
    kind: str | None = Field(None, description="Dokumenttyp: " + ", ".join(Document.Kind.values) + ".")
    year: str | None = Field(None, description="Publiceringsår, fyra siffror.")
    tag: str | None = Field(None, description="En taggs slug.")


class DocumentFilters(ListFilters):
    author: str | None = Field(None, description="En författares slug (personens).")


class QuoteFilters(ListFilters):
    speaker: str | None = Field(None, description="Talarens slug (personens).")


NOT_FOUND = {404: schemas.Message}
# The largest primary key the databases store (a signed 64-bit integer): a larger id is not found,
# rather than an overflow error from PostgreSQL.
MAX_ID = 2**63 - 1


def _one(qs, **lookup):
    """The row `lookup` finds, or 404 for a missing one and for a key no row can have (a NUL byte or
    an over-long slug, which PostgreSQL would refuse with an error, an id beyond the largest)."""
    for value in lookup.values():
        if isinstance(value, int) and not 0 < value <= MAX_ID:
            raise Http404
        if isinstance(value, str) and clean_text(value) is None:
            raise Http404
    return get_object_or_404(qs, **lookup)


def _documents() -> QuerySet[Document]:
    # Only what the public pages show: no drafts, nothing withdrawn (issue 15).
    return (
        Document.objects.public()
        .only("title", "slug", "kind", "published", "source_url")
        .prefetch_related(*names_only(Document, "organisations", "authors", "themes"))
    )


def _quotes() -> QuerySet[Quote]:
    """Quotes with what QuoteOut shows. The document, speaker and organisation are prefetched by id,
    not joined: with joins PostgreSQL joins every quote of a filter (2,378 of an organisation's at
    1M quotes) before it sorts them and keeps a page, 116 ms instead of the page's own few."""
    return (
        Quote.objects.public()
        .only("text", "kind", "speaker_role", "document_id", "speaker_id", "organisation_id")
        .prefetch_related(
            Prefetch("document", queryset=Document.objects.only("title", "slug", "kind", "published")),
            Prefetch("speaker", queryset=Person.objects.only("name", "slug")),
            Prefetch("organisation", queryset=Organisation.objects.only("name", "slug")),
            *names_only(Quote, "themes"),
        )
    )


@api.get("/documents", response=list[schemas.DocumentOut], tags=["dokument"], summary="Dokument")
@_paginated
def list_documents(request, filters: Query[DocumentFilters]):
    return _filtered("document", _documents(), filters.dict(), extra=(exports.AUTHOR,))


@api.get("/documents/{slug}", response={200: schemas.DocumentOut, **NOT_FOUND}, tags=["dokument"])
def get_document(request, slug: str):
    return _one(_documents(), slug=slug)


@api.get("/quotes", response=list[schemas.QuoteOut], tags=["citat"], summary="Citat")
@_paginated
def list_quotes(request, filters: Query[QuoteFilters]):
    return _filtered("quote", _quotes(), filters.dict())


@api.get("/quotes/{quote_id}", response={200: schemas.QuoteOut, **NOT_FOUND}, tags=["citat"])
def get_quote(request, quote_id: int):
    return _one(_quotes(), pk=quote_id)


@api.get("/organisations", response=list[schemas.OrganisationOut], tags=["organisationer"])
@_by_name
def list_organisations(request, kind: str | None = None):
    """Organisations in Swedish order of their names (å, ä, ö after z), optionally of one kind."""
    qs = Organisation.objects.public()
    return qs.filter(kind=kind) if kind in Organisation.Kind.values else qs


@api.get(
    "/organisations/{slug}", response={200: schemas.OrganisationOut, **NOT_FOUND}, tags=["organisationer"]
)
def get_organisation(request, slug: str):
    return _one(Organisation.objects.public(), slug=slug)


@api.get("/people", response=list[schemas.PersonOut], tags=["personer"], summary="Personer")
@_by_name
def list_people(request):
    """People in Swedish order of their names (å, ä, ö after z)."""
    return Person.objects.public()


@api.get("/people/{slug}", response={200: schemas.PersonOut, **NOT_FOUND}, tags=["personer"])
def get_person(request, slug: str):
    return _one(Person.objects.public(), slug=slug)


@api.get("/themes", response=list[schemas.ThemeOut], tags=["teman"], summary="Teman")
def list_themes(request):
    """All themes, in the editors' order (they are few: no pagination)."""
    return list(Theme.objects.ordered())


@api.get("/themes/{slug}", response={200: schemas.ThemeOut, **NOT_FOUND}, tags=["teman"])
def get_theme(request, slug: str):
    return _one(Theme.objects.all(), slug=slug)


class SearchParams(schemas.Schema):
    q: str
    scope: str = "all"  # all, documents or quotes
    theme: str | None = None
    organisation: str | None = None
    kind: str | None = None
    year: str | None = None
    page: int = 1


@api.get("/search", response=schemas.SearchOut, tags=["sök"], summary="Sök")
def search(request, params: Query[SearchParams]):
    """Ranked documents and quotes, as on /sok/: pages by number, since a ranking has no stable order
    to put a cursor in."""
    results = run_search(params.dict(), page=params.page, per_page=PAGE_SIZE)

    def page_url(number):
        query = request.GET.copy()
        query["page"] = number
        return request.build_absolute_uri("?" + query.urlencode())

    return {
        "query": results.query,
        "total": results.total,
        "capped": results.capped,
        "page": results.page,
        "num_pages": results.num_pages,
        "next": page_url(results.page + 1) if results.total and results.has_next else None,
        "previous": page_url(results.page - 1) if results.total and results.has_previous else None,
        "results": [
            {
                "kind": hit.kind,
                "id": hit.obj.pk,
                "title": hit.title,
                "snippet": hit_snippet(hit),
                "rank": hit.rank,
                "url": request.build_absolute_uri(hit.url),
            }
            for hit in results.hits
        ],
    }
