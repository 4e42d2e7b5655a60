"""`make bench-parse` rewrites the table of bench/RESULTS-parse.md and must keep the notes written under it by hand
(what was measured beside what, on which machine): twice a rerun dropped them before this was so."""

from bench.parse_speed import notes_after_table

RESULTS = (
    "# Parse throughput\n\n| text | MB/s |\n| --- | --- |\n| many | 0.73 |\n\n"
    "Measured beside a05fe1f on the same machine.\n\n| text | MB/s |\n| --- | --- |\n| old | 0.76 |\n"
)


def test_the_notes_under_the_first_table_are_kept_whole():
    assert notes_after_table(RESULTS) == (
        "\nMeasured beside a05fe1f on the same machine.\n\n| text | MB/s |\n| --- | --- |\n| old | 0.76 |\n"
    )


def test_a_file_with_only_a_table_or_none_at_all_has_no_notes():
    assert notes_after_table("# Parse throughput\n\n| text | MB/s |\n| --- | --- |\n| many | 0.73 |\n") == ""
    assert notes_after_table("") == ""
