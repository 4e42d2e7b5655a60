"""Plain records the pipeline produces and the importer persists."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class SourceError(Exception):
    """A source file that cannot be imported; the message says why, in Swedish."""


class _LabelledKind(StrEnum):
    """A kind stored as its value, with the Swedish label the web pages show.

    The kb models build their `choices` from these, so the pipeline and the database share one list.
    """

    label: str

    def __new__(cls, value: str, label: str):
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label
        return member


class DocumentKind(_LabelledKind):
    """What kind of text a document is (`Document.kind`)."""

    REMISSVAR = "remissvar", "Remissvar/skrivelse"
    ARTIKEL = "artikel", "Artikel"
    BLOGGINLAGG = "blogginlagg", "Blogginlägg"
    DEBATTARTIKEL = "debattartikel", "Debattartikel"
    PRESSMEDDELANDE = "pressmeddelande", "Pressmeddelande"
    ANNAN = "annan", "Annan"


class QuoteKind(_LabelledKind):
    """How a document quotes someone (`Quote.kind`)."""

    DIRECT = "direct", "Direkt citat"  # speech after a dash or in quotation marks, with its speaker
    PULLQUOTE = "pullquote", "Lyft citat"  # a ” … ” paragraph of its own, repeating what was said
    EXCERPT = "excerpt", "Utdrag"  # a quotation running over several paragraphs


@dataclass(frozen=True)
class OrganisationInfo:
    """A known organisation, as the importer's gazetteer gives it to the pipeline."""

    name: str
    short_name: str = ""
    kind: str = "annan"
    aliases: tuple[str, ...] = ()
    parent: str | None = None  # canonical name of the parent organisation, for local branches


@dataclass(frozen=True)
class ThemeRule:
    """A theme and the phrases that assign it."""

    slug: str
    name: str
    keywords: tuple[str, ...]


@dataclass
class PersonMention:
    """A person as one text names them: name, the role text and the organisation they speak for."""

    name: str
    role: str = ""
    organisation: str | None = None  # canonical organisation name, if recognised
    party: str = ""  # "M", "S", … from "(M)" after the name


@dataclass
class ParsedQuote:
    """A quote as the pipeline finds it.

    `in_title`: a pull-quote in the document's headline ("Anna Ek: ”Vi måste agera”"), whose offsets point
    into ParsedDocument.title, not the body, so that it can never be stored or marked as a body quote.
    `organisation`: who speaks when no person does (a press release, a guidance document, "enligt
    Socialstyrelsen: ”…”"), a canonical name; a person's organisation stays on the speaker.
    """

    text: str
    start: int  # offsets into ParsedDocument.body (title when in_title): body[start:end] == text
    end: int
    kind: QuoteKind
    speaker: PersonMention | None = None
    co_speakers: list[PersonMention] = field(default_factory=list)  # a quote credited jointly
    themes: list[str] = field(default_factory=list)  # theme slugs
    needs_review: bool = False
    review_note: str = ""
    organisation: str | None = None  # the speaking organisation when there is no speaker
    in_title: bool = False  # start/end point into the title
    # A few quoted words on a line of their own may be a pull-quote or a quoted title: kept only if a
    # spoken quote of the same document repeats them (quotes/pullquotes.py); never stored while True.
    unconfirmed: bool = False


@dataclass
class ParsedDocument:
    title: str
    body: str  # clean text, paragraphs separated by one blank line
    source_file: str  # file name without folders
    position: int  # 0-based order of the document within its file
    kind: DocumentKind = DocumentKind.ANNAN
    published: date | None = None
    authors: list[PersonMention] = field(default_factory=list)  # authors or signatories
    organisations: list[str] = field(default_factory=list)  # publishing/signing organisations
    mentioned_organisations: list[str] = field(default_factory=list)
    # Everyone the document names (authors, speakers, people presented), photographers never.
    mentioned_people: list[PersonMention] = field(default_factory=list)
    new_organisations: list[OrganisationInfo] = field(default_factory=list)  # recognised by form only
    quotes: list[ParsedQuote] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)  # theme slugs
    tags: list[str] = field(default_factory=list)
    source_url: str = ""
    needs_review: bool = False
    review_note: str = ""
    # Headings, paragraphs, lists, captions as spans of `body` (pipeline.structure.document_blocks).
    blocks: list[dict] = field(default_factory=list)

    def add_new_organisation(self, info: OrganisationInfo) -> None:
        """List an organisation the gazetteer lacks, once by name, to be created flagged for review."""
        if all(o.name != info.name for o in self.new_organisations):
            self.new_organisations.append(info)


@dataclass
class ParseContext:
    """What the pipeline may know beforehand: the gazetteer of organisations and the theme rules.

    `derived` holds what the pipeline builds from them once per context (the organisation matcher,
    the theme index), keyed by a snapshot of the lists, so that parsing ten thousand files builds them once.
    """

    organisations: list[OrganisationInfo] = field(default_factory=list)
    themes: list[ThemeRule] = field(default_factory=list)
    derived: dict = field(default_factory=dict, repr=False, compare=False)
