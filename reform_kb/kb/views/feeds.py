"""Atom feeds of what is new in the knowledge base (issue 13, item 5), with Django's syndication framework.

Site-wide feeds of new documents and new quotes, and one per theme, organisation and person holding
both; the saved search's feed is reform_kb/api/search_takeaway.py (it needs the search). Each page
links its feed from its head (templatetags/kb_takeaway.feed_links), so a feed reader finds it from
the page's address.

"New" is the order rows were added in: the newest by primary key, a backward walk of an index that
every table has, where ordering by `created_at` would sort all of a large theme's quotes. A feed is
an ordinary anonymous GET, so the page cache keeps it per content version like any page.
"""

from __future__ import annotations

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from ..models import Document, Organisation, Person, Quote, Theme
from ..models.base import names_only

# Entries per feed: what a feed reader shows at once; older entries are on the pages.
ITEMS = 30
SITE = "Nya socialtjänstlagen – kunskapsbank"


def new_documents(qs=None):
    # Drafts and withdrawn documents are not news to anyone outside the editors (issue 15).
    qs = (Document.objects.all() if qs is None else qs).public()
    return list(
        qs.only("title", "slug", "kind", "published", "created_at", "updated_at")
        .prefetch_related(*names_only(Document, "organisations", "authors", "themes"))
        .order_by("-pk")[:ITEMS]
    )


def new_quotes(qs=None):
    qs = (Quote.objects.all() if qs is None else qs).public()
    return list(
        qs.select_related("document", "speaker", "organisation")
        .only(
            "text",
            "speaker_role",
            "created_at",
            "updated_at",
            "document__title",
            "document__slug",
            "document__published",
            "speaker__name",
            "organisation__name",
        )
        .prefetch_related(*names_only(Quote, "themes"))
        .order_by("-pk")[:ITEMS]
    )


def newest(documents, quotes):
    """Documents and quotes together, the newest added first."""
    return sorted([*documents, *quotes], key=lambda item: item.created_at, reverse=True)[:ITEMS]


def quote_title(quote: Quote) -> str:
    who = quote.speaker.name if quote.speaker_id else ""
    if quote.organisation_id:
        who = f"{who}, {quote.organisation.name}" if who else quote.organisation.name
    short = quote.text if len(quote.text) <= 90 else quote.text[:89].rstrip() + "…"
    return f"{who}: ”{short}”" if who else f"”{short}”"


class KnowledgeBaseFeed(Feed):
    """What every feed here shares: Atom, Swedish, entries that are documents or quotes."""

    feed_type = Atom1Feed
    language = "sv"
    # Atom wants an author for the feed when an entry may have none (a quote of no known speaker).
    author_name = SITE

    def item_title(self, item):
        return item.title if isinstance(item, Document) else quote_title(item)

    def item_description(self, item):
        if isinstance(item, Document):
            date = f", {item.published:%Y-%m-%d}" if item.published else ""
            names = ", ".join(o.name for o in item.organisations.all())
            return f"{item.get_kind_display()}{date}{' – ' + names if names else ''}"
        return f"”{item.text}” – ur {item.document.title}"

    def item_pubdate(self, item):
        return item.created_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_author_name(self, item):
        if isinstance(item, Document):
            people = [p.name for p in item.authors.all()] or [o.name for o in item.organisations.all()]
            return ", ".join(people) or None
        if item.speaker_id:
            return item.speaker.name
        return item.organisation.name if item.organisation_id else None

    def item_categories(self, item):
        return [t.name for t in item.themes.all()]


class NewDocumentsFeed(KnowledgeBaseFeed):
    title = f"Nya dokument – {SITE}"
    subtitle = "Remissvar, artiklar och andra texter om nya socialtjänstlagen, de senast tillagda först."

    def link(self):
        return reverse("kb:document_list")

    def items(self):
        return new_documents()


class NewQuotesFeed(KnowledgeBaseFeed):
    title = f"Nya citat – {SITE}"
    subtitle = (
        "Vad organisationer och personer säger om nya socialtjänstlagen, de senast tillagda citaten först."
    )

    def link(self):
        return reverse("kb:quote_list")

    def items(self):
        return new_quotes()


class _EntityFeed(KnowledgeBaseFeed):
    """New documents and quotes of one theme, organisation or person."""

    model = None
    noun = ""

    def get_object(self, request, slug):
        # Theme has no drafts; a person or organisation met only in drafts has no feed (see .public()).
        rows = self.model.objects
        return get_object_or_404(rows.public() if hasattr(rows, "public") else rows.all(), slug=slug)

    def title(self, obj):
        return f"{obj.name}: nya dokument och citat – {SITE}"

    def subtitle(self, obj):
        return f"Nya dokument och citat om {self.noun} {obj.name} i kunskapsbanken om nya socialtjänstlagen."

    def link(self, obj):
        return obj.get_absolute_url()


class ThemeFeed(_EntityFeed):
    model, noun = Theme, "temat"

    def items(self, obj):
        return newest(
            new_documents(Document.objects.filter(themes=obj)), new_quotes(Quote.objects.filter(themes=obj))
        )


class OrganisationFeed(_EntityFeed):
    model, noun = Organisation, "organisationen"

    def items(self, obj):
        return newest(
            new_documents(Document.objects.filter(organisations=obj)),
            new_quotes(Quote.objects.filter(organisation=obj)),
        )


class PersonFeed(_EntityFeed):
    model, noun = Person, "personen"

    def items(self, obj):
        return newest(
            new_documents(Document.objects.filter(authors=obj)), new_quotes(Quote.objects.filter(speaker=obj))
        )
