"""Documents: a filterable list, and the full text with every quote marked in place."""

from django.shortcuts import get_object_or_404, render

from reform_kb.pipeline.structure import headings

from ..models import Document, Quote, SourceFile
from ..selectors import filter_documents
from .highlight import marked_title, structured_text
from .list_items import DOCUMENT, paginate_items

# A table of contents when a text has at least this many headings and characters (about two
# screens of reading at 1280 px; the seeds' remissvar has nine headings in 11,000 characters).
TOC_MIN_HEADINGS = 4
TOC_MIN_CHARS = 6000


def document_list(request):
    documents, filters = filter_documents(request.GET)
    return render(
        request,
        "documents/document_list.html",
        {
            "page_obj": paginate_items(
                request, documents, DOCUMENT, count=filters.count("documents", documents), level=2
            ),
            "filters": filters,
        },
    )


def document_detail(request, slug):
    documents = Document.objects.prefetch_related(
        "organisations", "mentioned_organisations", "authors", "themes", "tags"
    )
    if not request.user.is_staff:  # editors see drafts and withdrawn documents (marked so); the public not
        documents = documents.public()
    document = get_object_or_404(documents, slug=slug)
    quotes = document.quotes.select_related("speaker", "organisation").order_by("-in_title", "start")
    if not request.user.is_staff:
        quotes = quotes.public()
    quotes = list(quotes)
    blocks = document.text_blocks()
    rendered, unplaced = structured_text(document.body, blocks, quotes, lambda q: q.get_absolute_url())
    return render(
        request,
        "documents/document_detail.html",
        {
            "document": document,
            "title_html": marked_title(document.title, quotes),
            "blocks": rendered,
            "contents": table_of_contents(blocks, document.body),
            "quotes": quotes,
            "quote_index": quote_index(quotes),
            "unplaced_quotes": unplaced,
            "source": source_line(document),
        },
    )


def source_line(document: Document) -> dict:
    """What the page says of where the document comes from: publisher, title, kind, date, the
    address of the original and when it was retrieved (from its SourceFile, see
    reform_kb/pipeline/provenance.py). Never the file name, which tells a reader nothing."""
    source = SourceFile.objects.filter(name=document.source_file).first() if document.source_file else None
    line = {
        "url": document.source_url or (source.url if source else ""),
        "publisher": source.publisher if source else "",
        "title": source.title if source and source.title != document.title else "",
        "kind": source.kind if source else "",
        "published": source.published if source else None,
        "retrieved": source.retrieved_at if source else None,
    }
    line["known"] = any(line.values())
    return line


def quote_index(quotes: list) -> list[tuple]:
    """[(quote, [pull-quotes repeating it]), …] in text order: a pull-quote that lifts words from a
    spoken quote is listed under it, not as a quote of its own (both stay marked in the text)."""
    index, lifted = [], set()
    spoken = [q for q in quotes if q.kind != Quote.Kind.PULLQUOTE]
    for quote in quotes:
        original = next((s for s in spoken if quote.repeats(s)), None)
        if original is not None:
            lifted.add(quote.pk)
    for quote in quotes:
        if quote.pk not in lifted:
            index.append((quote, [p for p in quotes if p.pk in lifted and p.repeats(quote)]))
    return index


def table_of_contents(blocks: list[dict], body: str) -> list[dict]:
    """The headings to list above a long text (a remissvar runs to dozens of pages), or none.

    A short article with two crossheads reads faster without a list of them."""
    heads = headings(blocks, body)
    if len(heads) < TOC_MIN_HEADINGS or len(body) < TOC_MIN_CHARS:
        return []
    return heads
