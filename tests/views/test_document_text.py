"""The document page: its text in paragraphs, quotes marked in place, and nothing from the text run as HTML."""

import re
from types import SimpleNamespace

import pytest

from reform_kb.kb.models import Quote
from reform_kb.kb.views.highlight import highlighted_paragraphs
from tests.builders import make_document, make_quote


def fake_quote(pk, body, text, kind="direct"):
    start = body.find(text)
    return SimpleNamespace(pk=pk, text=text, start=start, end=start + len(text), kind=kind)


def url(quote):
    return f"/citat/{quote.pk}/"


def test_quote_is_marked_with_its_id_and_a_link_to_its_page():
    body = "Inledning. – Vi behöver mer tid, säger Anna. Slut."
    paragraphs, missing = highlighted_paragraphs(body, [fake_quote(7, body, "Vi behöver mer tid")], url)
    assert missing == []
    assert paragraphs == [
        'Inledning. – <mark class="citat citat--direct" id="citat-7" data-citat="7">Vi behöver mer tid</mark>'
        ' <a class="citat-lank" href="/citat/7/">citat<span class="visuellt-dold">et ”Vi behöver mer tid”'
        " på egen sida</span></a>, säger Anna. Slut."
    ]


def test_quote_over_two_paragraphs_is_marked_in_both_with_one_id():
    body = "Först.\n\nBörjan på utdraget.\n\nSlutet på utdraget. Efter."
    quote = fake_quote(3, body, "utdraget.\n\nSlutet på utdraget.", kind="excerpt")
    paragraphs, _ = highlighted_paragraphs(body, [quote], url)
    assert paragraphs[0] == "Först."
    assert (
        paragraphs[1]
        == 'Början på <mark class="citat citat--excerpt" id="citat-3" data-citat="3">utdraget.</mark>'
    )
    assert paragraphs[2].startswith(
        '<mark class="citat citat--excerpt" data-citat="3">Slutet på utdraget.</mark> <a'
    )
    assert "".join(paragraphs).count('id="citat-3"') == 1


def test_overlapping_quotes_each_get_an_anchor():
    body = "Alfa beta gamma delta."
    outer, inner = fake_quote(1, body, "Alfa beta gamma"), fake_quote(2, body, "beta gamma delta")
    (paragraph,), _ = highlighted_paragraphs(body, [outer, inner], url)
    assert 'id="citat-1"' in paragraph and 'id="citat-2"' in paragraph
    assert paragraph.count("<mark") == 3  # "Alfa ", "beta gamma", " delta"


def test_quotes_starting_at_the_same_place_get_one_anchor_each():
    body = "Samma start här."
    (paragraph,), _ = highlighted_paragraphs(
        body, [fake_quote(1, body, "Samma"), fake_quote(2, body, "Samma start")], url
    )
    assert 'id="citat-1"' in paragraph and 'id="citat-2"' in paragraph


def test_quote_with_stale_offsets_is_found_by_its_text():
    body = "Ny inledning som redaktören lade till. Citatet står här."
    quote = SimpleNamespace(pk=1, text="Citatet står här.", start=0, end=17, kind="direct")
    (paragraph,), missing = highlighted_paragraphs(body, [quote], url)
    assert missing == []
    assert (
        '<mark class="citat citat--direct" id="citat-1" data-citat="1">Citatet står här.</mark>' in paragraph
    )


def test_quote_missing_from_the_text_is_reported_not_marked():
    quote = SimpleNamespace(pk=1, text="Finns inte.", start=0, end=11, kind="direct")
    paragraphs, missing = highlighted_paragraphs("Helt annan text.", [quote], url)
    assert missing == [quote]
    assert paragraphs == ["Helt annan text."]


def test_text_is_escaped_inside_and_outside_quotes():
    body = "<script>alert(1)</script> och <b>fet</b> & mer"
    (paragraph,), _ = highlighted_paragraphs(body, [fake_quote(1, body, "<b>fet</b>")], url)
    assert "<script>" not in paragraph and "<b>" not in paragraph
    assert "&lt;script&gt;alert(1)&lt;/script&gt; och " in paragraph
    assert ">&lt;b&gt;fet&lt;/b&gt;</mark>" in paragraph
    assert "&amp; mer" in paragraph


@pytest.mark.django_db
def test_document_page_marks_each_quote_in_place(client):
    doc = make_document(body="Inledning.\n\n– Vi måste förebygga mer, säger Anna Ek.\n\nAvslutning.")
    quote = make_quote(doc, "Vi måste förebygga mer")
    page = client.get(doc.get_absolute_url()).content.decode()
    assert (
        f'<mark class="citat citat--direct" id="citat-{quote.pk}" data-citat="{quote.pk}">Vi måste förebygga mer</mark>'
        in page
    )
    assert f'href="{quote.get_absolute_url()}"' in page
    assert f'href="#citat-{quote.pk}"' in page  # the list of quotes below the text
    assert "<p>Inledning.</p>" in page and "<p>Avslutning.</p>" in page


@pytest.mark.django_db
def test_document_page_marks_an_excerpt_over_paragraphs(client):
    doc = make_document(body="Ett.\n\nTvå.\n\nTre.")
    quote = make_quote(doc, "Två.\n\nTre.", kind=Quote.Kind.EXCERPT)
    page = client.get(doc.get_absolute_url()).content.decode()
    assert page.count(f'data-citat="{quote.pk}"') == 2
    assert page.count(f'id="citat-{quote.pk}"') == 1


@pytest.mark.django_db
def test_hostile_document_text_and_title_are_never_rendered_raw(client):
    hostile = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    doc = make_document(f"Titel {hostile}", body=f"Före. {hostile} Efter.\n\nStycke två.")
    make_quote(doc, hostile)
    for url in [doc.get_absolute_url(), "/dokument/", "/citat/", "/"]:
        page = client.get(url).content.decode()
        assert "<script>alert" not in page, url
        assert "<img src=x" not in page, url
    assert (
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"
        in client.get(doc.get_absolute_url()).content.decode()
    )


@pytest.mark.django_db
def test_hostile_annotation_markdown_is_sanitised(client):
    quote = make_quote(
        annotation='Bra <script>alert(1)</script> [länk](javascript:alert(1)) <a onclick="x()">a</a>'
    )
    page = client.get(quote.get_absolute_url()).content.decode()
    assert "<script>alert" not in page
    assert "javascript:" not in page
    assert "onclick" not in page


STRUCTURED = (
    "Anna Berg, förbundsordförande i Testförbundet. Foto: Per Lind\n\n"
    "Sammanfattning\n\n"
    "Vi ställer oss positiva till förslagen om en ny socialtjänstlag i betänkandet.\n\n"
    "- Socialtjänsten ska ha ett *förebyggande perspektiv*,\n\n"
    "- socialtjänsten ska planera sina insatser.\n\n"
    "Fördjupning\n\n"
    "Ett förebyggande perspektiv\n\n"
    "– Vi måste förebygga mer än i dag och göra det tidigt, säger Anna Berg.\n\n"
    "”Vi måste förebygga mer än i dag”\n\n"
    "Planering av insatser\n\n"
    + "Att planera insatser kan bli ett viktigt verktyg för socialtjänsten. "
    * 100
)


@pytest.mark.django_db
def test_document_page_shows_headings_lists_emphasis_and_captions_as_such(client):
    from reform_kb.pipeline.structure import document_blocks

    doc = make_document(body=STRUCTURED, structure=document_blocks(STRUCTURED))
    page = client.get(doc.get_absolute_url()).content.decode()
    assert '<h2 id="sammanfattning">Sammanfattning</h2>' in page
    assert '<h3 id="ett-forebyggande-perspektiv">Ett förebyggande perspektiv</h3>' in page
    assert "<li>Socialtjänsten ska ha ett <em>förebyggande perspektiv</em>,</li>" in page
    assert "*" not in page.split('class="brodtext"')[1].split("</div>")[0]
    assert (
        '<figure class="bildtext"><figcaption>Anna Berg, förbundsordförande i Testförbundet. '
        '<span class="fotograf">Foto: Per Lind</span></figcaption></figure>' in page
    )
    # A long text gets a table of contents linking to its headings.
    assert '<nav class="innehallsforteckning"' in page and 'href="#planering-av-insatser"' in page


@pytest.mark.django_db
def test_document_page_reads_the_body_when_stored_structure_no_longer_fits(client):
    doc = make_document(body="Rubriken här\n\nEn mening som är lång nog att vara löptext i dokumentet.")
    doc.structure = [{"kind": "paragraph", "start": 0, "end": 500}]
    doc.save()
    page = client.get(doc.get_absolute_url()).content.decode()
    assert '<h2 id="rubriken-har">Rubriken här</h2>' in page


@pytest.mark.django_db
def test_a_short_article_has_no_table_of_contents(client):
    doc = make_document(body="Rubrik ett\n\nKort text som inte behöver någon innehållsförteckning alls.")
    assert "innehallsforteckning" not in client.get(doc.get_absolute_url()).content.decode()


@pytest.mark.django_db
def test_a_pull_quote_is_listed_under_the_spoken_quote_it_repeats_and_counted_once(client):
    doc = make_document(body=STRUCTURED)
    spoken = make_quote(doc, "Vi måste förebygga mer än i dag och göra det tidigt")
    pull = make_quote(doc, "Vi måste förebygga mer än i dag", kind=Quote.Kind.PULLQUOTE, lifted=True)
    page = client.get(doc.get_absolute_url()).content.decode()
    assert "1 citat</a> markerade i texten" in page
    assert f'Lyft i texten som <a href="#citat-{pull.pk}">' in page
    assert page.count(f'href="{pull.get_absolute_url()}"') == 1  # its link in the text, not in the index
    assert f'id="citat-{pull.pk}"' in page  # still marked where it stands
    pull_page = client.get(pull.get_absolute_url()).content.decode()
    assert "Ett lyft citat" in pull_page and f'href="{spoken.get_absolute_url()}"' in pull_page
    spoken_page = client.get(spoken.get_absolute_url()).content.decode()
    assert f'href="{pull.get_context_url()}"' in spoken_page
    assert Quote.objects.statements().count() == 1


@pytest.mark.django_db
def test_home_page_counts_what_it_says_it_counts(client):
    from tests.builders import make_organisation, make_person

    publisher = make_organisation("Utgivarförbundet")
    doc = make_document(body=STRUCTURED, organisations=[publisher])
    for name in ["Alfa kommun", "Beta kommun"]:
        make_quote(doc, organisation=make_organisation(name), speaker=make_person())
    spoken = make_quote(doc, "Vi måste förebygga mer än i dag och göra det tidigt")
    make_quote(
        doc, "Vi måste förebygga mer än i dag", kind=Quote.Kind.PULLQUOTE, speaker=spoken.speaker, lifted=True
    )
    page = client.get("/").content.decode()
    assert "1 dokument från 1 organisation och 3 citat" in page
    assert "Citaten kommer från 2 personer och 2 organisationer" in page


@pytest.mark.django_db
def test_quote_lists_and_counts_show_a_lifted_pull_quote_only_with_its_spoken_quote(client):
    from tests.builders import make_organisation

    org = make_organisation("Citatförbundet")
    doc = make_document(body=STRUCTURED)
    make_quote(doc, "Vi måste förebygga mer än i dag och göra det tidigt", organisation=org)
    pull = make_quote(
        doc, "Vi måste förebygga mer än i dag", kind=Quote.Kind.PULLQUOTE, organisation=org, lifted=True
    )
    for url in ["/citat/", org.get_absolute_url()]:
        assert f'href="{pull.get_absolute_url()}"' not in client.get(url).content.decode(), url
    listing = client.get("/organisationer/").content.decode()
    assert re.search(
        r">Citatförbundet</a>\s*<span class=\"antal\">[^<]*· 0 dokument · 1 citat</span>", listing
    )


def test_the_importer_marks_a_pull_quote_lifted_from_a_spoken_quote():
    from types import SimpleNamespace as Q

    from reform_kb.kb.models.quotes import lifted_pullquotes

    spoken = Q(kind="direct", text="Det är helt oacceptabelt. Här måste vi göra mer.")
    lifted = Q(kind="pullquote", text="Det är helt oacceptabelt.")
    alone = Q(kind="pullquote", text="Något ingen sa i texten.")
    assert lifted_pullquotes([spoken, lifted, alone]) == {id(lifted)}
