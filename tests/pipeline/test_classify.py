from reform_kb.pipeline.classify import QUOTE_MIN_HITS, assign_themes
from reform_kb.pipeline.records import ThemeRule

RULES = [
    ThemeRule("forebyggande", "Förebyggande arbete", ("förebyggande", "tidiga insatser")),
    ThemeRule("utan-prov", "Insatser utan behovsprövning", ("utan behovsprövning",)),
    ThemeRule("evidens", "Kunskapsbaserad", ("vetenskap och beprövad erfarenhet",)),
]


def test_inflected_forms_match_the_keyword():
    text = "Kommunen vill förebygga problem. Det förebyggande arbetet och tidig insats är viktiga."
    assert "forebyggande" in assign_themes(text, RULES)


def test_a_document_needs_more_than_one_passing_mention():
    assert assign_themes("Ett ord om förebyggande arbete i en lång text.", RULES) == []


def test_one_mention_in_the_title_is_enough():
    assert assign_themes("Kort text.", RULES, title="Insatser utan behovsprövning") == ["utan-prov"]


def test_phrases_must_be_adjacent():
    text = "Vetenskap är bra. Och beprövad erfarenhet är också bra."
    assert assign_themes(text, RULES, min_hits=QUOTE_MIN_HITS) == []
    text = "Arbetet ska vila på vetenskap och beprövad erfarenhet."
    assert assign_themes(text, RULES, min_hits=QUOTE_MIN_HITS) == ["evidens"]


def test_strongest_theme_comes_first():
    text = "Förebyggande, förebyggande och förebyggande. Insatser utan behovsprövning, utan behovsprövning."
    assert assign_themes(text, RULES) == ["forebyggande", "utan-prov"]


def test_weak_themes_next_to_a_dominant_one_are_dropped():
    text = " ".join(["Förebyggande arbete."] * 20) + " Insatser utan behovsprövning, utan behovsprövning."
    assert assign_themes(text, RULES) == ["forebyggande"]
