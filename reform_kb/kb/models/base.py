"""Shared model helpers."""

from django.db import models
from django.utils.text import slugify


class TimestampedModel(models.Model):
    created_at = models.DateTimeField("skapad", auto_now_add=True)
    updated_at = models.DateTimeField("ändrad", auto_now=True)

    class Meta:
        abstract = True


def slug_candidates(text: str, *, max_length: int = 80):
    """ "text", then "text-2", "text-3", … as slugs no longer than `max_length`."""
    base = slugify_sv(text)[:max_length].strip("-") or "x"
    yield base
    n = 2
    while True:
        suffix = f"-{n}"
        yield base[: max_length - len(suffix)] + suffix
        n += 1


def unique_slug(model, text: str, *, max_length: int = 80, exclude_pk=None) -> str:
    """A slug for `text` that no other row of `model` uses."""
    qs = model._default_manager.all()
    if exclude_pk is not None:
        qs = qs.exclude(pk=exclude_pk)
    return next(
        slug for slug in slug_candidates(text, max_length=max_length) if not qs.filter(slug=slug).exists()
    )


def slugify_sv(text: str) -> str:
    """slugify() drops å, ä and ö unless allow_unicode, which makes shared URLs ugly; transliterate
    them to a and o as Swedish sites usually do ("Förebyggande arbete" -> "forebyggande-arbete")."""
    return slugify(text.translate(SWEDISH_TRANSLIT))


SWEDISH_TRANSLIT = str.maketrans(
    {"å": "a", "ä": "a", "ö": "o", "Å": "A", "Ä": "A", "Ö": "O", "é": "e", "É": "E"}
)
