""" "Citera": a formatted reference and RIS, BibTeX and CSL-JSON for a document or a quote (issue 13, item 4).

One `Reference` is built from a document (and, for a quote, the quote's words and page) and written
four ways: the Swedish reference a page shows, and the three files reference managers read. Zotero,
EndNote and Mendeley import RIS; LaTeX users and Zotero read BibTeX; citeproc-based tools (Zotero,
pandoc) read CSL-JSON. The tests parse the RIS and BibTeX back with rispy and bibtexparser.

Authors are the document's people in Swedish order ("Efternamn, Förnamn"); a document with no
person as author is cited under its organisations, as the reference guides say for a report or a
consultation response (the organisation is the author). The URL is the source's where the document
has one, else the knowledge base's page.
"""

from __future__ import annotations

import datetime
import json
import re
from dataclasses import dataclass, field

from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone

from reform_kb.pipeline.records import DocumentKind
from reform_kb.pipeline.swedish import MONTH_NAMES, slugify_sv

from ..models import Document, Quote

# Per document kind: (RIS type, BibTeX entry type, CSL type).
TYPES = {
    DocumentKind.REMISSVAR: ("RPRT", "techreport", "report"),
    DocumentKind.ARTIKEL: ("MGZN", "article", "article-magazine"),
    DocumentKind.BLOGGINLAGG: ("BLOG", "misc", "post-weblog"),
    DocumentKind.DEBATTARTIKEL: ("NEWS", "article", "article-newspaper"),
    DocumentKind.PRESSMEDDELANDE: ("PRESS", "misc", "document"),
    DocumentKind.ANNAN: ("GEN", "misc", "document"),
}
KINDS = {kind.value: kind for kind in DocumentKind}
FORMATS = {
    "ris": "application/x-research-info-systems; charset=utf-8",
    "bib": "application/x-bibtex; charset=utf-8",
    "json": "application/vnd.citationstyles.csl+json; charset=utf-8",
}
# BibTeX's special characters; everything else (å, ä, ö, ”, –) is written as UTF-8, which biber,
# Zotero and bibtexparser read.
_BIBTEX_ESCAPES = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
_BIBTEX_RE = re.compile("|".join(re.escape(c) for c in _BIBTEX_ESCAPES))


class CitationFormatConverter:
    regex = r"ris|bib|json"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


def swedish_name_order(name: str) -> tuple[str, str]:
    """(family, given) for "Förnamn Efternamn": the last word is the family name, as the sources
    write Swedish names; "af", "von" and "de" before it belong to it."""
    words = name.split()
    if len(words) < 2:
        return name, ""
    i = len(words) - 1
    while i > 1 and words[i - 1].lower() in ("af", "von", "de", "van", "der"):
        i -= 1
    return " ".join(words[i:]), " ".join(words[:i])


@dataclass
class Reference:
    title: str
    kind: DocumentKind
    kind_label: str
    date: datetime.date | None
    people: list[str]  # authors, "Förnamn Efternamn"
    organisations: list[str]
    url: str
    key: str
    accessed: datetime.date
    quote: str = ""  # the quoted words, for a quote's citation
    page_url: str = ""  # the knowledge base's page
    themes: list[str] = field(default_factory=list)

    @property
    def types(self) -> tuple[str, str, str]:
        return TYPES.get(self.kind, TYPES[DocumentKind.ANNAN])

    def author_names(self) -> list[str]:
        """The authors as a reference lists them: "Efternamn, Förnamn", or the organisations."""
        if self.people:
            return [", ".join(p for p in swedish_name_order(name) if p) for name in self.people]
        return list(self.organisations)

    def formatted(self) -> str:
        """The reference in Swedish (APA-like): Efternamn, F. (2021, 3 mars). Titel [Remissvar]. Org. URL"""
        authors = self.author_names()
        who = " & ".join([", ".join(authors[:-1]), authors[-1]]) if len(authors) > 1 else "".join(authors)
        when = (
            f"{self.date.year}, {self.date.day} {MONTH_NAMES[self.date.month - 1]}" if self.date else "u.å."
        )
        title = f"{self.title} [{self.kind_label}]."
        publisher = ", ".join(self.organisations) + "." if self.people and self.organisations else ""
        parts = [f"{who} ({when})." if who else f"({when}).", title, publisher, self.url]
        return " ".join(p for p in parts if p)


def document_reference(document: Document, absolute, with_themes: bool = True) -> Reference:
    """The reference of a document whose authors and organisations are prefetched or cheap to read;
    the themes (keywords in the files) only `with_themes`, as a page showing the reference lists none."""
    year = str(document.published.year) if document.published else "ua"
    # Read once each: prefetched on the document's page, two queries on a quote's.
    people = [p.name for p in document.authors.all()]
    organisations = [o.name for o in document.organisations.all()]
    first = people[0].split()[-1] if people else (organisations[0] if organisations else "okand")
    return Reference(
        title=document.title,
        kind=KINDS.get(document.kind, DocumentKind.ANNAN),
        kind_label=document.get_kind_display(),
        date=document.published,
        people=people,
        organisations=organisations,
        url=document.source_url or absolute(document.get_absolute_url()),
        key=re.sub(r"[^a-z0-9]", "", slugify_sv(first))[:20] + year + f"d{document.pk}",
        accessed=timezone.localdate(),
        page_url=absolute(document.get_absolute_url()),
        themes=[t.name for t in document.themes.all()] if with_themes else [],
    )


def quote_reference(quote: Quote, absolute, with_themes: bool = True) -> Reference:
    """The reference of the quote's document, with the quote's words and its page."""
    reference = document_reference(quote.document, absolute, with_themes)
    reference.quote = quote.text
    reference.page_url = absolute(quote.get_absolute_url())
    reference.key = reference.key.rsplit("d", 1)[0] + f"c{quote.pk}"
    return reference


def _one_line(text: str) -> str:
    return " ".join(text.split())


def to_ris(ref: Reference) -> str:
    ris_type = ref.types[0]
    lines = [("TY", ris_type), ("TI", ref.title)]
    lines += [("AU", name) for name in ref.author_names()]
    if ref.people and ref.organisations:
        lines += [("PB", ", ".join(ref.organisations))]
    if ref.date:
        lines += [("PY", str(ref.date.year)), ("DA", ref.date.strftime("%Y/%m/%d/"))]
    lines += [("UR", ref.url), ("M3", ref.kind_label), ("LA", "sv")]
    lines += [("KW", theme) for theme in ref.themes]
    if ref.quote:
        lines += [("N1", f"Citat: ”{ref.quote}”"), ("L2", ref.page_url)]
    lines += [("Y2", ref.accessed.strftime("%Y/%m/%d/")), ("ER", "")]
    return "".join(f"{tag}  - {_one_line(value)}\r\n" for tag, value in lines)


def _bibtex(value: str) -> str:
    return _BIBTEX_RE.sub(lambda m: _BIBTEX_ESCAPES[m.group()], _one_line(value))


def to_bibtex(ref: Reference) -> str:
    entry_type = ref.types[1]
    # Organisations as authors go in an extra pair of braces, so BibTeX does not split them into names.
    authors = (
        [_bibtex(name) for name in ref.author_names()]
        if ref.people
        else ["{" + _bibtex(name) + "}" for name in ref.organisations]
    )
    fields = [("title", "{" + _bibtex(ref.title) + "}")]
    if authors:
        fields.append(("author", " and ".join(authors)))
    if ref.date:
        fields += [("year", str(ref.date.year)), ("date", ref.date.isoformat())]
    if ref.organisations:
        place = {"techreport": "institution", "article": "journal"}.get(entry_type, "publisher")
        fields.append((place, _bibtex(", ".join(ref.organisations))))
    fields += [("url", ref.url), ("urldate", ref.accessed.isoformat()), ("type", _bibtex(ref.kind_label))]
    fields.append(("language", "swedish"))
    if ref.quote:
        fields.append(("note", _bibtex(f"Citat: ”{ref.quote}” ({ref.page_url})")))
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    return f"@{entry_type}{{{ref.key},\n{body}\n}}\n"


def _date_parts(date: datetime.date) -> dict:
    return {"date-parts": [[date.year, date.month, date.day]]}


def to_csl(ref: Reference) -> str:
    if ref.people:
        authors = [{"family": f, "given": g} for f, g in (swedish_name_order(n) for n in ref.people)]
    else:
        authors = [{"literal": name} for name in ref.organisations]
    item = {
        "id": ref.key,
        "type": ref.types[2],
        "title": ref.title,
        "author": authors,
        "genre": ref.kind_label,
        "URL": ref.url,
        "accessed": _date_parts(ref.accessed),
        "language": "sv",
    }
    if ref.date:
        item["issued"] = _date_parts(ref.date)
    if ref.organisations:
        item["publisher"] = ", ".join(ref.organisations)
    if ref.quote:
        item["note"] = f"Citat: ”{ref.quote}” ({ref.page_url})"
    return json.dumps([item], ensure_ascii=False, indent=2) + "\n"


WRITERS = {"ris": to_ris, "bib": to_bibtex, "json": to_csl}


def _download(ref: Reference, fmt: str) -> HttpResponse:
    response = HttpResponse(WRITERS[fmt](ref), content_type=FORMATS[fmt])
    response["Content-Disposition"] = f'attachment; filename="{ref.key}.{fmt}"'
    return response


def _document(slug: str) -> Document:
    return get_object_or_404(
        Document.objects.public().defer("body", "search_vector").prefetch_related(
            "authors", "organisations", "themes"
        ),
        slug=slug,
    )


def document_citation(request, slug, fmt):
    return _download(document_reference(_document(slug), request.build_absolute_uri), fmt)


def quote_citation(request, pk, fmt):
    quote = get_object_or_404(
        Quote.objects.public().select_related("document")
        .defer("document__body", "document__search_vector", "search_vector")
        .prefetch_related("document__authors", "document__organisations", "document__themes"),
        pk=pk,
    )
    return _download(quote_reference(quote, request.build_absolute_uri), fmt)
