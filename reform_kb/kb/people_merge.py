"""Merging people: one person however the texts name them ("Heike Erkers", "H. Erkers", "Erkers").

The importer creates a person per distinct name it meets, so editors merge the duplicates. A merge
moves everything that points at a person to the one kept, then deletes the others, in one
transaction: nothing is lost but the duplicate rows themselves.

Permissions: the Redaktör group may change people but not delete them (migration 0003), and that
is deliberate for deleting a person *with* their quotes and roles. A merge is a change instead: the
others' quotes, roles and authorships live on under the kept person, and only the emptied rows go.
So the admin action asks for change_person, and this service does the deletion itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from .models import Document, Person, PersonAlias, Quote, Role


@dataclass
class MergeSummary:
    kept: Person
    merged_names: list[str] = field(default_factory=list)
    quotes: int = 0
    roles_moved: int = 0
    roles_combined: int = 0
    documents: int = 0

    def __str__(self) -> str:
        return (
            f"{', '.join(self.merged_names)} slogs ihop med {self.kept.name}: {self.quotes} citat, "
            f"{self.roles_moved + self.roles_combined} roller och {self.documents} dokument flyttades."
        )


def merge_people(keep: Person, others) -> MergeSummary:
    """Move the quotes, roles and authorships of `others` to `keep`, then delete `others`.

    Roles that `keep` already has (same organisation and title, the unique constraint) are combined
    into one whose dates span both. The others' names (and their own name variants) become name
    variants of `keep`: the importer looks people up by name and then by variant, so later imports
    credit `keep` instead of re-creating the duplicates.
    """
    others = [person for person in others if person.pk != keep.pk]
    if not others:
        raise ValueError("Välj minst en annan person att slå ihop med.")
    summary = MergeSummary(kept=keep, merged_names=[person.name for person in others])
    other_ids = [person.pk for person in others]
    with transaction.atomic():
        summary.quotes = Quote.objects.filter(speaker__in=other_ids).update(
            speaker=keep, updated_at=timezone.now()
        )
        _record_names(keep, others)
        _move_roles(keep, other_ids, summary)
        summary.documents = _move_authorship(keep, other_ids)
        if not keep.party:
            keep.party = next((person.party for person in others if person.party), "")
        Person.objects.filter(pk__in=other_ids).delete()
        # Saving the kept person reindexes (on commit) the quotes and documents now credited to them.
        keep.save()
    return summary


def _record_names(keep: Person, others: list[Person]) -> None:
    PersonAlias.objects.filter(person__in=others).update(person=keep)
    known = {name.lower() for name in PersonAlias.objects.values_list("name", flat=True)}
    for person in others:
        if person.name.lower() not in known and person.name.lower() != keep.name.lower():
            PersonAlias.objects.create(person=keep, name=person.name)
            known.add(person.name.lower())
    PersonAlias.objects.filter(person=keep, name__iexact=keep.name).delete()


def _move_roles(keep: Person, other_ids: list[int], summary: MergeSummary) -> None:
    kept_roles = {(role.organisation_id, role.title): role for role in keep.roles.all()}
    for role in Role.objects.filter(person__in=other_ids).order_by("pk"):
        key = (role.organisation_id, role.title)
        same = kept_roles.get(key)
        if same is None:
            role.person = keep
            role.save(update_fields=["person"])
            kept_roles[key] = role
            summary.roles_moved += 1
            continue
        same.first_seen = _earliest(same.first_seen, role.first_seen)
        same.last_seen = _latest(same.last_seen, role.last_seen)
        same.save(update_fields=["first_seen", "last_seen"])
        role.delete()
        summary.roles_combined += 1


def _move_authorship(keep: Person, other_ids: list[int]) -> int:
    """Credit `keep` with the others' documents; returns how many documents were concerned."""
    _move_links(Document.mentioned_people.through, keep, other_ids)  # the documents naming them
    return _move_links(Document.authors.through, keep, other_ids)


def _move_links(through, keep: Person, other_ids: list[int]) -> int:
    """Point a Document–Person through table's rows of `other_ids` at `keep`, once per document."""
    document_ids = set(through.objects.filter(person__in=other_ids).values_list("document_id", flat=True))
    already = set(
        through.objects.filter(person=keep, document__in=document_ids).values_list("document_id", flat=True)
    )
    through.objects.bulk_create(
        [through(document_id=pk, person_id=keep.pk) for pk in sorted(document_ids - already)]
    )
    through.objects.filter(person__in=other_ids).delete()
    return len(document_ids)


def _earliest(a, b):
    return min(d for d in (a, b) if d) if a or b else None


def _latest(a, b):
    return max(d for d in (a, b) if d) if a or b else None
