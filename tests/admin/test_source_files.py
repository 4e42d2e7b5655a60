"""Provenance in the admin: imported source files, and where each document came from."""

import pytest
from django.urls import reverse
from django.utils import timezone

from reform_kb.kb.models import SourceFile
from tests.builders import make_document

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:kb_sourcefile_changelist")
CHECKSUM = "3f7a9c" + "0" * 58


@pytest.fixture
def source_files():
    return [
        SourceFile.objects.create(
            name="vision_remissvar.pdf", checksum=CHECKSUM, document_count=1, imported_at=timezone.now()
        ),
        SourceFile.objects.create(
            name="skannad_skrivelse.pdf",
            status=SourceFile.Status.FAILED,
            error="PDF-filen saknar textlager (skannad?)",
        ),
    ]


def test_list_shows_status_error_and_a_short_checksum(admin_client, source_files):
    html = admin_client.get(CHANGELIST).content.decode()
    assert "vision_remissvar.pdf" in html and "skannad_skrivelse.pdf" in html
    assert "PDF-filen saknar textlager (skannad?)" in html
    assert "3f7a9c000000" in html and CHECKSUM not in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [("status__exact=failed", ["skannad_skrivelse.pdf"]), ("q=vision", ["vision_remissvar.pdf"])],
)
def test_list_filters_by_status_and_searches_by_name(admin_client, source_files, query, expected):
    response = admin_client.get(f"{CHANGELIST}?{query}")
    assert [source.name for source in response.context["cl"].result_list] == expected


def test_source_files_are_read_only(admin_client, source_files):
    url = reverse("admin:kb_sourcefile_change", args=[source_files[0].pk])
    response = admin_client.get(url)
    assert response.status_code == 200
    assert b'name="name"' not in response.content
    assert admin_client.get(reverse("admin:kb_sourcefile_add")).status_code == 403
    admin_client.post(url, {"name": "annat.pdf"})
    source_files[0].refresh_from_db()
    assert source_files[0].name == "vision_remissvar.pdf"


def test_document_page_shows_its_provenance_read_only(admin_client):
    document = make_document(source_file="vision_remissvar.pdf", source_position=3, checksum=CHECKSUM)
    response = admin_client.get(reverse("admin:kb_document_change", args=[document.pk]))
    html = response.content.decode()
    assert "vision_remissvar.pdf" in html and CHECKSUM in html
    for field in ("source_file", "source_position", "checksum", "edited_by_editor"):
        assert f'name="{field}"' not in html
