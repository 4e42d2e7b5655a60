"""Quotes and their speakers in Swedish journalism.

Swedish papers mark speech with a dash opening the paragraph ("– Det är oacceptabelt, säger Heike
Erkers."), not with quotation marks; ” … ” paragraphs are pull-quotes repeating what was said, or
long quoted excerpts. Quotation marks inside running text usually name things (reports, projects,
slogans) and are not quotes. A speaker is named after the verb of saying, or by a pronoun that points
back to the last person named, or not at all when the quote continues the previous speaker.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from reform_kb.pipeline.organisations import OrganisationMatcher
from reform_kb.pipeline.people import PeopleIndex, find_people, parse_person_phrase
from reform_kb.pipeline.records import ParsedQuote, PersonMention

_SPEECH_VERBS_TEXT = """
säger sa sade menar konstaterar avslutar berättar betonar fortsätter förklarar tycker understryker påpekar
anser framhåller tillägger svarar poängterar hävdar summerar beskriver varnar uppger tror medger resonerar
inflikar vidhåller skriver utvecklar frågar undrar tillade sade menade konstaterade berättade betonade
fortsatte förklarade tyckte underströk påpekade ansåg framhöll svarade poängterade hävdade avslutade
beskrev varnade uppgav trodde medgav skrev fyller flikar
"""
# Particle verbs put their particle after the speaker: "fyller Tobias i", "flikar hon in".
_PARTICLE_RE = re.compile(r"\s+(?:i|in)$")
# The outlet a speaker talked to: "…, till Ekot", "till P4 Västernorrland".
_OUTLET_RE = re.compile(r",?\s+till\s+(?:P\d|[A-ZÅÄÖ])[\wåäöÅÄÖ ]*$")
SPEECH_VERBS = [*_SPEECH_VERBS_TEXT.split(), "slår fast"]
_VERB_ALT = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True)) + "|enligt"
PRONOUNS = {"hon", "han", "hen", "de", "vi"}

DASH_RE = re.compile(r"^(?:[–—]\s*|-\s+)(?=\S)")
OPEN_QUOTES = '”“"«'
QUOTE_CHARS = re.compile(r"[”“\"«»]")
# The attribution that ends a quote: ", säger Heike Erkers, förbundsordförande i …" (comma optional,
# since writers drop it) running to the end of the paragraph or of a sentence.
ATTRIBUTION_RE = re.compile(rf"(?:,\s*|(?<=[?!…])\s+|\s+)(?P<verb>{_VERB_ALT})\s+(?P<who>[^\s].*)$", re.S)
TRAILING_ATTRIBUTION_RE = re.compile(rf"^,?\s*(?:{_VERB_ALT})\s+(?P<who>.+)$", re.S)
INTERVIEW_RE = re.compile(r"^(?:Intervju med|Citat:|Källa:|Samtal med)\s+(?P<who>.+)$", re.S)
# "Heike Erkers säger: ”…”" — the speaker before the quote, in one paragraph.
LEAD_IN_RE = re.compile(rf"(?P<intro>[^.!?:]*\b(?:{_VERB_ALT})\b[^.!?:]*):\s*[”“\"](?P<q>[^”\"]+)[”\"]")
_LEAD_IN_HINT_RE = re.compile(r":\s*[”“\"]")
# "”…”, säger Heike Erkers." inside running text.
INLINE_RE = re.compile(rf"[”“\"](?P<q>[^”\"]+)[”\"],\s+(?:{_VERB_ALT})\s+(?P<who>[^.!?]+)")
PHOTO_RE = re.compile(r"\b(?:Foto|Bild|Fotograf|Illustration)\s*:")
# Several people credited together: "Anna A, chef i X; Bo B, socialchef och Cia C, …".
PERSON_LIST_SPLIT = re.compile(r"\s*;\s*|\s+och\s+(?=[A-ZÅÄÖ][a-zåäö]+(?: [A-ZÅÄÖ][a-zåäö-]+)+,)")

PULLQUOTE_MIN_WORDS = 4


@dataclass
class Unit:
    """One paragraph (a line of the body) with its offsets."""

    start: int
    end: int
    text: str
    kind: str = "narrative"  # narrative, heading, caption, dash, quoted


def split_units(body: str) -> list[Unit]:
    """Paragraphs as lines; a dash quote run into the previous paragraph ("… hänsyn. – LVU …") is split off."""
    units = []
    for m in re.finditer(r"[^\n]+", body):
        line = m.group(0)
        offset = m.start()
        pieces = [0] + [p.end() for p in re.finditer(r"(?<=[.!?])\s+(?=[–—] [A-ZÅÄÖ])", line)] + [len(line)]
        for a, b in zip(pieces, pieces[1:], strict=False):
            raw = line[a:b]
            stripped = raw.strip()
            if stripped:
                lead = len(raw) - len(raw.lstrip())
                units.append(Unit(offset + a + lead, offset + a + lead + len(stripped), stripped))
    for unit in units:
        unit.kind = _classify(unit.text)
    return units


def _classify(text: str) -> str:
    if DASH_RE.match(text):
        return "dash"
    if text[0] in OPEN_QUOTES:
        return "quoted"
    if PHOTO_RE.search(text):
        return "caption"
    if len(text.split()) <= 8 and text[-1] not in '.!?:;,”"…)':
        return "heading"
    if text.count(".") > 1 or len(text.split()) > 30 or QUOTE_CHARS.search(text):
        return "narrative"  # too long for a presenting line: spare the name parser
    person = parse_person_phrase(text)
    if person and person.role and text.startswith(person.name):
        return "caption"  # a presenting line: "Rebecca Svensson, socionom och enhetschef …"
    return "narrative"


def _ends_sentence(text: str) -> bool:
    return text.rstrip()[-1:] in '.!?…”"»'


def _is_list_item(text: str) -> bool:
    """A dash paragraph that is a bullet, not speech: lower-case start or no sentence ending."""
    rest = DASH_RE.sub("", text)
    return not rest or rest[0].islower() or not _ends_sentence(rest)


_CLAUSE_OPENERS = tuple(
    f"{word} "
    for word in ("som", "vilken", "vars", "och", "men", "att", "när", "då", "eftersom", "innan", "efter")
)


# Roles held in a municipality's or region's own bodies, which name no organisation of their own.
_MUNICIPAL_ROLE_RE = re.compile(
    r"nämnd|styrelse|fullmäktige|kommunalråd|kommunråd|oppositionsråd|borgarråd|regionråd"
)
_HOME_KINDS = ("kommun", "region")


class _Speakers:
    """Who is talking, as the reader tracks it through one document."""

    def __init__(self, units: list[Unit], matcher: OrganisationMatcher, home=None):
        self.matcher = matcher
        self.index = PeopleIndex()
        self.caption: PersonMention | None = None
        self.last: PersonMention | None = None
        self.home = home
        for unit in units:  # first pass: everyone the document presents, so first names can resolve
            if unit.kind == "caption":
                person = parse_person_phrase(unit.text, matcher)
                if person:
                    self.index.add(person)
            if unit.kind in ("dash", "quoted"):
                person = self.attributed_person(unit.text)
                if person:
                    self.index.add(person)
        for unit in units:
            if unit.kind in ("narrative", "caption", "heading"):
                credited = PHOTO_RE.split(unit.text)[0]  # a photographer is never a speaker
                for span in find_people(credited, matcher, self.index):
                    self.index.add(span.person)

    def attributed_person(self, text: str) -> PersonMention | None:
        """The person in an attribution's tail ("Heike Erkers, förbundsordförande i …"), not a pronoun.

        The attribution is found as quotes find it: "barnen berättar mer …, säger Tobias" is Tobias
        speaking, not an attribution after "berättar"."""
        _end, head, _resume = _split_attribution(DASH_RE.sub("", text))
        if head is None or head.split()[0].lower().rstrip(",") in PRONOUNS:
            return None
        return self.parse_who(head)

    def parse_who(self, who: str) -> PersonMention | None:
        who = _OUTLET_RE.sub("", _PARTICLE_RE.sub("", who.strip().rstrip(".!?")))
        person = parse_person_phrase(who, self.matcher)
        if person is None:
            return None
        if person.role.startswith(_CLAUSE_OPENERS):
            # A clause about the speaker ("som …", "och hoppas att …"), not a title.
            person.role = ""
        return person

    def named_in(self, unit: Unit) -> list[PersonMention]:
        """People a narrative paragraph names, as the document knows them (role and organisation)."""
        return [
            self.resolve(PersonMention(s.person.name))
            for s in find_people(unit.text, self.matcher, self.index)
        ]

    def resolve(self, person: PersonMention) -> PersonMention:
        person = self.index.enrich(person)
        if person.organisation is None and person.role and _MUNICIPAL_ROLE_RE.search(person.role):
            # "socialnämndens ordförande", "kommunalråd": a politician of the municipality the text is about.
            person.organisation = self.home() if self.home else None
        return person


def _person_from_who(speakers: _Speakers, who: str) -> tuple[PersonMention | None, bool]:
    """(person, is_pronoun) from the words after the verb of saying."""
    words = who.strip().rstrip(".!?").split()
    if words and words[0].lower().rstrip(",") in PRONOUNS:
        return None, True
    return speakers.parse_who(who), False


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
    return 0 < len(before) <= 4 and not any(w.lower() in _CLAUSE_WORDS for w in before)


# What may follow the speaker in an attribution: "sa Per Lindqvist när lagen presenterades".
_CIRCUMSTANCE_RE = re.compile(
    r"\s+(?:(?:när|då|efter|medan|eftersom|inför|under|vid|i samband med|i en|i ett)\s+[a-zåäö]|till\s+\S).*$"
)


@lru_cache(maxsize=2048)  # a dash paragraph is split when speakers are gathered and again when quoted
def _split_attribution(text: str) -> tuple[int, str | None, int]:
    """(end of the spoken words, attribution tail, where the words go on after the attribution).

    The attribution usually ends the paragraph; when it ends a sentence inside it ("…, säger hon. Och
    sedan …") the words after it are more of the same quote.
    """
    for m in _attributions(text):
        who = m.group("who").strip()
        words = who.split()
        first = words[0].rstrip(".,!?") if words else ""
        sentence = re.match(r"(?P<who>[^.!?]+)[.!?]?\s*(?P<rest>.*)$", who, re.S)
        head, rest = sentence.group("who").strip(), sentence.group("rest")
        if rest and not re.match(r"(?:[–—-]\s*)?[A-ZÅÄÖ]", rest):
            continue  # the sentence goes on: not an attribution
        if first.lower() in PRONOUNS:
            return m.start(), head, (m.start("who") + sentence.start("rest")) if rest else len(text)
        if m.group("verb") in ("fyller", "flikar"):
            head = _PARTICLE_RE.sub("", head)
        person = parse_person_phrase(head)
        if person is None and (trimmed := _CIRCUMSTANCE_RE.sub("", head)) != head:
            head, person = trimmed, parse_person_phrase(trimmed)
        if person is None or not _plausible_attribution(head, person):
            continue
        return m.start(), head, (m.start("who") + sentence.start("rest")) if rest else len(text)
    return len(text), None, len(text)


def extract_quotes(
    body: str, matcher: OrganisationMatcher, publishers: list[str] | None = None
) -> list[ParsedQuote]:
    """Direct quotes, pull-quotes and quoted excerpts in a document's clean text, with speakers.

    `publishers` are the document's publishing organisations: a municipality publishing its own news
    is the one its politicians sit for, as is otherwise the first municipality the text names."""
    units = split_units(body)
    speakers = _Speakers(units, matcher, lambda: _home(body, matcher, publishers or []))
    answers = _interview_answers(units, speakers)
    quotes: list[ParsedQuote] = []
    pullquotes: list[ParsedQuote] = []
    context: list[PersonMention] = []  # people named in the latest narrative paragraph
    previous_kind = ""
    i = 0
    while i < len(units):
        unit = units[i]
        if unit.kind == "caption":
            person = parse_person_phrase(unit.text, matcher)
            if person:
                speakers.caption = speakers.resolve(person)
                context = [speakers.caption]
        elif unit.kind == "narrative" and i in answers:
            quotes.append(_answer(unit, answers[i], speakers))
        elif unit.kind == "narrative":
            undashed = _undashed_quote(unit, speakers, context, previous_kind)
            context = speakers.named_in(unit) or ([] if _mentions_other_subject(unit.text) else context)
            quotes.extend(undashed or _inline_quotes(unit, speakers, context))
        elif unit.kind == "dash":
            run_end = i
            while run_end + 1 < len(units) and units[run_end + 1].kind == "dash":
                run_end += 1
            if any(_is_list_item(u.text) for u in units[i : run_end + 1]):
                i = run_end + 1  # a bullet list, not speech
                previous_kind = "list"
                continue
            quotes.extend(_dash_quote(unit, speakers, context, previous_kind))
        elif unit.kind == "quoted":
            consumed, found = _quoted(units, i, speakers, context)
            for quote in found:
                (pullquotes if quote.kind == "pullquote" else quotes).append(quote)
            if found and found[-1].kind != "pullquote" and found[-1].speaker:
                speakers.last = found[-1].speaker
            i += consumed
            previous_kind = "quoted"
            continue
        if unit.kind != "heading":
            previous_kind = unit.kind
        i += 1
    _attribute_pullquotes(pullquotes, quotes, speakers)
    found = sorted(quotes + pullquotes, key=lambda q: q.start)
    for quote in found:
        quote.text = body[quote.start : quote.end]
    return [q for q in found if q.text.strip()]


def _home(body: str, matcher: OrganisationMatcher, publishers: list[str]) -> str | None:
    for name in publishers:
        info = matcher.organisations.get(name)
        if (info.kind if info else "") in _HOME_KINDS or name.endswith((" kommun", " stad")):
            return name
    return next((m.name for m in matcher.find_all(body) if m.kind in _HOME_KINDS), None)


def _mentions_other_subject(text: str) -> bool:
    """Whether a narrative paragraph without names starts a new topic rather than going on about the
    person last named ("Hon uppmanar …" keeps them)."""
    return not re.search(r"\b(?:[Hh]on|[Hh]an|[Hh]en|[Hh]ennes|[Hh]ans)\b", text)


# Verbs that report rather than quote when a paragraph has no dash: "…, enligt Maria Ek.", "…, skriver hon."
_REPORTING_VERBS = frozenset(["enligt", "skriver", "skrev", "frågar", "undrar", "beskriver", "beskrev"])


def _undashed_quote(
    unit: Unit, speakers: _Speakers, context: list[PersonMention], previous_kind: str
) -> list[ParsedQuote]:
    """A paragraph that is speech without a dash: "Det är en chans att tänka nytt, sa Per Lindqvist."

    Only a paragraph whose attribution closes it, after a comma (or ? !), with a verb of saying and a
    person or pronoun, counts; anything else is narrative.
    """
    if QUOTE_CHARS.search(unit.text):
        return []
    end, who, resume = _split_attribution(unit.text)
    if who is None or resume != len(unit.text):
        return []
    before, after = unit.text[:end].rstrip(), unit.text[end:]
    verb = re.match(r"[,\s]*(\w+)", after)
    if (
        not verb
        or verb.group(1).lower() in _REPORTING_VERBS
        or not (after.startswith(",") or before[-1:] in "?!")
        or len(before.split()) < 4
    ):
        return []
    return _dash_quote(unit, speakers, context, previous_kind, lead=0)


# Labelled interviews: "Fråga: Vad har ändrats?" then "Svar: Att lagen …".
_QUESTION_LABEL_RE = re.compile(r"^(?:Fråga|F)\s*:\s*\S")
_ANSWER_LABEL_RE = re.compile(r"^(?:Svar|S)\s*:\s*(?=\S)")
# A question put to the reader of an interview: "Hur har ni förberett er?", "Oroar du dig för ekonomin?"
_YOU_RE = re.compile(r"\b(?:du|dig|din|ditt|dina|ni|er|era|ert)\b", re.IGNORECASE)
QUESTION_MAX_WORDS = 30
QA_MIN_QUESTIONS = 3


def _interview_answers(units: list[Unit], speakers: _Speakers) -> dict[int, PersonMention | None]:
    """The answer paragraphs of a Q&A interview, each with the interviewee the ingress presents.

    A Q&A is at least two questions addressed to "du"/"ni", each followed by plain paragraphs; a
    run of questions with nothing under them is a survey's questions, not an interview.
    """
    asked = [
        i
        for i, u in enumerate(units)
        if u.kind == "narrative" and u.text.endswith("?") and len(u.text.split()) <= QUESTION_MAX_WORDS
    ]
    questions = [i for i in asked if _YOU_RE.search(units[i].text)]
    if questions and len(asked) >= QA_MIN_QUESTIONS and all(_answered(units, i) for i in asked):
        # An interview keeps asking and answering in turn; not every question says "du" ("Vad är svårast?").
        questions = asked
    labelled = [i for i, u in enumerate(units) if _ANSWER_LABEL_RE.match(u.text)]
    if len(labelled) >= 2 and any(_QUESTION_LABEL_RE.match(u.text) for u in units):
        # "Fråga: …" / "Svar: …": the labels say which paragraphs are answers.
        questions = [i for i, u in enumerate(units) if _QUESTION_LABEL_RE.match(u.text)]
        return _with_interviewee(units, speakers, min(questions + labelled), labelled)
    answers: dict[int, PersonMention | None] = {}
    answered = 0
    for n, q in enumerate(questions):
        stop = questions[n + 1] if n + 1 < len(questions) else len(units)
        run = []
        for j in range(q + 1, stop):
            if units[j].kind != "narrative" or units[j].text.endswith("?"):
                break
            run.append(j)
        answered += bool(run)
        answers.update(dict.fromkeys(run))
    if answered < 2:
        return {}
    return _with_interviewee(units, speakers, questions[0], list(answers))


def _answered(units: list[Unit], i: int) -> bool:
    """A plain paragraph, not another question, straight under the question at `i`."""
    return i + 1 < len(units) and units[i + 1].kind == "narrative" and not units[i + 1].text.endswith("?")


def _with_interviewee(
    units: list[Unit], speakers: _Speakers, first_question: int, answers: list[int]
) -> dict[int, PersonMention | None]:
    """The answers, each credited to the person the ingress (above the first question) presents."""
    interviewee = None
    for unit in units[:first_question]:
        if unit.kind == "caption":
            interviewee = parse_person_phrase(unit.text, speakers.matcher)
        elif unit.kind == "narrative":
            named = speakers.named_in(unit)
            interviewee = named[0] if named else None
        if interviewee:
            break
    person = speakers.resolve(interviewee) if interviewee else None
    return dict.fromkeys(answers, person)


def _answer(unit: Unit, person: PersonMention | None, speakers: _Speakers) -> ParsedQuote:
    label = _ANSWER_LABEL_RE.match(unit.text)
    skip = label.end() if label else 0  # "Svar: " is no part of what was said
    quote = ParsedQuote(text=unit.text[skip:], start=unit.start + skip, end=unit.end, kind="direct")
    _set_speaker(quote, person)
    if person is None:
        quote.review_note = "Svar i en intervju där ingressen inte namnger den intervjuade."
    else:
        speakers.last = person
    return quote


def _dash_quote(
    unit: Unit,
    speakers: _Speakers,
    context: list[PersonMention],
    previous_kind: str,
    lead: int | None = None,
) -> list[ParsedQuote]:
    lead = DASH_RE.match(unit.text).end() if lead is None else lead
    spoken = unit.text[lead:]
    end, who, resume = _split_attribution(spoken)
    if who is not None:
        person, pronoun = _person_from_who(speakers, who)
        if pronoun:
            person = _pronoun_target(speakers, context, previous_kind)
        if person is not None:
            person = speakers.resolve(person)
    elif previous_kind in ("dash", "quoted") and speakers.last:
        person = speakers.last  # a second paragraph of the same answer
    else:
        person = (context[-1] if context else None) or speakers.last or speakers.caption
    # Only a photo caption points at this speaker: likely, but an editor should confirm.
    weak = person is not None and person is speakers.caption and who is None
    if person:
        speakers.last = person
    quotes = []
    for a, b in ((0, end), (resume, len(spoken))):
        text = spoken[a:b].strip()
        if len(text.split()) < 2:
            continue
        start = unit.start + lead + a + (len(spoken[a:b]) - len(spoken[a:b].lstrip()))
        quote = ParsedQuote(text=text, start=start, end=start + len(text), kind="direct")
        _set_speaker(quote, person)
        if weak:
            _flag(quote, WEAK_CAPTION_NOTE)
        quotes.append(quote)
    return quotes


WEAK_CAPTION_NOTE = "Talaren är antagen från bildtexten; citatet saknar egen attribution."
WEAK_PULLQUOTE_NOTE = "Citatet upprepar inget yttrande i texten; talaren är antagen."


def _flag(quote: ParsedQuote, note: str) -> None:
    quote.needs_review = True
    quote.review_note = quote.review_note or note


def _pronoun_target(
    speakers: _Speakers, context: list[PersonMention], previous_kind: str
) -> PersonMention | None:
    if previous_kind in ("narrative", "caption") and context:
        return context[-1]
    return speakers.last or (context[-1] if context else None) or speakers.caption


def _set_speaker(
    quote: ParsedQuote, person: PersonMention | None, co: list[PersonMention] | None = None
) -> None:
    if person is None:
        quote.needs_review = True
        quote.review_note = "Ingen talare hittades."
        return
    quote.speaker = PersonMention(person.name, person.role, person.organisation, person.party)
    quote.co_speakers = co or []


def _closing_quote(text: str, start: int) -> int:
    m = re.compile(r"[”\"»]").search(text, start)
    return m.start() if m else -1


def _quoted(
    units: list[Unit], i: int, speakers: _Speakers, context: list[PersonMention]
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
    if not trailing.strip(" .,;") and i > 0 and _introduces_quote(units[i - 1].text):
        # "SKR:s sektionschef Lena Ström säger att …:" then the quotation on its own line.
        people = speakers.named_in(units[i - 1])
        person = people[-1] if people else (_pronoun_target(speakers, context, "narrative"))
        _set_speaker(quote, person)
        return 1, [quote]
    if not trailing.strip(" .,;"):
        if (
            len(text.split()) < PULLQUOTE_MIN_WORDS
            or not _ends_sentence(text.rstrip('”"'))
            and len(text.split()) < 8
        ):
            return 1, []  # a quoted title or term on its own line
        quote.kind = "pullquote"
        return 1, [quote]
    credited = TRAILING_ATTRIBUTION_RE.match(trailing)
    if credited:
        person, pronoun = _person_from_who(speakers, credited.group("who"))
        if pronoun:
            person = _pronoun_target(speakers, context, "narrative")
        _set_speaker(quote, speakers.resolve(person) if person else None)
        return 1, [quote]
    interview = INTERVIEW_RE.match(trailing)
    if interview:
        people = [
            speakers.parse_who(part) for part in PERSON_LIST_SPLIT.split(interview.group("who").rstrip("."))
        ]
        people = [speakers.resolve(p) for p in people if p]
        _set_speaker(quote, people[0] if people else None, people[1:])
        return 1, [quote]
    return 1, []  # "”Tidiga insikter för tidiga insatser” är ett projekt …": a name, not speech


_INTRODUCING_RE = re.compile(rf"\b(?:{_VERB_ALT})\b[^.!?]*:$")


def _introduces_quote(text: str) -> bool:
    """A paragraph ending in a colon after a verb of saying: "Hon säger:", "Lena Ström skriver att …:"."""
    return bool(_INTRODUCING_RE.search(text))


def _excerpt(
    units: list[Unit], i: int, speakers: _Speakers, context: list[PersonMention]
) -> tuple[int, list[ParsedQuote]]:
    """A quotation opened in one paragraph and closed in a later one: one excerpt."""
    marks = len(QUOTE_CHARS.findall(units[i].text))
    for j in range(i + 1, min(len(units), i + 40)):
        text = units[j].text
        marks += len(QUOTE_CHARS.findall(text))
        if marks % 2 == 1:
            continue
        close = max(text.rfind("”"), text.rfind('"'), text.rfind("»"))
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
        _set_speaker(quote, speakers.resolve(person) if person else None)
        if person is not None and person is speakers.caption and not credited:
            _flag(quote, WEAK_CAPTION_NOTE)
        return j - i + 1, [quote]
    return 1, []


def _inline_quotes(unit: Unit, speakers: _Speakers, context: list[PersonMention]) -> list[ParsedQuote]:
    """Quotations with their speaker inside running text: "X säger: ”…”" and "”…”, säger X"."""
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
        person = people[-1].person if people else None
        if person is None and any(w.lower() in PRONOUNS for w in intro_words):
            person = context[-1] if context else speakers.last
        found.append(_inline(unit, m.start("q"), m.end("q"), speakers, person))
    for m in INLINE_RE.finditer(unit.text):
        if len(m.group("q").split()) < PULLQUOTE_MIN_WORDS or any(
            q.start <= unit.start + m.start("q") < q.end for q in found
        ):
            continue
        person, pronoun = _person_from_who(speakers, m.group("who"))
        if pronoun:
            person = context[-1] if context else speakers.last
        elif person is None:
            continue  # "”Rapporten”, skriver förvaltningen": not a person speaking
        found.append(_inline(unit, m.start("q"), m.end("q"), speakers, person))
    return found


def _inline(unit: Unit, a: int, b: int, speakers: _Speakers, person: PersonMention | None) -> ParsedQuote:
    text = unit.text[a:b].strip()
    start = unit.start + a + (len(unit.text[a:b]) - len(unit.text[a:b].lstrip()))
    quote = ParsedQuote(text=text, start=start, end=start + len(text), kind="direct")
    person = speakers.resolve(person) if person else None
    _set_speaker(quote, person)
    if person:
        speakers.last = person
    return quote


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"\w+", text) if len(w) > 2}


def _attribute_pullquotes(
    pullquotes: list[ParsedQuote], quotes: list[ParsedQuote], speakers: _Speakers
) -> None:
    """A pull-quote repeats (often shortened) something said in the article: credit the same speaker."""
    counts = Counter(q.speaker.name for q in quotes if q.speaker)
    main = (
        next((q.speaker for q in quotes if q.speaker and q.speaker.name == counts.most_common(1)[0][0]), None)
        if counts
        else None
    )
    # Each quote's words once, not once per pull-quote.
    spoken = (
        [(quote, _words(quote.text)) for quote in quotes if quote.speaker is not None] if pullquotes else []
    )
    for pull in pullquotes:
        words = _words(pull.text)
        best, best_score = None, 0.0
        for quote, quote_words in spoken:
            if not words:
                continue
            score = len(words & quote_words) / len(words)
            if score > best_score:
                best, best_score = quote, score
        person = best.speaker if best is not None and best_score >= 0.5 else main or speakers.caption
        _set_speaker(pull, person)
        if person is not None and (best is None or best_score < 0.5):
            _flag(pull, WEAK_PULLQUOTE_NOTE)
