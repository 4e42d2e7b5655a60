"""A source is known by its path in the folder it was imported from (issue 9, bug 1).

Before, two files with the same name in different folders were one source: the first import
failed one of them (UNIQUE constraint failed: kb_sourcefile.name) and the next deleted the other's
document as removed.
"""

import pytest
from django.core.management import CommandError

from reform_kb.kb.models import Document, Quote, SourceFile

from .articles import article, run_import

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_folders(tmp_path):
    """`a/artikel.txt` and `b/artikel.txt` under one folder, with the same text."""
    root = tmp_path / "kallor"
    for folder in ("a", "b"):
        (root / folder).mkdir(parents=True)
        (root / folder / "artikel.txt").write_text(article(), encoding="utf-8")
    return root


def test_same_name_in_two_folders_imports_both_and_keeps_both(two_folders):
    out, err = run_import(two_folders)
    assert err == ""
    assert "Filer: 2 importerade (0 oförändrade, hoppades över), 0 misslyckade." in out
    assert sorted(SourceFile.objects.values_list("name", flat=True)) == ["a/artikel.txt", "b/artikel.txt"]
    assert sorted(Document.objects.values_list("source_file", flat=True)) == [
        "a/artikel.txt",
        "b/artikel.txt",
    ]
    assert Quote.objects.count() == 4

    out, _ = run_import(two_folders)
    assert "Filer: 2 importerade (2 oförändrade, hoppades över), 0 misslyckade." in out
    assert "inget har ändrats" in out
    assert Document.objects.count() == 2

    (two_folders / "b" / "artikel.txt").write_text(article("Kommunerna går back"), encoding="utf-8")
    out, _ = run_import(two_folders, verbosity=2)
    assert "- borttagen" in out  # b's old document, replaced by its new one …
    assert sorted(Document.objects.values_list("title", flat=True)) == [
        "Kommunerna går back",
        "Socialtjänsten behöver mer resurser",  # … and a's document stays
    ]


def test_a_file_given_directly_is_known_by_its_name(two_folders):
    run_import(two_folders / "a" / "artikel.txt")
    assert SourceFile.objects.get().name == "artikel.txt"
    assert Document.objects.get().source_file == "artikel.txt"


def test_the_same_path_under_two_folders_given_together_fails_the_second(tmp_path, two_folders):
    other = tmp_path / "andra"
    (other / "a").mkdir(parents=True)
    (other / "a" / "artikel.txt").write_text(article("Något helt annat"), encoding="utf-8")
    with pytest.raises(CommandError, match="a/artikel.txt"):
        run_import(two_folders, other)
    assert SourceFile.objects.get(name="a/artikel.txt").path == str(two_folders / "a" / "artikel.txt")
    assert not Document.objects.filter(title="Något helt annat").exists()


def test_an_old_bare_name_key_is_adopted_not_deleted_and_recreated(two_folders):
    """An import before issue 9 stored `artikel.txt` for the file `b/artikel.txt`; importing the
    folder now gives the row, its document and quotes the new key and keeps them."""
    (two_folders / "a" / "artikel.txt").unlink()
    run_import(two_folders / "b" / "artikel.txt")  # keyed by the bare name, as old imports did
    doc = Document.objects.get()
    quotes = set(Quote.objects.values_list("pk", flat=True))
    assert doc.source_file == "artikel.txt"

    out, _ = run_import(two_folders)

    assert "artikel.txt → b/artikel.txt" in out
    assert "Filer: 1 importerade (1 oförändrade, hoppades över), 0 misslyckade." in out
    assert SourceFile.objects.get().name == "b/artikel.txt"
    renamed = Document.objects.get()
    assert renamed.pk == doc.pk
    assert renamed.source_file == "b/artikel.txt"
    assert renamed.import_ref == "b/artikel.txt" + doc.import_ref.removeprefix("artikel.txt")
    assert set(Quote.objects.values_list("pk", flat=True)) == quotes
    assert all(ref.startswith("b/artikel.txt#") for ref in Quote.objects.values_list("import_ref", flat=True))

    out, _ = run_import(two_folders, force=True)
    assert "inget har ändrats" in out
    assert Document.objects.get().pk == doc.pk


def test_an_old_key_is_left_to_the_file_given_by_that_name(two_folders):
    direct = two_folders / "a" / "artikel.txt"
    run_import(direct)
    doc = Document.objects.get()
    run_import(direct, two_folders)  # "artikel.txt" is a key of this run: no file adopts it
    assert sorted(SourceFile.objects.values_list("name", flat=True)) == [
        "a/artikel.txt",
        "artikel.txt",
        "b/artikel.txt",
    ]
    assert Document.objects.get(pk=doc.pk).source_file == "artikel.txt"


def test_an_old_key_from_another_folder_is_not_adopted(tmp_path, two_folders):
    elsewhere = tmp_path / "annat" / "artikel.txt"
    elsewhere.parent.mkdir()
    elsewhere.write_text(article("Något helt annat"), encoding="utf-8")
    run_import(elsewhere)
    run_import(two_folders)
    assert sorted(SourceFile.objects.values_list("name", flat=True)) == [
        "a/artikel.txt",
        "artikel.txt",
        "b/artikel.txt",
    ]
    assert Document.objects.filter(source_file="artikel.txt", title="Något helt annat").exists()


def test_a_file_named_twice_is_imported_once(two_folders):
    out, _ = run_import(two_folders / "a", two_folders / "a" / "artikel.txt")
    assert "Filer: 1 importerade (0 oförändrade, hoppades över), 0 misslyckade." in out
    assert SourceFile.objects.get().name == "artikel.txt"


@pytest.mark.parametrize("stored", ["/gammal/plats/kallor/b/artikel.txt", "b/artikel.txt"])
def test_an_old_key_is_adopted_after_its_folder_moved(two_folders, stored):
    (two_folders / "a" / "artikel.txt").unlink()
    run_import(two_folders / "b" / "artikel.txt")
    SourceFile.objects.update(path=stored)  # imported from another place, or another working directory
    doc = Document.objects.get()
    out, _ = run_import(two_folders)
    assert "artikel.txt → b/artikel.txt" in out
    assert Document.objects.get().pk == doc.pk
