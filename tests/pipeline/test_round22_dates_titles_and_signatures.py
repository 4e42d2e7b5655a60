"""Footer date labels of municipal pages, an opinion piece dated by where it was first printed, a foot date that
closes an article, and (below) the titles and signatures of round 22 (issue 10: the shapes of the former test21's
misses).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

from datetime import date

from reform_kb.pipeline.records import DocumentKind

from .invented_pages import parse_page


def test_a_municipal_footer_labelled_publicering_and_andrat_dates_the_page_by_its_first_publication():
    text = (
        "Hemtjänst\n\n"
        "I kommunen får du hjälp i hemmet om du inte klarar vardagen själv. Du ansöker hos en handläggare som "
        "utreder vad du behöver och fattar beslut enligt socialtjänstlagen.\n\n"
        "Kontakt\n\n"
        "Telefon: 0123-456 00 (växeln)\n\n"
        "Publicering: 2016-03-14 | Ändrat: 2021-09-02\n"
        "Sidansvarig: Eva Holm | eva.holm@exempel.se\n"
    )
    [document] = parse_page(text)
    assert document.published == date(2016, 3, 14)


def test_a_sentence_opening_on_andrad_is_no_date_line():
    text = (
        "Nya regler för bostadsanpassning\n\n"
        "Ändrad lagstiftning 2026 gör att fler kan få stöd. Kommunen informerar om vad som gäller och hur du gör "
        "för att ansöka om bidrag till ombyggnad av bostaden.\n"
    )
    [document] = parse_page(text)
    assert document.published is None
    assert "Ändrad lagstiftning 2026" in document.body


def test_an_opinion_piece_printed_first_in_a_paper_is_dated_and_stays_a_debate_article():
    text = (
        "Stäng inte dagverksamheten\n\n"
        "Insändare publicerad i Lokalbladet 4 februari 2023\n\n"
        "Över hundra äldre besöker varje vecka dagverksamheten i centrum. För många av dem är det veckans enda "
        "möte med andra människor, och därför vore en nedläggning ett svek.\n\n"
        "Vi kräver att nämnden tänker om innan beslutet fattas i mars.\n"
    )
    [document] = parse_page(text)
    assert document.published == date(2023, 2, 4)
    assert document.kind == DocumentKind.DEBATTARTIKEL


def test_a_publicerad_line_closing_the_last_section_dates_the_article_and_opens_no_document():
    text = (
        "Ungdomsmottagningen kan flytta\n\n"
        "Förvaltningen föreslår att ungdomsmottagningen flyttar till vårdcentralen. Nämnden fattar beslut i maj, "
        "och personalen har redan fått information om förslaget.\n\n"
        "– Vi vill att ungdomarna ska hitta hit lika lätt som i dag, säger Kim Berg, enhetschef.\n\n"
        "Mottagningen\n\n"
        "Mottagningen tar emot unga mellan 13 och 25 år med frågor om kropp, relationer och hälsa. Besöken är "
        "gratis och personalen har tystnadsplikt, och den som vill kan vara anonym vid sitt besök. Under sommaren "
        "har mottagningen öppet två dagar i veckan, och en kurator finns på plats varje tisdag eftermiddag.\n\n"
        "Publicerad 12 April 2021 08:30\n"
    )
    [document] = parse_page(text)
    assert document.title == "Ungdomsmottagningen kan flytta"
    assert document.published == date(2021, 4, 12)


def test_politicians_signing_with_party_and_title_on_one_line_are_the_authors_and_share_buttons_stay_out():
    text = (
        "Behåll den kommunala hemtjänsten\n\n"
        "Över femhundra äldre har valt den kommunala hemtjänsten, som därmed är den mest valda utföraren. Ändå "
        "vill majoriteten utreda om den ska läggas ned.\n\n"
        "Vi anser att beslutet måste rivas upp innan budgeten fastställs i juni.\n\n"
        "Per Olsson (S), oppositionsråd\n"
        "Karin Berg (V), gruppledare\n\n"
        "facebook Twitter Email\n"
    )
    [document] = parse_page(text)
    assert [(a.name, a.role) for a in document.authors] == [
        ("Per Olsson", "oppositionsråd"),
        ("Karin Berg", "gruppledare"),
    ]
    assert document.kind == DocumentKind.DEBATTARTIKEL
    assert "Twitter" not in document.body


def test_a_blog_category_between_slashes_is_never_the_title():
    text = (
        "/ Vardag /\n\n"
        "Bara en vecka till...\n\n"
        "Det har varit en lång vecka med många besök hos mamma på boendet. Personalen gör sitt bästa men de är för "
        "få, och jag märker att hon blir oroligare för varje vecka som går.\n"
    )
    [document] = parse_page(text)
    assert document.title == "Bara en vecka till..."


def test_a_trackback_label_under_the_comments_is_never_the_title():
    text = (
        "Att bo tillsammans\n"
        "Det här är en svår fråga. Självklart vill jag bo med min man den dagen det blir aktuellt.\n"
        "Men hur ska det gå till rent praktiskt när platserna redan är för få?\n"
        "Många äldre sitter ensamma hemma och väntar på en plats, och kön blir inte kortare av fler löften.\n"
        "Kommentarer\n\n"
        "Trackback\n"
    )
    [document] = parse_page(text)
    assert document.title == "Att bo tillsammans"


def _speakers(text):
    return [(q.speaker.name, q.speaker.role) for d in parse_page(text) for q in d.quotes]


def test_a_contrast_after_the_title_is_the_sentence_going_on_and_no_part_of_the_role():
    text = (
        "Sensorer prövas i hemtjänsten\n\n"
        "Tio brukare har fått sensorer i hemmet under våren.\n\n"
        "– Vi följer upp försöket efter sommaren, säger Lisa Ek, verksamhetsutvecklare, men redan nu ser hon "
        "flera fördelar med tekniken.\n"
    )
    assert _speakers(text) == [("Lisa Ek", "verksamhetsutvecklare")]


def test_a_region_named_by_its_provinces_genitive_is_that_region():
    text = (
        "Konferens om bemötande\n\n"
        "Föreningen deltog i en konferens om bemötande i vården. Arrangör var Östergötlands region, och även "
        "personal från Värmlands region var på plats för att berätta om sitt arbete med utbildning.\n"
    )
    [document] = parse_page(text)
    assert {"Region Östergötland", "Region Värmland"} <= set(document.mentioned_organisations)


def test_politicians_signing_after_a_slash_with_their_names_run_together_are_the_authors():
    text = (
        "Vilket boende vill vi ha?\n\n"
        "Vi vill ha ett boende med en gemensam matsal och lokaler för aktiviteter, så att ingen behöver sitta "
        "ensam i sin lägenhet. Det är vad de äldre själva har bett om i enkäten.\n\n"
        "Låt oss se till att det blir så i vår kommun.\n\n"
        "/ Eva Lund (L), Per Holm (V)Anna Berg (KD)Nils Ek (-)\n"
    )
    [document] = parse_page(text)
    assert [a.name for a in document.authors] == ["Eva Lund", "Per Holm", "Anna Berg", "Nils Ek"]
    assert document.kind == DocumentKind.DEBATTARTIKEL
    assert "Eva Lund" not in document.body


def test_a_slash_line_that_is_no_row_of_signers_signs_nothing():
    text = (
        "Sommar på boendet\n\n"
        "I sommar ordnar vi grillkvällar varje torsdag för de boende och deras anhöriga, och alla är välkomna.\n\n"
        "/ Hälsningar från personalen på Solgården\n"
    )
    [document] = parse_page(text)
    assert document.authors == []
