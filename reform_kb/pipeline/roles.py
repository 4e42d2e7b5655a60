"""The role and organisation of a person named in Swedish text.

A presenting phrase gives them after the name ("Heike Erkers, förbundsordförande i Akademikerförbundet
SSR") or before it ("Visions förbundsordförande Veronica Magnusson"). For a name in running text,
`presented_role` tries the ways journalists present people, in the order of `ROLE_STRATEGIES`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .comma_roles import role_after_comma, role_between_dashes
from .definite_titles import BARE_DEFINITE_TITLES, DEFINITE_TITLE_ENDINGS, RANK, ranked_indefinite_title
from .first_names import is_first_name
from .implied_organisations import implied_organisation
from .is_roles import OCCUPATION, OCCUPATION_START_RE, role_after_is
from .name_in_text import LOOKBACK, NameInText
from .names import AGENT_NOUN_ENDINGS, LOWER, NAME_TOKEN, UPPER
from .party_genitives import party_from_organisation
from .role_phrases import (
    BACK_REFERENCE_KINDS,
    BACK_REFERENCE_RE,
    GROUP_NOUN_RE,
    LOCAL_ORGANISATION_RE,
    SAYING_VERB_BEFORE_RE,
    WORKPLACE_RE,
    after_genitive,
    organisation_of_place,
    singular,
    split_role,
    works_as,
)

__all__ = ["implied_organisation", "presented_role", "NameInText"]

# "Socialchefen i Kalmar kommun, Per Lindqvist, …": a definite title and workplace, then the name.
_APPOSITION_RE = re.compile(
    rf"(?:^|[.!?]\s+|,\s+|\s)(?P<role>[{UPPER}{LOWER}][{LOWER}-]+(?:en|den|ren|n))\s+(?:i|på|vid|för|hos|inom)\s+"
    rf"(?P<where>[^,.;:]+),\s*$"
)


def _indefinite(word: str) -> str:
    """ "socialchef" from "Socialchefen", "förbundsordförande" from "Förbundsordföranden"."""
    word = word[0].lower() + word[1:]
    if word.endswith("en") and word[-3:-2] not in "aeiouyåäö":
        return word[:-2]
    if word.endswith("n") and word[-2:-1] == "e":
        return word[:-1]
    return word


def role_from_apposition(n: NameInText) -> bool:
    """ "Socialchefen i Kalmar kommun, Per Lindqvist, …": a definite title and workplace, then the name."""
    apposition = _APPOSITION_RE.search(n.window) if n.start else None
    orgs = n.organisations_in(apposition.group("where")) if apposition else []
    if not orgs:
        return False
    n.person.role, n.person.organisation = _indefinite(apposition.group("role")), orgs[0].name
    return True


_PRESENTED_BEFORE_RE = re.compile(r"(?:^|[.!?]\s+)(?P<pre>[^.!?,]{3,100}),\s*$")


def role_presented_before(n: NameInText) -> bool:
    """ "SKR:s avdelningschef för vård och omsorg, Henrik Sandell, välkomnar …": the title is set
    before the name between commas; what follows is the sentence going on."""
    presented = _PRESENTED_BEFORE_RE.search(n.window) if n.after.startswith(",") else None
    orgs = n.organisations_in(presented.group("pre")) if presented else []
    if not orgs:
        return False
    if orgs[0].start == 0 and orgs[0].surface != orgs[0].name:
        n.person.role, n.person.organisation = split_role(presented.group("pre"), n.matcher)
    return True


# The comma before "som" is often left out: "Eva Berg som är jurist vid Arbetsmiljöverket har …".
_RELATIVE_ROLE_RE = re.compile(
    r",?\s*som (?P<role>(?:är|var|(?:jobbar|arbetar) som) [^,.;:()]+?)\s*(?:[,.;:]|$)"
)


# Round 11: also the verbs and modals a main clause goes on with ("… som är huvudskyddsombud för ST delar inte …").
_CLAUSE_VERB_RE = re.compile(
    r" (?:är|var|har|hade|blir|tycker|menar|anser|säger|tror|vill|ser|delar|håller|kan|ska|måste|behöver|får|vet|känner)\b"
)


def role_in_relative_clause(n: NameInText) -> bool:
    """ "Linnea Gustafsson, som är ordförande för Vision i Örebro, oroar sig …"; without an organisation,
    a short phrase opening with an occupation ("Eva Berg som är enhetschef på förvaltningen är …")."""
    relative = _RELATIVE_ROLE_RE.match(n.after)
    if not relative:
        return False
    if known := works_as(relative.group("role"), n.matcher):  # "som jobbar som kurator på …"
        n.person.role, n.person.organisation = known
        return True
    # The comma that would close the clause is often left out too: "… som är jurist på förvaltningen är nöjd".
    phrase = _CLAUSE_VERB_RE.split(re.sub(r"^\w+ ", "", relative.group("role")), maxsplit=1)[0]
    if not n.organisations_in(phrase):
        title, place_org = split_role(phrase, n.matcher) if n.matcher else (phrase, None)
        if place_org:  # round 9: "som är socialnämndens ordförande i Uddevalla", a municipality's post
            n.person.role, n.person.organisation = title, place_org
            return True
        if len(phrase) > 60 or not OCCUPATION_START_RE.match(phrase):
            return False
        n.person.role = phrase
        return True
    n.person.role, n.person.organisation = split_role(phrase, n.matcher)
    return True


# Round 32 (the former test31's d3130): the name's own clause says what the person works as, an aside between
# commas allowed: "Eva, som inte vill framgå med efternamn, har arbetat som kurator på Järfälla kvinnojour".
_WORKS_AS_AFTER_RE = re.compile(
    r"^(?:\s*,\s*som\b[^,.;:]{1,80},)?\s+(?:har\s+|hade\s+)?(?:arbetat|jobbat|arbetar|jobbar|arbetade|jobbade)\s+som\s"
)


def role_works_as(n: NameInText) -> bool:
    """ "Eva, som …, har arbetat som kurator på X": the occupation, and the workplace when it is an organisation."""
    m = _WORKS_AS_AFTER_RE.match(n.after)
    known = works_as("arbetar som " + n.after[m.end() :], n.matcher) if m else None
    if known:
        n.person.role, n.person.organisation = known
    return bool(known)


# Round 37 (the former test36's d3660, d3637): the names a sentence presents together share its title: "Eva
# Lindgren och Karin Berg är socialsekreterare i Katrineholms kommun" presents both, not only the name before "är".
_FELLOW_NAMES_RE = re.compile(
    rf"^(?:(?:,\s*|\s+och\s+){NAME_TOKEN}(?:\s+{NAME_TOKEN}){{1,2}})+(?=\s+(?:är|arbetar|jobbar)\s)"
)


def role_shared_with_names_after(n: NameInText) -> bool:
    """ "Eva Ek och Karin Berg är socialsekreterare …": the role the sentence gives the last of the names."""
    fellows = _FELLOW_NAMES_RE.match(n.after)
    if not fellows:
        return False
    last = replace(n, after=n.after[fellows.end() :])
    return role_after_is(last) or role_works_as(last)


def role_as_title(n: NameInText) -> bool:
    """ "När Eva Berg som nyvald förbundsordförande talade …": "som" + a title, no verb, is the role she
    holds."""
    as_title = _AS_TITLE_RE.match(n.after)
    if as_title:
        n.person.role = as_title.group("role")
    return bool(as_title)


_AS_TITLE_RE = re.compile(
    rf"^\s+som (?:(?:nyvald|nyutnämnd|nyanställd|tidigare|dåvarande|nuvarande|tillförordnad) )?(?P<role>{OCCUPATION})"
    r"(?= [a-zåäö]+\b)(?! (?:i|för|på|vid|hos|inom|och)\b)"
)


# A title straight after a name, the comma left out: "Anders Lago ordförande för FUB, som …". Only a word
# that is a title, so "Anna Berg när lagen kom" presents nobody.
_BARE_TITLE_AFTER_RE = re.compile(
    r"^\s+(?P<title>[a-zåäö-]*(?:ordförande|chef|direktör|utredare|ansvarig|sekreterare|handläggare|"
    r"samordnare|strateg|ledamot|jurist|ombudsman|talesperson|generalsekreterare))"
    r"(?P<rest>\s+(?:i|för|på|vid|hos|inom)\s+[^,.;:()]+)?\s*(?:[,.;:]|$)"
)


def role_bare_after(n: NameInText) -> bool:
    """ "Anders Lago ordförande för Riksförbundet FUB, …": the title, and the organisation when it is known;
    an unknown one ("för FUB") leaves the bare title."""
    bare = _BARE_TITLE_AFTER_RE.match(n.after)
    if not bare:
        return False
    role, org = split_role(bare.group(0).strip(" ,.;:"), n.matcher)
    n.person.role, n.person.organisation = (role, org) if org else (bare.group("title"), None)
    return True


_ORGANISATION_AFTER_RE = re.compile(r"^\s+(?:från|på|vid|hos|i)\s+")
# Round 9: a unit named in lower case before its organisation: "på enheten för stöd och utveckling hos Umeå kommun".
_UNIT_BEFORE_ORGANISATION_RE = re.compile(r"^[a-zåäö-]+(?:en|et)(?:\s+[a-zåäö-]+){0,5}\s+(?:hos|inom|på|vid|i)\s+")


def organisation_after(n: NameInText) -> bool:
    """ "Eva Lund från SKR menar …", "Per Ek på Socialstyrelsen": an organisation straight after the name is
    the person's ("i" only before a municipality or region: "Eva Lund i Mora kommun"). The title before
    the name still counts, so `role_before` reads on."""
    prep = _ORGANISATION_AFTER_RE.match(n.after)
    where = n.after[prep.end() : prep.end() + 120] if prep else ""
    unit = _UNIT_BEFORE_ORGANISATION_RE.match(where)
    orgs = n.organisations_in(where[unit.end() if unit else 0 :][:80]) if prep else []
    if orgs and orgs[0].start == 0 and (prep.group(0).strip() != "i" or orgs[0].kind in ("kommun", "region")):
        n.person.organisation = orgs[0].name
    elif prep and prep.group(0).strip() != "i" and (local := LOCAL_ORGANISATION_RE.match(where)):
        n.person.organisation = local.group("org")
    return False


def workplace_after(n: NameInText) -> bool:
    """ "Suzan, Katarina och Louise arbetar inom socialtjänsten i Uppsala": where the named people work."""
    workplace = WORKPLACE_RE.match(n.after)
    if not workplace:
        return False
    n.person.organisation = organisation_of_place(workplace.group("where"), n.matcher)
    # "Undersköterskan Katarina Berg jobbar i hemtjänsten i Kalix": the title before the name still
    # counts, so `role_before` reads on (it never changes an organisation found here).
    return False


# A title written straight before a name: "socialtjänstminister Camilla …", "Professor Eva …".
_TITLE_HEADS = (
    r"(?i:minister|ordförande|chef|direktör|utredare|"
    r"ansvarig|sekreterare|handläggare|socionom|professor|forskare|docent|generaldirektör|talesperson|ombudsman|"
    r"samordnare|strateg|ledamot|borgarråd|kommunalråd|regionråd|råd|språkrör"
    # Round 15: the agent-noun endings names.py keeps out of names ("Informatör Eva Ek", "kommissarie Bo Lind").
    rf"|{AGENT_NOUN_ENDINGS}"
    # and the occupations of the social sector, which stand before a name as titles do ("kurator Eva Ek").
    r"|sköterska|kurator|jurist|expert|rådgivare|konsult|assistent|pedagog|stödjare|rektor|läkare|barnmorska|diakon"
    r"|präst|volontär|koordinator|behandlare|ombud|lärare|vd|analytiker|ekonom)"
)
_TITLE_BEFORE_RE = re.compile(
    # Round 12: a compound title sharing its head with one before it ("vård- och omsorgschef Karin Ek").
    rf"(?<![\w-])(?P<role>(?:[Vv]ice |[{LOWER}]+(?:ande|ende|iga?|iska?|ella?|ade) |[{UPPER}{LOWER}][{LOWER}]+- (?:och|eller) )?"
    rf"(?:[{UPPER}{LOWER}][{LOWER}-]*)?{_TITLE_HEADS})\s+$"
)
# The word straight before a name ends in a title's head: only then is the whole title looked for (round 15:
# the many heads made the search a third slower on long texts).
_LAST_WORD_TITLE_RE = re.compile(rf"{_TITLE_HEADS}\s+$")
# The same titles in the definite form journalists put before a name: "Oppositionsrådet Mats Lind".
_DEFINITE_TITLE_BEFORE_RE = re.compile(
    rf"(?<![\w-])(?P<rank>(?i:{RANK}))?(?P<role>[{UPPER}{LOWER}][{LOWER}-]*(?:{DEFINITE_TITLE_ENDINGS})|(?i:{BARE_DEFINITE_TITLES}))\s+$"
)
# A municipal or regional body in the genitive before the title: "Socialnämndens ordförande".
_ORGAN_BEFORE_RE = re.compile(
    rf"(?<![\w-])(?P<organ>[{UPPER}{LOWER}][{LOWER}-]*(?:nämndens|styrelsens|fullmäktiges|förvaltningens|utskottets))\s+$"
)


TITLE_CHARS = 90
_ROLE_BEFORE_RE = re.compile(rf"(?:(?:[\w:-]+s|[{LOWER}-]+) ){{1,4}}$")


def role_before(n: NameInText) -> bool:
    """A title written before the name: "socialtjänstminister Camilla …", "Oppositionsrådet Mats Lind",
    "Socialnämndens ordförande …", or a genitive organisation: "Humanas biträdande kvalitetsdirektör …".

    Always settles the person, with no role when nothing before the name reads as one.
    """
    if n.start and _set_long_genitive_role(n):
        return True
    prefix = n.text[: n.start].rstrip() + " "
    before = _ROLE_BEFORE_RE.search(prefix, max(0, len(prefix) - LOOKBACK)) if n.start else None
    before_names_organisation = bool(before and n.organisations_in(before.group(0)))
    # A title before a name is a few words: searching the last TITLE_CHARS keeps the many heads cheap.
    lookback = max(0, n.start - TITLE_CHARS)
    headed = _LAST_WORD_TITLE_RE.search(n.text, max(0, n.start - 30), n.start)
    title = _TITLE_BEFORE_RE.search(n.text, lookback, n.start) if headed else None
    role = title.group("role") if title else ""
    if title is None and not before_names_organisation:
        definite = _DEFINITE_TITLE_BEFORE_RE.search(n.text, lookback, n.start)
        if definite:
            title, role = definite, ranked_indefinite_title(definite.group("rank") or "", definite.group("role"))
    if title and not before_names_organisation:
        _set_title(n, title, role)
    elif before and n.matcher:
        _set_genitive_role(n, before.group(0).strip())
    return True


_TITLE_WORDS_RE = re.compile(r"(?:\s+[a-zåäö-]+){1,4}\s*")


def _set_long_genitive_role(n: NameInText) -> bool:
    """ "Rädda Barnens sakkunniga rådgivare Eva Ek": an organisation of several words in the genitive,
    then lower-case title words, then the name (the look-behind of `role_before` takes only one word of
    the organisation)."""
    orgs = n.organisations_in(n.window)
    org = orgs[-1] if orgs else None
    between = n.window[org.end :] if org else ""
    if org and org.surface.endswith("s") and org.surface != org.name and _TITLE_WORDS_RE.fullmatch(between):
        n.person.role, n.person.organisation = after_genitive(between.strip()), org.name
        return True
    return False


# A capitalised genitive after a lower-case word or a comma (so not a sentence's first word, "Kommunens vd").
_NAMED_GENITIVE_BEFORE_RE = re.compile(rf"(?:[{LOWER}],?|,)\s+(?P<name>[{UPPER}][{LOWER}]{{3,}}(?:-[{UPPER}][{LOWER}]+)?)s\s+$")


def _set_title(n: NameInText, title: re.Match, role: str) -> None:
    """The title before the name, with the body it belongs to and the organisation it points back to."""
    # Round 9: the verb of saying before a title is no part of it ("…, kommenterade förbundsordförande Eva Ek").
    role = SAYING_VERB_BEFORE_RE.sub("", role)
    role = role[0].lower() + role[1:] if role[1:].islower() else role
    organ = _ORGAN_BEFORE_RE.search(n.text, max(0, title.start() - LOOKBACK), title.start())
    if organ:  # "Socialnämndens ordförande": the body is part of the title
        organ_word = organ.group("organ")
        role = f"{organ_word[0].lower()}{organ_word[1:]} {role}"
    n.person.role = role
    named = n.matcher and _NAMED_GENITIVE_BEFORE_RE.search(n.text, max(0, title.start() - 40), title.start())
    if named and not is_first_name(named.group("name")):
        # Round 20: "… och Transportgruppens vd Peter Jeppsson": a name in the genitive mid-sentence, before the
        # title, is the organisation, known to the gazetteer or not (as in an attribution, role_phrases.py).
        n.person.organisation = split_role(f"{named.group('name')}s {role}", n.matcher)[1]
    back = n.matcher and BACK_REFERENCE_RE.search(n.text[max(0, title.start() - 30) : title.start()])
    if back:
        # "Förbundets ordförande": the union the paragraph has just named, if it named one of that kind.
        kinds = BACK_REFERENCE_KINDS[back.group("noun").lower()]
        earlier = [o for o in n.matcher.find_all(n.text[: title.start()]) if o.kind in kinds]
        n.person.organisation = earlier[-1].name if earlier else None


def _set_genitive_role(n: NameInText, pre: str) -> None:
    """ "Humanas biträdande kvalitetsdirektör": drop any words before the genitive organisation."""
    orgs = n.matcher.find_all(pre)
    if orgs and orgs[0].surface != orgs[0].name:
        n.person.role, n.person.organisation = split_role(pre[orgs[0].start :], n.matcher)


# How a name in running text gets its role and organisation, tried in this order; the first strategy
# that recognises its pattern settles the person (`role_before` always does). Earlier ones are the
# more specific: a title set off by commas before the name wins over a title straight after it.
ROLE_STRATEGIES = (
    role_from_apposition,
    role_presented_before,
    role_in_relative_clause,
    role_works_as,
    role_shared_with_names_after,
    role_as_title,
    role_after_comma,
    role_between_dashes,
    role_after_is,
    role_bare_after,
    organisation_after,
    workplace_after,
    role_before,
)


def presented_role(n: NameInText) -> None:
    """Fill in the role and organisation of the person at `n` by the first strategy that applies;
    without a role, a plural occupation before a list of names gives one ("Socionomerna Louise, …").
    A Swedish minister works for Regeringen."""
    for strategy in ROLE_STRATEGIES:
        if strategy(n):
            break
    party_from_organisation(n.person)
    if not n.person.role and (group := GROUP_NOUN_RE.search(n.window)):
        n.person.role = singular(group.group("noun"))
    if n.person.organisation is None and n.matcher and not _foreign_title(n):
        implied = implied_organisation(n.person.role)
        n.person.organisation = n.matcher.resolve(implied) if implied else None


def _foreign_title(n: NameInText) -> bool:
    """ "Norges socialminister Kari Dahl": a country in the genitive before the title; "Sveriges" is ours."""
    if not n.person.role:
        return False
    before = re.search(
        rf"(?<!\w)(?P<country>[{UPPER}][{LOWER}]+s)\s+(?i:{re.escape(n.person.role)})\s*$", n.window
    )
    return bool(before) and before.group("country") != "Sveriges"
