"""One source file as a whole: its lines, what they say about the page, and the documents on it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import metadata
from ..organisations import OrganisationMatcher, matcher_for
from ..records import DocumentKind, ParseContext, ParsedDocument
from ..text import is_date_line, normalise_line, word_count
from .bodies import Draft, finish
from .dated_below_listings import is_dated_below_listing, split_dated_below_listing
from .dated_link_lists import dated_link_run, split_dated_links
from .dated_teasers import dated_teaser_run, split_dated_teasers
from .datelines import split_dateline
from .excerpt_listings import is_excerpt_listing, split_excerpt_listing
from .furniture import ARCHIVE_HEADING, BREADCRUMB_RE, LOGO_LINK_RE, NEWS_FROM_RE, is_boilerplate, masthead_at
from .glued_crumbs import split_glued_crumb
from .kinds import take_genre_labels
from .labelled_news_lists import is_labelled_news_list, split_labelled_news_list
from .labelled_teasers import is_labelled_teaser_list, split_labelled_teaser_list
from .letters import letter, letter_header_end
from .line_roles import trusted_roles
from .lines import Line, name_bylines, page_lines, split_glued_headline
from .listings import WEEKDAY_DATE_RE, is_bulleted_listing, is_listing, split_bulleted_listing, split_listing
from .spaced_rows import as_link_row
from .streams import split_stream
from .teaser_listings import (
    is_compact_listing,
    is_marked_listing,
    split_compact_listing,
    split_marked_listing,
)

ARCHIVE_LABEL_RE = re.compile(
    r"^(?:Etikettarkiv|Kategoriarkiv|Arkiv|Kategori|Etikett|Tagg)\s*:"
    # Round 18: a news archive or press room named alone over its items ("Nyhetsarkiv", "Alla pressmeddelanden").
    r"|^(?:Nyhetsarkiv|Pressarkiv|Alla nyheter|(?:Alla |Senaste )?pressmeddelanden)$"
    # Round 28: a blog theme's archive heading ("Alla inlägg: jan 2020", "Category Archives: Orange").
    r"|^" + ARCHIVE_HEADING,
    re.IGNORECASE,
)
# The heading a blog platform's theme sets over its archive of posts: what the archive holds are posts.
_ARCHIVE_HEADING_RE = re.compile(ARCHIVE_HEADING, re.IGNORECASE)
BLOG_COMMENTS_RE = re.compile(r"^(?:Inga|\d+) kommentarer:$", re.IGNORECASE)
# A blog platform's comment form under a post: WordPress heads it "Lämna ett svar" or "Lämna en kommentar".
COMMENT_FORM_RE = re.compile(r"^(?:Lämna|Skriv) (?:ett svar|en kommentar)$", re.IGNORECASE)
# A footer's copyright line: "© 2024 Förbundet X", "Copyright © 2019–2024 Region Y. Alla rättigheter …".
COPYRIGHT_RE = re.compile(
    r"^(?:©|\(c\)|Copyright)(?:\s*©)?\s*(?:\d{4}(?:\s*[–-]\s*\d{4})?)?\s*(?P<name>\S.*)$", re.I
)
SOURCE_URL_RE = re.compile(r"^(?:Källa|Källadress|URL|Länk|Source)\s*:\s*(https?://\S+)$", re.IGNORECASE)


@dataclass
class Page:
    """A file's lines and what its first lines say about all the documents on it."""

    raw: list[str]  # every line, normalised, blank lines kept
    lines: list[Line]  # the lines that are no furniture, genre labels taken out
    source_url: str = ""  # a "Källa: https://…" line's address
    is_archive: bool = False  # a tag or category archive ("Etikettarkiv: …")
    blog_section: bool = False  # the breadcrumb or the masthead places the page in a blog
    masthead: str = ""  # the site's name above its menu


def split_documents(text: str, source_file: str, context: ParseContext) -> list[ParsedDocument]:
    """The documents in one source file, with title, clean body, kind, date, authors and publishers.

    Quotes, themes and mentioned organisations are left to later steps, which compute offsets into
    `body`: paragraphs are separated by exactly one blank line and the original characters are kept.
    """
    matcher = matcher_for(context)
    page = read_page(text)
    drafts = _drafts(page, matcher)
    owner = _copyright_owner(page.raw, matcher) or _site_owner(page.raw, matcher) or _news_list_owner(page.raw)
    if owner:
        for draft in drafts:
            if not draft.organisations and draft.kind != DocumentKind.DEBATTARTIKEL:
                draft.organisations.append(owner)
    known_people = [p for d in drafts for p in d.authors]
    documents = []
    for position, draft in enumerate(drafts):
        metadata.complete_first_names(draft.authors, known_people)
        draft.source_url = draft.source_url or (page.source_url if len(drafts) == 1 else "")
        documents.append(finish(draft, position, source_file))
    return documents


def read_page(text: str) -> Page:
    """The page's lines, furniture and its source line taken out, and what its first lines say about it."""
    raw = [normalise_line(as_link_row(line)) for line in text.replace("\r\n", "\n").split("\n")]
    # Where the pipeline follows the line-role classifier (issue 10) and where the rules: line_roles.TRUSTED
    # says, with the figures behind it (now: the rules everywhere). A trusted verdict is read on the page as
    # it came, travels with its line (a line split below keeps it), and page_lines drops it like furniture.
    roles = trusted_roles(raw)
    split = [
        (part, role)
        for line, role in zip(raw, roles, strict=True)
        for piece in split_glued_headline(line)
        for unglued in split_glued_crumb(piece)
        for part in split_dateline(unglued)
    ]
    raw = name_bylines([part for part, _role in split])
    masthead = masthead_at(raw)
    masthead_text = raw[masthead] if masthead is not None else ""
    lines = page_lines([line if n != masthead else "" for n, line in enumerate(raw)], [r for _p, r in split])
    urls = [m.group(1) for line in lines if (m := SOURCE_URL_RE.match(line.text))]
    return Page(
        raw=raw,
        lines=take_genre_labels([line for line in lines if not SOURCE_URL_RE.match(line.text)]),
        source_url=urls[0] if urls else "",
        is_archive=any(ARCHIVE_LABEL_RE.match(line) for line in raw[:5] if line),
        blog_section=_in_blog(raw, lines, masthead_text),
        masthead=masthead_text,
    )


def _in_blog(raw: list[str], lines: list[Line], masthead: str) -> bool:
    """Whether the page's place, layout, archive heading or comment form says its documents are blog posts."""
    return (
        _placed_in_blog(raw, masthead)
        or _blog_template(lines)
        or any(_ARCHIVE_HEADING_RE.match(line) for line in raw[:5] if line)
        or any(COMMENT_FORM_RE.match(line) for line in raw)
    )


def _placed_in_blog(raw: list[str], masthead: str) -> bool:
    """Whether the page's breadcrumb ("Start / Aktuellt / Bloggen") or its masthead places it in a blog."""
    return "blogg" in masthead.lower() or any(
        BREADCRUMB_RE.match(line) and "blogg" in line.lower() for line in raw[:40] if line
    )


def _blog_template(lines: list[Line]) -> bool:
    """Whether the page has a blog platform's layout: a post dated above its title with the weekday
    ("fredag 18 december 2009", as Blogger heads its posts), or Blogger's comment count under it
    ("Inga kommentarer:", "3 kommentarer:"). News and agency pages date below the headline."""
    first = lines[0].text if lines else ""
    return bool(WEEKDAY_DATE_RE.match(first) and is_date_line(first)) or any(
        BLOG_COMMENTS_RE.match(line.text) for line in lines
    )


def _drafts(page: Page, matcher: OrganisationMatcher) -> list[Draft]:
    """The page split by its shape: a listing of dated items, a letter, or a stream of articles."""
    if is_labelled_teaser_list(page.lines):
        return split_labelled_teaser_list(page.lines, page.blog_section)
    if is_dated_below_listing(page.lines):
        return split_dated_below_listing(page.lines, page.blog_section)
    if is_listing(page.lines):
        return split_listing(page.lines, matcher, page.blog_section, page.masthead)
    if is_bulleted_listing(page.lines):
        return split_bulleted_listing(page.lines, matcher, page.blog_section, page.masthead)
    if is_marked_listing(page.lines):
        return split_marked_listing(page.lines, page.blog_section)
    if is_compact_listing(page.lines):
        return split_compact_listing(page.lines, page.blog_section)
    if is_labelled_news_list(page.lines):
        return split_labelled_news_list(page.lines, page.blog_section)
    if is_excerpt_listing(page.lines):
        return split_excerpt_listing(page.lines, page.blog_section)
    links = dated_link_run(page.lines)
    if links is not None:
        return _stream_above(page, matcher, links[0]) + split_dated_links(page.lines, links, page.blog_section)
    run = dated_teaser_run(page.lines)
    if run is not None:
        above = " ".join(line.text for line in page.lines[: run[0]])
        return _stream_above(page, matcher, run[0]) + split_dated_teasers(page.lines, run, above, page.blog_section)
    header_end = letter_header_end(page.lines, matcher)
    if header_end is not None:
        return [letter(page.lines, header_end, matcher)]
    return split_stream(page.lines, matcher, page.is_archive, page.blog_section)


def _stream_above(page: Page, matcher: OrganisationMatcher, start: int) -> list[Draft]:
    """The page's own text above a list that starts at line `start`, split as any page is."""
    above = page.lines[:start]
    return split_stream(above, matcher, page.is_archive, page.blog_section) if above else []


def _copyright_owner(raw: list[str], matcher: OrganisationMatcher) -> str | None:
    """The organisation a page's footer claims it for: "© 2024 Förbundet X", "Copyright © Region Y"."""
    for line in raw:
        m = COPYRIGHT_RE.match(line)
        if m:
            name = re.split(r"\s[–|·•-]\s|\.\s|,", m.group("name"), maxsplit=1)[0]
            return metadata.organisation_line(name, matcher)[0] if word_count(name) <= 6 else None
    return None


_SITE_NOTE_RE = re.compile(r"^Du är på (?P<name>.{2,60}?)s? webbplats\.?$")


def _site_owner(raw: list[str], matcher: OrganisationMatcher) -> str | None:
    """The organisation whose own site a page was saved from: its masthead, the page's first line, names
    an organisation and nothing else ("Sundsvalls kommun", "Vision"). A magazine's masthead
    ("Kommunalarbetaren") names no organisation, and journalism has no publishing organisation."""
    first = next((line for line in raw if line), "")
    logo = LOGO_LINK_RE.match(first) or _SITE_NOTE_RE.match(first)
    if logo:
        # Round 10: "Mjölby kommun, länk till startsidan", "Du är på Region Örebro läns webbplats."
        first = logo.group("name")
    elif not first or word_count(first) > 8 or is_boilerplate(first) or "," in first:
        return None
    # "Famna – Riksorganisationen för idéburen välfärd": the name before its strapline.
    name = re.split(r"\s[–|-]\s", first, maxsplit=1)[0]
    return metadata.organisation_line(name, matcher)[0] if word_count(name) <= 6 else None


# A county's name in a site's title case ("Vänsterpartiet Uppsala Län") as Swedish writes it, "Uppsala län".
_COUNTY_CASE_RE = re.compile(r"(?<=\w) Län$")
MAX_HEAD_LINES = 6


def _news_list_owner(raw: list[str]) -> str | None:
    """The owner a news list's heading near the top names ("Läs det senaste från Vänsterpartiet Sundsvall"),
    as it names itself: a party's branch is in no gazetteer."""
    for line in [line for line in raw if line][:MAX_HEAD_LINES]:
        if m := NEWS_FROM_RE.match(line):
            return _COUNTY_CASE_RE.sub(" län", m.group("name"))
    return None
