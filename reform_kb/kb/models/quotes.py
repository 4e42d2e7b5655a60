import datetime

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords
from taggit.managers import TaggableManager

from reform_kb.pipeline.records import QuoteKind

from .base import TimestampedModel, detail_url, names_only

# An undated document's quotes sort as if published on this day, after every dated one.
UNDATED = datetime.date(1, 1, 1)


def lifted_pullquotes(quotes) -> set:
    """Which of one document's `quotes` (anything with kind and text) are pull-quotes whose words
    stand in a spoken quote beside them: the rule behind Quote.lifted, for the importer and the
    migration that backfills it."""
    spoken = [q.text for q in quotes if q.kind != QuoteKind.PULLQUOTE]
    return {
        id(q) for q in quotes if q.kind == QuoteKind.PULLQUOTE and q.text and any(q.text in s for s in spoken)
    }


def sort_date_for(published: datetime.date | None) -> datetime.date:
    """A quote's `sort_date` for a document published on `published` (None when undated)."""
    return published or UNDATED


class QuoteQuerySet(models.QuerySet):
    # The columns a quote card or a search hit shows (templates/_quote_card.html, search.html);
    # see DocumentQuerySet.LIST_FIELDS.
    LIST_FIELDS = (
        "text",
        "start",
        "sort_date",
        "speaker_role",
        "document__title",
        "document__slug",
        "document__published",
        "speaker__name",
        "speaker__slug",
        "speaker__party",
        "organisation__name",
        "organisation__slug",
    )

    def public(self):
        """What the public may see: quotes neither withdrawn nor in a hidden document (issue 15)."""
        return self.filter(public=True)

    def with_relations(self):
        """Everything a quote's page shows, in a fixed number of queries (not the tags: see
        DocumentQuerySet.for_list)."""
        return self.select_related("document", "speaker", "organisation").prefetch_related("themes")

    def for_list(self, *extra_fields: str):
        """What a quote card shows (and `extra_fields`) and nothing else, in a fixed number of queries."""
        return (
            self.select_related("document", "speaker", "organisation")
            .only(*self.LIST_FIELDS, *extra_fields)
            .prefetch_related(*names_only(self.model, "themes"))
        )

    def for_theme(self, theme):
        """Quotes assigned to `theme`."""
        return self.filter(themes=theme)

    def statements(self):
        """Every quote once: without the pull-quotes that repeat (often shortened) a spoken quote of
        their own document (`lifted`). A magazine lifts a sentence out of an interview answer as a
        ” … ” paragraph; counted as a second quote, it makes one answer two."""
        return self.filter(lifted=False)

    def in_list_order(self):
        """The public lists' order: newest document first (undated last), then the most recently
        added document, then the quotes in text order; served by the `*_list_idx` indexes."""
        return self.order_by("-sort_date", "-document_id", "start")


# The pipeline's labels, translated for the public pages (i18n, issue 14; see documents.KIND_LABELS).
QUOTE_KIND_LABELS = {
    QuoteKind.DIRECT: pgettext_lazy("quote kind", "Direkt citat"),
    QuoteKind.PULLQUOTE: pgettext_lazy("quote kind", "Lyft citat"),
    QuoteKind.EXCERPT: pgettext_lazy("quote kind", "Utdrag"),
}


class Quote(TimestampedModel):
    # The parser's kinds (values and labels declared once, in the pipeline's records).
    Kind = models.TextChoices(
        "Kind",
        [(kind.name, (kind.value, QUOTE_KIND_LABELS[kind])) for kind in QuoteKind],
        qualname="Quote.Kind",
    )

    class Origin(models.TextChoices):
        IMPORT = "import", "Import"
        EDITOR = "editor", "Redaktör"

    document = models.ForeignKey(
        "Document", verbose_name="dokument", on_delete=models.CASCADE, related_name="quotes"
    )
    text = models.TextField("citat")
    start = models.PositiveIntegerField("start", help_text="Teckenposition i dokumentets text.")
    end = models.PositiveIntegerField("slut")
    kind = models.CharField("typ", max_length=20, choices=Kind.choices, default=Kind.DIRECT)
    speaker = models.ForeignKey(
        "Person",
        verbose_name="talare",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="quotes",
    )
    speaker_role = models.CharField("talarens roll", max_length=300, blank=True)
    organisation = models.ForeignKey(
        "Organisation",
        verbose_name="organisation",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="quotes",
    )
    themes = models.ManyToManyField("Theme", related_name="quotes", blank=True, verbose_name="teman")
    tags = TaggableManager("taggar", blank=True, related_name="quotes")
    annotation = models.TextField("kommentar (Markdown)", blank=True)
    origin = models.CharField("ursprung", max_length=10, choices=Origin.choices, default=Origin.EDITOR)
    import_ref = models.CharField("importnyckel", max_length=255, unique=True, null=True, blank=True)
    edited_by_editor = models.BooleanField(
        "ändrat av redaktör",
        default=False,
        help_text="Importen skriver aldrig över ett citat som en redaktör har ändrat.",
    )
    needs_review = models.BooleanField("behöver granskas", default=False)
    review_note = models.CharField("granskningsnotering", max_length=300, blank=True)
    lifted = models.BooleanField(
        "lyft citat som upprepar ett annat",
        default=False,
        help_text="Ett lyft citat vars ord står i ett uttalande i samma dokument; listas under det, inte för sig.",
    )
    # A pull-quote in the document's headline ("Eva Ek: ”…”"): `start`/`end` point into the title, so the
    # quote is marked there and never in the body.
    in_title = models.BooleanField(
        "i rubriken",
        default=False,
        help_text="Ett lyft citat i dokumentets rubrik; start och slut avser rubriken, inte brödtexten.",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="skapad av",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="ändrad av",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    withdrawn = models.BooleanField(
        "tillbakadraget",
        default=False,
        help_text="Ett tillbakadraget citat syns inte för allmänheten men finns kvar i redaktionen.",
    )
    # Whether the public sees the quote: its document is public and the quote is not withdrawn.
    # Copied here (kept in step by save() here and in Document.save()) so that the public lists
    # read it from the list indexes below instead of joining every quote's document.
    public = models.BooleanField("synligt", default=True, editable=False)
    # The document's publication date, copied here (UNDATED when it has none) so that the lists of
    # an organisation's or a person's quotes, newest first, are read in order from one index instead
    # of joining and sorting all their quotes. Kept in step by save() here and in Document.save().
    sort_date = models.DateField("sorteringsdatum", default=UNDATED, editable=False)
    # Filled by the search backend (PostgreSQL only); see reform_kb/search.
    search_vector = SearchVectorField(null=True, editable=False)

    objects = QuoteQuerySet.as_manager()
    # Who changed what and when, with restore in the admin (issue 15); the search vector is derived.
    # in_title is where the importer found the quote, never edited, so it has no history of its own.
    history = HistoricalRecords(excluded_fields=["search_vector", "in_title"], m2m_fields=[themes])

    class Meta:
        ordering = ["document", "start"]
        verbose_name = "citat"
        verbose_name_plural = "citat"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end__gt=models.F("start")), name="kb_quote_end_after_start"
            ),
        ]
        indexes = [
            models.Index(fields=["document", "start"], name="kb_quote_document_start_idx"),
            models.Index(fields=["needs_review"], name="kb_quote_needs_review_idx"),
            # The lists' order (LIST_ORDER), overall and per organisation and speaker.
            # `public` right after the equality columns: the public lists filter on it and are still
            # read in order, and their counts stay index-only.
            models.Index(fields=["public", "-sort_date", "-document", "start"], name="kb_quote_list_idx"),
            models.Index(
                fields=["organisation", "public", "-sort_date", "-document", "start"],
                name="kb_quote_org_list_idx",
            ),
            models.Index(
                fields=["speaker", "public", "-sort_date", "-document", "start"],
                name="kb_quote_speaker_list_idx",
            ),
            # The organisation × theme map (issue 13, kb/stance_map.py): a page's organisations'
            # quotes with their dates and ids from the index alone, for the join to their themes.
            models.Index(fields=["organisation", "sort_date", "id"], name="kb_quote_map_idx"),
        ]

    def save(self, *args, **kwargs):
        if self.document_id:
            self.sort_date = sort_date_for(self.document.published)
            self.public = self.document.public and not self.withdrawn
        super().save(*args, **kwargs)

    def __str__(self):
        # No quotation marks of its own: the admin's messages put the name in “ ” already.
        return self.text if len(self.text) <= 80 else self.text[:77] + "…"

    def get_absolute_url(self):
        return detail_url("kb:quote_detail", self.pk)

    def anchor_text(self) -> str:
        """The text `start` and `end` point into: the document's title for a headline quote, else its body."""
        return self.document.title if self.in_title else self.document.body

    def get_context_url(self):
        return f"{self.document.get_absolute_url()}#citat-{self.pk}"

    def repeats(self, other: "Quote") -> bool:
        """Whether this is a pull-quote lifting its words from `other`, a spoken quote of the same text."""
        return (
            self.kind == QuoteKind.PULLQUOTE
            and other.kind != QuoteKind.PULLQUOTE
            and other.document_id == self.document_id
            and bool(self.text)
            and self.text in other.text
        )

    def spoken_original(self) -> "Quote | None":
        """For a pull-quote, the spoken quote it repeats (see QuoteQuerySet.statements)."""
        if self.kind != QuoteKind.PULLQUOTE or not self.text:
            return None
        candidates = Quote.objects.filter(document_id=self.document_id, text__contains=self.text)
        return next(
            (q for q in candidates.exclude(kind=QuoteKind.PULLQUOTE).order_by("start") if self.repeats(q)),
            None,
        )

    def lifted_versions(self) -> list["Quote"]:
        """The pull-quotes that repeat this spoken quote."""
        if self.kind == QuoteKind.PULLQUOTE:
            return []
        pulls = Quote.objects.filter(document_id=self.document_id, kind=QuoteKind.PULLQUOTE).order_by("start")
        return [p for p in pulls if p.repeats(self)]
