"""Speech marked by a dash opening the paragraph, and speech with no mark but its attribution."""

from __future__ import annotations

import re

from reform_kb.pipeline.records import ParsedQuote, PersonMention

from .attribution import INDEFINITE_RE, PRONOUNS, split_attribution
from .speakers import WEAK_CAPTION_NOTE, Speakers, flag, person_from_who, pronoun_target, set_speaker
from .units import DASH_RE, FIRST_PERSON_RE, QUOTE_CHARS, Unit


def dash_quote(
    unit: Unit,
    speakers: Speakers,
    context: list[PersonMention],
    previous_kind: str,
    lead: int | None = None,
    *,
    keep_short: bool = False,
) -> list[ParsedQuote]:
    """The quote of a dash paragraph ("– Det är oacceptabelt, säger Heike Erkers."), in two parts when
    the words go on after the attribution; without an attribution the speaker is the one just talking
    or just named. `lead` is where the spoken words start (after the dash); `keep_short` keeps a
    one-word quote, as the end of a cut-off text leaves one."""
    lead = DASH_RE.match(unit.text).end() if lead is None else lead
    spoken = unit.text[lead:]
    end, who, resume = split_attribution(spoken)
    person, co = _dash_speaker(who, speakers, context, previous_kind)
    # Only a photo caption points at this speaker: likely, but an editor should confirm.
    weak = person is not None and person is speakers.caption and who is None
    if person:
        speakers.last = person
    if who is not None:
        speakers.unnamed = person is None and bool(INDEFINITE_RE.match(who.strip().rstrip(".!?")))
    named = who is not None and person is not None and who.split()[0].lower() not in PRONOUNS
    quotes = []
    for a, b in ((0, end), (resume, len(spoken))):
        text = spoken[a:b].strip()
        if len(text.split()) < (1 if keep_short or (a == 0 and named) else 2):
            # A stray word ("– Nej, säger hon."); but a quote cut off by the end of the text may be one
            # word, and so may a word a speaker named by name says ("– Svältlön, säger Eva Ek (V).").
            continue
        start = unit.start + lead + a + (len(spoken[a:b]) - len(spoken[a:b].lstrip()))
        quote = ParsedQuote(text=text, start=start, end=start + len(text), kind="direct")
        set_speaker(quote, person, co)
        if weak:
            flag(quote, WEAK_CAPTION_NOTE)
        quotes.append(quote)
    return quotes


def _dash_speaker(
    who: str | None, speakers: Speakers, context: list[PersonMention], previous_kind: str
) -> tuple[PersonMention | None, list[PersonMention]]:
    """(speaker, co-speakers) of a dash paragraph whose attribution tail is `who` (None without one)."""
    if who is not None:
        person, pronoun = person_from_who(speakers, who)
        if pronoun:
            person = pronoun_target(speakers, context, previous_kind)
        if person is None:
            return None, []
        return speakers.resolve(person), [] if pronoun else speakers.co_speakers(who)
    if speakers.unnamed and not context:
        return None, []  # "– …, säger en av dem. / De berättar om … / – …": the unnamed one goes on
    if previous_kind in ("dash", "quoted") and speakers.last:
        return speakers.last, []  # a second paragraph of the same answer
    person = (context[0] if context else None) or speakers.last or speakers.caption
    # "Socialminister Eva Ek (S) presenterade lagen. / Den gäller från juli. / – Det är en stor dag.":
    # nobody spoke and nobody was named since, so the words are the person the text last named.
    return person or speakers.recent, []


# Verbs that report rather than quote when a paragraph has no dash: "…, enligt Maria Ek.", "…, skriver hon.";
# and verbs of opinion, which in a paragraph without a dash or quotation marks give the writer's summary of
# a view ("Det behövs mer pengar, menar Anna Berg."), never words the speaker said as written.
_REPORTING_VERBS = frozenset(
    ["enligt", "skriver", "skrev", "frågar", "undrar", "beskriver", "beskrev"]
    + ["menar", "menade", "anser", "ansåg", "tycker", "tyckte", "tror", "trodde", "hävdar", "hävdade"]
)


def undashed_quote(
    unit: Unit, speakers: Speakers, context: list[PersonMention], previous_kind: str, *, page_dashed: bool = False
) -> list[ParsedQuote]:
    """A paragraph that is speech without a dash: "Det är en chans att tänka nytt, sa Per Lindqvist."

    Only a paragraph whose attribution follows the speech after a comma (or ? !), with a verb of saying and
    a person or pronoun, counts; anything else is narrative. Round 21: the speech may go on after the
    attribution ("…, säger Eva Ek. Vi behöver …"), as on pages that lost their dashes, where the words after
    it are speech (split_attribution judges that), not the writer's.

    Round 32 (the former test31's d3167): on a page that sets speech after dashes (`page_dashed`), a paragraph
    without one is the writer's report of what was said ("I dag har 16 kommuner …, berättar X"), not a quote,
    unless it speaks in the first person ("Vi skapade ett nätverk …, säger X": its dash lost).
    """
    if QUOTE_CHARS.search(unit.text):
        return []
    end, who, _resume = split_attribution(unit.text)
    if who is None:
        return []
    before, after = unit.text[:end].rstrip(), unit.text[end:]
    verb = re.match(r"[,\s]*(\w+)", after)
    if (
        not verb
        or verb.group(1).lower() in _REPORTING_VERBS
        or not (after.startswith(",") or before[-1:] in "?!")
        or len(before.split()) < 4
        or _writers_sentence(before, who)
        or (page_dashed and not FIRST_PERSON_RE.search(before))
    ):
        return []
    return dash_quote(unit, speakers, context, previous_kind, lead=0)


# "…, säger hon, och nu är hon sen.": the sentence goes on after the speaker, as narrative does.
_CLAUSE_AFTER_SPEAKER_RE = re.compile(r",\s*(?:och|men|medan|samtidigt som)\s")


def _writers_sentence(before: str, who: str) -> bool:
    """Whether an undashed paragraph with an attribution is the writer's sentence rather than speech: it
    speaks of the speaker by the pronoun the attribution uses ("Det känns som att hon är sen, säger hon"),
    or the sentence runs on after the speaker."""
    pronoun = who.split()[0].lower().rstrip(",.") if who.split() else ""
    same_person = pronoun in ("hon", "han", "hen") and re.search(rf"\b{pronoun}\b", before, re.IGNORECASE)
    return bool(same_person or _CLAUSE_AFTER_SPEAKER_RE.search(who))
