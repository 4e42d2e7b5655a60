"""A document body's structure: headings, paragraphs, lists, captions, quoted paragraphs and emphasis.

The body is plain text (paragraphs separated by one blank line) and quotes are stored as offsets into
it, so the structure is not a second copy of the text: every block is a span of the body, with the
characters the page should not show (list bullets, the asterisks of *emphasis*) named by offset too.
A page renders body[start:end] of each block and marks quotes where they stand, and nothing has to
be guessed when the page is drawn. The result is plain lists and dicts, ready for a JSONField.

The rules read the shapes Swedish magazine articles, blog posts and consultation responses take once
their markup is gone: a crosshead is a short line without a full stop, followed by text; a photo
caption is the first paragraph naming a person ("Anna Berg, förbundsordförande.") or any paragraph
ending in a credit ("Foto: …"); a ” … ” paragraph of its own is a lifted quote.
"""

from __future__ import annotations

import re

from .swedish import slugify_sv
from .text import word_count

PARAGRAPH_BREAK = "\n\n"

# Crossheads are short; a longer line without a full stop is a sentence that lost its punctuation.
HEADING_MAX_CHARS = 90
HEADING_MAX_WORDS = 12
# A question may be a crosshead ("Vad händer nu?") but a survey question is longer.
QUESTION_HEADING_MAX_WORDS = 8
# A caption that names its subject, without a credit: "Rebecca Svensson, socionom och enhetschef …".
CAPTION_MAX_CHARS = 220

_LIST_ITEM_RE = re.compile(r"^(?:[-–•*·]|\d{1,2}[.)])\s+(?=\S)")
_EMPHASIS_RE = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])")
_CREDIT_RE = re.compile(r"(?:^|(?<=\s))(?:Foto|Fotograf|Bild|Illustration)\s*:\s*[^.:\n]{2,80}$")
_PERSON_CAPTION_RE = re.compile(r"^[A-ZÅÄÖ][\w’'-]+(?: [A-ZÅÄÖ][\w’'-]+){1,3}, [^.!?\n]{3,}[.]?$")
# A letter's or post's sign-off ("Varma hälsningar Anna") is the end of the text, not a crosshead.
_SIGN_OFF_RE = re.compile(r"^(?:med )?(?:vänliga |varma |bästa |många )?hälsningar\b", re.I)
# Three or more heading-like lines in a row ("Onsdag 24 januari", "Torsdag 29 februari", …) are a
# list without bullets; two are a section heading and its first subheading.
UNMARKED_LIST_MIN_ITEMS = 3
_QUOTED_RE = re.compile(r"^[”\"»“].+[”\"«]$", re.S)
# Punctuation that makes a short line a sentence rather than a heading.
_NOT_HEADING_END = ".,;:–-"
_NOT_HEADING_START = '–-—”"»“(•*·['


def document_blocks(body: str) -> list[dict]:
    """The blocks of `body`, in order, as JSON-ready dicts (see the module docstring).

    Every block has `kind` and `start`/`end` (offsets into `body`); a heading has `level` (2 or 3)
    and `id` (its anchor, unique in the document); a list has `items`, each with its own
    `start`/`end`; text that shows has `hide` (offsets never shown: bullets, asterisks) and `em`
    (spans shown emphasised); a caption may have `credit` (the "Foto: …" span).
    """
    spans = list(_paragraph_spans(body))
    texts = [body[a:b] for a, b in spans]
    kinds = _unmarked_lists([_kind(i, texts) for i in range(len(texts))])
    levels = _heading_levels(kinds)
    blocks: list[dict] = []
    anchors: set[str] = set()
    for i, ((start, end), text, kind) in enumerate(zip(spans, texts, kinds, strict=True)):
        if kind == "item":
            item = _inline(body, start, end, bullet=bool(_LIST_ITEM_RE.match(text)))
            if blocks and blocks[-1]["kind"] == "list":
                blocks[-1]["items"].append(item)
                blocks[-1]["end"] = end
            else:
                blocks.append({"kind": "list", "start": start, "end": end, "items": [item]})
        elif kind == "heading":
            blocks.append(
                {
                    "kind": "heading",
                    "start": start,
                    "end": end,
                    "level": levels[i],
                    "id": _anchor(text, anchors),
                }
            )
        else:
            block = {"kind": kind, **_inline(body, start, end)}
            credit = _CREDIT_RE.search(text) if kind == "caption" else None
            if credit:
                block["credit"] = [start + credit.start(), end]
            blocks.append(block)
    return blocks


def headings(blocks: list[dict], body: str) -> list[dict]:
    """The headings of `blocks` with their text: what a table of contents lists."""
    return [
        {"id": b["id"], "level": b["level"], "text": body[b["start"] : b["end"]]}
        for b in blocks
        if b["kind"] == "heading"
    ]


def blocks_fit(blocks, body: str) -> bool:
    """Whether stored `blocks` still describe `body`: in order, inside it, and nothing but blank
    lines between them. False after the body changed without its blocks (an editor's edit, a bulk
    write), when the page should compute them again rather than show the wrong cuts."""
    if not isinstance(blocks, list) or (body.strip() and not blocks):
        return False
    position = 0
    for block in blocks:
        try:
            start, end = int(block["start"]), int(block["end"])
        except (KeyError, TypeError, ValueError):
            return False
        if not (position <= start < end <= len(body)) or body[position:start].strip():
            return False
        position = end
    return not body[position:].strip()


def _paragraph_spans(body: str):
    position = 0
    for text in body.split(PARAGRAPH_BREAK):
        start, end = position, position + len(text)
        position = end + len(PARAGRAPH_BREAK)
        # Trim surrounding whitespace so a block's text is exactly what it shows.
        lead = len(text) - len(text.lstrip())
        trail = len(text) - len(text.rstrip())
        if end - trail > start + lead:
            yield start + lead, end - trail


def _kind(i: int, texts: list[str]) -> str:
    text = texts[i]
    if _LIST_ITEM_RE.match(text) and (_is_item(texts, i - 1) or _is_item(texts, i + 1)):
        return "item"
    if _is_caption(i, text):
        return "caption"
    if _QUOTED_RE.match(text) and "\n" not in text:
        return "quote"
    if _is_heading(text) and _text_follows(texts, i):
        return "heading"
    return "paragraph"


def _is_item(texts: list[str], i: int) -> bool:
    """A list has at least two items: a single "- " line is a dash, not a list."""
    return 0 <= i < len(texts) and bool(_LIST_ITEM_RE.match(texts[i]))


def _is_caption(i: int, text: str) -> bool:
    if _CREDIT_RE.search(text) and len(text) <= CAPTION_MAX_CHARS * 2:
        return True
    return (
        i == 0
        and len(text) <= CAPTION_MAX_CHARS
        and bool(_PERSON_CAPTION_RE.match(text))
        and " att " not in text
        and " säger " not in text
    )


def _is_heading(text: str) -> bool:
    words = word_count(text)
    return (
        0 < len(text) <= HEADING_MAX_CHARS
        and "\n" not in text
        and words <= HEADING_MAX_WORDS
        and (text[0].isupper() or text[0].isdigit() or text[0] == "…")
        and text[0] not in _NOT_HEADING_START
        and text[-1] not in _NOT_HEADING_END
        and not (text[-1] in "?!" and words > QUESTION_HEADING_MAX_WORDS)
        and not _CREDIT_RE.search(text)
        and not _SIGN_OFF_RE.match(text)
    )


def _text_follows(texts: list[str], i: int) -> bool:
    """A heading heads running text: some later paragraph is prose. A name and a title at the end of
    a letter ("Anna Berg" / "Förbundsordförande") are a signature, not a heading and its section."""
    return any(not _is_heading(t) and word_count(t) >= 8 for t in texts[i + 1 :])


def _unmarked_lists(kinds: list[str]) -> list[str]:
    result, i = list(kinds), 0
    while i < len(kinds):
        j = i
        while j < len(kinds) and kinds[j] == "heading":
            j += 1
        if j - i >= UNMARKED_LIST_MIN_ITEMS:
            result[i:j] = ["item"] * (j - i)
        i = max(j, i + 1)
    return result


def _heading_levels(kinds: list[str]) -> list[int]:
    """Level 2 for a heading, level 3 for those under a heading that opens a section.

    A heading straight followed by another ("Fördjupning", then "Ett förebyggande perspektiv")
    opens a section; the headings after it are its subsections until the next such pair.
    """
    levels = [0] * len(kinds)
    in_section = False
    for i, kind in enumerate(kinds):
        if kind != "heading":
            continue
        opens = i + 1 < len(kinds) and kinds[i + 1] == "heading"
        if opens:
            in_section = True
            levels[i] = 2
        else:
            levels[i] = 3 if in_section else 2
    return levels


def _anchor(text: str, taken: set[str]) -> str:
    base = slugify_sv(text)[:60].strip("-") or "avsnitt"
    anchor, n = base, 2
    while anchor in taken:
        anchor, n = f"{base}-{n}", n + 1
    taken.add(anchor)
    return anchor


def _inline(body: str, start: int, end: int, *, bullet: bool = False) -> dict:
    """A block or list item's span, the offsets it hides and its emphasised spans."""
    text = body[start:end]
    hide: list[list[int]] = []
    if bullet:
        marker = _LIST_ITEM_RE.match(text)
        hide.append([start, start + marker.end()])
    em = []
    for m in _EMPHASIS_RE.finditer(text):
        hide.extend([[start + m.start(), start + m.start() + 1], [start + m.end() - 1, start + m.end()]])
        em.append([start + m.start(1), start + m.end(1)])
    block: dict = {"start": start, "end": end}
    if hide:
        block["hide"] = hide
    if em:
        block["em"] = em
    return block


# -- glue left by scraping -------------------------------------------------------------------------

# A sentence that ends straight before the next one, where segment.bodies' rule does not reach: after
# an acronym ("… med SKL.Nu kan vi …") or before a heading that starts with an ellipsis
# ("… hand i hand.…men behöver göra mer").
_MISSED_SENTENCE_GLUE_RE = re.compile(r"(?<=[A-ZÅÄÖ]{2}[.!?])(?=[A-ZÅÄÖ][a-zåäö])|(?<=\w[.!?])(?=…[a-zåäö])")
# A heading's last lower-case letter glued to the first capital of the text under it.
_HEADING_END_RE = re.compile(r"(?<=[a-zåäö]{2})(?=[A-ZÅÄÖ][a-zåäö])")
_URL_TOKEN_RE = re.compile(r"\S*(?:/|www\.|@)\S*$")


def mend_glue(body: str) -> str:
    """`body` with the paragraph breaks scraping lost put back where the segmenter left them out.

    "…hand i hand.…men behöver göra merMen kommunerna…" becomes "…hand i hand.", "…men behöver
    göra mer" and "Men kommunerna…". Only whitespace is added, and only between paragraphs, so the
    words and their order stay as the source has them.
    """
    paragraphs = []
    for paragraph in body.split(PARAGRAPH_BREAK):
        pieces = _sentence_pieces(paragraph)
        paragraphs.append(pieces[0])
        # Only where a sentence break was missed: elsewhere segment.bodies has looked for headings.
        for piece in pieces[1:]:
            paragraphs.extend(_heading_split(piece))
    return PARAGRAPH_BREAK.join(p for p in paragraphs if p)


def _sentence_pieces(paragraph: str) -> list[str]:
    pieces, start = [], 0
    for m in _MISSED_SENTENCE_GLUE_RE.finditer(paragraph):
        if _URL_TOKEN_RE.search(paragraph[start : m.start()].rsplit(" ", 1)[-1]):
            continue
        pieces.append(paragraph[start : m.start()])
        start = m.start()
    pieces.append(paragraph[start:])
    return pieces


def _heading_split(piece: str) -> list[str]:
    """A piece that opens with a heading glued to its first sentence, as the heading and the rest."""
    m = _HEADING_END_RE.search(piece)
    if m is None:
        return [piece]
    head = piece[: m.start()]
    if word_count(head) > HEADING_MAX_WORDS or re.search(r"[.!?;:]", head.lstrip("…")):
        return [piece]
    if _URL_TOKEN_RE.search(head.rsplit(" ", 1)[-1]) or not (head[:1].isupper() or head.startswith("…")):
        return [piece]
    return [head, piece[m.start() :]]
