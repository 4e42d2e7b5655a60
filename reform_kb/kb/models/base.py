"""Shared model helpers."""

from functools import lru_cache
from urllib.parse import quote

from django.conf import settings
from django.db import models
from django.urls import NoReverseMatch, get_script_prefix, get_urlconf, reverse
from django.utils.translation import get_language

# Slugs are made by the pipeline's Swedish helpers (moved there in issue 9); the importer and the
# synthetic corpus still import them from here.
from reform_kb.pipeline.swedish import slug_candidates, slugify_sv  # noqa: F401


class TimestampedModel(models.Model):
    created_at = models.DateTimeField("skapad", auto_now_add=True)
    updated_at = models.DateTimeField("ändrad", auto_now=True)

    class Meta:
        abstract = True


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
