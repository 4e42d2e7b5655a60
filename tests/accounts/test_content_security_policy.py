"""A Content-Security-Policy on every page (issue 11: there was none): scripts and styles only from
files, so nothing inline may be left in the templates or in HTML built in Python."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib import admin
from django.test import override_settings
from django.urls import reverse

from reform_kb.kb.models import Document, Organisation, Person, Quote, SourceFile, Theme

pytestmark = pytest.mark.django_db

PUBLIC_PAGES = [
    "home",
    "theme_list",
    "theme_detail",
    "organisation_list",
    "organisation_detail",
    "person_list",
    "person_detail",
    "document_list",
    "document_detail",
    "quote_list",
    "quote_detail",
    "tag_detail",
]
ADMIN_MODELS = [Document, Quote, Organisation, Person, Theme, SourceFile]

# An inline script (a <script> without src, except JSON data blocks, which never run), an inline
# style sheet, a style attribute or an event-handler attribute: all refused by the policy.
INLINE = re.compile(
    r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")[^>]*>"
    r"|<style\b|\sstyle=|\son[a-z]+=",
    re.IGNORECASE,
)


def assert_policy(response):
    policy = response["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert directives["default-src"] == "'self'"
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert directives["object-src"] == "'none'"
    assert directives["frame-ancestors"] == "'none'"
    assert "unsafe" not in policy


def assert_nothing_inline(response):
    page = response.content.decode()
    assert not INLINE.findall(page), INLINE.findall(page)


def public_urls(world):
    return [world.url(page) for page in PUBLIC_PAGES] + [reverse("search:search") + "?q=insatser"]


def test_every_public_page_has_the_policy_and_nothing_inline(client, world):
    world.grow(1)
    for url in public_urls(world):
        response = client.get(url)
        assert response.status_code == 200, url
        assert_policy(response)
        assert_nothing_inline(response)


def test_error_pages_have_the_policy(client, db):
    response = client.get("/finns-inte/")
    assert response.status_code == 404
    assert_policy(response)


@override_settings(KB_PAGE_CACHE_SECONDS=600)
def test_cached_pages_keep_the_policy(client, world):
    first = client.get(reverse("kb:home"))
    again = client.get(reverse("kb:home"))
    assert_policy(first)
    assert_policy(again)


def admin_urls():
    """The admin's pages: every change list (Django inlines a style sheet into one without actions, so
    each must keep at least one) and the change form of each kb model with a row."""
    urls = [reverse("admin:index"), reverse("admin:review_queue"), reverse("admin:kb_quote_add")]
    for model in admin.site._registry:
        name = f"admin:{model._meta.app_label}_{model._meta.model_name}"
        urls.append(reverse(f"{name}_changelist"))
        instance = model.objects.first()
        if model in ADMIN_MODELS and instance:
            urls.append(reverse(f"{name}_change", args=[instance.pk]))
    return urls


@pytest.mark.parametrize("who", ["admin_client", "editor_client"])
def test_every_admin_page_has_the_policy_and_nothing_inline(request, who, world):
    world.grow(1)
    SourceFile.objects.create(name="källa.txt", checksum="ab" * 32)
    client = request.getfixturevalue(who)
    for url in admin_urls():
        response = client.get(url)
        if response.status_code == 403:  # a list an editor may not see
            continue
        assert response.status_code == 200, url
        assert_policy(response)
        assert_nothing_inline(response)


def test_the_login_page_has_the_policy_and_nothing_inline(client, db):
    response = client.get(reverse("admin:login"))
    assert_policy(response)
    assert_nothing_inline(response)


def test_the_editors_stylesheet_is_loaded_in_the_admin(admin_client):
    page = admin_client.get(reverse("admin:review_queue")).content.decode()
    assert 'href="/static/css/admin.css"' in page
    assert ".kb-full-width" in Path(settings.BASE_DIR, "static/css/admin.css").read_text()


def source_files():
    root = Path(settings.BASE_DIR)
    yield from sorted((root / "templates").rglob("*.html"))
    yield from sorted((root / "reform_kb").rglob("*.py"))


def test_no_template_or_python_html_has_inline_script_or_style():
    offenders = [
        f"{path.relative_to(settings.BASE_DIR)}: {match.group(0)}"
        for path in source_files()
        for match in INLINE.finditer(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
