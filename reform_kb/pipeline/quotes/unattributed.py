"""Quotations in running text that no attribution next to them credits: "Fackförbundet är kritiskt: ”…”",
"konstaterade statsrådet att ”…”", "Han deklarerade stolt att ”…”"; the sentence that introduces one names its
speaker. Split off quotation_marks.py in round 17, which also made an interrupted quotation one quote there."""

from __future__ import annotations

import re

from reform_kb.pipeline.people import find_people
from reform_kb.pipeline.records import ParsedQuote, PersonMention

from .attribution import PRONOUNS, SUBJECT_PRONOUN_RE, VERB_ALT
from .speakers import Speakers, pronoun_target, set_speaker
from .units import Unit

# A quotation in running text that the attributions above missed: "Fackförbundet är kritiskt: ”…”",
# "konstaterade statsrådet att ”…”", "enligt Arbetsmiljöverket ändå inte ”…”". Words quoted as a name
# ("projektet ”Tidiga insatser”", a Title Cased phrase) are no speech.
_QUOTATION_RE = re.compile(r"[”“\"»«](?P<q>[^”“\"»«\n]+)[”\"»«]")
_NAMING_BEFORE_RE = re.compile(
    r"\b(?:projektet|rapporten|boken|filmen|skriften|kampanjen|programmet|satsningen|konferensen|temat|titeln|"
    r"rubriken|kallad|kallade|kallas|heter|hette|så kallad|så kallade|begreppet|ordet|uttrycket|metoden|modellen)\s*$",
    re.IGNORECASE,
)
UNATTRIBUTED_MIN_WORDS = 4
SENTENCE_WINDOW = 300
# "”Konsten att leda – styrkan i relationer”": a title and its subtitle, not a sentence someone said.
_TITLE_WITH_SUBTITLE_RE = re.compile(r" [–—-] [^.!?]*$")
# What makes a quotation speech rather than a phrase: a colon right before it, "att" a word or two before
# it ("konstaterade att ”…”", "för att ha ”…”"), a verb of saying or "enligt" earlier in its sentence, or
# a sentence opening with it and going on after a comma ("”…”, var budskapet").
_COLON_BEFORE_RE = re.compile(r":\s*$")
_ATT_BEFORE_RE = re.compile(r"\batt(?:\s+\S+){0,2}\s*$")
# The passive and impersonal forms that quote a written text: "I lagen sägs att …", "står det att …", and
# (round 15) the passive of the verbs a report is quoted with ("Där konstateras att …", "betonas", "anges").
_PASSIVE_SAYING = r"sägs|konstateras|betonas|påpekas|understryks|framhålls|anges|skrivs"
_SAYING_RE = re.compile(rf"\b(?:{VERB_ALT}|{_PASSIVE_SAYING}|står (?:det|att)|heter det)\b")


# "LÄS OCKSÅ: ”…”", "Läs mer: ”…”": a link to another article, whose headline is no one's words.
_LINK_LABEL_RE = re.compile(
    r"^\s*(?:läs|se|lyssna|titta|relaterat|tips)\b|^(?-i:[^a-zåäö]*):\s*$", re.IGNORECASE
)


def introduced(sentence: str, after: str) -> bool:
    if _LINK_LABEL_RE.search(sentence) and _COLON_BEFORE_RE.search(sentence):
        return False
    if _COLON_BEFORE_RE.search(sentence) or _ATT_BEFORE_RE.search(sentence) or _SAYING_RE.search(sentence):
        return True
    return not sentence.strip() and after.lstrip().startswith(",")


# "… ”och göra bra saker” som han uttrycker det": the quotation's words are the person's own phrase.
_AS_THEY_PUT_IT_RE = re.compile(
    r"^\s*,?\s*som\s+(?P<who>hon|han|hen|[A-ZÅÄÖ]\w+(?:\s+[A-ZÅÄÖ]\w+)?)\s+(?:själv\s+)?"
    r"(?:uttrycker|uttryckte|säger|sa|sade|kallar|kallade|beskriver|beskrev|formulerar|formulerade)\s+det\b"
)


def _phrase_owner(after: str, speakers: Speakers, context: list[PersonMention]) -> PersonMention | None:
    """The person named or pointed at by "som han uttrycker det" right after a quotation."""
    m = _AS_THEY_PUT_IT_RE.match(after)
    if m is None:
        return None
    if m.group("who").lower() in PRONOUNS:
        return pronoun_target(speakers, context, "narrative")
    people = find_people(m.group("who"), speakers.matcher, speakers.index)
    return people[0].person if people else None


# A quotation that is a whole sentence of its own ("… skriver Ek. ”Staten måste ta sitt ansvar för de
# sociala kostnaderna.”") right after a sentence with a verb of saying: the words that sentence announced.
_SENTENCE_QUOTATION_MIN_WORDS = 6
_SENTENCE_AFTER_RE = re.compile(r"^[.!?]?(?:\s+[A-ZÅÄÖ–—-]|\s*$)")


# Round 46: a quotation that is a sentence of its own, its full stop inside the marks ("”Vi har inte råd med
# mat längre.”"), is what someone said or wrote; a name or a title quoted in ” ” ends without one.
_WHOLE_SENTENCE_RE = re.compile(r"^[A-ZÅÄÖ0-9].*[.!?…]$", re.S)


def is_whole_sentence(quoted: str) -> bool:
    return len(quoted.split()) >= _SENTENCE_QUOTATION_MIN_WORDS and bool(_WHOLE_SENTENCE_RE.match(quoted.strip()))


def _introducing_sentence(before: str, m: re.Match, after: str) -> str | None:
    """The sentence that makes the quotation at `m` speech (where its speaker is named), or None when
    nothing does. `before` is the paragraph up to the quotation, its last few hundred characters only,
    so that a long paragraph of many quotations stays linear."""
    # A sentence ends at ". " and where a page glued two together ("vinna.Åtta").
    sentences = re.split(r"(?<=[.!?])(?:\s+|(?=[A-ZÅÄÖ]))", before)
    sentence = sentences[-1]
    if introduced(sentence, after) or _AS_THEY_PUT_IT_RE.match(after):
        return sentence
    quoted = m.group("q").split()
    if (
        not sentence.strip()
        and len(sentences) > 1
        and len(quoted) >= _SENTENCE_QUOTATION_MIN_WORDS
        and quoted[0][:1].isupper()
        and _SENTENCE_AFTER_RE.match(after)
    ):
        if _SAYING_RE.search(sentences[-2]):
            return sentences[-2]
        if is_whole_sentence(m.group("q")):
            return ""  # a sentence of its own in quotation marks, no one named for it (round 46)
    return None


_SAYER_RE = re.compile(rf"\b(?:{VERB_ALT})\s+(?P<who>hon|han|hen|[A-ZÅÄÖ][\w-]+)\b")


def _known_sayer(sentence: str, speakers: Speakers, context: list[PersonMention]) -> PersonMention | None:
    """The speaker of "…, skriver Swedin, …" or "…, menar hon, …" when no full name is in the sentence:
    a surname or first name the document has given in full before, or a pronoun's person."""
    m = _SAYER_RE.search(sentence)
    if m is None:  # round 17: or the sentence's subject, "Han deklarerade att ”…”"
        return pronoun_target(speakers, context, "narrative") if SUBJECT_PRONOUN_RE.search(sentence) else None
    who = m.group("who")
    if who.lower() in PRONOUNS:
        return pronoun_target(speakers, context, "narrative")
    name = speakers.index.full_name(who)
    return speakers.index.people.get(name) if name != who else None


def unattributed_quotations(
    unit: Unit, speakers: Speakers, found: list[ParsedQuote], context: list[PersonMention]
) -> list[ParsedQuote]:
    quotes = []
    for m in _QUOTATION_RE.finditer(unit.text):
        words = m.group("q").split()
        at = unit.start + m.start("q")
        if (
            len(words) < UNATTRIBUTED_MIN_WORDS
            or any(q.start <= at < q.end for q in found)
            or _NAMING_BEFORE_RE.search(unit.text[max(0, m.start() - 40) : m.start()])
            or sum(w[:1].isupper() for w in words) * 2 > len(words)
            or _TITLE_WITH_SUBTITLE_RE.search(m.group("q"))
        ):
            continue
        after = unit.text[m.end() :]
        sentence = _introducing_sentence(
            unit.text[max(0, m.start() - SENTENCE_WINDOW) : m.start()], m, after
        )
        if sentence is None:
            continue
        people = find_people(sentence, speakers.matcher, speakers.index)
        person = (
            people[-1].person
            if people
            else _phrase_owner(after, speakers, context) or _known_sayer(sentence, speakers, context)
        )
        quote = inline_quote(unit, m.start("q"), m.end("q"), speakers, person)
        if quote.speaker is None:
            quote.review_note = "Citatet saknar talare i texten; kontrollera vem som citeras."
        quotes.append(quote)
    return quotes


def inline_quote(unit: Unit, a: int, b: int, speakers: Speakers, person: PersonMention | None) -> ParsedQuote:
    text = unit.text[a:b].strip()
    start = unit.start + a + (len(unit.text[a:b]) - len(unit.text[a:b].lstrip()))
    quote = ParsedQuote(text=text, start=start, end=start + len(text), kind="direct")
    person = speakers.resolve(person) if person else None
    set_speaker(quote, person)
    if person:
        speakers.last = person
    return quote
