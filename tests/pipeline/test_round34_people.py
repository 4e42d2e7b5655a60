"""People and speakers in the shapes of the former test part test33's misses (round 34, issue 10).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

from .invented_pages import only


def test_a_municipality_written_with_a_capital_kommun_is_no_person_to_speak():
    document = only(
        "Familjen vann mot Ale Kommun\n\n"
        "Familjen överklagade Ale Kommuns beslut om assistans och fick rätt i förvaltningsrätten.\n\n"
        "– Vi hade aldrig trott att det skulle gå, säger mamman i familjen.\n"
    )
    assert [p.name for p in document.mentioned_people] == []
    (quote,) = document.quotes
    assert quote.speaker is None


def test_she_says_is_the_person_introduced_and_not_the_foundation_she_runs():
    document = only(
        "Arbetsgivaren som vill minska stressen\n\n"
        "Det har Karin Wallin, direktör på Fyra Stiftelser i Borås, funderat mycket över.\n\n"
        "– Hela vår verksamhet bygger på att man ska må bra, säger hon. Det gäller alla som arbetar här.\n"
    )
    assert {(q.speaker.name, q.speaker.role) for q in document.quotes} == {("Karin Wallin", "direktör")}
    assert [p.name for p in document.mentioned_people] == ["Karin Wallin"]


def test_a_shelter_whose_own_name_is_capitalised_keeps_its_genitive_s():
    document = only(
        "Att lyssna är det viktigaste\n\n"
        "– Vi är där för den som ringer, säger Lina Ek som är volontär på Umeås Tjejjour sedan i fjol.\n"
    )
    (quote,) = document.quotes
    assert quote.speaker.organisation == "Umeås Tjejjour"
    assert document.mentioned_organisations == ["Umeås Tjejjour"]


def test_a_shelter_in_lower_case_after_a_towns_genitive_is_that_towns_shelter():
    """Guard: round 32's reading, "Lerums kvinnojour" is Lerum kvinnojour."""
    document = only(
        "Fler söker stöd\n\nTrycket på Lerums kvinnojour har ökat under hösten, och jouren söker fler volontärer.\n"
    )
    assert document.mentioned_organisations == ["Lerum kvinnojour"]


def test_a_clause_that_says_what_the_speaker_has_done_gives_no_title():
    document = only(
        "Att lyssna är det viktigaste\n\n"
        "– Vi är där för den som ringer, berättar Lina Ek som engagerat sig i Umeås Tjejjour sedan i fjol.\n"
    )
    (quote,) = document.quotes
    assert (quote.speaker.name, quote.speaker.role) == ("Lina Ek", "")


def test_a_title_followed_by_there_is_held_where_the_sentence_before_said():
    document = only(
        "Samtal som stoppar våldet\n\n"
        "På Socialstyrelsen har man följt arbetet länge. Mats Berg är utredare där och berättar att "
        "efterfrågan har ökat.\n\n"
        "– Fler hör av sig själva i dag, säger han.\n"
    )
    (quote,) = document.quotes
    assert (quote.speaker.name, quote.speaker.role, quote.speaker.organisation) == (
        "Mats Berg",
        "utredare",
        "Socialstyrelsen",
    )


def test_a_title_followed_by_and_a_verb_is_the_title_alone():
    document = only(
        "Samtal som stoppar våldet\n\n"
        "Mats Berg är socialsekreterare och berättar att efterfrågan har ökat.\n\n"
        "– Fler hör av sig själva i dag, säger han.\n"
    )
    (quote,) = document.quotes
    assert (quote.speaker.role, quote.speaker.organisation) == ("socialsekreterare", None)
