"""Property-based fuzzing of the text pipeline: whatever a page's text holds, parsing ends without an error
and every quote points at its own words (in the body, or in the title for a headline quote).

The texts are built from the pieces real pages are made of (names, verbs of saying, quotation marks and
dashes in every form, dates, bylines, captions, organisations, bullets, no-break spaces, blank lines), so
the rules' regular expressions meet the odd joins real texts have: a quotation glued to a full stop, a
dash at the end of the text, a date alone, an empty line of spaces. A round-3 rule failed on an unseen real
text for want of such a join (a sentence end or 'vision.se' just before a quotation, its look-back finding
no sentence start): without the fix this test finds it within 3,000 examples ('Eva Lindqvist\n?–Eva
Lindqvist'), and it passed 20,000 with the fix; the named case below pins it. It later found a second one
(a verb of saying followed by nothing but a question mark); with both fixed, 30,000 examples pass.
"""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reform_kb.pipeline.organisations import reference_organisations
from reform_kb.pipeline.parse import parse_file
from reform_kb.pipeline.records import ParseContext

CONTEXT = ParseContext(organisations=reference_organisations())

PIECES = [
    "Eva Lindqvist",
    "Karl Nord (S)",
    "socialchef i Borgviks kommun",
    "ordförande i Vision",
    "säger",
    "skriver",
    "menar",
    "enligt",
    "hon",
    "Kommunal",
    "Socialstyrelsen",
    "Sveriges Kommuner och Regioner",
    "socialnämnden",
    "i kommunen",
    "Det är bra",
    "vi behöver fler",
    "Ny lag",
    "TEMA: NY LAG",
    "12 mars 2024",
    "2024-03-12",
    "Publicerad",
    "Uppdaterad",
    "Av",
    "Text:",
    "Foto:",
    "Läs mer",
    "Etikettarkiv: Stöd",
    "Remissvar",
    "Yttrande över",
    "vision.se",
    "3.5 procent",
    "t.ex.",
    "Kommunen har under året sett ett växande behov av stöd till familjer med barn som har "
    "funktionsnedsättningar, och nämnden vill nu pröva nya arbetssätt i hela socialtjänsten",
    "”",
    '"',
    "»",
    "«",
    "–",
    "-",
    "—",
    "•",
    ".",
    ":",
    ",",
    "?",
    "!",
    "(",
    ")",
    "\u00a0",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "\n\n",
]

TEXTS = st.lists(st.sampled_from(PIECES), min_size=1, max_size=120).map("".join)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_any_text_parses_and_every_quote_points_at_its_words(text):
    for doc in parse_file("fuzz.txt", text, CONTEXT):
        for quote in doc.quotes:
            where = doc.title if getattr(quote, "in_title", False) else doc.body
            assert where[quote.start : quote.end] == quote.text


LONG = (
    "Kommunen har under året sett ett växande behov av stöd till familjer med barn som har "
    "funktionsnedsättningar, och nämnden vill nu pröva nya arbetssätt i hela socialtjänsten. "
) * 3


def test_a_quotation_whose_sentence_holds_an_address_or_a_decimal_parses():
    """The look-back for an organisation speaking ended on 'vision.se' or '3.5' and found no sentence start."""
    for sentence in (
        "Förbundet skriver på vision.se att ”Vi behöver fler socialsekreterare i hela landet”.",
        "Andelen steg till 3.5 procent och förbundet skriver: ”Vi behöver fler socialsekreterare i hela landet.”",
    ):
        (doc,) = parse_file("x.txt", f"Ny lag om stöd\n\n{LONG}{sentence}\n", CONTEXT)
        assert [q.text for q in doc.quotes][-1].startswith("Vi behöver fler socialsekreterare")


def test_a_verb_of_saying_followed_by_nothing_but_punctuation_parses():
    """'… säger ?' (a no-break space before the mark): the attribution's tail holds no word (found by the
    fuzz test above, from its own saved example)."""
    text = "Eva Lindqvist" * 9 + "\u00a0säger\u00a0?"  # the fuzzer's own example: a run-on line of names
    for doc in parse_file("x.txt", text, CONTEXT):
        assert all(doc.body[q.start : q.end] == q.text for q in doc.quotes)
