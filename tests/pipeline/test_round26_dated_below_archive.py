"""A municipality's news archive for one year, each item dated under its text (round 26, issue 10: the shape of
the former test part test25's d2509).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

from .invented_pages import parse_page

YEAR_ARCHIVE = (
    "Nyhetsarkiv 2023\n\n"
    "Ny mötesplats för seniorer\n\n"
    "Träffpunkten vid torget öppnar igen efter renoveringen och har öppet alla vardagar.\n\n"
    "Publicerad 12 december 2023\n\n"
    "Ändrade sophämtningsdagar\n\n"
    "Under helgerna töms kärlen en dag senare än vanligt. Läs mer på www.exempelkommun.se/avfall\n\n"
    "Publicerad 5 december 2023\n\n"
    "Julmarknad på torget\n\n"
    "Föreningarna säljer hantverk och glögg på torget den andra advent mellan tolv och fyra.\n\n"
    "Publicerad 28 november 2023\n"
)


def test_each_item_of_a_year_archive_is_dated_by_the_line_under_its_text():
    documents = parse_page(YEAR_ARCHIVE)
    assert [d.title for d in documents] == [
        "Ny mötesplats för seniorer",
        "Ändrade sophämtningsdagar",
        "Julmarknad på torget",
    ]
    assert [d.published.isoformat() for d in documents] == ["2023-12-12", "2023-12-05", "2023-11-28"]
    assert "Publicerad" not in documents[0].body
