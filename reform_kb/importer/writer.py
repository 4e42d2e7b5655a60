"""One way to write a parsed document: work out what it should be, then write the difference.

New and changed documents take the same path. For each part of a document – its fields, its
relations (organisations, authors, themes, tags), its quotes and their themes – the writer builds
the wanted state from the parsed record, reads the current state (nothing to read for a document
new to the database) and writes only what differs: new rows in one RowBatch, changed rows saved,
rows no longer wanted deleted.

What editors did wins: a quote an editor added or changed is never rewritten or removed (when its
document's text changes it is re-anchored, or flagged if its words are gone); a document an editor
edited keeps its title, kind, date, relations and review state, and only its text follows the
source.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.utils import timezone
from taggit.models import TaggedItem

from reform_kb.kb import changes
from reform_kb.kb.bulk_rows import RowBatch, quote_row_shape, reserve_ids
from reform_kb.kb.history import save_new_with_history
from reform_kb.kb.models import Document, Quote
from reform_kb.kb.models.base import slugify_sv
from reform_kb.kb.models.quotes import lifted_pullquotes, sort_date_for
from reform_kb.kb.quote_anchoring import locate_quote
from reform_kb.pipeline.records import ParsedDocument, ParsedQuote

from .entities import EntityResolver
from .report import ImportReport

# The one shape of a quote row (kb/bulk_rows.py): named columns, the rest at their defaults.
QUOTE_ROW = quote_row_shape()
# The review note of a document an earlier import took from a source that no longer has it.
VANISHED_NOTE = "Finns inte längre i källfilen; behålls för redaktörens citat och ändringar."
# What follows the source in a document an editor has edited.
EDITOR_KEEPS_SOURCE = ("body", "checksum", "source_position", "structure")


@dataclass(frozen=True)
class Relation:
    """A many-to-many relation of Document, written as rows of its through table."""

    name: str  # the Document field
    column: str  # the through table's column for the related row

    @property
    def through(self):
        return getattr(Document, self.name).through


RELATIONS = (
    Relation("organisations", "organisation_id"),
    Relation("mentioned_organisations", "organisation_id"),
    Relation("mentioned_people", "person_id"),
    Relation("authors", "person_id"),
    Relation("themes", "theme_id"),
)


class DocumentWriter:
    def __init__(self, report: ImportReport, entities: EntityResolver, *, publish: bool = True):
        self.report = report
        self.entities = entities
        self.publish = publish  # whether new documents are public, or drafts for an editor to publish

    def write(self, parsed: ParsedDocument, ref: str, key: str, *, known_new: bool = False) -> Document:
        """Make the document with import key `ref` (from the source keyed `key`) what `parsed`
        says it is. `known_new`: no document of this source exists yet, so none is looked up."""
        for info in parsed.new_organisations:
            self.entities.organisation(info.name, info)
        fields = self._fields(parsed, key)
        doc = None if known_new else Document.objects.filter(import_ref=ref).first()
        new = doc is None
        if new:
            doc = self._create(ref, fields)
            changed = list(fields)
        else:
            changed = self._update_fields(doc, fields)
        rows = RowBatch()  # every row this document gains, written together at the end
        relinked = not doc.edited_by_editor and self._link(doc, parsed, rows, new=new)
        if not new:
            self.report.add("documents", "updated" if changed or relinked else "unchanged", label=doc.title)
        self._write_quotes(doc, parsed, rows, new=new)
        rows.write()
        if not new and "body" in changed:
            self._reanchor_editor_quotes(doc)
        return doc

    # -- fields ----------------------------------------------------------------------------------

    def _fields(self, parsed: ParsedDocument, key: str) -> dict:
        fields = {
            "title": parsed.title[:300],
            "kind": parsed.kind,
            "published": parsed.published,
            "body": parsed.body,
            "structure": parsed.blocks,
            "source_file": key,
            "source_position": parsed.position,
            "source_url": parsed.source_url,
            "checksum": hashlib.sha256(parsed.body.encode()).hexdigest(),
            "needs_review": parsed.needs_review,
            "review_note": parsed.review_note[:300],
        }
        _check_kind(Document, fields)
        return fields

    def _create(self, ref: str, fields: dict) -> Document:
        doc = Document(
            import_ref=ref, slug=self.entities.slug(Document, fields["title"]), public=self.publish, **fields
        )
        save_new_with_history(doc)
        self.report.add("documents", "created", label=doc.title)
        if doc.needs_review:
            self.report.flag("documents", doc.title, doc.review_note)
        return doc

    @staticmethod
    def _update_fields(doc: Document, fields: dict) -> list[str]:
        """Set the fields that differ and save; the names of those that did."""
        if doc.edited_by_editor:
            # The editor's title, kind, date and review state stand; the text follows the source.
            fields = {name: fields[name] for name in EDITOR_KEEPS_SOURCE}
        changed = [name for name, value in fields.items() if getattr(doc, name) != value]
        for name in changed:
            setattr(doc, name, fields[name])
        if changed:
            doc.save()
        return changed

    # -- relations -------------------------------------------------------------------------------

    def _wanted_relations(self, parsed: ParsedDocument) -> dict[str, list[int]]:
        """The related rows' ids per relation, in the text's order, without repeats."""
        organisation, person = self.entities.organisation, self.entities.person
        wanted = {
            "organisations": [organisation(n).pk for n in parsed.organisations],
            "mentioned_organisations": [organisation(n).pk for n in parsed.mentioned_organisations],
            "authors": [person(p, seen=parsed.published).pk for p in parsed.authors],
            "mentioned_people": [person(p, seen=parsed.published).pk for p in parsed.mentioned_people],
            "themes": [t.pk for t in self.entities.theme_list(parsed.themes)],
        }
        return {name: list(dict.fromkeys(pks)) for name, pks in wanted.items()}

    def _link(self, doc: Document, parsed: ParsedDocument, rows: RowBatch, *, new: bool) -> bool:
        """Write the difference between the document's relations and tags and the parsed ones (a
        new document has none to read); whether any changed. Links to add go into `rows`."""
        wanted = self._wanted_relations(parsed)
        tag_ids = [t.pk for t in self.entities.tag_list(parsed.tags)]
        changed = False
        for relation in RELATIONS:
            through = relation.through
            current = set()
            if not new:
                current = set(
                    through.objects.filter(document_id=doc.pk).values_list(relation.column, flat=True)
                )
            changed |= _write_links(
                through, {"document_id": doc.pk}, relation.column, current, wanted[relation.name], rows
            )
        owner = {"content_type_id": ContentType.objects.get_for_model(Document).pk, "object_id": doc.pk}
        current = set() if new else set(TaggedItem.objects.filter(**owner).values_list("tag_id", flat=True))
        changed |= _write_links(TaggedItem, owner, "tag_id", current, tag_ids, rows)
        if changed and not new:  # links deleted by a query send no signal (the RowBatch records its own)
            changes.record(Document, [doc.pk], "relinked")
        return changed

    # -- quotes ----------------------------------------------------------------------------------

    def _write_quotes(self, doc: Document, parsed: ParsedDocument, rows: RowBatch, *, new: bool) -> None:
        refs = _quote_refs(doc.import_ref, parsed.quotes)
        current = {} if new else self._current_quotes(doc, refs)
        theme_ids = {} if new else _quote_theme_ids(current.values())
        created = []
        lifted = lifted_pullquotes(parsed.quotes)
        for parsed_quote, ref in zip(parsed.quotes, refs, strict=True):
            quote = current.get(ref)
            if quote is not None and (quote.edited_by_editor or quote.origin != Quote.Origin.IMPORT):
                self.report.add("quotes", "unchanged")
                continue
            values = self._quote_values(doc, parsed_quote, parsed.published)
            values["lifted"] = id(parsed_quote) in lifted
            themes = [t.pk for t in self.entities.theme_list(parsed_quote.themes)]
            label = _quote_label(parsed_quote)
            if quote is None:
                created.append((ref, values, themes))
                self.report.add("quotes", "created", label=label)
                if values["needs_review"]:
                    self.report.flag("quotes", label, values["review_note"])
            else:
                outcome = self._update_quote(quote, values, theme_ids.get(quote.pk, set()), themes, rows)
                self.report.add("quotes", outcome, label=label)
        self._insert_quotes(created, rows)
        self._delete_stale_quotes(current, set(refs))

    @staticmethod
    def _current_quotes(doc: Document, refs: list[str]) -> dict[str, Quote]:
        """The document's imported quotes and any other quote with one of `refs`, by import key."""
        current = {q.import_ref: q for q in doc.quotes.filter(origin=Quote.Origin.IMPORT)}
        elsewhere = [ref for ref in refs if ref not in current]
        if elsewhere:
            current.update({q.import_ref: q for q in Quote.objects.filter(import_ref__in=elsewhere)})
        return current

    def _quote_values(self, doc: Document, parsed: ParsedQuote, published) -> dict:
        """A quote's wanted fields, by attribute name (related rows by id)."""
        speaker = self.entities.person(parsed.speaker, seen=published) if parsed.speaker else None
        # The speaker's organisation, or with no speaker the organisation that speaks (a press release's).
        organisation_name = parsed.speaker.organisation if parsed.speaker else parsed.organisation
        organisation = self.entities.organisation(organisation_name) if organisation_name else None
        values = {
            "document_id": doc.pk,
            "sort_date": sort_date_for(doc.published),
            "public": doc.public,  # imported quotes are not withdrawn (a withdrawn one is an editor's)
            "text": parsed.text,
            "start": parsed.start,
            "end": parsed.end,
            "kind": parsed.kind,
            "in_title": parsed.in_title,  # offsets into the title: never stored as a body quote
            "speaker_id": speaker.pk if speaker else None,
            "speaker_role": (parsed.speaker.role if parsed.speaker else "")[:300],
            "organisation_id": organisation.pk if organisation else None,
            "needs_review": parsed.needs_review,
            "review_note": parsed.review_note[:300],
        }
        _check_kind(Quote, values)
        return values

    @staticmethod
    def _update_quote(
        quote: Quote, values: dict, current_themes: set[int], themes: list[int], rows: RowBatch
    ) -> str:
        """Save the quote's fields that differ, write the difference of its themes."""
        changed = [name for name, value in values.items() if getattr(quote, name) != value]
        for name in changed:
            setattr(quote, name, values[name])
        if changed:
            quote.save()
        relinked = _write_links(
            Quote.themes.through, {"quote_id": quote.pk}, "theme_id", current_themes, themes, rows
        )
        if relinked:  # as for a document's links (see _link)
            changes.record(Quote, [quote.pk], "relinked")
        return "updated" if changed or relinked else "unchanged"

    @staticmethod
    def _insert_quotes(created: list[tuple[str, dict, list[int]]], rows: RowBatch) -> None:
        """New quotes as plain rows (bulk_create's per-value preparation was a third of an
        import's time), with ids reserved up front so that their themes can be written alongside."""
        if not created:
            return
        ops = connection.ops
        now = ops.adapt_datetimefield_value(timezone.now())
        ids = reserve_ids(Quote, len(created))
        quote_rows, theme_rows = [], []
        for pk, (ref, values, themes) in zip(ids, created, strict=True):
            fields = {**values, "sort_date": ops.adapt_datefield_value(values["sort_date"])}
            quote_rows.append(
                QUOTE_ROW.row(
                    id=pk,
                    created_at=now,
                    updated_at=now,
                    origin=Quote.Origin.IMPORT.value,
                    import_ref=ref,
                    **fields,
                )
            )
            theme_rows.extend((pk, theme) for theme in dict.fromkeys(themes))
        rows.add(Quote, QUOTE_ROW.columns, quote_rows)
        rows.add(Quote.themes.through, ["quote_id", "theme_id"], theme_rows)  # the batch records them

    def _delete_stale_quotes(self, current: dict[str, Quote], refs: set[str]) -> None:
        """The document's imported quotes the text no longer has (an editor's are kept); the
        quotes of other documents in `current` all have one of `refs`."""
        stale = [q for ref, q in current.items() if ref not in refs and not q.edited_by_editor]
        for quote in stale:
            self.report.add("quotes", "removed", label=str(quote))
        if stale:
            Quote.objects.filter(pk__in=[q.pk for q in stale]).delete()

    def _reanchor_editor_quotes(self, doc: Document) -> None:
        """Move the editors' quotes to where their words now stand in the changed text."""
        for quote in doc.quotes.exclude(origin=Quote.Origin.IMPORT, edited_by_editor=False):
            # A headline quote stays anchored in the title (its offsets point there), never in the body.
            found = locate_quote(doc.title if quote.in_title else doc.body, quote.text, near=quote.start)
            if found is not None:
                if found != (quote.start, quote.end):
                    quote.start, quote.end = found
                    quote.save(update_fields=["start", "end", "updated_at"])
                    self.report.add("quotes", "updated", label=str(quote))
            elif not quote.needs_review:
                quote.needs_review = True
                quote.review_note = "Citatet finns inte längre i dokumentets uppdaterade text."
                quote.save(update_fields=["needs_review", "review_note", "updated_at"])
                self.report.flag("quotes", str(quote), quote.review_note)

    # -- documents the source no longer has ------------------------------------------------------

    def retire_stale_documents(self, key: str, current_refs: set[str]) -> None:
        """Documents an earlier import took from the source `key` that it no longer contains:
        deleted, unless editors worked on them (then flagged)."""
        stale = Document.objects.filter(source_file=key, synthetic=False).exclude(import_ref__in=current_refs)
        for doc in stale.exclude(import_ref=None):
            keep = (
                doc.edited_by_editor
                or doc.quotes.exclude(origin=Quote.Origin.IMPORT, edited_by_editor=False).exists()
            )
            if not keep:
                self.report.add("documents", "removed", label=doc.title)
                doc.delete()
            elif not (doc.needs_review and VANISHED_NOTE in doc.review_note):
                # Flagged whatever else it was flagged for (issue 11): the vanishing is what an
                # editor must hear of first, so its note goes before the earlier one.
                doc.needs_review = True
                doc.review_note = "; ".join(filter(None, [VANISHED_NOTE, doc.review_note]))[:300]
                doc.save(update_fields=["needs_review", "review_note", "updated_at"])
                self.report.flag("documents", doc.title, VANISHED_NOTE)


def document_ref(key: str, parsed: ParsedDocument) -> str:
    """A document's import key: its source's key and its title."""
    return f"{key}#{slugify_sv(parsed.title)[:80] or 'dokument'}"


def unique_ref(ref: str, taken: set[str]) -> str:
    """`ref`, or `ref-2`, `ref-3` … if it is taken already; the result is added to `taken`."""
    candidate, n = ref, 2
    while candidate in taken:
        candidate = f"{ref}-{n}"
        n += 1
    taken.add(candidate)
    return candidate


def _quote_refs(document_ref: str, quotes: list[ParsedQuote]) -> list[str]:
    taken: set[str] = set()
    return [unique_ref(f"{document_ref}#q-{_digest(q.text)}", taken) for q in quotes]


def _digest(text: str) -> str:
    normalised = " ".join(text.split())
    return hashlib.sha1(normalised.encode()).hexdigest()[:12]


def _quote_label(parsed: ParsedQuote) -> str:
    text = parsed.text if len(parsed.text) <= 70 else parsed.text[:67] + "…"
    who = parsed.speaker.name if parsed.speaker else parsed.organisation or "okänd talare"
    return f"”{text}” ({who})"


def _check_kind(model, values: dict) -> None:
    """A kind the model does not know is stored as the model's default and flagged for review,
    so that a new kind in the pipeline shows up in the review queue instead of in the lists."""
    field = model._meta.get_field("kind")
    if values["kind"] in {value for value, _ in field.choices}:
        return
    note = f"okänd typ från tolkningen: ”{values['kind']}”"
    values["kind"] = field.default
    values["needs_review"] = True
    values["review_note"] = "; ".join(filter(None, [values["review_note"], note]))[:300]


def _quote_theme_ids(quotes) -> dict[int, set[int]]:
    """The theme ids of each of `quotes`, in one query."""
    theme_ids: dict[int, set[int]] = {q.pk: set() for q in quotes}
    if theme_ids:
        through = Quote.themes.through.objects.filter(quote_id__in=list(theme_ids))
        for quote_id, theme_id in through.values_list("quote_id", "theme_id"):
            theme_ids[quote_id].add(theme_id)
    return theme_ids


def _write_links(
    through, owner: dict, column: str, current: set[int], wanted: list[int], rows: RowBatch
) -> bool:
    """Rows of `through` linking `owner` to `wanted` and nothing else: missing ones added to
    `rows`, unwanted ones deleted. Whether anything changed."""
    wanted_set = set(wanted)
    added = [pk for pk in dict.fromkeys(wanted) if pk not in current]
    removed = current - wanted_set
    rows.add(through, [*owner, column], [(*owner.values(), pk) for pk in added])
    if removed:
        through.objects.filter(**owner, **{f"{column}__in": removed}).delete()
    return bool(added or removed)
