"""A web page saved as HTML, as plain text in the seeds' shape.

trafilatura finds the article among navigation, cookie banners, share buttons, related links and
footers, and is told to favour precision: a lost sentence is better than a menu imported as text. What
it returns is written out as the seeds are: the headline first, then "Publicerad: YYYY-MM-DD" and
"Källa: URL" from the page's metadata, then one paragraph per block, separated by blank lines.

Photo captions are kept, as paragraphs where the picture stood: in Swedish journalism the caption often
presents the person who speaks below it ("Heike Erkers, förbundsordförande … Foto: …"), and trafilatura
would otherwise drop them with the pictures.
"""

from __future__ import annotations

import codecs
import re

from .records import SourceError

META_CHARSET_RE = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
HTML_RE = re.compile(r"<(?:!doctype\s+html|html|head|body|article|main|p|div)\b", re.IGNORECASE)
XML_DECLARATION_RE = re.compile(r"^\s*<\?xml[^>]*\?>")
# Labels that browsers read as windows-1252, which has – ” € where ISO-8859-1 has control codes.
WINDOWS_1252_LABELS = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii"}
BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
ISO_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# "Rubriken | Tidningen", "Rubriken – Förbundet": a site name after the headline in <title>.
SITE_SUFFIX_RE = re.compile(r"\s+[|–—-]\s+[^|–—]{2,60}$")


def html_text(data: bytes) -> str:
    """The article in an HTML page, or SourceError saying why there is none."""
    import lxml.html
    import trafilatura
    from lxml import etree

    html = XML_DECLARATION_RE.sub("", decode_html(data))
    if not HTML_RE.search(html):
        raise SourceError("filen ser inte ut som HTML (inga HTML-taggar)")
    try:
        tree = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError) as exc:
        raise SourceError(f"HTML-filen kan inte tolkas ({exc})") from exc
    captions_as_paragraphs(tree)
    doc = trafilatura.bare_extraction(
        tree,
        favor_precision=True,
        include_comments=False,
        include_tables=True,
        with_metadata=True,
        # The publication date from the page's metadata and time elements, not guessed from its text.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    blocks = _blocks(doc.body) if doc is not None and doc.body is not None else []
    if not blocks:
        raise SourceError("ingen artikeltext hittades i HTML-sidan (bara navigering, eller en tom sida?)")

    title = ""
    if blocks[0][0] == "head":
        title = blocks.pop(0)[1]  # the visible headline over the article
    if not title and doc.title:
        title = SITE_SUFFIX_RE.sub("", doc.title) if doc.title.count(" ") >= 4 else doc.title
    paragraphs = [text for _tag, text in blocks if text != title]
    if not paragraphs:
        raise SourceError("HTML-sidan har en rubrik men ingen brödtext")
    lines = [title] if title else []
    if doc.date and ISO_DATE_RE.match(doc.date):
        lines.append(f"Publicerad: {doc.date}")
    if doc.url and doc.url.startswith(("http://", "https://")):
        lines.append(f"Källa: {doc.url}")
    return "\n\n".join(lines + paragraphs) + "\n"


def decode_html(data: bytes) -> str:
    """The page as text: the encoding its <meta> declares, UTF-8 when it declares none."""
    if b"\x00" in data[:8192] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise SourceError("filen är binär, inte text")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    declared = _declared_encoding(data[:4096])
    candidates = [declared or "utf-8", "windows-1252"]
    if declared not in (None, "utf-8") and _is_utf8(data):
        # Saved pages often keep a <meta> for ISO-8859-1 over bytes that the browser wrote as UTF-8;
        # non-ASCII text that is valid UTF-8 is practically never anything else.
        candidates.insert(0, "utf-8")
    for encoding in candidates:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode(candidates[0], errors="replace")


def _declared_encoding(head: bytes) -> str | None:
    m = META_CHARSET_RE.search(head)
    if not m:
        return None
    label = m.group(1).decode("ascii").lower()
    if label in WINDOWS_1252_LABELS:
        return "windows-1252"
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return "utf-8" if name == "utf-8" else name


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return any(byte >= 0x80 for byte in data)


def captions_as_paragraphs(tree) -> None:
    """Put each <figure>'s caption in a <p> where the figure stood, so that the caption survives."""
    import lxml.html

    for figure in list(tree.iter("figure")):
        caption = figure.find(".//figcaption")
        parent = figure.getparent()
        if caption is None or parent is None:
            continue
        for child in caption.iterdescendants():
            # Credits often sit in their own <span>: "… SSR.<span>Foto: Per Persson</span>".
            child.text = " " + (child.text or "")
            child.tail = " " + (child.tail or "")
        paragraph = lxml.html.Element("p")
        paragraph.text = " ".join(caption.text_content().split())
        paragraph.tail = figure.tail
        parent.replace(figure, paragraph)


def _blocks(body) -> list[tuple[str, str]]:
    """(tag, text) for each block of trafilatura's output: headings, paragraphs, list items, rows."""
    blocks: list[tuple[str, str]] = []
    for element in body:
        tag = element.tag
        if tag == "list":
            for item in element.iter("item"):
                blocks.append(("item", "• " + _inline(item)))
        elif tag == "table":
            for row in element.iter("row"):
                cells = [_inline(cell) for cell in row.iter("cell")]
                blocks.append(("row", " | ".join(cell for cell in cells if cell)))
        elif tag == "quote" and len(element) and all(child.tag == "p" for child in element):
            blocks.extend(("p", _inline(child)) for child in element)
        else:
            blocks.append((tag, _inline(element)))
    return [(tag, text) for tag, text in blocks if text.strip("• ")]


def _inline(element) -> str:
    """An element's text with line breaks (<lb/>) kept as line breaks and other spacing made single."""
    parts = [element.text or ""]
    for child in element:
        parts.append("\n" if child.tag == "lb" else _inline(child))
        parts.append(child.tail or "")
    lines = ("".join(parts)).split("\n")
    return "\n".join(" ".join(line.split()) for line in lines if line.strip())
