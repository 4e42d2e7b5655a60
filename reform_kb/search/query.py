"""Parse what a visitor types into the search box, and compile it for either database.

The syntax is PostgreSQL's websearch syntax: words are ANDed, "quoted text" is a phrase, `-word`
excludes, and `OR` between two items makes either do; a word ending in `*` is a prefix. Anything
else (parentheses, `:`, `NEAR`, stray quotes) is plain text: the parser never fails and the
compilers (compile.py) only ever emit quoted, already-stemmed lexemes, so no input can cause a
syntax error in SQL or FTS5.

Words are stemmed in Python (see `reform_kb.pipeline.swedish`) and each word becomes the OR of the
stems of its inflected forms, so "insats" also finds "insatser". The PostgreSQL string is therefore
cast with `::tsquery`, not passed to `to_tsquery('swedish', …)`: that would stem the stems again,
and Snowball turns `insats` (the stem of "insatser") into `insat`. No Django imports here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

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

# Longer queries are cut, counting every word and every OR alternative: nobody types more, and
# every word costs a few lexemes (and each alternative a candidate query, see `narrower`).
MAX_TERMS = 16
# "so*" would stand for half the vocabulary: a prefix needs this many letters.
MIN_PREFIX = 3
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
    # Typed with a trailing "*": the vocabulary's words that begin so count as well (issue 12).
    prefix: bool = False
    # Other words of the index that count as this one: the accented spellings of a word typed
    # without å/ä/ö, or the words a prefix begins (see vocabulary.resolve).
    variants: tuple[str, ...] = ()

    def with_variants(self, words) -> Term:
        """This word, also matching `words` (and their inflections)."""
        variants = tuple(sorted(set(self.variants) | set(words)))
        found = set(self.stems)
        for word in variants:
            found |= _stems_of(word)
        return replace(self, stems=tuple(sorted(found)), variants=variants)


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
        """Every word, word part and variant of the query, wanted or excluded."""
        found = set()
        for item in (*self.must, *self.must_not):
            for term in _terms(item, with_stopwords=True):
                found.add(term.word)
                found.update(term.variants)
                found.update(part.word for part in term.parts)
        return found

    def terms(self):
        """Each word of the query (not its parts), wanted or excluded, stopwords left out."""
        for item in (*self.must, *self.must_not):
            yield from _terms(item)

    def with_variants(self, variants: dict[str, tuple[str, ...]]) -> Query:
        """The same query, each word in `variants` also matching the words given for it."""
        return self._mapped(lambda t: t.with_variants(variants[t.word]) if t.word in variants else t)

    def _mapped(self, term_of) -> Query:
        def item(i):
            if isinstance(i, Term):
                return term_of(i)
            if isinstance(i, Phrase):
                return Phrase(tuple(term_of(w) for w in i.words))
            return AnyOf(tuple(item(sub) for sub in i.items))

        return replace(self, must=tuple(map(item, self.must)), must_not=tuple(map(item, self.must_not)))

    def restemmed(self, stem_of) -> Query:
        """The same query with each word also matching the stems `stem_of` gives its inflections.

        PostgreSQL 15 bundles an older Snowball than the `snowballstemmer` package: it stems
        "arbetet" to `arbetet`, the package to `arbet`. Adding the database's own stems makes a
        query match whatever the database indexed.
        """

        def term(t: Term) -> Term:
            if t.stop:
                return t
            stems = set(t.stems)
            for word in (t.word, *t.variants):
                stems |= expand_with(word, stem_of, longer=True)
            return replace(t, stems=tuple(sorted(stems)), parts=tuple(term(p) for p in t.parts))

        return self._mapped(term)

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


def _stems_of(word: str) -> set[str]:
    # `longer`: Snowball leaves some inflections whole ("barnet", "skolan"), so a search for
    # "barn" must match the stem `barnet` too; see swedish.expand_with.
    return set(expand_with(word, stem, longer=True)) | {stem(word)}


def _term(word: str) -> Term:
    if word in STOPWORDS:
        return Term(word, (stem(word),), stop=True)
    parts = ()
    for sep in ":-":
        if sep in word:
            parts = tuple(_term(part) for part in word.split(sep) if part)
            break
    return Term(word, tuple(sorted(_stems_of(word))), parts=parts)


def _phrase_or_term(words: list[str], prefix: bool = False) -> Term | Phrase | None:
    """A run of words as a phrase; stopwords at either end are dropped, inside they keep their place.
    With `prefix` (a bare chunk ending in "*") the last word is a prefix, if long enough to be one."""
    terms = [_term(w) for w in words if len(w) <= MAX_WORD_LENGTH]
    if prefix and terms and len(terms[-1].word) >= MIN_PREFIX and not terms[-1].parts:
        terms[-1] = replace(terms[-1], prefix=True, stop=False)
    return _phrase_or_term_of(terms)


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
        item = _phrase_or_term(words, prefix=bare is not None and bare.endswith("*"))
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
