"""What kind of text a document is, read from its form: a genre label above it, the words it opens
with, a press contact, a letter's layout, a blog's signed posts. Never from the site's name."""

from __future__ import annotations

import re

from .. import metadata
from ..names import FULL_NAME_RE, looks_like_name
from ..records import DocumentKind
from ..text import is_date_line, word_count
from .genres import GENRE_RE
from .lines import Line, is_article_like, is_title_like

# What marks a text as news in its own lines: the site calling it a news item ("Denna nyhet är äldre än
# 6 månader"), or a photo credited to a named photographer ("Foto: Anna Berg"), as press pictures are.
NEWS_MARK_RE = re.compile(
    r"^(?:(?:Denna|Den här) (?:nyhet|artikel)\b|Nyheten (?:publicerades|är)\b"
    r"|.*\bFoto\s*:\s*[A-ZÅÄÖ][a-zåäöé]+ [A-ZÅÄÖ][a-zåäöé]+)"
)
DATED_GENRE_RE = re.compile(
    r"^(?P<genre>Nyhet|Pressmeddelande|Pressinformation|Debatt|Replik|Krönika|Remissvar|Yttrande)"
    r"\s*[:|·–-]?\s+(?:från\s+|den\s+)?(?P<date>.*\d.*?):?$",
    re.IGNORECASE,
)
# The same with the date first: "5 februari 2024 Remissvar", "2024-03-12 | Pressmeddelande".
# Only a short line can be a date and a label: the length test first keeps the pattern from backtracking
# through every long paragraph (it cost half a second per 10,000 lines).
GENRE_AFTER_DATE_RE = re.compile(
    r"^(?=.{1,60}$)(?P<date>.*\d.*?)\s*[|·–-]?\s+(?P<genre>Nyhet|Pressmeddelande|Pressinformation|Debatt|Replik|Krönika"
    r"|Remissvar|Yttrande)$",
    re.IGNORECASE,
)
# A magazine's section label above a headline: a section word and its topic ("TEMA: NY LAG", "Fokus: Äldreomsorg",
# "Serie – Barnen i vården"), or a few words set in capitals alone ("NYA SOL"). It names the section, not the
# article: never the title (issue 10's real pages).
SECTION_RE = re.compile(
    r"^(?:(?:tema|fokus|i fokus|serie|granskning|analys|kommentar|bakgrund|special|nya sol)(?:\s*[:|–-]\s*\S.{0,40})?"
    # Round 12: an association's news section named after it, over the page's date and headline.
    r"|nyheter från (?:förbundet|föreningen|[A-ZÅÄÖ]\S*(?: \S+){0,3})"
    # Round 43 (the former test42's d4232): the care section of a municipality's site, over its news headline.
    r"|omsorg och stöd|stöd och omsorg|vård och omsorg|omsorg, vård och stöd|stöd och hjälp)$",
    re.IGNORECASE,
)
CAPITALS_LABEL_RE = re.compile(r"^(?=.*[A-ZÅÄÖ].*[A-ZÅÄÖ])[A-ZÅÄÖÉ0-9][A-ZÅÄÖÉ0-9 :&/–-]{1,28}$")
MAX_LABEL_WORDS = 4
# The labels that name a kind other than a news article; every other label ("Krönika", "Nyhet") is one.
GENRE_KINDS = {
    "debatt": DocumentKind.DEBATTARTIKEL,
    "debattartikel": DocumentKind.DEBATTARTIKEL,
    "debattinlägg": DocumentKind.DEBATTARTIKEL,
    "åsikt": DocumentKind.DEBATTARTIKEL,  # opinion sections of newspapers
    "opinion": DocumentKind.DEBATTARTIKEL,
    "replik": DocumentKind.DEBATTARTIKEL,
    "slutreplik": DocumentKind.DEBATTARTIKEL,
    "insändare": DocumentKind.DEBATTARTIKEL,
    # Round 47 (the former test46's d4669): a paper's editorial is its opinion, as "Åsikt" is.
    "ledare": DocumentKind.DEBATTARTIKEL,
    "blogginlägg": DocumentKind.BLOGGINLAGG,
    "pressmeddelande": DocumentKind.PRESSMEDDELANDE,
    "pressinformation": DocumentKind.PRESSMEDDELANDE,
    "remissvar": DocumentKind.REMISSVAR,
    "remissyttrande": DocumentKind.REMISSVAR,
    "yttrande": DocumentKind.REMISSVAR,
}
# The kinds a genre label settles whatever the text under it looks like.
ANNOUNCING_GENRES = (DocumentKind.DEBATTARTIKEL, DocumentKind.PRESSMEDDELANDE, DocumentKind.BLOGGINLAGG)
# "Det här är en insändare. Åsikterna i texten är skribentens egna.": newspapers' opinion disclaimer; a
# headline opening "Debatt:" or "INSÄNDARE/DEBATT:".
DEBATE_RE = re.compile(
    r"\b(?:debattartikel|debattinlägg|insändare)\b|^(?:Debatt|Insändare|Replik)(?:\s*/\s*(?:Debatt|Insändare))?\s*:",
    re.IGNORECASE,
)
# A reply to another writer's letter or article, as papers head one under its headline: "Svar på insändare
# av Anna Berg (S).", "Replik på debattartikeln …", "Svar till Per Ek". Only a debate text answers by name.
REPLY_RE = re.compile(
    r"^(?:Svar|Replik|Slutreplik|Genmäle)\s+(?:på|till)\s+(?:(?:insändare|insändaren|debattartikel|debattartikeln"
    r"|debattinlägg|debattinlägget|inlägg|inlägget)\b|[A-ZÅÄÖ][a-zåäö]+ [A-ZÅÄÖ])"
)
# The opinion disclaimer a paper sets under the head of a debate text, after its ingress and photo too:
# "Det här är en debattartikel. …", "Åsikterna i texten är skribentens egna."
# "Det här är opinionsmaterial" / "Åsikterna som uttrycks här står skribenten för." say the same.
DISCLAIMER_RE = re.compile(
    r"^(?:Det här|Detta) är (?:en (?:debattartikel|insändare|replik|debattext)|opinionsmaterial)\b"
    r"|\bÅsikterna (?:i (?:texten|artikeln|inlägget) )?är (?:skribentens|skribenternas|författarens"
    r"|författarnas|debattörens|debattörernas) egna\b"
    r"|\bÅsikterna som (?:uttrycks|framförs) (?:här|i (?:texten|artikeln)) (?:står|är) (?:skribent|författar|debattör)",
    re.IGNORECASE,
)
# A consultation response read from its opening, when no "Remissvar" label or letter layout said so: a
# diary-number line, "svar på remiss", "yttrande över SOU …/betänkandet …".
REMISS_RE = re.compile(
    r"(?:^|\n)(?:Diarienummer|Dnr|Ert dnr|Er beteckning|Ställd till)\s*[:.]"
    r"|\bsvar på remiss\b|\byttrande över (?:SOU|Ds|betänkandet|promemorian|departementspromemorian)\b"
    # A line opening on what it is: "• Remissvar på slutbetänkandet …", "Remissyttrande över …".
    r"|(?:^|\n)(?:[•·]\s*)?(?:Remissvar|Remissyttrande) (?:på|över|till|avseende|angående)\b",
    re.IGNORECASE,
)
# A response named as one in its title ("Remissvar SOU 2020:47 …", "Avgivet remissvar angående …"), or
# whose sender speaks of it as its own ("i vårt remissyttrande", "X har lämnat synpunkter på … remiss").
# Round 40: or by its sender's genitive ("Sveriges Blåbandsförbunds remissvar till …", "DHB:s remissvar gällande
# …"): in the development part every title of that shape heads the response itself (3 of 3).
REMISS_TITLE_RE = re.compile(
    r"^(?:(?:Avgivet|Vårt|Lämnat|Inlämnat)\s+)?(?:remissvar|remissyttrande)\b"
    r"|^[A-ZÅÄÖ][\w-]*(?: [\w-]+){0,4}(?::s|s) (?:remissvar|remissyttrande)\b",
    re.IGNORECASE,
)
OWN_REMISS_RE = re.compile(
    r"\b(?:vårt|vår) (?:remissvar|remissyttrande|remissvaret|remissyttrandet)\b"
    r"|\bhar lämnat (?:synpunkter|remissvar|yttrande)\b[^.]*\bremiss",
    re.IGNORECASE,
)
# The writer speaking as "jag" outside quotations: a personal post, where no label says otherwise.
_FIRST_PERSON_RE = re.compile(r"\b(?:[Jj]ag|[Mm]ig|[Mm]itt|[Mm]ina)\b")
_QUOTED_RE = re.compile(r"[”“\"»«][^”“\"»«]*[”“\"»«]")
FIRST_PERSON_MIN = 2
MAX_SENDER_WORDS = 3  # a ministry's or department's name between a headline and its date
REPORT_MIN_WORDS = 12  # a sentence of running text, not a caption or a name on its own
# Not a press release another text cites: "…, skriver ministern i ett pressmeddelande", "enligt ett pressmeddelande".
PRESS_RELEASE_RE = re.compile(
    r"(?<!\bi ett )(?<!\benligt ett )(?<!\bi sitt )(?<!\bi dagens )(?<!\bett )\bpressmeddelande\b",
    re.IGNORECASE,
)
# A link to the page's section of press releases above its headline ("Fler pressmeddelanden", "Alla
# pressmeddelanden"): the page is one of them.
PRESS_SECTION_RE = re.compile(
    r"^(?:Fler|Alla|Se alla|Till alla|Tillbaka till(?: alla)?|Till|Övriga|Senaste) pressmeddelanden\s*[»›→]?$",
    re.IGNORECASE,
)
# A press release's contact block: the people named there are contacts, not authors or speakers.
CONTACT_RE = re.compile(
    r"^(?:För (?:mer|ytterligare) information|Mer information|Kontakt(?:person|personer)?\s*:|Presskontakt)",
    re.IGNORECASE,
)
# Reported speech ("…, säger hon"): journalism, so an article.
DASH_LINE_RE = re.compile(r"^\s*[–—-]\s")
SAYS_RE = re.compile(r"\bsäger (?:hon|han|hen|[A-ZÅÄÖ])|\b[A-ZÅÄÖ]\w+ säger\b")
BLOG_RE = re.compile(r"blogg", re.IGNORECASE)


def genre_kind(label: str) -> DocumentKind:
    """The kind a genre label gives: "Replik" a debate article, "Yttrande" a consultation response."""
    return GENRE_KINDS.get(label.lower(), DocumentKind.ARTIKEL)


def is_letter_genre(text: str) -> bool:
    """A standalone "Remissvar" or "Yttrande" label."""
    m = GENRE_RE.match(text)
    return bool(m) and genre_kind(m.group("genre")) == DocumentKind.REMISSVAR


def take_genre_labels(lines: list[Line]) -> list[Line]:
    """Lines without the standalone genre labels; the line after a label carries its kind. A label dated
    on the same line ("Pressmeddelande 2025-05-12", "5 februari 2024 Remissvar") leaves its date behind."""
    kept: list[Line] = []
    genre: DocumentKind | None = None
    for i, line in enumerate(lines):
        if _is_section_label(line, _headline_under(lines, i)):
            continue
        m = GENRE_RE.match(line.text)
        if m and _labels_headline_above(lines, i, kept, genre_kind(m.group("genre"))):
            continue
        if m and line.blank_after:  # a label set straight under a caption still stands above the headline
            genre = genre_kind(m.group("genre"))
            continue
        if not kept and PRESS_SECTION_RE.match(line.text):
            genre = DocumentKind.PRESSMEDDELANDE
            continue
        dated = DATED_GENRE_RE.match(line.text) or GENRE_AFTER_DATE_RE.match(line.text)
        if dated and line.blank_after and is_date_line(dated.group("date")):
            genre = genre_kind(dated.group("genre"))
            kept.append(Line(dated.group("date"), line.blank_before, line.blank_after))
            continue
        if genre and not is_date_line(line.text):
            # Round 46: "Pressmeddelande" / "2016-02-09" / the headline: the label passes the date to the headline.
            line.genre, genre = genre, None
        kept.append(line)
    return kept


def _labels_headline_above(lines: list[Line], i: int, kept: list[Line], kind: DocumentKind) -> bool:
    """Whether the genre label at `i` labels the headline kept above it (and gives it `kind`)."""
    if not _labels_headline_below(lines, i) and (headline := _headline_over_dateline(kept)):
        # "Rubrik" / "22 juni 2021" / "Debattartikel": a label under the headline's date labels that headline.
        headline.genre = kind
        return True
    if _over_date_label(lines, i) and kept and kept[-1].standalone and not kept[-1].genre:
        # Round 12: "Rubrik" / "Insändare" / "PUBLICERAD: …": a label between a headline and its date labels
        # that headline.
        kept[-1].genre = kind
        return True
    if _under_headline_over_prose(lines, i, kept):
        # Round 47 (the former test46's d4661): "Rubrik" / "Blogginlägg" / running text: the label under a
        # headline with the text straight under it labels that headline.
        kept[-1].genre = kind
        return True
    return False


def _under_headline_over_prose(lines: list[Line], i: int, kept: list[Line]) -> bool:
    """Whether the label at `i` stands alone straight under a headline (the last line kept, the text's first) and
    over a paragraph of running text."""
    below = lines[i + 1] if i + 1 < len(lines) else None
    return (
        len(kept) == 1
        and kept[0].standalone
        and not kept[0].genre
        and is_title_like(kept[0].text)
        and lines[i].standalone
        and below is not None
        and word_count(below.text) >= PROSE_MIN_WORDS
        and not is_title_like(below.text)
    )


def _labels_headline_below(lines: list[Line], i: int) -> bool:
    """Whether the genre label at `i` stands over a headline of its own, running text under it: the site's name
    and the date above it are then no headline (round 46, the former test45's d4542: "Tullverket" / "2016-02-09"
    / "Pressmeddelande" / the headline), where "Rubrik" / date / "Debattartikel" has the text straight under it."""
    below, after = (lines[i + 1 : i + 3] + [None, None])[:2]
    return (
        below is not None
        and after is not None
        and below.standalone
        and is_title_like(below.text)
        and word_count(after.text) >= PROSE_MIN_WORDS
        and not is_title_like(after.text)
    )


PROSE_MIN_WORDS = 12  # a paragraph of running text under a headline, not a second heading or a byline


def _headline_under(lines: list[Line], i: int) -> Line | None:
    """The line under line `i`, or the one under that when a date stands between (a section label, the
    page's date, then the headline)."""
    following = lines[i + 1] if i + 1 < len(lines) else None
    if following is not None and is_date_line(following.text) and i + 2 < len(lines):
        return lines[i + 2]
    return following


def _over_date_label(lines: list[Line], i: int) -> bool:
    """Whether line `i` stands straight over a date line or a date's label, whether or not the date survived the
    copy ("Publicerad:", "PUBLICERAD: 3 maj 2021")."""
    below = lines[i + 1].text.strip() if i + 1 < len(lines) else ""
    return bool(below) and (is_date_line(below) or bool(metadata.PUBLISHED_RE.match(below)))


def _headline_over_dateline(kept: list[Line]) -> Line | None:
    """The headline, when the lines so far end on a headline standing alone and a date under it; round 23: or
    with the sender's name between them ("Rubrik" / "socialministeriet" / "Utgivningsdatum 25.11.2014")."""
    if len(kept) < 2 or not is_date_line(kept[-1].text):
        return None
    headline = kept[-2]
    if len(kept) >= 3 and word_count(headline.text) <= MAX_SENDER_WORDS and not is_title_like(headline.text):
        headline = kept[-3]
    return headline if headline.standalone and not headline.genre else None


def _is_section_label(line: Line, following: Line | None) -> bool:
    """A section label: alone on its line, directly above a headline that is not itself in capitals."""
    text = line.text.strip()
    if following is None or not line.blank_after or GENRE_RE.match(text) or is_date_line(text):
        return False  # "12 MARS 2024" in a template's capitals is the date, not a label (round 6)
    named = SECTION_RE.match(text) and word_count(text) <= MAX_LABEL_WORDS + 3
    if not (named or (CAPITALS_LABEL_RE.match(text) and word_count(text) <= MAX_LABEL_WORDS)):
        return False
    headline = following.text.strip()
    return is_title_like(headline) and not CAPITALS_LABEL_RE.match(headline) and headline.upper() != headline


# Round 13: a listing headed as a press room's ("Pressmeddelanden", "kommunens pressmeddelanden") lists releases.
# Round 25: a press archive ("Pressarkiv") lists press releases too.
_PRESS_ROOM_RE = re.compile(r"\b(?:pressmeddelanden|pressarkiv)\b", re.IGNORECASE)


def listing_kind(preamble: str, blog_section: bool) -> DocumentKind:
    """The items of a listing page are blog posts when the page places itself in a blog, press releases
    when it is a press room's list of them, else articles."""
    if blog_section or BLOG_RE.search(preamble):
        return DocumentKind.BLOGGINLAGG
    return DocumentKind.PRESSMEDDELANDE if _PRESS_ROOM_RE.search(preamble) else DocumentKind.ARTIKEL


# Round 18: another's debate article the text speaks of ("PRO:s debattartikel i Expressen", "i sin insändare"),
# which says nothing of what this text is.
_OWNED_RE = re.compile(r"(?:\b[A-ZÅÄÖ][\w-]*:?s|\b(?:sin|sina|hans|hennes|deras)|\bi (?:en|ett|sin))\s+$")


def _announces_debate(opening: str) -> bool:
    return any(not _OWNED_RE.search(opening[: m.start()]) for m in DEBATE_RE.finditer(opening))


def announced_kind(genre: DocumentKind | None, title: str, texts: list[str]) -> DocumentKind | None:
    """The kind a document states itself: a debate or press-release label above it, a first line opening
    "Debatt:", the word "debattartikel" or "pressmeddelande" in its first lines or title, or a press
    contact block; None when it states none."""
    if genre in ANNOUNCING_GENRES:
        return genre
    opening = " ".join(texts[:3]) + " " + title
    # The title on its own too: "^Insändare/Debatt:" must open it.
    if (
        _announces_debate(opening)
        or DEBATE_RE.search(title)
        or any(DISCLAIMER_RE.search(t) or REPLY_RE.match(t) for t in texts[:8])
    ):
        return DocumentKind.DEBATTARTIKEL
    if PRESS_RELEASE_RE.search(opening) or any(CONTACT_RE.match(t) for t in texts):
        return DocumentKind.PRESSMEDDELANDE
    if (
        REMISS_RE.search("\n".join(texts[:3]))
        or REMISS_TITLE_RE.match(title)
        or OWN_REMISS_RE.search(opening)
    ):
        return DocumentKind.REMISSVAR
    return None


def stream_kind(
    lines: list[Line],
    genre: DocumentKind | None,
    announced: DocumentKind | None,
    *,
    blog: bool,
    blog_section: bool,
    is_archive: bool,
    dated: bool,
    signed: bool,
) -> DocumentKind:
    """The kind of one document of a stream (an archive, a blog, a single page).

    `announced`: what the document says it is (`announced_kind`). `blog`: some post on the page is signed
    off with a greeting; `blog_section`: the page's breadcrumb or masthead places it in a blog;
    `is_archive`: a tag or category archive; `dated`: the document has a "Publicerad" line or a date
    under its title; `signed`: its writer signs it, with a greeting or a name and title at its end.
    """
    if announced:
        return announced
    if blog_section:
        return DocumentKind.BLOGGINLAGG
    if blog:
        # A post on a blog page: signed, or long enough before its first sub-heading to be a post.
        return (
            DocumentKind.BLOGGINLAGG if signed or is_article_like(_first_block(lines)) else DocumentKind.ANNAN
        )
    if genre is None and writes_as_i(lines):
        return DocumentKind.BLOGGINLAGG
    if (
        is_archive
        or dated
        or genre
        or any(SAYS_RE.search(line.text) or NEWS_MARK_RE.match(line.text) for line in lines)
        or reports_on_people(lines)
    ):
        return DocumentKind.ARTIKEL
    return DocumentKind.ANNAN


def reports_on_people(lines: list[Line]) -> bool:
    """Whether the running text names a person by full name, as news does ("Anna Berg, utredare på IVO,
    berättar …"); an information page names people only in its contact block, which ends the reading."""
    for line in lines:
        if CONTACT_RE.match(line.text):
            return False
        if word_count(line.text) >= REPORT_MIN_WORDS and any(
            looks_like_name(m.group("name")) for m in FULL_NAME_RE.finditer(line.text)
        ):
            return True
    return False


def writes_as_i(lines: list[Line]) -> bool:
    """Whether the writer speaks as "jag" in their own words: dash paragraphs and quotations are other
    people's speech, so a news article quoting someone's "jag" stays an article."""
    own = (_QUOTED_RE.sub("", line.text) for line in lines if not DASH_LINE_RE.match(line.text))
    return sum(len(_FIRST_PERSON_RE.findall(text)) for text in own) >= FIRST_PERSON_MIN


def _first_block(lines: list[Line]) -> list[Line]:
    """The lines before the first sub-heading."""
    block = []
    for line in lines:
        if line.standalone and is_title_like(line.text):
            break
        block.append(line)
    return block
