"""Small factory functions for the models: each makes a valid row with sensible defaults.

Plain functions instead of factory_boy: the models are few and the defaults obvious.
"""

from __future__ import annotations

import itertools
from datetime import date

from reform_kb.kb.models import Document, Organisation, Person, Quote, Role, Theme

_seq = itertools.count(1)


def make_organisation(name: str | None = None, **kwargs) -> Organisation:
    n = next(_seq)
    name = name or f"Organisation {n}"
    kwargs.setdefault("slug", f"org-{n}")
    kwargs.setdefault("kind", Organisation.Kind.INTRESSEORGANISATION)
    return Organisation.objects.create(name=name, **kwargs)


def make_person(name: str | None = None, *, organisation=None, title: str = "", **kwargs) -> Person:
    n = next(_seq)
    person = Person.objects.create(
        name=name or f"Person {n}", slug=kwargs.pop("slug", f"person-{n}"), **kwargs
    )
    if organisation or title:
        Role.objects.create(person=person, organisation=organisation, title=title)
    return person


def make_theme(name: str | None = None, **kwargs) -> Theme:
    n = next(_seq)
    kwargs.setdefault("slug", f"tema-{n}")
    return Theme.objects.create(name=name or f"Tema {n}", **kwargs)


def make_document(title: str | None = None, *, body: str | None = None, **kwargs) -> Document:
    n = next(_seq)
    organisations = kwargs.pop("organisations", [])
    authors = kwargs.pop("authors", [])
    themes = kwargs.pop("themes", [])
    tags = kwargs.pop("tags", [])
    kwargs.setdefault("slug", f"dokument-{n}")
    kwargs.setdefault("kind", Document.Kind.ARTIKEL)
    kwargs.setdefault("published", date(2021, 3, 1))
    doc = Document.objects.create(
        title=title or f"Dokument {n}",
        body=body if body is not None else "Socialtjänsten behöver förebyggande insatser.\n\nAndra stycket.",
        **kwargs,
    )
    doc.organisations.set(organisations)
    doc.authors.set(authors)
    doc.themes.set(themes)
    if tags:
        doc.tags.set(tags)
    return doc


def make_quote(document: Document | None = None, text: str | None = None, **kwargs) -> Quote:
    """A quote whose text is taken from (or appended to) its document's body, with right offsets."""
    document = document or make_document()
    themes = kwargs.pop("themes", [])
    tags = kwargs.pop("tags", [])
    if text is None:
        text = document.body.split("\n\n")[0]
    start = document.body.find(text)
    if start < 0:
        document.body = f"{document.body}\n\n{text}"
        document.save(update_fields=["body"])
        start = document.body.find(text)
    quote = Quote.objects.create(document=document, text=text, start=start, end=start + len(text), **kwargs)
    quote.themes.set(themes)
    if tags:
        quote.tags.set(tags)
    return quote
