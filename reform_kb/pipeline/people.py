"""People in Swedish text: presenting phrases, names in running text, and the people a document knows.

People are read from the phrases journalists use to present them: "Heike Erkers, förbundsordförande i
Akademikerförbundet SSR" and "Visions förbundsordförande Veronica Magnusson". Their roles and
organisations are read by `roles`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .abbreviations import mask, unmask
from .definite_titles import DEFINITE_TITLE_RE, DEFINITE_WORD_RE, indefinite_title, indefinite_titles
from .names import (
    FULL_NAME,
    FULL_NAME_RE,
    NAME_TOKEN,
    NOT_NAME_WORDS,
    PARTY,
    is_genitive_name,
    is_name_token,
    looks_like_name,
    opens_name,
    party_code,
)
from .organisations import OrganisationMatcher
from .party_genitives import party_after_title, with_party_genitive
from .people_index import PeopleIndex
from .records import PersonMention
from .role_phrases import job_clause, organisation_of_place, split_role
from .roles import NameInText, presented_role

# A title after a name with the comma left out, as hurried attributions do: "säger Anna Berg ordförande
# i Vision". Only a word that is a title, so "Anna Berg när lagen kom" stays no presentation.
_BARE_TITLE = (
    r"[a-zåäö-]*(?:minister|ordförande|chef|direktör|utredare|ansvarig|sekreterare|handläggare|socionom|"
    r"professor|forskare|docent|talesperson|ombudsman|samordnare|strateg|ledamot|råd|jurist|expert|"
    r"analytiker|förhandlare|ekonom|rektor|präst|läkare|sjuksköterska|socialsekreterare|enhetschef|"
    # Round 18: the -ledare and -konsulent of agencies and projects ("säger Eva Ek processledare på X").
    r"ledare|konsulent|kurator|psykolog|pedagog|koordinator|representant|företrädare|inspektör)(?:en|n|et)?"
)
_TITLE_WORD_RE = re.compile(_BARE_TITLE)
_PERSON_START_RE = re.compile(
    rf"^(?P<name>{FULL_NAME}|{NAME_TOKEN})(?![\w:])(?:\s*{PARTY})?\s*"
    r"(?:,\s*(?P<role>.*)|\s+(?P<where>(?:på|i|vid|från|hos|inom) .*)|\s+som (?:är )?(?P<relative>.*)"
    # Round 44 (the former test43's d4338): "säger Maria vars dotter …", a clause on what is the person's.
    r"|\s+vars\s.*"
    # Round 14: the bare title may follow a genitive ("Eva Lind (s) socialnämndens ordförande i …").
    rf"|\s+(?P<bare>(?:[a-zåäö-]+s\s+)?{_BARE_TITLE}\b.*))?$"
)
_RELATIVE_START_RE = re.compile(r"^som (?:är|var) ")
_VERB_AFTER_TITLE_RE = re.compile(
    # Round 15: and the common finite verbs a sentence goes on with ("Eva Ek försäljningschef på X har nya förslag").
    r"(?<!\bsom)\s+(?=[a-zåäö]{3,}(?:ade|erade)\b|(?:säger|sa|sade|menar|konstaterar|berättar|har|hade|är|var|vill|ska|kan)\b)"
)
# The sentence going on after the presentation: "Lars Ek (V), vice ordförande i nämnden, säger att …", and
# any finite verb there (round 6): "Lena Ek, socialchef i Skövde, bekräftar bilden", "…, har arbetat länge".
# A title never ends in "-ar", "-er", "-ade" or "-te", and "-nde" is a title's ("ordförande"), not a verb's;
# nor in a deponent's "-as" (round 13: "…, fältarbetare vid socialtjänsten, hoppas att …").
_SAYING_CLAUSE_RE = re.compile(
    r",\s+(?:säger|sa|sade|skrev|menar|berättar|anser|tycker|konstaterar|skriver|påpekar|understryker|framhåller"
    r"|är|var|har|hade|blir|blev|kan|ska|vill|får|[a-zåäö]{2,}(?:ar|er|ade|te)|[a-zåäö]+[^n\W]de|[a-zåäö]{3,}as"
    # Round 30: "X, ordförande i nämnden, varför kostnaderna …": a question word or conjunction opens a clause.
    r"|varför|hur|vad|när|att|eftersom|medan|men|vilket|innan"
    # Round 36 (the former test35's d3565, d3568): a short verb ("…, församlingskurator, ser fler …") or "och"
    # going on with the sentence ("…, säger nämndens ordförande Karin Ek (S), och fortsätter:").
    r"|ser|ger|tar|går|gör|står|tror|och|samt)\b"
)


def parse_person_phrase(phrase: str, matcher: OrganisationMatcher | None = None) -> PersonMention | None:
    """A person from a presenting phrase (see `_parse_person_phrase`); a fresh record each call, since
    callers adjust it, while the parse itself is remembered (a paragraph is read several times)."""
    parsed = _parse_person_phrase_cached(phrase, matcher)
    return PersonMention(*parsed) if parsed else None


@lru_cache(maxsize=4096)
def _parse_person_phrase_cached(
    phrase: str, matcher: OrganisationMatcher | None
) -> tuple[str, str, str | None, str] | None:
    person = _parse_person_phrase(mask(phrase), matcher)  # "Eva Ek, t.f. chef": see abbreviations.py
    return (unmask(person.name), unmask(person.role), unmask(person.organisation), person.party) if person else None


def _parse_person_phrase(phrase: str, matcher: OrganisationMatcher | None = None) -> PersonMention | None:
    """A person from a presenting phrase, in either Swedish order:

    "Heike Erkers, förbundsordförande i Akademikerförbundet SSR" (name, role), "Visions förbundsordförande
    Veronica Magnusson" and "socialtjänstminister Camilla Waltersson Grönvall (M)" (role before name).
    Photo credits ("Foto: …") are dropped first; they never name the person shown."""
    phrase = re.split(r"\s*\b(?:Foto|Bild|Fotograf|Illustration)\s*:", phrase)[0]
    phrase = " ".join(phrase.split()).strip(" .;,")  # round 21: a paragraph may end on the role's comma
    if not phrase:
        return None
    m = _PERSON_START_RE.match(phrase)
    # A title without a comma follows a full name only: "Södertäljes socialnämndsordförande Kerstin Malm"
    # is a genitive before a title, not a one-word name.
    bare_after_one_word = m is not None and m.group("bare") and " " not in m.group("name")
    # Round 10: "Skåne Stadsmissions direktor Anders Pramborn", "Röda Korsets direktor …": two capitalised words
    # in the genitive before a title and a name are an organisation's, not the speaker's name.
    genitive_before_title = (
        m is not None and m.group("bare") and m.group("name").endswith("s") and _ENDS_IN_NAME_RE.search(m.group("bare"))
    )
    if m and looks_like_name(m.group("name")) and not bare_after_one_word and not genitive_before_title:
        return _name_then_role(m, matcher)
    return (
        _role_then_name(phrase, matcher)
        or _role_name_workplace(phrase, matcher)
        or _role_name_relative(phrase, matcher)
        or _role_name_role(phrase, matcher)
    )


def _role_name_role(phrase: str, matcher: OrganisationMatcher | None) -> PersonMention | None:
    """ "regionrådet Eva Ek (S), 1:e vice ordförande i nämnden i Region X, som …": a title before the name and
    another after its comma (round 18); the role is both, as the person is presented, the sentence after the
    next comma the writer's."""
    first = next(FULL_NAME_RE.finditer(phrase), None)
    if first is None or not phrase[first.end() :].lstrip().startswith(","):
        return None
    person = _role_then_name(phrase[: first.end()], matcher)
    if person is not None and person.role and _SAYING_CLAUSE_RE.match(phrase[first.end() :].lstrip()):
        return person  # "nämndens ordförande Karin Ek (S), och fortsätter": the title before the name alone
    after = _SAYING_CLAUSE_RE.split(phrase[first.end() :].lstrip(" ,"), maxsplit=1)[0].split(",", 1)[0]
    if person is None or not person.role or not after[:1].isalnum() or after[:1].isupper():
        return None
    role, org = split_role(after.strip(" ."), matcher)
    person.role = f"{person.role}, {role}" if role else person.role
    person.organisation = person.organisation or org
    return person


# Round 14: "regionrådet Tor Holm (s) som är ordförande i samrådet": a title before the name, a relative clause
# after it; the title before the name is the role. Round 39 (the former test38's d3805): any clause, "säger
# kommunchef Kajsa Ek som håller ihop gruppen", not only one with "är" or "var".
_RELATIVE_AFTER_NAME_RE = re.compile(r"(?<=[\w)])\s+som\s+(?=[a-zåäö])")


def _role_name_relative(phrase: str, matcher: OrganisationMatcher | None) -> PersonMention | None:
    cut = _RELATIVE_AFTER_NAME_RE.search(phrase)
    return _role_then_name(phrase[: cut.start()], matcher) if cut else None


_ENDS_IN_NAME_RE = re.compile(rf"\s{FULL_NAME}$")
_WORKPLACE_SPLIT_RE = re.compile(r"\s+(?=(?:på|vid|hos|från|inom|i)\s)")
_ENDS_IN_PREPOSITION_RE = re.compile(r"(?:^|\s)(?:på|vid|hos|från|inom|i|för)$")


def _role_name_workplace(phrase: str, matcher: OrganisationMatcher | None) -> PersonMention | None:
    """ "enhetschefen Eva Ek på socialkontoret i Mora": a title before the name, the workplace after it
    (without a gazetteer, as attributions are first found, any workplace phrase will do)."""
    first = None  # round 13: where no workplace is known ("… i Jakobstad", abroad), the person and title still are
    for split in _WORKPLACE_SPLIT_RE.finditer(phrase):
        person = _role_then_name(phrase[: split.start()], matcher)
        if person and matcher is None:
            return person
        org = organisation_of_place(phrase[split.end() :], matcher) if person else None
        if org:
            person.organisation = person.organisation or org
            return person
        first = first or person
    return first


_AUXILIARY_START_RE = re.compile(r"^(?:har|hade|ska|skulle|kommer|kan|kunde|vill|ville|brukar)\b")
# Round 34 (the former test33's d3330): a subordinate clause drops its "har", so a supine may open it ("som
# engagerat sig i Tjejjouren", "som varit medlem i Vision"): what the person did, no title either.
_SUPINE_START_RE = re.compile(r"^(?:[a-zåäö]+(?:at|it|tt) sig|varit|jobbat|arbetat|verkat|suttit|bott|engagerat)\b")
# "som idag arbetar med …", "som numera är …": when the clause says it is true, not what (round 12).
_NOW_RE = re.compile(r"^(?:i ?dag|numera|nuförtiden|just nu|nu) (?:är )?", re.IGNORECASE)


def _name_then_role(m: re.Match, matcher: OrganisationMatcher | None) -> PersonMention:
    """ "Anna Berg, socialchef i Lund", "Anna Berg på Socialstyrelsen", "Anna Berg som är socialchef"."""
    if m.group("where"):  # "Anna Berg på Socialstyrelsen": an organisation, no title
        role, org = "", organisation_of_place(m.group("where"), matcher)
    elif m.group("relative") is not None:  # "Anna Berg som är socialchef i Lund", "som jobbar som kurator"
        relative = _NOW_RE.sub("", m.group("relative"))
        role, org = job_clause(relative, matcher) or (
            split_role(relative, matcher)
            # Round 12: "som är socialchef i Lund": a title, then where it is held, as after a comma.
            if matcher and (matcher.find_all(relative) or _TITLE_WORD_RE.fullmatch(relative.split(" ")[0]))
            # Round 8: "säger Laila Ek som är verksamhetschef": a title alone is the role too.
            else (relative.strip(" ."), None)
            if _TITLE_WORD_RE.fullmatch(relative.strip(" .").split(" ")[-1]) and len(relative.split()) <= 3
            else ("", None)
        )
        # Round 20: "som har arbetat inom X": no title; nor with its "har" left out (round 34).
        role = "" if _AUXILIARY_START_RE.match(role) or _SUPINE_START_RE.match(role) else role
    else:
        # "Anders Holm, som är ordförande för Vision": a relative clause presenting the title.
        role_text = _SAYING_CLAUSE_RE.split(m.group("role") or m.group("bare") or "", maxsplit=1)[0]
        # Round 8: "X (M), kommunstyrelsens ordförande konstaterade att …": the title's sentence goes on
        # without a comma; a past-tense verb ("-ade") is never part of a title.
        role_text = _VERB_AFTER_TITLE_RE.split(role_text, maxsplit=1)[0]
        if _RELATIVE_START_RE.match(role_text):
            # "Anna Holm, som är verksamhetschef på X, har arbetat …": the clause ends at its comma, where the
            # sentence about her goes on (round 6).
            role_text = role_text.split(",", 1)[0]
        elif role_text.startswith("som ") and (workplace := job_clause(role_text[4:], matcher)):
            return PersonMention(m.group("name"), *workplace, party_code(m.group("party")))
        elif role_text.startswith("som "):
            role_text = ""  # round 32: "Eva, som inte vill framgå med efternamn, …": an aside, no title
        role_text, party = party_after_title(role_text, m.group("party"))
        # Round 29: "Eva Ek, KD:s talesperson": the party's genitive is her party, as before a name.
        owned = with_party_genitive(PersonMention(m.group("name"), _RELATIVE_START_RE.sub("", role_text)))
        role, org = split_role(owned.role, matcher)
        return PersonMention(m.group("name"), role, org, party_code(party) or owned.party)
    return PersonMention(name=m.group("name"), role=role, organisation=org, party=party_code(m.group("party")))


_COMPOUND_ELLIPSIS_RE = re.compile(r"^(?P<head>(?:[a-zåäö]+-,? )+(?:och|eller) )(?P<last>[a-zåäö]+)$")


def _role_then_name(phrase: str, matcher: OrganisationMatcher | None) -> PersonMention | None:
    """ "Visions förbundsordförande Veronica Magnusson": the name is the last run of capitalised words,
    ending the phrase."""
    last = None
    for candidate in FULL_NAME_RE.finditer(phrase):
        last = candidate
    if last is None or phrase[last.end() :].strip(" ,."):
        return None
    # round 30: "säger psykiatriberedningens ordförande, Monica Selin": the comma before the name is not the role's
    name, pre = last.group("name"), phrase[: last.start()].strip(" ,")
    if any(_WORKPLACE_SPLIT_RE.match(pre, n.end()) for n in FULL_NAME_RE.finditer(pre)):
        return None  # round 23: "rådgivare Eva Ek på X i Egentliga Finland": the name is Eva Ek, not the place
    if _ENDS_IN_PREPOSITION_RE.search(pre):
        return None  # round 29: "…, planeringschef på Telia Danmark": a workplace ends the phrase, not a name
    # A genitive organisation may have been swallowed into the name ("Visions Veronica …" is rare; but
    # "Humanas biträdande …" is not): keep only the trailing name tokens that read as names.
    tokens = name.split()
    while len(tokens) > 2 and not is_name_token(tokens[0]):
        pre = f"{pre} {tokens.pop(0)}".strip()
    name = " ".join(tokens)
    if not looks_like_name(name):
        return None
    role, org = split_role(pre, matcher)
    ellipsis = _COMPOUND_ELLIPSIS_RE.match(role)  # round 9: "vård- och omsorgschefen" is one title
    head, word = (ellipsis.group("head"), ellipsis.group("last")) if ellipsis else ("", role)
    definite = DEFINITE_TITLE_RE.fullmatch(word) or DEFINITE_WORD_RE.fullmatch(word)
    # "säger kommunalrådet Daniel Bernmar": a kommunalråd; round 27: "kassören och … ordföranden", two posts.
    role = head + indefinite_title(word) if definite else indefinite_titles(role) or role
    return with_party_genitive(PersonMention(name, role, org, party_code(last.group("party"))))


@dataclass
class PersonSpan:
    start: int
    end: int
    person: PersonMention


def find_people(
    text: str, matcher: OrganisationMatcher | None = None, index: PeopleIndex | None = None
) -> list[PersonSpan]:
    """People named in running text: full names, and first names the document already knows.

    A name followed by ", role" or preceded by a role ("Humanas biträdande kvalitetsdirektör …") gets
    that role and organisation (see `roles.ROLE_STRATEGIES`). A name never overlaps an organisation's
    name or a name found before it; full names are looked for before first names.
    """
    text = mask(text)  # "Eva Ek, t.f. chef": an abbreviation's point ends no presentation (abbreviations.py)
    org_spans = [(o.start, o.end) for o in matcher.find_all(text)] if matcher else []
    found: list[PersonSpan] = []
    patterns = [FULL_NAME_RE]
    if index and index.people:
        patterns.append(_FirstNames(frozenset(n.split()[0] for n in index.people)))
    for pattern in patterns:
        for m in pattern.finditer(text):
            start, end = m.span("name")
            if _overlaps(start, end, [*org_spans, *((p.start, p.end) for p in found)]):
                continue
            named = _name_at(m.group("name"), start, pattern is FULL_NAME_RE, index)
            if named is None:
                continue
            start, name = named
            if _PLACE_AFTER_RE.match(text, m.end()):
                continue  # "Hedvig Eleonora kyrka", "Olof Palmes gata": a place named after someone
            if " " in name and is_genitive_name(name, text[m.end() :]):
                name = name[:-1]  # "Eva Lindqvists rapport": Eva Lindqvist
            person = PersonMention(name, party=party_code(m.groupdict().get("party")))
            presented_role(NameInText(text, start, text[m.end() :], matcher, person))
            found.append(PersonSpan(start, end, person))
    for span in found:
        span.person.role, span.person.organisation = unmask(span.person.role), unmask(span.person.organisation)
    return sorted(found, key=lambda p: p.start)


# Round 16: a church, school, street or park named after a person is no person.
_PLACE_AFTER_RE = re.compile(
    r"\s+(?:kyrka|kyrkan|församling|kapell|skola|skolan|gymnasium|gymnasiet|sjukhus|gata|gatan|väg|vägen|torg|"
    r"park|parken|plan|stiftelse|minnesfond|fond)\b"
)


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _name_at(
    matched: str, start: int, full_names_only: bool, index: PeopleIndex | None
) -> tuple[int, str] | None:
    """(start, name) of the name in `matched` (found at `start`) without the sentence-opening words
    before it ("Enligt Anna Berg"), or None when what is left is no name."""
    tokens = matched.split()
    while tokens and not opens_name(tokens):
        start += len(tokens.pop(0)) + 1
    if len(tokens) > 2 and _TITLE_WORD_RE.fullmatch(tokens[0].lower()):
        # "Socialchef Johan Ek kallar det …": a title opening the sentence is capitalised, not a name (round 6).
        start += len(tokens.pop(0)) + 1
    # A party or a title after a full name ends it: "Eva Ek Miljöpartiet", "Bo Ek Socialminister" on a line
    # of their own (a word of an organisation's name, "Oxford Brookes University", makes none a name).
    while len(tokens) > 2 and _ends_name(tokens[-1]) and is_name_token(tokens[-2]):
        tokens.pop()
    if not tokens or (len(tokens) == 1 and full_names_only):
        return None
    if not all(is_name_token(t) or (t.endswith("s") and is_name_token(t[:-1])) for t in tokens[1:]):
        return None
    name = " ".join(tokens)
    if index and name.endswith("s") and name[:-1] in index.people:
        name = name[:-1]  # genitive: "Rebecca Svenssons egen uppväxt"
    return start, name


def _ends_name(token: str) -> bool:
    """Whether a capitalised word after a name is none of it: a common noun or sentence word, not a word
    of an organisation's name."""
    return not is_name_token(token) and token not in NOT_NAME_WORDS


class _FirstNames:
    """Finds the first names a document already knows, as the alternation
    ``(?<![\\w:])(?P<name>Anna|Bo|…)(?!\\w|:s\\b)`` would (leftmost, then longest, never overlapping),
    with `str.find`: the set grows as a document is read, and compiling a regex for each set cost more
    than the search itself."""

    def __init__(self, firsts: frozenset[str]):
        self.firsts = firsts

    def finditer(self, text: str):
        found: dict[int, int] = {}
        for name in self.firsts:
            at = text.find(name)
            while at != -1:
                end = at + len(name)
                if _stands_alone(text, at, end):
                    found[at] = max(found.get(at, 0), end)
                at = text.find(name, at + 1)
        last = 0
        for at in sorted(found):
            if at >= last:
                last = found[at]
                yield _NameMatch(text, at, last)


def _stands_alone(text: str, at: int, end: int) -> bool:
    """Whether text[at:end] is a whole word: no word character or colon before it, no word character
    after it, and no genitive ":s" ending it."""
    return (
        not (at and _is_word_char_or_colon(text[at - 1]))
        and not (end < len(text) and _is_word_char(text[end]))
        and not (text.startswith(":s", end) and not (end + 2 < len(text) and _is_word_char(text[end + 2])))
    )


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _is_word_char_or_colon(ch: str) -> bool:
    return ch.isalnum() or ch in "_:"


@dataclass(frozen=True)
class _NameMatch:
    """The little of `re.Match` that `find_people` uses."""

    text: str
    at: int
    stop: int

    def span(self, group: str = "name") -> tuple[int, int]:
        return self.at, self.stop

    def end(self) -> int:
        return self.stop

    def group(self, group: str) -> str:
        return self.text[self.at : self.stop]

    def groupdict(self) -> dict[str, str]:
        return {"name": self.group("name")}
