"""Who and what a query names: organisations, people and themes, shown as cards above the hits.

An organisation is found by its name, short name and aliases (former names such as SKL for SKR),
a person by name and name variants, a theme by its name and keywords: "SKL" gives the card
"Sveriges Kommuner och Regioner (tidigare SKL) – 13 dokument, 24 citat". Matching is on
accent-free, lower-cased words, so "Akademikerforbundet" finds Akademikerförbundet SSR.

The names of all entities are read once per content version into a small in-process index
(a few thousand names even at a million quotes): a search costs no query for names, and one
query per kind of card it shows, for the counts.
"""

from __future__ import annotations

import threading
from bisect import bisect_left
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

from reform_kb.kb.content_version import cached, content_version
from reform_kb.kb.models import Document, Organisation, OrganisationAlias, Person, Quote, Theme
from reform_kb.kb.models.people import PersonAlias
from reform_kb.pipeline.swedish import tokens

from .query import STOPWORDS
from .vocabulary import plain

KINDS = ("organisation", "person", "theme")
KIND_LABELS = {"organisation": _("Organisation"), "person": _("Person"), "theme": _("Tema")}  # i18n, issue 14
# Cards of each kind at most, best first.
MAX_CARDS = 3
# A query word counts as the beginning of a name's word from this length on ("Erker" for Erkers).
MIN_PREFIX = 4


@dataclass
class Entity:
    kind: str
    pk: int
    name: str
    slug: str
    # Whole names, accent-free: the name, short name and aliases (themes: keywords too).
    keys: set[str] = field(default_factory=set)
    # The accent-free words of all of them.
    words: set[str] = field(default_factory=set)
    # An organisation's former names, shortest first ("SKL").
    former: list[str] = field(default_factory=list)
    # Its one-word names as written, lower-cased ("skr", "skl"): synonyms in a query.
    single: set[str] = field(default_factory=set)

    def add(self, name: str) -> None:
        key = _key(name)
        if key:
            self.keys.add(key)
            self.words.update(key.split())
            words = tokens(name)
            if len(words) == 1:
                self.single.add(words[0])


@dataclass(frozen=True)
class Card:
    kind: str
    name: str
    url: str
    note: str  # "tidigare SKL", or ""
    documents: int
    quotes: int

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]


def _key(text: str) -> str:
    return " ".join(plain(word) for word in tokens(text or ""))


class _Index:
    """All entities' names: whole names, and each word, sorted for prefix lookups."""

    def __init__(self, entities: list[Entity]):
        self.entities = entities
        self.by_key: dict[str, list[int]] = {}
        for n, entity in enumerate(entities):
            for key in entity.keys:
                self.by_key.setdefault(key, []).append(n)
        # One-word names of organisations (accent-free) → the organisations.
        self.named: dict[str, list[int]] = {}
        for n, entity in enumerate(entities):
            if entity.kind == "organisation":
                for word in entity.single:
                    self.named.setdefault(plain(word), []).append(n)
        pairs = sorted((word, n) for n, entity in enumerate(entities) for word in entity.words)
        self._words = [word for word, _ in pairs]
        self._owners = [n for _, n in pairs]

    def with_word(self, word: str) -> dict[int, bool]:
        """{entity: whether exact} for the entities with a word that is `word`, or begins with it
        when it is long enough."""
        found: dict[int, bool] = {}
        i = bisect_left(self._words, word)
        while i < len(self._words) and self._words[i].startswith(word):
            exact = self._words[i] == word
            if exact or len(word) >= MIN_PREFIX:
                found[self._owners[i]] = found.get(self._owners[i], False) or exact
            i += 1
        return found

    def match(self, text: str) -> list[Entity]:
        """The entities `text` names, best first: the whole text a name of theirs, then a word of
        it one of their names (the "SKR" of "SKR budget"), then every word one of their words."""
        words = [plain(word) for word in tokens(text) if word not in STOPWORDS]
        if not words:
            return []
        scores: dict[int, tuple] = {}
        for n in self.by_key.get(_key(text), ()):
            scores[n] = (3, 0)
        if len(words) > 1:
            for word in words:
                for n in self.by_key.get(word, ()):
                    scores.setdefault(n, (2, 0))
        found = [self.with_word(word) for word in words]
        for n in set(found[0]).intersection(*found[1:]):
            scores.setdefault(n, (1, sum(f[n] for f in found)))
        ranked = sorted(scores, key=lambda n: (scores[n], -len(self.entities[n].name)), reverse=True)
        return [self.entities[n] for n in ranked]


def synonyms(words, index: _Index | None = None) -> dict[str, tuple[str, ...]]:
    """For each word that is an organisation's one-word name, its other one-word names: "SKL"
    finds what mentions SKR and the other way round, as SKL is SKR's former name."""
    index = index or current()
    found = {}
    for word in words:
        others = {other for n in index.named.get(plain(word), ()) for other in index.entities[n].single}
        others.discard(word)
        if others:
            found[word] = tuple(sorted(others))
    return found


def _load() -> _Index:
    """Every organisation, person and theme with its names (five queries)."""
    organisations = {}
    for pk, name, slug, short_name in Organisation.objects.public().order_by().values_list(
        "pk", "name", "slug", "short_name"
    ):
        organisations[pk] = entity = Entity("organisation", pk, name, slug)
        entity.add(short_name)
    for org_id, alias, kind in OrganisationAlias.objects.order_by().values_list(
        "organisation_id", "alias", "kind"
    ):
        if org_id in organisations:
            organisations[org_id].add(alias)
            if kind == OrganisationAlias.Kind.FORMER_NAME:
                organisations[org_id].former.append(alias)
    hidden = set(Person.objects.met_only_in_drafts().values_list("pk", flat=True))
    people = {
        pk: Entity("person", pk, name, slug)
        for pk, name, slug in Person.objects.order_by().values_list("pk", "name", "slug")
        if pk not in hidden
    }
    for person_id, name in PersonAlias.objects.order_by().values_list("person_id", "name"):
        if person_id in people:
            people[person_id].add(name)
    themes = []
    for theme in Theme.objects.order_by().only("name", "slug", "keywords"):
        themes.append(entity := Entity("theme", theme.pk, theme.name, theme.slug))
        for keyword in theme.keyword_list:
            entity.add(keyword)
    entities = [*organisations.values(), *people.values(), *themes]
    for entity in entities:
        entity.add(entity.name)
        entity.former.sort(key=lambda name: (len(name), name))
    return _Index(entities)


_held: dict[str, tuple[int, _Index]] = {}
_lock = threading.Lock()


def current() -> _Index:
    """The entity index of the current content version, built once per process and version
    (each time when values are not cached, KB_PAGE_CACHE_SECONDS = 0, as in the tests)."""
    if not settings.KB_PAGE_CACHE_SECONDS:
        return _load()
    version = content_version()
    held = _held.get("index")
    if held is None or held[0] != version:
        with _lock:
            held = _held.get("index")
            if held is None or held[0] != version:
                # Built by one worker and shared through the cache (1.6 MB at a million quotes:
                # 34 ms to read back against 132 ms to build), then held in this process.
                held = _held["index"] = (version, cached("search-entity-index", _load))
    return held[1]


def _count(model, field_name: str):
    """The number of `model` rows whose `field_name` is the outer row."""
    rows = model.objects.filter(**{field_name: OuterRef("pk")}).order_by().values(field_name)
    return Coalesce(Subquery(rows.annotate(n=Count("*")).values("n"), output_field=IntegerField()), 0)


# What a card counts for each kind: (model, documents counted, quotes counted).
COUNTS = {
    "organisation": (Organisation, (Document.organisations.through, "organisation"), (Quote, "organisation")),
    "person": (Person, (Document.authors.through, "person"), (Quote, "speaker")),
    "theme": (Theme, (Document.themes.through, "theme"), (Quote.themes.through, "theme")),
}


def _cards(kind: str, entities: list[Entity]) -> list[tuple[int, Card]]:
    model, documents, quotes = COUNTS[kind]
    rows = {
        obj.pk: obj
        for obj in model.objects.filter(pk__in=[e.pk for e in entities])
        .only("name", "slug")
        .annotate(n_documents=_count(*documents), n_quotes=_count(*quotes))
    }
    cards = []
    for entity in entities:
        obj = rows.get(entity.pk)
        if obj is not None:
            note = f"tidigare {entity.former[0]}" if entity.former else ""
            cards.append(
                (entity.pk, Card(kind, obj.name, obj.get_absolute_url(), note, obj.n_documents, obj.n_quotes))
            )
    return cards


def find(text: str, index: _Index | None = None) -> list[Card]:
    """Cards for the entities `text` names, best first, at most MAX_CARDS of each kind. One query
    per kind shown (none when nothing matches)."""
    index = index or current()
    chosen: dict[str, list[Entity]] = {kind: [] for kind in KINDS}
    order = []
    for entity in index.match(text):
        if len(chosen[entity.kind]) < MAX_CARDS:
            chosen[entity.kind].append(entity)
            order.append((entity.kind, entity.pk))
    cards = {}
    for kind, entities in chosen.items():
        if entities:
            key = f"search:cards:{kind}:{','.join(str(e.pk) for e in entities)}"
            cards.update(((c.kind, pk), c) for pk, c in cached(key, lambda k=kind, e=entities: _cards(k, e)))
    return [cards[key] for key in order if key in cards]
