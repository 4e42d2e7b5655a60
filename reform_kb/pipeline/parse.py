"""The whole pipeline for one file: text in, documents with quotes, organisations and themes out."""

from __future__ import annotations

import re

from .acronym_names import expand_acronyms
from .classify import QUOTE_MIN_HITS, StemmedText, ThemeIndex, assign_themes, theme_index_for
from .finnish_government import localise_government
from .mentions import add_people_organisations, mentioned_organisations, mentioned_people
from .organisations import OrganisationMatcher, matcher_for
from .provenance import Provenance
from .quotes import extract_quotes
from .quotes.full_names import complete_first_names
from .records import ParseContext, ParsedDocument
from .segment import split_documents
from .source_facts import apply_provenance
from .structure import document_blocks, mend_glue

# "Etikettarkiv: Socialtjänst", "Kategori: Barn och unga": a listing page's own label, which says
# what every document on it is about.
LABEL_RE = re.compile(r"^\s*(?:Etikettarkiv|Etikett|Kategori|Kategoriarkiv|Ämne|Tagg)\s*:\s*(.+?)\s*$", re.M)

# Laws and acronyms worth a tag whenever a text names them.
LAW_TAGS = {
    "LVU": "LVU",
    "LSS": "LSS",
    "LVM": "LVM",
    "SoL": "SoL",
    "barnkonventionen": "barnkonventionen",
    "SOU 2020:47": "SOU 2020:47",
}
_LAW_TAG_RES = [
    (needle, re.compile(rf"(?<!\w){re.escape(needle)}(?!\w)"), tag) for needle, tag in LAW_TAGS.items()
]


def parse_file(
    source_file: str, text: str, context: ParseContext, provenance: Provenance | None = None
) -> list[ParsedDocument]:
    """Split `text` into documents and annotate each; `source_file` is the file's name. `provenance`
    (the file's metadata or sidecar) fills the publisher, title and date the text does not give."""
    matcher = matcher_for(context)
    label_match = LABEL_RE.search(text[:500])
    file_tags = [label_match.group(1).strip()] if label_match else []

    documents = split_documents(text, source_file, context)
    apply_provenance(documents, provenance, matcher)
    themes = theme_index_for(context)
    for doc in documents:
        # Structure (room publication): the body's breaks are mended before any offset into it is
        # taken, and its blocks are read from the final body.
        doc.body = mend_glue(doc.body)
        annotate_document(doc, matcher, themes, file_tags)
        doc.blocks = document_blocks(doc.body)
    return documents


def annotate_document(
    doc: ParsedDocument, matcher: OrganisationMatcher, themes: ThemeIndex, file_tags: list[str]
) -> None:
    """Fill in quotes, mentioned organisations, themes and tags of a segmented document."""
    # The headline's pull-quotes too ("Eva Ek: ”…”"), their offsets into the title (`in_title`).
    doc.quotes = extract_quotes(doc.body, matcher, doc.organisations, title=doc.title)
    body = StemmedText(doc.body)
    for quote in doc.quotes:
        stems = None if quote.in_title else body.part(quote.start, quote.end)
        quote.themes = assign_themes(quote.text, themes, min_hits=QUOTE_MIN_HITS, text_stems=stems)

    doc.mentioned_organisations = mentioned_organisations(doc, matcher)
    doc.mentioned_people = complete_first_names(doc.quotes, mentioned_people(doc, matcher), doc.body)
    add_people_organisations(doc)
    expand_acronyms(doc, matcher)
    localise_government(doc)

    doc.themes = assign_themes(doc.body, themes, title=doc.title, text_stems=body.stems)
    tags = list(dict.fromkeys(doc.tags + file_tags))
    for needle, regex, tag in _LAW_TAG_RES:
        if tag not in tags and needle in doc.body and regex.search(doc.body):
            tags.append(tag)
    doc.tags = tags
