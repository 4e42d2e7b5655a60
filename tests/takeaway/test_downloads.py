"""Lists download as CSV (UTF-8 with BOM; semicolons for Swedish Excel) and JSON, with the lists' filters."""

import csv
import io
import json
from datetime import date

import pytest
from django.http import StreamingHttpResponse
from django.urls import reverse

from reform_kb.kb import exports
from tests.builders import make_document, make_organisation, make_person, make_quote, make_theme

pytestmark = pytest.mark.django_db


def _body(response) -> str:
    assert isinstance(response, StreamingHttpResponse)
    return b"".join(response.streaming_content).decode("utf-8")


def _csv(response, delimiter=",", text=None):
    text = _body(response) if text is None else text
    assert text.startswith("\ufeff"), "Excel needs the byte order mark to read UTF-8"
    return list(csv.DictReader(io.StringIO(text[1:], newline=""), delimiter=delimiter))


@pytest.fixture
def rows():
    org = make_organisation("Åkerö testkommun")
    other = make_organisation("Förbundet Östergård")
    person = make_person("Örjan Ålander", organisation=org)
    theme = make_theme("Förebyggande provtema")
    doc = make_document(
        "Remissvar om ”hållbar socialtjänst” – del 1",
        organisations=[org],
        authors=[person],
        themes=[theme],
        published=date(2021, 3, 1),
    )
    quote = make_quote(
        doc,
        text="Vi välkomnar förslaget; det är en bra början, men…",
        speaker=person,
        organisation=org,
        themes=[theme],
    )
    make_quote(make_document("Annat", organisations=[other]), text="Nej till förslaget.", organisation=other)
    return {"org": org, "person": person, "theme": theme, "doc": doc, "quote": quote}


def test_quote_csv_parses_back_with_swedish_letters_and_the_lists_filters(client, rows):
    url = reverse("kb:quote_download", args=["csv"]) + f"?organisation={rows['org'].slug}"
    response = client.get(url)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert f'filename="citat-organisation-{rows["org"].slug}.csv"' in response["Content-Disposition"]
    parsed = _csv(response)
    assert len(parsed) == 1
    row = parsed[0]
    assert row["citat"] == "Vi välkomnar förslaget; det är en bra början, men…"
    assert row["talare"] == "Örjan Ålander"
    assert row["organisation"] == "Åkerö testkommun"
    assert row["teman"] == "Förebyggande provtema"
    assert row["dokument"] == "Remissvar om ”hållbar socialtjänst” – del 1"
    assert row["datum"] == "2021-03-01"
    assert row["adress"] == f"http://testserver/citat/{rows['quote'].pk}/"


def test_semicolon_csv_for_swedish_excel_keeps_a_semicolon_inside_a_quote(client, rows):
    response = client.get(reverse("kb:quote_download", args=["excel.csv"]) + f"?tema={rows['theme'].slug}")
    text = _body(response)
    assert (
        text.splitlines()[0]
        == "\ufeffid;citat;talare;roll;organisation;teman;dokument;dokumenttyp;datum;adress;dokumentadress"
    )
    parsed = _csv(response, delimiter=";", text=text)
    assert [r["citat"] for r in parsed] == ["Vi välkomnar förslaget; det är en bra början, men…"]


def test_document_json_parses_back_with_the_same_rows_as_the_list(client, rows):
    response = client.get(
        reverse("kb:document_download", args=["json"]) + f"?forfattare={rows['person'].slug}"
    )
    assert response["Content-Type"] == "application/json; charset=utf-8"
    data = json.loads(_body(response))
    assert data == [
        {
            "id": rows["doc"].pk,
            "title": "Remissvar om ”hållbar socialtjänst” – del 1",
            "kind": "Artikel",
            "published": "2021-03-01",
            "organisations": ["Åkerö testkommun"],
            "authors": ["Örjan Ålander"],
            "themes": ["Förebyggande provtema"],
            "source_url": "",
            "url": f"http://testserver/dokument/{rows['doc'].slug}/",
        }
    ]


def test_unfiltered_download_holds_every_row_in_the_lists_order(client, rows):
    listed = client.get(reverse("kb:quote_list")).content.decode()
    data = json.loads(_body(client.get(reverse("kb:quote_download", args=["json"]))))
    assert len(data) == 2
    positions = [listed.index(f"/citat/{row['id']}/") for row in data]
    assert positions == sorted(positions)


def test_an_empty_or_hostile_filter_gives_an_empty_file_with_headings_not_an_error(client, rows):
    response = client.get(reverse("kb:quote_download", args=["csv"]) + "?organisation=finns-inte&ar=%00")
    assert response.status_code == 200
    assert _csv(response) == []
    assert json.loads(_body(client.get(reverse("kb:document_download", args=["json"]) + "?tema=x"))) == []


def test_unknown_format_is_not_found(client):
    assert client.get("/citat/export.xls").status_code == 404


def test_a_cell_excel_would_run_as_a_formula_is_written_as_text(client):
    make_quote(text='=HYPERLINK("http://example.com")')
    parsed = _csv(client.get(reverse("kb:quote_download", args=["csv"])))
    assert parsed[0]["citat"] == '\'=HYPERLINK("http://example.com")'


def test_rows_are_read_in_chunks_with_iterator(client, rows, monkeypatch):
    """Bounded memory: the download reads the queryset with .iterator(), never the whole list
    (bench/csv_memory.py measures the peak for 100,000 quotes)."""
    calls = []
    original = type(exports.quote_rows({})[0]).iterator

    def spy(self, chunk_size=None):
        calls.append(chunk_size)
        return original(self, chunk_size=chunk_size)

    monkeypatch.setattr(type(exports.quote_rows({})[0]), "iterator", spy)
    response = client.get(reverse("kb:quote_download", args=["csv"]))
    assert len(_csv(response)) == 2
    assert calls == [exports.CHUNK]


def test_download_queries_do_not_grow_with_the_rows(client, world, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    url = reverse("kb:quote_download", args=["csv"])
    world.grow(3)
    with CaptureQueriesContext(connection) as queries:
        _body(client.get(url))
    world.grow(27)
    with django_assert_max_num_queries(len(queries)):
        assert len(_csv(client.get(url))) == 1 + 3 * 2 + 27 * 2


def test_lists_link_their_downloads_with_their_filters(client, rows):
    page = client.get(reverse("kb:quote_list") + f"?tema={rows['theme'].slug}&sida=1").content.decode()
    assert f'href="/citat/export.csv?tema={rows["theme"].slug}"' in page
    assert "Ladda ner de filtrerade citaten" in page
    page = client.get(rows["org"].get_absolute_url()).content.decode()
    assert f'href="/citat/export.excel.csv?organisation={rows["org"].slug}"' in page
    assert f'href="/dokument/export.json?organisation={rows["org"].slug}"' in page
    page = client.get(rows["person"].get_absolute_url()).content.decode()
    assert f'href="/dokument/export.csv?forfattare={rows["person"].slug}"' in page
    page = client.get(rows["theme"].get_absolute_url()).content.decode()
    assert f'href="/citat/export.csv?tema={rows["theme"].slug}"' in page
