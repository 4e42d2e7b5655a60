"""Property-based fuzzing of every public page (issue 11): whatever the path segments and GET
parameters, no answer is a 5xx. The URL patterns come from the URLconf and the parameters from the
filter registry and the pages' own parameters, so a new page or filter is fuzzed without a change here.
"""

import re
from urllib.parse import quote

import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reform_kb.kb import changes
from reform_kb.kb.filters import FILTERS
from reform_kb.search.views import SCOPE_PARAM
from tests.builders import make_document, make_person, make_quote

# The pages' own parameters beside the filters: the query, the page numbers of the lists, the search's tab.
PAGE_PARAMS = ("q", "sida", "citatsida", "dokumentsida", SCOPE_PARAM)
PARAMS = sorted({f.param for f in FILTERS.values()} | set(PAGE_PARAMS))

HOSTILE = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.characters(max_codepoint=0x1F), max_size=10),  # NUL and other control characters
    st.sampled_from(
        [
            "\x00",
            "a\x00b",
            "' OR 1=1 --",
            "!:*&|<->()'\\",
            'insatser & !"stöd" | (a <-> b):*',
            "-",
            '"',
            "OR",
            "NEAR(a b)",
            "-1",
            "0",
            "10" * 20,
            "1e9",
            "NaN",
            "%00",
            "socialtjänst",
            "Å-ä_ö",
        ]
    ),
    st.integers(1_000, 5_000).map(lambda n: "a" * n),
    st.integers(1, 600).map(lambda n: " OR ".join(["insatser", "stöd", "x"][i % 3] for i in range(n))),
    st.integers(-(10**30), 10**30).map(str),
)


def _public_patterns(patterns=None, prefix=""):
    """(route, converter names) of every public URL pattern: all but the admin."""
    for entry in get_resolver().url_patterns if patterns is None else patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            if entry.app_name != "admin":
                yield from _public_patterns(entry.url_patterns, route)
        elif isinstance(entry, URLPattern):
            yield route


PATTERNS = sorted(set(_public_patterns()))
SEGMENT_RE = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<name>[^>]+)>")


@pytest.fixture
def known(db):
    """A few rows, so detail pages exist and filters match something; their slugs are fuzzed too.
    Made once per test function: hypothesis's examples share them (the pages only read)."""
    with changes.bulk():  # indexed, so searches find them
        doc = make_document(
            "Fuzzdokument", body="Tidiga insatser och stöd i socialtjänsten.", tags=["socialtjänst"]
        )
        quote_ = make_quote(doc, "Tidiga insatser och stöd", speaker=make_person("Fuzz Person"))
    return {"slug": doc.slug, "pk": str(quote_.pk), "tag": "socialtjänst"}


def test_every_public_pattern_is_fuzzed():
    assert len(PATTERNS) >= 10
    assert "sok/" in PATTERNS and "taggar/<tagslug:slug>/" in PATTERNS


@pytest.mark.parametrize("route", PATTERNS)
@settings(
    max_examples=100,
    database=None,  # no .hypothesis folder in the worktree: each run draws afresh
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.function_scoped_fixture,
        HealthCheck.data_too_large,
    ],
)
@given(data=st.data())
def test_no_public_page_answers_5xx(client, known, route, data):
    def segment(match):
        value = data.draw(st.one_of(HOSTILE, st.sampled_from(list(known.values()))), label=match["name"])
        return quote(value, safe="")

    path = "/" + SEGMENT_RE.sub(segment, route)
    params = data.draw(st.dictionaries(st.sampled_from(PARAMS), HOSTILE, max_size=4), label="params")
    response = client.get(path, params)
    assert response.status_code < 500, (path, params)
