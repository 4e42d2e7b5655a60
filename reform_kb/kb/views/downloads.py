"""Downloads of the lists as CSV and JSON, streamed, with the lists' filters (issue 13, item 4).

/dokument/export.csv?tema=… holds the documents /dokument/?tema=… lists, in the same order; so do
/citat/export.csv and the theme's, organisation's and person's links, which are these URLs with the
filter set. Three formats:

- `csv`: UTF-8 with a byte order mark, comma-separated: without the mark Excel reads the file as
  Windows-1252 and å, ä and ö come out garbled;
- `excel.csv`: the same with semicolons, which Excel expects where the decimal separator is a comma,
  as in Swedish: with commas it puts each row in one cell;
- `json`: an array of objects with the API's English keys.

Everything is written row by row from `exports.records()`, a chunk of rows read at a time, so the
memory a download takes does not grow with the list (bench/csv_memory.py); a streamed response is
never put in the page cache.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator

from django.http import StreamingHttpResponse

from reform_kb.pipeline.swedish import slugify_sv

from .. import exports

BOM = "\ufeff"
# (delimiter, content type) per format; JSON has none.
CSV_FORMATS = {"csv": ",", "excel.csv": ";"}
# A cell Excel would read as a formula; written with a leading apostrophe, which Excel shows as text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class FormatConverter:
    """The formats of a download URL: export.csv, export.excel.csv, export.json."""

    regex = r"csv|excel\.csv|json"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


class _Line:
    """A file-like object whose write() returns what it was given: csv.writer then formats one row."""

    def write(self, value: str) -> str:
        return value


def _cell(value) -> str | int:
    if value is None:
        return ""
    if isinstance(value, list):
        value = "; ".join(value)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_lines(rows: Iterable[dict], columns, delimiter: str) -> Iterator[str]:
    """The CSV file as lines: the byte order mark and the headings first, then one line per row."""
    writer = csv.writer(_Line(), delimiter=delimiter)
    yield BOM + writer.writerow([c.heading for c in columns])
    for row in rows:
        yield writer.writerow([_cell(row[c.key]) for c in columns])


def json_lines(rows: Iterable[dict]) -> Iterator[str]:
    """A JSON array, one object per line."""
    yield "["
    for i, row in enumerate(rows):
        yield ("," if i else "") + "\n" + json.dumps(row, ensure_ascii=False)
    yield "\n]\n"


def _filename(name: str, selected: dict, fmt: str) -> str:
    """citat.csv, or citat-tema-barn.csv for a filtered list: what it holds, in ASCII-safe letters."""
    parts = [name, *(f"{f.param}-{slugify_sv(value)}" for f, value in selected.items())]
    return "-".join(p for p in parts if p)[:150] + "." + fmt


def streamed(rows: Iterable[dict], columns, fmt: str, filename: str) -> StreamingHttpResponse:
    """The download response for `rows` in format `fmt` (a key of CSV_FORMATS, or "json")."""
    if fmt == "json":
        response = StreamingHttpResponse(json_lines(rows), content_type="application/json; charset=utf-8")
    else:
        response = StreamingHttpResponse(
            csv_lines(rows, columns, CSV_FORMATS[fmt]), content_type="text/csv; charset=utf-8"
        )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def document_download(request, fmt: str):
    rows, selected = exports.document_rows(request.GET)
    records = exports.records(rows, exports.DOCUMENT_COLUMNS, request.build_absolute_uri)
    return streamed(records, exports.DOCUMENT_COLUMNS, fmt, _filename("dokument", selected, fmt))


def quote_download(request, fmt: str):
    rows, selected = exports.quote_rows(request.GET)
    records = exports.records(rows, exports.QUOTE_COLUMNS, request.build_absolute_uri)
    return streamed(records, exports.QUOTE_COLUMNS, fmt, _filename("citat", selected, fmt))
