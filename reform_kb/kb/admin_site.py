"""The editors' admin site: Django's, plus the review queue and its count on the index.

Installed as the default site through KbAdminConfig (settings.INSTALLED_APPS), so every
`@admin.register` in reform_kb/kb/admin/ lands here. It lives outside that package because
resolving the default site must not import the modules that register models on it.
"""

from django.contrib import admin
from django.urls import path

from . import review_queue as review


class KbAdminSite(admin.AdminSite):
    site_header = "reform_kb – redaktion"
    site_title = "reform_kb"
    index_title = "Kunskapsbanken om nya socialtjänstlagen"

    def get_urls(self):
        return [
            path("granska/", self.admin_view(self.review_queue), name="review_queue"),
            *super().get_urls(),
        ]

    def index(self, request, extra_context=None):
        return super().index(request, {"review_count": review.review_count(request), **(extra_context or {})})

    def review_queue(self, request):
        return review.review_queue(request, self)
