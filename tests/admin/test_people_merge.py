"""Merging people: the service, and the admin action editors use with its confirmation page."""

from datetime import date

import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import Permission, User
from django.test import Client
from django.urls import reverse

from reform_kb.kb.models import Document, Person, Quote, Role
from reform_kb.kb.people_merge import merge_people
from tests.builders import make_document, make_organisation, make_person, make_quote

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:kb_person_changelist")


@pytest.fixture
def duplicates():
    """The same union leader under two names, as the importer creates them."""
    ssr = make_organisation("Testförbundet SSR")
    full = make_person("Heike Erkers")
    short = make_person("H. Erkers", party="S")
    Role.objects.create(
        person=full,
        organisation=ssr,
        title="ordförande",
        first_seen=date(2020, 5, 1),
        last_seen=date(2021, 1, 1),
    )
    Role.objects.create(
        person=short,
        organisation=ssr,
        title="ordförande",
        first_seen=date(2019, 3, 1),
        last_seen=date(2020, 6, 1),
    )
    Role.objects.create(person=short, organisation=None, title="socionom", first_seen=date(2018, 1, 1))
    shared = make_document(authors=[full, short])
    own = make_document(authors=[short])
    quotes = [make_quote(speaker=short, origin=Quote.Origin.IMPORT), make_quote(speaker=full)]
    return {"full": full, "short": short, "ssr": ssr, "shared": shared, "own": own, "quotes": quotes}


def test_merge_moves_quotes_roles_and_authorship_then_deletes_the_other(duplicates):
    full, short = duplicates["full"], duplicates["short"]
    summary = merge_people(full, [short])
    assert not Person.objects.filter(pk=short.pk).exists()
    assert set(Quote.objects.filter(speaker=full)) == set(duplicates["quotes"])
    assert set(full.documents.all()) == {duplicates["shared"], duplicates["own"]}
    assert list(
        Document.authors.through.objects.filter(document=duplicates["shared"]).values_list(
            "person", flat=True
        )
    ) == [full.pk]
    assert sorted(full.roles.values_list("title", flat=True)) == ["ordförande", "socionom"]
    assert (summary.quotes, summary.roles_moved, summary.roles_combined, summary.documents) == (1, 1, 1, 2)
    assert summary.merged_names == ["H. Erkers"]


def test_a_role_both_held_keeps_the_earliest_and_latest_dates(duplicates):
    merge_people(duplicates["full"], [duplicates["short"]])
    role = Role.objects.get(person=duplicates["full"], organisation=duplicates["ssr"], title="ordförande")
    assert (role.first_seen, role.last_seen) == (date(2019, 3, 1), date(2021, 1, 1))


def test_dates_known_for_only_one_of_the_roles_are_kept(db):
    keep, other = make_person(), make_person()
    Role.objects.create(person=keep, title="utredare")
    Role.objects.create(
        person=other, title="utredare", first_seen=date(2020, 1, 1), last_seen=date(2020, 2, 1)
    )
    merge_people(keep, [other])
    role = keep.roles.get()
    assert (role.first_seen, role.last_seen) == (date(2020, 1, 1), date(2020, 2, 1))


def test_roles_shared_by_several_merged_people_become_one(db):
    keep, first, second = make_person(), make_person(), make_person()
    Role.objects.create(person=first, title="enhetschef", last_seen=date(2020, 1, 1))
    Role.objects.create(person=second, title="enhetschef", last_seen=date(2022, 1, 1))
    merge_people(keep, [first, second])
    assert list(keep.roles.values_list("title", "last_seen")) == [("enhetschef", date(2022, 1, 1))]


def test_merged_names_become_name_variants_of_the_kept_person(duplicates):
    full, short = duplicates["full"], duplicates["short"]
    short_name = short.name
    merge_people(full, [short])
    assert list(full.aliases.values_list("name", flat=True)) == [short_name]


def test_the_kept_person_takes_a_party_only_the_other_had(duplicates):
    merge_people(duplicates["full"], [duplicates["short"]])
    assert Person.objects.get(pk=duplicates["full"].pk).party == "S"


def test_merging_a_person_with_only_themselves_is_refused(db):
    person = make_person()
    with pytest.raises(ValueError):
        merge_people(person, [person])
    assert Person.objects.filter(pk=person.pk).exists()


def test_merge_handles_every_relation_a_person_has():
    # A new relation to Person (a new model or field) must be moved by merge_people too.
    relations = {rel.get_accessor_name() for rel in Person._meta.related_objects}
    assert relations == {"quotes", "roles", "documents", "aliases", "mentioned_in"}


def test_documents_naming_a_merged_person_name_the_kept_one(duplicates):
    from reform_kb.kb.models import Document

    full, short = duplicates["full"], duplicates["short"]
    doc = Document.objects.create(title="Om socialtjänsten", slug="om-socialtjansten", body="Text.")
    doc.mentioned_people.add(short)
    merge_people(full, [short])
    assert list(doc.mentioned_people.all()) == [full]


def test_merge_action_asks_which_person_to_keep(editor_client, duplicates):
    full, short = duplicates["full"], duplicates["short"]
    response = editor_client.post(
        CHANGELIST, {"action": "merge_selected", "_selected_action": [full.pk, short.pk], "index": "0"}
    )
    assert response.status_code == 200
    assert response.templates[0].name == "admin/kb/person/merge_people.html"
    html = response.content.decode()
    assert (
        f'value="{full.pk}" id="keep-{full.pk}"' in html
        and f'value="{short.pk}" id="keep-{short.pk}"' in html
    )
    assert Person.objects.filter(pk=short.pk).exists()


def test_editor_merges_people_through_the_admin(editor_client, duplicates):
    full, short = duplicates["full"], duplicates["short"]
    response = editor_client.post(
        CHANGELIST,
        {
            "action": "merge_selected",
            "_selected_action": [full.pk, short.pk],
            "keep": short.pk,
            "confirm": "yes",
        },
        follow=True,
    )
    assert response.status_code == 200
    assert "Heike Erkers slogs ihop med H. Erkers" in response.content.decode()
    assert list(Person.objects.filter(pk__in=[full.pk, short.pk])) == [short]
    assert Quote.objects.filter(speaker=short).count() == 2
    assert LogEntry.objects.get(object_id=str(short.pk)).change_message == "Sammanslagen med Heike Erkers."


def test_merge_action_needs_two_people(editor_client, duplicates):
    response = editor_client.post(
        CHANGELIST,
        {"action": "merge_selected", "_selected_action": [duplicates["full"].pk], "index": "0"},
        follow=True,
    )
    assert "Välj minst två personer" in response.content.decode()
    assert Person.objects.filter(pk=duplicates["full"].pk).exists()


def test_merge_action_is_not_offered_without_change_permission(db, duplicates):
    user = User.objects.create_user("lasare", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="view_person"))
    client = Client()
    client.force_login(user)
    assert "merge_selected" not in client.get(CHANGELIST).content.decode()
    client.post(
        CHANGELIST,
        {
            "action": "merge_selected",
            "_selected_action": [duplicates["full"].pk, duplicates["short"].pk],
            "keep": duplicates["full"].pk,
            "confirm": "yes",
        },
    )
    assert Person.objects.filter(pk=duplicates["short"].pk).exists()


def test_person_page_shows_role_dates(editor_client, duplicates):
    response = editor_client.get(reverse("admin:kb_person_change", args=[duplicates["full"].pk]))
    html = response.content.decode()
    assert 'name="roles-0-first_seen"' in html and 'name="roles-0-last_seen"' in html
