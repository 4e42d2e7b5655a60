"""The corpus scorer (corpus/score) on a tiny invented part: what it counts, and what it says when texts are
missing or changed. No database and no pipeline: the parsed documents are made by hand, so each test pins one
rule of the scorer."""

import json
from datetime import date

import pytest

from corpus.score import main
from corpus.score.check import problems
from corpus.score.compare import organisation_key, overlap
from corpus.score.gold import load_part, sha256
from reform_kb.pipeline.records import ParsedDocument, ParsedQuote, PersonMention

TEXT = "\n".join(
    [
        "Meny Sök Logga in",  # 0 boilerplate
        "",
        "TEMA: NY LAG",  # 2 kicker
        "Ny lag ger stöd",  # 3 title
        "7 december 2025",  # 4 date
        "Socialtjänsten får nya uppgifter.",  # 5 ingress
        "Text: Anna Berg Foto: Karl Ek",  # 6 byline
        "– Det här är en stor dag för oss, säger Lena Holm, ordförande i Vision.",  # 7 body
        "Kommunen menar att lagen behövs.",  # 8 body
    ]
)
SPOKEN = "Det här är en stor dag för oss"
REPORTED = "att lagen behövs"


def annotation(text_id="d001"):
    start = TEXT.index(SPOKEN)
    reported = TEXT.index(REPORTED)
    return {
        "id": text_id,
        "lines": [
            [0, "boilerplate"],
            [2, "kicker"],
            [3, "title"],
            [4, "date"],
            [5, "ingress"],
            [6, "byline"],
            [7, "body"],
            [8, "body"],
        ],
        "documents": [
            {
                "title": "Ny lag ger stöd",
                "title_lines": [3],
                "start_line": 2,
                "end_line": 8,
                "published": "2025-12-07",
                "updated": None,
                "kind": "artikel",
                "authors": [{"name": "Anna Berg", "role": "", "organisation": None}],
                "photographers": ["Karl Ek"],
                "organisations": ["Vision"],
                "mentioned_organisations": ["Vision"],
                "mentioned_people": [{"name": "Lena Holm", "role": "ordförande", "organisation": "Vision"}],
                "cut_off": False,
            }
        ],
        "quotes": [
            {
                "document": 0,
                "start": start,
                "end": start + len(SPOKEN),
                "kind": "direct",
                "speaker": "Lena Holm",
                "role": "ordförande",
                "organisation": "Vision",
                "party": None,
                "cut_off": False,
                "shortens": None,
            },
            {
                "document": 0,
                "start": reported,
                "end": reported + len(REPORTED),
                "kind": "reported",
                "speaker": None,
                "role": None,
                "organisation": "Kommunen",
                "party": None,
                "cut_off": False,
                "shortens": None,
            },
        ],
        "notes": "invented",
    }


def write_part(root, name="dev", texts=None, ids=("d001",)):
    (root / "manifest").mkdir(parents=True, exist_ok=True)
    (root / "annotations").mkdir(exist_ok=True)
    (root / "texts").mkdir(exist_ok=True)
    manifest = []
    for text_id in ids:
        manifest.append(
            {
                "id": text_id,
                "url": f"https://example.se/{text_id}",
                "publisher": "Exempel",
                "genre": "magazine",
                "topic": "reform",
                "query": "ny lag ger stöd",
                "sha256": sha256(TEXT),
                "chars": len(TEXT),
            }
        )
        (root / "annotations" / f"{text_id}.json").write_text(
            json.dumps(annotation(text_id)), encoding="utf-8"
        )
        text = (texts or {}).get(text_id, TEXT)
        if text is not None:
            (root / "texts" / f"{text_id}.txt").write_text(text, encoding="utf-8")
    (root / "manifest" / f"{name}.json").write_text(json.dumps(manifest), encoding="utf-8")


def good_document(quote_text=SPOKEN, quote_kind="direct", **changes):
    quote = ParsedQuote(
        quote_text, 0, len(quote_text), quote_kind, PersonMention("Lena Holm", "ordförande", "Vision")
    )
    fields = dict(
        title="Ny lag ger stöd",
        body="Socialtjänsten får nya uppgifter.\n\n" + TEXT.split("\n")[7],
        source_file="d001.txt",
        position=0,
        kind="artikel",
        published=date(2025, 12, 7),
        authors=[PersonMention("Anna Berg")],
        organisations=["Vision"],
        mentioned_organisations=["Vision"],
        quotes=[quote],
    )
    return ParsedDocument(**{**fields, **changes})


def run(root, *argv, docs=None):
    return main(
        list(argv),
        root=root,
        parse=lambda name, text: docs if docs is not None else [good_document()],
        seeds=False,
    )


def row(report, field):
    line = next(line for line in report.splitlines() if line.startswith(field + " "))
    tp, fp, fn, prec, recall, f1, acc = line.split()[1:]
    return int(tp), int(fp), int(fn), float(f1)


def test_a_perfect_parse_scores_one_on_every_field(tmp_path):
    write_part(tmp_path)
    report = run(tmp_path)
    assert "== dev: 1 of 1 texts scored" in report
    for field in (
        "documents.found",
        "documents.title",
        "documents.date",
        "documents.authors",
        "documents.mentioned_people",
        "quotes.text",
        "quotes.speaker",
        "quotes.organisation",
    ):
        assert row(report, field)[3] == 1.0, field


def test_a_cookie_banner_taken_as_a_document_is_spurious(tmp_path):
    write_part(tmp_path)
    banner = ParsedDocument("Meny Sök Logga in", "Meny Sök Logga in", "d001.txt", 0)
    report = run(tmp_path, "--misses", "--part", "dev", docs=[banner, good_document()])
    assert row(report, "documents.found")[:3] == (1, 1, 0)
    assert "spurious document 'Meny Sök Logga in'" in report


def test_a_kicker_taken_as_title_is_found_by_its_place_but_the_title_is_wrong(tmp_path):
    write_part(tmp_path)
    report = run(tmp_path, docs=[good_document(title="TEMA: NY LAG")])
    assert row(report, "documents.found")[:3] == (1, 0, 0)
    assert row(report, "documents.title")[:3] == (0, 1, 1)


def test_a_missed_document_misses_its_fields_and_quotes_too(tmp_path):
    write_part(tmp_path)
    report = run(tmp_path, docs=[])
    assert row(report, "documents.found")[:3] == (0, 0, 1)
    assert row(report, "documents.authors")[:3] == (0, 0, 1)
    assert row(report, "documents.mentioned_people")[:3] == (0, 0, 2)
    assert row(report, "quotes.text")[:3] == (0, 0, 1)  # the reported speech is optional


def test_a_quote_with_its_attribution_glued_on_still_matches_when_it_overlaps_half(tmp_path):
    assert overlap(SPOKEN + ", säger Lena Holm", SPOKEN) >= 0.5
    assert overlap("stor dag", SPOKEN) < 0.5
    write_part(tmp_path)
    report = run(tmp_path, docs=[good_document(quote_text=SPOKEN + ", säger Lena Holm")])
    assert row(report, "quotes.text")[:3] == (1, 0, 0)
    report = run(tmp_path, docs=[good_document(quote_text="stor dag")])
    assert row(report, "quotes.text")[:3] == (0, 1, 1)


def test_reported_speech_taken_as_a_direct_quote_is_a_false_positive(tmp_path):
    write_part(tmp_path)
    doc = good_document()
    doc.quotes.append(ParsedQuote(REPORTED, 0, len(REPORTED), "direct"))
    report = run(tmp_path, "--misses", "--part", "dev", docs=[doc])
    assert row(report, "quotes.text")[:3] == (1, 1, 0)
    assert "reported speech taken as direct quote" in report


def test_a_photographer_is_never_one_of_the_people(tmp_path):
    write_part(tmp_path)
    doc = good_document(authors=[PersonMention("Anna Berg"), PersonMention("Karl Ek")])
    report = run(tmp_path, docs=[doc])
    assert row(report, "documents.mentioned_people")[:3] == (2, 1, 0)
    assert row(report, "documents.authors")[:3] == (1, 1, 0)


def test_missing_and_changed_texts_are_named_and_the_rest_is_scored(tmp_path):
    write_part(tmp_path, ids=("d001", "d002", "d003"), texts={"d002": None, "d003": TEXT + " ändrad"})
    report = run(tmp_path)
    assert "== dev: 1 of 3 texts scored" in report
    assert "d002: text missing (texts/d002.txt): re-obtain it with the search tool" in report
    assert "d003: checksum differs (texts/d003.txt)" in report
    assert row(report, "documents.found")[:3] == (1, 0, 0)


def test_misses_are_never_listed_for_a_test_part(tmp_path):
    write_part(tmp_path)
    write_part(tmp_path, name="test3", ids=("t301",))
    report = run(tmp_path, "--misses", "--part", "test3", docs=[])
    assert "Misses are listed for the development part and the seeds only" in report
    assert "missed document" not in report
    assert "missed document 'Ny lag ger stöd'" in run(tmp_path, "--misses", "--part", "dev", docs=[])


def test_an_unknown_part_is_refused_with_the_names_of_the_parts(tmp_path, capsys):
    write_part(tmp_path)
    with pytest.raises(SystemExit):
        run(tmp_path, "--part", "test9")
    assert "the parts are dev" in capsys.readouterr().err


def test_the_checker_finds_a_line_without_role_and_a_quote_with_its_dash(tmp_path):
    write_part(tmp_path)
    assert problems(load_part("dev", tmp_path)) == []
    broken = annotation()
    broken["lines"] = broken["lines"][:-1]
    broken["quotes"][0]["start"] -= 2
    (tmp_path / "annotations" / "d001.json").write_text(json.dumps(broken), encoding="utf-8")
    found = problems(load_part("dev", tmp_path))
    assert "dev/d001: line 8 has no role" in found
    assert any("quote 0: starts or ends with a dash" in p for p in found)


def test_a_quote_found_in_two_pieces_around_its_attribution_counts_once(tmp_path):
    """Gold keeps "A, säger X. B" as one quote; a parser may give A and B: that is the quote, found."""
    text = "– Det här är en stor dag för oss, säger Lena Holm. Vi har väntat länge på lagen."
    gold = annotation()
    gold["lines"] = [[0, "body"]]
    gold["documents"][0].update(title_lines=[], start_line=0, end_line=0)
    gold["quotes"] = [{**gold["quotes"][0], "start": 2, "end": len(text)}]
    write_part(tmp_path, texts={"d001": text})
    (tmp_path / "annotations" / "d001.json").write_text(json.dumps(gold), encoding="utf-8")
    manifest = json.loads((tmp_path / "manifest" / "dev.json").read_text(encoding="utf-8"))
    manifest[0]["sha256"] = sha256(text)
    (tmp_path / "manifest" / "dev.json").write_text(json.dumps(manifest), encoding="utf-8")
    doc = good_document(quote_text="Det här är en stor dag för oss")
    doc.quotes.append(ParsedQuote("Vi har väntat länge på lagen.", 0, 29, "direct"))
    report = run(tmp_path, docs=[doc])
    assert row(report, "quotes.text")[:3] == (1, 0, 0)
    assert row(report, "quotes.speaker")[:3] == (1, 0, 0)


def test_the_checker_finds_a_quote_given_to_a_document_it_is_not_in(tmp_path):
    write_part(tmp_path)
    broken = annotation()
    broken["documents"][0]["end_line"] = 6  # the quote stands on line 7
    (tmp_path / "annotations" / "d001.json").write_text(json.dumps(broken), encoding="utf-8")
    assert "dev/d001: quote 0: lines 7–7 outside document 0" in problems(load_part("dev", tmp_path))


def test_a_part_without_any_text_says_so_before_its_empty_figures(tmp_path):
    write_part(tmp_path, ids=("d001", "d002"), texts={"d001": None, "d002": None})
    report = run(tmp_path)
    assert "== dev: 0 of 2 texts scored" in report
    assert "None of its texts can be scored: corpus/texts/ is missing them" in report


def test_as_pages_gives_the_parser_each_pages_address_and_site_name(tmp_path):
    write_part(tmp_path)
    pages = []

    def parse(name, text, page=None):
        pages.append(page and (page["url"], page["publisher"]))
        return [good_document()]

    main([], root=tmp_path, parse=parse, seeds=False)
    report = main(["--as-pages"], root=tmp_path, parse=parse, seeds=False)
    assert pages == [None, ("https://example.se/d001", "Exempel")]
    assert "== dev: 1 of 1 texts scored, as pages" in report


def test_a_text_the_pipeline_fails_on_is_named_and_scored_as_nothing_found(tmp_path):
    write_part(tmp_path, ids=("d001", "d002"))

    def parse(name, text):
        if name == "d002.txt":
            raise AttributeError("a rule's bug")
        return [good_document()]

    report = main([], root=tmp_path, parse=parse, seeds=False)
    assert "d002: the pipeline failed (AttributeError); scored as nothing found" in report
    assert row(report, "documents.found")[:3] == (1, 0, 1)


def test_a_quote_given_in_two_parts_is_found_once_and_its_other_part_is_not_extra():
    """A quote split at its attribution: the longer piece matches alone, the shorter one stands inside the
    same gold quote and is neither found nor extra (compare.py's rule for parts)."""
    from corpus.score.compare import match_quotes

    text = "– Det här är en stor dag för oss alla i förbundet, säger Lena Holm. Nu börjar arbetet."
    whole = "Det här är en stor dag för oss alla i förbundet, säger Lena Holm. Nu börjar arbetet."
    gold = [{"start": text.index(whole), "end": len(text), "kind": "direct"}]
    long_part = ParsedQuote("Det här är en stor dag för oss alla i förbundet", 0, 47, "direct")
    short_part = ParsedQuote("Nu börjar arbetet.", 0, 18, "direct")
    elsewhere = ParsedQuote("Något helt annat som sades senare", 0, 33, "direct")
    pairs, extra, missed = match_quotes([long_part, short_part, elsewhere], gold, text)
    assert [p for p, _ in pairs] == [long_part]
    assert extra == [elsewhere]
    assert missed == []


def test_an_organisation_counts_by_identity_not_by_how_it_is_written():
    """The annotator writes what the page prints, the pipeline the reference list's name: the same organisation."""
    assert organisation_key("IVO") == organisation_key("Inspektionen för vård och omsorg")
    assert organisation_key("regeringen") == organisation_key("Regeringen")
    assert organisation_key("Västerås stad") == organisation_key("Västerås kommun") == organisation_key("Västerås")
    assert organisation_key("Vision") != organisation_key("Kommunal")
    assert organisation_key("Lunds universitet") != organisation_key("Lunds kommun")


def test_a_mentioned_organisation_written_otherwise_is_found_and_a_wrong_one_is_still_extra(tmp_path):
    write_part(tmp_path)
    doc = good_document(mentioned_organisations=["vision", "Kommunal"])
    report = run(tmp_path, "--misses", "--part", "dev", docs=[doc])
    assert row(report, "documents.mentioned_organisations")[:3] == (1, 1, 0)
    assert "mentioned_organisations: extra ['Kommunal'], missing []" in report


def test_a_municipality_written_in_the_genitive_is_the_same_municipality():
    """Round 38: "Göteborgs kommun" is Göteborg's municipality, which the reference list calls Göteborgs stad."""
    assert organisation_key("Göteborgs kommun") == organisation_key("Göteborgs stad")
    assert organisation_key("Stockholms kommun") == organisation_key("Stockholm")
    assert organisation_key("Borås kommun") == organisation_key("Borås Stad")  # Borås ends in s itself
    assert organisation_key("Lunds kommun") != organisation_key("Lunds universitet")


def test_a_document_whose_gold_title_is_empty_is_not_judged_on_its_title_and_the_checker_asks_for_null(tmp_path):
    """An empty title is a text without a headline, as null is: the documents are matched by place either way,
    so the title the pipeline shows for it (its first words, flagged) is neither right nor wrong."""
    write_part(tmp_path)
    untitled = annotation()
    untitled["documents"][0]["title"] = ""
    untitled["documents"][0]["title_lines"] = []
    (tmp_path / "annotations" / "d001.json").write_text(json.dumps(untitled), encoding="utf-8")
    report = run(tmp_path, docs=[good_document(title="Socialtjänsten får nya uppgifter")])
    assert row(report, "documents.found")[:3] == (1, 0, 0)
    assert row(report, "documents.title")[:3] == (0, 0, 0)
    assert "dev/d001: document 0: title is empty; a text with no headline has title null" in problems(
        load_part("dev", tmp_path)
    )
