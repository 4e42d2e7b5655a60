"""The document text as HTML paragraphs with every quote marked where it stands.

Quotes carry character offsets into `Document.body`; paragraphs are separated by a blank line, and an
excerpt may run over several paragraphs, so each paragraph marks its own share of every quote. Every
text fragment goes through format_html (which escapes it); nothing from the database is marked safe.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import pgettext

PARAGRAPH_BREAK = "\n\n"


@dataclass(frozen=True)
class Span:
    """Where a quote sits in the body, once its offsets are checked."""

    quote: object
    start: int
    end: int


def locate(body: str, quotes) -> tuple[list[Span], list]:
    """The quotes' spans in `body`, and the quotes that cannot be found there.

    An editor may have changed the body after import; a quote whose offsets no longer point at its
    text is looked up by its text instead, and left unmarked if that fails too. A headline quote
    (`in_title`) is neither: its offsets point into the title, and the body never marks it, even
    where the body repeats its words (see `marked_title`).
    """
    spans, missing = [], []
    for quote in quotes:
        if getattr(quote, "in_title", False):
            continue
        span = _find(body, quote)
        if span is None:
            missing.append(quote)
        else:
            spans.append(span)
    return spans, missing


def _find(text: str, quote) -> Span | None:
    """Where `quote` stands in `text`: at its offsets, else where its words first occur."""
    start, end = quote.start, quote.end
    if not (0 <= start < end <= len(text)) or text[start:end] != quote.text:
        start = text.find(quote.text) if quote.text else -1
        end = start + len(quote.text)
    return Span(quote, start, end) if start >= 0 else None


def _mark(content: SafeString, covering: list[Span], opening: list[Span]) -> SafeString:
    anchors = format_html_join(
        "", '<span id="citat-{}" class="citat-ankare"></span>', ((s.quote.pk,) for s in opening[1:])
    )
    first = covering[0].quote
    mark_id = format_html(' id="citat-{}"', opening[0].quote.pk) if opening else ""
    return format_html(
        '{}<mark class="citat citat--{}"{} data-citat="{}">{}</mark>',
        anchors,
        first.kind,
        mark_id,
        first.pk,
        content,
    )


def _link(span: Span, quote_url) -> SafeString:
    """The link after a quote, named for where it leads: the quote's own page, by its first words
    (screen readers list links out of context, where "[citat]" or a number says nothing)."""
    return format_html(
        ' <a class="citat-lank" href="{}">{}<span class="visuellt-dold">{}</span></a>',
        quote_url(span.quote),
        # Seen: the word "citat"; heard: "citatet ”…” på egen sida". The translator gets both halves.
        pgettext("the visible part of the link after a quote in a document's text", "citat"),
        pgettext(
            "the hidden rest of the link after a quote, read by screen readers", "et ”%(words)s” på egen sida"
        )
        % {"words": _first_words(span.quote.text)},
    )


def _first_words(text: str, words: int = 6) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


def _inside(ranges, a: int, b: int) -> bool:
    return any(s <= a and b <= e for s, e in ranges)


def _cuts(a0: int, b0: int, local: list[Span], ranges) -> list[int]:
    """Every offset in [a0, b0] where a quote, an emphasis or a hidden range starts or ends."""
    bounds = {a0, b0} | {x for s in local for x in (s.start, s.end)} | {x for r in ranges for x in r}
    return sorted(x for x in bounds if a0 <= x <= b0)


def _piece(body: str, a: int, b: int, local: list[Span], hide, em) -> list[SafeString]:
    """body[a:b], a stretch inside one fixed set of quotes, emphases and hidden ranges, as HTML."""
    covering = sorted((s for s in local if s.start <= a and s.end >= b), key=lambda s: (s.start, -s.end))
    opening = [s for s in covering if s.start == a]
    if _inside(hide, a, b):
        # The hidden characters go; an anchor that starts on them stays.
        return [format_html('<span id="citat-{}" class="citat-ankare"></span>', s.quote.pk) for s in opening]
    piece = format_html("{}", body[a:b])
    if _inside(em, a, b):
        piece = format_html("<em>{}</em>", piece)
    return [_mark(piece, covering, opening) if covering else piece]


def marked_span(body: str, a0: int, b0: int, spans: list[Span], quote_url, *, hide=(), em=()) -> SafeString:
    """body[a0:b0] as HTML: quotes marked, `em` ranges emphasised, `hide` ranges left out.

    The text is cut at every boundary of a quote, an emphasis or a hidden range, so each piece has
    one fixed set of wrappers and the tags always nest; a quote cut into pieces keeps one id.
    """
    local = [s for s in spans if s.start < b0 and s.end > a0]
    cuts = _cuts(a0, b0, local, (*hide, *em))
    parts = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        parts.extend(_piece(body, a, b, local, hide, em))
        parts.extend(_link(s, quote_url) for s in local if s.end == b)
    return format_html_join("", "{}", ((p,) for p in parts))


def marked_title(title: str, quotes) -> SafeString:
    """The headline as HTML with its quotes (`in_title`) marked, so that "#citat-<id>" leads there.

    No link after them, unlike the body's: a link inside the heading would become part of the page's
    name for screen readers; the quotes are listed, with their links, under the text. As in the body, a
    quote whose offsets no longer point at its words (an editor changed the title) is looked up by its
    words, and left unmarked if they are gone; two quotes never overlap in a headline."""
    found = (_find(title, q) for q in quotes if getattr(q, "in_title", False))
    parts, at = [], 0
    for span in sorted((s for s in found if s is not None), key=lambda s: s.start):
        if span.start < at:
            continue
        quote = span.quote
        parts.append(format_html("{}", title[at : span.start]))
        parts.append(
            format_html(
                '<mark class="citat citat--{}" id="citat-{}" data-citat="{}">{}</mark>',
                quote.kind,
                quote.pk,
                quote.pk,
                title[span.start : span.end],
            )
        )
        at = span.end
    parts.append(format_html("{}", title[at:]))
    return format_html_join("", "{}", ((p,) for p in parts))


def highlighted_paragraphs(body: str, quotes, quote_url) -> tuple[list[SafeString], list]:
    """Paragraph HTML for `body` with `quotes` marked, and the quotes that could not be placed.

    `quote_url(quote)` gives the link written after each quote's last character.
    """
    spans, missing = locate(body, quotes)
    paragraphs, offset = [], 0
    for text in body.split(PARAGRAPH_BREAK):
        p_start, p_end = offset, offset + len(text)
        offset = p_end + len(PARAGRAPH_BREAK)
        paragraphs.append(marked_span(body, p_start, p_end, spans, quote_url))
    return paragraphs, missing


def structured_text(body: str, blocks: list[dict], quotes, quote_url) -> tuple[list[dict], list]:
    """The document's blocks ready for the template, with `quotes` marked, and the unplaced quotes.

    Each block keeps its `kind` (and a heading its `level` and `id`) and gains `html`; a list gains
    `items_html`; a caption's credit ("Foto: …") is `credit_html`, apart from the caption's text.
    """
    spans, missing = locate(body, quotes)

    def html(part: dict, end=None) -> SafeString:
        return marked_span(
            body,
            part["start"],
            part["end"] if end is None else end,
            spans,
            quote_url,
            hide=part.get("hide", ()),
            em=part.get("em", ()),
        )

    rendered = []
    for block in blocks:
        item = {key: block[key] for key in ("kind", "level", "id") if key in block}
        if block["kind"] == "list":
            item["items_html"] = [html(i) for i in block["items"]]
        elif block.get("credit"):
            credit_start = block["credit"][0]
            item["html"] = html(block, end=len(body[:credit_start].rstrip()))
            item["credit_html"] = marked_span(body, credit_start, block["end"], spans, quote_url)
        else:
            item["html"] = html(block)
        rendered.append(item)
    return rendered, missing
