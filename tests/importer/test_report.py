"""The import summary counts what the database holds (issue 9, bug 2).

Before, a file that failed half-way was rolled back but its counts stayed: the summary reported
11 new documents, 54 quotes and 11 people while the database held 1 document, 0 quotes, 3 people.
"""

import pytest

from reform_kb.importer.files import SourceExaminer
from reform_kb.importer.report import ImportReport
from reform_kb.importer.service import import_paths
from reform_kb.kb.models import Document, Person, Quote, Role, SourceFile

from .articles import article

pytestmark = pytest.mark.django_db


def test_file_counts_join_the_totals_only_when_the_block_ends_cleanly():
    report = ImportReport()
    with report.file_counts():
        report.add("documents", "created", label="Sparad")
        report.touch("people", 1)
    with pytest.raises(RuntimeError), report.file_counts():
        report.add("documents", "created", label="Tillbakarullad")
        report.flag("quotes", "Tillbakarullad", "osäker talare")
        report.touch("people", 2)
        raise RuntimeError
    report.add("quotes", "unchanged", 5)  # outside a file: straight to the totals
    report.count_unchanged_entities()
    assert report.counts["documents"] == {"created": 1}
    assert report.counts["quotes"] == {"unchanged": 5}
    assert report.counts["people"]["unchanged"] == 1
    assert [e.label for e in report.events] == ["Sparad"]
    assert report.changed


def test_events_are_kept_only_when_asked_for():
    report = ImportReport(keep_events=False)
    with report.file_counts():
        report.add("documents", "created", label="Sparad")
        report.flag("documents", "Sparad", "saknar datum")
    assert report.counts["documents"] == {"created": 1, "flagged": 1}
    assert report.events == []


@pytest.fixture
def failing_save(monkeypatch):
    """Saving `trasig.txt` fails at its very end, after its documents, quotes and people."""
    record = SourceExaminer.record

    def fail_for_one_file(self, work):
        if work.key == "trasig.txt" and not work.result.error:
            raise RuntimeError("disken är full")
        record(self, work)

    monkeypatch.setattr(SourceExaminer, "record", fail_for_one_file)


def test_a_file_rolled_back_is_not_counted(tmp_path, failing_save):
    folder = tmp_path / "kallor"
    folder.mkdir()
    (folder / "artikel.txt").write_text(article(), encoding="utf-8")
    (folder / "trasig.txt").write_text(
        article("Kommunerna går back", speaker="Bertil Bergström") + "\nPer Persson, ordförande i SKR.\n",
        encoding="utf-8",
    )

    report = import_paths([folder])

    assert [f.key for f in report.failed] == ["trasig.txt"]
    assert "disken är full" in report.failed[0].error
    assert report.failed[0].documents == report.failed[0].quotes == 0
    assert report.counts["documents"]["created"] == Document.objects.count() == 1
    assert report.counts["quotes"]["created"] == Quote.objects.count() == 2
    assert report.counts["people"]["created"] == Person.objects.count() == 1
    assert not Person.objects.filter(name="Bertil Bergström").exists()
    assert {e.label for e in report.events if e.entity == "people"} == {"Anna Andersson"}
    assert SourceFile.objects.get(name="trasig.txt").status == SourceFile.Status.FAILED


def test_role_dates_from_a_file_rolled_back_are_not_written(tmp_path, failing_save):
    early, late = tmp_path / "artikel.txt", tmp_path / "trasig.txt"
    early.write_text(article(), encoding="utf-8")
    import_paths([early])
    late.write_text(article("Kommunerna går back").replace("2024-03-05", "2025-01-10"), encoding="utf-8")
    import_paths([late])
    role = Role.objects.get(person__name="Anna Andersson")
    assert (str(role.first_seen), str(role.last_seen)) == ("2024-03-05", "2024-03-05")
