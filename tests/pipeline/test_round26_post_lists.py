"""A think tank's post list as its template prints it (round 26, issue 10: the shape of the former test part
test25's d2564): each headline twice (the image's alt text straight under the previous teaser, then the
heading), the date with the writer's name run into the year, and the teaser's "läs mer" run into its last
sentence.

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

from reform_kb.pipeline.segment.datelines import split_dateline
from reform_kb.pipeline.segment.lines import page_lines

from .invented_pages import parse_page

POST_LIST = (
    "Analys och debatt om välfärdens framtid\n\n"
    "Hemtjänsten efter reformen\n\n"
    "Hemtjänsten efter reformen\n\n"
    "3 mars, 2024\n"
    "Den nya lagen ger kommunerna mer ansvar för förebyggande arbete. Men vad betyder det i vardagen... läs mer\n"
    "Ett år med nya socialtjänstlagen\n\n"
    "Ett år med nya socialtjänstlagen\n\n"
    "1 mars, 2024Maja Lindström\n"
    "Reformen skulle göra socialtjänsten mer förebyggande. Nu har det gått ett år och de första... läs mer\n"
    "Bostad först i fler kommuner\n\n"
    "Bostad först i fler kommuner\n\n"
    "20 februari, 2024Jonas Bergkvist\n"
    "Allt fler kommuner prövar att ge hemlösa ett eget kontrakt först. Resultaten är lovande... läs mer\n"
)


def test_each_post_of_a_list_with_doubled_headlines_is_a_document_with_its_date_and_writer():
    documents = parse_page(POST_LIST)
    assert [d.title for d in documents] == [
        "Hemtjänsten efter reformen",
        "Ett år med nya socialtjänstlagen",
        "Bostad först i fler kommuner",
    ]
    assert [d.published.isoformat() for d in documents] == ["2024-03-03", "2024-03-01", "2024-02-20"]
    assert [[a.name for a in d.authors] for d in documents] == [[], ["Maja Lindström"], ["Jonas Bergkvist"]]
    assert not any("läs mer" in d.body for d in documents)


def test_a_writer_run_into_the_year_is_a_byline_but_a_comment_count_is_not():
    assert split_dateline("1 mars, 2024Maja Lindström") == ["1 mars, 2024", "Av Maja Lindström"]
    assert "Av No Comments" not in split_dateline("31 december, 2023No Comments")


def test_a_read_more_link_run_into_a_teaser_leaves_the_sentence_and_marks_the_teaser():
    line = page_lines(["Reformen har gett kommunerna nya uppgifter... läs mer"])[0]
    assert line.text == "Reformen har gett kommunerna nya uppgifter..."
    assert line.read_more
    kept = page_lines(["Vill du läsa mer om reformen finns en broschyr på biblioteket"])[0]
    assert kept.text.endswith("biblioteket") and not kept.read_more
