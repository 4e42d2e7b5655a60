"""The page cache on Redis (REDIS_URL), as in production with several workers: the content version
lives in Redis, so a cached page costs no database query and an edit reaches every worker.

Runs against TEST_REDIS_URL (default database 15 of a local Redis, which these tests empty);
skipped, with that reason, where no Redis answers.
"""

import os

import pytest
from django.core.cache import cache
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

TEST_REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def _redis_answers() -> bool:
    try:
        import redis

        return bool(redis.Redis.from_url(TEST_REDIS_URL, socket_connect_timeout=1).ping())
    except Exception:  # no client library, no server, refused: all mean "no Redis here"
        return False


pytestmark = pytest.mark.skipif(not _redis_answers(), reason=f"no Redis answers at {TEST_REDIS_URL}")


@pytest.fixture
def redis_cache(settings):
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": TEST_REDIS_URL}
    }
    settings.KB_PAGE_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()


def test_a_cached_page_costs_no_database_query(client, world, redis_cache, django_assert_num_queries):
    url = world.url("organisation_detail")
    first = client.get(url)
    with django_assert_num_queries(0):
        second = client.get(url)
    assert second.content == first.content
    assert second["ETag"] == first["ETag"]


def test_an_edit_bumps_the_version_in_redis_and_the_page_changes(
    client, world, redis_cache, django_capture_on_commit_callbacks
):
    from reform_kb.kb import content_version

    url = world.url("organisation_detail")
    etag = client.get(url)["ETag"]
    before = content_version.content_version()
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        world.org.description = "Beskrivning sparad av en redaktör."
        world.org.save()
    assert cache.get(content_version.VERSION_KEY) > before
    response = client.get(url)
    assert response["ETag"] != etag
    assert "Beskrivning sparad av en redaktör." in response.content.decode()


def test_values_kept_per_version_are_computed_once(client, world, redis_cache):
    url = world.url("theme_detail")
    client.get(url)
    # Another URL of the same theme (a later page of its documents) reuses the counts and the
    # rendered quote groups from Redis: the only queries left are the theme and its documents.
    with CaptureQueriesContext(connection) as ctx:
        client.get(f"{url}?sida=2")
    assert not any("COUNT(" in q["sql"] for q in ctx.captured_queries)
