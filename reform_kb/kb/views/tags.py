"""Everything that carries one taggit tag."""

from django.shortcuts import get_object_or_404, render
from taggit.models import Tag

from ..selectors import document_list, quote_list
from .list_items import DOCUMENT, QUOTE, paginate_items


def tag_detail(request, slug):
    tag = get_object_or_404(Tag, slug=slug)
    return render(
        request,
        "tags/tag_detail.html",
        {
            "tag": tag,
            "page_obj": paginate_items(request, document_list().filter(tags=tag), DOCUMENT),
            "quote_page": paginate_items(request, quote_list().filter(tags=tag), QUOTE, "citatsida"),
        },
    )
