"""Organisations a text names once in full with their acronym in brackets, then by the acronym alone (round 45,
from the development part: "Forum för Familjevård (FfF)", "Assyrien Kulturcenter (AKC)", "Independent Living
Institute (ILI) … säger X, jurist på ILI").

Swedish, like English, introduces a short name this way; the full name is the organisation's own, and within
that text the acronym means it, even where the gazetteer knows another organisation by the same letters
("Sveriges kvinno- och tjejjourers riksförbund (SKR)" is not Sveriges Kommuner och Regioner). So a defined
acronym is read as its full name wherever the document gives an organisation: mentioned, speaking, or as a
person's employer; and the full name is mentioned (created flagged for review when the gazetteer lacks it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .names import PARTY_BY_LETTER
from .organisations import OrganisationMatcher
from .records import OrganisationInfo, ParsedDocument

# "(ACR)": two to seven letters, capital first, as acronyms are written ("FfF", "Akfb", "SiS").
_BRACKETED_RE = re.compile(r"\((?P<acronym>[A-ZÅÄÖ][A-Za-zÅÄÖåäö&]{1,6})\)")
# The words before it, in the same sentence: at most eight.
_WORDS_BEFORE_RE = re.compile(r"(?:[\wÅÄÖåäö&-]+[ \t]+){1,8}$")
# Small words an acronym may take a letter from or leave out: "Forum för Familjevård (FfF)", "Riksförbundet
# för social och mental hälsa (RSMH)" leave none out, "Lagen om stöd och service" would.
_FUNCTION_WORDS = frozenset({"för", "och", "i", "om", "av", "på", "mot", "med", "till", "vid", "de", "det"})
# What the bracket names after a heading word that is no organisation's: a law, a method, a programme.
_NOT_ORGANISATION_RE = re.compile(
    r"(?i)^(?:lag(?:en)?|förordning(?:en)?|metod(?:en)?|program(?:met)?|modell(?:en)?|projekt(?:et)?|"
    r"kommentar(?:er|erna)?|det|den|de)\b|lag(?:en)?$|terapi$"
)
# A word of an organisation's name: a name in capitals beyond its first word ("Forum för Familjevård"), or a
# word for a body ("Assyriska kvinnoförbundet", "Statens institutionsstyrelse"); "Arbetsintegrerande socialt
# företagande (ASF)" is a term, not a body.
_BODY_WORD_RE = re.compile(
    r"(?i)förbund|förening|styrelse|verk(?:et)?$|institut|cent(?:er|r)|råd|nämnd|myndighet|stiftelse|organisation|"
    r"akademi|högskol|universitet|jour|mission|kyrk|sällskap|allians|nätverk|bolag|fond|kår|union|byrå"
)


@dataclass(frozen=True)
class Definition:
    name: str  # the full name, as the text writes it
    acronym: str
    start: int  # where the full name begins in the text
    end: int  # where the bracket ends


def _spells(words: list[str], letters: str) -> bool:
    """Whether the words' initials spell `letters` in order: each word other than a small one gives its first
    letter, and may give more from inside it, as a compound's parts do ("Kulturcenter" gives K and C); a small
    word gives its first letter or nothing."""
    if not words:
        return not letters
    word, rest = words[0].lower(), words[1:]
    if word in _FUNCTION_WORDS and _spells(rest, letters):
        return True
    if not letters or word[0] != letters[0]:
        return False
    inside, taken = word[1:], 1
    # Try the fewest letters from inside this word first, then more (compounds).
    while True:
        if _spells(rest, letters[taken:]):
            return True
        if taken >= len(letters):
            return False
        at = inside.find(letters[taken])
        if at < 0:
            return False
        inside, taken = inside[at + 1 :], taken + 1


def definitions(text: str) -> list[Definition]:
    """Each "Full Name (ACR)" of `text` whose longest capitalised run of words before the bracket spells
    the acronym; party letters ("(MP)") and laws or methods ("Lagen om valfrihet (LOV)") are left out."""
    found = []
    for m in _BRACKETED_RE.finditer(text):
        acronym = m.group("acronym")
        if acronym.upper() in PARTY_BY_LETTER or not re.search(r"[A-ZÅÄÖ].*[A-ZÅÄÖ]|^[A-ZÅÄÖ][a-zåäö]{1,3}$", acronym):
            continue
        before = _WORDS_BEFORE_RE.search(text, max(0, m.start() - 120), m.start())
        if not before:
            continue
        words = before.group(0).split()
        letters = acronym.replace("&", "").lower()
        for first in range(len(words)):  # the longest run first: a compound may spell a shorter one's letters
            run = words[first:]
            if len(run) >= 2 and run[0][0].isupper() and _spells(run, letters):
                name = _without_genitive(" ".join(run), text)
                body_like = any(w[0].isupper() for w in run[1:]) or any(_BODY_WORD_RE.search(w) for w in run)
                if body_like and not _NOT_ORGANISATION_RE.search(name):
                    start = text.rfind(run[0], before.start(), m.start())
                    found.append(Definition(name, acronym, start, m.end()))
                break
    return found


def _without_genitive(name: str, text: str) -> str:
    """ "Forum för Familjevård" of "Forum för Familjevårds (FfF) medlemmar", when the text writes it so too."""
    if name.endswith("s") and text.count(name[:-1]) > text.count(name):
        return name[:-1]
    return name


def expand_acronyms(doc: ParsedDocument, matcher: OrganisationMatcher) -> None:
    """The document's organisations with each defined acronym read as its full name (see the module's
    docstring); a fragment of the full name that another rule took for a name is replaced as well."""
    text = f"{doc.title}\n\n{doc.body}"
    defined = definitions(text)
    if not defined:
        return
    replace: dict[str, str] = {}
    fulls = []
    for d in defined:
        full = matcher.resolve(d.name)
        if full is None:
            full = d.name
            doc.add_new_organisation(OrganisationInfo(name=d.name, kind="annan"))
        fulls.append(full)
        replace.update((surface, full) for surface in _surfaces_of(d, full, doc, matcher, text) if surface not in replace)
    mentioned = [replace.get(name, name) for name in [*doc.mentioned_organisations, *fulls]]
    doc.mentioned_organisations = list(dict.fromkeys(mentioned))
    people = [*(q.speaker for q in doc.quotes if q.speaker), *doc.mentioned_people, *doc.authors]
    for person in people:
        person.organisation = replace.get(person.organisation or "", person.organisation)
    for quote in doc.quotes:
        quote.organisation = replace.get(quote.organisation or "", quote.organisation)
    doc.new_organisations = [o for o in doc.new_organisations if o.name not in replace]


def _surfaces_of(d: Definition, full: str, doc: ParsedDocument, matcher: OrganisationMatcher, text: str) -> list[str]:
    """The names that mean `full` in this text: the acronym; the gazetteer's organisation of those letters,
    unless the text names it in full as well; and a fragment of the full name another rule took for a name
    ("Organisationen Veterinär Omtanke Om" of "… Om Våldsutsatta (VOOV)")."""
    known = matcher.resolve(d.acronym)
    surfaces = [d.acronym, *([known] if known and known not in text else [])]
    first_word, around = d.name.split()[0], text[max(0, d.start - 40) : d.end]
    surfaces += [name for name in doc.mentioned_organisations if first_word in name and name in around]
    return [surface for surface in surfaces if surface != full]
