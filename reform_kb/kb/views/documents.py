"""Documents: a filterable list, and the full text with every quote marked in place."""

from django.shortcuts import get_object_or_404, render

from ..models import Document, SourceFile
from ..selectors import filter_documents
from .highlight import highlighted_paragraphs
from .list_items import DOCUMENT, paginate_items


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
    quotes = document.quotes.select_related("speaker", "organisation").order_by("start")
    if not request.user.is_staff:
        quotes = quotes.public()
    quotes = list(quotes)
    paragraphs, unplaced = highlighted_paragraphs(document.body, quotes, lambda q: q.get_absolute_url())
    return render(
        request,
        "documents/document_detail.html",
        {
            "document": document,
            "paragraphs": paragraphs,
            "quotes": quotes,
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
