"""Test data: row-makers for the models and `World`, one growable set of linked rows.

The `make_*` functions each make one valid row with sensible defaults (plain functions instead of
factory_boy: the models are few and the defaults obvious). `World` is a theme, organisation,
person, document, quote and tag that every row it grows links to; it grows through the ORM, as an
editor's saves do (page tests), or in a few bulk statements, as an import does (tests at scale).
"""

from __future__ import annotations

import itertools
from datetime import date

from django.urls import reverse

from reform_kb.kb import changes
from reform_kb.kb.models import Document, Organisation, OrganisationAlias, Person, Quote, Role, Theme
from reform_kb.kb.models.quotes import sort_date_for

_seq = itertools.count(1)

# The quote admin's stance inline (issue 13) with no rows: its management form, which a browser
# always posts with the quote's form.
NO_STANCES = {
    "stances-TOTAL_FORMS": "0",
    "stances-INITIAL_FORMS": "0",
    "stances-MIN_NUM_FORMS": "0",
    "stances-MAX_NUM_FORMS": "1000",
}


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


# A sentence every search in the scale tests finds (socialtjänsten, insatser, "tidiga insatser", barn familjer).
TEXT = "Socialtjänsten ska arbeta förebyggande och ge tidiga insatser till barn och familjer."


class World:
    """A theme, organisation, person, document, quote and tag that every added row links to.

    Each row `grow()` adds shows on every list page and on every detail page of the shared
    objects, so a page whose query count depends on the number of rows shows it. The shared rows
    are written in one change-feed `bulk()` block, so they are in the search index at once, as
    after an import.
    """

    TAG = "matning"

    def __init__(self):
        with changes.bulk():
            self.org = make_organisation("Mätförbundet", short_name="MF")
            self.person = make_person("Mät Person", organisation=self.org, title="ordförande", party="S")
            self.theme = make_theme("Mättema", description="Temat om **mätning**.")
            self.doc = make_document(
                "Huvuddokumentet",
                body=f"Första stycket om förebyggande arbete.\n\nAndra stycket.\n\n{TEXT}",
                organisations=[self.org],
                authors=[self.person],
                themes=[self.theme],
                tags=[self.TAG],
            )
            self.quote = make_quote(
                self.doc, speaker=self.person, organisation=self.org, themes=[self.theme], tags=[self.TAG]
            )
        self.size = 0

    def grow(self, n: int, *, bulk: bool = False) -> None:
        """`n` more rows around the shared ones: through the ORM, or with `bulk` in a few statements."""
        if bulk:
            self._grow_in_bulk(n)
            return
        for _ in range(n):
            self.size += 1
            i = self.size
            org = make_organisation(parent=self.org)
            OrganisationAlias.objects.create(organisation=self.org, alias=f"Mät-alias {i}")
            person = make_person(organisation=org, title="sekreterare")
            Role.objects.create(person=self.person, organisation=org, title=f"ledamot {i}")
            doc = make_document(
                organisations=[self.org, org],
                authors=[self.person, person],
                themes=[self.theme],
                tags=[self.TAG, f"extra-{i}"],
            )
            make_quote(doc, speaker=self.person, organisation=self.org, themes=[self.theme], tags=[self.TAG])
            make_quote(
                self.doc,
                text=f"Citat nummer {i} i huvuddokumentet.",
                speaker=person,
                organisation=org,
                themes=[self.theme],
                tags=[f"extra-{i}"],
            )

    def _grow_in_bulk(self, n: int) -> None:
        """`n` documents of `TEXT`, each with two quotes of it, on the shared theme, organisation
        and person; no save() runs, so the rows are recorded in the change feed by hand, as the
        bulk row writers do (the search index follows when the block ends)."""
        start = self.size
        self.size += n
        with changes.bulk():
            docs = Document.objects.bulk_create(
                Document(
                    title=f"Skaldokument {i}",
                    slug=f"skaldokument-{i}",
                    body=TEXT,
                    kind=Document.Kind.REMISSVAR if i % 2 else Document.Kind.ARTIKEL,
                    published=date(2020 + i % 5, 1 + i % 12, 1),
                    synthetic=True,
                )
                for i in range(start, self.size)
            )
            Document.organisations.through.objects.bulk_create(
                Document.organisations.through(document=d, organisation=self.org) for d in docs
            )
            Document.authors.through.objects.bulk_create(
                Document.authors.through(document=d, person=self.person) for d in docs
            )
            Document.themes.through.objects.bulk_create(
                Document.themes.through(document=d, theme=self.theme) for d in docs
            )
            quotes = Quote.objects.bulk_create(
                Quote(
                    document=d,
                    text=TEXT,
                    start=0,
                    end=len(TEXT),
                    speaker=self.person,
                    organisation=self.org,
                    origin=Quote.Origin.IMPORT,
                    sort_date=sort_date_for(d.published),  # bulk_create skips Quote.save()
                )
                for d in docs
                for _ in range(2)
            )
            Quote.themes.through.objects.bulk_create(
                Quote.themes.through(quote=q, theme=self.theme) for q in quotes
            )
            changes.record(Document, [d.pk for d in docs], "created")
            changes.record(Quote, [q.pk for q in quotes], "created")

    def url(self, page: str) -> str:
        """The URL of the public page `page` (a kb route name), on the shared object for a detail page."""
        args = {
            "theme_detail": [self.theme.slug],
            "organisation_detail": [self.org.slug],
            "person_detail": [self.person.slug],
            "document_detail": [self.doc.slug],
            "quote_detail": [self.quote.pk],
            "tag_detail": [self.TAG],
        }.get(page, [])
        return reverse(f"kb:{page}", args=args)
