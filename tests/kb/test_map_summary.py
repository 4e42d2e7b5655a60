"""The map's summary (kb.MapCell, kb/map_summary.py) stays equal to a straight recount after every
kind of write: editors' saves and deletes, relinking, publishing and withdrawing, bulk writers."""

from datetime import date

import pytest
from django.core.management import call_command

from reform_kb.kb import changes, map_summary
from reform_kb.kb.models import Document, MapCell, Organisation, QuoteStance, Stance
from reform_kb.kb.models.map_cells import UNDATED_YEAR
from reform_kb.synthetic.remove import _remove_documents
from tests.builders import World, make_document, make_organisation, make_quote, make_theme

pytestmark = pytest.mark.django_db


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run a block's on-commit callbacks (the change feed publishes there) when it ends, as after
    the commit of an editor's save; then check the table against a recount."""

    class Committed:
        def __enter__(self):
            self._capture = django_capture_on_commit_callbacks(execute=True)
            self._capture.__enter__()

        def __exit__(self, *exc):
            self._capture.__exit__(*exc)
            if exc[0] is None:
                assert map_summary.stored() == map_summary.recount()

    return Committed()


@pytest.fixture
def kb(committed):
    with committed:
        care, school = make_theme("Omsorg", order=1), make_theme("Skola", order=2)
        union = make_organisation("Förbundet", kind=Organisation.Kind.FACKFORBUND)
        region = make_organisation("Regionen", kind=Organisation.Kind.REGION)
        old = make_document(published=date(2020, 5, 1), organisations=[union], themes=[care])
        new = make_document(published=date(2024, 2, 1), organisations=[union, region], themes=[care, school])
        quotes = [
            make_quote(old, "Ett gammalt citat.", organisation=union, themes=[care]),
            make_quote(new, "Ett nytt citat.", organisation=union, themes=[care, school]),
            make_quote(new, "Regionens citat.", organisation=region, themes=[school]),
        ]
        QuoteStance.objects.create(quote=quotes[1], theme=care, stance=Stance.STODER)
    return {"themes": (care, school), "orgs": (union, region), "documents": (old, new), "quotes": quotes}


def cell(org, theme, year):
    return map_summary.stored().get((org.pk, theme.pk, year))


def test_created_rows_are_counted_per_organisation_theme_and_year(kb):
    (care, school), (union, region) = kb["themes"], kb["orgs"]
    assert cell(union, care, 2020) == {
        **dict.fromkeys(map_summary.COUNT_COLUMNS, 0),
        "quotes": 1,
        "documents": 1,
    }
    assert cell(union, care, 2024)["quotes"] == 1 and cell(union, care, 2024)["stoder"] == 1
    assert cell(region, school, 2024)["quotes"] == 1 and cell(region, school, 2024)["documents"] == 1
    assert cell(region, care, 2020) is None


def test_a_quote_moved_to_another_organisation_leaves_the_first(kb, committed):
    quote, (union, region) = kb["quotes"][0], kb["orgs"]
    with committed:
        quote.organisation = region
        quote.save()
    assert cell(union, kb["themes"][0], 2020)["quotes"] == 0
    assert cell(region, kb["themes"][0], 2020)["quotes"] == 1


def test_withdrawn_quotes_and_hidden_documents_stop_counting_and_count_again_when_shown(kb, committed):
    care = kb["themes"][0]
    union = kb["orgs"][0]
    with committed:
        kb["quotes"][0].withdrawn = True
        kb["quotes"][0].save()
    assert cell(union, care, 2020) == {**dict.fromkeys(map_summary.COUNT_COLUMNS, 0), "documents": 1}
    new = kb["documents"][1]
    with committed:
        new.public = False
        new.save()
    assert cell(union, care, 2024) is None
    with committed:
        new.public = True
        new.save()
    assert cell(union, care, 2024)["stoder"] == 1


def test_a_document_redated_or_undated_moves_its_counts_to_that_year(kb, committed):
    old, care, union = kb["documents"][0], kb["themes"][0], kb["orgs"][0]
    with committed:
        old.published = date(2022, 1, 1)
        old.save()
    assert cell(union, care, 2020) is None and cell(union, care, 2022)["quotes"] == 1
    with committed:
        old.published = None
        old.save()
    assert cell(union, care, UNDATED_YEAR)["documents"] == 1


def test_themes_and_organisations_relinked_or_cleared(kb, committed):
    (care, school), (union, region) = kb["themes"], kb["orgs"]
    new = kb["documents"][1]
    with committed:
        kb["quotes"][1].themes.remove(care)
    with committed:
        new.organisations.remove(region)
    assert cell(region, school, 2024)["documents"] == 0
    with committed:
        union.documents.clear()
    with committed:
        school.quotes.clear()
    with committed:
        new.themes.clear()
    assert not MapCell.objects.filter(documents__gt=0).exists()


def test_stances_set_changed_and_removed(kb, committed):
    (care, school), union = kb["themes"], kb["orgs"][0]
    stance = QuoteStance.objects.get()
    with committed:
        stance.stance = Stance.KRITISK
        stance.save()
    assert cell(union, care, 2024)["kritisk"] == 1 and cell(union, care, 2024)["stoder"] == 0
    with committed:
        QuoteStance.objects.create(quote=kb["quotes"][1], theme=school, stance=Stance.BLANDAD)
    with committed:
        stance.delete()
    assert cell(union, care, 2024)["kritisk"] == 0 and cell(union, school, 2024)["blandad"] == 1


def test_deleting_quotes_documents_themes_and_organisations(kb, committed):
    (care, school), (union, region) = kb["themes"], kb["orgs"]
    with committed:
        kb["quotes"][1].delete()
    with committed:
        kb["documents"][0].delete()
    with committed:
        school.delete()
    with committed:
        region.delete()
    assert set(MapCell.objects.values_list("organisation", "theme", "year")) == {(union.pk, care.pk, 2024)}


def test_bulk_writers_and_the_synthetic_corpus_removal_are_followed(kb, committed):
    with committed:
        world = World()
        world.grow(6, bulk=True)
    assert cell(world.org, world.theme, 2022)["quotes"] == 2  # i = 2: published in 2022, two quotes
    with committed, changes.bulk():
        _remove_documents(list(Document.objects.filter(synthetic=True).values_list("pk", flat=True)))
    assert not MapCell.objects.filter(organisation=world.org, year=2022).exists()


def test_rebuild_command_restores_a_table_out_of_step(kb, capsys):
    MapCell.objects.filter(organisation=kb["orgs"][0]).update(quotes=99)
    MapCell.objects.filter(organisation=kb["orgs"][1]).delete()
    assert map_summary.stored() != map_summary.recount()
    call_command("rebuild_map_summary")
    assert map_summary.stored() == map_summary.recount()
    assert "celler" in capsys.readouterr().out


def test_the_synthetic_corpus_and_its_removal_are_counted(db):
    from io import StringIO

    call_command("generate_corpus", documents=30, quotes=400, seed=3, stdout=StringIO(), verbosity=0)
    generated = map_summary.stored()
    assert generated == map_summary.recount() and sum(c["quotes"] for c in generated.values()) > 0
    call_command("remove_synthetic", stdout=StringIO())
    assert map_summary.stored() == map_summary.recount()
    assert not MapCell.objects.filter(quotes__gt=0).exists()
