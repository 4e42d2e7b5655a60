"""A role phrase split into its title and its organisation: "förbundsordförande i Akademikerförbundet
SSR", "Visions förbundsordförande", "socialsekreterare i Kalix" (Kalix kommun), and the organisation of a
workplace phrase ("arbetar inom socialtjänsten i Uppsala"). Used by roles.py and people.py.
"""

from __future__ import annotations

import re

from .names import LOWER, NAME_TOKEN, NOT_NAMES, UPPER
from .organisation_forms import municipality_name
from .organisations import OrganisationMatcher

_PREPOSITIONS = ("i", "för", "på", "vid", "hos", "inom", "från", "av", "åt")

# A workplace that ends a role, the gazetteer not knowing it: "sakkunnig på Rädda Barnen", "chef på
# analysbyrån Re-Think" (a noun saying what kind of organisation it is may stand before the name, and
# after "för" only then: "ledare för stiftelsen Hopp"), "ledare för Frälsningsarmén i Sverige och
# Lettland" (the countries or towns it works in are no part of its name).
_ORGANISATION_NOUN = (
    r"[a-zåäö-]*(?:byrån|organisationen|föreningen|förbundet|företaget|stiftelsen|nätverket|bolaget|"
    r"myndigheten|institutet|kooperativet|rörelsen|kyrkan|församlingen)"
)
_WORKPLACE_AFTER_RE = re.compile(
    rf"\s(?:(?:på|hos|vid)\s+(?:{_ORGANISATION_NOUN}\s+)?|för\s+{_ORGANISATION_NOUN}\s+)"
    rf"(?P<org>[{UPPER}][{LOWER}{UPPER}-]+(?:\s+[{UPPER}][{LOWER}{UPPER}-]+){{0,3}})"
    rf"(?:\s+i\s+{NAME_TOKEN}(?:\s+och\s+{NAME_TOKEN})?)?$"
)
# How or where something was said, after the role: "ordförande i nämnden, via ett pressmeddelande".
_CIRCUMSTANCE_AFTER_RE = re.compile(
    r",?\s+(?:via|i|genom|enligt)\s+(?:ett|en)\s+(?:pressmeddelande|kommentar|uttalande|mejl|e-post|"
    r"skriftlig\w*|intervju|debattartikel|blogginlägg)\b.*$"
)


# "en av de aktivister som …": one of a group, whose role is the group's noun in the singular.
_ONE_OF_RE = re.compile(r"^en av (?:de|dem|våra|deras|flera) (?P<noun>[a-zåäö-]{3,}?)(?:er|ar|or)\b")
# "förvaltningschef Socialförvaltningen (i Håbo kommun)": the unit of the organisation, not the title.
_UNIT_AFTER_TITLE_RE = re.compile(
    rf"\s+[{UPPER}][{LOWER}-]*(?:förvaltningen|nämnden|enheten|avdelningen|kontoret|sektionen)$"
)


# Adjectives after a genitive take their weak form ("SKR:s näringspolitiska chef", "Rädda Barnens sakkunnige
# rådgivare"); a role is written in the indefinite form ("näringspolitisk chef", "sakkunnig rådgivare").
_WEAK_ADJECTIVE_RE = re.compile(r"\b(?P<stem>[a-zåäö-]+(?:ig|isk|ell|iv|är))[ae](?= [a-zåäö])")


def after_genitive(title: str) -> str:
    """The title of a genitive role phrase in the indefinite form: "näringspolitisk chef"."""
    return _WEAK_ADJECTIVE_RE.sub(lambda m: m.group("stem"), title)


def split_role(role: str, matcher: OrganisationMatcher | None) -> tuple[str, str | None]:
    """Role text and organisation from "förbundsordförande i Akademikerförbundet SSR" or
    "Visions förbundsordförande"; a group ("en av de aktivister som …") gives its noun."""
    title, org = _split_role(role, matcher)
    one_of = _ONE_OF_RE.match(title)
    if one_of:
        return one_of.group("noun"), org
    if org:
        title = _UNIT_AFTER_TITLE_RE.sub("", title)
    return title, org


def _split_role(role: str, matcher: OrganisationMatcher | None) -> tuple[str, str | None]:
    role = _CIRCUMSTANCE_AFTER_RE.sub("", role.strip()).rstrip(".").strip()
    if matcher is None or not role:
        return role, None
    orgs = matcher.find_all(role)
    if not orgs:
        # "sakkunnig i barnrätt på Rädda Barnen": a capitalised name after "på", "hos" or "vid" that ends
        # the role is the workplace, an organisation the gazetteer does not know yet.
        workplace = _WORKPLACE_AFTER_RE.search(role)
        if workplace and workplace.group("org").split()[0] not in NOT_NAMES:
            return role[: workplace.start()].strip(" ,"), workplace.group("org")
        return _municipal_job(role, matcher)
    org = orgs[0]
    before = role[: org.start].rstrip()
    words = before.split()
    if org.start == 0 and org.surface != org.name and org.surface.endswith("s"):
        # Genitive first: "Visions förbundsordförande" — the role follows the organisation.
        return after_genitive(role[org.end :].strip(" ,")), org.name
    if (
        words[-1:] == ["för"]
        and org.surface != org.name
        and org.surface.endswith("s")
        and role[org.end :].strip()
    ):
        # "koordinator för Neuroförbundets rättsombud": a unit the title is for belongs to the title (a
        # workplace does not: "jurist vid Socialstyrelsens enhet i Umeå" is a jurist).
        return role, org.name
    if words and words[-1] in _PREPOSITIONS:
        before = " ".join(words[:-1])
    return before.strip(" ,"), org.name


# A job in a municipality's social services, then its place: "socialsekreterare i Kalix" works for
# Kalix kommun. Only such jobs: "forskare i Lund" may work anywhere in Lund.
_MUNICIPAL_JOB_RE = re.compile(
    r"^(?P<role>(?:[a-zåäö-]*(?:socialsekreterare|undersköterska|sjuksköterska|handläggare|enhetschef|"
    r"socialchef|verksamhetschef|avdelningschef|förvaltningschef|kommunalråd|kommundirektör|boendestödjare|"
    r"vårdbiträde|personlig assistent|fältassistent|familjebehandlare|socionom)))"
    rf"\s+i\s+(?P<place>{NAME_TOKEN})$"
)


def _municipal_job(role: str, matcher: OrganisationMatcher) -> tuple[str, str | None]:
    """("socialsekreterare", "Kalix kommun") from "socialsekreterare i Kalix"; (role, None) otherwise.

    The municipality's name is the gazetteer's when it knows it ("Lunds kommun", "Malmö stad"), else
    the usual Swedish form: a genitive s after a consonant, none after a vowel, s, x or z."""
    m = _MUNICIPAL_JOB_RE.match(role)
    if not m or m.group("place") in NOT_NAMES:
        return role, None
    place = m.group("place")
    for candidate in (f"{place}s kommun", f"{place} kommun", f"{place}s stad", f"{place} stad"):
        if known := matcher.resolve(candidate):
            return m.group("role"), known
    return m.group("role"), municipality_name(place)


# "Suzan, Katarina och Louise arbetar inom socialtjänsten i Uppsala": where the named people work.
WORKPLACE_RE = re.compile(
    rf"^(?:(?:,\s*| och ){NAME_TOKEN}(?: {NAME_TOKEN})*)*\s+(?:arbetar|jobbar|är anställda?|verkar)\s+"
    r"(?:inom|på|vid|för|hos|i)\s+(?P<where>[^.;]+)"
)
_LOCAL_SERVICE_RE = re.compile(
    rf"\b(?:socialtjänsten|socialförvaltningen|kommunen|förvaltningen|stadsdelen|hemtjänsten|äldreomsorgen|"
    rf"hemsjukvården|äldreförvaltningen)\s+i\s+(?P<place>{NAME_TOKEN})(?!\w)"
)


def organisation_of_place(text: str, matcher: OrganisationMatcher | None) -> str | None:
    """The organisation in a workplace phrase: a named one, or the municipality of "socialtjänsten i X"."""
    if matcher is None:
        return None
    orgs = matcher.find_all(text)
    if orgs:
        return orgs[0].name
    local = _LOCAL_SERVICE_RE.search(text)
    if local:
        place = local.group("place")
        for candidate in (f"{place} kommun", f"{place}s kommun", f"{place} stad"):
            if matcher.resolve(candidate):
                return matcher.resolve(candidate)
        if place not in NOT_NAMES:
            return municipality_name(place)
    return None
