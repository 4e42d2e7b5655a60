"""Consultation responses (remissvar) in the shapes pages give them (pipeline/segment/*): named in the title
or by the sender's own words, labelled beside a date, listed as a bulleted line with a dated label, and sent
by the organisation that "yttrar sig"; a news headline about responses stays news. A response is the
organisation's own position on a reform, so its kind and sender matter more than for most texts.

Shapes from issue 10's tuning rounds 3 and 4 (a diary number line and the sender a response's opening names:
test_genre_cues_in_the_text.py, test_publishers_named_outright.py). Every text here is invented: other names,
other words, the same layout."""

from datetime import date

import pytest

from reform_kb.pipeline.records import DocumentKind

from .invented import MORE, PROSE, split


@pytest.mark.parametrize(
    "title, opening",
    [
        ("Remissvar Ds 2030:4 Stöd till anhöriga", PROSE),
        ("Avgivet remissvar om ny lag för hemtjänst", PROSE),
        (
            "Föreningens syn på ny lag",
            f"Föreningen har lämnat synpunkter på betänkandet som varit på remiss. {PROSE}",
        ),
        ("Anhörigstöd i fokus", f"I vårt remissyttrande lyfter vi behovet av stöd. {PROSE}"),
    ],
)
def test_a_response_named_in_its_title_or_by_its_sender_is_a_consultation_response(title, opening):
    [doc] = split(f"{title}\n\n{opening}\n\n{MORE}\n")
    assert doc.kind == DocumentKind.REMISSVAR


def test_a_news_headline_about_responses_stays_news():
    text = f"Kommuner kritiska i sina remissvar\n\n{PROSE}\n\n– Det är för dyrt, säger Eva Lund.\n"
    [doc] = split(text)
    assert doc.kind == DocumentKind.ARTIKEL


def test_a_date_with_the_genre_after_it_dates_and_labels_the_document():
    text = (
        "Kostnad 0 kr\n12 mars 2025 Remissvar\n\nEn samlad lag om stöd till unga\n\nDnr: 12-345\n\n"
        "Myndigheten yttrar sig över förslagen i betänkandet och tillstyrker dem i stort.\n\n"
        f"{MORE}\n"
    )
    [doc] = split(text)
    assert doc.published == date(2025, 3, 12)
    assert doc.kind == DocumentKind.REMISSVAR
    assert doc.title == "En samlad lag om stöd till unga"


def test_a_bulleted_line_naming_a_consultation_response_and_its_dated_label_make_a_dated_response():
    text = (
        "Gå till innehållet\n\nEn trygg fritid\n\n"
        "  • Remissvar på betänkandet En trygg fritid för alla barn (SOU 2030:12)\n\n"
        "    Remissvar från 2030-05-14:\n\n"
        "    Föreningen Fritid För Alla tillstyrker förslaget men vill att barnens egna röster hörs mer i det "
        "fortsatta arbetet, och att kommunerna får stöd att följa upp insatserna.\n"
    )
    [doc] = split(text)
    assert doc.title == "En trygg fritid"
    assert doc.published == date(2030, 5, 14)
    assert doc.kind == DocumentKind.REMISSVAR


def test_a_response_whose_sender_yttrar_sig_names_its_sender():
    text = (
        "Remissvar\n\nEn samlad lag om stöd till unga\n\nDnr: 12-345\n\n"
        "Socialstyrelsen yttrar sig över förslagen i betänkandet och tillstyrker dem i stort.\n\n"
        f"{MORE}\n"
    )
    [doc] = split(text)
    assert doc.organisations == ["Socialstyrelsen"]
