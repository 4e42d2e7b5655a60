"""Public pages. Placeholder views until the views module is written (see issue 2)."""

from django.http import HttpResponse


def _placeholder(request, *args, **kwargs):
    return HttpResponse("Under uppbyggnad", content_type="text/plain; charset=utf-8")


home = theme_list = theme_detail = organisation_list = organisation_detail = _placeholder
person_list = person_detail = document_list = document_detail = _placeholder
quote_list = quote_detail = tag_detail = search = _placeholder
