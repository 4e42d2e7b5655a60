"""Authorities in lower case, roles cut where the sentence about the speaker goes on, and date lines of blog
templates (issue 10, round 21: the shapes of the former test20's misses).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

from reform_kb.pipeline.parse import parse_file

from .invented_pages import CONTEXT


def _documents(text):
    return parse_file("nyhet.txt", text, CONTEXT)


def _mentioned(text):
    return [name for d in _documents(text) for name in d.mentioned_organisations]


def test_the_police_in_lower_case_is_polisen():
    text = (
        "Oro efter bränder vid skolan\n\n"
        "Under hösten har flera bränder anlagts vid skolan. Kommunen och polisen har nu ökat bevakningen, och med "
        "polisens hjälp hoppas rektorn att lugnet ska återvända till området före jul."
    )
    assert "Polisen" in _mentioned(text)


def test_another_countrys_police_and_the_police_website_are_not_polisen():
    text = (
        "Samarbete över gränsen\n\n"
        "Kommunen har i år samarbetat med den danska polisen kring ungdomar som reser över sundet. Mer om "
        "samarbetet finns på polisen.se och på kommunens egen webbplats under rubriken trygghet."
    )
    assert "Polisen" not in _mentioned(text)


def _speakers(text):
    return [(q.speaker.name, q.speaker.role) for d in _documents(text) for q in d.quotes]


def test_a_relative_clause_after_the_title_without_its_comma_is_no_part_of_the_role():
    text = (
        "Nytt boende på Väster\n\n"
        "Kommunen hyr två fastigheter för ett nytt boende för unga.\n\n"
        "– Det är ingen bra lösning att samla alla på ett ställe, kommenterar Tor Strand (L), ordförande i "
        "kommunstyrelsen som under förra veckan hade ärendet på sitt bord.\n\n"
        "– Frågan är viktig, säger Bo Lind, samordnare för frågor som rör barn."
    )
    assert _speakers(text) == [
        ("Tor Strand", "ordförande i kommunstyrelsen"),
        ("Bo Lind", "samordnare för frågor som rör barn"),
    ]


def test_a_role_that_ends_the_paragraph_on_a_comma_loses_the_comma():
    text = (
        "Platser pausas på boendet\n\n"
        "Behovet av platser har minskat under året.\n\n"
        "– Vi informerade personalen i onsdags, berättar Karin Ek, verksamhetschef för äldreomsorg och LSS,"
    )
    assert _speakers(text) == [("Karin Ek", "verksamhetschef för äldreomsorg och LSS")]


def _title_and_date(text):
    (document,) = _documents(text)
    return document.title, str(document.published)


def test_a_blog_templates_date_glued_to_its_comment_count_dates_the_post_and_is_no_title():
    text = (
        "Ett år med föreningen\n\n"
        "By 30 december, 2022No Comments\n\n"
        "Ännu ett år har gått och föreningen går in i sitt femte år med fler medlemmar än någonsin tidigare."
    )
    assert _title_and_date(text) == ("Ett år med föreningen", "2022-12-30")


def test_a_date_beside_the_posting_accounts_login_name_dates_the_post():
    text = (
        "3 maj, 2019 admin\n\n"
        "Möt en socialsekreterare i Malmö\n\n"
        "I vår serie om socialt arbete har vi träffat en socialsekreterare som arbetat med barn och unga i tio år."
    )
    assert _title_and_date(text) == ("Möt en socialsekreterare i Malmö", "2019-05-03")


def test_a_spaced_year_first_date_with_an_english_clock_time_is_a_date_line():
    text = (
        "Föreningen kritisk till utredningen\n\n"
        "Föreningen välkomnar beskedet men är kritisk till hur förslaget om motgiftet ska genomföras.\n\n"
        "av Lena Holm\n2018 03 09, 9:05am\n\n"
        "Förra veckan kom utredningens första del, och föreningen har nu gått igenom förslagen."
    )
    assert _title_and_date(text) == ("Föreningen kritisk till utredningen", "2018-03-09")


def test_an_attribution_followed_by_a_new_quotation_presents_the_speaker_a_surname_later_refers_to():
    text = (
        "Föreningen kritisk till förslaget\n\n"
        "Föreningen välkomnar beskedet men är kritisk till hur det ska genomföras.\n\n"
        '"Det är bra att något händer men tråkigt att forskningen inte följs," säger Karin Holm, ordförande i '
        'föreningen, som har drivit frågan länge. "Gör om förslaget."\n\n'
        'Medlet ges i en muskel. "För oss är det inget problem, men för anhöriga är det svårt," säger Holm.'
    )
    assert [name for name, _role in _speakers(text)] == ["Karin Holm", "Karin Holm"]


def test_an_insurer_named_with_a_capitalised_forsakring_is_an_organisation_not_a_person():
    text = (
        "Arbetsbelastning och ohälsa\n\n"
        "En kunskapsöversikt från Alfa Försäkring visar att hög arbetsbelastning och lågt inflytande ökar risken "
        "för psykisk ohälsa bland anställda i vården."
    )
    (document,) = _documents(text)
    assert "Alfa Försäkring" in document.mentioned_organisations
    assert "Alfa Försäkring" not in [p.name for p in document.mentioned_people]


def test_an_attribution_with_the_title_before_the_name_and_the_workplace_after_it_presents_the_speaker():
    text = (
        "Kommunen växer\n\n"
        "Fler vill flytta till kommunen än på länge.\n\n"
        "- Det är väldigt många som vill bo här, säger kommunchef Eva Strand som jobbar för Ekby kommun.\n\n"
        "Kommunen bygger nu fler bostäder i centrum.\n\n"
        "- Vi satsar på nya bostadsområden, säger Eva."
    )
    (document,) = _documents(text)
    assert [q.text for q in document.quotes][0] == "Det är väldigt många som vill bo här"
    assert [(q.speaker.name, q.speaker.role, q.speaker.organisation) for q in document.quotes] == [
        ("Eva Strand", "kommunchef", "Ekby kommun"),
        ("Eva Strand", "kommunchef", "Ekby kommun"),
    ]


def test_the_first_line_over_a_long_paragraph_of_a_page_saved_without_blank_lines_is_its_headline():
    text = (
        "Mer än en sommarstad\n"
        "Ekby vid kusten är mest känt för sina båtar och sin skärgård, men staden lever även vintertid och växer "
        "nu snabbare än de flesta kommuner i landet, berättar kommunens ledning när vi träffar dem.\n"
        "- Det är många som vill flytta hit, säger kommunchef Eva Strand.\n"
        "Kommunen bygger nu nya bostäder på öarna.\n\n"
        "Ekby kommun\n\n"
        "Bransch:\nKommun\n\n"
        "Telefon: 0123-456 78"
    )
    assert [d.title for d in _documents(text)][0] == "Mer än en sommarstad"


def test_a_relative_clause_after_the_organisation_leaves_title_and_organisation_apart():
    text = (
        "Föreningen kritisk\n\n"
        "Föreningen välkomnar beskedet men vill se fler förändringar.\n\n"
        '"Det är bra men inte tillräckligt," säger Karin Holm, ordförande i Ekby brukarförening, som drivit '
        "frågan i många år."
    )
    (quote,) = _documents(text)[0].quotes
    assert (quote.speaker.role, quote.speaker.organisation) == ("ordförande", "Ekby brukarförening")


def test_speech_without_a_dash_that_goes_on_after_its_attribution_is_a_quote():
    text = (
        "Nytt äldreboende planeras\n\n"
        "Kommunen planerar ett nytt boende för äldre i centrum.\n\n"
        "Kommunen växer och behovet av platser på särskilt boende ökar, säger omsorgschef Lena Berg. Vi behöver "
        "se till att vi kan möta det ökade behovet."
    )
    quotes = _documents(text)[0].quotes  # the words before and after the attribution, as with a dash
    assert quotes[0].text.startswith("Kommunen växer och behovet")
    assert quotes[-1].text.endswith("möta det ökade behovet.")
    assert {q.speaker.name for q in quotes} == {"Lena Berg"}
