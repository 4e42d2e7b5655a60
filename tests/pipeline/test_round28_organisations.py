"""National organisations the gazetteer learnt in round 28 (issue 10, item 6): named by their short forms in the
former test part test27, and read by their full names.

Every text here is invented (no sentence is copied)."""

from .invented_pages import only


def test_youth_and_temperance_associations_and_the_syndicalists_are_known_by_their_short_forms():
    document = only(
        "Unga kräver mer stöd mot psykisk ohälsa\n\n"
        "SSU och UNF lämnade i går sina krav till regionen, och SAC har stött personliga assistenter som "
        "protesterat mot de nya schemana. Även MUF har uttalat sig i frågan.\n"
    )
    assert {
        "Sveriges Socialdemokratiska Ungdomsförbund",
        "Ungdomens Nykterhetsförbund",
        "Sveriges Arbetares Centralorganisation",
        "Moderata ungdomsförbundet",
    } <= set(document.mentioned_organisations)
