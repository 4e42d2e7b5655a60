"""Pull-quotes in a headline: a headline that is a quotation (”Vi måste agera nu”) or that gives one after
its speaker's name or a label and a colon ("Eva Ek: ”Vi måste agera nu”", "Ministern om granskningen:
”Mycket allvarligt”").

Magazines and union press lift a sentence out of the interview into the headline; it is a pull-quote of
the words said in the body, credited like the body's pull-quotes (the quote it shortens), or to the person
the headline names. Its offsets point into the title, never into the body (`ParsedQuote.in_title`).
"""

from __future__ import annotations

import re

from reform_kb.pipeline.first_names import is_first_name
from reform_kb.pipeline.people import parse_person_phrase
from reform_kb.pipeline.records import ParsedQuote, PersonMention

from .speakers import Speakers, set_speaker

# A headline that is one quotation, in any of the marks Swedish pages use: ”…”, "…", »…« or »…».
_WHOLE_RE = re.compile(r"^\s*[”“\"»«](?P<q>[^”“\"»«]+)[”\"»«]\s*$")
# "Eva Ek: ”…”", "Ministern om granskningen: ”…”": a quotation closing the headline after a colon.
_AFTER_COLON_RE = re.compile(r"^(?P<lead>[^:”“\"»«]+):\s*[”“\"»«](?P<q>[^”“\"»«]+)[”\"»«]\s*$")
# Round 12: the same with a dash instead of quotation marks, as news sites set a quote: "– Vi är glada",
# "Fältgruppen 30 år: – Vi ser ljuset i tunneln".
# A headline cut short by the site ("– Vi såg ett trendbrott redan under…") is a teaser of the body's quote.
_WHOLE_DASH_RE = re.compile(r"^\s*[–—]\s+(?P<q>\S.*?)(?<!…)(?<!\.\.\.)\s*$")
_AFTER_COLON_DASH_RE = re.compile(r"^(?P<lead>[^:–—”“\"»«]+):\s*[–—]\s+(?P<q>\S.*?)(?<!…)(?<!\.\.\.)\s*$")
# Round 13: a quotation opening the headline, its topic after a dash or colon: '"Allt står och faller med
# vårdarna" – äldreomsorgen kan anställa fler'. The quotation is the pull-quote; the rest names no speaker.
_BEFORE_DASH_RE = re.compile(r"^\s*[”“\"»«](?P<q>[^”“\"»«]+)[”\"»«]\s*(?:[–—-]|:)\s+\S")
# Round 23 (the former test22's ministry release): a named person, a colon and their words without any mark,
# "Justitieminister Eva Ek: Tröskeln att anmäla våld måste sänkas". Only a person the body names counts, so
# "Socialtjänsten: Så söker du stöd" or "Rapport: …" stay plain headlines.
_AFTER_COLON_PLAIN_RE = re.compile(r"^(?P<lead>[^:–—”“\"»«]{3,60}):\s+(?P<q>[A-ZÅÄÖ][^:”“\"»«]+?)\s*$")
PLAIN_TITLE_QUOTE_MIN_WORDS = 3
# Round 31 (the former test30's d3002): the speaker, a spaced dash and the quotation closing the headline,
# "IVO, Anna Ek, inspektör – ”Vi kan polisanmäla …”", as interview series set them.
_AFTER_DASH_RE = re.compile(r"^(?P<lead>[^:–—”“\"»«]{3,80}?)\s+[–—-]\s+[”“\"»«](?P<q>[^”“\"»«]+)[”\"»«]\s*$")
# A quoted headline is a pull-quote when it holds at least this many words: a single quoted word is a term.
TITLE_QUOTE_MIN_WORDS = 2


def title_quotes(title: str, speakers: Speakers) -> tuple[list[ParsedQuote], list[ParsedQuote]]:
    """(quotes whose speaker the headline names, quotes to credit like the body's pull-quotes)."""
    m = (
        _AFTER_COLON_RE.match(title)
        or _WHOLE_RE.match(title)
        or _AFTER_COLON_DASH_RE.match(title)
        or _WHOLE_DASH_RE.match(title)
        or _BEFORE_DASH_RE.match(title)
        or _AFTER_DASH_RE.match(title)
    )
    if m is None:
        return _plain_named_quote(title, speakers)
    inner = m.group("q")
    text = inner.strip()
    if len(text.split()) < TITLE_QUOTE_MIN_WORDS:
        return [], []
    start = m.start("q") + len(inner) - len(inner.lstrip())
    quote = ParsedQuote(text=text, start=start, end=start + len(text), kind="pullquote", in_title=True)
    lead = m.groupdict().get("lead")
    lead = _organisation_last((lead or "").strip(), speakers)
    person = parse_person_phrase(lead, speakers.matcher) if lead else None
    if person is not None and _group_label(person, speakers):
        return [quote], []  # a group's words: no one's, and not the body's speaker's either
    if person is None or not (lead.startswith(person.name) or lead.endswith(person.name)):
        person = _titled_person(lead, speakers) or _title_and_surname(lead)
    if person is None:
        return [], [quote]
    set_speaker(quote, speakers.resolve(person))
    return [quote], []


def _group_label(person: PersonMention, speakers: Speakers) -> bool:
    """ "Gymnasieelever: ”Jag mår bara lite dåligt”": one capitalised word before the colon that is no first
    name and names no one in the body is the group speaking (round 44, the former test43's d4342), not a person."""
    name = person.name
    return " " not in name and not is_first_name(name) and name not in speakers.index.people


def _organisation_last(lead: str, speakers: Speakers) -> str:
    """ "IVO, Anna Ek, inspektör" read as "Anna Ek, inspektör, IVO": a headline may name the organisation
    first, where a presenting phrase names it last."""
    parts = lead.split(", ")
    if len(parts) == 3 and speakers.matcher.resolve(parts[0]):
        return ", ".join([parts[1], parts[2], parts[0]])
    return lead


# Members of the government, whichever word the text uses: "Minister:" over an article on "statsrådet Eva Ek".
_GOVERNMENT_TITLE_RE = re.compile(r"^(?:[a-zåäö-]*minister|statsråd)(?:n|en|et)?\b")


def _titled_person(lead: str, speakers: Speakers) -> PersonMention | None:
    """ "Ministern: ”…”", "Ordföranden: ”…”": a title alone before the quotation names the one person the
    article presents with that title (a government title standing for any other)."""
    label = lead.lower()
    if not label or " " in label:
        return None
    stems = {label, label.removesuffix("n"), label.removesuffix("en"), label.removesuffix("et")}
    government = bool(_GOVERNMENT_TITLE_RE.match(label))
    titled = [
        p
        for p in speakers.index.people.values()
        if p.role
        and (
            p.role.lower().split()[0] in stems or (government and _GOVERNMENT_TITLE_RE.match(p.role.lower()))
        )
    ]
    return titled[0] if len(titled) == 1 else None


# Round 19 (the former test18's d1839): a leader's title and a surname before the colon, "Justitieminister
# Henriksson: ”…”", as a headline names a person the ingress has not yet named in full.
_TITLE_SURNAME_RE = re.compile(
    r"^(?P<title>[A-ZÅÄÖ][a-zåäö-]*(?:minister|ordförande|chef|direktör|råd|sekreterare|ombudsman)|Statsråd|Biskop"
    r"|Professor|Rektor)\s+(?P<name>[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?)$"
)


def _title_and_surname(lead: str) -> PersonMention | None:
    m = _TITLE_SURNAME_RE.match(lead)
    return PersonMention(m.group("name"), m.group("title").lower()) if m else None


def _plain_named_quote(title: str, speakers: Speakers) -> tuple[list[ParsedQuote], list[ParsedQuote]]:
    """ "Role Name: words" with no quotation marks: the words are the named person's pull-quote when the
    body names that person in full."""
    m = _AFTER_COLON_PLAIN_RE.match(title)
    if m is None or len(m.group("q").split()) < PLAIN_TITLE_QUOTE_MIN_WORDS:
        return [], []
    lead = m.group("lead").strip()
    person = parse_person_phrase(lead, speakers.matcher)
    if person is None or not lead.endswith(person.name) or person.name not in speakers.index.people:
        return [], []
    if person.role[:1].isupper() and lead.startswith(person.role):
        person.role = person.role[0].lower() + person.role[1:]  # capitalised only as the headline's first word
    text = m.group("q")
    quote = ParsedQuote(text=text, start=m.start("q"), end=m.end("q"), kind="pullquote", in_title=True)
    set_speaker(quote, speakers.resolve(person))
    return [quote], []


def lend_headline_titles(named: list[ParsedQuote], quotes: list[ParsedQuote]) -> None:
    """Round 31 (the former test30's d3002): the role and organisation a headline gives its speaker ("IVO, Anna
    Ek, inspektör – ”…”") are that person's in the body too, where "säger Anna Ek" gives none."""
    for headline in named:
        if headline.speaker is None:
            continue
        for quote in quotes:
            if quote.speaker and quote.speaker.name == headline.speaker.name:
                quote.speaker.role = quote.speaker.role or headline.speaker.role
                quote.speaker.organisation = quote.speaker.organisation or headline.speaker.organisation
