"""Where a source comes from: its address, publisher, title, dates and kind (issue 15).

Three places tell it, weakest first:

1. the file itself – an HTML page's canonical address and meta tags (Open Graph, Dublin Core,
   `author`/`publisher`), a PDF's document information (Title, Author, CreationDate);
2. a sidecar file beside a file imported from the command line, in TOML (stdlib `tomllib`):
   `artikel.txt.toml` for one file, or `källa.toml` for every file in its folder (a file's own
   sidecar wins over its folder's). Its keys:

       url = "https://…"            # the original address (http or https)
       publisher = "Utgivaren"      # who published it
       title = "Titeln"             # the original's title
       published = 2021-12-15      # publication date (a TOML date)
       retrieved = 2024-03-01      # when it was fetched or saved
       kind = "blogginlägg"          # what kind of page or document it is

   An unknown key, a value of the wrong type or an address that is not http(s) fails the file
   with a message (nothing of it is imported), so a misspelt key is not silently lost;
3. an editor, in the admin (the importer never overwrites what an editor changed).

Plain Python like the rest of the pipeline: bytes in, a `Provenance` out.
"""

from __future__ import annotations

import datetime
import io
import re
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path

from .records import SourceError

SIDECAR_SUFFIX = ".toml"
FOLDER_SIDECAR = "källa.toml"
KEYS = ("url", "publisher", "title", "published", "retrieved", "kind")
LIMITS = {"url": 1000, "publisher": 300, "title": 300, "kind": 100}
ISO_DATE_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
PDF_DATE_RE = re.compile(r"^(?:D:)?(\d{4})(\d{2})(\d{2})")


@dataclass(frozen=True)
class Provenance:
    url: str = ""
    publisher: str = ""
    title: str = ""
    published: datetime.date | None = None
    retrieved: datetime.date | None = None
    kind: str = ""

    def over(self, weaker: Provenance) -> Provenance:
        """These values where set, `weaker`'s elsewhere."""
        return replace(weaker, **{f.name: v for f in fields(self) if (v := getattr(self, f.name))})

    def clipped(self) -> Provenance:
        """Text values cut to what the database keeps."""
        return replace(self, **{k: getattr(self, k)[:n] for k, n in LIMITS.items()})


# -- from the file --------------------------------------------------------------------------------


def from_file(name: str, data: bytes) -> Provenance:
    """What a file's own metadata says; nothing for plain text, or when it cannot be read (the
    text extraction reports unreadable files, not this)."""
    suffix = Path(name).suffix.lower()
    try:
        if suffix in {".html", ".htm"}:
            return from_html(data)
        if suffix == ".pdf":
            return from_pdf(data)
    except Exception:  # noqa: BLE001 – metadata is a bonus; the text's extraction reports a broken file
        return Provenance()
    return Provenance()


def from_html(data: bytes) -> Provenance:
    """The canonical address, title, publisher and date an HTML page declares in its head."""
    import lxml.html

    from .extract_html import decode_html

    tree = lxml.html.fromstring(decode_html(data))
    meta = {}
    for element in tree.iterfind(".//meta"):
        key = (element.get("property") or element.get("name") or "").strip().lower()
        content = (element.get("content") or "").strip()
        if key and content:
            meta.setdefault(key, content)
    canonical = next(
        (link.get("href", "").strip() for link in tree.iterfind(".//link") if _is_canonical(link)), ""
    )
    title_element = tree.find(".//title")
    return Provenance(
        url=_web_address(canonical or meta.get("og:url", "")),
        publisher=_first(meta, "og:site_name", "publisher", "dc.publisher", "dcterms.publisher"),
        title=_first(meta, "og:title", "dc.title", "dcterms.title")
        or (title_element.text_content().strip() if title_element is not None else ""),
        published=_date(
            _first(meta, "article:published_time", "dc.date", "dcterms.created", "dcterms.date", "date")
        ),
    ).clipped()


def from_pdf(data: bytes) -> Provenance:
    """A PDF's document information: Title, Author (as publisher: a PDF's author field names the
    organisation or person who made it) and CreationDate."""
    from pypdf import PdfReader

    info = PdfReader(io.BytesIO(data)).metadata or {}
    return Provenance(
        title=str(info.get("/Title") or "").strip(),
        publisher=str(info.get("/Author") or "").strip(),
        published=_pdf_date(str(info.get("/CreationDate") or "")),
    ).clipped()


def _is_canonical(link) -> bool:
    return "canonical" in (link.get("rel") or "").lower().split()


def _first(meta: dict[str, str], *keys: str) -> str:
    return next((meta[k] for k in keys if meta.get(k)), "")


def _web_address(url: str) -> str:
    return url if url.startswith(("http://", "https://")) else ""


def _date(text: str) -> datetime.date | None:
    found = ISO_DATE_RE.match(text.strip())
    return _valid_date(*found.groups()) if found else None


def _pdf_date(text: str) -> datetime.date | None:
    found = PDF_DATE_RE.match(text.strip())
    return _valid_date(*found.groups()) if found else None


def _valid_date(year: str, month: str, day: str) -> datetime.date | None:
    try:
        return datetime.date(int(year), int(month), int(day))
    except ValueError:
        return None


# -- sidecar files --------------------------------------------------------------------------------


def sidecar_paths(path: Path) -> list[Path]:
    """The sidecars that describe `path`, strongest first (its own, then its folder's)."""
    return [path.with_name(path.name + SIDECAR_SUFFIX), path.with_name(FOLDER_SIDECAR)]


def from_sidecars(path: Path) -> Provenance:
    """What the sidecars beside `path` say (see the module's docstring); SourceError if one is wrong."""
    result = Provenance()
    for sidecar in reversed(sidecar_paths(path)):  # the folder's first, the file's own over it
        if sidecar.is_file():
            result = read_sidecar(sidecar).over(result)
    return result


def read_sidecar(sidecar: Path) -> Provenance:
    try:
        values = tomllib.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise SourceError(f"beskrivningsfilen {sidecar.name} kan inte läsas ({exc})") from exc
    return parse_sidecar(values, sidecar.name)


def parse_sidecar(values: dict, name: str) -> Provenance:
    """A Provenance from a sidecar's parsed TOML table, checked key by key."""
    unknown = sorted(set(values) - set(KEYS))
    if unknown:
        raise SourceError(
            f"beskrivningsfilen {name} har okända nycklar: {', '.join(unknown)} (tillåtna: {', '.join(KEYS)})"
        )
    for key, value in values.items():
        wanted = datetime.date if key in {"published", "retrieved"} else str
        if not isinstance(value, wanted) or isinstance(value, datetime.datetime):
            kind = "ett datum (2024-03-01)" if wanted is datetime.date else "en text inom citattecken"
            raise SourceError(f"beskrivningsfilen {name}: {key} ska vara {kind}")
    if values.get("url") and not _web_address(values["url"]):
        raise SourceError(f"beskrivningsfilen {name}: url ska börja med http:// eller https://")
    return Provenance(**{k: v.strip() if isinstance(v, str) else v for k, v in values.items()}).clipped()
