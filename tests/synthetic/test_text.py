"""The text builder needs no database: sentences, offsets and determinism."""

import random
from pathlib import Path

import pytest

from reform_kb.synthetic.text import (
    DocumentBuilder,
    SentencePool,
    Speaker,
    quote_counts,
    sentences_from_files,
    split_sentences,
)

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def pool():
    return SentencePool(sentences_from_files([SEEDS]))


def builder(pool, seed):
    rng = random.Random(seed)
    speakers = [Speaker(f"Anna Svensson {n}", "socialchef", n % 3) for n in range(5)]
    return DocumentBuilder(
        pool, rng, speakers=speakers, organisation_names=["A", "B", "C"], theme_count=4, tag_count=2
    )


def test_split_sentences_drops_attribution_and_fragments():
    text = "Rubrik\n\n– Vi behöver fler socialsekreterare i hela landet nu, säger Anna Svensson, socialchef.\n\nKort."
    assert split_sentences(text) == ["Vi behöver fler socialsekreterare i hela landet nu."]


def test_every_quote_is_the_body_text_at_its_offsets(pool):
    b = builder(pool, 1)
    documents = [b.build(n) for n in (0, 1, 5, 30)]
    quotes = [(d, q) for d in documents for q in d.quotes]
    assert len(quotes) == 36
    assert all(d.body[q.start : q.end] == q.text for d, q in quotes)


def test_direct_quotes_are_dash_paragraphs_with_says(pool):
    document = builder(pool, 2).build(10)
    direct = [q for q in document.quotes if q.kind == "direct"]
    assert direct
    for quote in direct:
        assert document.body[quote.start - 2 : quote.start] == "– "
        assert document.body[quote.end :].startswith(", säger ")


def test_same_seed_same_document(pool):
    assert builder(pool, 7).build(5) == builder(pool, 7).build(5)
    assert builder(pool, 7).build(5).body != builder(pool, 8).build(5).body


def test_quote_counts_add_up_and_vary():
    counts = quote_counts(100, 2000, random.Random(1))
    assert sum(counts) == 2000
    assert len(set(counts)) > 5
