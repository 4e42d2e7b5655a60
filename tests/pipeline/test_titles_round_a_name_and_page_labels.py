"""Speakers presented with a title on both sides of the name or a -ledare title without a comma, and the
labels a page sets around its headline (issue 10, round 18: the shapes of the former test17's misses).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

from reform_kb.pipeline.quotes import extract_quotes


def _speakers(body, matcher):
    return [(q.speaker.name, q.speaker.role, q.speaker.organisation, q.speaker.party) for q in extract_quotes(body, matcher)]


def test_a_title_before_the_name_and_another_after_its_comma_are_both_the_role(matcher):
    body = (
        "Drygt tusen barn bor i familjehem i länet.\n"
        "– Insatserna ska ges i rätt tid och efter barnens behov, säger regionrådet Lena Holm (S), 2:e vice "
        "ordförande i hälso- och sjukvårdsnämnden i Region Örebro län, som i dag tog upp frågan."
    )
    assert _speakers(body, matcher) == [
        ("Lena Holm", "regionråd, 2:e vice ordförande i hälso- och sjukvårdsnämnden", "Region Örebro län", "S")
    ]


def test_a_ledare_title_after_the_name_without_a_comma_is_the_role(matcher):
    body = (
        "Reglerna börjar gälla i juli.\n\n"
        "– Vi prövar varje adress för sig, säger Karin Blom processledare på Migrationsverket."
    )
    assert _speakers(body, matcher) == [("Karin Blom", "processledare", "Migrationsverket", "")]


def test_a_party_in_the_genitive_before_the_title_is_the_speakers_party_not_the_role(matcher):
    body = (
        "Partiet reagerar på rapporten om hemtjänsten.\n"
        "- Det är orimligt att de äldre inte får gå ut, säger miljöpartiets socialpolitiska talesperson Åsa Lind."
    )
    assert _speakers(body, matcher) == [("Åsa Lind", "socialpolitisk talesperson", None, "MP")]
