"""The editors' history (django-simple-history): a restorable first version for imported rows.

The importer writes new rows in bulk, without history (a history row per imported quote would double
an import's writes), and django-simple-history records a row's state *after* each save. So the first
edit of an imported quote would leave only the edited version, and the imported one could not be
restored. Before a row without any history is changed, its stored state is therefore kept as its
first version ("+"), dated when it was last written. Changes made with `QuerySet.update()` (the
admin's "mark as reviewed" actions) are recorded with `record_update()`.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.conf import settings
from django.db.models import Model
from django.db.models.signals import pre_save

BASELINE_REASON = "Versionen före första ändringen"


def _tracked_models():
    from .models import Document, Milestone, Organisation, Person, Quote, QuoteStance, Theme

    return (Document, Quote, QuoteStance, Milestone, Organisation, Person, Theme)


def keep_baselines(model: type[Model], pks: Iterable) -> None:
    """Store the current state of those of `pks` that have no history yet as their first version."""
    pks = set(pks)
    if not pks:
        return
    known = set(model.history.filter(id__in=pks).values_list("id", flat=True).distinct())
    missing = list(model._default_manager.filter(pk__in=pks - known))
    for obj in missing:
        model.history.bulk_history_create(
            [obj], default_change_reason=BASELINE_REASON, default_date=obj.updated_at
        )


def save_new_with_history(obj: Model) -> None:
    """Save a new row and record its creation ("+") in one history row, without django-simple-history's
    snapshot of its many-to-many fields: a new row has none yet (the importer links them after the save), and
    the snapshot costs a query for each of those fields (half the importer's writing time on PostgreSQL in
    stop 23's measurement, bench/RESULTS-import.md). The user and change reason are found as on a save."""
    obj.save_without_historical_record()
    type(obj).history.bulk_history_create([obj])


def record_update(model: type[Model], pks: Iterable, user, reason: str) -> None:
    """History for rows changed with `QuerySet.update()`, which sends no signal: call it after."""
    rows = list(model._default_manager.filter(pk__in=set(pks)))
    if rows:
        model.history.bulk_history_create(rows, update=True, default_user=user, default_change_reason=reason)


def _before_save(sender, instance, raw=False, **kwargs) -> None:
    if raw or instance._state.adding or instance.pk is None:
        return
    if not getattr(settings, "SIMPLE_HISTORY_ENABLED", True):  # history switched off, as the library
        return
    keep_baselines(sender, [instance.pk])


def connect() -> None:
    """Keep baselines before every ORM save of a tracked model (kb's AppConfig.ready())."""
    for model in _tracked_models():
        pre_save.connect(
            _before_save, sender=model, dispatch_uid=f"kb_history_baseline_{model._meta.model_name}"
        )
