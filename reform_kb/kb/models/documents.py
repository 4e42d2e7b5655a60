from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models.functions import ExtractYear
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords
from taggit.managers import TaggableManager

from reform_kb.pipeline.records import DocumentKind
from reform_kb.pipeline.structure import blocks_fit, document_blocks

from .base import KindLabelMixin, TimestampedModel, detail_url, names_only
from .quotes import sort_date_for


class DocumentQuerySet(models.QuerySet):
    def public(self):
        """What the public may see: not drafts, not withdrawn documents (issue 15)."""
        return self.filter(public=True)

    # The columns a list item or a search hit shows (templates/_document_item.html, search.html).
    # Lists load only these: turning the others (timestamps, body, notes, vector) into Python
    # objects took longer than the queries on an organisation's page.
    LIST_FIELDS = ("title", "slug", "kind", "published")

    def for_list(self):
        """What a document list shows and nothing else, in a fixed number of queries.

        Not the tags, which lists do not show: taggit's prefetch still builds one queryset per
        row (about a millisecond each), a fifth of a second for a theme page's hundred rows.
        """
        return self.only(*self.LIST_FIELDS).prefetch_related(
            *names_only(self.model, "organisations", "authors", "themes")
        )

    def newest_first(self):
        """Newest first; undated documents last."""
        return self.order_by(models.F("published").desc(nulls_last=True), "title")

    def for_theme(self, theme):
        """Documents assigned to `theme`."""
        return self.filter(themes=theme)

    def years(self):
        """The distinct publication years, newest first."""
        return (
            self.exclude(published=None)
            .annotate(year=ExtractYear("published"))
            .values_list("year", flat=True)
            .distinct()
            .order_by("-year")
        )


# The pipeline's Swedish labels, marked for translation here where Django is (the pipeline has no
# Django): public pages show a document's kind in the page's language (i18n, issue 14).
# tests/test_translations.py checks that each is the pipeline's label, word for word, in Swedish.
KIND_LABELS = {
    DocumentKind.REMISSVAR: pgettext_lazy("document kind", "Remissvar/skrivelse"),
    DocumentKind.ARTIKEL: pgettext_lazy("document kind", "Artikel"),
    DocumentKind.BLOGGINLAGG: pgettext_lazy("document kind", "Blogginlägg"),
    DocumentKind.DEBATTARTIKEL: pgettext_lazy("document kind", "Debattartikel"),
    DocumentKind.PRESSMEDDELANDE: pgettext_lazy("document kind", "Pressmeddelande"),
    DocumentKind.ANNAN: pgettext_lazy("document kind", "Annan"),
}


class Document(KindLabelMixin, TimestampedModel):
    # The parser's kinds (values declared once, in the pipeline's records; labels translated above).
    Kind = models.TextChoices(
        "Kind",
        [(kind.name, (kind.value, KIND_LABELS[kind])) for kind in DocumentKind],
        qualname="Document.Kind",
    )

    title = models.CharField("titel", max_length=300)
    slug = models.SlugField("slug", max_length=120, unique=True)
    kind = models.CharField("typ", max_length=20, choices=Kind.choices, default=Kind.ANNAN)
    published = models.DateField("publicerad", null=True, blank=True)
    body = models.TextField("text", help_text="Ren text; stycken skiljs åt av en tomrad.")
    source_file = models.CharField("källfil", max_length=255, blank=True)
    source_position = models.PositiveIntegerField("plats i källfilen", default=0)
    source_url = models.URLField("källadress", blank=True)
    checksum = models.CharField("kontrollsumma", max_length=64, blank=True)
    organisations = models.ManyToManyField(
        "Organisation",
        related_name="documents",
        blank=True,
        verbose_name="publicerande/undertecknande organisationer",
    )
    mentioned_organisations = models.ManyToManyField(
        "Organisation", related_name="mentioned_in", blank=True, verbose_name="nämnda organisationer"
    )
    authors = models.ManyToManyField(
        "Person", related_name="documents", blank=True, verbose_name="författare/undertecknare"
    )
    # Issue 10: everyone the text names (authors, speakers, people presented), photographers never.
    mentioned_people = models.ManyToManyField(
        "Person", related_name="mentioned_in", blank=True, verbose_name="nämnda personer"
    )
    themes = models.ManyToManyField("Theme", related_name="documents", blank=True, verbose_name="teman")
    tags = TaggableManager("taggar", blank=True, related_name="documents")
    import_ref = models.CharField("importnyckel", max_length=255, unique=True, null=True, blank=True)
    needs_review = models.BooleanField("behöver granskas", default=False)
    review_note = models.CharField("granskningsnotering", max_length=300, blank=True)
    edited_by_editor = models.BooleanField(
        "ändrat av redaktör",
        default=False,
        help_text="Importen behåller redaktörens titel, typ, datum och granskning; bara texten uppdateras.",
    )
    # Drafts (added through "Lägg till källa", not yet published) and withdrawn documents are hidden
    # from every public page and from search; command-line imports publish directly.
    public = models.BooleanField(
        "publicerat",
        default=True,
        db_index=True,
        help_text="Synligt för allmänheten. Ett utkast eller ett tillbakadraget dokument syns bara i redaktionen.",
    )
    synthetic = models.BooleanField(
        "syntetisk", default=False, help_text="Genererad testdata (generate_corpus), inte en riktig källa."
    )
    # The body's headings, paragraphs, lists and captions as offsets into it (pipeline.structure),
    # written by the importer and backfilled by migration 0016; see text_blocks(). Null where no
    # one has read it yet (bulk-written rows): the page reads the body then.
    structure = models.JSONField("struktur", null=True, blank=True, default=None, editable=False)
    # Filled by the search backend (PostgreSQL only); see reform_kb/search.
    search_vector = SearchVectorField(null=True, editable=False)

    objects = DocumentQuerySet.as_manager()
    # Who changed what and when, with restore in the admin (issue 15). The search vector is derived
    # data, rebuilt from the other fields, so it is not kept in the history.
    history = HistoricalRecords(excluded_fields=["search_vector"], m2m_fields=[themes, organisations, authors])

    class Meta:
        ordering = [models.F("published").desc(nulls_last=True), "title"]
        verbose_name = "dokument"
        verbose_name_plural = "dokument"
        indexes = [
            models.Index(fields=["-published", "title"], name="kb_document_published_idx"),
            models.Index(fields=["kind", "-published"], name="kb_document_kind_idx"),
            models.Index(fields=["source_file", "source_position"], name="kb_document_source_idx"),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        adding = self._state.adding
        super().save(*args, **kwargs)
        update_fields = kwargs.get("update_fields")
        if not adding and (update_fields is None or "published" in update_fields):
            # update() sends no signal; the change feed needs none: this save records the document,
            # whose quotes the search index refreshes with it, and sort_date is in no index entry.
            date = sort_date_for(self.published)
            self.quotes.exclude(sort_date=date).update(sort_date=date)
        if not adding and (update_fields is None or "public" in update_fields):
            # Quote.public is the document's visibility and the quote's own, copied so that the
            # lists at a million quotes filter on an indexed column of the quote (see Quote.public).
            self.quotes.filter(withdrawn=False).exclude(public=self.public).update(public=self.public)

    def get_absolute_url(self):
        return detail_url("kb:document_detail", self.slug)

    def text_blocks(self) -> list[dict]:
        """The stored structure, or one read from the body now if the body changed without it
        (an editor's edit of a document that was not imported, a bulk write): a page never cuts
        the text at offsets that belong to another version of it."""
        if blocks_fit(self.structure, self.body):
            return self.structure
        return document_blocks(self.body)
