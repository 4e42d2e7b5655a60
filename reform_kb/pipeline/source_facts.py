"""What a source's own metadata says about its documents, where their text does not say it (issue 10).

A web page declares its site (`og:site_name`), headline and publication date in its head, a PDF its
author and date, and an editor may put them in a sidecar (`källa.toml`, see `provenance`). The text
is the stronger witness for each document, so these facts only fill what the text left empty:

* the publisher becomes the publishing organisation of every document without one: a page belongs
  to its site, and the posts of a listing page to the same site (a news site's own item, an
  association's page); a name the gazetteer knows is written in its canonical form;
* the title and the publication date belong to one document only: a page's head describes the page,
  so they are used only when the file holds a single document; the document's review note then no
  longer says that its title or date was not found (the segmenter's words, `segment.bodies.finish`).
"""

from __future__ import annotations

import re

from .organisations import OrganisationMatcher
from .provenance import Provenance
from .records import ParsedDocument

# "Rubriken | Utgivaren", "Rubriken – Utgivaren": a head's title often ends in the site's name.
_SITE_SUFFIX_SEPARATORS = (" | ", " – ", " - ", " — ", " · ")
_SPACES_RE = re.compile(r"\s+")
_SHORT_FORM_RE = re.compile(r"\s*\([^()]{1,20}\)\s*$")  # "Förbundet X (FX)"
_LIST_SEPARATOR_RE = re.compile(r",|\boch\b|&|\s")
NO_TITLE_NOTE = "ingen rubrik hittades"  # segment.bodies.finish: the first words stand in for a title
NO_DATE_NOTE = "inget datum hittades"


def apply_provenance(
    documents: list[ParsedDocument], provenance: Provenance | None, matcher: OrganisationMatcher
) -> None:
    """Fill the documents' empty publisher, and a single document's empty title and date, from `provenance`."""
    if provenance is None:
        return
    publisher = _clean(provenance.publisher)
    if publisher:
        names = publisher_names(publisher, matcher)
        for doc in documents:
            if not doc.organisations:
                doc.organisations = list(names)
    if len(documents) != 1:
        return
    doc = documents[0]
    if provenance.title and (not doc.title.strip() or _has_note(doc, NO_TITLE_NOTE)):
        doc.title = headline_of(provenance.title, publisher)
        _drop_note(doc, NO_TITLE_NOTE)
    if doc.published is None and provenance.published:
        doc.published = provenance.published
        _drop_note(doc, NO_DATE_NOTE)
    if not doc.source_url and provenance.url:
        doc.source_url = provenance.url


def publisher_names(publisher: str, matcher: OrganisationMatcher) -> list[str]:
    """The organisations a publisher field names, canonical where the gazetteer knows them: "Förbundet X
    (FX)" is Förbundet X, and "A, B och C" is three publishers when each of them is known (a joint letter's
    sidecar); anything else is one publisher as written."""
    bare = _SHORT_FORM_RE.sub("", publisher).strip()
    for candidate in (publisher, bare):
        if name := matcher.resolve(candidate):
            return [name]
    matches = matcher.find(bare)
    rest = bare
    for match in sorted(matches, key=lambda m: m.start, reverse=True):
        rest = rest[: match.start] + " " + rest[match.end :]
    if len(matches) > 1 and not _LIST_SEPARATOR_RE.sub("", rest).strip():
        return list(dict.fromkeys(m.name for m in matches))
    return [publisher]


def headline_of(title: str, publisher: str) -> str:
    """A head's title without the site's name that pages append to it ("Rubriken | Utgivaren")."""
    title = _clean(title)
    if publisher:
        for separator in _SITE_SUFFIX_SEPARATORS:
            head, sep, tail = title.rpartition(separator)
            if sep and head and tail.casefold() == publisher.casefold():
                return head.strip()
    return title


def _clean(value: str) -> str:
    return _SPACES_RE.sub(" ", value or "").strip()


def _has_note(doc: ParsedDocument, note: str) -> bool:
    return note in doc.review_note.split("; ")


def _drop_note(doc: ParsedDocument, note: str) -> None:
    """The note gone; the document still needs review if another note remains."""
    notes = [n for n in doc.review_note.split("; ") if n and n != note]
    doc.review_note = "; ".join(notes)
    doc.needs_review = bool(notes)
