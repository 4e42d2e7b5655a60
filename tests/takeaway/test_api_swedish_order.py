"""The API's organisations and people come in Swedish order (å, ä, ö after z, as the pages list
them), page by page with stable cursors."""

import base64

import pytest

from reform_kb.kb.models import Organisation, Person
from reform_kb.pipeline.swedish import swedish_sort_code, swedish_sorted
from tests.builders import make_document, make_organisation, make_person, make_quote

pytestmark = pytest.mark.django_db

BASE = "/api/v1"
NAMES = [
    "Östra förbundet",
    "Åkerbo kommun",
    "Ängelholms region",
    "Zeta rådet",
    "adoptionscentrum",
    "Beta",
    "Éva",
]


def walk(client, url: str) -> list[str]:
    names = []
    while url:
        page = client.get(url).json()
        names += [row["name"] for row in page["results"]]
        url = page["next"]
    return names


def quoted_person(name: str, **kwargs) -> Person:
    """A person the public may see (the API lists only them): the speaker of a public quote."""
    person = make_person(name, **kwargs)
    make_quote(make_document(), speaker=person)
    return person


@pytest.fixture(autouse=True)
def unthrottled(settings):
    """These tests walk the whole list two names a page, the reference organisations included (some 300 since
    round 17 of issue 10): more requests than the anonymous rate allows, and the rate is not what they test."""
    settings.KB_API_RATE = "10000/m"


@pytest.fixture
def named():
    for i, name in enumerate(NAMES):
        make_organisation(name, kind=Organisation.Kind.KOMMUN if i % 2 else Organisation.Kind.REGION)
        quoted_person(name.title() + " Person")


def test_organisations_and_people_are_listed_in_swedish_order_across_pages(client, named):
    organisations = walk(client, f"{BASE}/organisations?page_size=2")
    assert organisations == swedish_sorted(Organisation.objects.public().values_list("name", flat=True))
    assert organisations.index("Zeta rådet") < organisations.index("Åkerbo kommun")
    assert organisations.index("Åkerbo kommun") < organisations.index("Ängelholms region")
    assert organisations.index("Ängelholms region") < organisations.index("Östra förbundet")
    assert organisations.index("adoptionscentrum") < organisations.index("Beta")  # case does not count
    assert organisations.index("Éva") < organisations.index("Zeta rådet")  # é sorts as e
    people = walk(client, f"{BASE}/people?page_size=3")
    assert people == swedish_sorted(Person.objects.public().values_list("name", flat=True))
    assert len(people) == len(NAMES)


def test_a_kind_filter_keeps_the_order(client, named):
    names = walk(client, f"{BASE}/organisations?page_size=1&kind=kommun")
    expected = swedish_sorted(Organisation.objects.filter(kind="kommun").values_list("name", flat=True))
    assert names == expected and names


def test_a_name_cursor_is_stable_when_organisations_are_added_before_it(client, named):
    first = client.get(f"{BASE}/organisations?page_size=2").json()
    second_before = client.get(first["next"]).json()
    make_organisation("Aaaa först i alfabetet")  # sorts before every row on the second page
    assert client.get(first["next"]).json()["results"] == second_before["results"]


def test_equal_names_in_swedish_order_are_paged_by_id_without_loss(client, db):
    for i in range(5):
        quoted_person("Anna Andersson", slug=f"anna-{i}")
    ids = []
    url = f"{BASE}/people?page_size=2"
    while url:
        page = client.get(url).json()
        ids += [row["slug"] for row in page["results"]]
        url = page["next"]
    assert sorted(ids) == [f"anna-{i}" for i in range(5)] and len(set(ids)) == 5


def test_sort_names_follow_renames_and_bulk_creation(db):
    org = make_organisation("Alfa")
    org.name = "Öst"
    org.save()
    assert Organisation.objects.get(pk=org.pk).sort_name == swedish_sort_code("Öst")
    Organisation.objects.bulk_create([Organisation(name="Ängen", slug="angen")])
    assert Organisation.objects.get(slug="angen").sort_name == swedish_sort_code("Ängen")


@pytest.mark.parametrize("position", ["Åsa", "0061'--", "g" * 10, "0" * 300])
def test_a_name_cursor_that_is_not_ours_answers_400(client, named, position):
    cursor = base64.b64encode(f"p={position}".encode()).decode()
    response = client.get(f"{BASE}/organisations", {"cursor": cursor})
    assert response.status_code == 400
    assert response.json()["detail"].startswith("Ogiltigt värde")
