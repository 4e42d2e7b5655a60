"""The map's summary (MapCell): counts per (organisation, theme, year), kept by the change feed.

The map (stance_map.py) reads a page of organisations' cells from this table: a few indexed rows per
organisation instead of grouping their quotes' themes (1.3 s a page at a million quotes, 7.7 s the
first time after a change). It follows every write through the change feed (changes.py), as the
search index does:

- rows *created* in a change set add their own counts (an exact delta: they were counted nowhere
  before), so the synthetic corpus and the importer, which create rows by the hundred thousand, cost
  a grouped query over those rows, not over the organisations they touch;
- anything *updated, relinked or deleted* (a quote moved to another organisation or theme, withdrawn,
  a document's date or visibility or organisations changed, a stance changed) has its organisations'
  cells counted again from scratch. Rows that are gone leave no trace of whose they were, so the
  signals here note the organisation a quote, stance or document leaves before it goes, as an
  Organisation "relinked" in the feed.

`rebuild_map_summary` (and `rebuild()`) counts everything again; `recount()` is the straight count the
tests compare the kept table with.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from django.apps import apps as global_apps
from django.db import connection, transaction
from django.db.models import Count, Q

from . import changes
from .models.map_cells import UNDATED_YEAR

STANCE_COLUMNS = ("stoder", "kritisk", "blandad", "neutral")  # Stance values, MapCell columns
COUNT_COLUMNS = ("quotes", "documents", *STANCE_COLUMNS)
INSERT_BATCH = 2000
ORGANISATION_BATCH = 200

Key = tuple[int, int, int]  # (organisation id, theme id, year)


def _model(name: str, apps=None):
    return (apps or global_apps).get_model("kb", name)


def _year(value: int | None) -> int:
    # A quote's sort_date is year 1 (UNDATED) when its document is undated; a document's date is None.
    return UNDATED_YEAR if value is None or value <= 1 else value


def counts(
    *,
    everything: bool = False,
    organisations: Iterable[int] | None = None,
    quotes: Iterable[int] = (),
    documents: Iterable[int] = (),
    stances: Iterable[int] = (),
    apps=None,
) -> dict[Key, dict[str, int]]:
    """The map's counts, grouped by (organisation, theme, year), of what the arguments select.

    `everything` (the rebuild); or `organisations`: all of those organisations' cells (a recount);
    or else the given quotes' theme links and the given documents' and stances' own contributions.
    """
    orgs = None if organisations is None else list(organisations)
    cells: dict[Key, dict[str, int]] = defaultdict(lambda: dict.fromkeys(COUNT_COLUMNS, 0))

    def scope(ids: Iterable[int], by_id: str, by_org: str) -> Q | None:
        """The rows' filter, None when nothing is selected (no query)."""
        if everything:
            return Q()
        if orgs is not None:
            return Q(**{f"{by_org}__in": orgs}) if orgs else None
        ids = list(ids)
        return Q(**{f"{by_id}__in": ids}) if ids else None

    public_quote = Q(quote__public=True, quote__organisation__isnull=False)
    link_scope = scope(quotes, "quote_id", "quote__organisation_id")
    if link_scope is not None:
        links = _model("Quote", apps).themes.through.objects.filter(public_quote & link_scope)
        for org, theme, year, n in (
            links.order_by()
            .values_list("quote__organisation_id", "theme_id", "quote__sort_date__year")
            .annotate(n=Count("*"))
        ):
            cells[(org, theme, _year(year))]["quotes"] += n
    document_scope = scope(documents, "document_id", "document__organisations")
    if document_scope is not None:
        # One filter() call, so the organisations' join is the one grouped by.
        themed = _model("Document", apps).themes.through.objects.filter(
            document_scope, document__public=True, document__organisations__isnull=False
        )
        for org, theme, year, n in (
            themed.order_by()
            .values_list("document__organisations", "theme_id", "document__published__year")
            .annotate(n=Count("*"))
        ):
            cells[(org, theme, _year(year))]["documents"] += n
    stance_scope = scope(stances, "pk", "quote__organisation_id")
    if stance_scope is not None:
        rows = _model("QuoteStance", apps).objects.filter(public_quote & stance_scope)
        for org, theme, year, stance, n in (
            rows.order_by()
            .values_list("quote__organisation_id", "theme_id", "quote__sort_date__year", "stance")
            .annotate(n=Count("*"))
        ):
            cells[(org, theme, _year(year))][stance] += n
    return dict(cells)


def _insert(cells: dict[Key, dict[str, int]], apps=None) -> None:
    MapCell = _model("MapCell", apps)
    rows = [
        MapCell(organisation_id=org, theme_id=theme, year=year, **values)
        for (org, theme, year), values in sorted(cells.items())
        if any(values.values())
    ]
    MapCell.objects.bulk_create(rows, batch_size=INSERT_BATCH)


def recount_organisations(organisation_ids: Iterable[int]) -> None:
    """Count these organisations' cells again from the knowledge base (after edits and deletions)."""
    ids = sorted(set(organisation_ids) - {None})
    MapCell = _model("MapCell")
    Organisation = _model("Organisation")
    for i in range(0, len(ids), ORGANISATION_BATCH):
        chunk = ids[i : i + ORGANISATION_BATCH]
        with transaction.atomic():
            # Locked in key order, so two writers recounting the same organisation take turns.
            list(
                Organisation.objects.select_for_update().filter(pk__in=chunk).order_by("pk").values_list("pk")
            )
            MapCell.objects.filter(organisation_id__in=chunk).delete()
            _insert(counts(organisations=chunk))


def add_counts(cells: dict[Key, dict[str, int]]) -> None:
    """Add the counts of newly created rows to the table (INSERT … ON CONFLICT DO UPDATE, in key
    order so that two writers adding to the same cells cannot deadlock)."""
    MapCell = _model("MapCell")
    table = connection.ops.quote_name(MapCell._meta.db_table)
    columns = ("organisation_id", "theme_id", "year", *COUNT_COLUMNS)
    additions = ", ".join(f"{c} = {table}.{c} + excluded.{c}" for c in COUNT_COLUMNS)
    rows = [
        (*key, *(values[c] for c in COUNT_COLUMNS))
        for key, values in sorted(cells.items())
        if any(values.values())
    ]
    placeholders = "(" + ", ".join(["%s"] * len(columns)) + ")"
    with transaction.atomic(), connection.cursor() as cursor:
        for i in range(0, len(rows), INSERT_BATCH):
            chunk = rows[i : i + INSERT_BATCH]
            cursor.execute(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES {', '.join([placeholders] * len(chunk))} "  # noqa: S608 – names from the model, values bound
                f"ON CONFLICT (organisation_id, theme_id, year) DO UPDATE SET {additions}",
                [value for row in chunk for value in row],
            )


def _organisations_touched(change: changes.ChangeSet) -> set[int]:
    """The organisations whose cells `change` may have changed in ways only a recount can follow."""
    Quote, Document, QuoteStance, Organisation = (
        _model(name) for name in ("Quote", "Document", "QuoteStance", "Organisation")
    )
    touched = set(change.ids(Organisation, "relinked"))  # what quotes, stances, documents left (below)
    quotes = change.ids(Quote, "updated", "relinked") - change.ids(Quote, "created")
    documents = change.ids(Document, "updated", "relinked") - change.ids(Document, "created")
    stances = change.ids(QuoteStance, "updated")
    if quotes:
        touched |= set(Quote.objects.filter(pk__in=quotes).values_list("organisation_id", flat=True))
    if documents:
        # A document's date and visibility are its quotes' (Document.save() copies them over).
        touched |= set(
            Quote.objects.filter(document_id__in=documents)
            .values_list("organisation_id", flat=True)
            .distinct()
        )
        touched |= set(
            Document.organisations.through.objects.filter(document_id__in=documents).values_list(
                "organisation_id", flat=True
            )
        )
    if stances:
        touched |= set(
            QuoteStance.objects.filter(pk__in=stances).values_list("quote__organisation_id", flat=True)
        )
    return touched - {None}


def follow(change: changes.ChangeSet) -> None:
    """The change feed's subscriber: recount the organisations edits touched, add what was created."""
    Quote, Document, QuoteStance = (_model(name) for name in ("Quote", "Document", "QuoteStance"))
    touched = _organisations_touched(change)
    if touched:
        recount_organisations(touched)
    created = counts(
        quotes=change.ids(Quote, "created"),
        documents=change.ids(Document, "created"),
        stances=change.ids(QuoteStance, "created"),
    )
    # The recounted organisations' cells already hold what was created for them.
    created = {key: values for key, values in created.items() if key[0] not in touched}
    if created:
        add_counts(created)


def rebuild(apps=None) -> int:
    """Count every cell again (the management command, the migration); returns the number of cells."""
    MapCell = _model("MapCell", apps)
    with transaction.atomic():
        MapCell.objects.all().delete()
        cells = counts(everything=True, apps=apps)
        _insert(cells, apps)
    return MapCell.objects.count()


def recount() -> dict[Key, dict[str, int]]:
    """A straight count of every cell, as the table should hold it (for tests and checks)."""
    return {key: values for key, values in counts(everything=True).items() if any(values.values())}


def stored() -> dict[Key, dict[str, int]]:
    """The table's cells in the shape of recount()."""
    rows = _model("MapCell").objects.values_list("organisation_id", "theme_id", "year", *COUNT_COLUMNS)
    return {
        (org, theme, year): dict(zip(COUNT_COLUMNS, rest, strict=True)) for org, theme, year, *rest in rows
    }


# -- Where rows go: the organisation a quote, stance or document leaves ----------------------------


def _leaves(organisation_ids: Iterable[int | None]) -> None:
    ids = {pk for pk in organisation_ids if pk is not None}
    if ids:
        changes.record(_model("Organisation"), ids, "relinked")


def _quote_before_save(sender, instance, raw=False, **kwargs) -> None:
    if raw or instance._state.adding or instance.pk is None:
        return
    # Noted now, recorded after the save: outside a transaction a record is published at once.
    instance._map_previous_organisation = (
        sender.objects.filter(pk=instance.pk).values_list("organisation_id", flat=True).first()
    )


def _quote_saved(sender, instance, raw=False, **kwargs) -> None:
    previous = instance.__dict__.pop("_map_previous_organisation", None)
    if not raw and previous != instance.organisation_id:
        _leaves([previous])


def _stance_before_save(sender, instance, raw=False, **kwargs) -> None:
    if raw or instance._state.adding or instance.pk is None:
        return
    instance._map_previous_organisation = (
        sender.objects.filter(pk=instance.pk).values_list("quote__organisation_id", flat=True).first()
    )


def _stance_saved(sender, instance, raw=False, **kwargs) -> None:
    previous = instance.__dict__.pop("_map_previous_organisation", None)
    if not raw:
        _leaves([previous])


def _quote_deleted(sender, instance, **kwargs) -> None:
    _leaves([instance.organisation_id])


def _stance_deleted(sender, instance, **kwargs) -> None:
    # Deletes run in a transaction, before the rows go: the quote is still there to ask.
    _leaves(_model("Quote").objects.filter(pk=instance.quote_id).values_list("organisation_id", flat=True))


def _document_deleted(sender, instance, **kwargs) -> None:
    _leaves(instance.organisations.values_list("pk", flat=True))


def _document_organisations_changed(sender, instance, action, reverse, pk_set, **kwargs) -> None:
    if action not in ("pre_remove", "pre_clear"):
        return
    if reverse:  # organisation.documents.remove(…) / .clear()
        _leaves([instance.pk])
    elif action == "pre_remove":
        _leaves(pk_set or ())
    else:
        _leaves(instance.organisations.values_list("pk", flat=True))


def connect() -> None:
    """Follow the change feed, and note what rows leave (kb's ready())."""
    from django.db.models.signals import m2m_changed, post_save, pre_delete, pre_save

    Quote, Document, QuoteStance = (_model(name) for name in ("Quote", "Document", "QuoteStance"))
    # Last: its upserts lock shared cells until the commit; taken after the search indexing (changes.subscribe).
    changes.subscribe(follow, last=True)
    pre_save.connect(_quote_before_save, sender=Quote, dispatch_uid="kb_map_quote_before_save")
    post_save.connect(_quote_saved, sender=Quote, dispatch_uid="kb_map_quote_saved")
    pre_save.connect(_stance_before_save, sender=QuoteStance, dispatch_uid="kb_map_stance_before_save")
    post_save.connect(_stance_saved, sender=QuoteStance, dispatch_uid="kb_map_stance_saved")
    pre_delete.connect(_quote_deleted, sender=Quote, dispatch_uid="kb_map_quote_deleted")
    pre_delete.connect(_stance_deleted, sender=QuoteStance, dispatch_uid="kb_map_stance_deleted")
    pre_delete.connect(_document_deleted, sender=Document, dispatch_uid="kb_map_document_deleted")
    m2m_changed.connect(
        _document_organisations_changed,
        sender=Document.organisations.through,
        dispatch_uid="kb_map_document_organisations",
    )
