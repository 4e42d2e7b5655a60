"""What the parser tests of invented pages share: the reference context, two paragraphs of invented prose, and
the segmenter's call (no database)."""

from reform_kb.pipeline.organisations import reference_organisations
from reform_kb.pipeline.records import ParseContext
from reform_kb.pipeline.segment import split_documents

CONTEXT = ParseContext(organisations=reference_organisations())

PROSE = (
    "Fritidsgårdarna i stadsdelen har fått längre öppettider under vintern, och fältassistenterna går nu "
    "kvällsrundor även på helgerna. Förändringen har mötts av både beröm och frågor från föräldrarna."
)
MORE = (
    "Under våren ska nämnden följa upp hur många unga som hittar dit, och personalen för statistik över "
    "besöken varje vecka. Resultatet redovisas för politikerna i juni."
)


def split(text: str, name: str = "invented.txt"):
    """The documents the segmenter finds in `text`, as a file called `name`."""
    return split_documents(text, name, CONTEXT)
