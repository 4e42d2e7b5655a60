"""Documents: a filterable list, and the full text with every quote marked in place."""

from django.shortcuts import get_object_or_404, render

from reform_kb.pipeline.structure import headings

from ..models import Document, Quote
from ..selectors import filter_documents
from .highlight import structured_text
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
    document = get_object_or_404(
        Document.objects.prefetch_related(
            "organisations", "mentioned_organisations", "authors", "themes", "tags"
        ),
        slug=slug,
    )
    quotes = list(document.quotes.select_related("speaker", "organisation").order_by("start"))
    blocks = document.text_blocks()
    rendered, unplaced = structured_text(document.body, blocks, quotes, lambda q: q.get_absolute_url())
    return render(
        request,
        "documents/document_detail.html",
        {
            "document": document,
            "blocks": rendered,
            "contents": table_of_contents(blocks, document.body),
            "quotes": quotes,
            "quote_index": quote_index(quotes),
            "unplaced_quotes": unplaced,
        },
    )


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
