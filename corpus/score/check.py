"""Checks of a corpus part's files against the format of corpus/README.md, before anything is scored.

`problems(part)` lists what is wrong, one sentence each; the structure is checked from the manifest and the
annotations alone (so it runs in a fresh clone without the texts), the offsets and line roles also against
the text when its local copy is there.
"""

from __future__ import annotations

from .gold import Part

GENRES = {
    "magazine",
    "union-press",
    "association-press",
    "blog",
    "blog-listing",
    "municipal-news",
    "debate",
    "remissvar",
    "press-release",
    "agency-news",
    "listing",
    "other",
}
TOPICS = {
    "äldreomsorg",
    "lss",
    "barn-unga",
    "missbruk",
    "hemlöshet",
    "ekonomiskt-bistånd",
    "arbetsmiljö",
    "reform",
    "socialtjänst-allmänt",
    "other",
}
ROLES = {
    "title",
    "kicker",
    "ingress",
    "byline",
    "date",
    "caption",
    "credit",
    "crosshead",
    "body",
    "pullquote",
    "related",
    "boilerplate",
    "signature",
    "meta",
}
KINDS = {"remissvar", "artikel", "blogginlagg", "debattartikel", "pressmeddelande", "annan"}
QUOTE_KINDS = {"direct", "pullquote", "excerpt", "reported"}
MANIFEST_KEYS = {"id", "url", "publisher", "genre", "topic", "query", "sha256", "chars"}
DOCUMENT_KEYS = {
    "title",
    "title_lines",
    "start_line",
    "end_line",
    "published",
    "updated",
    "kind",
    "authors",
    "photographers",
    "organisations",
    "mentioned_organisations",
    "mentioned_people",
    "cut_off",
}
DASHES_AND_MARKS = '–—-”"“ \n'


def _manifest_problems(meta: dict) -> list[str]:
    out = []
    if set(meta) != MANIFEST_KEYS:
        out.append(f"manifest keys {sorted(set(meta) ^ MANIFEST_KEYS)} wrong")
    if meta.get("genre") not in GENRES:
        out.append(f"genre {meta.get('genre')!r} unknown")
    if meta.get("topic") not in TOPICS:
        out.append(f"topic {meta.get('topic')!r} unknown")
    return out


def _document_problems(index: int, doc: dict) -> list[str]:
    out = []
    if set(doc) != DOCUMENT_KEYS:
        out.append(f"document {index}: keys {sorted(set(doc) ^ DOCUMENT_KEYS)} wrong")
    if doc.get("kind") not in KINDS:
        out.append(f"document {index}: kind {doc.get('kind')!r} unknown")
    if not doc.get("start_line", 0) <= min(doc.get("title_lines") or [doc.get("start_line", 0)]):
        out.append(f"document {index}: title line before the start line")
    if doc.get("end_line", -1) < doc.get("start_line", 0):
        out.append(f"document {index}: ends before it starts")
    if doc.get("title") == "":
        out.append(f"document {index}: title is empty; a text with no headline has title null")
    return out


def _quote_problems(index: int, quote: dict, documents: int) -> list[str]:
    out = []
    if quote.get("kind") not in QUOTE_KINDS:
        out.append(f"quote {index}: kind {quote.get('kind')!r} unknown")
    if not 0 <= quote.get("document", -1) < documents:
        out.append(f"quote {index}: no document {quote.get('document')!r}")
    if not 0 <= quote.get("start", -1) < quote.get("end", -1):
        out.append(f"quote {index}: offsets {quote.get('start')}–{quote.get('end')} wrong")
    return out


def _text_problems(text: str, annotation: dict) -> list[str]:
    out = []
    lines = text.split("\n")
    roles = {index: role for index, role in annotation["lines"]}
    for index, line in enumerate(lines):
        if line.strip() and index not in roles:
            out.append(f"line {index} has no role")
        if not line.strip() and index in roles:
            out.append(f"line {index} is blank but has a role")
    out += [f"line {i}: role {r!r} unknown" for i, r in roles.items() if r not in ROLES]
    for index, quote in enumerate(annotation.get("quotes", [])):
        if quote.get("end", 0) > len(text):
            out.append(f"quote {index}: ends after the text")
            continue
        words = text[quote["start"] : quote["end"]]
        if words[:1] in DASHES_AND_MARKS or words[-1:] in '”" \n':
            out.append(
                f"quote {index}: starts or ends with a dash, a quotation mark or a space: {words[:30]!r}"
            )
    for index, doc in enumerate(annotation["documents"]):
        if doc.get("end_line", 0) >= len(lines):
            out.append(f"document {index}: ends after the last line")
    return out + _quotes_outside_documents(text, annotation)


def _quotes_outside_documents(text: str, annotation: dict) -> list[str]:
    """A quote's words must stand within the lines of the document it is given to."""
    out = []
    documents = annotation["documents"]
    for index, quote in enumerate(annotation.get("quotes", [])):
        if not 0 <= quote.get("document", -1) < len(documents):
            continue
        doc = documents[quote["document"]]
        first, last = text.count("\n", 0, quote["start"]), text.count("\n", 0, quote["end"])
        if first < doc["start_line"] or last > doc["end_line"]:
            out.append(f"quote {index}: lines {first}–{last} outside document {quote['document']}")
    return out


def problems(part: Part) -> list[str]:
    out = []
    seen: set[str] = set()
    for entry in part.entries:
        meta, annotation = entry.meta, entry.annotation
        found = _manifest_problems(meta)
        if meta["id"] in seen:
            found.append("id used twice")
        seen.add(meta["id"])
        if annotation is None:
            found.append("no annotation")
        else:
            if annotation.get("id") != meta["id"]:
                found.append(f"annotation id {annotation.get('id')!r}")
            for index, doc in enumerate(annotation.get("documents", [])):
                found += _document_problems(index, doc)
            for index, quote in enumerate(annotation.get("quotes", [])):
                found += _quote_problems(index, quote, len(annotation.get("documents", [])))
            if entry.text is not None:
                found += _text_problems(entry.text, annotation)
        out += [f"{part.name}/{meta['id']}: {p}" for p in found]
    return out
