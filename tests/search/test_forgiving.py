"""Search that forgives (issue 12) on a small corpus, on both databases: accents, misspellings,
prefixes, organisations' other names, cards, and the suggestion endpoint."""

import pytest

from reform_kb import search
from reform_kb.kb import changes
from reform_kb.kb.models import Organisation, OrganisationAlias, Theme
from reform_kb.search.models import VocabularyWord
from tests.builders import make_document, make_organisation, make_person, make_quote, make_theme

pytestmark = pytest.mark.django_db


@pytest.fixture
def skr(db):
    # The reference data a database starts with may hold SKR and the theme already.
    organisation = Organisation.objects.filter(name="Sveriges Kommuner och Regioner").first()
    organisation = organisation or make_organisation("Sveriges Kommuner och Regioner", short_name="SKR")
    for alias in ("SKL", "Sveriges Kommuner och Landsting"):
        OrganisationAlias.objects.get_or_create(
            alias=alias, defaults={"organisation": organisation, "kind": "former_name"}
        )
    speaker = make_person("Arion Chryssafis")
    theme = Theme.objects.filter(name="Insatser utan behovsprövning").first()
    theme = theme or make_theme("Insatser utan behovsprövning")
    with changes.bulk():
        document = make_document(
            "Remissvar om lagen",
            body="Den nya socialtjänstlagen kräver resurser. Behovsprövning ska kunna slopas.",
            organisations=[organisation],
        )
        quote = make_quote(
            document, "Kommunerna behöver tid för omställningen", speaker=speaker, organisation=organisation
        )
        themed = make_document("Lättillgängliga insatser", body="Hjälp utan utredning.", themes=[theme])
    return {"org": organisation, "doc": document, "quote": quote, "themed": themed, "speaker": speaker}


def _found(results):
    return {(hit.kind, hit.obj.pk) for hit in results.hits}


def test_indexing_fills_the_vocabulary_with_the_words_as_written(skr):
    words = set(VocabularyWord.objects.values_list("word", flat=True))
    assert {"socialtjänstlagen", "behovsprövning", "skl", "skr", "chryssafis"} <= words
    assert VocabularyWord.objects.get(word="socialtjänstlagen").plain == "socialtjanstlagen"


def test_a_word_without_accents_finds_the_accented_word(skr):
    assert _found(search.search("socialtjanstlagen")) == {("document", skr["doc"].pk)}


def test_a_misspelt_word_is_searched_corrected_when_nothing_matches(skr):
    results = search.search("socialtjänstlagn")
    assert (results.corrected, results.suggestion) == (True, "socialtjänstlagen")
    assert _found(results) == {("document", skr["doc"].pk)}


def test_a_misspelt_alternative_gets_a_suggestion_but_the_hits_of_the_rest(skr):
    results = search.search("resurser OR socialtjänstlagn")
    assert results.suggestion == "resurser OR socialtjänstlagen"
    assert not results.corrected
    assert _found(results) == {("document", skr["doc"].pk)}


def test_a_prefix_finds_every_word_it_begins(skr):
    assert ("document", skr["doc"].pk) in _found(search.search("socialtj*"))
    assert ("quote", skr["quote"].pk) in _found(search.search("omställ*"))


def test_skl_and_skr_find_the_quotes_of_skr(skr):
    for text in ("SKR", "SKL", "Sveriges Kommuner och Landsting"):
        assert ("quote", skr["quote"].pk) in _found(search.search(text, scope="quotes")), text


def test_the_theme_a_row_is_assigned_to_finds_it(skr):
    assert ("document", skr["themed"].pk) in _found(search.search("behovsprövning"))


def test_cards_name_the_organisation_person_and_theme(skr):
    (card,) = search.search("SKL").entities
    assert (card.kind, card.name, card.note, card.documents, card.quotes) == (
        "organisation",
        "Sveriges Kommuner och Regioner",
        "tidigare SKL",
        1,
        1,
    )
    (person,) = search.search("Chryssafis").entities
    assert (person.kind, person.quotes) == ("person", 1)
    (theme,) = search.search("behovsprovning").entities
    assert (theme.kind, theme.documents) == ("theme", 1)


def test_no_cards_when_the_query_names_nobody(skr):
    assert search.search("slopas").entities == []


def test_a_new_alias_is_searchable_at_once(skr):
    OrganisationAlias.objects.create(organisation=skr["org"], alias="Kommunförbundet", kind="former_name")
    assert ("quote", skr["quote"].pk) in _found(search.search("Kommunförbundet", scope="quotes"))


def test_suggestions_complete_the_last_word_and_name_entities(skr, client):
    data = client.get("/sok/forslag/", {"q": "remissvar socialtj"}).json()
    assert data["forslag"][:1] == ["remissvar socialtjänstlagen"]
    assert client.get("/sok/forslag/", {"q": "Sveriges Kommu"}).json()["forslag"][0] == (
        "Sveriges Kommuner och Regioner"
    )


@pytest.mark.parametrize("text", ["", "x", "\x00\x00", "*" * 500, "'; DROP TABLE search_vocabulary; --"])
def test_suggestions_never_fail(skr, client, text):
    response = client.get("/sok/forslag/", {"q": text})
    assert response.status_code == 200
    assert isinstance(response.json()["forslag"], list)


def test_the_page_loads_the_suggestion_script_from_a_file_only(client):
    page = client.get("/sok/").content.decode()
    assert 'src="/static/js/sok-forslag.js"' in page
    assert "<script>" not in page
    assert 'data-forslag="/sok/forslag/"' in page


def test_the_page_says_menade_du_with_a_link(skr, client):
    page = client.get("/sok/", {"q": "resurser OR socialtjänstlagn"}).content.decode()
    assert (
        'Menade du <a href="?q=resurser%20OR%20socialtj%C3%A4nstlagen">resurser OR socialtjänstlagen</a>?'
        in page
    )
