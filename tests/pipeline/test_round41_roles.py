"""Speakers' roles and employers in the shapes of the former test part test40's and the dev part's misses
(round 41, issue 10).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

from .invented_pages import only


def test_a_police_post_and_its_town_is_a_police_officer_of_polisen():
    document = only(
        "Oro för droger\n\n"
        "– Vi vill inte skapa oro, sa Anders Lind, områdespolis i Arjeplog.\n\n"
        "– Ring oss om ni är oroliga, säger Maja Ek, kommunpolis i Kiruna.\n"
    )
    first, second = document.quotes
    assert (first.speaker.role, first.speaker.organisation) == ("områdespolis", "Polisen")
    assert (second.speaker.role, second.speaker.organisation) == ("kommunpolis", "Polisen")


def test_a_social_worker_in_a_town_still_works_for_the_municipality():
    """Guard: the police rule leaves municipal jobs to the municipality."""
    document = only("Fler ärenden\n\n– Vi hinner inte, säger Lena Berg, socialsekreterare i Kalix.\n")
    (quote,) = document.quotes
    assert (quote.speaker.role, quote.speaker.organisation) == ("socialsekreterare", "Kalix kommun")


def test_a_role_cut_off_by_the_end_of_the_stored_copy_loses_its_hanging_preposition():
    document = only("Namnet\n\n– Jag tror att det var vi som började, säger Sara Ek, tidigare chef vid")
    (quote,) = document.quotes
    assert quote.speaker.role == "tidigare chef"


def test_to_whom_something_was_said_is_no_part_of_the_role():
    document = only("Äldres hälsa\n\n– Det är viktigt för de äldre, säger Eva Lund, generaldirektör, till nyhetsbyrån TT.\n")
    (quote,) = document.quotes
    assert quote.speaker.role == "generaldirektör"


def test_a_span_of_time_after_the_role_is_kept():
    """Guard: "till och med" is when the post was held, not to whom something was said."""
    document = only("Föreningen\n\n– Vi var först, säger Per Ek, ordförande, till och med 2020.\n")
    (quote,) = document.quotes
    assert quote.speaker.role.startswith("ordförande, till och med")


def test_a_bare_definite_title_before_a_name_is_the_persons_role():
    document = only(
        "Nytt förslag om stöd\n\n"
        "Utredaren Karin Holm föreslår att staten tar över hela ansvaret.\n\n"
        "– Mitt förslag handlar om att använda pengarna bättre, säger Karin Holm.\n\n"
        "– Det här är fel, säger juristen Maria Lind.\n"
    )
    first, second = document.quotes
    assert (first.speaker.name, first.speaker.role) == ("Karin Holm", "utredare")
    assert (second.speaker.name, second.speaker.role) == ("Maria Lind", "jurist")


def test_an_investigator_works_for_the_inquiry_the_text_names_not_for_the_association_quoting_her():
    document = only(
        "Kritik mot utredningen\n\n"
        "Frågorna är många sedan Assistansutredningen lämnade sitt förslag. Hörselförbundet är kritiskt.\n\n"
        "Utredaren Karin Holm föreslår att staten tar över.\n\n"
        "– Mitt förslag handlar om att använda pengarna bättre, säger Karin Holm.\n"
    )
    (quote,) = document.quotes
    assert (quote.speaker.role, quote.speaker.organisation) == ("utredare", "Assistansutredningen")


def test_an_investigator_in_an_agencys_text_works_for_the_agency():
    """Guard: with no inquiry named, an agency's investigator is its staff, as before."""
    document = only(
        "Ny rapport om hemtjänsten\n\n"
        "Socialstyrelsen har granskat hemtjänsten.\n\n"
        "– Vi ser stora skillnader, säger Eva Ek, utredare.\n"
    )
    (quote,) = document.quotes
    assert quote.speaker.organisation == "Socialstyrelsen"
