from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from .base import KindLabelMixin, SwedishSortField, TimestampedModel, detail_url


class OrganisationQuerySet(models.QuerySet):
    def public(self):
        """Organisations the public may see: the reference list and every organisation an editor has
        reviewed, and any organisation a published text names. One the importer created from a draft
        (`needs_review`, maybe a misread name) stays out of public lists and pages until then."""
        from .documents import Document  # the documents module imports this one
        from .quotes import Quote

        org = models.OuterRef("pk")
        return self.filter(
            models.Q(needs_review=False)
            | models.Exists(Quote.objects.public().filter(organisation=org))
            | models.Exists(Document.organisations.through.objects.filter(organisation=org, document__public=True))
            | models.Exists(
                Document.mentioned_organisations.through.objects.filter(organisation=org, document__public=True)
            )
        )

    def with_counts(self):
        """Annotate the number of documents and quotes linked to each organisation."""
        return self.annotate(
            document_count=models.Count("documents", distinct=True),
            quote_count=models.Count("quotes", distinct=True),
        )


class Organisation(KindLabelMixin, TimestampedModel):
    class Kind(models.TextChoices):
        # Labels in the page's language (i18n, issue 14).
        FACKFORBUND = "fackforbund", pgettext_lazy("organisation kind", "Fackförbund")
        INTRESSEORGANISATION = (
            "intresseorganisation",
            pgettext_lazy("organisation kind", "Intresseorganisation"),
        )
        MYNDIGHET = "myndighet", pgettext_lazy("organisation kind", "Myndighet")
        KOMMUN = "kommun", pgettext_lazy("organisation kind", "Kommun")
        REGION = "region", pgettext_lazy("organisation kind", "Region")
        FORETAG = "foretag", pgettext_lazy("organisation kind", "Företag")
        DEPARTEMENT = "departement", pgettext_lazy("organisation kind", "Departement/regering")
        LAROSATE = "larosate", pgettext_lazy("organisation kind", "Lärosäte")
        ANNAN = "annan", pgettext_lazy("organisation kind", "Annan")

    name = models.CharField("namn", max_length=200, unique=True)
    # The name's place in Swedish order (å, ä, ö after z), for the API's list and its cursors.
    sort_name = SwedishSortField("sorteringsnamn")
    slug = models.SlugField("slug", max_length=120, unique=True)
    short_name = models.CharField("kortnamn", max_length=50, blank=True)
    kind = models.CharField("typ", max_length=30, choices=Kind.choices, default=Kind.ANNAN)
    parent = models.ForeignKey(
        "self",
        verbose_name="del av",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="branches",
        help_text="För lokalavdelningar och regioner, t.ex. FSS Skåne som del av FSS.",
    )
    description = models.TextField("beskrivning (Markdown)", blank=True)
    needs_review = models.BooleanField(
        "behöver granskas",
        default=False,
        help_text="Importen kände inte igen organisationen; kontrollera namn, typ och alias.",
    )
    synthetic = models.BooleanField("syntetisk", default=False)

    objects = OrganisationQuerySet.as_manager()
    # Who changed what and when, with restore in the admin. The sort name is kept too, though derived
    # (save() sets it again): excluded, it broke django-simple-history's record of a reverse
    # many-to-many change (organisation.documents.clear()), which copies every field but the
    # other model's exclusions.
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name = "organisation"
        verbose_name_plural = "organisationer"
        indexes = [models.Index(fields=["sort_name", "id"], name="kb_org_sort_name_idx")]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return detail_url("kb:organisation_detail", self.slug)


class OrganisationAlias(models.Model):
    """Another way the texts write an organisation: abbreviation, former name, spelling.

    The importer reads this table, so an editor who adds an alias here teaches the next import.
    Genitive forms (SKR:s, Visions) are derived by the importer and need no row of their own.
    """

    class Kind(models.TextChoices):
        ABBREVIATION = "abbreviation", "Förkortning"
        FORMER_NAME = "former_name", "Tidigare namn"
        VARIANT = "variant", "Stavning/variant"

    organisation = models.ForeignKey(
        Organisation, verbose_name="organisation", on_delete=models.CASCADE, related_name="aliases"
    )
    alias = models.CharField("alias", max_length=200)
    kind = models.CharField("typ", max_length=20, choices=Kind.choices, default=Kind.VARIANT)

    class Meta:
        ordering = ["alias"]
        verbose_name = "alias"
        verbose_name_plural = "alias"
        constraints = [
            models.UniqueConstraint(Lower("alias"), name="kb_orgalias_alias_ci_unique"),
        ]

    def __str__(self):
        return self.alias
