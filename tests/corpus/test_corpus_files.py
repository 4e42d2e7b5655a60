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
    """Its own texts (d0##, d2##, d4##) come from sites a–l; a test part that has been spent moves in under ids
    of its own hundred (test1 → d1##, test3 → d3##, test4 → d5##, test5 → d6##, test6 → d7##, test8 → d8##, test9 → d9##, test10 → d10##, test11 → d11##, test12 → d12##, test13 → d13##, test14 → d14##, test15 → d15##, test16 → d16##, test17 → d17##, test18 → d18##, test19 → d19##, test20 → d20##, test21 → d21##, test22 → d22##, test23 → d23##, test24 → d24##, test25 → d25##, test26 → d26##, test27 → d27##, test28 → d28##, test29 → d29##, test30 → d30##, test31 → d31##, test32 → d32##, test33 → d33##, test34 → d34##, test35 → d35##, test36 → d36##, test37 → d37##, test38 → d38##, test39 → d39##, test40 → d40##, test41 → d41##, test42 → d42##, test43 → d43##, test44 → d44##, test45 → d45##, test46 → d46##, test47 → d47##), keeping its sites m–z
    (corpus/README.md, split policy)."""
    dev = [e.meta for e in load_part("dev").entries]
    for meta in dev:
        host = urlparse(meta["url"]).hostname.removeprefix("www.")
        assert re.fullmatch(r"d\d{3}|d(?:1\d|2\d|3[0-9]|4[0-7])\d\d", meta["id"]), meta["id"]
        # former test parts: test1 and test10–test19 are all "d1…", test20–test47 are "d20##"…"d47##" (five characters, unlike
        # dev's own d2## from sites a–l)
        former = meta["id"].startswith(("d1", "d3", "d5", "d6", "d7", "d8", "d9")) or len(meta["id"]) == 5
        if former and not (len(meta["id"]) == 5 and int(meta["id"][1:3]) >= FIRST_PART_FROM_ANY_SITE):
            assert re.match(r"[m-z0-9]", host), meta["url"]
        elif not former:
            assert re.match(r"[a-l]", host), meta["url"]
    assert len(dev) >= 60
    assert len({m["publisher"] for m in dev}) >= 15


def _sites(name):
    return {urlparse(e.meta["url"]).hostname.removeprefix("www.") for e in load_part(name).entries}


def test_no_test_part_shares_a_site_with_the_development_part_or_another_test_part():
    """A test part's publishers' sites are never tuned on, the former test parts in dev included."""
    seen = _sites("dev")
    for name in TEST_PARTS:
        sites = _sites(name)
        assert not sites & seen, name
        seen |= sites


TEST_PARTS = [name for name in PARTS if name != "dev"]


# From round 28 on, a fresh test part may also take sites a–l that no part has (corpus/README.md, split policy):
# few sites m–z of the sector were left unused. What keeps it unseen is that no other part has its sites.
FIRST_PART_FROM_ANY_SITE = 28


@pytest.mark.parametrize("name", TEST_PARTS)
def test_a_test_part_has_ids_of_its_own_number_and_before_round_28_sites_m_to_z_or_digits(name):
    """A test part never shares a site with the development part (corpus/README.md, split policy)."""
    number = name.removeprefix("test")
    for meta in (e.meta for e in load_part(name).entries):
        host = urlparse(meta["url"]).hostname.removeprefix("www.")
        if int(number) < FIRST_PART_FROM_ANY_SITE:
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


NEW_TEST_PARTS = [name for name in TEST_PARTS if int(name.removeprefix("test")) >= 3]


@pytest.mark.parametrize("name", NEW_TEST_PARTS)
def test_a_later_test_part_takes_publishers_new_to_the_corpus_and_quotes_enough(name):
    """From round 3 on, a test part comes before its round from publishers no other part has (at least 20),
    with quotes enough (at least 40) to measure speakers, roles and organisations on more than test2's 18.
    (test3 did, and is in dev since round 4 as d3##.) From test21 on the search tool's stored pages hold few
    free sites with quotes (three helpers found 19 in 161 look-ups), so such a part needs 15 quotes, and the
    unseen parts together the 40 (corpus/README.md, split policy, round 21)."""
    earlier = {e.meta["publisher"] for other in PARTS if other != name for e in load_part(other).entries}
    part = load_part(name).entries
    assert len(part) >= 25
    assert not {e.meta["publisher"] for e in part} & earlier
    assert len({e.meta["publisher"] for e in part}) >= 20
    if int(name.removeprefix("test")) < 21:
        assert sum(len(e.annotation["quotes"]) for e in part) >= 40
    else:
        unseen = [e for other in TEST_PARTS for e in load_part(other).entries]
        assert sum(len(e.annotation["quotes"]) for e in part) >= 15
        assert sum(len(e.annotation["quotes"]) for e in unseen) >= 40
