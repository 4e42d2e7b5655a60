"""Occupations presented with "är", a contact line's imperative, "Blogginlägg" and "Ledare" as genre labels, more
verbs of saying and a café's name, in the shapes of the development part's misses (round 47, issue 10).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

import pytest

from reform_kb.pipeline.names import looks_like_name

from .invented_pages import BODY, only


@pytest.mark.parametrize("occupation", ["anhörigkonsulent", "verksamhetsledare", "familjeterapeut", "föreståndare"])
def test_a_person_presented_with_an_occupation_at_a_workplace_speaks_with_both(occupation):
    document = only(
        "Mer stöd till anhöriga\n\n"
        f"Karin Sjölund är {occupation} på Ekbygården och menar att många inte ser sig som anhöriga.\n\n"
        "– Man kan vara vän, granne eller barn och ändå bära ett stort ansvar, säger hon.\n"
    )
    (quote,) = document.quotes
    assert quote.speaker.name == "Karin Sjölund"
    assert quote.speaker.role == occupation
    assert quote.speaker.organisation == "Ekbygården"


def test_a_contact_lines_imperative_is_no_part_of_the_name():
    document = only(
        "Träffar mot ensamhet\n\n"
        "– Vi vet att många äldre i byn sitter ensamma hela veckorna, säger Karin Sjölund.\n\n"
        "Kontakta Karin Sjölund på telefon om du vill vara med.\n"
    )
    (quote,) = document.quotes
    assert quote.speaker.name == "Karin Sjölund"
    assert all(not p.name.startswith("Kontakta") for p in document.mentioned_people)


@pytest.mark.parametrize("word", ["Kontakta", "Mejla", "Ringa", "Boka"])
def test_an_imperative_never_opens_a_name(word):
    assert not looks_like_name(f"{word} Karin Sjölund")


def test_a_blog_label_under_the_headline_is_neither_the_title_nor_a_headline():
    document = only(f"Läxhjälp på skolan\n\nBlogginlägg\n\n{BODY}\n")
    assert document.title == "Läxhjälp på skolan"
    assert document.kind == "blogginlagg"


def test_an_editorial_label_makes_an_opinion_piece():
    document = only(f"Socialarbetarna bär välfärden\n\nLedare\nPUBLICERAD:\n{BODY}\n")
    assert document.title == "Socialarbetarna bär välfärden"
    assert document.kind == "debattartikel"


@pytest.mark.parametrize("verb", ["intygar", "försäkrar"])
def test_more_verbs_of_saying_end_the_quote(verb):
    document = only(f"Nytt café i byn\n\n{BODY}\n\n– Deltagarna har vuxit med uppgiften, {verb} Lena Ekvall.\n")
    (quote,) = document.quotes
    assert quote.text == "Deltagarna har vuxit med uppgiften"
    assert quote.speaker.name == "Lena Ekvall"


@pytest.mark.parametrize("place", ["Café Genomgången", "Kafé Ekbacken", "Restaurang Lindgården"])
def test_a_cafe_or_restaurant_is_no_person(place):
    assert not looks_like_name(place)


@pytest.mark.parametrize(
    ("attribution", "title"),
    [
        ("Lena Ekvall, områdesansvarig i Ekbymissionen", "områdesansvarig"),
        ("Lena Ekvall, marknadschef på Ekbyhjälpen och ansvarig för projektet", "marknadschef"),
        ("Lena Ekvall, samordnare på Resursenheten, i Ekby", "samordnare på Resursenheten"),
    ],
)
def test_an_unknown_workplace_after_the_title_is_no_part_of_it(attribution, title):
    document = only(f"Mat till fler\n\n{BODY}\n\n– Vi har aldrig haft så många besökare, säger {attribution}.\n")
    (quote,) = document.quotes
    assert quote.speaker.name == "Lena Ekvall"
    assert quote.speaker.role == title


def test_a_municipal_body_after_the_title_stays_in_it():
    document = only(f"Mat till fler\n\n{BODY}\n\n– Vi har aldrig haft så många besökare, säger Lena Ekvall, "
                    "ordförande i Socialnämnden.\n")
    (quote,) = document.quotes
    assert quote.speaker.role == "ordförande i Socialnämnden"
