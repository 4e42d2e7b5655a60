"""The whole pipeline on the five seed files, scored per field against the hand-checked expectations.

Run with `pytest -s` to see the table; a failing target prints it with every mismatch.
"""

import json
from pathlib import Path

import pytest

from .scoring import parse_corpus, report, score_documents, score_quotes

HERE = Path(__file__).parent
SEEDS = HERE.parents[1] / "seeds"
EXPECTED_DOCUMENTS = json.loads((HERE / "expected" / "documents.json").read_text(encoding="utf-8"))
EXPECTED_QUOTES = json.loads((HERE / "expected" / "quotes.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def scores():
    parsed = parse_corpus(SEEDS, sorted(EXPECTED_DOCUMENTS))
    documents = score_documents(parsed, EXPECTED_DOCUMENTS)
    quotes = score_quotes(parsed, EXPECTED_QUOTES)
    print("\nSeeds, whole pipeline:\n" + report(documents, quotes))
    return documents, quotes


def test_every_seed_document_is_found_and_none_is_spurious(scores):
    documents, quotes = scores
    assert documents["found"].fn == 0 and documents["found"].fp == 0, report(documents, quotes)


def test_seed_document_fields_are_right(scores):
    documents, quotes = scores
    for name in ("title", "kind", "date", "authors", "author_details", "organisations"):
        assert documents[name].f1 == 1.0, f"{name}\n" + report(documents, quotes)


def test_seed_quotes_reach_the_targets(scores):
    documents, quotes = scores
    assert quotes["text"].f1 >= 0.97, report(documents, quotes)
    assert quotes["kind"].accuracy >= 0.97, report(documents, quotes)
    assert quotes["speaker"].accuracy >= 0.97, report(documents, quotes)
    assert quotes["organisation"].accuracy >= 0.97, report(documents, quotes)
    assert quotes["co_speakers"].f1 == 1.0, report(documents, quotes)
