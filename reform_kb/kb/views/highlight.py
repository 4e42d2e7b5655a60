"""The document text as HTML paragraphs with every quote marked where it stands.

Quotes carry character offsets into `Document.body`; paragraphs are separated by a blank line, and an
excerpt may run over several paragraphs, so each paragraph marks its own share of every quote. Every
text fragment goes through format_html (which escapes it); nothing from the database is marked safe.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import gettext, pgettext

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
    text is looked up by its text instead, and left unmarked if that fails too.
    """
    spans, missing = [], []
    for quote in quotes:
        start, end = quote.start, quote.end
        if not (0 <= start < end <= len(body)) or body[start:end] != quote.text:
            start = body.find(quote.text) if quote.text else -1
            end = start + len(quote.text)
        if start < 0:
            missing.append(quote)
        else:
            spans.append(Span(quote, start, end))
    return spans, missing


def _mark(text: str, covering: list[Span], opening: list[Span]) -> SafeString:
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
        text,
    )


def _link(span: Span, quote_url) -> SafeString:
    return format_html(
        ' <a class="citat-lank" href="{}" aria-label="{}">[{}]</a>',
        quote_url(span.quote),
        gettext("Om citat %(number)s") % {"number": span.quote.pk},
        pgettext("the link after a quote in a document's text", "citat"),
    )


def highlighted_paragraphs(body: str, quotes, quote_url) -> tuple[list[SafeString], list]:
    """Paragraph HTML for `body` with `quotes` marked, and the quotes that could not be placed.

    `quote_url(quote)` gives the link written after each quote's last character.
    """
    spans, missing = locate(body, quotes)
    paragraphs, offset = [], 0
    for text in body.split(PARAGRAPH_BREAK):
        p_start, p_end = offset, offset + len(text)
        offset = p_end + len(PARAGRAPH_BREAK)
        local = [s for s in spans if s.start < p_end and s.end > p_start]
        # Cut the paragraph at every quote boundary inside it; each piece is inside a fixed set of quotes.
        cuts = sorted(
            {p_start, p_end} | {max(p_start, min(p_end, x)) for s in local for x in (s.start, s.end)}
        )
        parts = []
        for a, b in zip(cuts, cuts[1:], strict=False):
            piece = body[a:b]
            covering = sorted(
                (s for s in local if s.start <= a and s.end >= b), key=lambda s: (s.start, -s.end)
            )
            opening = [s for s in covering if s.start == a]
            parts.append(_mark(piece, covering, opening) if covering else format_html("{}", piece))
            parts.extend(_link(s, quote_url) for s in local if s.end == b)
        paragraphs.append(format_html_join("", "{}", ((p,) for p in parts)))
    return paragraphs, missing
