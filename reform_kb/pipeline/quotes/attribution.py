"""The verbs of saying, and where a quote's attribution starts: ", säger Heike Erkers, förbundsordförande i …"."""

from __future__ import annotations

import re
from functools import lru_cache

from reform_kb.pipeline.abbreviations import mask, unmask
from reform_kb.pipeline.definite_titles import DEFINITE_WORD_RE
from reform_kb.pipeline.names import FULL_NAME
from reform_kb.pipeline.people import parse_person_phrase
from reform_kb.pipeline.records import PersonMention

_SPEECH_VERBS_TEXT = """
säger sa sade menar konstaterar avslutar berättar betonar fortsätter förklarar tycker understryker påpekar
anser framhåller tillägger svarar poängterar hävdar summerar beskriver varnar uppger tror medger resonerar
inflikar vidhåller skriver utvecklar frågar undrar tillade sade menade konstaterade berättade betonade
fortsatte förklarade tyckte underströk påpekade ansåg framhöll svarade poängterade hävdade avslutade
beskrev varnade uppgav trodde medgav skrev fyller flikar kommenterar kommenterade skrattar skrattade suckar
suckade invänder invände bekräftar bekräftade sammanfattar sammanfattade förtydligar förtydligade instämmer
instämde påminner påminde replikerar replikerade undrade frågade utvecklade summerade resonerade inflikade
vidhöll utbrister utbrast ropar ropade erkänner erkände intygar intygade försäkrar försäkrade
"""
# Particle verbs put their particle after the speaker: "fyller Tobias i", "flikar hon in".
PARTICLE_RE = re.compile(r"\s+(?:i|in)$")
# Round 9: reflexive "frågar sig" ("…, frågar sig Eva Ek (S), …") before the plain verb in VERB_ALT (longest first).
SPEECH_VERBS = [*_SPEECH_VERBS_TEXT.split(), "slår fast", "frågar sig", "frågade sig"]
VERB_ALT = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True)) + "|enligt"
# Round 20: verbs of demanding and judging attribute a quote only straight after its comma ("”…”, kräver Eva
# Ek, ordförande …"): inside a quote they are the speaker's own ("Vi kräver en plan"), so they are no verbs of
# saying anywhere else.
# Round 38 (the former test37's d3736): "ler" and "log" (smiles, smiled) too, which inside a quote are the
# speaker's own words ("Barnen ler mer nu").
COMMA_VERB_ALT = (
    "kräver|krävde|bedömer|bedömde|uppmanar|uppmanade|fastslår|fastslog|efterlyser|efterlyste|ler|log"
)
# Round 17: a pronoun as the subject of the sentence that introduces a quotation, at its start or after the
# quotation that ended the last one ("…” Han deklarerade stolt att ”…”"): the person it stands for speaks.
SUBJECT_PRONOUN_RE = re.compile(r"(?:^\s*|[”\"]\s+)(?:Han|Hon|Hen)\s+[a-zåäö]+")
PRONOUNS = {"hon", "han", "hen", "de", "dom", "vi"}  # "dom": the spoken "de" (round 14)
# A speaker the writer leaves unnamed: "säger en av dem", "sa en kvinna i kön", "säger någon": lower-case
# words after an indefinite article, which no name follows; perhaps placed at an organisation ("säger en
# talesperson för Förbundet X"), which then speaks (quotes/voices.py).
INDEFINITE_RE = re.compile(
    r"^(?:(?:en|ett|någon|ytterligare en)(?:\s+[a-zåäö]+){0,4}(?:\s+(?:för|på|vid|hos|inom|i)\s+[A-ZÅÄÖ].*)?"
    # or an organisation by its generic noun: "säger kommunen i ett uttalande" (quotes/voices.py says which)
    r"|(?:kommunen|regionen|förbundet|facket|fackförbundet|föreningen|organisationen|myndigheten|verket)"
    r"(?:\s+[a-zåäö].*)?)$"
)
SAYING_RE = re.compile(rf"\b(?:{VERB_ALT})\b")

# The attribution that ends a quote: ", säger Heike Erkers, förbundsordförande i …" (comma optional,
# since writers drop it) running to the end of the paragraph or of a sentence.
ATTRIBUTION_RE = re.compile(
    rf"(?:,\s*|(?<=[?!…])\s+|\s+)(?P<verb>{VERB_ALT}|(?:(?<=, )|(?<=,))(?:{COMMA_VERB_ALT}))\s+(?P<who>[^\s].*)$", re.S
)
TRAILING_ATTRIBUTION_RE = re.compile(rf"^(?:,?\s*(?:{VERB_ALT})|,\s*(?:{COMMA_VERB_ALT}))\s+(?P<who>.+)$", re.S)
# Round 23: the attribution as a sentence of its own after the quotation, "”…”. Det säger Eva Ek, chef för X."
# Round 30: also after a full stop inside the marks ("…ansvar.” Det skriver X, …").
NEXT_SENTENCE_ATTRIBUTION_RE = re.compile(rf"^(?:\.\s*)?Det (?:{VERB_ALT})\s+(?P<who>[^.!?]+)")


def _attributions(text: str):
    """Every place a verb of saying could start the attribution, overlapping (the tail runs to the end)."""
    pos = 0
    while (m := ATTRIBUTION_RE.search(text, pos)) is not None:
        yield m
        pos = m.start("verb") + 1


# Words that show the text after a verb of saying is a clause, not a presented person.
_CLAUSE_WORDS_TEXT = "att till om nej ja inte det den detta som med åt mot när där men och eller"
_CLAUSE_WORDS = frozenset(_CLAUSE_WORDS_TEXT.split())


def _plausible_attribution(head: str, person: PersonMention) -> bool:
    """Whether "säger <head>" presents a speaker: the name first, or a short title before it."""
    if head.startswith(person.name):
        return True
    before = head[: head.find(person.name)].split() if person.name in head else []
    # Round 6: an organisation of several words in the genitive makes the title longer ("säger Förbundet
    # Unga Rösters näringspolitiska chef Eva Ek"): a capitalised first word allows six words.
    longest = 6 if before and before[0][:1].isupper() else 4
    # Round 9: "och" after a word left open with a hyphen joins a compound title ("vård- och omsorgschefen").
    clause = [w for n, w in enumerate(before) if w.lower() in _CLAUSE_WORDS and not _joins_titles(before, n)]
    return 0 < len(before) <= longest and not clause


def _joins_titles(before: list[str], n: int) -> bool:
    """Whether the "och" at `n` joins two titles: a word left open with a hyphen and its compound (round 9,
    "vård- och omsorgschefen"), or two titles in the definite form, the second just before the name (round
    27, "kassören och tillförordnade ordföranden Karin Berg")."""
    if not n:
        return False
    return before[n - 1].endswith("-") or (
        before[n].lower() == "och"
        and bool(DEFINITE_WORD_RE.fullmatch(before[n - 1]))
        and bool(DEFINITE_WORD_RE.fullmatch(before[-1]))
    )


# A sentence after the attribution about the speaker, in the third person, is the writer's, not more of
# the quote: speech goes on in the first person ("Vi …", "Jag …") or without a subject.
_NARRATIVE_AFTER_RE = re.compile(r"(?:Hon|Han|Hen|Hennes|Hans|Enligt|Sedan dess|Foto|Bild)\b")
# Anywhere in what follows the attribution, the writer's voice: a photo credit run into the paragraph, a
# sentence about someone in the third person, or a named person's words reported rather than quoted ("Men
# Bo Ek säger att …", "enligt henne"). A page that lost its paragraph breaks glues the next paragraphs on
# like this. Speech itself may say "regeringen säger att" or "enligt lagen", so only a full name or a
# third-person pronoun before the verb, or after "enligt", counts.
_REPORTED_VERBS = "säger|sa|sade|menar|menade|anser|ansåg|tror|berättar|uppger|hävdar|konstaterar"
_SOMEONE = r"(?:[A-ZÅÄÖ][a-zåäö]+\s+[A-ZÅÄÖ][\wåäö-]+|han|hon|hen|henne|honom)"
# A person presented to the reader by full name and title ("Eva Lund, enhetschef på …") is the writer
# introducing the next voice: a speaker names a colleague by name or by title, seldom by both.
_TITLE_WORD = (
    r"(?:biträdande |vice )?[a-zåäö-]*(?:chef|ordförande|direktör|råd|sekreterare|handläggare|samordnare"
    r"|ansvarig|ledare|strateg|utredare|forskare|professor|inspektör|konsulent)"
)
_PRESENTED_RE = rf"\b[A-ZÅÄÖ][a-zåäö]+\s+[A-ZÅÄÖ][\wåäö-]+,\s+{_TITLE_WORD}\b"
# A dateline, a place in capitals opening an article or its next part ("VÄXJÖ. Föreningen bildades …").
_DATELINE_RE = r"(?:^|[.!?]\s+)[A-ZÅÄÖ]{3,}(?:-[A-ZÅÄÖ]+)?\.\s+[A-ZÅÄÖ]"
_NARRATIVE_INSIDE_RE = re.compile(
    rf"\b(?:Foto|Bild)\b|[.!?]\s+(?:Hon|Han|Hen)\s|\benligt\s+{_SOMEONE}\b"
    rf"|\b{_SOMEONE}\s+(?:{_REPORTED_VERBS})\s+(?:\w+\s+)?att\b|{_PRESENTED_RE}|{_DATELINE_RE}"
)


def _narrative(rest: str) -> bool:
    """Whether the words after an attribution are the writer's again rather than more of the quote."""
    return bool(_NARRATIVE_AFTER_RE.match(rest) or _NARRATIVE_INSIDE_RE.search(rest))


# What may follow the speaker in an attribution: "sa Per Lindqvist när lagen presenterades", and "berättar
# Lisa och fortsätter:", which hands her the next paragraph too.
CIRCUMSTANCE_RE = re.compile(
    # Round 12: and how ("säger Maja Lind med ett stort leende", "med eftertryck").
    # Round 29: and what about ("säger Anna Ek om beslutet").
    r"\s+(?:(?:när|då|efter|medan|eftersom|inför|under|vid|i samband med|i en|i ett|med|om)\s+[a-zåäö]|till\s+\S"
    r"|och\s+(?:fortsätter|fortsatte|tillägger|tillade|lägger till|förklarar|förklarade)\b"
    # "säger Anna Ek och skrattar", "sa han och pekade på huset": what the speaker does as she speaks.
    # Round 27: but not a participle before a second title and the name ("säger kassören och tillförordnade
    # ordföranden Karin Berg"), which is part of how the speaker is presented.
    r"|och\s+[a-zåäö]+(?:ar|er|ir|är|ade|de|te)\b(?!\s+[a-zåäö]+(?:en|n|et)\s+[A-ZÅÄÖ])"
    # Round 21: where the speaker works, after a title and name ("säger kommunchef Eva Ek som jobbar för X").
    r"|som\s+(?:jobbar|arbetar)\s+(?:för|på|vid|hos|inom|i)\s+(?P<workplace>[A-ZÅÄÖ]))"
    r".*$"
)


def split_attribution(text: str) -> tuple[int, str | None, int]:
    """(end of the spoken words, attribution tail, where the words go on after the attribution).

    The attribution usually ends the paragraph; when it ends a sentence inside it ("…, säger hon. Och
    sedan …") the words after it are more of the same quote, unless they are the writer's (see
    `narrative_after`).
    """
    return _split(text)[:3]


def narrative_after(text: str) -> int | None:
    """Where the writer's narrative starts again after the attribution ("– …, säger han. Det har förts
    fram kritik …, men Bo Ek säger att …"), or None when the attribution ends the paragraph or the
    quote goes on after it."""
    return _split(text)[3]


# After the speaker and a comma, a conjunction or a subject opening a clause: more of the quote, not a title.
_GOES_ON_RE = re.compile(r",\s+(?=(?:men|eftersom|därför|vi|jag|det)\s)")
_THIRD_PERSON_RE = re.compile(r"\b(?:hon|han|hen|hennes|hans|henne|honom)\b")


# Round 38: a verb of saying after a comma later in the same sentence, where the attribution really starts.
_LATER_ATTRIBUTION_RE = re.compile(rf",\s*(?:{VERB_ALT})\s")


@lru_cache(maxsize=2048)  # a dash paragraph is split when speakers are gathered and again when quoted
def _split(text: str) -> tuple[int, str | None, int, int | None]:
    return _split_at_verb(text) or _signed_end(text) or (len(text), None, len(text), None)


def _split_at_verb(text: str) -> tuple[int, str | None, int, int | None] | None:
    for m in _attributions(text):
        who = m.group("who").strip()
        words = who.split()
        first = words[0].rstrip(".,!?") if words else ""
        sentence = re.match(r"(?P<who>[^.!?]+)[.!?]?\s*(?P<rest>.*)$", mask(who), re.S)  # "t.f. chef" (round 45)
        if sentence is None:
            continue  # "säger ?": nothing but punctuation after the verb, no one named
        head, rest = unmask(sentence.group("who").strip()), unmask(sentence.group("rest"))
        if _LATER_ATTRIBUTION_RE.search(head):
            continue  # "– Barnen skrattar mer, säger Eva Ek.": the verb after the comma attributes, not this one
        # Round 21: the next sentence may open a quotation again ('… länge. "Från vårt håll …').
        if rest and not re.match(r"(?:[–—-]\s*|[\"”»]\s*)?[A-ZÅÄÖ]", rest):
            continue  # the sentence goes on: not an attribution
        if goes_on := _GOES_ON_RE.search(head):
            # Round 25: "…, förklarar Eva Ek, men för få gör något.": the speech goes on after the comma,
            # unless the writer goes on about the speaker ("…, men just nu ser hon fördelar").
            words_on = None if _THIRD_PERSON_RE.search(head[goes_on.end() :]) else m.start("who") + goes_on.end()
            head = head[: goes_on.start()]
            if (found := _speaker_head(head)) is not None:
                return m.start(), found, words_on or len(text), None
            continue
        tail = m.start("who") + sentence.start("rest") if rest else None
        if rest and _narrative(rest):
            rest = ""  # "…, säger Anna Berg. Hon har arbetat i tjugo år.": the writer speaks again
        else:
            tail = None
        if first.lower() in PRONOUNS or INDEFINITE_RE.match(head):
            return m.start(), head, (m.start("who") + sentence.start("rest")) if rest else len(text), tail
        if m.group("verb") in ("fyller", "flikar"):
            head = PARTICLE_RE.sub("", head)
        head = _speaker_head(head)
        if head is None:
            continue
        return m.start(), head, (m.start("who") + sentence.start("rest")) if rest else len(text), tail
    return None


def _signed_end(text: str) -> tuple[int, str, int, None] | None:
    signed = _SIGNED_END_RE.search(text)
    if signed is None:
        return None
    title = signed.group("title") or signed.group("title2")
    who = f"{signed.group('name')}{signed.group('party') or ''}" + (f", {title}" if title else "")
    return signed.start(), who, len(text), None


# Round 30: a press release's quote signed without a verb of saying at the paragraph's end: "– …, Eva Ek (s),
# kommunstyrelsens ordförande." A full name with a party marker, or with a title after its comma, and
# nothing after: speech never ends on a name presented so.
_SIGNED_END_RE = re.compile(
    rf",\s+(?P<name>{FULL_NAME})"
    r"(?:(?P<party>\s*\((?:[smclv]|kd|mp|sd|[SMCLV]|KD|MP|SD)\))(?:,?\s+(?P<title>[a-zåäö][^.!?,]{2,80}))?"
    rf"|,\s+(?P<title2>{_TITLE_WORD}[^.!?,]{{0,80}}))[.!]?\s*$"
)


# "Anna Ek och Bo Lind": two people credited together, the first a bare name.
_JOINT_HEAD_RE = re.compile(r"^(?P<first>[A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]+)+)\s+och\s+[A-ZÅÄÖ]")


# Round 17: the speaker's mood before her name ("säger en nöjd Anna Ek, enhetschef …"): the writer's word.
MOOD_RE = re.compile(r"^(?:en|ett)\s+(?:[a-zåäö]+\s+){1,2}(?=[A-ZÅÄÖ][a-zåäö])")


# Round 29: what the words were about, after the speaker's title ("säger Eva Ek, vd på X, om beslutet"): not
# part of the title. Only after a comma: "ansvarig för frågor om LSS" is a title.
_TOPIC_RE = re.compile(r",\s+om\s+[a-zåäö].*$", re.S)


def _speaker_head(head: str) -> str | None:
    """The attribution's words after the verb when they present a speaker (without what she did as she
    spoke: "Anna Ek när lagen kom" is "Anna Ek"), else None. Two people credited together keep both."""
    head = _TOPIC_RE.sub("", MOOD_RE.sub("", head))
    person = parse_person_phrase(head)
    if person is None and (trimmed := CIRCUMSTANCE_RE.sub("", head)) != head:
        head, person = trimmed, parse_person_phrase(trimmed)
    if person is not None and _plausible_attribution(head, person):
        return head
    joint = _JOINT_HEAD_RE.match(head)
    first = parse_person_phrase(joint.group("first")) if joint else None
    return head if first and first.name == joint.group("first") else None
