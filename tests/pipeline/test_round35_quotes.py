"""Speakers' organisations in the shapes of the former test part test34's misses (round 35, issue 10).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

from .invented_pages import only


def test_a_team_leader_in_a_text_about_one_municipality_works_for_it():
    document = only(
        "Fältgruppen är tillbaka i Tranås i sommar\n\n"
        "Efter många orosanmälningar förra året satsar kommunen på ett mobilt team för unga i Tranås.\n\n"
        "– Vi finns ute på kvällarna och pratar med ungdomarna där de är, säger teamledare Sara Lind.\n"
    )
    (quote,) = document.quotes
    assert (quote.speaker.role, quote.speaker.organisation) == ("teamledare", "Tranås kommun")


def test_a_communications_manager_in_a_text_about_one_municipality_works_for_it():
    document = only(
        "Tältlägret vid sjön väcker frågor\n\n"
        "I Vimmerby har ett tältläger vuxit fram under våren och många invånare har hört av sig.\n\n"
        "– Vi undersöker nu vilka regler som gäller för marken, säger kommunikationschef Eva Berg.\n"
    )
    (quote,) = document.quotes
    assert (quote.speaker.role, quote.speaker.organisation) == ("kommunikationschef", "Vimmerby kommun")


def test_a_pedagogue_in_daily_activities_in_a_text_about_one_municipality_works_for_it():
    document = only(
        "Snickeriet i Ockelbo fyller trettio år\n\n"
        "Enligt LSS är det kommunen som ska erbjuda daglig verksamhet. I Ockelbo går i dag 18 deltagare "
        "till snickeriet.\n\n"
        "– Alla här gör något de är stolta över, säger Nils Ek, arbetspedagog inom daglig verksamhet.\n"
    )
    (quote,) = document.quotes
    assert quote.speaker.organisation == "Ockelbo kommun"


def test_a_team_leader_in_a_text_that_also_names_an_association_gets_no_municipality():
    """Guard: with an association in the text too, the team leader may be its staff as well as the
    municipality's; a wrong organisation misleads where a missing one asks an editor."""
    document = only(
        "Fältgruppen är tillbaka i Tranås i sommar\n\n"
        "Kommunen och Rädda Barnen satsar tillsammans på ett mobilt team för unga i Tranås.\n\n"
        "– Vi finns ute på kvällarna och pratar med ungdomarna där de är, säger teamledare Sara Lind.\n"
    )
    (quote,) = document.quotes
    assert quote.speaker.organisation is None


def test_a_party_group_leader_is_no_municipal_employee():
    """Guard: "gruppledare" leads a party's group in the council: a politician, not staff."""
    document = only(
        "Budgeten för äldreomsorgen i Tranås räcker inte\n\n"
        "Kommunens äldreomsorg går med underskott för tredje året i rad.\n\n"
        "– Det här håller inte i längden, säger gruppledare Per Holm.\n"
    )
    (quote,) = document.quotes
    assert quote.speaker.organisation is None


def test_a_title_with_an_unknown_organisation_in_the_genitive_is_that_organisations():
    document = only(
        "Tidningen fyller tjugo år\n\n"
        "Sedan starten har antalet hemlösa i staden ökat.\n\n"
        "– Det är ett märkligt jubileum, konstaterar Gatubladets chefredaktör Sara Holm.\n"
    )
    (quote,) = document.quotes
    assert (quote.speaker.role, quote.speaker.organisation) == ("chefredaktör", "Gatubladet")


def test_the_associations_title_points_back_to_the_one_association_named():
    document = only(
        "Föreningen delar ut vinterkläder\n\n"
        "Föreningen Hjärtebo samlar in kläder till människor som saknar bostad.\n\n"
        "– Vi köper också handskar och sockor, berättar föreningens kommunikationschef Eva Lind.\n"
    )
    (quote,) = document.quotes
    assert (quote.speaker.role, quote.speaker.organisation) == ("kommunikationschef", "Föreningen Hjärtebo")


def test_a_first_name_in_the_genitive_before_a_kin_word_is_no_organisation():
    """Guard: "Annas mamma" is kin, not a post at an organisation called Anna."""
    document = only(
        "Familjen väntar på besked\n\n"
        "Ansökan om assistans har legat hos kommunen i ett halvår.\n\n"
        "– Vi har inte fått något svar alls, säger Annas mamma Eva Lind.\n"
    )
    (quote,) = document.quotes
    assert quote.speaker is None or quote.speaker.organisation is None
