"""Interviews as questions and answers: each answer is a quote by the interviewee the ingress presents."""

from __future__ import annotations

import re
from itertools import pairwise

from reform_kb.pipeline.people import parse_person_phrase
from reform_kb.pipeline.records import ParsedQuote, PersonMention

from .speakers import Speakers, set_speaker
from .units import Unit

# Labelled interviews: "Fråga: Vad har ändrats?" then "Svar: Att lagen …".
_QUESTION_LABEL_RE = re.compile(r"^(?:Fråga|F)\s*:\s*\S")
_ANSWER_LABEL_RE = re.compile(r"^(?:Svar|S)\s*:\s*(?=\S)")
# A question put to the reader of an interview: "Hur har ni förberett er?", "Oroar du dig för ekonomin?"
_YOU_RE = re.compile(r"\b(?:du|dig|din|ditt|dina|ni|er|era|ert)\b", re.IGNORECASE)
QUESTION_MAX_WORDS = 30
QA_MIN_QUESTIONS = 3


def interview_answers(units: list[Unit], speakers: Speakers) -> dict[int, PersonMention | None]:
    """The answer paragraphs of a Q&A interview, each with the interviewee the ingress presents.

    A Q&A is at least two questions addressed to "du"/"ni", each followed by plain paragraphs; a
    run of questions with nothing under them is a survey's questions, not an interview.
    """
    labelled = [i for i, u in enumerate(units) if _ANSWER_LABEL_RE.match(u.text)]
    if len(labelled) >= 2 and any(_QUESTION_LABEL_RE.match(u.text) for u in units):
        # "Fråga: …" / "Svar: …": the labels say which paragraphs are answers.
        questions = [i for i, u in enumerate(units) if _QUESTION_LABEL_RE.match(u.text)]
        return _with_interviewee(units, speakers, min(questions + labelled), labelled)
    questions = _questions(units)
    runs = [_answer_run(units, q, stop) for q, stop in pairwise([*questions, len(units)])]
    if sum(bool(run) for run in runs) < 2:
        return {}
    return _with_interviewee(units, speakers, questions[0], [j for run in runs for j in run])


def _questions(units: list[Unit]) -> list[int]:
    """The paragraphs that ask the interviewee something: short questions saying "du" or "ni", or every
    short question when each is answered in turn."""
    asked = [
        i
        for i, u in enumerate(units)
        if u.kind == "narrative" and u.text.endswith("?") and len(u.text.split()) <= QUESTION_MAX_WORDS
    ]
    questions = [i for i in asked if _YOU_RE.search(units[i].text)]
    if questions and len(asked) >= QA_MIN_QUESTIONS and all(_answered(units, i) for i in asked):
        # An interview keeps asking and answering in turn; not every question says "du" ("Vad är svårast?").
        return asked
    return questions


def _answer_run(units: list[Unit], question: int, stop: int) -> list[int]:
    """The plain paragraphs under the question at `question`, up to the next question or other paragraph."""
    run = []
    for j in range(question + 1, stop):
        if units[j].kind != "narrative" or units[j].text.endswith("?"):
            break
        run.append(j)
    return run


def _answered(units: list[Unit], i: int) -> bool:
    """A plain paragraph, not another question, straight under the question at `i`."""
    return i + 1 < len(units) and units[i + 1].kind == "narrative" and not units[i + 1].text.endswith("?")


def _with_interviewee(
    units: list[Unit], speakers: Speakers, first_question: int, answers: list[int]
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
    if person is None:
        # Round 15: with no one presented, only answers in the first person singular are someone's words; an
        # organisation's questions and answers to its readers ("Hur gör du för att …?" / "Ni kan ansöka …") are
        # its page's text, no quotes.
        answers = [i for i in answers if _FIRST_PERSON_SINGULAR_RE.search(units[i].text)]
    return dict.fromkeys(answers, person)


_FIRST_PERSON_SINGULAR_RE = re.compile(r"\b(?:[Jj]ag|[Mm]ig|[Mm]in|[Mm]itt|[Mm]ina)\b")


def answer_quote(unit: Unit, person: PersonMention | None, speakers: Speakers) -> ParsedQuote:
    """An interview answer as a direct quote by `person`, without its "Svar:" label."""
    label = _ANSWER_LABEL_RE.match(unit.text)
    skip = label.end() if label else 0  # "Svar: " is no part of what was said
    quote = ParsedQuote(text=unit.text[skip:], start=unit.start + skip, end=unit.end, kind="direct")
    set_speaker(quote, person)
    if person is None:
        quote.review_note = "Svar i en intervju där ingressen inte namnger den intervjuade."
    else:
        speakers.last = person
    return quote
