"""The API's response shapes (pydantic, through django-ninja): what OpenAPI documents and tests check.

Links are absolute URLs of the public pages, so a client can send a reader to the page a row is on.
"""

from __future__ import annotations

import datetime

from ninja import Schema


def _absolute(obj, context) -> str:
    return context["request"].build_absolute_uri(obj.get_absolute_url())


class Link(Schema):
    """A theme, organisation or person that a row points to."""

    slug: str
    name: str


class ThemeOut(Schema):
    id: int
    slug: str
    name: str
    description: str
    url: str

    @staticmethod
    def resolve_url(obj, context) -> str:
        return _absolute(obj, context)


class OrganisationOut(Schema):
    id: int
    slug: str
    name: str
    short_name: str
    kind: str
    kind_label: str
    url: str

    @staticmethod
    def resolve_kind_label(obj) -> str:
        return obj.get_kind_display()

    @staticmethod
    def resolve_url(obj, context) -> str:
        return _absolute(obj, context)


class PersonOut(Schema):
    id: int
    slug: str
    name: str
    party: str
    url: str

    @staticmethod
    def resolve_url(obj, context) -> str:
        return _absolute(obj, context)


class DocumentOut(Schema):
    id: int
    slug: str
    title: str
    kind: str
    kind_label: str
    published: datetime.date | None
    source_url: str
    organisations: list[Link]
    authors: list[Link]
    themes: list[Link]
    url: str

    @staticmethod
    def resolve_kind_label(obj) -> str:
        return obj.get_kind_display()

    @staticmethod
    def resolve_url(obj, context) -> str:
        return _absolute(obj, context)


class DocumentRef(Schema):
    slug: str
    title: str
    kind: str
    published: datetime.date | None
    url: str

    @staticmethod
    def resolve_url(obj, context) -> str:
        return _absolute(obj, context)


class QuoteOut(Schema):
    id: int
    text: str
    kind: str
    speaker: Link | None
    speaker_role: str
    organisation: Link | None
    themes: list[Link]
    document: DocumentRef
    url: str

    @staticmethod
    def resolve_url(obj, context) -> str:
        return _absolute(obj, context)


class SearchHitOut(Schema):
    kind: str  # "document" or "quote"
    id: int
    title: str
    snippet: str  # the matching words in their context, as plain text
    rank: float
    url: str


class SearchOut(Schema):
    query: str
    total: int
    capped: bool  # more than the search counts exactly: `total` is a lower bound
    page: int
    num_pages: int
    next: str | None
    previous: str | None
    results: list[SearchHitOut]


class Message(Schema):
    """An error, in Swedish."""

    detail: str
