"""Whole-page caching and conditional GET for anonymous visitors, invalidated by every save."""

from django.core.cache import cache
from django.db import transaction
from django.urls import reverse

from reform_kb.kb.models import Quote
from tests.builders import NO_STANCES


def test_a_cached_page_is_served_with_one_query_for_the_version(
    client, world, page_cache, django_assert_num_queries
):
    url = world.url("theme_detail")
    first = client.get(url)
    # The local-memory cache is per process, so the version is read from the database.
    with django_assert_num_queries(1):
        second = client.get(url)
    assert second.content == first.content


def test_building_a_page_reads_the_version_once(client, world, page_cache):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    # The organisation page keeps three values per content version; it reads the version only once.
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(world.url("organisation_detail"))
    assert response.status_code == 200
    assert sum("search_content_version" in q["sql"] for q in ctx.captured_queries) == 1


def test_the_page_changes_as_soon_as_an_editor_saves_a_quote(
    client, world, page_cache, editor_client, django_capture_on_commit_callbacks
):
    url = world.url("document_detail")
    assert "data-citat" in client.get(url).content.decode()
    before = client.get(url).content.decode().count("data-citat")
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            reverse("admin:kb_quote_add"),
            {
                "document": world.doc.pk,
                "text": "Andra stycket",
                "kind": Quote.Kind.DIRECT,
                "speaker": "",
                "speaker_role": "",
                "organisation": "",
                "tags": "",
                "annotation": "",
                "review_note": "",
                **NO_STANCES,
            },
        )
    assert response.status_code == 302
    quote = Quote.objects.get(text="Andra stycket")
    page = client.get(url).content.decode()
    assert f'id="citat-{quote.pk}"' in page
    assert page.count("data-citat") == before + 1


def test_assigning_a_theme_changes_the_cached_theme_page(
    client, world, page_cache, django_capture_on_commit_callbacks
):
    from tests.builders import make_document

    url = world.url("theme_detail")
    assert "Nytt temadokument" not in client.get(url).content.decode()
    # In a transaction of its own, as an editor's save in the admin is.
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        make_document("Nytt temadokument").themes.add(world.theme)
    assert "Nytt temadokument" in client.get(url).content.decode()


def test_anonymous_pages_are_public_for_a_minute_with_an_etag(client, world, page_cache):
    response = client.get(world.url("document_detail"))
    assert "public" in response["Cache-Control"]
    assert "max-age=60" in response["Cache-Control"]
    assert response["ETag"].startswith('"')
    assert "Last-Modified" in response


def test_a_matching_if_none_match_gets_304_without_building_the_page(
    client, world, page_cache, django_assert_num_queries
):
    url = world.url("organisation_detail")
    etag = client.get(url)["ETag"]
    with django_assert_num_queries(1):
        response = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304
    assert response.content == b""


def test_an_edit_changes_the_etag(client, world, page_cache, django_capture_on_commit_callbacks):
    url = world.url("organisation_detail")
    etag = client.get(url)["ETag"]
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        world.org.description = "Ny beskrivning."
        world.org.save()
    response = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200
    assert response["ETag"] != etag


def test_other_urls_get_other_etags(client, world, page_cache):
    assert client.get(world.url("theme_list"))["ETag"] != client.get(world.url("home"))["ETag"]


def test_logged_in_editors_get_fresh_private_pages(editor_client, world, page_cache):
    url = world.url("theme_detail")
    editor_client.get(url)
    response = editor_client.get(url)
    assert "ETag" not in response
    assert "public" not in response.get("Cache-Control", "")


def test_the_admin_is_never_cached(editor_client, client, page_cache):
    response = editor_client.get(reverse("admin:index"))
    assert response.status_code == 200
    assert "public" not in response.get("Cache-Control", "")
    assert "public" not in client.get(reverse("admin:index")).get("Cache-Control", "")


def test_missing_pages_are_not_cached(client, db, page_cache):
    response = client.get(reverse("kb:theme_detail", args=["finns-inte"]))
    assert response.status_code == 404
    assert "ETag" not in response


def test_a_thousand_saves_in_one_transaction_bump_the_version_once(world, django_capture_on_commit_callbacks):
    from reform_kb.kb import content_version

    with django_capture_on_commit_callbacks() as callbacks, transaction.atomic():
        for n in range(1000):
            world.quote.annotation = f"Kommentar {n}"
            world.quote.save()
    assert [c for c in callbacks if c is content_version._bump] == [content_version._bump]


def test_the_version_is_shared_through_the_database_and_survives_a_lost_cache(
    world, django_capture_on_commit_callbacks
):
    from reform_kb.kb import content_version

    before = content_version.content_version()
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        world.theme.save()
    cache.clear()
    assert content_version.content_version() > before


def test_without_page_caching_pages_are_still_public_but_without_an_etag(client, world, settings):
    settings.KB_PAGE_CACHE_SECONDS = 0
    response = client.get(world.url("theme_detail"))
    assert "max-age=60" in response["Cache-Control"]
    assert "ETag" not in response


def test_a_themes_quotes_and_counts_are_reused_across_its_pages_until_an_edit(
    client, world, page_cache, django_capture_on_commit_callbacks
):
    from tests.builders import make_quote

    url = world.url("theme_detail")
    client.get(url)
    # Another page of the theme's documents is a new page, but its quote section is the same.
    page = client.get(url + "?sida=2").content.decode()
    assert "Nytt citat om temat" not in page
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        make_quote(world.doc, "Nytt citat om temat.", themes=[world.theme])
    assert "Nytt citat om temat" in client.get(url + "?sida=3").content.decode()


def test_filter_choices_follow_the_data(client, world, page_cache, django_capture_on_commit_callbacks):
    from tests.builders import make_organisation, make_quote

    url = reverse("kb:quote_list")
    assert "Nyföreningen" not in client.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        make_quote(
            world.doc, "Ett citat från en ny förening.", organisation=make_organisation("Nyföreningen")
        )
    page = client.get(url + "?sida=1").content.decode()
    assert '<option value="' in page and ">Nyföreningen</option>" in page
