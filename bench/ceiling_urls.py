"""The project's URLs plus /bench/ceiling/: a view that does no work, served by the same stack."""

from django.http import HttpResponse
from django.urls import path

from reform_kb.urls import urlpatterns as project_urlpatterns


def ceiling(request):
    return HttpResponse("ok", content_type="text/plain; charset=utf-8")


urlpatterns = [path("bench/ceiling/", ceiling, name="bench_ceiling"), *project_urlpatterns]
