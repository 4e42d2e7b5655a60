"""A person presented by a sentence with "är": "Anna Berg är socialchef i Lunds kommun", "Eva Ek är forskare",
"Mats Ek är socialsekreterare där och berättar …" (one of the ways roles.py reads a name in running text)."""

from __future__ import annotations

import re

from .name_in_text import NameInText
from .names import NAME_TOKEN
from .role_phrases import PLACES, split_role

# An occupation or a title, and what may join a second one: "forskare", "socialsekreterare och
# familjebehandlare", "biträdande enhetschef".
OCCUPATION = (
    r"(?:biträdande |vice |tf\.? |före detta )?[a-zåäö-]*(?:ordförande|chef|direktör|utredare|ansvarig|sekreterare|"
    r"handläggare|socionom|professor|forskare|docent|talesperson|ombudsman|samordnare|strateg|ledamot|jurist|"
    r"ekonom|analytiker|rektor|läkare|sköterska|psykolog|kurator|behandlare|pedagog|assistent|rådgivare|"
    r"konsulent|ledare|terapeut|lärare|arbetare|utvecklare|kommunikatör|föreståndare|präst|diakon|pastor)"
)
OCCUPATION_RE = re.compile(rf"^{OCCUPATION}(?: (?:och|samt) {OCCUPATION})?$")
OCCUPATION_START_RE = re.compile(rf"^{OCCUPATION}\b")
# Round 48 (the former test47's d4704): an interview's greeting presents its subject in the second person, "Hej
# Anna Berg, du är projektledare för …".
_IS_ROLE_RE = re.compile(r"(?:,\s+du)? är ([^.;:]+?)\s*(?:[.;:]|$)")
# A title held in a municipality's or region's own bodies: its organisation is the one the text is about.
_MUNICIPAL_TITLE_RE = re.compile(
    r"^(?:[a-zåäö-]*(?:kommunalråd|regionråd|oppositionsråd|nämndsordförande)\b|"
    r"(?:vice )?ordförande i [a-zåäö-]*nämnden\b)"
)


def role_after_is(n: NameInText) -> bool:
    """ "Anna Berg är socialchef i Lunds kommun.": a title naming an organisation after "är"."""
    is_after = _IS_ROLE_RE.match(n.after)
    if not is_after:
        return False
    if not n.organisations_in(is_after.group(1)):
        # "Gustaf Ek (KD) är kommunalråd med ansvar för äldrefrågor:": a municipal title, its municipality
        # left to the reader (`Speakers.resolve` gives the one the text is about). "Eva Ek är forskare och
        # nationalekonom.": an occupation, short, with no organisation.
        phrase = is_after.group(1)
        if not (_MUNICIPAL_TITLE_RE.match(phrase) or (len(phrase) <= 60 and OCCUPATION_RE.match(phrase))):
            return _title_at_acronymed_name(n, phrase) or _title_then_clause(n, phrase)
        n.person.role = phrase
        return True
    n.person.role, n.person.organisation = split_role(is_after.group(1), n.matcher)
    return True


# Round 34 (the former test33's d3338): "Mats Ek är socialsekreterare där och berättar att …": an occupation, then
# "där" (the place the sentence before named) or the sentence going on with "och" and a verb.
# Round 37 (the former test36's d3637): or a workplace the gazetteer does not know, by its capitalised name,
# before the verb: "Anna Holm är samordnare på Barnahus Sjuhärad och säger …". The verb must follow, so the
# name cannot run on into a sentence.
_TITLE_THEN_CLAUSE_RE = re.compile(
    rf"^(?P<role>{OCCUPATION})(?:(?P<there> där)|\s+(?:på|vid|hos)\s+(?P<workplace>{NAME_TOKEN}(?: {NAME_TOKEN}){{0,2}}))?"
    r"(?: och (?P<verb>[a-zåäö]+r)\b.*)?$"
)
_LAST_SENTENCE_RE = re.compile(r"(?:^|[.!?]\s+)(?P<sentence>[^.!?]+[.!?])\s*$")


def _title_then_clause(n: NameInText, phrase: str) -> bool:
    """The title of "är socialsekreterare där och berättar …", and for "där" the one organisation the
    sentence before names (none when it names none or several)."""
    m = _TITLE_THEN_CLAUSE_RE.match(phrase)
    if not m or not (m.group("there") or m.group("verb")) or OCCUPATION_START_RE.match(m.group("verb") or ""):
        return False
    n.person.role = m.group("role")
    workplace = m.group("workplace")
    if workplace and m.group("verb") and workplace not in PLACES:
        # A place ("på Gotland") is no employer; a workplace named as its own is.
        n.person.organisation = workplace
        return True
    before = _LAST_SENTENCE_RE.search(n.window) if m.group("there") else None
    orgs = {o.name for o in n.organisations_in(before.group("sentence"))} if before else set()
    if len(orgs) == 1:
        n.person.organisation = orgs.pop()
    return True


# Round 48 (the former test47's d4738): "Eva Ek är ordförande i Hemlösa i Ekby (HIE) och …": a workplace the
# gazetteer does not know, given with its own acronym, which makes it an organisation, not a place ("i Ekby").
_TITLE_AT_ACRONYMED_NAME_RE = re.compile(
    rf"^(?P<role>{OCCUPATION})\s+(?:i|på|vid|hos)\s+"
    rf"(?P<workplace>{NAME_TOKEN}(?:(?: i| för| och)? {NAME_TOKEN}){{0,3}})\s+\((?P<acronym>[A-ZÅÄÖ]{{2,6}})\)"
)


def _title_at_acronymed_name(n: NameInText, phrase: str) -> bool:
    m = _TITLE_AT_ACRONYMED_NAME_RE.match(phrase)
    if not m:
        return False
    n.person.role, n.person.organisation = m.group("role"), m.group("workplace")
    return True
