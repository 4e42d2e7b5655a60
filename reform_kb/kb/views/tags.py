"""Everything that carries one taggit tag."""

from django.shortcuts import get_object_or_404, render
from taggit.models import Tag

from ..selectors import document_list, paginate, quote_list


def tag_detail(request, slug):
    tag = get_object_or_404(Tag, slug=slug)
    return render(
        request,
        "tags/tag_detail.html",
        {
            "tag": tag,
            "page_obj": paginate(request, document_list().filter(tags=tag)),
            "quote_page": paginate(request, quote_list().filter(tags=tag), "citatsida"),
        },
    )
