"""Organisations, people, roles, tags, themes and slugs: what the texts refer to by name, as rows.

Everything is looked up in memory: one query per table per run instead of one or more per mention
(synthetic benchmark rows are left out). Rows the run creates are added to the caches, so a file
that fails must call `reload()` after its rollback, which removed them again.
"""

from __future__ import annotations

import datetime

from taggit.models import Tag

from reform_kb.kb import changes
from reform_kb.kb.models import Organisation, Person, PersonAlias, Role, Theme
from reform_kb.kb.models.base import slug_candidates
from reform_kb.pipeline.records import OrganisationInfo, PersonMention

from .report import ImportReport


class EntityResolver:
    def __init__(self, report: ImportReport):
        self.report = report
        self.themes = {t.slug: t for t in Theme.objects.all()}
        self.created_people: set[int] = set()  # a role added to a person created this run is no "update"
        # Roles whose first/last seen dates moved, as (first, last) per role id: written once per
        # batch of files, not once per document. `_file_dates` holds the open file's moves, which
        # join `_batch_dates` only when the file's savepoint is released (see commit_file).
        self._file_dates: dict[int, Role] = {}
        self._batch_dates: dict[int, tuple[datetime.date, datetime.date]] = {}
        self.reload()

    def reload(self) -> None:
        """Read the caches (again, after a file's rollback removed rows they may hold)."""
        self.organisations = {o.name: o for o in Organisation.objects.filter(synthetic=False)}
        self.people = {p.name: p for p in Person.objects.filter(synthetic=False)}
        self.person_aliases = {a.name.lower(): a.person for a in PersonAlias.objects.select_related("person")}
        self.roles = {
            (r.person_id, r.organisation_id, r.title): r for r in Role.objects.filter(person__synthetic=False)
        }
        self.tags: dict[str, Tag] = {}
        self.slugs: dict[type, set[str]] = {}

    # -- files and batches -----------------------------------------------------------------------

    def commit_file(self) -> None:
        """The open file was saved: its role dates are written with the batch."""
        for pk, role in self._file_dates.items():
            self._batch_dates[pk] = (role.first_seen, role.last_seen)
        self._file_dates = {}

    def rollback_file(self) -> None:
        """The open file was rolled back: forget what it did, keep what the batch's saved files did."""
        self._file_dates = {}
        self.write_role_dates()  # before reload() reads the roles back from the database
        self.reload()

    def reset(self) -> None:
        """A batch was rolled back: forget what its files did (earlier batches wrote their dates)."""
        self._file_dates, self._batch_dates = {}, {}
        self.reload()

    def write_role_dates(self) -> None:
        if self._batch_dates:
            Role.objects.bulk_update(
                [
                    Role(pk=pk, first_seen=first, last_seen=last)
                    for pk, (first, last) in self._batch_dates.items()
                ],
                ["first_seen", "last_seen"],
            )
            changes.record(Role, list(self._batch_dates), "updated")  # bulk_update() sends no signal
            self._batch_dates = {}

    # -- lookups ---------------------------------------------------------------------------------

    def theme_list(self, slugs: list[str]) -> list[Theme]:
        """The themes with these slugs (the pipeline only knows slugs the database gave it)."""
        return [self.themes[s] for s in slugs if s in self.themes]

    def organisation(self, name: str, info: OrganisationInfo | None = None) -> Organisation:
        """The organisation called `name`, created (flagged for review) if the importer is new to it."""
        org = self.organisations.get(name)
        if org is None:
            org = Organisation.objects.filter(name__iexact=name, synthetic=False).first()
            if org is None:
                org = self._new_organisation(name, info)
            self.organisations[name] = org
        self.report.touch("organisations", org.pk)
        return org

    def _new_organisation(self, name: str, info: OrganisationInfo | None) -> Organisation:
        parent = self.organisations.get(info.parent) if info and info.parent else None
        org = Organisation.objects.create(
            name=name[:200],
            slug=self.slug(Organisation, name),
            short_name=(info.short_name if info else "")[:50],
            kind=info.kind if info else Organisation.Kind.ANNAN,
            parent=parent,
            needs_review=True,
        )
        self.report.add("organisations", "created", label=org.name)
        self.report.flag("organisations", org.name, "okänd organisation")
        return org

    def person(self, mention: PersonMention, *, seen=None) -> Person:
        """The person named in `mention`, with the role the text gives them (and when) recorded."""
        key = mention.name.strip()
        person = self.people.get(key)
        if person is None:
            person = self.people[key] = self._find_or_create_person(key, mention)
        self.report.touch("people", person.pk)
        organisation = self.organisation(mention.organisation) if mention.organisation else None
        if mention.role or organisation:
            self._record_role(person, organisation, mention.role[:300], seen)
        return person

    def _find_or_create_person(self, key: str, mention: PersonMention) -> Person:
        # A name variant an editor recorded, e.g. by merging two people.
        person = self.person_aliases.get(key.lower())
        if person is None:
            person = Person.objects.create(name=key[:200], slug=self.slug(Person, key), party=mention.party)
            self.report.add("people", "created", label=person.name)
            self.created_people.add(person.pk)
        elif mention.party and person.party != mention.party:
            person.party = mention.party
            person.save(update_fields=["party", "updated_at"])
            self.report.add("people", "updated", label=person.name)
        return person

    def _record_role(self, person: Person, organisation, title: str, seen) -> None:
        key = (person.pk, organisation.pk if organisation else None, title)
        role = self.roles.get(key)
        if role is None:  # the cache holds every role (reload), so a miss is a new role
            self.roles[key] = Role.objects.create(
                person=person, organisation=organisation, title=title, first_seen=seen, last_seen=seen
            )
            if person.pk not in self.created_people:
                self.report.add("people", "updated", label=person.name)
            return
        if seen and (
            role.first_seen is None or role.last_seen is None or not role.first_seen <= seen <= role.last_seen
        ):
            role.first_seen = min(filter(None, [role.first_seen, seen]))
            role.last_seen = max(filter(None, [role.last_seen, seen]))
            self._file_dates[role.pk] = role

    def tag_list(self, names: list[str]) -> list[Tag]:
        """Tags by name, case-insensitively as TAGGIT_CASE_INSENSITIVE has it, created if new."""
        rows = {}
        for name in names:
            key = name.lower()
            tag = self.tags.get(key)
            if tag is None:
                tag = Tag.objects.filter(name__iexact=name).first() or Tag.objects.create(name=name)
                self.tags[key] = tag
            rows[tag.pk] = tag
        return list(rows.values())

    def slug(self, model, text: str) -> str:
        """A free slug for a new row, from the slugs of `model` loaded once per run."""
        taken = self.slugs.get(model)
        if taken is None:
            taken = self.slugs[model] = set(model.objects.values_list("slug", flat=True))
        slug = next(s for s in slug_candidates(text) if s not in taken)
        taken.add(slug)
        return slug
