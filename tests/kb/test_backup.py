"""backup_kb and restore_kb: everything, editors' work included, comes back as it was.

The round trips compare complete dumps: every row of every table a backup covers, field by field
(content types and permissions by name, as `flush` renumbers them), and the same search hits.
"""

import json
from datetime import date
from io import StringIO

import pytest
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth.models import Group, Permission, User
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.utils import timezone
from taggit.models import Tag, TaggedItem

from reform_kb.kb import backup, changes, map_summary
from reform_kb.kb.models import Document, OrganisationAlias, PersonAlias, Quote, Role, SourceFile, Theme
from reform_kb.search.api import search
from tests.builders import make_document, make_organisation, make_person, make_quote, make_theme

SHARED_KEY = 1_000_000  # far above what the tests' sequences reach
BODY = "Socialtjänsten ska ge tidiga insatser – ”förebyggande” arbete för äldre och barn.\n\nAndra stycket."


@pytest.fixture
def rich(db):
    """A knowledge base with something in every field backups used to lose (indexed, as after an import)."""
    with changes.bulk():
        return _fill()


def _fill():
    editor = User.objects.create_user(
        "åsa", password="hemligt-lösenord-123", first_name="Åsa", last_name="Öberg", is_staff=True
    )
    editor.groups.add(Group.objects.get(name="Redaktör"))
    reviewers = Group.objects.create(name="Granskare ”extra”")
    reviewers.permissions.add(Permission.objects.get(codename="change_quote"))
    editor.groups.add(reviewers)
    editor.user_permissions.add(Permission.objects.get(codename="view_sourcefile"))
    theme = make_theme(
        "Äldreomsorg i ”hemmet”", keywords="äldreomsorg\nhemtjänst", description="Om ”välfärd” – **nu**"
    )
    parent = make_organisation("Förbundet Ö", short_name="FÖ", description="Riks")
    org = make_organisation("Förbundet Ö Skåne", parent=parent, needs_review=True)
    OrganisationAlias.objects.create(organisation=org, alias="FÖS", kind=OrganisationAlias.Kind.ABBREVIATION)
    person = make_person("Åke Ärlig", organisation=org, title="ordförande", party="S")
    person.organisations.add(org)
    PersonAlias.objects.create(person=person, name="Å. Ärlig")
    Role.objects.filter(person=person).update(first_seen=date(2020, 1, 2), last_seen=date(2025, 6, 30))
    SourceFile.objects.create(
        name="a/artikel.txt", path="/seeds/a/artikel.txt", checksum="a" * 64, parse_key="b" * 64,
        size=1234, status=SourceFile.Status.FAILED, error="Inte UTF-8 – ”trasig”", document_count=1,
        imported_at=timezone.now(),
    )  # fmt: skip
    doc = make_document(
        "Tidiga insatser – ”nu”", body=BODY, organisations=[org], authors=[person], themes=[theme],
        tags=["äldreomsorg", "förebyggande"], pk=SHARED_KEY, import_ref="a/artikel.txt#1", source_file="a/artikel.txt",
        source_position=3, source_url="https://exempel.se/artikel", checksum="c" * 64, needs_review=True,
        review_note="Datum ”oklart”", edited_by_editor=True,
    )  # fmt: skip
    doc.mentioned_organisations.add(parent)
    make_quote(
        doc, "tidiga insatser", speaker=person, organisation=org, tags=["förebyggande"], created_by=editor
    )
    # A quote with its document's key, tagged: taggit's natural key (the object id alone) merged the two.
    quote = make_quote(
        doc, themes=[theme], tags=["äldreomsorg", "citat"], pk=SHARED_KEY,
        speaker=person, speaker_role="ordförande", annotation="**Viktigt** – ”citat”", origin=Quote.Origin.EDITOR,
        import_ref="a/artikel.txt#1/q1", created_by=editor, updated_by=editor, needs_review=True,
        review_note="Talare?", edited_by_editor=True,
    )  # fmt: skip
    LogEntry.objects.create(
        user=editor, content_type=ContentType.objects.get_for_model(Quote), object_id=str(quote.pk),
        object_repr="Viktigt – ”citat”", action_flag=CHANGE, change_message='[{"changed": {"fields": ["Kommentar"]}}]',
    )  # fmt: skip
    return doc, quote


def _value(obj, field):
    if field.is_relation and field.related_model in (ContentType, Permission):
        return getattr(obj, field.name).natural_key()
    return getattr(obj, field.attname)


def dump() -> dict:
    """Every row of every table a backup covers, field by field; the search index aside."""
    return {
        model._meta.label: [
            {f.attname: _value(obj, f) for f in model._meta.concrete_fields if f.name != "search_vector"}
            for obj in model._base_manager.order_by("pk")
        ]
        for model in backup.covered_models()
    }


def hits(text: str) -> list:
    return [(hit.kind, hit.obj.pk) for hit in search(text).hits]


def test_a_backup_covers_every_table_of_the_knowledge_base_and_its_references():
    covered = set(backup.covered_models())
    kb = {m for m in backup.apps.get_app_config("kb").get_models(include_auto_created=True)}
    # Derived tables, kept by the change feed: the content version and the map's summary.
    assert kb - covered == {
        backup.apps.get_model("kb", "ContentVersion"),
        backup.apps.get_model("kb", "MapCell"),
    }
    assert {Tag, TaggedItem, User, Group, User.groups.through, Group.permissions.through, LogEntry} <= covered


@pytest.fixture
def flushed():
    """`flush` renumbers content types; the rollback after the test puts the old numbers back."""
    yield
    ContentType.objects.clear_cache()


def test_backup_and_restore_into_an_emptied_database_give_back_every_row(rich, flushed, tmp_path):
    doc, quote = rich
    before = dump()
    found = hits("insatser")
    assert ("quote", quote.pk) in found and ("document", doc.pk) in found
    assert len(before["taggit.TaggedItem"]) == 5
    path = tmp_path / "kb.json"
    out = StringIO()
    call_command("backup_kb", str(path), stdout=out)
    assert "Säkerhetskopian är sparad" in out.getvalue()
    assert "”citat”" in path.read_text(encoding="utf-8")  # readable UTF-8, not \u escapes

    # An empty database, its content types and permissions numbered anew by post_migrate.
    connection.check_constraints()  # PostgreSQL: no deferred checks pending, or it refuses to TRUNCATE
    call_command("flush", interactive=False, verbosity=0)
    assert Document.objects.count() == 0 and not backup.own_rows()
    out = StringIO()
    call_command("restore_kb", str(path), stdout=out)

    assert "Säkerhetskopian är återställd" in out.getvalue()
    connection.check_constraints()  # every restored key points at a restored row
    assert dump() == before
    assert hits("insatser") == found
    assert hits("hemtjänst") == []  # a theme keyword is not text: the index holds no more than before
    # The map's summary is not in the backup: the change feed counted the restored rows.
    assert map_summary.stored() == map_summary.recount() != {}
    # The sequences follow the restored keys (PostgreSQL): the next quote gets a new one.
    newest = max(Quote.objects.values_list("pk", flat=True))
    assert make_quote(doc, "Andra stycket.").pk > newest
    assert User.objects.get(username="åsa").check_password("hemligt-lösenord-123")


def test_restore_refuses_a_database_that_is_not_empty_and_changes_nothing(rich, tmp_path):
    path = tmp_path / "kb.json"
    call_command("backup_kb", str(path), stdout=StringIO())
    before = dump()
    with pytest.raises(CommandError, match=r"Databasen är inte tom \(.*dokument: 1.*--replace"):
        call_command("restore_kb", str(path), stdout=StringIO())
    assert dump() == before


def test_restore_with_replace_puts_back_what_was_changed_since_the_backup(rich, tmp_path):
    doc, quote = rich
    path = tmp_path / "kb.json"
    call_command("backup_kb", str(path), stdout=StringIO())
    before, found = dump(), hits("förebyggande")
    quote.annotation = "ändrad"
    quote.save()
    quote.tags.set(["annan"])
    make_document("Nytt dokument om förebyggande", tags=["ny"])
    User.objects.create_user("ny")

    call_command("restore_kb", str(path), "--replace", stdout=StringIO())

    assert dump() == before
    assert hits("förebyggande") == found
    assert map_summary.stored() == map_summary.recount() != {}


def test_a_freshly_migrated_database_counts_as_empty(db):
    assert backup.own_rows() == {}


def test_the_natural_key_dump_loses_tags_the_backup_keeps(rich, tmp_path):
    """The measured failure: `dumpdata --natural-primary` keys tagged items by object id alone."""
    out = StringIO()
    call_command("dumpdata", "taggit.taggeditem", natural_primary=True, natural_foreign=True, stdout=out)
    keys = {(row["fields"]["object_id"], tuple(row["fields"]["tag"])) for row in json.loads(out.getvalue())}
    assert len(keys) < TaggedItem.objects.count()  # the document's and the quote's links collide
    path = tmp_path / "kb.json"
    call_command("backup_kb", str(path), stdout=StringIO())
    rows = [
        o
        for o in json.loads(path.read_text(encoding="utf-8"))["objects"]
        if o["model"] == "taggit.taggeditem"
    ]
    assert sorted(r["pk"] for r in rows) == sorted(TaggedItem.objects.values_list("pk", flat=True))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("inte json", "inte en läsbar JSON-fil"),
        ('{"model": "kb.quote"}', "ingen säkerhetskopia från backup_kb"),
        ('{"format": "reform_kb-backup", "version": 99, "objects": []}', "formatversion 99"),
        (
            '{"format": "reform_kb-backup", "version": 1, "schema": {"kb": ["9999_framtid"]}, "objects": []}',
            "migreringar som den här saknar \\(kb.9999_framtid\\)",
        ),
    ],
)
def test_restore_explains_a_file_it_cannot_use(db, tmp_path, content, message):
    path = tmp_path / "kb.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CommandError, match=message):
        call_command("restore_kb", str(path), stdout=StringIO())


def test_restore_rolls_back_a_backup_whose_rows_do_not_fit(db, tmp_path):
    path = tmp_path / "kb.json"
    rows = [{"model": "kb.theme", "pk": 1, "fields": {"name": None, "slug": "x"}}]
    path.write_text(
        json.dumps({"format": "reform_kb-backup", "version": 1, "objects": rows}), encoding="utf-8"
    )
    themes = list(Theme.objects.values_list("pk", flat=True))
    with pytest.raises(CommandError, match="Återställningen avbröts och ingenting ändrades"):
        call_command("restore_kb", str(path), "--replace", stdout=StringIO())
    assert list(Theme.objects.values_list("pk", flat=True)) == themes
