"""Shared model helpers."""

from functools import lru_cache
from urllib.parse import quote

from django.conf import settings
from django.db import models
from django.urls import NoReverseMatch, get_script_prefix, get_urlconf, reverse
from django.utils.translation import get_language

# Slugs are made by the pipeline's Swedish helpers (moved there in issue 9); the importer and the
# synthetic corpus still import them from here.
from reform_kb.pipeline.swedish import SORT_CODE_CHARS, slug_candidates, slugify_sv, swedish_sort_code  # noqa: F401


class TimestampedModel(models.Model):
    created_at = models.DateTimeField("skapad", auto_now_add=True)
    updated_at = models.DateTimeField("ändrad", auto_now=True)

    class Meta:
        abstract = True


class KindLabelMixin:
    """`kind_label` for a model with a `kind` field whose choices are its `Kind` class."""

    @property
    def kind_label(self) -> str:
        """The kind in the page's language, as get_kind_display() but for list rows: that hashes every
        choice's lazy label to find one (a translation lookup each, six per row); this looks up one."""
        try:
            return str(self.Kind(self.kind).label)
        except ValueError:
            return self.kind


class SwedishSortField(models.CharField):
    """A name's place in Swedish order (pipeline.swedish.swedish_sort_code), for the database to
    order and page by (the API's name-ordered lists). Derived from the field `source` whenever the
    row is written by save() or bulk_create() (both call pre_save()); QuerySet.update() of the name
    does not, so nothing renames that way."""

    def __init__(self, *args, source: str = "name", **kwargs):
        self.source = source
        kwargs.setdefault("max_length", 4 * SORT_CODE_CHARS)
        kwargs.setdefault("editable", False)
        kwargs.setdefault("default", "")
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["source"] = self.source
        for key, value in (("max_length", 4 * SORT_CODE_CHARS), ("editable", False), ("default", "")):
            if kwargs.get(key, value) == value:
                kwargs.pop(key, None)
        return name, path, args, kwargs

    def pre_save(self, model_instance, add):
        value = swedish_sort_code(getattr(model_instance, self.source))
        setattr(model_instance, self.attname, value)
        return value


def names_only(model, *lookups: str) -> list[models.Prefetch]:
    """Prefetches of `model`'s relations that load only what a link to them shows: name and slug."""
    return [
        models.Prefetch(
            lookup, queryset=model._meta.get_field(lookup).related_model.objects.only("name", "slug")
        )
        for lookup in lookups
    ]


# A value no slug or id converter rejects and no URL pattern contains by accident.
_URL_PLACEHOLDERS = ("reform-kb-url-placeholder", "918273645546372819")


@lru_cache(maxsize=128)
def _url_template(name: str, prefix: str, urlconf, language: str | None) -> tuple[str, str]:
    for placeholder in _URL_PLACEHOLDERS:
        try:
            return reverse(name, args=[placeholder], urlconf=urlconf), placeholder
        except NoReverseMatch:
            continue
    raise NoReverseMatch(f"{name} takes no single slug or id")


def detail_url(name: str, key) -> str:
    """reverse(name, args=[key]) for a URL with one slug or id, without re-resolving the pattern.

    A list page links every row to its own page and to its themes, organisations and people;
    reverse() costs about a tenth of a millisecond, which made up a third of a theme page's time.
    The URL is reversed once per name (and script prefix, URLconf and language: /en/… in English)
    with a placeholder, and the key is put in its place, quoted as reverse() would.
    """
    urlconf = get_urlconf() or settings.ROOT_URLCONF
    url, placeholder = _url_template(name, get_script_prefix(), urlconf, get_language())
    return url.replace(placeholder, quote(str(key), safe=""), 1)
