"""Quotation marks: a quoted paragraph (pull-quote, credited quotation or excerpt) and quotations in
running text ("X säger: ”…”", "”…”, säger X")."""

from __future__ import annotations

import re

from reform_kb.pipeline.people import find_people, parse_person_phrase
from reform_kb.pipeline.records import ParsedQuote, PersonMention

from .attribution import INDEFINITE_RE, PRONOUNS, SUBJECT_PRONOUN_RE, TRAILING_ATTRIBUTION_RE, VERB_ALT
from .speakers import (
    CUT_OFF_NOTE,
    WEAK_CAPTION_NOTE,
    Speakers,
    flag,
    person_from_who,
    pronoun_target,
    set_speaker,
)
from .units import FIRST_PERSON_RE, QUOTE_CHARS, Unit, ends_like_a_sentence
from .voices import cited_organisation, introducing_organisation

INTERVIEW_RE = re.compile(r"^(?:Intervju med|Citat:|Källa:|Samtal med)\s+(?P<who>.+)$", re.S)
# "Heike Erkers säger: ”…”" — the speaker before the quote, in one paragraph.
LEAD_IN_RE = re.compile(rf"(?P<intro>[^.!?:]*\b(?:{VERB_ALT})\b[^.!?:]*):\s*[”“\"](?P<q>[^”\"]+)[”\"]")
_LEAD_IN_HINT_RE = re.compile(r":\s*[”“\"]")
# "”…”, säger Heike Erkers." inside running text.
# Round 9: the comma may stand inside the closing mark, as English has it ("…riktning,” säger X").
INLINE_RE = re.compile(rf"[”“\"](?P<q>[^”\"]+?)(?:[”\"],|,[”\"])\s+(?:{VERB_ALT})\s+(?P<who>[^.!?]+)")
# Several people credited together: "Anna A, chef i X; Bo B, socialchef och Cia C, …".
PERSON_LIST_SPLIT = re.compile(r"\s*;\s*|\s+och\s+(?=[A-ZÅÄÖ][a-zåäö]+(?: [A-ZÅÄÖ][a-zåäö-]+)+,)")

# "”…”, står det i pressmeddelandet", "heter det i beslutet": a quotation whose source is a document,
# the impersonal "det" standing where a speaker would.
_DOCUMENT_SOURCE_RE = re.compile(r"^,\s*(?:står|stod|heter|hette|framgår|framgick) det (?:i|av) \w")

PULLQUOTE_MIN_WORDS = 4
# A sentence ending inside a quotation: ". " before the next sentence, or the last full stop.
_SENTENCE_END_RE = re.compile(r"[.!?…](?=\s+[A-ZÅÄÖ]|[”\"»]?$)")


_CLOSE_RE = re.compile(r"[”\"»«]")  # »…« closes with «


def _closing_quote(text: str, start: int) -> int:
    """Where the quotation closes, from `start`; -1 when it runs on into later paragraphs."""
    m = _CLOSE_RE.search(text, start)
    return m.start() if m else -1


def quoted_paragraph(
    units: list[Unit], i: int, speakers: Speakers, context: list[PersonMention]
) -> tuple[int, list[ParsedQuote]]:
    """A paragraph opening with a quotation mark: pull-quote, credited quotation or excerpt."""
    unit = units[i]
    close = _closing_quote(unit.text, 1)
    if close == -1:
        return _excerpt(units, i, speakers, context)
    inner = unit.text[1:close]
    trailing = unit.text[close + 1 :].strip()
    text = inner.strip()
    start = unit.start + 1 + (len(inner) - len(inner.lstrip()))
    quote = ParsedQuote(text=text, start=start, end=start + len(text), kind="direct")
    introduced = i > 0 and _quotation_is_introduced(units[i - 1].text, text, context)
    if introduced and not TRAILING_ATTRIBUTION_RE.match(trailing):
        # "SKR:s sektionschef Lena Ström säger att …:" then the quotation on its own line, perhaps with
        # the writer's comment after it ("”…”. Varför står det inte ”ska”?").
        return 1, [_under_introduction(units, i, quote, speakers, context)]
    if not trailing.strip(" .,;"):
        return 1, _standing_alone(quote)
    if cited := cited_organisation(trailing, speakers.matcher):
        set_speaker(quote, None)  # "”…” (Tallby kommuns riktlinjer)": a text cited by its source
        quote.organisation = cited
        return 1, [quote]
    if _DOCUMENT_SOURCE_RE.match(trailing):
        set_speaker(quote, None)  # "”…”, står det i rapporten": a document speaks, no person
        return 1, [quote]
    credited = TRAILING_ATTRIBUTION_RE.match(trailing)
    if credited:
        person, pronoun = person_from_who(speakers, credited.group("who"))
        if pronoun:
            person = pronoun_target(speakers, context, "narrative")
        co = speakers.co_speakers(credited.group("who")) if person and not pronoun else []
        set_speaker(quote, speakers.resolve(person) if person else None, co)
        return 1, [quote]
    interview = INTERVIEW_RE.match(trailing)
    if interview:
        people = [
            speakers.parse_who(part) for part in PERSON_LIST_SPLIT.split(interview.group("who").rstrip("."))
        ]
        people = [speakers.resolve(p) for p in people if p]
        set_speaker(quote, people[0] if people else None, people[1:])
        return 1, [quote]
    return 1, []  # "”Tidiga insikter för tidiga insatser” är ett projekt …": a name, not speech


def _under_introduction(
    units: list[Unit], i: int, quote: ParsedQuote, speakers: Speakers, context: list[PersonMention]
) -> ParsedQuote:
    """A quotation on its own line under a paragraph introducing it: credited to the person that paragraph
    names, else to the organisation it gives the word to ("Socialstyrelsen skriver:"), else to the person
    a pronoun points at ("Hon skriver:")."""
    people = speakers.named_in(units[i - 1])
    organisation, person = (None, people[-1]) if people else (_introducing_organisation(units, i, speakers), None)
    if person is None and organisation is None:
        person = pronoun_target(speakers, context, "narrative")
    set_speaker(quote, person)
    quote.organisation = organisation
    return quote


def _introducing_organisation(units: list[Unit], i: int, speakers: Speakers) -> str | None:
    """The organisation the paragraph before a quotation gives the word to, with the text before it for a
    generic noun ("Förbundet skriver:") to point back into."""
    earlier = " ".join(u.text for u in units[max(0, i - 8) : i - 1])
    return introducing_organisation(units[i - 1].text, earlier, speakers.matcher)


def _standing_alone(quote: ParsedQuote) -> list[ParsedQuote]:
    """A quotation that is a paragraph of its own, with no attribution: a pull-quote when it is one
    sentence (a lifted quote), a statement quoted without its source when it is several; a short
    quoted title or term is neither."""
    words = len(quote.text.split())
    if words < PULLQUOTE_MIN_WORDS:
        return []  # a quoted title or term on its own line
    if not ends_like_a_sentence(quote.text.rstrip('”"')) and words < 8:
        # Round 9: a few quoted words without a full stop may be a title or a term, or a pull-quote under
        # the headline ("”Det finns stora utmaningar”"): a pull-quote only if someone says them in the text
        # (quotes/pullquotes.py keeps it then, and drops it otherwise).
        quote.kind = "pullquote"
        quote.unconfirmed = True
        return [quote]
    if len(_SENTENCE_END_RE.findall(quote.text)) < 2:
        quote.kind = "pullquote"
    else:
        set_speaker(quote, None)
    return [quote]


_INTRODUCING_RE = re.compile(rf"\b(?:{VERB_ALT})\b[^.!?]*:$")


def _quotation_is_introduced(before: str, quotation: str, context: list[PersonMention]) -> bool:
    """Whether the paragraph `before` introduces the quotation under it: with a verb of saying or a presenting
    line, or (round 12) closed by a colon over words in the first person ("Eva har varit medlem sedan
    barnsben …:" / "”Jag minns …”"), when it names someone."""
    if _introduces_quote(before):
        return True
    return before.endswith(":") and bool(context) and bool(FIRST_PERSON_RE.search(quotation))


def _introduces_quote(text: str) -> bool:
    """A paragraph ending in a colon after a verb of saying: "Hon säger:", "Lena Ström skriver att …:"; or
    (round 11) a presenting line closed by a colon, the statement under it: "Lisa Dahlberg (S), kommunstyrelsens
    ordförande:"."""
    if _INTRODUCING_RE.search(text):
        return True
    person = parse_person_phrase(text[:-1]) if text.endswith(":") and len(text) <= 120 else None
    return bool(person and text.startswith(person.name) and (person.role or person.party))


def _excerpt(
    units: list[Unit], i: int, speakers: Speakers, context: list[PersonMention]
) -> tuple[int, list[ParsedQuote]]:
    """A quotation opened in one paragraph and closed in a later one: one excerpt."""
    marks = len(QUOTE_CHARS.findall(units[i].text))
    for j in range(i + 1, min(len(units), i + 40)):
        text = units[j].text
        marks += len(QUOTE_CHARS.findall(text))
        if marks % 2 == 1:
            continue
        close = max(text.rfind("”"), text.rfind('"'), text.rfind("»"), text.rfind("«"))
        trailing = text[close + 1 :].strip()
        start = units[i].start + 1
        end = units[j].start + close
        quote = ParsedQuote(text="", start=start, end=end, kind="excerpt")  # text: see extract_quotes
        person = None
        credited = TRAILING_ATTRIBUTION_RE.match(trailing) if trailing else None
        if credited:
            person = speakers.parse_who(credited.group("who"))
        if person is None:
            person = (context[-1] if context else None) or speakers.caption
        set_speaker(quote, speakers.resolve(person) if person else None)
        if person is not None and person is speakers.caption and not credited:
            flag(quote, WEAK_CAPTION_NOTE)
        return j - i + 1, [quote]
    return 1, []


def inline_quotes(
    unit: Unit, speakers: Speakers, context: list[PersonMention], *, at_end: bool = False
) -> list[ParsedQuote]:
    """Quotations with their speaker inside running text: "X säger: ”…”" and "”…”, säger X"; `at_end`
    when the paragraph is the text's last, where a stored copy may stop inside a quotation."""
    found: list[ParsedQuote] = []
    if not QUOTE_CHARS.search(unit.text):
        return found  # most paragraphs: spare the regexes, which try every position
    lead_ins = LEAD_IN_RE.finditer(unit.text) if _LEAD_IN_HINT_RE.search(unit.text) else ()
    for m in lead_ins:
        words = m.group("q").split()
        if len(words) < PULLQUOTE_MIN_WORDS:
            continue
        people = find_people(m.group("intro"), speakers.matcher, speakers.index)
        intro_words = m.group("intro").split()
        person = people[-1].person if people else _known_by_surname(intro_words, speakers)
        if person is None and any(w.lower() in PRONOUNS for w in intro_words):
            person = context[-1] if context else speakers.last
        found.append(_inline(unit, m.start("q"), m.end("q"), speakers, person))
    for m in INLINE_RE.finditer(unit.text):
        if len(m.group("q").split()) < PULLQUOTE_MIN_WORDS or any(
            q.start <= unit.start + m.start("q") < q.end for q in found
        ):
            continue
        person, pronoun = person_from_who(speakers, m.group("who"))
        if pronoun:
            person = context[-1] if context else speakers.last
        elif person is None and not INDEFINITE_RE.match(m.group("who").strip()):
            continue  # "”Rapporten”, skriver förvaltningen": not a person speaking ("säger en av dem" is one)
        found.append(_inline(unit, m.start("q"), m.end("q"), speakers, person))
    found += _unattributed_quotations(unit, speakers, found, context)
    if at_end and not ends_like_a_sentence(unit.text):
        found += _cut_off_quotation(unit, speakers)
    return found


def _known_by_surname(words: list[str], speakers: Speakers) -> PersonMention | None:
    """ "Halleröd säger: ”…”": a lead-in naming someone by the surname the document gave earlier (round 7),
    which the full-name search does not find alone."""
    for word in reversed(words):
        name = speakers.index.full_name(word.strip(",;"))
        if word[:1].isupper() and name in speakers.index.people and name != word:
            return speakers.index.people[name]
    return None


def _cut_off_quotation(unit: Unit, speakers: Speakers) -> list[ParsedQuote]:
    """A quotation the end of the text cuts off ("… ska kunna ”känna välbefinn"): an opening mark with no
    closing one after it, introduced as a quotation is; kept, and flagged as cut off."""
    marks = list(QUOTE_CHARS.finditer(unit.text))
    if not marks or len(marks) % 2 == 0:
        return []
    opening = marks[-1]
    if not unit.text[opening.end() :].strip():
        return []
    before = unit.text[max(0, opening.start() - _SENTENCE_WINDOW) : opening.start()]
    sentence = re.split(r"(?<=[.!?])(?:\s+|(?=[A-ZÅÄÖ]))", before)[-1]
    if not _introduced(sentence, ""):
        return []
    people = find_people(sentence, speakers.matcher, speakers.index)
    quote = _inline(unit, opening.end(), len(unit.text), speakers, people[-1].person if people else None)
    # Cut off is what an editor must know first; a missing speaker is said after it.
    quote.review_note = " ".join(note for note in (CUT_OFF_NOTE, quote.review_note) if note)
    quote.needs_review = True
    return [quote]


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
_SENTENCE_WINDOW = 300
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


def _introduced(sentence: str, after: str) -> bool:
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


def _introducing_sentence(before: str, m: re.Match, after: str) -> str | None:
    """The sentence that makes the quotation at `m` speech (where its speaker is named), or None when
    nothing does. `before` is the paragraph up to the quotation, its last few hundred characters only,
    so that a long paragraph of many quotations stays linear."""
    # A sentence ends at ". " and where a page glued two together ("vinna.Åtta").
    sentences = re.split(r"(?<=[.!?])(?:\s+|(?=[A-ZÅÄÖ]))", before)
    sentence = sentences[-1]
    if _introduced(sentence, after) or _AS_THEY_PUT_IT_RE.match(after):
        return sentence
    quoted = m.group("q").split()
    if (
        not sentence.strip()
        and len(sentences) > 1
        and len(quoted) >= _SENTENCE_QUOTATION_MIN_WORDS
        and quoted[0][:1].isupper()
        and _SENTENCE_AFTER_RE.match(after)
        and _SAYING_RE.search(sentences[-2])
    ):
        return sentences[-2]
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


def _unattributed_quotations(
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
            unit.text[max(0, m.start() - _SENTENCE_WINDOW) : m.start()], m, after
        )
        if sentence is None:
            continue
        people = find_people(sentence, speakers.matcher, speakers.index)
        person = (
            people[-1].person
            if people
            else _phrase_owner(after, speakers, context) or _known_sayer(sentence, speakers, context)
        )
        quote = _inline(unit, m.start("q"), m.end("q"), speakers, person)
        if quote.speaker is None:
            quote.review_note = "Citatet saknar talare i texten; kontrollera vem som citeras."
        quotes.append(quote)
    return quotes


def _inline(unit: Unit, a: int, b: int, speakers: Speakers, person: PersonMention | None) -> ParsedQuote:
    text = unit.text[a:b].strip()
    start = unit.start + a + (len(unit.text[a:b]) - len(unit.text[a:b].lstrip()))
    quote = ParsedQuote(text=text, start=start, end=start + len(text), kind="direct")
    person = speakers.resolve(person) if person else None
    set_speaker(quote, person)
    if person:
        speakers.last = person
    return quote
