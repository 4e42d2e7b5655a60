"""A document's kind, decided from its form alone (pipeline/segment/kinds.py)."""

import pickle

import pytest

from reform_kb.pipeline.records import DocumentKind, QuoteKind
from reform_kb.pipeline.segment.kinds import announced_kind, genre_kind, listing_kind, stream_kind
from reform_kb.pipeline.segment.lines import Line

# 1,400 characters before any sub-heading: as long as a post, not a caption.
ARTICLE_TEXT = "Kommunen har infört en ny modell för hemtjänsten under året som gått. " * 20


def test_kinds_are_their_stored_strings_with_swedish_labels():
    assert DocumentKind.BLOGGINLAGG == "blogginlagg" and DocumentKind.BLOGGINLAGG.label == "Blogginlägg"
    assert DocumentKind("remissvar").label == "Remissvar/skrivelse"
    assert QuoteKind.PULLQUOTE == "pullquote" and QuoteKind.PULLQUOTE.label == "Lyft citat"
    # Parsed records cross process boundaries (pipeline/batch.py): a kind must survive pickling.
    assert pickle.loads(pickle.dumps(DocumentKind.ANNAN)) is DocumentKind.ANNAN


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("Replik", DocumentKind.DEBATTARTIKEL),
        ("INSÄNDARE", DocumentKind.DEBATTARTIKEL),
        ("Pressinformation", DocumentKind.PRESSMEDDELANDE),
        ("Yttrande", DocumentKind.REMISSVAR),
        ("Krönika", DocumentKind.ARTIKEL),
    ],
)
def test_a_genre_label_gives_its_kind(label, kind):
    assert genre_kind(label) is kind


def test_a_listing_is_a_blog_when_it_says_so():
    assert listing_kind("Förbundets blogg", blog_section=False) is DocumentKind.BLOGGINLAGG
    assert listing_kind("Nyheter", blog_section=True) is DocumentKind.BLOGGINLAGG
    assert listing_kind("Nyheter", blog_section=False) is DocumentKind.ARTIKEL


@pytest.mark.parametrize(
    ("genre", "title", "texts", "kind"),
    [
        (DocumentKind.PRESSMEDDELANDE, "Ny rapport", ["Text."], DocumentKind.PRESSMEDDELANDE),
        (None, "Ge socialtjänsten tid", ["Debatt: Kommunerna behöver mer tid."], DocumentKind.DEBATTARTIKEL),
        (None, "Ge socialtjänsten tid", ["En debattartikel av förbundet."], DocumentKind.DEBATTARTIKEL),
        (None, "Regeringen i pressmeddelande", ["Text."], DocumentKind.PRESSMEDDELANDE),
        (None, "Ny rapport", ["Text.", "För mer information, kontakta:", "Anna Berg"], DocumentKind.PRESSMEDDELANDE),
        # A consultation-response label settles nothing for a streamed text: it is read from its form.
        (DocumentKind.REMISSVAR, "Ny rapport", ["Text."], None),
        (None, "Ny rapport", ["Text."], None),
    ],
)
def test_a_document_may_announce_its_kind(genre, title, texts, kind):
    assert announced_kind(genre, title, texts) is kind


def kind_of(lines, announced=None, genre=None, **page):
    flags = {"blog": False, "blog_section": False, "is_archive": False, "dated": False, "signed": False}
    return stream_kind([Line(text) for text in lines], genre, announced, **{**flags, **page})


def test_an_announced_kind_wins_over_the_page():
    assert kind_of(["Text."], DocumentKind.DEBATTARTIKEL, blog_section=True) is DocumentKind.DEBATTARTIKEL


def test_a_post_on_a_blog_page_is_signed_or_long():
    assert kind_of(["Kort text."], blog=True) is DocumentKind.ANNAN
    assert kind_of(["Kort text."], blog=True, signed=True) is DocumentKind.BLOGGINLAGG
    assert kind_of([ARTICLE_TEXT], blog=True) is DocumentKind.BLOGGINLAGG
    assert kind_of(["Kort text."], blog=True, blog_section=True) is DocumentKind.BLOGGINLAGG


@pytest.mark.parametrize(
    ("lines", "page", "kind"),
    [
        (["– Det går bra, säger hon."], {}, DocumentKind.ARTIKEL),
        (["Kort text."], {"dated": True}, DocumentKind.ARTIKEL),
        (["Kort text."], {"is_archive": True}, DocumentKind.ARTIKEL),
        (["Kort text."], {}, DocumentKind.ANNAN),
        (["Kort text."], {"blog_section": True}, DocumentKind.BLOGGINLAGG),
    ],
)
def test_other_streamed_documents_are_articles_when_journalism_shows(lines, page, kind):
    assert kind_of(lines, **page) is kind
