"""The organisation-name tagger (issue 10, items 2 and 6): what an editor sees when it is on, that it is off
now (corpus/README.md, "Organisation names": it did not beat the rules in cross-validation), and what it
never offers as an organisation whatever the model says. Invented texts; no database."""

import time

import pytest

from corpus.train_orgs import gold_spans, token_labels
from reform_kb.pipeline import mentions, org_tagger
from reform_kb.pipeline.parse import parse_file

from .scoring import reference_context

# An invented local news item: an association the form rules know by its kind word ("föreningen Trygga
# Kvällar"), one no rule knows ("Ung Omsorg", after "och"), a national agency the gazetteer knows, a
# speaker and the place she lives.
ARTICLE = """Nattvandrare får stöd av kommunen

2024-09-12

Socialnämnden i Norrvik ger 200 000 kronor till föreningen Trygga Kvällar. Föreningen samarbetar med Nattvandrarna och Ung Omsorg.

– Vi märker att ungdomarna vill prata, säger Maja Svensson, som bor i Lerum och leder arbetet.

Socialstyrelsen har tidigare lyft fram arbetssättet.
"""


def parse(text: str):
    [doc] = parse_file("artikel.txt", text, reference_context())
    return doc


@pytest.fixture
def tagger_on(monkeypatch):
    monkeypatch.setattr(mentions, "USE_ORG_TAGGER", True)


class MarkingTagger:
    """A stand-in for the CRF that is sure every token in `names` is inside a name, and of nothing else:
    what the pipeline does with the model's answer, whatever the model learnt."""

    def __init__(self, *names: str):
        self.words = {w for name in names for w in name.split()}
        self.features: list[dict] = []

    def set(self, features):
        self.features = features

    def _inside(self, i: int) -> bool:
        return 0 <= i < len(self.features) and self.features[i]["w"] in self.words

    def marginal(self, label: str, i: int) -> float:
        inside = self._inside(i)
        if label == "O":
            return 0.0 if inside else 1.0
        opens = inside and not self._inside(i - 1)
        return float(opens if label == "B" else inside and not opens)


def test_the_committed_model_loads_without_django():
    assert org_tagger.MODEL_PATH.exists()
    assert org_tagger.model_available()


def test_switched_off_the_tagger_does_not_run_and_the_rules_alone_give_the_mentioned_organisations(monkeypatch):
    def must_not_run(*args, **kwargs):
        raise AssertionError("the tagger ran while it is switched off")

    monkeypatch.setattr(mentions, "USE_ORG_TAGGER", False)
    monkeypatch.setattr(mentions, "extra_organisations", must_not_run)
    doc = parse(ARTICLE)
    assert doc.mentioned_organisations == ["Trygga Kvällar", "Socialstyrelsen"]


def test_the_tagger_is_off_as_the_criterion_set_before_test13_decided():
    # Stop 23: pooled over the four unseen parts it raised mentioned organisations by 0.004 F1, under the 0.005
    # set in advance (corpus/RESULTS.md, round 13).
    assert mentions.USE_ORG_TAGGER is False


def test_switched_on_an_association_no_rule_knows_is_mentioned_and_flagged_for_review(tagger_on):
    doc = parse(ARTICLE)
    assert "Ung Omsorg" in doc.mentioned_organisations
    # Created by the importer like a form-recognised name: needs_review, kind for the editor to set.
    assert ("Ung Omsorg", "annan") in [(o.name, o.kind) for o in doc.new_organisations]


def test_switched_on_the_speaker_and_the_place_she_lives_are_no_organisations(tagger_on):
    doc = parse(ARTICLE)
    assert not {"Maja Svensson", "Maja", "Svensson", "Lerum", "Norrvik"} & set(doc.mentioned_organisations)
    assert [p.name for p in doc.mentioned_people] == ["Maja Svensson"]


def test_a_place_a_speakers_name_and_a_name_the_rules_found_are_never_offered_whatever_the_model_says(
    matcher,
):
    body = (
        "Socialstyrelsen och Kalix följer upp. – Det går bra, säger Eva Holm. Vi har pratat med Holm i Kalix."
    )
    tagger = MarkingTagger("Socialstyrelsen", "Kalix", "Holm")
    assert org_tagger.extra_organisations("", body, matcher, frozenset({"Eva Holm"}), tagger) == []


def test_an_unknown_home_named_after_pa_is_offered_with_its_probability_when_the_model_tags_it(matcher):
    body = "Anna Berg arbetar som undersköterska på Solgårdens äldreboende i Norrvik."
    tagger = MarkingTagger("Solgårdens äldreboende")
    assert org_tagger.extra_organisations("", body, matcher, tagger=tagger) == [
        ("Solgårdens äldreboende", 1.0, False)
    ]


@pytest.mark.parametrize(
    ("body", "tagged", "name"),
    [
        ("Kommunen säger upp avtalet, enligt Omsorgias vd Anna Berg.", "Omsorgias", "Omsorgia"),
        ("Enligt FUBB:s ordförande är beslutet fel.", "FUBB:s", "FUBB"),
        ("Hjälporganisationen Crossroads erbjöd mat och dusch.", "Crossroads", "Crossroads"),
        (
            "Vi har pratat med nämnden för rättvisa boenden om saken.",
            "nämnden för rättvisa boenden",
            "Nämnden för rättvisa boenden",
        ),
    ],
)
def test_a_tagged_name_loses_its_genitive_only_when_the_text_shows_it_is_one(matcher, body, tagged, name):
    assert [
        n for n, _p, _k in org_tagger.extra_organisations("", body, matcher, tagger=MarkingTagger(tagged))
    ] == [name]


def test_switched_on_parsing_stays_linear(monkeypatch):
    monkeypatch.setattr(mentions, "USE_ORG_TAGGER", True)
    context = reference_context()
    paragraph = (
        "– Vi samarbetar med Ung Omsorg i grupp {i}, säger Maja Svensson på Solgårdens äldreboende.\n\n"
    )

    def seconds(n: int) -> float:
        text = "Rubrik om stöd\n\n" + "".join(paragraph.format(i=i) for i in range(n))
        best = float("inf")
        for _ in range(3):
            start = time.process_time()
            parse_file("lang.txt", text, context)
            best = min(best, time.process_time() - start)
        return best

    seconds(20)  # warm the model and the matcher outside the measurement
    ratio = seconds(400) / seconds(100)
    assert ratio < 7, f"4 × längre text tog {ratio:.1f} × så lång tid"


def test_gold_names_are_aligned_to_whole_tokens_with_a_genitive_and_definite_lower_case():
    text = "Polisen och polisen. Ung Omsorgs ledare, FUB:s ordförande och en vision om Vision."
    spans = gold_spans(text, {"Polisen", "Ung Omsorg", "FUB", "Vision"}, [])
    assert [text[s:e] for s, e in spans] == ["Polisen", "polisen", "Ung Omsorgs", "FUB:s", "Vision"]
    [tokens] = org_tagger.line_tokens(text)
    labels = token_labels(tokens, spans)
    assert [(t.text, label) for t, label in zip(tokens, labels, strict=True) if label != "O"] == [
        ("Polisen", "B"), ("polisen", "B"), ("Ung", "B"), ("Omsorgs", "I"), ("FUB:s", "B"), ("Vision", "B"),
    ]  # fmt: skip
