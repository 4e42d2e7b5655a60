"""Files on their way in: read once, and unchanged ones skipped at a cost that does not grow per file."""

from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from reform_kb.importer.service import import_paths

from .articles import article

pytestmark = pytest.mark.django_db


def folder_of(tmp_path, n: int) -> Path:
    folder = tmp_path / f"kallor-{n}"
    folder.mkdir()
    for i in range(n):
        (folder / f"artikel-{i}.txt").write_text(article(f"Rubrik nummer {i}"), encoding="utf-8")
    return folder


def test_each_file_is_read_once(tmp_path, monkeypatch):
    folder = folder_of(tmp_path, 2)
    reads = []
    read_bytes = Path.read_bytes

    def counting(path):
        if path.parent == folder:
            reads.append(path.name)
        return read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", counting)
    report = import_paths([folder])
    assert report.counts["documents"]["created"] == 2
    assert sorted(reads) == ["artikel-0.txt", "artikel-1.txt"]


def test_skipping_unchanged_files_costs_the_same_queries_for_few_or_many(tmp_path):
    def queries_to_skip(folder):
        import_paths([folder])
        with CaptureQueriesContext(connection) as queries:
            report = import_paths([folder])
        assert all(f.skipped for f in report.files)
        return len(queries), report

    few, _ = queries_to_skip(folder_of(tmp_path, 2))
    many, report = queries_to_skip(folder_of(tmp_path, 6))
    assert few == many
    assert report.counts["quotes"]["unchanged"] == 12
    assert [f.quotes for f in report.files] == [2] * 6
