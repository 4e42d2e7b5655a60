"""The people one document knows, merged by name: the index `find_people`'s finds go into, so that a later
"säger Heike Erkers" or "säger Suzan" gets the role and organisation the document gives elsewhere. Used by
mentions.py and quotes/speakers.py."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .records import PersonMention

# Round 13: "Ulla Berg, en av fältarbetarna" says which group she is one of, not her title; a presentation
# elsewhere in the document ("Ulla Berg, fältarbetare vid socialtjänsten") is her role.
_VAGUE_ROLE_RE = re.compile(r"^(?:en|ett|någon|några) av ")

# Round 24 (the former test23's d2338): a lower-case title and a short name, "minister Kiuru", "ordförande Lind".
_TITLED_SHORT_NAME_RE = re.compile(r"^(?P<title>[a-zåäö][\w-]*(?: [a-zåäö][\w-]*)?) (?P<name>[A-ZÅÄÖ][\w-]+)$")


def _vague(role: str | None) -> bool:
    return bool(role and _VAGUE_ROLE_RE.match(role))


@dataclass
class PeopleIndex:
    """The people one document names, merged by name, so "säger Heike Erkers" can borrow the role and
    organisation given elsewhere and "säger Suzan" can find "Suzan Berg"."""

    people: dict[str, PersonMention] = field(default_factory=dict)

    def add(self, person: PersonMention) -> PersonMention:
        known = self.people.get(self.full_name(person.name))
        if known is None:
            self.people[person.name] = PersonMention(
                person.name, person.role, person.organisation, person.party
            )
            return self.people[person.name]
        if person.role and (not known.role or (_vague(known.role) and not _vague(person.role))):
            known.role = person.role
        if not known.organisation and person.organisation:
            known.organisation = person.organisation
        if not known.party and person.party:
            known.party = person.party
        return known

    def full_name(self, name: str) -> str:
        """The full name for a shorter one the document uses later: the first name ("Suzan" → "Suzan
        Berg") or the surname ("Erkers", "Waltersson Grönvall"), when only one person fits."""
        tokens = name.split()
        longer = [n for n in self.people if len(n.split()) > len(tokens)]
        fuller = {n for n in longer if n.split()[-len(tokens) :] == tokens}
        if len(tokens) == 1:
            fuller |= {n for n in longer if n.split()[0] == name}
        return next(iter(fuller)) if len(fuller) == 1 else name

    def enrich(self, person: PersonMention) -> PersonMention:
        """`person` under its full name with the role and organisation the document gives elsewhere."""
        name = self.full_name(person.name)
        known = self.people.get(name)
        if known is None:
            return PersonMention(name, person.role, person.organisation, person.party)
        role = known.role if _vague(person.role) and known.role else person.role
        return PersonMention(
            name,
            role or known.role,
            person.organisation or known.organisation,
            person.party or known.party,
        )

    def knows_first_name(self, token: str) -> bool:
        return any(n.split()[0] == token for n in self.people)

    def titled_short_name(self, words: str) -> PersonMention | None:
        """ "konstaterar minister Kiuru": a title and the short name of someone the document presents in full
        ("familje- och omsorgsminister Krista Kiuru"); the title is no role of its own when theirs ends with it."""
        m = _TITLED_SHORT_NAME_RE.match(words)
        name = m and self.full_name(m.group("name"))
        if not m or name == m.group("name"):
            return None
        title, role = m.group("title"), self.people[name].role
        return PersonMention(m.group("name"), "" if role and role.endswith(title.removesuffix("n")) else title)
