"""What follows a speaker's role in its sentence and is no part of it: how, when or to whom something was said,
a clause going on about the person, and a preposition left hanging where a stored copy stops. Split off
role_phrases.py in round 41, which cuts these before it reads a role's title and organisation."""

from __future__ import annotations

import re

from .municipalities import MUNICIPALITIES
from .organisation_forms import NOT_MUNICIPALITIES

# Places a title may be held in, which name no workplace: municipalities, counties, countries (role_phrases and
# is_roles read them too).
PLACES = MUNICIPALITIES | NOT_MUNICIPALITIES | {"Gotland", "Öland", "Sverige"}

# How or where something was said, after the role: "ordförande i nämnden, via ett pressmeddelande".
# Round 41 (the former test36's d3604): to whom, after its comma: "generaldirektör, till nyhetsbyrån TT";
# "till och med" is a span of time, which a title may hold ("ordförande, till och med 2020").
_CIRCUMSTANCE_AFTER_RE = re.compile(
    r",?\s+(?:via|i|genom|enligt)\s+(?:ett|en)\s+(?:pressmeddelande|kommentar|uttalande|mejl|e-post|"
    r"skriftlig\w*|intervju|debattartikel|blogginlägg)\b.*$"
    r"|,\s+till\s+(?!och med\b).*$"
)
# Round 9: what follows the role in its sentence is no part of it: a time clause ("sakkunnig på SRF, när
# utredningen släpptes"), or the next sentence where the attribution runs on ("ordförande för X. Totalt är …").
# Round 21: a relative clause about the person without its comma ("ordförande i kommunstyrelsen som under förra
# veckan hade ärendet på sitt bord"): "som" before a verb of tense or an adverb, not a title's own "som rör".
# Round 22: a contrast after the comma ("systemutvecklare, men just nu ser hon …") is the sentence going on.
_CLAUSE_AFTER_RE = re.compile(
    r",\s+(?:när|då|innan|sedan|efter att|eftersom|men|medan)\s.*$|(?<=[a-zåäö)])\.\s+[A-ZÅÄÖ].*$"
    r"|,?\s+som\s+(?:har|hade|är|var|blev|under|nu|tidigare|länge|själv|också|även|redan|sedan)\s.*$"
    r"|,\s+(?:som|vilken|vars)\s.*$"  # and any after its comma, where the organisation ends the title
    # Round 26: what else the person is, after the workplace ("jurist på X och ett av ombuden för …").
    r"|\s+och\s+(?:en|ett)\s+av\s+(?:de|dem|deras|hennes|hans|familjens|föräldrarnas)?\s*[a-zåäö]+(?:\s.*)?$"
)
# Round 41 (the former test39's d3934): a stored copy that stops inside the attribution leaves its last
# preposition or conjunction hanging ("säger Solveig Ek, tidigare chef vid"); no title ends in one (none of the
# dev annotations' roles does), so the words before it are the title.
_HANGING_WORD_RE = re.compile(r"(?:\s+(?:i|på|vid|för|hos|inom|från|av|åt|med|och|samt|till))+\s*$")

# A phrase of time or occasion after a speaker's name and comma ("under seminariet …", "inför mötet i riksdagen",
# "i samband med besöket"): when or where something was said, never a title or an employer.
_CIRCUMSTANCE_RE = re.compile(r"^(?:under|inför|efter|i samband med|när|då|medan|innan)\s", re.IGNORECASE)


def is_circumstance(role: str) -> bool:
    """Whether the words after a speaker's name and comma say when or where, not who ("under seminariet …")."""
    return bool(_CIRCUMSTANCE_RE.match(role.strip(" ,")))


def without_tails(role: str) -> str:
    """`role` without what follows it in its sentence: "ordförande i nämnden" from "ordförande i nämnden, via ett
    pressmeddelande", "tidigare chef" from "tidigare chef vid" (cut off)."""
    role = _CIRCUMSTANCE_AFTER_RE.sub("", role.strip())
    return _HANGING_WORD_RE.sub("", _CLAUSE_AFTER_RE.sub("", role))


# Round 44 (the former test43's d4307, d4361, d4365): words after a name that no title opens with, counted on the
# roles of every dev annotation (none opens so): a place in a photo ("tvåa från höger", "till vänster"), a verb
# of telling ("berättar om …", "inledde genom att …"), or a word that opens a clause ("varav endast …", "den
# sektion av …"); "bland de frivilliga" is a group, whose noun role_phrases reads.
_NO_TITLE_RE = re.compile(
    r"^(?:(?:(?:tvåa|trea|fyra|femma|längst|näst längst) )?(?:från |till )?(?:vänster|höger)|i mitten"
    # Verbs in the present, and "inledde": a verb of saying in the past may stand before a title that precedes
    # the name ("…, konstaterade förbundsordförande Eva Ek"), which role_phrases.SAYING_VERB_BEFORE_RE strips.
    r"|(?:berättar|inledde|inleder|konstaterar|förklarar|fortsätter|avslutar|poängterar|påpekar|understryker"
    r"|framhåller|tycker|menar|säger)"
    r"|varav|den|det|de|dem|som|att)(?:\s|$)",
    re.IGNORECASE,
)


def is_no_title(role: str) -> bool:
    """Whether the words after a speaker's name and comma cannot be a title: when or where it was said (see
    `is_circumstance`), a place in a photo, a verb, a clause ("tvåa från höger", "berättar om stödet", "varav
    endast …")."""
    return is_circumstance(role) or bool(_NO_TITLE_RE.match(role.strip(" ,")))


# Round 47 (the former test46's d4634, d4672; counted on the dev texts present): a workplace the gazetteer does not
# know, set after the title with "i", "på", "vid" or "hos" and a capital ("områdesansvarig i Stadsmissionen",
# "gruppchef för X i Social resursförvaltning", "utvecklingsledare på X, i Huddinge"), is where the title is held,
# not part of it: each of the 13 speakers' roles in the 349 dev texts present that this shortens is the annotators'
# role once shortened (none was before). A municipal body ("ordförande i Socialnämnden") is what the title is for,
# and stays; so does a town when no organisation was read (2 roles there keep "i Stockholm", as the gold does).
_WORKPLACE_TAIL_RE = re.compile(
    r"(?<=\w),?\s+(?:i|på|vid|hos)\s+(?!\w*(?:nämnd|styrelse|fullmäktige|utskott|beredning)\w*\b)"
    r"(?P<workplace>[A-ZÅÄÖ][\w&-]*(?:\s+[\w&-]+){0,4})$"
)


def without_workplace(title: str, organisation: str | None) -> str:
    """`title` without an unknown workplace after it: "områdesansvarig" from "områdesansvarig i Stadsmissionen". A
    town alone is kept when no organisation was read ("forskare i Lund": the town is all the text says)."""
    tail = _WORKPLACE_TAIL_RE.search(title)
    if not tail or tail.start() == 0 or (organisation is None and tail.group("workplace") in PLACES):
        return title
    if _BODY_END_RE.search(title[: tail.start()]):
        return title  # "ordförande för socialnämnden i Lerum": the town says whose committee (round 33)
    return title[: tail.start()]


_BODY_END_RE = re.compile(r"(?:nämnden|styrelsen|fullmäktige|utskottet|beredningen)$")


def drop_workplaces(quotes: list) -> None:
    """Each speaker's title without an unknown workplace after it, once the speaker's organisation has been read
    from the whole role (a municipal administration named there gives the municipality). Once per speaker: quotes
    may share one, and a second cut would take "på X" off "samordnare på X, i Ekby" too."""
    speakers = {id(q.speaker): q.speaker for q in quotes if q.speaker and q.speaker.role}
    for speaker in speakers.values():
        speaker.role = without_workplace(speaker.role, speaker.organisation)
