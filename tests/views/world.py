"""A small, growable data set for the page tests: one of everything, plus `grow(n)` more rows around it."""

from __future__ import annotations

from django.urls import reverse

from reform_kb.kb.models import OrganisationAlias, Role
from tests.factories import make_document, make_organisation, make_person, make_quote, make_theme


class World:
    """A theme, organisation, person, document, quote and tag that every added row links to.

    Each `grow()` row adds to every list page and to every detail page of the shared objects, so a
    page whose query count depends on the number of rows shows it.
    """

    TAG = "matning"

    def __init__(self):
        self.org = make_organisation("Mätförbundet", short_name="MF")
        self.person = make_person("Mät Person", organisation=self.org, title="ordförande", party="S")
        self.theme = make_theme("Mättema", description="Temat om **mätning**.")
        self.doc = make_document(
            "Huvuddokumentet",
            body="Första stycket om förebyggande arbete.\n\nAndra stycket.",
            organisations=[self.org],
            authors=[self.person],
            themes=[self.theme],
            tags=[self.TAG],
        )
        self.quote = make_quote(
            self.doc, speaker=self.person, organisation=self.org, themes=[self.theme], tags=[self.TAG]
        )
        self.size = 0

    def grow(self, n: int) -> None:
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

    def url(self, page: str) -> str:
        args = {
            "theme_detail": [self.theme.slug],
            "organisation_detail": [self.org.slug],
            "person_detail": [self.person.slug],
            "document_detail": [self.doc.slug],
            "quote_detail": [self.quote.pk],
            "tag_detail": [self.TAG],
        }.get(page, [])
        return reverse(f"kb:{page}", args=args)
