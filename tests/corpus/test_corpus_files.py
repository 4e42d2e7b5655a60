"""The committed corpus keeps its format (corpus/README.md): checked from the manifests and annotations in a
fresh clone, and against the texts too where their local copies are there (corpus/texts/ is not committed)."""

import re
from urllib.parse import urlparse

import pytest

from corpus.score.check import problems
from corpus.score.gold import load_part, part_names

PARTS = part_names()


@pytest.mark.parametrize("name", PARTS)
def test_every_part_keeps_the_format(name):
    assert problems(load_part(name)) == []


def test_no_two_parts_share_an_id_or_an_address():
    entries = [e.meta for name in PARTS for e in load_part(name).entries]
    assert len({m["id"] for m in entries}) == len(entries)
    assert len({m["url"] for m in entries}) == len(entries)


def test_the_development_part_comes_from_sites_a_to_l_and_former_test_parts():
    """Its own texts (d0##, d2##) come from sites a–l; a test part that has been spent moves in under ids of
    its own hundred (test1 → d1##), keeping its sites m–z (corpus/README.md, split policy)."""
    dev = [e.meta for e in load_part("dev").entries]
    for meta in dev:
        host = urlparse(meta["url"]).hostname.removeprefix("www.")
        assert re.fullmatch(r"d\d{3}", meta["id"]), meta["id"]
        if meta["id"].startswith("d1"):  # the former test part test1
            assert re.match(r"[m-z0-9]", host), meta["url"]
        else:
            assert re.match(r"[a-l]", host), meta["url"]
    assert len(dev) >= 60
    assert len({m["publisher"] for m in dev}) >= 15


def test_no_test_part_shares_a_site_with_the_development_part():
    """A test part's publishers' sites are never tuned on, the former test parts in dev included."""
    dev_sites = {urlparse(e.meta["url"]).hostname.removeprefix("www.") for e in load_part("dev").entries}
    for name in TEST_PARTS:
        sites = {urlparse(e.meta["url"]).hostname.removeprefix("www.") for e in load_part(name).entries}
        assert not sites & dev_sites, name


TEST_PARTS = [name for name in PARTS if name != "dev"]


@pytest.mark.parametrize("name", TEST_PARTS)
def test_a_test_part_comes_from_sites_m_to_z_or_digits_with_ids_of_its_own_number(name):
    """A test part never shares a site with the development part (corpus/README.md, split policy)."""
    number = name.removeprefix("test")
    for meta in (e.meta for e in load_part(name).entries):
        host = urlparse(meta["url"]).hostname.removeprefix("www.")
        assert re.match(r"[m-z0-9]", host), meta["url"]
        assert re.fullmatch(rf"t{number}\d\d", meta["id"]), meta["id"]


def test_the_second_test_part_takes_publishers_new_to_the_corpus():
    """test2 was added before round 2 from publishers that neither dev nor the then test1 (now d1## in dev)
    has (at least 15 of them)."""
    earlier = {e.meta["publisher"] for e in load_part("dev").entries}
    test2 = [e.meta for e in load_part("test2").entries]
    assert len(test2) >= 25
    assert not {m["publisher"] for m in test2} & earlier
    assert len({m["publisher"] for m in test2}) >= 15


def test_the_third_test_part_takes_publishers_new_to_the_corpus():
    """test3 was added before round 3 from publishers that dev (the former test1 included) and test2 lack (at least
    20), with quotes enough (at least 40) to measure speakers, roles and organisations on more than test2's 18."""
    earlier = {e.meta["publisher"] for name in ("dev", "test2") for e in load_part(name).entries}
    test3 = load_part("test3").entries
    assert len(test3) >= 25
    assert not {e.meta["publisher"] for e in test3} & earlier
    assert len({e.meta["publisher"] for e in test3}) >= 20
    assert sum(len(e.annotation["quotes"]) for e in test3) >= 40
