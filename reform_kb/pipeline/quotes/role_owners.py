"""The organisation written inside a speaker's title in an attribution: "konstaterar Gatubladets chefredaktör
Sara Holm", "berättar föreningens kommunikationschef Eva Lind" (issue 10, item 5: the organisation inside
the role phrase). Round 35, from the former test part test34: the gazetteer's names were already read there
(role_phrases.split_role); a name it does not know, and a definite noun pointing back to the one association
or agency the text names, were left in the role. Used by quotes/speakers.py."""

from __future__ import annotations

import re

from reform_kb.pipeline.first_names import is_first_name
from reform_kb.pipeline.municipalities import MUNICIPALITIES
from reform_kb.pipeline.organisations import OrganisationMatcher
from reform_kb.pipeline.role_phrases import BACK_REFERENCE_KINDS

# A capitalised name in the genitive, then a title of a few lower-case words.
_GENITIVE_OWNER_RE = re.compile(
    r"^(?P<name>[A-ZÅÄÖ][a-zåäö]{2,}(?:-[A-ZÅÄÖ][a-zåäö]+)?):?s (?P<title>[a-zåäö][a-zåäö-]*(?: [a-zåäö-]+){0,2})$"
)
# "förbundets ordförande", "föreningens kommunikationschef": the one body of that kind the text names.
# The nouns are role_phrases' back references; "kommunens" is left to speakers.py, which knows the text's home.
_DEFINITE_OWNER_RE = re.compile(
    rf"^(?P<noun>{'|'.join(noun for noun in BACK_REFERENCE_KINDS if noun != 'kommunens')})"
    r" (?P<title>[a-zåäö][a-zåäö -]*)$"
)
# Titles a workplace has: the genitive before one is an employer, not kin ("Annas mamma") or a place's people.
_WORKPLACE_TITLE_RE = re.compile(
    r"(?:chef|redaktör|ordförande|sekreterare|direktör|ansvarig|ledare|talesperson|jurist|expert|utredare"
    r"|samordnare|strateg|ombudsman|handläggare|rådgivare|\bvd)$"
)
# Countries and unions of them: "Norges socialminister" is no organisation's post (speakers.py reads ministers).
_COUNTRIES = frozenset({"Sverige", "Norge", "Danmark", "Finland", "Island", "Tyskland", "Europa", "Nordens"})


def role_owner(role: str, text: str, matcher: OrganisationMatcher) -> tuple[str, str] | None:
    """(title, organisation) when the title in `role` is written with its organisation in the genitive,
    or points back to the one association, union, agency or company the document names; else None."""
    owned = _GENITIVE_OWNER_RE.match(role)
    if owned and _WORKPLACE_TITLE_RE.search(owned.group("title")):
        name = owned.group("name")
        if is_first_name(name) or name in _COUNTRIES:
            return None
        if name in MUNICIPALITIES:
            return owned.group("title"), matcher.municipality(name)[0]
        return owned.group("title"), matcher.resolve(name) or name
    definite = _DEFINITE_OWNER_RE.match(role)
    if definite and _WORKPLACE_TITLE_RE.search(definite.group("title")):
        kinds = BACK_REFERENCE_KINDS[definite.group("noun")]
        named = list(dict.fromkeys(o.name for o in matcher.find_all(text) if o.kind in kinds))
        if len(named) == 1:
            return definite.group("title"), named[0]
    return None
