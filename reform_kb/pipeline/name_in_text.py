"""A name found in running text with what surrounds it: what the role strategies (roles.py, comma_roles.py)
read to fill in the person's title and organisation."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from .organisations import OrganisationMatcher
from .records import PersonMention

# Look-behinds use a short window: a whole-paragraph prefix per name would be quadratic.
_WINDOW = 120
# Both look-behinds for a title end at the name; starting them a few words back keeps them from
# trying every position of a long paragraph (a title is never hundreds of letters).
LOOKBACK = 300


@dataclass
class NameInText:
    """A name found in running text with what surrounds it, and the person it is being read as.

    The role strategies read it and fill in `person.role` and `person.organisation`.
    """

    text: str
    start: int  # where the name starts in `text`
    after: str  # the text after the name (and its party marker)
    matcher: OrganisationMatcher | None
    person: PersonMention

    @cached_property
    def window(self) -> str:
        """The few words before the name."""
        return self.text[max(0, self.start - _WINDOW) : self.start]

    def organisations_in(self, text: str) -> list:
        """The organisations named in `text` (none without a gazetteer)."""
        return self.matcher.find_all(text) if self.matcher else []
