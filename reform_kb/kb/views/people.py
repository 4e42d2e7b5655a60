"""People: a Swedish-ordered list and a page per person with roles, quotes and documents."""

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, render

from reform_kb.pipeline.swedish import swedish_sorted

from ..models import Person, Role
from ..selectors import document_list, paginate, people_with_roles, quote_list
from .list_items import DOCUMENT, QUOTE, paginate_items


def person_list(request):
    people = swedish_sorted(people_with_roles(), key=lambda p: p.name)
    return render(request, "people/person_list.html", {"page_obj": paginate(request, people)})


def person_detail(request, slug):
    roles = Prefetch("roles", queryset=Role.objects.select_related("organisation"))
    person = get_object_or_404(Person.objects.public().prefetch_related(roles), slug=slug)
    return render(
        request,
        "people/person_detail.html",
        {
            "person": person,
            "quote_page": paginate_items(request, quote_list().filter(speaker=person), QUOTE, "sida"),
            "document_page": paginate_items(
                request, document_list().filter(authors=person), DOCUMENT, "dokumentsida"
            ),
        },
    )
