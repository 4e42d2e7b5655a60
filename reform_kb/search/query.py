"""Parse what a visitor types into the search box, and compile it for either database.

The syntax is PostgreSQL's websearch syntax: words are ANDed, "quoted text" is a phrase, `-word`
excludes, and `OR` between two items makes either do. Anything else (parentheses, `*`, `:`, `NEAR`,
stray quotes) is plain text: the parser never fails and the compilers only ever emit quoted,
already-stemmed lexemes, so no input can cause a syntax error in SQL or FTS5.

Words are stemmed in Python (see `reform_kb.pipeline.swedish`) and each word becomes the OR of the
stems of its inflected forms, so "insats" also finds "insatser". The PostgreSQL string is therefore
cast with `::tsquery`, not passed to `to_tsquery('swedish', …)`: that would stem the stems again,
and Snowball turns `insats` (the stem of "insatser") into `insat`. No Django imports here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from itertools import product

from reform_kb.pipeline.swedish import expand_with, stem, tokens

# PostgreSQL's tsearch_data/swedish.stop: the `swedish` configuration leaves these out of every
# tsvector, so a query lexeme for one of them could never match.
_STOP_TEXT = """och det att i en jag hon som han på den med var sig för så till är men ett om hade de av icke mig du
    henne då sin nu har inte hans honom skulle hennes där min man ej vid kunde något från ut när efter upp vi
    dem vara vad över än dig kan sina här ha mot alla under någon eller allt mycket sedan ju denna själv detta
    åt utan varit hur ingen mitt ni bli blev oss din dessa några deras blir mina samma vilken er sådan vår
    blivit dess inom mellan sådant varför varje vilka ditt vem vilket sitta sådana vart dina vars vårt våra ert
    era vilkas"""
STOPWORDS = frozenset(_STOP_TEXT.split())

# A phrase of n words matches the product of the words' stem sets in FTS5; beyond this many
# combinations only each word's own stem is used.
MAX_PHRASE_VARIANTS = 64
# Longer queries are cut, counting every word and every OR alternative: nobody types more, and
# every word costs a few lexemes (and each alternative a candidate query, see `narrower`).
MAX_TERMS = 16
# PostgreSQL refuses over-long lexemes in a tsquery and never indexes such words anyway.
MAX_WORD_LENGTH = 100

# A quoted phrase (an unterminated quote runs to the end), optionally excluded, or a bare chunk.
_CHUNK_RE = re.compile(r'(?P<neg>-)?"(?P<phrase>[^"]*)"?|(?P<bare>\S+)')


@dataclass(frozen=True)
class Term:
    """One word; `stems` are the lexemes that count as a match."""

    word: str
    stems: tuple[str, ...]
    # A stopword inside a phrase: PostgreSQL's index skips it (but counts its position), FTS5 keeps it.
    stop: bool = False
    # The parts of "HVB-hem" or "SKR:s", which PostgreSQL indexes as words of their own.
    parts: tuple[Term, ...] = ()


@dataclass(frozen=True)
class Phrase:
    """Words that must occur in this order."""

    words: tuple[Term, ...]


@dataclass(frozen=True)
class AnyOf:
    """Items joined by OR."""

    items: tuple[Term | Phrase, ...]


Item = Term | Phrase | AnyOf


@dataclass(frozen=True)
class Query:
    """A parsed query: every item of `must` has to match and no item of `must_not` may."""

    must: tuple[Item, ...] = ()
    must_not: tuple[Term | Phrase, ...] = ()
    text: str = field(default="", compare=False)
    # Lexemes that must also be present, verbatim: the filters PostgreSQL indexes with each row
    # (see `filter_lexeme`). FTS5 ignores them; SQLite filters with joins.
    filters: tuple[str, ...] = ()
    # How many words `parse` left out because the query had more than MAX_TERMS.
    dropped: int = field(default=0, compare=False)

    def __bool__(self) -> bool:
        # A query of only exclusions would list the whole database; a search page wants hits.
        return bool(self.must)

    def words(self) -> set[str]:
        """Every word and word part of the query, wanted or excluded."""
        found = set()
        for item in (*self.must, *self.must_not):
            for term in _terms(item, with_stopwords=True):
                found.add(term.word)
                found.update(part.word for part in term.parts)
        return found

    def restemmed(self, stem_of) -> Query:
        """The same query with each word also matching the stems `stem_of` gives its inflections.

        PostgreSQL 15 bundles an older Snowball than the `snowballstemmer` package: it stems
        "arbetet" to `arbetet`, the package to `arbet`. Adding the database's own stems makes a
        query match whatever the database indexed.
        """

        def term(t: Term) -> Term:
            if t.stop:
                return t
            stems = tuple(sorted(set(t.stems) | expand_with(t.word, stem_of, longer=True)))
            return Term(t.word, stems, parts=tuple(term(p) for p in t.parts))

        def item(i):
            if isinstance(i, Term):
                return term(i)
            if isinstance(i, Phrase):
                return Phrase(tuple(term(w) for w in i.words))
            return AnyOf(tuple(item(sub) for sub in i.items))

        return replace(self, must=tuple(map(item, self.must)), must_not=tuple(map(item, self.must_not)))

    def filtered(self, lexemes) -> Query:
        """The same query, restricted to rows indexed with all these filter lexemes."""
        return replace(self, filters=(*self.filters, *lexemes))

    @property
    def highlight_stems(self) -> frozenset[str]:
        """Stems to mark in snippets: those of every wanted word, none of the excluded ones."""
        found: set[str] = set()
        for item in self.must:
            for term in _terms(item):
                found.update(term.stems)
        return frozenset(found)


def _terms(item: Item, with_stopwords: bool = False):
    if isinstance(item, Term):
        yield item
    elif isinstance(item, Phrase):
        yield from (w for w in item.words if with_stopwords or not w.stop)
    else:
        for sub in item.items:
            yield from _terms(sub, with_stopwords)


def _term(word: str) -> Term:
    if word in STOPWORDS:
        return Term(word, (stem(word),), stop=True)
    parts = ()
    for sep in ":-":
        if sep in word:
            parts = tuple(_term(part) for part in word.split(sep) if part)
            break
    # `longer`: Snowball leaves some inflections whole ("barnet", "skolan"), so a search for
    # "barn" must match the stem `barnet` too; see swedish.expand_with.
    return Term(word, tuple(sorted(expand_with(word, stem, longer=True) | {stem(word)})), parts=parts)


def _phrase_or_term(words: list[str]) -> Term | Phrase | None:
    """A run of words as a phrase; stopwords at either end are dropped, inside they keep their place."""
    return _phrase_or_term_of([_term(w) for w in words if len(w) <= MAX_WORD_LENGTH])


class _Budget:
    """Counts the words a query keeps, up to MAX_TERMS, and those it leaves out."""

    def __init__(self):
        self.room = MAX_TERMS
        self.dropped = 0

    def fit(self, item: Term | Phrase) -> Term | Phrase | None:
        """`item` if it fits, a phrase cut to the room left, or None (and the words counted as dropped)."""
        words = item.words if isinstance(item, Phrase) else (item,)
        kept: list[Term] = []
        for word in words:
            if size(word) > self.room:
                break
            kept.append(word)
            self.room -= size(word)
        self.dropped += len(words) - len(kept)
        if not kept:
            return None
        return item if len(kept) == len(words) else _phrase_or_term_of(kept)


def size(item: Item) -> int:
    """What an item costs against MAX_TERMS: each word, each word part and each OR alternative counts."""
    if isinstance(item, Term):
        return max(1, len(item.parts))
    if isinstance(item, Phrase):
        return sum(size(word) for word in item.words)
    return sum(size(sub) for sub in item.items)


def _phrase_or_term_of(terms: list[Term]) -> Term | Phrase | None:
    while terms and terms[0].stop:
        terms.pop(0)
    while terms and terms[-1].stop:
        terms.pop()
    if not terms:
        return None
    return terms[0] if len(terms) == 1 else Phrase(tuple(terms))


def _chunks(text: str, budget: _Budget):
    """(item or None, negated, "OR") for each chunk of `text`; once the budget is spent the rest is
    only counted, not stemmed, so a query costs little more than its length however long it is."""
    for match in _CHUNK_RE.finditer(text):
        bare = match.group("bare")
        if bare == "OR":
            yield None, False, True
            continue
        negate = bool(match.group("neg"))
        if bare is not None and bare.startswith("-") and len(bare) > 1:
            negate, bare = True, bare[1:]
        words = tokens(match.group("phrase") if bare is None else bare)
        if not budget.room:
            budget.dropped += len(words)
            continue
        item = _phrase_or_term(words)
        yield (budget.fit(item) if item is not None else None), negate, False


def parse(text: str) -> Query:
    """Parse websearch-style input; never raises, whatever the input.

    At most MAX_TERMS words are kept, counting each alternative of an OR: every alternative adds a
    candidate query when ranking (see `narrower`), so a query of 330 words joined by OR held a
    PostgreSQL worker for 27.7 s (issue 11). `Query.dropped` says how many were left out.
    """
    text = (text or "").replace("\x00", " ")
    must: list[Item] = []
    must_not: list[Term | Phrase] = []
    budget = _Budget()
    pending_or = False
    for item, negate, is_or in _chunks(text, budget):
        if is_or:
            pending_or = bool(must)
            continue
        if item is None:
            continue
        if negate:
            must_not.append(item)
        elif pending_or and must:
            previous = must.pop()
            previous_items = previous.items if isinstance(previous, AnyOf) else (previous,)
            # "insatser OR insatser" asks for one word.
            must.append(AnyOf((*previous_items, item)) if item not in previous_items else previous)
        else:
            must.append(item)
        pending_or = False
    return Query(tuple(must), tuple(must_not), text=text.strip(), dropped=budget.dropped)


def positions(term: Term) -> list[tuple[str, ...]]:
    """The index positions a word takes, each as its alternative lexemes, the way PostgreSQL indexes it.

    PostgreSQL's parser splits "SKR:s" into `skr` and `s`, and indexes "HVB-hem" as `hvb-hem`, `hvb`
    and `hem` at three positions; the SQLite index copies this (see backends/sqlite.py).
    """
    if ":" in term.word:
        return [part.stems for part in term.parts]
    if "-" in term.word:
        return [term.stems, *(part.stems for part in term.parts)]
    return [term.stems]


# PostgreSQL -------------------------------------------------------------------------------------


def _pg_lexeme(stem_: str) -> str:
    return "'" + stem_.replace("\\", "\\\\").replace("'", "''") + "'"


def _pg_alternatives(lexemes: tuple[str, ...]) -> str:
    if len(lexemes) == 1:
        return _pg_lexeme(lexemes[0])
    return "( " + " | ".join(_pg_lexeme(x) for x in lexemes) + " )"


def _pg_sequence(words: tuple[Term, ...]) -> str:
    """Words at consecutive positions; a stopword is not indexed but widens the distance."""
    out: list[str] = []
    gap = 1
    for word in words:
        if word.stop:
            gap += 1
            continue
        for lexemes in positions(word):
            if out:
                out.append("<->" if gap == 1 else f"<{gap}>")
            out.append(_pg_alternatives(lexemes))
            gap = 1
    return out[0] if len(out) == 1 else "( " + " ".join(out) + " )"


def _pg_item(item: Item) -> str:
    if isinstance(item, Term):
        return _pg_sequence((item,))
    if isinstance(item, Phrase):
        return _pg_sequence(item.words)
    return "( " + " | ".join(_pg_item(sub) for sub in item.items) + " )"


def to_tsquery(query: Query) -> str:
    """The query as tsquery text of stemmed lexemes, for `%s::tsquery`; "" for an empty query."""
    if not query:
        return ""
    parts = [_pg_item(item) for item in query.must]
    parts += ["!" + _pg_item(item) for item in query.must_not]
    parts += [_pg_lexeme(lexeme) for lexeme in query.filters]
    return " & ".join(parts)


# SQLite FTS5 ------------------------------------------------------------------------------------


def _fts_string(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _fts_sequence(words: tuple[Term, ...]) -> str:
    """FTS5 phrases have no alternatives per position, so OR the phrases of all stem combinations."""
    slots: list[tuple[str, ...]] = []
    for word in words:
        # The SQLite index keeps stopwords, so a phrase matches them exactly.
        slots.extend([(stem(word.word),)] if word.stop else positions(word))
    combos = 1
    for slot in slots:
        combos *= len(slot)
    if combos > MAX_PHRASE_VARIANTS:
        slots = [slot[:1] if len(slot) == 1 else (stem_of_slot(slot),) for slot in slots]
    variants = [_fts_string(" ".join(combo)) for combo in product(*slots)]
    return variants[0] if len(variants) == 1 else "(" + " OR ".join(variants) + ")"


def stem_of_slot(slot: tuple[str, ...]) -> str:
    """The shortest alternative: the stem most inflected forms share."""
    return min(slot, key=lambda x: (len(x), x))


def _fts_item(item: Item) -> str:
    if isinstance(item, Term):
        return _fts_sequence((item,))
    if isinstance(item, Phrase):
        return _fts_sequence(item.words)
    return "(" + " OR ".join(_fts_item(sub) for sub in item.items) + ")"


def to_fts5(query: Query) -> str:
    """The query as an FTS5 MATCH expression over the stemmed index; "" for an empty query."""
    if not query:
        return ""
    positive = " AND ".join(_fts_item(item) for item in query.must)
    if not query.must_not:
        return positive
    negative = " OR ".join(_fts_item(item) for item in query.must_not)
    return f"({positive}) NOT ({negative})"


def narrower(query: Query) -> list[Query]:
    """Narrower queries whose matches a bounded ranking must include: the words side by side, and
    each alternative of an OR, so a rare alternative is not crowded out by a common one.

    An alternative's query holds the alternative in place of its OR chain (A & (B | C) gives A & B
    and A & C), so a chain of n alternatives adds n queries of the chain's other items, not n
    copies of the whole chain.
    """
    found = []
    side_by_side = adjacent(query)
    if side_by_side:
        found.append(side_by_side)
    for i, item in enumerate(query.must):
        if isinstance(item, AnyOf):
            for alternative in item.items:
                must = (*query.must[:i], alternative, *query.must[i + 1 :])
                found.append(replace(query, must=must))
    return found


def filter_lexeme(name: str, value) -> str:
    """A lexeme no word can stem to ("~typ:remissvar"): PostgreSQL indexes one per filter value with
    each row, so a filter is one more posting list in the GIN index instead of a join."""
    return f"~{name}:{value}"


def adjacent(query: Query) -> Query | None:
    """The query's words as one phrase, to rank documents that contain them side by side first.

    Only for plain queries of two or more words; None otherwise.
    """
    if len(query.must) < 2 or query.must_not or not all(isinstance(i, Term) for i in query.must):
        return None
    return Query((Phrase(tuple(query.must)),), text=query.text, filters=query.filters)
