"""Streams of articles or posts, each under a title line standing alone: tag and blog archives, single
pages. Where one document ends and the next begins, and each one's date, authors, kind and publisher."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .. import metadata, signatures
from ..first_names import is_first_name
from ..names import looks_like_name
from ..organisations import OrganisationMatcher
from ..records import DocumentKind, PersonMention
from ..signed_names import bare_closing_name
from ..text import ends_sentence, is_date_line, parse_date, word_count
from .bodies import Draft
from .bylines import byline_authors
from .furniture_drafts import without_furniture_drafts
from .genres import GENRE_RE
from .kinds import announced_kind, genre_kind, stream_kind
from .lines import (
    CUT_PROSE_WORDS,
    HEAD_LINES,
    Line,
    has_prose,
    is_article_like,
    is_byline,
    is_dateline,
    is_menu_item,
    is_title_like,
    joined_headlines,
)
from .paragraph_dates import LEAD_DATE_RE, lead_date, stamp_taken
from .party_signatures import credit_politicians
from .publishers import credit_blog_publisher, publishers
from .title_candidates import title_candidates, without_alt_texts

MIN_ARTICLE_CHARS = 300
TEASER_LINES = 4  # a feed's teaser or a brief: a caption, a paragraph or two
# A brief's vignette: its first word in capitals and a full stop, as newspapers open their notices.
VIGNETTE_RE = re.compile(
    r"^[A-ZÅÄÖ]{4,}\. [A-ZÅÄÖ]"
)  # a dated or captioned heading with less under it is a notice, not an article


def split_stream(
    lines: list[Line], matcher: OrganisationMatcher, is_archive: bool, blog_section: bool = False
) -> list[Draft]:
    """Articles or posts one after another, each under a title line standing alone.

    A standalone title-like line starts a new document when the text under it is long enough to be
    one, or when the current document has already been signed off; otherwise it is a fact box or a
    section heading and stays in the current document. A page that is neither an archive nor a blog
    of signed posts is one article: its long sub-headed sections stay together unless a heading is
    followed by a date, byline or caption of its own.
    """
    blog = any(metadata.GREETING_RE.match(line.text) for line in lines)
    lines = joined_headlines(without_alt_texts(lines))
    candidates = title_candidates(lines)
    if candidates:
        drafts = _split_at(lines, candidates, single_page=not is_archive and not blog, archive=is_archive)
    else:
        drafts = _untitled(lines)
    drafts = without_furniture_drafts(drafts)
    for draft in drafts:
        stream_metadata(draft, matcher, is_archive=is_archive, blog=blog, blog_section=blog_section)
    if blog:
        credit_blog_publisher(drafts)
    return drafts


def _untitled(lines: list[Line]) -> list[Draft]:
    """A page with no title line standing alone: one document, under its first line if that is title-like."""
    if not lines:
        return []
    if len(lines) > 1 and _labels_headline(lines[0], lines[1]):
        lines = lines[1:]  # round 15: "Nyhetskategorier" set straight over the headline is the site's label
    title = lines[0].text if is_title_like(lines[0].text) else ""
    return [Draft(title, lines[1:] if title else lines, genre=lines[0].genre)]


def _labels_headline(label: Line, line: Line) -> bool:
    """A word alone straight over a headline of three words or more, no blank line between."""
    return (
        word_count(label.text) == 1
        and not label.blank_after
        and not is_dateline(label.text)
        and word_count(line.text) >= 3
        and is_title_like(line.text)
        and line.text[-1] not in ".!?"
    )


def _split_at(lines: list[Line], candidates: list[int], *, single_page: bool, archive: bool = False) -> list[Draft]:
    """Drafts under the candidate titles that open a document; the others stay in the document above."""
    ends = [*candidates[1:], len(lines)]
    first = candidates[0]
    # Whatever precedes the first title ("Publicerad: …") belongs to the first document,
    # except a site's menu: short lines that are neither sentences, dates nor bylines.
    before = _owner_byline(lines[:first]) or [line for line in lines[:first] if not is_menu_item(line)]
    drafts = [Draft(lines[first].text, before + lines[first + 1 : ends[0]], genre=lines[first].genre)]
    for start, end in zip(candidates[1:], ends[1:], strict=True):
        block = lines[start + 1 : end]
        if _dated_above(lines, first) and _dated_above(lines, start):
            # Each post of a blog page dated above its headline, as the first one is: the date opens it.
            drafts[-1].lines.pop()
            drafts.append(Draft(lines[start].text, [lines[start - 1], *block], genre=lines[start].genre))
        elif _opens_document(lines[start], block, drafts[-1], single_page=single_page, archive=archive) or _next_in_feed(
            drafts, block
        ):
            drafts.append(Draft(lines[start].text, block, genre=lines[start].genre))
        else:
            drafts[-1].lines.extend(lines[start:end])
    items = [draft for draft in drafts if _is_news_item(draft.lines)]
    if len(items) >= 2:
        # A news feed or a column of briefs: each item is news, whatever its few lines look like.
        for draft in items:
            draft.genre = draft.genre or DocumentKind.ARTIKEL
    return drafts


def _owner_byline(head: list[Line]) -> list[Line]:
    """Round 32 (the former test31's d3165): a person's full name alone above the page's first headline, with
    nothing else above it, is a personal site's masthead ("Anna Berg" / headline / text): she wrote the
    post under it, so it is read as her byline, where a short line above a headline is otherwise a menu item."""
    if len(head) != 1 or not metadata.PERSON_NAME_RE.match(head[0].text) or not looks_like_name(head[0].text):
        return []
    return [replace(head[0], text=f"Av {head[0].text}")] if is_first_name(head[0].text.split()[0]) else []


def _next_in_feed(drafts: list[Draft], block: list[Line]) -> bool:
    """A short item under a heading after items closed by their read-more links: the feed's next teaser, its
    own link lost where the page's stored copy ends (round 9)."""
    return (
        0 < len(block) <= TEASER_LINES
        and (has_prose(block) or any(word_count(line.text) >= CUT_PROSE_WORDS for line in block))
        and any(_is_news_item(draft.lines) for draft in drafts)
    )


def _dated_above(lines: list[Line], i: int) -> bool:
    """A date alone straight above the heading at `i`: "onsdag 30 november 2016" / "Titel"."""
    return i > 0 and lines[i - 1].standalone and is_dateline(lines[i - 1].text)


def _opens_document(heading: Line, block: list[Line], current: Draft, *, single_page: bool, archive: bool = False) -> bool:
    """Whether `heading` with the lines under it starts a document rather than a section of `current`."""
    if single_page:
        return (
            bool(heading.genre)
            or _is_dated(block)
            or _is_news_item(block)
            or (
                _starts_document(block)
                and sum(len(line.text) for line in block) >= MIN_ARTICLE_CHARS
                and not _foot_dated(block, current)
            )
        )
    signed = any(metadata.GREETING_RE.match(line.text) for line in current.lines)
    # An archive's post dated under its heading is a post however short its stored teaser (issue 10: two
    # posts of a listing page merged); so is a teaser under the teaser before it (round 18: a press room's
    # "Nyhetsarkiv" of headlines over a paragraph each; not a signed blog post's sections), where a post's
    # sub-heading follows a longer text.
    return is_article_like(block) or signed or _is_dated(block) or (archive and _teaser(block) and _teaser(current.lines))


def _teaser(block: list[Line]) -> bool:
    return 0 < len(block) <= TEASER_LINES and has_prose(block)


def _is_news_item(block: list[Line]) -> bool:
    """The lines under a heading make an item of a news feed or a column of briefs: a teaser closed by
    its read-more link, or a brief opening on its capitalised vignette word ("SOCIALT. Under året …")."""
    if not block or len(block) > TEASER_LINES:
        return False
    return any(line.read_more for line in block) or bool(VIGNETTE_RE.match(block[0].text))


def _starts_document(block: list[Line]) -> bool:
    """Whether the lines under a title open a document of their own: a date, a byline, a photo caption
    or a genre label, as articles on an archive page are headed (a sub-heading has none of these). A byline
    names a person (round 16: "Av Socialstyrelsens rapport framgår …" under a crosshead is a sentence)."""
    return bool(block) and any(
        is_dateline(line.text) or is_byline(line.text) or "Foto:" in line.text for line in block[:2]
    )


def _foot_dated(block: list[Line], current: Draft) -> bool:
    """A section of one paragraph closed by the page's "Publicerad …" line, under an article with no date of its
    own (round 22): the date closes the article, it heads no document. A listing's items each carry theirs."""
    return (
        len(block) == 2
        and bool(metadata.PUBLISHED_RE.match(block[1].text))
        and ends_sentence(block[0].text)
        and not any(is_dateline(line.text) for line in current.lines)
    )


def _is_dated(block: list[Line]) -> bool:
    """A heading dated on the line under it heads an item of its own, however short (a news teaser); so does
    one whose first paragraph opens on its date (round 11: "2020-10-21: Boende på kommunens …")."""
    return any(is_dateline(line.text) or LEAD_DATE_RE.match(line.text) for line in block[:1])


# --- one document's metadata -----------------------------------------------------------------------


def stream_metadata(
    draft: Draft, matcher: OrganisationMatcher, *, is_archive: bool, blog: bool, blog_section: bool = False
) -> None:
    """Date, authors, kind and publisher of one streamed document. `blog_section`: the page's breadcrumb
    places it in a blog ("Start / Aktuellt / Bloggen")."""
    dated = _take_dates(draft)
    byline_authors(draft, matcher)
    bylined = bool(draft.authors)  # a byline above the text: journalism, where nothing else says what it is
    lines = draft.lines
    texts = [line.text for line in lines]
    signer, at = signatures.parse_blog_signature(texts, matcher)
    if signer:
        draft.authors.append(signer)
        draft.organisations = signatures.signature_organisations(texts[at:], matcher)
    announced = announced_kind(draft.genre, draft.title, texts)
    closing, closing_at = None, -1
    if not signer and announced != DocumentKind.DEBATTARTIKEL:
        closing, closing_at = _closing_signature(texts, matcher, bylined=bylined)
    draft.kind = stream_kind(
        lines,
        draft.genre,
        announced,
        blog=blog,
        blog_section=blog_section,
        is_archive=is_archive,
        dated=dated or bylined,
        signed=bool(signer or closing),
    )
    if closing:
        draft.authors.append(closing)
        draft.organisations = draft.organisations or signatures.signature_organisations(
            texts[closing_at:], matcher
        )
        draft.lines = lines[:closing_at]
    if not (signer or closing):
        _party_signed(draft, texts, announced, matcher)
    if draft.kind == DocumentKind.DEBATTARTIKEL and not signer:
        _debate_signatories(draft, draft.lines, matcher)
    if draft.kind in (DocumentKind.BLOGGINLAGG, DocumentKind.DEBATTARTIKEL) and not draft.authors:
        portrait = metadata.portrait_author(texts) or (
            metadata.ingress_writer(texts) if draft.kind == DocumentKind.DEBATTARTIKEL else None
        )
        draft.authors += [portrait] if portrait else []
    publishers(draft, texts, matcher, introduced=dated and not is_archive)


def _closing_signature(
    texts: list[str], matcher: OrganisationMatcher, *, bylined: bool
) -> tuple[PersonMention | None, int]:
    """The writer signing at the end: "Jonas Ekberg" / "Policyansvarig, Stockholms Stadsmission" closing a
    post, or (round 40) a name alone under the closing paragraph when no byline above named the writer."""
    closing, closing_at = signatures.closing_signature_block(texts, matcher)
    if not closing and not bylined:
        closing, closing_at = bare_closing_name(texts, matcher)
    return closing, closing_at


def _party_signed(
    draft: Draft, texts: list[str], announced: DocumentKind | None, matcher: OrganisationMatcher
) -> None:
    """A text signed "Anna Berg Vänsterpartiet": an opinion piece by that politician, for that party."""
    by_party = None if draft.authors else signatures.party_signature(texts)
    if not by_party:
        credit_politicians(draft, texts, announced, matcher)
        return
    name, party = by_party
    draft.authors.append(PersonMention(name))
    draft.organisations = draft.organisations or [party]
    draft.lines = draft.lines[:-1]
    draft.kind = announced or DocumentKind.DEBATTARTIKEL


def _take_dates(draft: Draft) -> bool:
    """Date the draft from its "Publicerad" line, a date alone under its title or, failing both, the day
    its first paragraph says it was written; those date lines leave the body. Whether it had a date line."""
    dated, kept, head = False, [], _HeadDates()
    for n, line in enumerate(_labels_joined(draft.lines)):
        leaves, line, dates = _date_of_line(draft, line, head, in_head=n < HEAD_LINES)
        dated = dated or dates
        if not leaves:
            kept.append(line)
    foot = _foot_date(kept) if draft.published is None else None
    if foot is not None:
        # A date alone closing the text, under its last paragraph or byline: wire copy and easy-read
        # news date their items at the foot (round 10: also above the site's footer lines).
        draft.published = parse_date(kept.pop(foot).text)
        dated = True
    draft.lines = kept
    if draft.published is None:
        # Round 28: a column or letter dated in its own headline ("Ordföranden har ordet, 14/12 2022").
        _head, comma, closing = draft.title.rpartition(", ")
        draft.published = parse_date(closing) if comma and is_date_line(closing) else None
    if draft.published is None and kept:
        draft.published, _phrase = metadata.relative_writing_date(kept[0].text)
    return dated



@dataclass
class _HeadDates:
    """Round 14: a bare date in the head (a masthead's "Tisdag 14 juli 2020", the page's storing day) gives way
    to the first date the head labels as the publication ("ORT · Published jun 25, 2020"), the document's."""

    bare: bool = False  # dated by a bare date
    labelled: bool = False  # and then by a labelled one


def _date_of_line(draft: Draft, line: Line, head: _HeadDates, in_head: bool) -> tuple[bool, Line, bool]:
    """(whether the line is a date line that leaves the body, the line as it stays, whether it dated the draft)."""
    is_published, value = metadata.published_line(line.text)
    if is_published and value and head.bare and not head.labelled and in_head:
        draft.published, head.labelled = None, True
    if not is_published and in_head and is_date_line(line.text):
        # A date alone under the title ("2025-03-05"), or under its ingress and lead photo, dates the
        # document; the same date printed again in the head (a byline block repeated) leaves with it.
        value = parse_date(line.text)
        is_published = draft.published is None or value == draft.published
        head.bare = head.bare or (is_published and value is not None)
    if is_published:
        draft.published = draft.published or value
        _genre_from_label(draft, line.text)
        return True, line, True
    if in_head and draft.published is None:
        line, dates = _dated_paragraph(draft, line)
        return False, line, dates
    return False, line, False


def _genre_from_label(draft: Draft, text: str) -> None:
    """A date line that says what the text is ("Debattartikel publicerad i Mitt i 29 januari 2022") leaves the
    body with its date, so its genre word is kept as the draft's genre (round 22)."""
    label = metadata.PUBLISHED_RE.match(text)
    word = label.group("label").split()[0] if label and label.group("label") else ""
    if draft.genre is None and GENRE_RE.match(word):
        draft.genre = genre_kind(word)


def _dated_paragraph(draft: Draft, line: Line) -> tuple[Line, bool]:
    """A head paragraph that opens on its date, or closes with a stamp: the paragraph stays, without it."""
    if lead := lead_date(line.text):
        draft.published = parse_date(lead["date"])
        return replace(line, text=line.text[lead.end() :]), True
    line, value = stamp_taken(line)
    if value is not None:
        draft.published = value
        return line, True
    return line, False


FOOT_LINES = 6  # how far above the text's end a foot date may stand, under it only the site's footer


def _foot_date(kept: list[Line]) -> int | None:
    """The index of a date alone near the text's end with nothing but short footer lines under it."""
    for i in range(len(kept) - 1, max(-1, len(kept) - 1 - FOOT_LINES), -1):
        if is_date_line(kept[i].text):
            return i
        if ends_sentence(kept[i].text) and word_count(kept[i].text) >= 6 and " | " not in kept[i].text:
            return None  # running text: the date above it is no foot date
    return None


def _labels_joined(lines: list[Line]) -> list[Line]:
    """The lines with a date label set alone above its date ("Senast uppdaterad:" / "söndag 1 mars 2020")
    made one line, so the date is read as the label says: published, or only updated."""
    joined: list[Line] = []
    for line in lines:
        label = joined[-1].text if joined else ""
        bare = metadata.PUBLISHED_RE.match(label)
        if bare and not bare.group("value") and is_date_line(line.text):
            joined[-1] = Line(f"{label} {line.text}", joined[-1].blank_before, line.blank_after)
        else:
            joined.append(line)
    return joined


def _debate_signatories(draft: Draft, lines: list[Line], matcher: OrganisationMatcher) -> None:
    """Signatories under a debate article: "Anna Berg, förbundsordförande, Vision" one per line."""
    authors, sign_start = signatures.letter_signatories([line.text for line in lines], matcher)
    if authors:
        draft.lines = lines[:sign_start]
    else:
        # The box stays in the body: it names the writers' organisations, which the text mentions.
        authors = signatures.writers_box([line.text for line in lines[: HEAD_LINES + 4]], matcher)
    if authors:
        draft.authors = authors
        draft.organisations = list(dict.fromkeys(p.organisation for p in authors if p.organisation))
