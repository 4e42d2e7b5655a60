"""The organisation a title implies without naming it: a minister's Regeringen, a member's Riksdagen. Used by
roles.py (a person's organisation) and mentions.py (which organisations a document names)."""

from __future__ import annotations

import re

from .organisation_forms import RIKSDAG_COMMITTEES

# A member of the Swedish government: "socialminister", "Socialtjänstministern", "barn-, äldre- och
# jämställdhetsminister", "statsrådet"; not a foreign one, whose country comes first ("Norges socialminister").
MINISTER_RE = re.compile(
    r"^(?:(?:[a-zåäö]+-,? (?:och )?)*[a-zåäö-]*minister(?:n)?|statsråd(?:et)?)$", re.IGNORECASE
)
# A member of the Riksdag: "riksdagsledamot", "riksdagsledamoten", "ledamot i riksdagens socialutskott", and
# the committees' posts (issue 10): "ordförande i socialutskottet", "socialutskottets vice ordförande".
_COMMITTEE = rf"(?:riksdagens )?(?:{RIKSDAG_COMMITTEES.lower()})utskott"
RIKSDAG_MEMBER_RE = re.compile(
    r"^(?:riksdagsledamot(?:en)?|riksdagsman(?:nen)?|ledamot i riksdagens \w+utskott"
    rf"|(?:(?:vice )?ordförande|ledamot|suppleant) i {_COMMITTEE}(?:et)?"
    rf"|{_COMMITTEE}ets (?:vice )?ordförande)$"
)


def implied_organisation(role: str) -> str | None:
    """The organisation a title implies without naming it: a minister's Regeringen, a member's Riksdagen."""
    if MINISTER_RE.match(role or ""):
        return "Regeringen"
    if RIKSDAG_MEMBER_RE.match((role or "").lower()):
        return "Riksdagen"
    return None
