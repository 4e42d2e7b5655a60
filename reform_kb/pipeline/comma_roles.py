"""The title set off by commas (or dashes) after a person's name: "Heike Erkers, förbundsordförande i
Akademikerförbundet SSR, …", "Anna Ek, Visions ordförande, …", "Pia Ek – forskare vid Högskolan i Gävle – har …"
(strategies of roles.py, which holds the others)."""

from __future__ import annotations

import re

from .name_in_text import NameInText
from .names import LOWER, UPPER
from .role_phrases import PAST_VERB_RE, PRESENT_VERB_AFTER_TITLE_RE, split_role

_ROLE_AFTER_RE = re.compile(r",\s*((?:[^,.;:()]|:s\b)+?)\s*(?:[,.;:(]|$)")  # round 11: also before a bracket
# Round 19: a subject pronoun opens a clause as well ("Peter och Mats, de har nyss kommit …"), never a title;
# round 48: also "du", in an interview's greeting ("Hej Anna Berg, du är …").
_CLAUSE_START_RE = re.compile(r"(?:som|och|men|att|när|där|de|dom|han|hon|hen|vi|jag|ni|du|man)\b")
# Round 15: a title of a word or three after an organisation's genitive: "Anna Ek, Visions ordförande, …",
# "Eva Berg, SKR:s chefsjurist, …".
_GENITIVE_TITLE_RE = re.compile(rf"(?:[{UPPER}][\w-]*:s|[{UPPER}][\w-]{{2,}}s)(?: [{LOWER}][\w-]*){{1,3}}")
# Round 36 (the former test35's d3539): "VD" in capitals ("Johan Ek, VD på Fryshuset"): a title all the same.
_CAPITALISED_TITLE_RE = re.compile(r"(?:VD|Vd|vVD)\b")
# A verb in the past, active or passive, opening what follows the comma: no title ever starts so; round 20:
# nor with the strong verbs of news prose ("Lars Ek, skrev i samband med domen …").
_VERB_START_RE = re.compile(
    r"[a-zåäö]{3,}(?:ade|ades|erade|erades)\b|(?:skrev|sa|sade|gick|kom|fick|tog|gav|blev|var|hade|höll|drev|såg)\b"
)
# Round 17: a verb in the present opening what follows the comma ("diakon Alli Holm, poängterar vikten av …"):
# the sentence goes on with its verb, and the title stood before the name. A closed list of the verbs that
# follow a subject in news prose, so that titles ending in -er or -ar ("minister", "rektor") stay titles.
_PRESENT_VERB_START_RE = re.compile(
    r"(?:säger|berättar|menar|poängterar|betonar|understryker|påpekar|framhåller|konstaterar|förklarar|tycker"
    r"|anser|tror|vill|har|är|blir|kommer|ser|tar|får|skriver|hävdar|svarar|beskriver|arbetar|jobbar|leder"
    r"|driver|kan|ska|måste|brukar|möter|träffar)\b"
)
# Round 16: contact details after a name's comma (a press release's contact block: "Markus Ek,
# markus.ek@vasa.fi, tfn 06 …"): an e-mail address, a web address or a telephone number is no title.
_CONTACT_START_RE = re.compile(r",\s*(?:[\w.+-]+@[\w-]+\.|https?://|www\.|(?:tfn|tel|telefon|mobil)\b|\+?\d)", re.IGNORECASE)
# Round 30: a title between two dashes after the name ("Pia Ek – forskare vid X på Högskolan i Gävle – har …"),
# as between commas; a short lower-case phrase with no sentence punctuation, so that a dash that opens a quote
# or an aside of several clauses is never read as one.
_ROLE_BETWEEN_DASHES_RE = re.compile(r"\s+[–—]\s+(?P<role>[a-zåäö][^–—,.;:!?()”\"]{2,100}?)\s+[–—]\s")
# A title and then a full name ("kommunalrådet Fredrik Hansson"): a word other than a preposition before it.
_TITLE_AND_NAME_RE = re.compile(
    rf"(?:^|\s)(?!(?:i|för|på|vid|hos|inom|av|till|mot|med|och)\s)[{LOWER}]+\s(?P<name>[{UPPER}][{LOWER}]+\s[{UPPER}][{LOWER}]+)"
)


def role_after_comma(n: NameInText) -> bool:
    """ "Heike Erkers, förbundsordförande i Akademikerförbundet SSR, …": a lower-case title, not a clause."""
    role_after = _ROLE_AFTER_RE.match(n.after)
    if not role_after or _CONTACT_START_RE.match(n.after):
        return False
    if _CLAUSE_START_RE.match(role_after.group(1)):
        return False
    if (
        not role_after.group(1)[:1].islower()
        and not _GENITIVE_TITLE_RE.fullmatch(role_after.group(1))
        and not _CAPITALISED_TITLE_RE.match(role_after.group(1))
    ):
        return False
    if _VERB_START_RE.match(role_after.group(1)) or _PRESENT_VERB_START_RE.match(role_after.group(1)):
        return False  # round 15: "med ett tillägg av Eva Ek (C), konstaterades att …": the sentence goes on
    named = _TITLE_AND_NAME_RE.search(role_after.group(1))
    if named and not n.organisations_in(named.group("name")):
        return False  # "…, kommunalrådet Fredrik Hansson (C), …": the next person of a list, not a title
    role = PAST_VERB_RE.split(role_after.group(1), maxsplit=1)[0]  # "ordförande konstaterade att …"
    # Round 32: after "Enligt X, title" the sentence goes on with its verb ("Enligt Eva Ek, enhetschef på
    # enheten har andelen minskat"): the title ends before it.
    role = PRESENT_VERB_AFTER_TITLE_RE.split(role, maxsplit=1)[0]
    n.person.role, n.person.organisation = split_role(role, n.matcher)
    return True


def role_between_dashes(n: NameInText) -> bool:
    """ "Pia Ek – forskare vid Akademin för hälsa på Högskolan i Gävle – har försökt …": as between commas."""
    between = _ROLE_BETWEEN_DASHES_RE.match(n.after)
    if not between or len(between.group("role").split()) > 12:
        return False
    role = between.group("role")
    if _CLAUSE_START_RE.match(role) or _VERB_START_RE.match(role) or _PRESENT_VERB_START_RE.match(role):
        return False
    n.person.role, n.person.organisation = split_role(role, n.matcher)
    return True
