"""Where a page's publication date stands and which dates are not it (pipeline/segment/*, text.py): a dateline
under the ingress and photo, a label alone above its date, a date with seconds or a time zone, a short date
field beside its writer, a date under the agency signature at the foot, a letterhead date with its reference,
a date beside a genre or topic label; short digits without a label are no date, and a weekday date above the
title marks a blog post where one under it keeps news news. The date orders the knowledge base's documents and
dates their quotes.

Shapes from issue 10's tuning rounds 3 and 4 (the date forms themselves: test_dates.py, test_date_formats.py).
Every text here is invented: other names, other words, the same layout."""

from datetime import date

import pytest

from reform_kb.pipeline.records import DocumentKind

from .invented import MORE, PROSE, split


def test_a_dateline_under_the_ingress_and_photo_dates_the_document():
    text = (
        "Fritidsgården öppnar igen\n\nStadsdelen satsar på de unga i vinter.\n\n"
        "Ungdomar vid fritidsgården i centrum.\n\nFoto: Per Ek\n\nVästerås2024-10-08 09:12\n\n"
        f"{PROSE}\n\n{MORE}\n"
    )
    [doc] = split(text)
    assert doc.published == date(2024, 10, 8)


def test_a_date_label_alone_above_its_date_reads_as_its_label_says():
    text = f"Fritidsgården\n\n{PROSE}\n\n{MORE}\n\nSenast uppdaterad:\nmåndag 3 mars 2025\n"
    [doc] = split(text)
    assert doc.published is None
    text = f"Fritidsgården\n\nPublicerad:\ntisdag 4 mars 2025\n\n{PROSE}\n\n{MORE}\n"
    [doc] = split(text)
    assert doc.published == date(2025, 3, 4)


@pytest.mark.parametrize(
    "dateline, day",
    [
        ("2023-09-14 08:05:41", date(2023, 9, 14)),
        ("Pressmeddelande • Okt 2, 2023 14:30 CEST", date(2023, 10, 2)),
        ("Apr 3, 2022 09:00 CET", date(2022, 4, 3)),
    ],
)
def test_a_dateline_with_seconds_or_a_time_zone_dates_the_document(dateline, day):
    text = f"Fritidsgården öppnar igen\n\n{dateline}\n\n{PROSE}\n\n{MORE}\n"
    [doc] = split(text)
    assert doc.published == day


def test_a_short_date_field_with_its_writer_gives_both():
    text = f"Fritidsgården öppnar igen\n\n• Datum: 19-04-23, Publicerad av Tove Ekman\n\n{PROSE}\n\n{MORE}\n"
    [doc] = split(text)
    assert doc.published == date(2019, 4, 23)
    assert [a.name for a in doc.authors] == ["Tove Ekman"]
    assert "Datum" not in doc.body


def test_short_digits_without_a_date_label_are_no_date():
    text = f"Fritidsgården öppnar igen\n\n19-04-23\n\n{PROSE}\n\n{MORE}\n"
    [doc] = split(text)
    assert doc.published is None


def test_a_date_under_the_agency_signature_at_the_foot_dates_the_text():
    text = f"Fritidsgården öppnar igen\n\n{PROSE}\n\n{MORE}\n\nNYHETSBYRÅN/TT\n\n\n12 januari 2013\n"
    [doc] = split(text)
    assert doc.published == date(2013, 1, 12)
    assert "12 januari 2013" not in doc.body


def test_a_letterhead_date_with_its_reference_dates_the_letter():
    text = f"Fritidsgården öppnar igen\n\nDatum 2024-05-02 Vår referens KS 2024/17\n\n{PROSE}\n\n{MORE}\n"
    [doc] = split(text)
    assert doc.published == date(2024, 5, 2)


def test_a_date_beside_a_genre_label_dates_the_quoted_headline_and_gives_its_kind():
    text = (
        "”Ge alla unga en ”fritidsgaranti” i hela landet” - Föreningen Fritid För Alla\n"
        "fritidsgaranti-foreningen\n\n"
        "”Ge alla unga en ”fritidsgaranti” i hela landet”\n\n"
        "14 mars, 2023 • Ämne: Debattartikel\n\n"
        f"{PROSE}\n\n{MORE}\n"
    )
    [doc] = split(text)
    assert doc.title == "”Ge alla unga en ”fritidsgaranti” i hela landet”"
    assert doc.published == date(2023, 3, 14)
    assert doc.kind == DocumentKind.DEBATTARTIKEL


def test_a_date_beside_a_topic_label_leaves_the_label_as_furniture():
    text = f"Nya tider på fritidsgården\n\n2 maj 2024 • Ämne: Fritid\n\n{PROSE}\n\n{MORE}\n"
    [doc] = split(text)
    assert doc.title == "Nya tider på fritidsgården"
    assert doc.published == date(2024, 5, 2)
    assert "Ämne" not in doc.body


def test_a_post_dated_with_its_weekday_above_the_title_is_a_blog_post():
    text = f"onsdag 4 mars 2015\n\nTankar om hemtjänsten\n\n{PROSE}\n\n{MORE}\n"
    [doc] = split(text)
    assert doc.kind == DocumentKind.BLOGGINLAGG
    assert doc.published == date(2015, 3, 4)


def test_a_weekday_date_under_the_title_keeps_news_news():
    text = f"Tankar om hemtjänsten\n\nonsdag 4 mars 2015\n\n{PROSE}\n\n– Det går bra, säger Eva Lund.\n"
    [doc] = split(text)
    assert doc.kind == DocumentKind.ARTIKEL


def test_an_iso_date_run_into_the_headline_dates_the_document_and_leaves_the_headline():
    """A news list's row "2021-03-04 Nya platser på äldreboendet": the date field and the headline on one line."""
    text = f"2021-03-04 Nya platser på äldreboendet\n\n{PROSE}\n\n{MORE}\n"
    [doc] = split(text)
    assert doc.title == "Nya platser på äldreboendet"
    assert doc.published == date(2021, 3, 4)


def test_an_iso_date_before_a_sentence_is_not_split_off_as_a_headline_date():
    text = f"Fritidsgården\n\n2021-03-04 beslutade nämnden att fritidsgården ska öppna igen i vår.\n\n{PROSE}\n"
    [doc] = split(text)
    assert doc.title == "Fritidsgården"


def test_an_iso_date_with_its_time_stays_one_date_line():
    text = f"Fritidsgården öppnar igen\n\n2014-11-19 11:43:20\n\n{PROSE}\n\n{MORE}\n"
    [doc] = split(text)
    assert doc.published == date(2014, 11, 19)
    assert not doc.body.startswith("11:43")


def test_an_english_published_label_on_a_swedish_page_dates_the_document_over_the_mastheads_date():
    """A local paper's template: today's date in the masthead, "ORT · Published jun 25, 2020 at 11:15" under the
    ingress (round 14)."""
    text = (
        "Tisdag 14 juli 2020\n\nÖsbybladet\n\nHet debatt om äldreomsorgen\n\n"
        "Styrelsen får en anmärkning för att ha missat ett stöd på tre miljoner kronor.\n\n"
        f"ÖSBY · Published jun 25, 2020 at 11:15\n\n{PROSE}\n\n{MORE}\n"
    )
    [doc] = split(text)
    assert doc.title == "Het debatt om äldreomsorgen"
    assert doc.published == date(2020, 6, 25)


@pytest.mark.parametrize("tag", ["KONF2024", "Nyheter"])
def test_an_english_date_over_its_tag_dates_the_document(tag):
    """Round 15: "apr 21, 2023 | KONF2024", split into the date and the tag, is no image's alt text."""
    [doc] = split(f"Välkommen till Norrvik\n\nmaj 14, 2024 | {tag}\n\n{PROSE}\n")
    assert (doc.title, doc.published) == ("Välkommen till Norrvik", date(2024, 5, 14))
