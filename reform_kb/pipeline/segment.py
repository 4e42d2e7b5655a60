"""Splitting a scraped text file into documents.

Three shapes of source are recognised by their form, never by name: a listing whose items start with
a dated bullet (" • 2020-02-26", blog front pages), a letter opening with a date, senders and an
addressee (remissvar/skrivelser), and a stream of articles or posts each headed by a short title line
standing alone between blank lines (tag archives, blog archives, single pages).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from . import metadata
from .organisations import OrganisationMatcher, matcher_for
from .records import ParseContext, ParsedDocument, PersonMention
from .text import (
    ISO_DATE_RE,
    SWEDISH_DATE_RE,
    ends_sentence,
    is_date_line,
    normalise_line,
    starts_lower,
    word_count,
)

# Whole lines that are web-page furniture: navigation, empty search results, feedback and share widgets.
BOILERPLATE_RE = re.compile(
    r"^(?:Hem|Start|Startsida|Meny|Sök|Sök på webbplatsen|Kontakt|Kontakta oss|Kontaktuppgifter|Fler kontaktuppgifter"
    r"|Läs mer|Läs mer här|Läs hela artikeln|Läs också|Visa fler|Visa alla|Tillbaka|Till toppen|Nästa|Föregående"
    r"|Prenumeration|Prenumerera|Prenumerera på nyhetsbrevet|Dela|Dela artikeln|Dela sidan|Skriv ut|Om bloggen"
    r"|Relaterat|Relaterade artiklar|Taggar|Etiketter|Kommentarer|Lämna en kommentar|Cookies|Cookie-inställningar"
    r"|Om oss|Om förbundet|Om föreningen|Bli medlem|Logga in|Mina sidor|Pressrum|In English|English|Lyssna"
    r"|Skriv ut sidan|Följ oss|Nyhetsbrev|Hoppa till innehåll|Gå till huvudinnehåll|Stäng|Meny och sök"
    r"|Inga (?:artiklar|träffar|resultat|inlägg)\b.*|Hjälpte informationen på sidan dig\?|Tack för att du hjälper oss!?"
    r"|Välkommen att skicka din fråga till .+|Vi använder (?:kakor|cookies)\b.*|Dela på (?:Facebook|LinkedIn|X|Twitter)"
    r"|(?:Etikettarkiv|Etikett|Kategori|Kategoriarkiv|Ämne|Tagg|Arkiv)\s*:.*)$",
    re.IGNORECASE,
)
# More furniture of Swedish sites: subscription and sharing widgets, page-feedback and comment prompts,
# links to the previous or next post, site-translation buttons and a debate page's disclaimer.
WIDGET_RE = re.compile(
    r"^(?:Prenumerera på .{1,60}|Visa fler \w+|Dela (?:inlägget|sidan|nyheten)|Tipsa (?:redaktionen|en vän)"
    r"|Kommentera(?: artikeln| inlägget)?|Logga in för att kommentera\.?|Kommentarer \(\d+\)|Mest läst|Mest delat"
    r"|(?:Föregående|Nästa) (?:inlägg|artikel|nyhet)\s*:.*|Translate|Översätt|Till startsidan|Tillbaka till .{1,40}"
    r"|Sidan (?:uppdaterades|uppdaterad|publicerades)\s*:?.{0,30}|Hjälpte informationen (?:på sidan )?dig\?"
    r"|Detta är en (?:debattartikel|krönika|insändare|replik|ledare)\b.*|Åsikterna i (?:texten|artikeln) är .*"
    r"|Kopiera länk(?:en)?|Godkänn(?: alla)?(?: kakor| cookies)?|Neka(?: alla)?|Hantera (?:inställningar|kakor|cookies)"
    r"|Jag förstår|OK|Acceptera(?: alla)?|Stöd oss|Ge en gåva|Swisha en gåva|Visa\s*:.*|Filtrera\s*:.*)$",
    re.IGNORECASE,
)
# A breadcrumb trail: "Hem / Nyheter / Barn och unga", "Startsida > Nyheter".
BREADCRUMB_RE = re.compile(r"^[^/>›»]{1,40}(?:\s[/>›»]\s[^/>›»]{1,40}){1,6}$")
# A footer or filter row: "Rädda Barnen · 90-konto 90 2003-8 · Integritetspolicy", "Alla | Barn | Skola".
_ROW_SEPARATOR_RE = re.compile(r"\s[·|•]\s")
# Headings of link lists under an article: the lines straight under them are links to other pages.
RELATED_HEADING_RE = re.compile(
    r"^(?:Relaterat|Relaterade (?:artiklar|nyheter|sidor|inlägg)|Mest lästa?|Mest delade?|Senaste nytt|Fler nyheter"
    r"|Se även|Andra har också läst)\s*:?$",
    re.IGNORECASE,
)
# A cookie banner's sentence: "Vi använder kakor …", "Den här webbplatsen använder cookies. … OK".
COOKIE_RE = re.compile(r"\b(?:kakor|cookies)\b", re.IGNORECASE)
COOKIE_ACTION_RE = re.compile(
    r"\b(?:använder|godkänn\w*|accepter\w*|inställningar|samtycke)\b", re.IGNORECASE
)
# Inline calls to action ("… Klicka här för att se våra lediga tjänster") are adverts, not text.
CALL_TO_ACTION_RE = re.compile(r"\bKlicka här\b|\bGilla oss på\b|\bFölj oss på\b", re.IGNORECASE)
ARCHIVE_LABEL_RE = re.compile(
    r"^(?:Etikettarkiv|Kategoriarkiv|Arkiv|Kategori|Etikett|Tagg)\s*:", re.IGNORECASE
)
# Fact-box headings inside an article, never the title of a new one.
FACT_BOX_RE = re.compile(
    r"^(?:Om (?:undersökningen|rapporten|studien|enkäten)|Fakta\b|Faktaruta|Källa|Källor)\b", re.I
)
SOURCE_URL_RE = re.compile(r"^(?:Källa|Källadress|URL|Länk|Source)\s*:\s*(https?://\S+)$", re.IGNORECASE)


class _Addressee:
    """A letter's addressee or reference line: "Socialdepartementet", "Till …", "Dnr …". Anchored at the line's
    start except for the ministry's name at its end, which is tested as a suffix: an unanchored pattern would
    be tried at every position of every line."""

    _START_RE = re.compile(
        r"(?:Statsrådet\b|Statsminister|Regeringen$|Regeringskansliet|Till\s|Dnr\b|Diarienummer"
        r"|Er (?:beteckning|referens)|Ert dnr|Remiss\b)",
        re.IGNORECASE,
    )

    def search(self, line: str) -> bool:
        return line[-13:].lower() == "departementet" or bool(self._START_RE.match(line))


ADDRESSEE_RE = _Addressee()
# A genre label standing alone above a title ("DEBATT", "Pressmeddelande"): it gives the kind, never the title.
GENRE_RE = re.compile(
    r"^(?P<genre>Nyheter|Nyhet|Aktuellt|Debatt|Debattartikel|Replik|Slutreplik|Insändare|Krönika|Ledare|Intervju"
    r"|Reportage|Notis|Pressmeddelande|Pressinformation|Remissvar|Remissyttrande|Yttrande)\s*:?$",
    re.IGNORECASE,
)
DATED_GENRE_RE = re.compile(
    r"^(?P<genre>Nyhet|Pressmeddelande|Pressinformation|Debatt|Replik|Krönika|Remissvar|Yttrande)"
    r"\s*[:|·–-]?\s+(?P<date>.*\d.*)$",
    re.IGNORECASE,
)
GENRE_KINDS = {
    "debatt": "debattartikel",
    "debattartikel": "debattartikel",
    "replik": "debattartikel",
    "slutreplik": "debattartikel",
    "insändare": "debattartikel",
    "pressmeddelande": "pressmeddelande",
    "pressinformation": "pressmeddelande",
    "remissvar": "remissvar",
    "remissyttrande": "remissvar",
    "yttrande": "remissvar",
}
# "LÄS OCKSÅ: Så lyckades kommunen", "Läs mer: …": a link to another article, neither text nor a title.
READ_ALSO_RE = re.compile(
    r"^(?:LÄS OCKSÅ|Läs också|Läs även|Läs mer|Relaterat|Se även)\s*[:–-]\s*\S", re.IGNORECASE
)
# A press release's contact block: the people named there are contacts, not authors or speakers.
CONTACT_RE = re.compile(
    r"^(?:För (?:mer|ytterligare) information|Mer information|Kontakt(?:person|personer)?\s*:|Presskontakt)",
    re.IGNORECASE,
)
# Bylines and their lines: "Av Anna Berg", "Text: Anna Berg", "Text och foto: …".
BYLINE_RE = re.compile(r"^(?:Av|Text(?: och foto)?|Skribent|Reporter)\s*:?\s+[A-ZÅÄÖ]")
# A letter's title: "Yttrande över betänkandet …", "Remissvar: …", "Synpunkter på …".
LETTER_TITLE_RE = re.compile(
    r"^(?:Yttrande|Remissvar|Remissyttrande|Synpunkter|Svar på remiss(?:en)?)\b(?:\s*(?:över|om|på|:|–|-)\s*\S|$)",
    re.IGNORECASE,
)
SAYS_RE = re.compile(r"\bsäger (?:hon|han|hen|[A-ZÅÄÖ])|\b[A-ZÅÄÖ]\w+ säger\b")
_URL_TOKEN_RE = re.compile(r"\S*(?:/|www\.|@)\S*$")
_SENTENCE_GLUE_RE = re.compile(r"(?<=[a-zåäö0-9)%][.!?…])(?=[A-ZÅÄÖ])|(?<=[.!?][”\"])(?=[A-ZÅÄÖ])")
_HEADING_GLUE_RE = re.compile(r"[a-zåäö]{3}(?=[\"”“]?(?:[A-ZÅÄÖ][a-zåäöA-ZÅÄÖ]|I ))")

MAX_TITLE_CHARS = 120
MIN_ARTICLE_CHARS = 300  # a dated or captioned heading with less under it is a notice, not an article
MAX_TITLE_WORDS = 16


@dataclass
class _Line:
    text: str
    blank_before: bool = True
    blank_after: bool = True
    genre: str = ""  # the kind a genre label above this line gives ("debattartikel")

    @property
    def standalone(self) -> bool:
        return self.blank_before and self.blank_after


@dataclass
class _Draft:
    title: str
    lines: list[_Line] = field(default_factory=list)
    published: date | None = None
    kind: str = ""
    organisations: list[str] = field(default_factory=list)
    authors: list[PersonMention] = field(default_factory=list)
    review_notes: list[str] = field(default_factory=list)
    source_url: str = ""
    genre: str = ""


def split_documents(text: str, source_file: str, context: ParseContext) -> list[ParsedDocument]:
    """The documents in one source file, with title, clean body, kind, date, authors and publishers.

    Quotes, themes and mentioned organisations are left to later steps, which compute offsets into
    `body`: paragraphs are separated by exactly one blank line and the original characters are kept.
    """
    matcher = matcher_for(context)
    raw = [normalise_line(line) for line in text.replace("\r\n", "\n").split("\n")]
    raw = [part for line in raw for part in _split_dateline(line)]
    is_archive = any(ARCHIVE_LABEL_RE.match(line) for line in raw[:5] if line)
    blog_section = any(BREADCRUMB_RE.match(line) and "blogg" in line.lower() for line in raw[:40] if line)
    masthead = _masthead_at(raw)
    blog_section = blog_section or (masthead is not None and "blogg" in raw[masthead].lower())
    lines = _lines([line if n != masthead else "" for n, line in enumerate(raw)])
    source_url = ""
    for line in list(lines):
        m = SOURCE_URL_RE.match(line.text)
        if m:
            source_url = source_url or m.group(1)
            lines.remove(line)

    lines = _take_genre_labels(lines)

    if _is_listing(lines):
        drafts = _split_listing(lines, matcher, blog_section, raw[masthead] if masthead is not None else "")
    elif (header_end := _letter_header_end(lines, matcher)) is not None:
        drafts = [_letter(lines, header_end, matcher)]
    else:
        drafts = _split_stream(lines, matcher, is_archive, blog_section)

    owner = _site_owner(raw, matcher)
    if owner:
        for draft in drafts:
            if not draft.organisations and draft.kind != "debattartikel":
                draft.organisations.append(owner)
    known_people = [p for d in drafts for p in d.authors]
    documents = []
    for position, draft in enumerate(drafts):
        metadata.complete_first_names(draft.authors, known_people)
        draft.source_url = draft.source_url or (source_url if len(drafts) == 1 else "")
        documents.append(_finish(draft, position, source_file))
    return documents


# --- lines -----------------------------------------------------------------------------------------


def _split_dateline(line: str) -> list[str]:
    """ "2025-09-18 | Av Per Hallberg": a date and a byline on one line, as two lines."""
    parts = _ROW_SEPARATOR_RE.split(line)
    if len(parts) == 2 and any(is_date_line(p) for p in parts) and any(_is_byline(p) for p in parts):
        return parts
    return [line]


def _masthead_at(raw: list[str]) -> int | None:
    """The index of a site's name set above its menu ("Örebro Kuriren" / "Meny" / "Sök"): the page's first
    line, short and no sentence, when the next line is navigation. It names the site, never a document."""
    filled = [n for n, line in enumerate(raw) if line][:2]
    if len(filled) < 2:
        return None
    first, after = raw[filled[0]], raw[filled[1]]
    if word_count(first) <= 8 and not ends_sentence(first) and BOILERPLATE_RE.match(after):
        return filled[0]
    return None


def _site_owner(raw: list[str], matcher: OrganisationMatcher) -> str | None:
    """The organisation whose own site a page was saved from: its masthead, the page's first line, names
    an organisation and nothing else ("Sundsvalls kommun", "Vision"). A magazine's masthead
    ("Kommunalarbetaren") names no organisation, and journalism has no publishing organisation."""
    first = next((line for line in raw if line), "")
    if not first or word_count(first) > 8 or _is_boilerplate(first) or "," in first:
        return None
    # "Famna – Riksorganisationen för idéburen välfärd": the name before its strapline.
    name = re.split(r"\s[–|-]\s", first, maxsplit=1)[0]
    return metadata.organisation_line(name, matcher)[0] if word_count(name) <= 6 else None


def _is_link_row(line: str) -> bool:
    """Three or more short items in a row separated by "·" or "|": a footer or a filter, never prose or a
    dateline ("Publicerad 14 mars 2025 · Uppdaterad …" keeps its dates)."""
    parts = _ROW_SEPARATOR_RE.split(line)
    return (
        len(parts) >= 3
        and all(word_count(part) <= 6 and not ends_sentence(part) for part in parts)
        and not metadata.PUBLISHED_RE.match(line)
        and not any(is_date_line(part) for part in parts)
    )


def _is_boilerplate(line: str) -> bool:
    # Each searching pattern needs a word or character the line may lack: test that first (issue #4).
    folded = line.lower()
    return bool(
        BOILERPLATE_RE.match(line)
        or WIDGET_RE.match(line)
        or (any(mark in line for mark in "/>›»") and BREADCRUMB_RE.match(line))
        or (("klicka" in folded or " oss på" in folded) and CALL_TO_ACTION_RE.search(line))
        or READ_ALSO_RE.match(line)
        or ((" · " in line or " | " in line or " • " in line) and _is_link_row(line))
        or (
            ("kakor" in folded or "cookies" in folded)
            and COOKIE_RE.search(line)
            and COOKIE_ACTION_RE.search(line)
            and word_count(line) <= 40
        )
    )


def _lines(raw: list[str]) -> list[_Line]:
    """Non-empty lines with whether a blank line surrounds them; boilerplate counts as blank."""
    kept = [None if (not line or _is_boilerplate(line)) else line for line in raw]
    # The links listed straight under a "Relaterat" or "Mest läst" heading are furniture too.
    in_links = False
    for n, line in enumerate(raw):
        if not line:
            in_links = False
        elif RELATED_HEADING_RE.match(line):
            in_links = True
        elif in_links:
            kept[n] = None
    lines: list[_Line] = []
    blank = True
    for text in kept:
        if text is None:
            blank = True
            if lines:
                lines[-1].blank_after = True
            continue
        if lines and not blank:
            lines[-1].blank_after = False
        lines.append(_Line(text, blank_before=blank))
        blank = False
    return lines


def _take_genre_labels(lines: list[_Line]) -> list[_Line]:
    """Lines without the standalone genre labels; the line after a label carries its kind. A label dated
    on the same line ("Pressmeddelande 2025-05-12") leaves its date behind."""
    kept: list[_Line] = []
    genre = ""
    for line in lines:
        m = GENRE_RE.match(line.text)
        if m and line.standalone:
            genre = GENRE_KINDS.get(m.group("genre").lower(), "artikel")
            continue
        dated = DATED_GENRE_RE.match(line.text)
        if dated and line.standalone and is_date_line(dated.group("date")):
            genre = GENRE_KINDS.get(dated.group("genre").lower(), "artikel")
            kept.append(_Line(dated.group("date"), line.blank_before, line.blank_after))
            continue
        if genre:
            line.genre, genre = genre, ""
        kept.append(line)
    return kept


def _is_quoted_headline(text: str) -> bool:
    """A headline that is a quotation: ”Vi måste våga prioritera”."""
    return (
        len(text) > 4
        and text[0] in '”"“'
        and text[-1] in '”"'
        and not QUOTE_MARK_RE.search(text[1:-1])
        and word_count(text) <= MAX_TITLE_WORDS
    )


QUOTE_MARK_RE = re.compile(r'[”"“]')


def _is_byline(text: str) -> bool:
    """A byline ("Av Anna Berg"): a name after the byline word, never a heading."""
    m = BYLINE_RE.match(text)
    who = re.sub(r"^\S+(?: och foto)?\s*:?\s+", "", text)
    who = _PHOTO_CREDIT_RE.split(who)[0].strip(" ,|")  # "Text: Sara Ek Foto: Per Ek"
    # "Av Maria Holm, sakkunnig på Kommunal": a byline may present the writer.
    return bool(m) and bool(metadata.PERSON_NAME_RE.match(who.split(",")[0].strip()))


_PHOTO_CREDIT_RE = re.compile(r"[\s,|]+(?:Foto|Bild|Fotograf)\s*:")


def _is_title_like(text: str) -> bool:
    """A heading: short, capitalised, no sentence-ending full stop, not a caption, quote or date."""
    return (
        len(text) <= MAX_TITLE_CHARS
        and word_count(text) <= MAX_TITLE_WORDS
        and (text[0].isupper() or text[0].isdigit())
        and text[-1] not in '.,:;…”"»'
        and "Foto:" not in text
        and not FACT_BOX_RE.match(text)
        and not metadata.GREETING_RE.match(text)
        and not metadata.PUBLISHED_RE.match(text)
        and not is_date_line(text)
        and not _is_byline(text)
    )


def _is_article_like(lines: list[_Line]) -> bool:
    """Enough running text to be a document of its own rather than a fact box under the last one."""
    chars = sum(len(line.text) for line in lines)
    return (len(lines) >= 3 and chars >= 600) or chars >= 1200


# --- listings --------------------------------------------------------------------------------------


def _listing_date(line: _Line) -> bool:
    """A listing item's date: on a bullet, or a bare date standing alone ("15 maj 2025")."""
    return bool(re.match(r"^[•·*]?\s*\d{4}-\d{2}-\d{2}$", line.text)) or (
        line.text.startswith(("•", "·"))
        and is_date_line(line.text)
        or (line.standalone and bool(_BARE_DATE_RE.fullmatch(line.text)))
    )


_BARE_DATE_RE = re.compile(rf"{ISO_DATE_RE.pattern}|{SWEDISH_DATE_RE.pattern}", re.IGNORECASE)


def _is_listing(lines: list[_Line]) -> bool:
    """Dated items each headed by a title under the date; a date under a title dates an article instead."""
    dated = [i for i, line in enumerate(lines) if _listing_date(line)]
    return (
        len(dated) >= 2
        and all(i + 1 < len(lines) for i in dated)
        and sum(_is_title_like(lines[i + 1].text) for i in dated) * 2 > len(dated)
    )


def _split_listing(
    lines: list[_Line], matcher: OrganisationMatcher, blog_section: bool = False, masthead: str = ""
) -> list[_Draft]:
    """A blog or news front page: each item is a dated bullet, a title line and the item's text."""
    starts = [i for i, line in enumerate(lines) if _listing_date(line)]
    preamble = " ".join([masthead] + [line.text for line in lines[: starts[0]]]).strip()
    kind = "blogginlagg" if blog_section or re.search(r"blogg", preamble, re.IGNORECASE) else "artikel"
    publishers = list(dict.fromkeys(m.name for m in matcher.find(preamble)))
    drafts = []
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        if end - start < 2:
            continue  # a date with nothing under it
        title, *body = lines[start + 1 : end]
        published = metadata.parse_date(lines[start].text)
        draft = _Draft(title.text, body, published=published, kind=kind, organisations=list(publishers))
        signer = metadata.closing_signature([line.text for line in body], matcher)
        if signer:
            draft.authors.append(signer)
            draft.lines = body[:-1]
        drafts.append(draft)
    if not publishers:
        # A blog whose masthead names the organisation its signers write for: that organisation's blog.
        signed_for = metadata.most_common(
            [a.organisation for d in drafts for a in d.authors if a.organisation]
        )
        if signed_for and signed_for in preamble:
            for draft in drafts:
                draft.organisations.append(signed_for)
    return drafts


# --- letters ---------------------------------------------------------------------------------------


def _letter_header_end(lines: list[_Line], matcher: OrganisationMatcher) -> int | None:
    """Where the title follows a letter's header (date, senders, addressees), or None if not a letter."""
    titled = _letter_title_at(lines)
    if titled is not None:
        return titled
    if not lines or not any(is_date_line(line.text) for line in lines[:3]):
        return None
    addressed = False
    for i, line in enumerate(lines[:20]):
        if ADDRESSEE_RE.search(line.text):
            addressed = True
        elif not (is_date_line(line.text) or matcher.resolve(line.text)):
            return i if addressed else None
    return None


def _letter_title_at(lines: list[_Line]) -> int | None:
    """A consultation response announced by its form: "Remissvar" above it, or an addressee or diary
    number before a title such as "Yttrande över betänkandet …"."""
    header_seen = bool(lines) and lines[0].genre == "remissvar"
    for i, line in enumerate(lines[:12]):
        genre = GENRE_RE.match(line.text)
        if genre and GENRE_KINDS.get(genre.group("genre").lower()) == "remissvar":
            header_seen = True  # "Remissvar" set above the date and diary numbers: a header mark
            continue
        if (
            LETTER_TITLE_RE.match(line.text)
            and len(line.text) <= 2 * MAX_TITLE_CHARS
            and line.text[-1] not in ".!?"
        ):
            return i if header_seen or i == 0 else None
        if ADDRESSEE_RE.search(line.text) or is_date_line(line.text) or line.genre == "remissvar":
            header_seen = True
    return None


def _letter(lines: list[_Line], header_end: int, matcher: OrganisationMatcher) -> _Draft:
    header = lines[:header_end]
    first_addressee = next(
        (i for i, line in enumerate(header) if ADDRESSEE_RE.search(line.text)), len(header)
    )
    senders = [
        name
        for line in header[:first_addressee]
        if (name := matcher.resolve(line.text)) and matcher.organisations[name].kind != "departement"
    ]
    published = next((metadata.parse_date(line.text) for line in header if is_date_line(line.text)), None)
    rest = lines[header_end:]
    title = rest[0].text if _is_title_like(rest[0].text) or LETTER_TITLE_RE.match(rest[0].text) else ""
    body = rest[1:] if title else rest
    authors, sign_start = metadata.letter_signatories([line.text for line in body], matcher)
    if published is None:
        # "Stockholm den 15 maj 2024" above the signatures: the letter's date.
        published = next(
            (metadata.parse_date(line.text) for line in body[-12:] if is_date_line(line.text)), None
        )
    signers = [p.organisation for p in authors if p.organisation]
    return _Draft(
        title,
        body[:sign_start],
        published=published,
        kind="remissvar",
        organisations=list(dict.fromkeys(senders + signers)),
        authors=authors,
    )


# --- streams of articles and posts -----------------------------------------------------------------


def _starts_document(block: list[_Line]) -> bool:
    """Whether the lines under a title open a document of their own: a date, a byline, a photo caption
    or a genre label, as articles on an archive page are headed (a sub-heading has none of these)."""
    return bool(block) and any(
        is_date_line(line.text)
        or metadata.PUBLISHED_RE.match(line.text)
        or BYLINE_RE.match(line.text)
        or "Foto:" in line.text
        for line in block[:2]
    )


def _is_dated(block: list[_Line]) -> bool:
    """A heading dated on the line under it heads an item of its own, however short (a news teaser)."""
    return any(is_date_line(line.text) or metadata.PUBLISHED_RE.match(line.text) for line in block[:1])


def _split_stream(
    lines: list[_Line], matcher: OrganisationMatcher, is_archive: bool, blog_section: bool = False
) -> list[_Draft]:
    """Articles or posts one after another, each under a title line standing alone.

    A standalone title-like line starts a new document when the text under it is long enough to be
    one, or when the current document has already been signed off; otherwise it is a fact box or a
    section heading and stays in the current document. A page that is neither an archive nor a blog
    of signed posts is one article: its long sub-headed sections stay together unless a heading is
    followed by a date, byline or caption of its own.
    """
    blog = any(metadata.GREETING_RE.match(line.text) for line in lines)
    single_page = not is_archive and not blog
    candidates = [
        i
        for i, line in enumerate(lines)
        if (line.standalone or _heads_dateline(lines, i))
        and (_is_title_like(line.text) or ((i == 0 or line.genre) and _is_quoted_headline(line.text)))
    ]
    if not candidates:
        title = lines[0].text if lines and _is_title_like(lines[0].text) else ""
        drafts = [_Draft(title, lines[1:] if title else lines)] if lines else []
        if drafts and lines:
            drafts[0].genre = lines[0].genre
    else:
        drafts = []
        current: _Draft | None = None
        for n, start in enumerate(candidates):
            end = candidates[n + 1] if n + 1 < len(candidates) else len(lines)
            block = lines[start + 1 : end]
            if current is None:
                # Whatever precedes the first title ("Publicerad: …") belongs to the first document,
                # except a site's menu: short lines that are neither sentences, dates nor bylines.
                before = [line for line in lines[:start] if not _is_menu_item(line)]
                current = _Draft(lines[start].text, before + block, genre=lines[start].genre)
                drafts.append(current)
                continue
            signed = any(metadata.GREETING_RE.match(line.text) for line in current.lines)
            if single_page:
                new = (
                    bool(lines[start].genre)
                    or _is_dated(block)
                    or (
                        _starts_document(block) and sum(len(line.text) for line in block) >= MIN_ARTICLE_CHARS
                    )
                )
            else:
                new = _is_article_like(block) or signed
            if new:
                current = _Draft(lines[start].text, list(block), genre=lines[start].genre)
                drafts.append(current)
            else:
                current.lines.extend(lines[start:end])

    drafts = _without_furniture(drafts)
    for draft in drafts:
        _stream_metadata(draft, matcher, is_archive=is_archive, blog=blog, blog_section=blog_section)
    if blog:
        publisher = metadata.most_common([name for d in drafts for name in d.organisations])
        for draft in drafts:
            if publisher and publisher not in draft.organisations:
                draft.organisations.append(publisher)
    return drafts


def _heads_dateline(lines: list[_Line], i: int) -> bool:
    """A headline set straight above its date or byline, with no blank line between: "Titel" / "2025-02-20"."""
    if not lines[i].blank_before or lines[i].blank_after or i + 1 >= len(lines):
        return False
    below = lines[i + 1].text
    return bool(is_date_line(below) or metadata.PUBLISHED_RE.match(below) or _is_byline(below))


PROSE_MIN_WORDS = 4


def _is_menu_item(line: _Line) -> bool:
    """A site's menu or section link above the headline: a few words, no sentence, date or byline."""
    text = line.text
    return (
        word_count(text) <= 4
        and text[-1] not in '.!?…:;”"»)'
        and not is_date_line(text)
        and not metadata.PUBLISHED_RE.match(text)
        and not _is_byline(text)
    )


def _has_prose(lines: list[_Line]) -> bool:
    """Whether some line is running text: a sentence of several words, not a menu item or a label."""
    return any(word_count(line.text) >= PROSE_MIN_WORDS and line.text[-1] in '.!?…”"»' for line in lines)


def _without_furniture(drafts: list[_Draft]) -> list[_Draft]:
    """Drafts less the page furniture: a site name, a section label or a contact box heading a "document"
    with no running text under it. Its date and byline lines, if any, go to the next document."""
    if len(drafts) < 2 or not any(_has_prose(d.lines) for d in drafts):
        return drafts
    kept: list[_Draft] = []
    carried: list[_Line] = []
    for draft in drafts:
        if _has_prose(draft.lines):
            draft.lines[:0] = carried
            carried = []
            kept.append(draft)
        else:
            carried = [
                line
                for line in draft.lines
                if is_date_line(line.text) or metadata.PUBLISHED_RE.match(line.text) or _is_byline(line.text)
            ]
    return kept


def _stream_metadata(
    draft: _Draft, matcher: OrganisationMatcher, *, is_archive: bool, blog: bool, blog_section: bool = False
) -> None:
    """Date, authors, kind and publisher of one streamed document. `blog_section`: the page's breadcrumb
    places it in a blog ("Start / Aktuellt / Bloggen")."""
    has_published_line = False
    kept = []
    for n, line in enumerate(draft.lines):
        is_published, value = metadata.published_line(line.text)
        if not is_published and n < 2 and is_date_line(line.text) and draft.published is None:
            # A date alone under the title ("2025-03-05") dates the document.
            is_published, value = True, metadata.parse_date(line.text)
        if is_published:
            has_published_line = True
            draft.published = draft.published or value
        else:
            kept.append(line)
    draft.lines = kept
    texts = [line.text for line in kept]

    if draft.published is None and texts:
        draft.published, _phrase = metadata.relative_writing_date(texts[0])

    _byline_authors(draft, matcher)
    kept = draft.lines
    texts = [line.text for line in kept]
    person, at = metadata.parse_blog_signature(texts, matcher)
    if person:
        draft.authors.append(person)
        draft.organisations = metadata.signature_organisations(texts[at:], matcher)

    opening = " ".join(texts[:3]) + " " + draft.title
    if draft.genre in ("debattartikel", "pressmeddelande"):
        draft.kind = draft.genre
    elif re.search(r"\bdebattartikel\b|^Debatt\s*:", opening, re.IGNORECASE):
        draft.kind = "debattartikel"
    elif re.search(r"\bpressmeddelande\b", opening, re.IGNORECASE) or any(CONTACT_RE.match(t) for t in texts):
        draft.kind = "pressmeddelande"
    elif blog:
        first_block = []
        for line in draft.lines:
            if line.standalone and _is_title_like(line.text):
                break
            first_block.append(line)
        draft.kind = "blogginlagg" if person or _is_article_like(first_block) else "annan"
    elif is_archive or has_published_line or draft.genre or any(SAYS_RE.search(t) for t in texts):
        draft.kind = "artikel"
    else:
        draft.kind = "annan"

    if blog_section and draft.kind in ("artikel", "annan"):
        draft.kind = "blogginlagg"
    if not person and draft.kind != "debattartikel":
        # "Jonas Ekberg" / "Policyansvarig, Stockholms Stadsmission" closing a post: its writer.
        person, at = metadata.closing_signature_block(texts, matcher)
        if person:
            draft.authors.append(person)
            draft.organisations = draft.organisations or metadata.signature_organisations(texts[at:], matcher)
            draft.lines = kept[:at]
            if draft.kind in ("artikel", "annan") and blog:
                draft.kind = "blogginlagg"
    if draft.kind == "debattartikel" and not person:
        # Signatories under a debate article: "Anna Berg, förbundsordförande, Vision" one per line.
        authors, sign_start = metadata.letter_signatories(texts, matcher)
        if authors:
            draft.authors = authors
            draft.lines = kept[:sign_start]
            draft.organisations = list(dict.fromkeys(p.organisation for p in authors if p.organisation))
    if draft.kind == "pressmeddelande" and not draft.organisations:
        draft.organisations = _press_release_publisher(draft, texts, matcher)

    if has_published_line and not is_archive and not draft.organisations and texts:
        owner = metadata.possessive_publisher(texts[0], matcher)
        if owner:
            draft.organisations.append(owner)


_BYLINE_NAME_RE = re.compile(r"^(?:Av|Text(?: och foto)?|Skribent|Reporter)\s*:?\s+(?P<who>.+?)\s*$")


def _byline_authors(draft: _Draft, matcher: OrganisationMatcher) -> list[PersonMention]:
    """Authors from a byline near the top ("Av Anna Berg", "Text: Anna Berg, reporter"), taken out of the body."""
    found = []
    for line in list(draft.lines[:4]):
        m = _BYLINE_NAME_RE.match(line.text)
        if not m or line.text.startswith("Foto"):
            continue
        # "Text: Sara Malmberg Foto: Anna Wahlgren": the photographer is no author.
        who = _PHOTO_CREDIT_RE.split(m.group("who"))[0].strip(" ,|")
        names = [n.strip() for n in re.split(r"\s+och\s+|\s*&\s*", who)]
        people = [metadata.person_from(*(n.split(",", 1) + [""])[:2], matcher) for n in names]
        people = [p for p in people if metadata.PERSON_NAME_RE.match(p.name)]
        if people:
            found.extend(people)
            draft.lines.remove(line)
    draft.authors.extend(found)
    return found


def _press_release_publisher(draft: _Draft, texts: list[str], matcher: OrganisationMatcher) -> list[str]:
    """Who sends a press release: the organisation of its contact block, else the one its title names."""
    contact = next((i for i, t in enumerate(texts) if CONTACT_RE.match(t)), None)
    if contact is not None:
        found = [m.name for t in texts[contact : contact + 4] for m in matcher.find(t)]
        if found:
            return [found[0]]
    named = matcher.find(draft.title)
    return [named[0].name] if named else []


# --- bodies ----------------------------------------------------------------------------------------


def _finish(draft: _Draft, position: int, source_file: str) -> ParsedDocument:
    paragraphs = body_paragraphs([line.text for line in draft.lines])
    title = draft.title
    if not title and paragraphs:
        words = paragraphs[0].split()
        title = " ".join(words[:10]) + ("…" if len(words) > 10 else "")
        draft.review_notes.append("ingen rubrik hittades")
    while paragraphs and paragraphs[0] == title:
        paragraphs.pop(0)
    if draft.published is None:
        draft.review_notes.append("inget datum hittades")
    return ParsedDocument(
        title=title,
        body="\n\n".join(paragraphs),
        source_file=source_file.replace("\\", "/").rsplit("/", 1)[-1],
        position=position,
        kind=draft.kind or "annan",
        published=draft.published,
        authors=draft.authors,
        organisations=draft.organisations,
        source_url=draft.source_url,
        needs_review=bool(draft.review_notes),
        review_note="; ".join(draft.review_notes),
    )


def body_paragraphs(lines: list[str]) -> list[str]:
    """Paragraphs from lines: page-break halves joined, repeated captions dropped, glued headings split."""
    joined: list[str] = []
    for line in lines:
        if joined and _continues(joined[-1], line):
            joined[-1] = f"{joined[-1]} {line}"
        elif not joined or joined[-1] != line:
            joined.append(line)
    paragraphs: list[str] = []
    for paragraph in joined:
        paragraphs.extend(split_glued(paragraph))
    return paragraphs


def _continues(previous: str, line: str) -> bool:
    """A page break cut a paragraph: the first half runs on without punctuation, the second starts lower-case."""
    return (
        len(previous) >= 60
        and not ends_sentence(previous)
        and (previous[-1].isalnum() or previous[-1] in ",-–")
        and starts_lower(line)
        and not metadata.GREETING_RE.match(previous.split("\n")[-1])
    )


def split_glued(paragraph: str) -> list[str]:
    """Split text whose paragraphs and headings were scraped without spaces between them.

    "…ungdomsvården.Högt tryck på socialtjänstenAtt bedöma…" becomes "…ungdomsvården.",
    "Högt tryck på socialtjänsten" and "Att bedöma…": a full stop straight before a capital ends a
    paragraph, and a lower-case letter straight before a capital, within the first words of a
    paragraph, ends a heading.
    """
    pieces: list[str] = []
    start = 0
    for m in _SENTENCE_GLUE_RE.finditer(paragraph):
        if _URL_TOKEN_RE.search(paragraph[start : m.start()].rsplit(" ", 1)[-1]):
            continue
        pieces.append(paragraph[start : m.start()])
        start = m.start()
    pieces.append(paragraph[start:])

    result = []
    for piece in pieces:
        heading = _HEADING_GLUE_RE.search(piece)
        if heading:
            prefix = piece[: heading.end()]
            if (
                piece[0].isupper()
                and word_count(prefix) <= 12
                and not re.search(r"[.!?;]", prefix)
                and not _URL_TOKEN_RE.search(prefix.rsplit(" ", 1)[-1])
            ):
                result.extend([prefix.strip(), piece[heading.end() :].strip()])
                continue
        result.append(piece.strip())
    return [p for p in result if p]
