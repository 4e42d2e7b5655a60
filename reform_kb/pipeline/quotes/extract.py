"""All quotes of a document, read paragraph by paragraph as a reader tracks who is talking."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from reform_kb.pipeline.organisations import OrganisationMatcher
from reform_kb.pipeline.people import parse_person_phrase
from reform_kb.pipeline.records import ParsedQuote, PersonMention
from reform_kb.pipeline.role_tails import drop_workplaces
from reform_kb.pipeline.text import word_count

from .anaphora import anaphoric_title, give_titles
from .attribution import SAYING_RE, VERB_ALT, narrative_after, split_attribution
from .dashes import dash_quote, undashed_quote
from .homes import home_organisation, publishing_home
from .interviews import QUESTION_MAX_WORDS, answer_quote, interview_answers
from .pullquotes import attribute_pullquotes, lift_repeats
from .quotation_marks import inline_quotes, quoted_paragraph
from .speakers import CUT_OFF_NOTE, Speakers, flag, set_speaker
from .spellings import drop_cut_names, unify_spellings
from .titles import lend_headline_titles, title_quotes
from .units import (
    DASH_RE,
    FIRST_PERSON_RE,
    Unit,
    ends_like_a_sentence,
    impersonal_run,
    is_list_item,
    split_units,
)
from .voices import credit_organisations


def extract_quotes(
    body: str, matcher: OrganisationMatcher, publishers: list[str] | None = None, title: str = ""
) -> list[ParsedQuote]:
    """Direct quotes, pull-quotes and quoted excerpts in a document's clean text, with speakers; the
    headline's pull-quotes (`in_title`, offsets into `title`) first.

    `publishers` are the document's publishing organisations: a municipality publishing its own news
    is the one its politicians sit for, as is otherwise the first municipality the text names."""
    units = split_units(body)
    # Round 9: the headline names the municipality a text is about as often as its body does ("Malmös
    # socialtjänstkontor flyttar" over a body that says only "stadens socialtjänst").
    about = f"{title}\n{body}" if title else body
    speakers = Speakers(
        units,
        matcher,
        lambda kinds: home_organisation(about, matcher, publishers or [], kinds, headline=title),
        publishing_home(matcher, publishers or []),
    )
    reading = _Reading(units, speakers, interview_answers(units, speakers))
    i = 0
    while i < len(units):
        i = _READERS[units[i].kind](reading, i)
    named, headline = title_quotes(title, speakers) if title else ([], [])
    attribute_pullquotes(headline + reading.pullquotes, reading.quotes, speakers)
    reading.pullquotes = [q for q in reading.pullquotes if not q.unconfirmed]
    lift_repeats(reading.quotes, body)
    found = sorted(reading.quotes + reading.pullquotes, key=lambda q: q.start)
    for quote in found:
        quote.text = body[quote.start : quote.end]
    people = list(speakers.index.people.values())
    give_titles(reading.titles, named + headline + found, people)
    lend_headline_titles(named, found)
    unify_spellings(named + headline + found, people, f"{title}\n{body}")
    drop_cut_names(found, people, body)
    credit_organisations(found, body, matcher)
    drop_workplaces(named + headline + found)  # last: the organisation was read from the whole role
    return named + headline + [q for q in found if q.text.strip()]


@dataclass
class _Reading:
    """Where `extract_quotes` is in a document: what it has found and what the last paragraphs said."""

    units: list[Unit]
    speakers: Speakers
    answers: dict[int, PersonMention | None]  # the answers of a Q&A interview, by unit index
    quotes: list[ParsedQuote] = field(default_factory=list)
    pullquotes: list[ParsedQuote] = field(default_factory=list)
    context: list[PersonMention] = field(
        default_factory=list
    )  # people named in the latest narrative paragraph
    previous_kind: str = (
        ""  # the kind of the last paragraph that was not a heading ("list" after a bullet list)
    )
    titles: dict[str, str] = field(default_factory=dict)  # speakers' titles from the narrative, by name
    _attributed: dict[int, bool] = field(default_factory=dict)  # attributed_from's answers, by unit index

    @cached_property
    def dashed(self) -> bool:
        """Whether the document marks speech with dashes (dashes.undashed_quote asks)."""
        return any(unit.kind == "dash" for unit in self.units)

    @cached_property
    def dash_runs(self) -> dict[int, tuple[int, int]]:
        """For each dash paragraph: where its run of dash paragraphs ends, and how many of the run's paragraphs
        from it on read as bullets. One pass from the end: the run is read paragraph by paragraph, and scanning
        the rest of it at each one made a long run of quotes quadratic (issue 10, item 9)."""
        runs: dict[int, tuple[int, int]] = {}
        end, items = -1, 0
        for k in range(len(self.units) - 1, -1, -1):
            if self.units[k].kind != "dash":
                end, items = -1, 0
                continue
            end = k if end < 0 else end
            items += is_list_item(self.units[k].text)
            runs[k] = (end, items)
        return runs

    def attributed_from(self, i: int, run_end: int) -> bool:
        """Whether a dash paragraph from `i` to `run_end` names its speaker; each paragraph is asked once."""
        memo = self._attributed
        for k in range(run_end, i - 1, -1):
            if k in memo:
                break
            memo[k] = _attributed(self.units[k].text) or memo.get(k + 1, False)
        return memo[i]


# Each reader handles the paragraph at `i` and returns the index of the next one to read.


def _read_caption(r: _Reading, i: int) -> int:
    """A presenting line or photo caption: the person shown may be the one who speaks next."""
    person = parse_person_phrase(r.units[i].text, r.speakers.matcher)
    if person:
        _present(r, person)
    r.previous_kind = "caption"
    return i + 1


def _present(r: _Reading, person: PersonMention) -> None:
    """The person a caption or a heading presents: the one who may speak next."""
    r.speakers.caption = r.speakers.resolve(person)
    r.context = [r.speakers.caption]


def _read_narrative(r: _Reading, i: int) -> int:
    """An interview answer, speech without a dash, or running text naming people and quoting them."""
    unit = r.units[i]
    if i in r.answers:
        r.quotes.append(answer_quote(unit, r.answers[i], r.speakers))
    else:
        undashed = undashed_quote(unit, r.speakers, r.context, r.previous_kind, page_dashed=r.dashed)
        named = r.speakers.named_in(unit)
        last = r.speakers.last
        if not named and last is not None and not last.role and (title := anaphoric_title(unit.text)):
            r.titles.setdefault(last.name, title)
        r.speakers.recent = named[-1] if named else r.speakers.recent
        r.context = _subject_first(unit.text, named) or (
            [] if _mentions_other_subject(unit.text) and not _put_question(unit.text) else r.context
        )
        if (
            named
            and last is not None
            and _PRONOUN_SUBJECT_RE.match(unit.text)
            and last.name not in {p.name for p in named}
            and not _HANDED_OVER_RE.search(unit.text)
        ):
            # Round 12: "Han berömmer Karin Ek för arbetet." over a bare dash: the pronoun, the last speaker,
            # goes on talking; the person named is whom he talks about.
            r.context = [last]
        if unit.text.endswith(":") and (introducer := _introducer(r.speakers, unit)):
            r.context = [introducer]
        at_end = i == len(r.units) - 1
        r.quotes.extend(undashed or inline_quotes(unit, r.speakers, r.context, at_end=at_end))
        _credit_dash_above(r, i, named)
    r.previous_kind = "narrative"
    return i + 1


_SENTENCE_RE = re.compile(r"[^.!?]+[.!?]*")


def _subject_first(text: str, named: list[PersonMention]) -> list[PersonMention]:
    """The people a paragraph names, the subject of its last sentence that opens with one of them first.

    Round 38 (the former test37's d3739): "Jenny Ek är en av dem. Asal Berg arbetar som samordnare." over a bare
    dash paragraph: the person the writer introduced last, as the subject of a sentence, takes the word, not
    the first one named. A name inside a sentence ("Hon började efter Karin Berg.") is not its subject, so the
    order stays as named when no sentence opens with a name."""
    if len(named) < 2:
        return named
    for sentence in reversed(_SENTENCE_RE.findall(text)):
        opener = next((p for p in named if sentence.lstrip().startswith(p.name)), None)
        if opener is not None:
            return [opener, *(p for p in named if p is not opener)]
    return named


def _read_dash(r: _Reading, i: int) -> int:
    """A dash paragraph: speech, unless it belongs to a run of dash paragraphs that is a bullet list."""
    run_end, listed = r.dash_runs[i]
    size = run_end - i + 1
    after_list_intro = i > 0 and _introduces_list(r.units[i - 1].text)
    cut_off = run_end == len(r.units) - 1 and _cut_off_speech(
        r.units[run_end].text, alone=size == 1 and not after_list_intro
    )
    if cut_off:
        listed -= is_list_item(r.units[run_end].text)
    if size > 1 and after_list_intro and not _spoken_run(r.units[i - 1], r.units[i : run_end + 1]):
        listed = size  # "Kort om granskningen:" over dashed sentences: points of a list, whoever wrote them
    elif (i == 0 or r.units[i - 1].kind != "dash") and impersonal_run(r.units[i : run_end + 1]):
        # Round 44: figures or rules set as dashed points, in no one's voice. Judged once, on the whole run from
        # its first paragraph (a run's tail without "jag" is still the same speaker's, and a look from every
        # paragraph would make a long run quadratic).
        listed = size
    # Round 15: a run of speech cut off inside its last, short paragraph ("– Vi har skapat …" / "– Närståendevår")
    # is no list: the items must be the most of it.
    if listed and 2 * listed > size and not r.attributed_from(i, run_end):
        r.previous_kind = "list"
        return run_end + 1  # a bullet list, not speech
    found = dash_quote(
        r.units[i], r.speakers, r.context, r.previous_kind, keep_short=cut_off and i == run_end
    )
    if cut_off and i == run_end:
        _mark_cut_off(r, i, found[-1:])
    r.quotes.extend(found)
    r.previous_kind = "dash"
    _read_tail(r, r.units[i])
    return i + 1


# Round 30: a label over a press release's attachments or links ("Bilagor" / "– Skrivelse från …"), or over a
# site's list of other articles ("Populärt innehåll idag" / "- ”Inte ovanligt att …”"): what follows is a list of
# documents or headlines, as under a line ending in a colon ("Läs också", "Relaterade artiklar" and their lists
# are furniture, dropped before quotes are read: segment/furniture.py).
_LIST_LABEL_RE = re.compile(
    r"(?:Bilag(?:a|or)|Bifogade? (?:filer|dokument)|Relaterade (?:dokument|länkar)|Länkar"
    r"|(?:Populärt|Liknande|Relaterat) innehåll(?: idag| i dag)?|Mest lästa?(?: idag| i dag)?|Läs även)\s*$"
)


def _introduces_list(text: str) -> bool:
    return text.endswith(":") or bool(_LIST_LABEL_RE.match(text))


def _spoken_run(intro: Unit, run: list[Unit]) -> bool:
    """Whether dash paragraphs under a line ending in a colon are speech: the line has a verb of saying
    ("Hon säger:"), or the paragraphs speak in the first person ("Så här svarar … :" is a verb too)."""
    return bool(SAYING_RE.search(intro.text) or any(FIRST_PERSON_RE.search(u.text) for u in run))


def _read_tail(r: _Reading, unit: Unit) -> None:
    """The writer's sentences glued after a dash quote's attribution, read as the narrative they are: the
    people they name may speak next ("– …, säger han. Bo Ek är inte nöjd. – …")."""
    lead = DASH_RE.match(unit.text).end()
    at = narrative_after(unit.text[lead:])
    if at is None:
        return
    start = lead + at
    sentences = [
        Unit(unit.start + start + m.start(), unit.start + start + m.end(), m.group(0))
        for m in _SENTENCE_RE.finditer(unit.text[start:])
    ]
    named = next((found for s in reversed(sentences) if (found := r.speakers.named_in(s))), [])
    if named:
        r.speakers.recent = named[-1]
        r.context = named
    r.previous_kind = "narrative"


def _read_quoted(r: _Reading, i: int) -> int:
    """A paragraph opening with a quotation mark, which may run on over the next paragraphs."""
    consumed, found = quoted_paragraph(r.units, i, r.speakers, r.context)
    for quote in found:
        (r.pullquotes if quote.kind == "pullquote" else r.quotes).append(quote)
    if found and found[-1].kind != "pullquote":
        # A quotation credited to no person (an organisation's press release) ends the last person's turn:
        # an unattributed dash after it is not theirs.
        r.speakers.last = found[-1].speaker
    r.previous_kind = "quoted"
    return i + consumed


def _read_heading(r: _Reading, i: int) -> int:
    """A heading says nothing and does not break a run of speech; one that is a name and a title alone
    ("Agneta Ek, statssekreterare") presents who answers under it, as a caption does (round 15: a panel's
    answers, each speaker's name set over them)."""
    text = r.units[i].text
    person = parse_person_phrase(text, r.speakers.matcher)
    if person and person.role and text.startswith(f"{person.name},"):
        _present(r, person)
    return i + 1


_READERS = {
    "caption": _read_caption,
    "narrative": _read_narrative,
    "dash": _read_dash,
    "quoted": _read_quoted,
    "heading": _read_heading,
}


def _mark_cut_off(r: _Reading, i: int, quotes: list[ParsedQuote]) -> None:
    """Flag the speech the text ends inside for review, and leave its speaker unknown when too little of it is
    left to say who speaks."""
    unknown = _speaker_cut_off(r, i)
    for quote in quotes:
        flag(quote, CUT_OFF_NOTE)
        if unknown:
            quote.speaker = None


# Round 33: how many words of a new speech the stored copy may keep for its speaker to be still unknown.
MAX_CUT_SPEECH_WORDS = 12


def _speaker_cut_off(r: _Reading, i: int) -> bool:
    """Whether the text ends a few words into a new speech: a lone dash paragraph of at most a dozen words cut
    off by the stored copy, straight after a paragraph of the writer's that names nobody ("Många säger upp
    sig." / "– Jag är glad över att vi kan forts"). Whoever spoke last may not be the one who speaks now, and
    the "säger X" that would have said so is lost (four such endings in the former test parts test27–test32,
    none the last speaker's). A longer speech has been going on for a while, and the writer has mostly
    introduced its speaker above: of eight such endings there, the annotators gave seven the speaker."""
    above = r.units[i - 1] if i else None
    return (
        above is not None
        and word_count(r.units[i].text) <= MAX_CUT_SPEECH_WORDS
        and above.kind == "narrative"
        and not r.speakers.named_in(above)
        and not _attributed(r.units[i].text)
    )


def _attributed(text: str) -> bool:
    """Whether a dash paragraph names who says it ("… säger Anna Berg ordförande i Vision"): speech, even
    when it lacks the full stop whose absence otherwise marks a bullet."""
    return split_attribution(DASH_RE.sub("", text))[1] is not None


def _cut_off_speech(text: str, *, alone: bool) -> bool:
    """A dash paragraph ending the text mid-sentence: a stored copy of a page stops after its first
    2,000 bytes, often inside a quote ("– De som bor hä"). Capitalised, it reads as speech cut off when it
    holds a sentence's worth of words or stands alone after running text; a lower-case line, or a short
    one in a run of them or under a list's introduction ("Förslaget innehåller:"), is a bullet."""
    rest = DASH_RE.sub("", text)
    return (
        bool(rest)
        and rest[0].isupper()
        and (alone or len(rest.split()) >= 6)
        and not ends_like_a_sentence(rest)
    )


def _introducer(speakers: Speakers, unit: Unit) -> PersonMention | None:
    """Who a paragraph ending in a colon gives the word to: the first person its last sentence names, its
    subject ("Anna Berg hänvisar till forskarna Bo Ek och Eva Lund:" introduces Anna Berg's words)."""
    last = re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])", unit.text)[-1]
    start = unit.end - len(last)
    named = speakers.named_in(Unit(start, unit.end, last))
    return named[0] if named else None


def _put_question(text: str) -> bool:
    """A short question standing alone: an interviewer's, put to the person presented or answering before;
    it leaves the word with them ("Agneta Ek, statssekreterare" / "Hur länge dröjer beslutet?" / "– Vi …",
    round 15)."""
    return text.endswith("?") and len(text.split()) <= QUESTION_MAX_WORDS


_PRONOUN_SUBJECT_RE = re.compile(r"^(?:Han|Hon|Hen) [a-zåäö]+(?:r|de|te)\b")
# Round 30: "Han får medhåll från Vänsterpartiets talesperson Maj Ek." over a bare dash: the one who agrees (or
# answers, or objects) is named to speak next, unlike the person a pronoun subject talks about.
_HANDED_OVER_RE = re.compile(r"\b(?:medhåll|stöd|mothugg|svar|invändningar|kritik) (?:från|av|ifrån) ")


# Round 31 (the former test30's d3006): the writer's paragraph under a bare dash quote that says who spoke it,
# "Så kommenterar Lika Unikas ordförande Maria Johansson dagens utspel …", "Det säger Bo Ek, …".
_CREDITS_ABOVE_RE = re.compile(rf"^(?:Så|Det|Detta) (?:{VERB_ALT})\s")


def _credit_dash_above(r: _Reading, i: int, named: list[PersonMention]) -> None:
    """The first person such a paragraph names speaks the dash quotes above it that have no speaker."""
    if not named or i == 0 or r.units[i - 1].kind != "dash" or not _CREDITS_ABOVE_RE.match(r.units[i].text):
        return
    above = r.units[i - 1]
    for quote in r.quotes:
        if quote.speaker is None and above.start <= quote.start < above.end:
            set_speaker(quote, named[0])


def _mentions_other_subject(text: str) -> bool:
    """Whether a narrative paragraph without names starts a new topic rather than going on about the
    person last named ("Hon uppmanar …" keeps them)."""
    return not re.search(r"\b(?:[Hh]on|[Hh]an|[Hh]en|[Hh]ennes|[Hh]ans)\b", text)
