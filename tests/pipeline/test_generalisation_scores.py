"""The whole pipeline on invented texts of the genres editors will add (tests/pipeline/texts/gen_*.txt).

Each text gathers cases of issue 3 that the seeds lack: sub-headed single articles, press releases,
debate articles, consultation responses, Q&A interviews, ministers with party markers, written-date
listings. Run with `pytest -s` to see the table.
"""

import json
from pathlib import Path

import pytest

from .scoring import parse_corpus, report, score_documents, score_quotes

HERE = Path(__file__).parent
EXPECTED = json.loads((HERE / "expected" / "generalisation.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def scores():
    parsed = parse_corpus(HERE / "texts", sorted(EXPECTED["documents"]))
    documents = score_documents(parsed, EXPECTED["documents"])
    quotes = score_quotes(parsed, EXPECTED["quotes"])
    print("\nGeneralisation texts, whole pipeline:\n" + report(documents, quotes))
    return documents, quotes


def test_every_document_is_found_and_none_is_spurious(scores):
    documents, quotes = scores
    assert documents["found"].fn == 0 and documents["found"].fp == 0, report(documents, quotes)


def test_document_fields_are_strong(scores):
    documents, quotes = scores
    for name in ("title", "kind", "date", "authors", "organisations"):
        assert documents[name].f1 >= 0.9, f"{name}\n" + report(documents, quotes)


def test_quotes_and_speakers_are_strong(scores):
    documents, quotes = scores
    assert quotes["text"].f1 >= 0.9, report(documents, quotes)
    assert quotes["speaker"].accuracy >= 0.9, report(documents, quotes)
    assert quotes["organisation"].accuracy >= 0.9, report(documents, quotes)
    assert quotes["party"].accuracy == 1.0, report(documents, quotes)
