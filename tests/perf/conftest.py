"""A corpus that can be grown by hundreds of rows in a few bulk statements, for query-count tests."""

from __future__ import annotations

from datetime import date

import pytest

from reform_kb import search
from reform_kb.kb.models import Document, Quote
from reform_kb.kb.models.quotes import sort_date_for
from tests.factories import make_document, make_organisation, make_person, make_quote, make_theme

TEXT = "Socialtjänsten ska arbeta förebyggande och ge tidiga insatser till barn och familjer."


class Corpus:
    """One theme, organisation, person and document that every added document and quote links to."""

    def __init__(self):
        self.theme = make_theme("Skaltema")
        self.org = make_organisation("Skalförbundet")
        self.person = make_person("Skal Person", organisation=self.org, title="utredare")
        self.doc = make_document(
            "Skaldokumentet", body=TEXT, organisations=[self.org], authors=[self.person], themes=[self.theme]
        )
        self.quote = make_quote(
            self.doc, TEXT, speaker=self.person, organisation=self.org, themes=[self.theme]
        )
        self.size = 0

    def grow(self, n: int) -> None:
        """`n` more documents, each with two quotes, all on the shared theme, organisation and person."""
        start = self.size
        self.size += n
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
                # bulk_create skips Quote.save(), which sets this for every other path.
                sort_date=sort_date_for(d.published),
            )
            for d in docs
            for _ in range(2)
        )
        Quote.themes.through.objects.bulk_create(
            Quote.themes.through(quote=q, theme=self.theme) for q in quotes
        )
        search.reindex_documents()
        search.reindex_quotes()


@pytest.fixture
def corpus(db):
    return Corpus()
