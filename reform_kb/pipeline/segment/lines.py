"""The lines of a page and what each looks like: a title, a byline, a date, a menu item or running text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import metadata
from ..names import looks_like_name
from ..records import DocumentKind
from ..text import is_date_line, last_character, starts_lower, word_count
from .furniture import is_page_stamp, trail_headlines, without_furniture
from .headline_quotations import ends_in_quotation, opens_on_quotation
from .newsroom_bylines import NEWSROOM_ROLE_RE, name_and_newsroom_role

# Fact-box headings inside an article, never the title of a new one.
# Round 23: a fact box's row of a label and its figures ("Åldrar: 7–20", "Platser: 12", "Telefon: 08-123 45"):
# a value, not a headline.
FACT_VALUE_RE = re.compile(r"^[A-ZÅÄÖ][a-zåäö]+(?: [a-zåäö]+)?\s*:\s*\d[\d\s.,–/-]*(?: ?(?:år|kr|st|%))?$")
# Round 30: a sender's address and contact line ("Partiet i X, Storgatan 6, 392 31 KALMAR E-post: …"): a postal
# code before a town, or an e-mail or telephone label, is never in a headline.
CONTACT_LINE_RE = re.compile(r"\b\d{3} ?\d{2} [A-ZÅÄÖ]{2}|\b(?:E-post|Telefon|Tel|Mobil|Växel)\s*:")
FACT_BOX_RE = re.compile(
    r"^(?:Om (?:undersökningen|rapporten|studien|enkäten)|Fakta\b|Faktaruta|Källa|Källor)\b", re.I
)
# Bylines and their lines: "Av Anna Berg", "Text: Anna Berg", "Text och foto: …".
# Also the labels of real pages (issue 10): "Författare: …", "Skriven av …", "Sidan publicerad av • …".
BYLINE_WORDS = r"(?:Av|Text(?: och foto)?|Skribent|Skribenter|Reporter|Författare|Skriven av|(?:Sidan )?(?i:publicerad) av)"
BYLINE_RE = re.compile(rf"^{BYLINE_WORDS}\s*[:•]?\s+[A-ZÅÄÖ]")
PHOTO_CREDIT_RE = re.compile(r"[\s,|]+(?:Foto|Bild|Fotograf)\s*:")
QUOTE_MARK_RE = re.compile(r'[”"“]')
# A photo credit or caption label opening a line ("Bild: Anna Berg", "Foto: TT"): never a headline.
PHOTO_LINE_RE = re.compile(r"^(?:Foto|Bild|Fotograf|Illustration|Grafik)\s*:")
# A photo credit standing alone names a photographer or two, never more words than this.
MAX_CREDIT_WORDS = 6


def is_credit_alone(text: str) -> bool:
    """A photo credit on a line of its own: "Foto: Per Lund", "Bild: Region X"."""
    return bool(PHOTO_LINE_RE.match(text)) and word_count(text) <= MAX_CREDIT_WORDS

# Round 18: a photo's caption closed by its credit without a colon ("Tre personer i ett rum. Foto Region X"), and
# a portrait's caption of name, party and title ("Eva Ek (V) Oppositionsråd"): never a headline.
CAPTION_CREDIT_TAIL_RE = re.compile(r"[.!?]\s+(?:Foto|Bild|Fotograf)\s*:?\s+[A-ZÅÄÖ][^.!?]{1,60}$")
PORTRAIT_CAPTION_RE = re.compile(
    rf"^{metadata.NAME_WORD}(?: {metadata.NAME_WORD}){{1,2}} \((?:S|M|C|L|V|KD|MP|SD|FP|s|m|c|l|v|kd|mp|sd|fp)\)"
    r"(?: [\w-]+){0,4}$"
)
# A genre line naming its sender, "Pressmeddelande från Vänsterpartiet Örebro": the label, not the headline.
GENRE_SENDER_RE = re.compile(r"^(?:Pressmeddelande|Pressinformation|Nyhet|Debattartikel|Remissvar) från [A-ZÅÄÖ]")
# An image's alt text set as a line: "Bild på sedlar", "Porträttbild av Anna Berg" (round 32: "En bild av en
# ordförandeklubba"). Never a headline.
IMAGE_TEXT_RE = re.compile(
    r"^(?:(?:En |Ett )?(?:[Bb]ild|[Ff]oto|[Ff]otografi)|Porträtt|Porträttbild|Illustration) (?:på|av|som visar|från)\b"
)

# A quotation opening a line and closed (after a word, a '?' or '!', not a space or a full stop) straight
# before a capitalised word: a headline glued to its text. A quoted sentence ends on its full stop.
_GLUED_QUOTED_HEADLINE_RE = re.compile(
    r"^(?P<head>[”\"“][^\n]{3,150}?[^\s.,][”\"])(?P<rest>[A-ZÅÄÖ][a-zåäö].*)$"
)
# Round 28: the next item's ISO date glued to the end of a link's text with no space, where a news list's last
# link and the date over the following item were scraped onto one line ("… vård och omsorg2021-04-01").
_GLUED_DATE_END_RE = re.compile(r"^(?P<head>.*[a-zåäö])(?P<date>(?:19|20)\d\d-[01]\d-[0-3]\d)$")
# Roles whose lines the classifier takes out like furniture, where it is trusted (segment.line_roles.TRUSTED).
DROPPED_ROLES = frozenset({"related", "boilerplate"})

# A teaser's link to the whole text: "Läs mer", "• Läs mer", "Läs hela artikeln »".
_READ_MORE_LINK = r"(?:Läs mer|Läs hela [a-zåäö]+(?: här)?|Läs vidare|Fortsätt läsa)\s*[»›→]?$"
READ_MORE_RE = re.compile(rf"^(?:[•·]\s*)?{_READ_MORE_LINK}", re.IGNORECASE)
# Round 26: the link run into the teaser's last sentence, "… den förändrade... läs mer".
_TRAILING_READ_MORE_RE = re.compile(rf"(?<=[.…!?])\s*{_READ_MORE_LINK}", re.IGNORECASE)
# Round 27: the note a publishing system (Sitevision, used by most Swedish municipalities and agencies) prints
# after a link's text, "Länk till annan webbplats, öppnas i nytt fönster." or "Öppnas i nytt fönster.", often
# run into it ("(krisinformation.se)länk till annan webbplats"): furniture of the link, not its words.
_LINK_NOTE_RE = re.compile(
    r"\s*(?:Länk till (?:en )?annan webbplats(?:,\s*öppnas i (?:ett )?nytt fönster)?|Öppnas i (?:ett )?nytt fönster)\.?"
    r"(?=\s|$)",
    re.IGNORECASE,
)
# A sentence ended and another begun within the line: running text, never a headline.
SENTENCE_INSIDE_RE = re.compile(r"\w[.!?] [”\"A-ZÅÄÖ]")
MAX_TITLE_CHARS = 120
MIN_KICKER_WORDS, MAX_KICKER_WORDS = 3, 8  # a kicker over a headline: "Artikel i Tidningen X (3/5):"
# A headline in two parts, its second after a spaced dash ("Barn far illa – förbundet kräver …"), runs longer;
# round 31 (the former test30's d3002): so does one whose second part is a quotation ("IVO, Anna Ek, inspektör
# – ”Vi kan …”").
_TWO_PART_RE = re.compile(r"\w\s[–-]\s[\w”\"]")
MAX_TITLE_WORDS = 16
# A headline written as a sentence, closed by its full stop, may run this long (title_candidates.py, bodies.py).
MAX_SENTENCE_HEADLINE_WORDS = 20
PROSE_MIN_WORDS = 4
HEAD_LINES = 8  # a document's head: headline furniture, ingress, lead photo, byline and dateline
CUT_PROSE_WORDS = 12  # a paragraph cut off mid-sentence: longer than any heading or label


@dataclass
class Line:
    """A line of text with whether a blank line (or furniture) stands above and below it."""

    text: str
    blank_before: bool = True
    blank_after: bool = True
    genre: DocumentKind | None = None  # the kind a genre label above this line gives (debattartikel)
    read_more: bool = False  # a "Läs mer" link (furniture, dropped) follows it: a teaser's last line
    in_trail: bool = False  # the page's breadcrumb trail ends with it: the headline, however long (round 20)

    @property
    def standalone(self) -> bool:
        return self.blank_before and self.blank_after


def split_glued_headline(line: str) -> list[str]:
    """'”Varför så svårt?”Förra året fick …': a quoted headline scraped with no space before the first
    paragraph, as the headline, a blank line and the paragraph. A quotation inside prose has a space or a
    lower-case word after it. A date glued to the end of a line's last word is the next item's date line."""
    # The regex backtracks over the whole line: try it only on the few lines that end on a digit.
    dated = _GLUED_DATE_END_RE.match(line) if line[-1:].isdigit() else None
    if dated:
        return [dated.group("head"), "", dated.group("date")]
    m = _GLUED_QUOTED_HEADLINE_RE.match(line)
    if not m or not is_quoted_headline(m.group("head")) or word_count(m.group("rest")) < PROSE_MIN_WORDS:
        return [line]
    return [m.group("head"), "", m.group("rest")]


def name_bylines(raw: list[str]) -> list[str]:
    """The page with bare bylines made explicit: a name alone on its line, set above the date (or above
    a newsroom role and the date), is how magazine templates sign an article ("Anna Berg" / "Reporter" /
    "2 jul 2024"). It becomes "Av Anna Berg, reporter" and its role line a blank one, so neither is
    taken for a headline. A name under a greeting is a letter's signature and stays as it is. A time stamp
    between them is skipped ("3 dagar sedan", round 48). The list keeps its length: line n is still line n."""
    out = _split_bylines(raw)
    raw = list(out)
    filled = [n for n, line in enumerate(raw) if line and not is_page_stamp(line)]
    for k, n in enumerate(filled):
        after = [raw[m] for m in filled[k + 1 : k + 3]]
        named = metadata.PERSON_NAME_RE.match(raw[n]) and looks_like_name(raw[n])  # not "Pressmeddelande X"
        if not named:
            out[n] = _newsroom_byline(raw[n], after) or out[n]
            continue
        if not after or not named or BYLINE_RE.match(raw[n]):
            continue
        if k and metadata.GREETING_RE.match(raw[filled[k - 1]]):
            continue
        if is_dateline(after[0]):
            out[n] = f"Av {raw[n]}"
        elif len(after) == 2 and NEWSROOM_ROLE_RE.match(after[0]) and is_dateline(after[1]):
            out[n] = f"Av {raw[n]}, {after[0].lower()}"
            out[filled[k + 1]] = ""
    return out


def _newsroom_byline(line: str, after: list[str]) -> str | None:
    """ "Av Linda Nestor, redaktör" for "Linda Nestor, Redaktör" over the date (round 46), else None."""
    if after and is_dateline(after[0]) and not BYLINE_RE.match(line) and (writer := name_and_newsroom_role(line)):
        return f"Av {writer}"
    return None


# A byline word alone on its line, the writer's name on the next: "Av" / "Anna Berg".
_BARE_BYLINE_WORD_RE = re.compile(rf"^{BYLINE_WORDS}\s*:?$")
# A template's row of section and writer, without spaces around the bar: "Inrikes|Anna Berg".
_SECTION_WRITER_RE = re.compile(r"^[A-ZÅÄÖ][a-zåäö]+\s*[|•]\s*(?P<name>.+)$")


# Round 17: the writer's e-mail address in the name's place ("Av" / "anna.berg@tidning.se"), first name and
# surname before the @ as newsrooms write them.
_NAME_ADDRESS_RE = re.compile(r"^(?P<first>[a-zåäö]{2,}(?:-[a-zåäö]{2,})?)\.(?P<last>[a-zåäö]{2,}(?:-[a-zåäö]{2,})?)@[\w-]+\.[\w.]+$")


def _name_of(line: str) -> str | None:
    """The writer's name on the line under a bare byline word: the name, or one read from her address."""
    if metadata.PERSON_NAME_RE.match(line):
        return line
    m = _NAME_ADDRESS_RE.match(line)
    return f"{m.group('first').title()} {m.group('last').title()}" if m else None


def _split_bylines(raw: list[str]) -> list[str]:
    """The lines with a byline set over two lines ("Av" / "Anna Berg") or after a section word
    ("Inrikes|Anna Berg") made one "Av Anna Berg" line; the list keeps its length."""
    out = list(raw)
    for n, line in enumerate(raw):
        following = raw[n + 1].strip() if n + 1 < len(raw) else ""
        if _BARE_BYLINE_WORD_RE.match(line) and (name := _name_of(following)):
            out[n], out[n + 1] = "", f"Av {name}"
        elif (row := _SECTION_WRITER_RE.match(line)) and metadata.PERSON_NAME_RE.match(
            row.group("name").strip()
        ):
            out[n] = f"Av {row.group('name').strip()}"
    return out


def page_lines(raw: list[str], roles: list[str] | None = None) -> list[Line]:
    """Non-empty lines with whether a blank line surrounds them; furniture counts as blank. `roles`, when
    given, holds the classifier's trusted role of each raw line ("" where it is not trusted)."""
    lines: list[Line] = []
    blank = True
    trails = trail_headlines(raw)
    trailed = set(trails.values())
    for n, text in enumerate(without_furniture(raw, trails)):
        if text is not None:
            text = _LINK_NOTE_RE.sub("", text).strip() or None
        if text is None or (roles and roles[n] in DROPPED_ROLES):
            blank = True
            if lines:
                lines[-1].blank_after = True
                lines[-1].read_more = lines[-1].read_more or bool(READ_MORE_RE.match(raw[n]))
            continue
        if lines and lines[-1].text == text and _repeated_heading(text):
            # Round 19: a heading printed twice, as an image's alt text and as the headline: one line. Round 26:
            # which stands apart from the text above when the headline's copy does (the image's alt text is
            # set straight under the previous item's teaser, the headline under a blank line).
            lines[-1].blank_before = lines[-1].blank_before or blank
            continue
        if lines and not blank:
            lines[-1].blank_after = False
        teaser = _TRAILING_READ_MORE_RE.sub("", text)
        lines.append(Line(teaser, blank_before=blank, read_more=teaser != text, in_trail=text in trailed))
        blank = False
    return lines


def _repeated_heading(text: str) -> bool:
    """A heading, not a paragraph: a paragraph printed twice in a row is left as the page has it."""
    return is_title_like(text) or is_quoted_headline(text)


def is_dateline(text: str) -> bool:
    """A date alone ("2025-03-05") or a "Publicerad: …" line."""
    return bool(is_date_line(text) or metadata.PUBLISHED_RE.match(text))


def is_alt_text(lines: list[Line], i: int) -> bool:
    """An image's alt text set as a line, its caption straight under it repeating it with a photo credit:
    "Barnen i Norrvik leker" / "Barnen i Norrvik leker Foto: Per Ek". The headline stands below both."""
    following = lines[i + 1].text if i + 1 < len(lines) else ""
    return following.startswith(lines[i].text) and bool(
        PHOTO_CREDIT_RE.search(following[len(lines[i].text) :])
    )


# Who said a quoted headline, set after it: '"Vi måste våga" - Anna Berg, FUB'.
_HEADLINE_SPEAKER_RE = re.compile(r'(?<=[”"])\s+[–-]\s+[A-ZÅÄÖ][^”"“.!?]{1,50}$')


def is_quoted_headline(text: str) -> bool:
    """A headline that is a quotation: ”Vi måste våga prioritera”, also with its speaker after it."""
    text = _HEADLINE_SPEAKER_RE.sub("", text)
    return (
        len(text) > 4
        and text[0] in '”"“'
        and text[-1] in '”"'
        # A title quoted inside the quotation is closed there too: ”Inför ”Trygg hemma” i alla kommuner”.
        and len(QUOTE_MARK_RE.findall(text[1:-1])) % 2 == 0
        and word_count(text) <= MAX_TITLE_WORDS
    )


def is_byline(text: str) -> bool:
    """A byline ("Av Anna Berg"): a name after the byline word, never a heading."""
    m = BYLINE_RE.match(text)
    who = re.sub(rf"^{BYLINE_WORDS}\s*[:•]?\s+", "", text)
    who = PHOTO_CREDIT_RE.split(who)[0].strip(" ,|")  # "Text: Sara Ek Foto: Per Ek"
    # "Av Maria Holm, sakkunnig på Kommunal": a byline may present the writer.
    first = re.split(r",|\s+och\s+|\s*&\s*", who)[0]  # "Eva Ek och Irja Holm"
    return bool(m) and bool(metadata.PERSON_NAME_RE.match(first.strip()))


# Round 19 (the former test18's d1833): a parliamentary document's kind and session under its headline ("Motion
# 2001/02", "Motion 2005/06:So648 av Lars Ohly m.fl. (v)") says what the text is, as a genre label does; no headline.
PARLIAMENT_DOCUMENT_RE = re.compile(
    r"^(?:Motion|Proposition|Interpellation|Skriftlig fråga|Betänkande|Motion till riksdagen)\s+(?:\d{4}/\d{2})\b"
)


@lru_cache(maxsize=8192)
def is_title_like(text: str) -> bool:
    """A heading: short, capitalised, no sentence-ending full stop, not a caption, quote or date."""
    return (
        _short_enough_for_a_title(text)
        and (text[0].isupper() or text[0].isdigit() or opens_on_quotation(text))
        and (last_character(text) not in '.,:;…”"»·|•-–' or ends_in_quotation(text))
        and not _credits_or_contacts(text)
        and not PHOTO_LINE_RE.match(text)
        and not IMAGE_TEXT_RE.match(text)
        and not PORTRAIT_CAPTION_RE.match(text)
        and not GENRE_SENDER_RE.match(text)
        and not PARLIAMENT_DOCUMENT_RE.match(text)
        and not metadata.GREETING_WORD_RE.match(text)
        and not FACT_BOX_RE.match(text)
        and not FACT_VALUE_RE.match(text)
        and not metadata.GREETING_RE.match(text)
        and not metadata.PUBLISHED_RE.match(text)
        and not is_date_line(text)
        and not is_byline(text)
    )


def _credits_or_contacts(text: str) -> bool:
    """A photo credit anywhere in the line, or a sender's address and contact details: never a headline."""
    return "Foto:" in text or bool(CAPTION_CREDIT_TAIL_RE.search(text) or CONTACT_LINE_RE.search(text))


# A consultation response is headed by the report it answers, named in full with its reference ("Bättre stöd
# för … – aktivt elevhälsoarbete …, SOU 2021:11, diarienummer U2021/01369"): a long headline (round 12).
_REPORT_REFERENCE_RE = re.compile(r"\b(?:SOU|Ds) \d{4}:\d+|\b[Pp]rop\. \d{4}/\d\d:\d+")
MAX_REPORT_TITLE_WORDS, MAX_REPORT_TITLE_CHARS = 36, 260


# A genre label before the headline is no part of its length: "Pressmeddelande: Inget nytt … – ny …" (round 14).
_GENRE_PREFIX_RE = re.compile(
    r"^(?:Pressmeddelande|Pressinformation|Debatt|Replik|Krönika|Ledare|Insändare):\s+"
)


def _short_enough_for_a_title(text: str) -> bool:
    text = _GENRE_PREFIX_RE.sub("", text)
    if _REPORT_REFERENCE_RE.search(text):
        return len(text) <= MAX_REPORT_TITLE_CHARS and word_count(text) <= MAX_REPORT_TITLE_WORDS
    # Round 24 (a ministry's release, the former test23's d2335): a two-part headline runs longer in characters too.
    two_part = bool(_TWO_PART_RE.search(text))
    words, chars = (MAX_TITLE_WORDS + 4, MAX_TITLE_CHARS + 40) if two_part else (MAX_TITLE_WORDS, MAX_TITLE_CHARS)
    return len(text) <= chars and word_count(text) <= words


def is_article_like(lines: list[Line]) -> bool:
    """Enough running text to be a document of its own rather than a fact box under the last one."""
    chars = sum(len(line.text) for line in lines)
    return (len(lines) >= 3 and chars >= 600) or chars >= 1200


def is_menu_item(line: Line) -> bool:
    """A site's menu or section link above the headline: a few words, no sentence, date or byline."""
    text = line.text
    return (
        word_count(text) <= 4
        and text[-1] not in '.!?…:;”"»)'
        and not is_dateline(text)
        and not is_byline(text)
    )


def has_prose(lines: list[Line]) -> bool:
    """Whether some line is running text: a sentence of several words, not a menu item or a label."""
    return any(word_count(line.text) >= PROSE_MIN_WORDS and line.text[-1] in '.!?…”"»' for line in lines)


def joined_headlines(lines: list[Line]) -> list[Line]:
    """The lines with a headline set over two or three lines made one: "Nya lagen får kritik" / "från
    socialsekreterarna", a block of its own whose further lines run on in lower case (a name with its role
    below is a signature)."""
    out: list[Line] = []
    for i, line in enumerate(lines):
        last = out[-1] if out else None
        following = lines[i + 1] if i + 1 < len(lines) else None
        if last and _kicker_over_headline(last, line):
            out[-1] = Line(f"{last.text} {line.text}", True, True, last.genre)
        elif last and _runs_on(last, line, following):
            # The joined line keeps the blank after its last part, so a third line may run on (round 9:
            # "Hopp, medmänsklighet" / "och en matkasse" / "när livet är svårt").
            out[-1] = Line(f"{last.text} {line.text}", True, line.blank_after, last.genre)
        else:
            out.append(line)
    return out


def _runs_on(last: Line, line: Line, following: Line | None) -> bool:
    """Whether `line` continues the headline `last` in lower case, the block ending with it or with the
    one line after it, which runs on too."""
    ends_block = line.blank_after or (
        following is not None and following.blank_after and starts_lower(following.text)
    )
    return (
        last.blank_before
        and not last.blank_after
        and ends_block
        and starts_lower(line.text)
        and "." not in last.text + line.text
        and not metadata.PERSON_NAME_RE.match(last.text)  # a signature: a name, its role below
        and is_title_like(f"{last.text} {line.text}")
    )


def _kicker_over_headline(kicker: Line, line: Line) -> bool:
    """A kicker closed by a colon set over its headline in a block of their own ("Artikel i Tidningen X
    (3/5):" / "Vad ska vi med nämnden till?"): one headline. A label of a word or two, or a name before
    what the person said, is no kicker."""
    return (
        kicker.blank_before
        and not kicker.blank_after
        and line.blank_after
        and kicker.text.endswith(":")
        and MIN_KICKER_WORDS <= word_count(kicker.text) <= MAX_KICKER_WORDS
        and not metadata.PERSON_NAME_RE.match(kicker.text[:-1])
        and ":" not in line.text
        and is_title_like(f"{kicker.text} {line.text}")
    )
