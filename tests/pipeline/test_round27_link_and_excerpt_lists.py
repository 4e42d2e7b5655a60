"""Lists of dated links and of excerpts cut with an ellipsis (round 27, issue 10: the shapes of the former test
part test26's misses).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

from .invented_pages import parse_page

OPINION_PAGE_WITH_DATED_LINKS = (
    "Vad vi tycker\n\n"
    "Här samlar vi förbundets debattartiklar och repliker om välfärdens villkor.\n\n"
    "Debattartiklar\n\n"
    "Ge äldreomsorgen fler undersköterskor 2024-03-18 Länk till annan webbplats, öppnas i nytt fönster.\n\n"
    "Debattartikel i Norrbladet skriven av förbundets ordförande Lena Holm.\n\n"
    "Stoppa nedskärningarna i hemtjänsten 2023-11-02 Öppnas i nytt fönster.\n"
    "Debattartikel i Dalatidningen.\n\n"
    "Fel väg för ensamkommande unga 2023-06-09 Länk till annan webbplats, öppnas i nytt fönster.\n\n"
    "Debattartikel i Västkusten av Lena Holm och tre kommunalråd.\n\n"
    "Bättre villkor för personliga assistenter"
)


def test_each_dated_link_under_an_introduction_is_a_dated_document_of_the_kind_its_line_states():
    documents = parse_page(OPINION_PAGE_WITH_DATED_LINKS)
    assert documents[0].title == "Vad vi tycker"
    items = documents[1:]
    assert [d.title for d in items] == [
        "Ge äldreomsorgen fler undersköterskor",
        "Stoppa nedskärningarna i hemtjänsten",
        "Fel väg för ensamkommande unga",
        "Bättre villkor för personliga assistenter",  # its date cut off by the end of the stored copy
    ]
    assert [d.published and d.published.isoformat() for d in items] == ["2024-03-18", "2023-11-02", "2023-06-09", None]
    assert [d.kind.value for d in items[:3]] == ["debattartikel"] * 3
    assert all("fönster" not in d.title + d.body for d in documents)  # the link note is furniture


def test_a_link_note_run_into_a_sentence_is_taken_out_of_the_article():
    documents = parse_page(
        "Stöd till äldre i kris\n\n"
        "Kommunen erbjuder samtalsstöd för äldre som upplever ensamhet. Läs mer hos 1177 (1177.se)länk till annan "
        "webbplats, öppnas i nytt fönster och boka en tid.\n\n"
        "Samtalen är kostnadsfria och kan ske i hemmet."
    )
    assert len(documents) == 1
    assert "(1177.se) och boka en tid." in documents[0].body
    assert "webbplats" not in documents[0].body


def test_a_date_at_the_end_of_an_articles_paragraphs_makes_no_link_list():
    documents = parse_page(
        "Nya regler för hemtjänsten\n\n"
        "Nämnden beslutade om ändrade riktlinjer för hemtjänsten den 2024-02-01\n\n"
        "Riktlinjerna skickades till samtliga utförare 2024-02-05\n\n"
        "Utförarna ska ha infört dem senast 2024-04-01\n\n"
        "Frågor besvaras av enhetschefen."
    )
    assert len(documents) == 1


POSTS_ARCHIVE_WITH_EXCERPTS = (
    "Alla inlägg\n\n"
    "Fritidsgården måste vara kvar\n\n"
    "När nämnden nu föreslår att fritidsgården i Västby stängs försvinner en av få trygga platser för unga i "
    "stadsdelen. Vi kommer att rösta emot förslaget och kräver att...\n"
    "image\n\n"
    "Besök på härbärget\n\n"
    "I torsdags besökte vi kommunens härbärge för hemlösa och pratade med personalen om hur vintern har varit. "
    "Behovet av platser är större än...\n"
    "image\n\n"
    "Höj försörjningsstödet för barnfamiljer\n\n"
    "Barnfamiljer med försörjningsstöd har fått det svårare när priserna stiger. Därför lägger vi en motion "
    "om ett tillägg för...\n\n"
    "Lyssna på de anhöriga\n\n"
    "Anhöriga till personer med demens gör ett enormt arbete som ofta inte syns. Kommunen borde erbjuda mer "
    "avlösning och"
)


def test_each_headline_over_an_excerpt_cut_with_an_ellipsis_is_a_post_of_its_own():
    documents = parse_page(POSTS_ARCHIVE_WITH_EXCERPTS)
    assert [d.title for d in documents] == [
        "Fritidsgården måste vara kvar",
        "Besök på härbärget",
        "Höj försörjningsstödet för barnfamiljer",
        "Lyssna på de anhöriga",
    ]
    assert documents[1].body.startswith("I torsdags besökte vi")
    assert all("image" not in d.body for d in documents)  # an image's placeholder is furniture


def test_an_article_with_crossheads_over_whole_paragraphs_stays_one_document():
    documents = parse_page(
        "Så fungerar hemtjänsten\n\n"
        "Ansökan\n\n"
        "Du ansöker hos en biståndshandläggare, som utreder vilket stöd du behöver och fattar ett beslut.\n\n"
        "Avgifter\n\n"
        "Avgiften beror på din inkomst och är högst den maxtaxa som riksdagen har bestämt för varje år.\n\n"
        "Överklagan\n\n"
        "Är du inte nöjd med beslutet kan du överklaga det till förvaltningsrätten inom tre veckor."
    )
    assert len(documents) == 1
