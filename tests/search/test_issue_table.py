"""Issue 12's table, row by row, on the real seeds: what a new user typed and what a reader expects."""

import pytest

from reform_kb import search
from reform_kb.kb.models import Document, Organisation, Person, Quote, Theme

pytestmark = pytest.mark.django_db


def _found(results) -> set:
    return {(hit.kind, hit.obj.pk) for hit in results.hits}


def _all(text: str, **options) -> search.SearchResults:
    return search.search(text, per_page=100, **options)


@pytest.mark.parametrize(
    "typed, meant",
    [
        ("socialtjanstlagen", "socialtjänstlagen"),
        ("behovsprovning", "behovsprövning"),
        ("Akademikerforbundet", "Akademikerförbundet"),
    ],
)
def test_words_typed_without_accents_find_what_the_accented_words_find(seeded, typed, meant):
    wanted = _all(meant)
    assert wanted.total > 0
    got = _all(typed)
    assert got.counts == wanted.counts
    assert _found(got) == _found(wanted)
    assert not got.suggestion  # found, so nothing to correct


def test_a_misspelt_word_is_corrected_said_so_and_its_hits_shown(seeded, client):
    results = _all("socialtjänstlagn")
    assert results.corrected
    assert results.suggestion == "socialtjänstlagen"
    assert _found(results) == _found(_all("socialtjänstlagen"))
    page = client.get("/sok/", {"q": "socialtjänstlagn"}).content.decode()
    assert (
        "Inga träffar för ”socialtjänstlagn”. Visar träffar för ”<strong>socialtjänstlagen</strong>” i stället."
        in page
    )


def test_a_prefix_with_a_star_finds_the_words_it_begins(seeded):
    results = _all("socialtj*")
    assert results.total > _all("socialtjänstlagen").total
    assert _found(_all("socialtjänstlagen")) <= _found(_all("socialtj*", scope="all"))


def test_skl_and_skr_find_the_same_and_show_skr_with_its_former_name(seeded):
    skl, skr = _all("SKL"), _all("SKR")
    assert skl.total == skr.total > 0
    assert _found(skl) == _found(skr)
    organisation = Organisation.objects.get(short_name="SKR")
    for results in (skl, skr):
        card = results.entities[0]
        assert (card.kind, card.name, card.note) == ("organisation", organisation.name, "tidigare SKL")
        assert card.url == organisation.get_absolute_url()
    linked = set(Document.objects.filter(organisations=organisation).values_list("pk", flat=True))
    assert linked <= {pk for kind, pk in _found(skr) if kind == "document"}


def test_the_former_full_name_finds_skrs_documents_and_quotes(seeded):
    organisation = Organisation.objects.get(short_name="SKR")
    results = _all("Sveriges Kommuner och Landsting")
    documents = set(Document.objects.filter(organisations=organisation).values_list("pk", flat=True))
    quotes = set(Quote.objects.filter(organisation=organisation).values_list("pk", flat=True))
    assert documents
    assert {("document", pk) for pk in documents} | {("quote", pk) for pk in quotes} <= _found(results)
    assert results.entities[0].name == organisation.name


def test_skr_quotes_only_are_the_quotes_of_those_who_speak_for_skr(seeded):
    organisation = Organisation.objects.get(short_name="SKR")
    wanted = {
        ("quote", pk) for pk in Quote.objects.filter(organisation=organisation).values_list("pk", flat=True)
    }
    results = _all("SKR", scope="quotes")
    # The seeds hold no quote of SKR's (its one person, Arion Chryssafis, is not quoted): the card
    # still says who SKR is and that it has no quotes.
    assert _found(results) == wanted
    assert results.entities[0].name == organisation.name
    assert results.entities[0].quotes == len(wanted)


def test_a_persons_name_gives_her_card_first_then_her_quotes(seeded, client):
    person = Person.objects.get(name="Heike Erkers")
    results = _all("Heike Erkers")
    card = results.entities[0]
    assert (card.kind, card.name, card.url) == ("person", "Heike Erkers", person.get_absolute_url())
    assert card.quotes == person.quotes.count() > 0
    # Then her quotes: most of the first five hits (on PostgreSQL an article quoting her at
    # length may rank among them).
    hers = [hit for hit in results.hits[:5] if hit.kind == "quote" and hit.obj.speaker_id == person.pk]
    assert len(hers) >= 3
    page = client.get("/sok/", {"q": "Heike Erkers"}).content.decode()
    assert page.index(person.get_absolute_url()) < page.index('class="traffar"')


def test_behovsprovning_also_finds_what_the_theme_holds_and_shows_the_theme(seeded):
    theme = Theme.objects.get(name="Insatser utan behovsprövning")
    results = _all("behovsprövning")
    card = next(card for card in results.entities if card.kind == "theme")
    assert (card.name, card.documents, card.quotes) == (
        theme.name,
        theme.documents.count(),
        theme.quotes.count(),
    )
    held = {("document", pk) for pk in theme.documents.values_list("pk", flat=True)}
    held |= {("quote", pk) for pk in theme.quotes.values_list("pk", flat=True)}
    assert held <= _found(results)


def test_quote_hits_are_headed_by_what_the_quote_says_with_the_speaker_under_it(seeded, client):
    page = client.get("/sok/", {"q": "Heike Erkers", "visa": "citat"}).content.decode()
    quote = _all("Heike Erkers", scope="quotes").hits[0]
    assert quote.title.rstrip(" …")[:40] in page
    heading = page.index(quote.title[:40])
    assert page.index("Heike Erkers, Akademikerförbundet SSR", heading) > heading


def test_results_come_before_the_facets_and_a_link_skips_to_them(seeded, client):
    page = client.get("/sok/", {"q": "socialtjänst"}).content.decode()
    assert '<a class="hoppa-resultat" href="#resultat">Hoppa till resultaten</a>' in page
    assert page.index('id="resultat"') < page.index('class="traffar"') < page.index('class="fasetter"')
    assert "<details open>" in page
