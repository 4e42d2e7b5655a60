"""Documents: a filterable list, and the full text with every quote marked in place."""

from django.shortcuts import get_object_or_404, render

from ..models import Document
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
    document = get_object_or_404(
        Document.objects.prefetch_related(
            "organisations", "mentioned_organisations", "authors", "themes", "tags"
        ),
        slug=slug,
    )
    quotes = list(document.quotes.select_related("speaker", "organisation").order_by("start"))
    paragraphs, unplaced = highlighted_paragraphs(document.body, quotes, lambda q: q.get_absolute_url())
    return render(
        request,
        "documents/document_detail.html",
        {"document": document, "paragraphs": paragraphs, "quotes": quotes, "unplaced_quotes": unplaced},
    )
