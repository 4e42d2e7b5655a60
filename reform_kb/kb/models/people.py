from django.db import models
from django.db.models.functions import Lower
from simple_history.models import HistoricalRecords

from .base import SwedishSortField, TimestampedModel, detail_url


class PersonQuerySet(models.QuerySet):
    @staticmethod
    def _named_publicly() -> models.Q:
        from .documents import Document  # the documents module imports this one
        from .quotes import Quote

        person = models.OuterRef("pk")
        return models.Q(
            models.Exists(Quote.objects.public().filter(speaker=person))
            | models.Exists(Document.authors.through.objects.filter(person=person, document__public=True))
            | models.Exists(Document.mentioned_people.through.objects.filter(person=person, document__public=True))
        )

    def public(self):
        """People a published text names: speakers of public quotes, authors of public documents and people
        public documents mention. A person met only in a draft (a name the importer may have misread,
        waiting for an editor's review) stays out of the public lists, pages, sitemap and search cards."""
        return self.filter(self._named_publicly())

    def met_only_in_drafts(self):
        """The people `public()` leaves out, found from the hidden rows' side: people of drafts and
        withdrawn quotes (few, by their indexes) that no published text names. For readers of every
        name (the search's entity index), where asking `public()` of each of tens of thousands of people
        took most of a search's first request after a change."""
        from .documents import Document
        from .quotes import Quote

        # Gathered first, in one query of three small parts that start from the hidden rows' indexes: as
        # ORed subqueries PostgreSQL scanned the link tables whole (336 ms at a million quotes).
        drafts = Document.objects.filter(public=False)
        speakers = Quote.objects.filter(public=False).order_by().values_list("speaker", flat=True)
        candidates = set(
            speakers.union(
                drafts.order_by().values_list("authors", flat=True),
                drafts.order_by().values_list("mentioned_people", flat=True),
            )
        )
        candidates.discard(None)
        return self.filter(pk__in=candidates).exclude(self._named_publicly())


class Person(TimestampedModel):
    name = models.CharField("namn", max_length=200)
    # The name's place in Swedish order (å, ä, ö after z), for the API's list and its cursors.
    sort_name = SwedishSortField("sorteringsnamn")
    slug = models.SlugField("slug", max_length=120, unique=True)
    party = models.CharField(
        "parti", max_length=10, blank=True, help_text="Partibeteckning som (M) eller (S), utan parentes."
    )
    synthetic = models.BooleanField("syntetisk", default=False)
    organisations = models.ManyToManyField(
        "Organisation", through="Role", related_name="people", verbose_name="organisationer"
    )
    # Who changed what and when, with restore in the admin. The sort name is kept too, though derived
    # (save() sets it again): excluded, it broke django-simple-history's record of a reverse
    # many-to-many change (organisation.documents.clear()), which copies every field but the
    # other model's exclusions.
    history = HistoricalRecords()

    objects = PersonQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = "person"
        verbose_name_plural = "personer"
        indexes = [
            models.Index(fields=["name"], name="kb_person_name_idx"),
            models.Index(fields=["sort_name", "id"], name="kb_person_sort_name_idx"),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return detail_url("kb:person_detail", self.slug)


class Role(models.Model):
    """A title a person holds, or held, at an organisation, as the texts state it."""

    person = models.ForeignKey(Person, verbose_name="person", on_delete=models.CASCADE, related_name="roles")
    organisation = models.ForeignKey(
        "Organisation",
        verbose_name="organisation",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="roles",
    )
    title = models.CharField("titel", max_length=300, blank=True)
    # When the sources show the person in this role: the dates of the first and latest dated
    # documents that say so. A role without dates comes from undated texts.
    first_seen = models.DateField("först belagd", null=True, blank=True)
    last_seen = models.DateField("senast belagd", null=True, blank=True)

    class Meta:
        ordering = ["person__name", "title"]
        verbose_name = "roll"
        verbose_name_plural = "roller"
        constraints = [
            models.UniqueConstraint(
                fields=["person", "organisation", "title"], name="kb_role_person_org_title_unique"
            ),
        ]

    def __str__(self):
        if self.organisation_id:
            return f"{self.title}, {self.organisation}" if self.title else str(self.organisation)
        return self.title


class PersonAlias(models.Model):
    """Another name the sources use for a person ("H. Erkers", a maiden name, a misspelling).

    The importer looks people up by name and then by alias, so merging two people in the admin
    (which records the merged names here) sticks through later imports.
    """

    person = models.ForeignKey(
        Person, verbose_name="person", on_delete=models.CASCADE, related_name="aliases"
    )
    name = models.CharField("namn", max_length=200)

    class Meta:
        ordering = ["name"]
        verbose_name = "namnvariant"
        verbose_name_plural = "namnvarianter"
        constraints = [models.UniqueConstraint(Lower("name"), name="kb_personalias_name_ci_unique")]

    def __str__(self):
        return self.name
