"""Organisation names the rules miss, tagged by a conditional random field (issue 10, items 2 and 6).

The gazetteer (`reference.organisations`) and the form rules (`organisation_forms`) find the organisations
they know or whose name says what they are ("Skövde kommun", "…förbundet"). Real texts also name homes and
units ("Solgårdens äldreboende"), companies, local associations, projects and acronyms that neither knows.
A CRF (CRFsuite), trained on the development corpus's gold `mentioned_organisations` (`make train-orgs`),
tags such names token by token from what surrounds them: the word and its shape, its capitals, prefixes
and suffixes, a genitive, whether the rules cover it (and as what), whether it reads as a person's name,
the small words before and after it ("på", "vid", "hos", "för" …) and quotation marks around it.

Unlike the line-role model, this one has word identities among its features (the token and its lower-case
form, its first and last letters: a name is mostly words); `corpus/train_orgs.py` keeps only features seen
at least twice in training, so a word that occurs once in the corpus is not in the committed file.

`extra_organisations` gives the names the rules did not find, each with the CRF's marginal probability,
only from `THRESHOLD` on (chosen by cross-validation on the development part). Each line is one sequence
and every step is one pass over its tokens, so tagging stays linear in the text.

The pipeline does not call it now (`mentions.USE_ORG_TAGGER` is False): on the development part it adds
about as many wrong names as right ones, and on the unseen test parts, pooled, it raised mentioned
organisations by 0.004 F1, less than the bar set before measuring, at four times the parse time
(corpus/README.md, "Organisation names").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .crf_models import open_tagger
from .municipalities import MUNICIPALITIES
from .names import FULL_NAME_RE, NOT_NAMES, is_name_token, looks_like_name
from .organisation_forms import COUNTIES, NOT_MUNICIPALITIES
from .organisations import OrganisationMatcher, OrgMatch

MODEL_PATH = Path(__file__).with_name("org_mentions.crfsuite")
# A name is kept from this marginal probability on (the smallest over its tokens of "inside a name"),
# chosen by `python -m corpus.train_orgs --cv-only` on the development part (corpus/README.md).
THRESHOLD = 0.5  # stop 22, on 436 development texts (0.6 on the first 174)
LABELS = ("O", "B", "I")  # outside a name, its first token, a later token

# Words, numbers with their joins ("S-kvinnor", "FN:s", "2020:47"), and each other character alone.
_TOKEN_RE = re.compile(r"\w+(?:[-:]\w+)*|[^\w\s]")
# The small words an organisation's name follows or precedes in Swedish running text.
CUES = frozenset(
    ["på", "vid", "hos", "för", "från", "i", "inom", "med", "och", "enligt", "till", "av", "samt", "mellan"]
    + ["mot", "om", "via", "genom", "bland", "åt", "under"]
)
# Closed lists the pipeline's role rules use too (role_phrases, roles): a noun saying what kind of
# organisation a name is ("hjälporganisationen Crossroads", "Linköpingsföretaget Unik Resurs"), a unit a
# care provider's name may end in ("Solgårdens äldreboende"), and a title a workplace follows ("expert
# på X", "vd, X").
_KIND_WORD_RE = re.compile(
    r"[a-zåäö-]*(?:byrån|organisationen|föreningen|förbundet|företaget|stiftelsen|nätverket|bolaget|myndigheten"
    r"|institutet|kooperativet|rörelsen|kyrkan|församlingen|kriscentrum|mottagningen|jouren|koncernen|kedjan"
    r"|projektet|utredningen|aktören|intresseorganisationen)"
)
_UNIT_WORD_RE = re.compile(
    r"[a-zåäö-]*(?:öppenvård|behandlingshem|vårdcentral|boende|hemtjänst|assistans|omsorg|gård|hem|hus"
    r"|mottagning|center|centrum|skola|förskola|klinik|jour|stiftelse|förening|nätverk)"
)
_ROLE_WORD_RE = re.compile(
    r"(?:biträdande |vice )?[a-zåäö-]*(?:ordförande|chef|direktör|utredare|ansvarig|sekreterare|handläggare"
    r"|socionom|professor|forskare|docent|talesperson|ombudsman|samordnare|strateg|ledamot|jurist|ekonom"
    r"|analytiker|rektor|läkare|sköterska|psykolog|kurator|behandlare|pedagog|assistent|rådgivare|expert|vd"
    r"|grundare|ledare|anställd|medarbetare|projektledare)(?:en|n)?"
)
_QUOTE_MARKS = frozenset('”“"«»')
_SENTENCE_ENDS = frozenset('.!?:;–—-•”"')
_EDGE = {"edge": True}


@dataclass(frozen=True)
class Token:
    text: str
    start: int  # offsets into the text tagged
    end: int


def _bucket(value: int, edges: tuple[int, ...]) -> str:
    for n, edge in enumerate(edges):
        if value <= edge:
            return str(n)
    return str(len(edges))


def _shape(word: str) -> str:
    """The word's letters as X, x and d with runs collapsed: "Solgårdens" Xx, "SKR:s" X:x, "S-kvinnor" X-x."""
    out = []
    for ch in word:
        c = "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)[:6]


def _genitive(word: str) -> str:
    if word.endswith(":s"):
        return "colon"
    if word[:1].isupper() and word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return "s"
    return ""


def line_tokens(text: str) -> list[list[Token]]:
    """The tokens of each non-blank line of `text` (offsets into `text`): one CRF sequence per line."""
    sequences = []
    at = 0
    for line in text.split("\n"):
        tokens = [Token(m.group(0), at + m.start(), at + m.end()) for m in _TOKEN_RE.finditer(line)]
        if tokens:
            sequences.append(tokens)
        at += len(line) + 1
    return sequences


def _cover(tokens: list[Token], spans: list[tuple[int, int, str]]) -> list[tuple[str, bool]]:
    """For each token, (label of the span it starts or continues, whether it opens it), "" outside any:
    one pass over tokens and spans both sorted by start."""
    spans = sorted(spans)
    out: list[tuple[str, bool]] = []
    j, active = 0, None
    for tok in tokens:
        while j < len(spans) and spans[j][0] <= tok.start:
            if active is None or spans[j][1] > active[1]:
                active = spans[j]
            j += 1
        inside = active is not None and active[1] > tok.start
        out.append((active[2], tok.start <= active[0]) if inside else ("", False))
    return out


def rule_spans(text: str, matcher: OrganisationMatcher) -> list[OrgMatch]:
    """What the rules find in `text`: the gazetteer's and the form rules' names and the government."""
    return [*matcher.find_all(text), *matcher.find_lower_case_authorities(text)]


def person_spans(text: str, rules: list[OrgMatch]) -> list[tuple[int, int, str]]:
    """Runs of capitalised words that read as a person's name (the pipeline's `FULL_NAME_RE` and
    `looks_like_name`) and are not an organisation the rules found."""
    taken = sorted((m.start, m.end) for m in rules)
    out, j = [], 0
    for m in FULL_NAME_RE.finditer(text):
        start, end = m.span("name")
        while j < len(taken) and taken[j][1] <= start:
            j += 1
        if (j < len(taken) and taken[j][0] < end) or not looks_like_name(m.group("name")):
            continue
        out.append((start, end, "person"))
    return out


def _word_features(tok: Token, first: bool, quoted: bool, rule: tuple[str, bool], person: str) -> dict:
    """The features of one token on its own."""
    w = tok.text
    lw = w.lower()
    f = {
        "bias": 1.0,
        "w": w,
        "lw": lw,
        "shape": _shape(w),
        "title": w[:1].isupper() and not w.isupper(),
        "caps": w.isupper() and len(w) > 1,
        "lower": w.islower(),
        "len": _bucket(len(w), (1, 2, 3, 5, 8, 12)),
        "p2": lw[:2],
        "p3": lw[:3],
        "s2": lw[-2:],
        "s3": lw[-3:],
        "s4": lw[-4:],
        "first": first,
        "quoted": quoted,
        "gen": _genitive(w),
        "place": w in MUNICIPALITIES or w.removesuffix("s") in MUNICIPALITIES,
        "opener": w in NOT_NAMES,
        "namey": w[:1].isupper() and is_name_token(w),
        "person": person,
        "cue": lw in CUES,
        "kind": bool(_KIND_WORD_RE.fullmatch(lw)),
        "unit": bool(_UNIT_WORD_RE.fullmatch(lw)),
        "role": bool(_ROLE_WORD_RE.fullmatch(lw)),
    }
    if rule[0]:
        f["rule"] = rule[0]
        f["rule_open"] = rule[1]
    return f


_NEIGHBOUR_KEYS = (
    "lw", "shape", "title", "caps", "cue", "rule", "person", "s3", "gen", "place", "kind", "unit", "role",
)  # fmt: skip


def sequence_features(
    tokens: list[Token], rules: list[tuple[str, bool]], people: list[tuple[str, bool]]
) -> list:
    """CRFsuite features of one line's tokens: each token's own and its neighbours' (two either side)."""
    own = []
    first, quoted = True, False
    for tok, rule, person in zip(tokens, rules, people, strict=True):
        own.append(_word_features(tok, first, quoted, rule, person[0]))
        if tok.text in _QUOTE_MARKS:
            quoted = not quoted
        first = tok.text in _SENTENCE_ENDS
    out = []
    for i, f in enumerate(own):
        f = dict(f)
        for offset in (-2, -1, 1, 2):
            j = i + offset
            near = own[j] if 0 <= j < len(own) else _EDGE
            keys = _NEIGHBOUR_KEYS if abs(offset) == 1 else ("lw", "cue", "title", "kind", "role")
            for key in keys if near is not _EDGE else ("edge",):
                if key in near:
                    f[f"{offset:+d}:{key}"] = near[key]
        out.append(f)
    return out


def text_features(text: str, matcher: OrganisationMatcher) -> tuple[list[list[Token]], list[list[dict]]]:
    """(tokens, features) of every line of `text`, one CRF sequence per line. The rules' and the people's
    spans are laid over all tokens at once (one pass), then cut back into lines."""
    rules = rule_spans(text, matcher)
    rule_cover = [(m.start, m.end, m.kind if m.known else f"form:{m.kind}") for m in rules]
    sequences = line_tokens(text)
    flat = [tok for seq in sequences for tok in seq]
    ruled, people = _cover(flat, rule_cover), _cover(flat, person_spans(text, rules))
    features, at = [], 0
    for seq in sequences:
        features.append(sequence_features(seq, ruled[at : at + len(seq)], people[at : at + len(seq)]))
        at += len(seq)
    return sequences, features


def _tagger():
    """The trained model, opened once (`crf_models.open_tagger`); None without it."""
    return open_tagger(MODEL_PATH)


def model_available() -> bool:
    return _tagger() is not None


def tagged_spans(tagger, tokens: list[Token], features: list[dict]) -> list[tuple[int, int, float]]:
    """(first token, last token + 1, probability) of each name in one line: a run of tokens each inside a
    name with a marginal probability from `THRESHOLD` on, cut where a token more likely opens a name
    than continues one. Its probability is the smallest of its tokens'. Marginals rather than the single
    best labelling, so that a threshold under one half can find what the best labelling leaves out."""
    tagger.set(features)
    spans, start, low = [], None, 1.0
    for i in range(len(tokens) + 1):
        inside = 1.0 - tagger.marginal("O", i) if i < len(tokens) else 0.0
        opens = inside >= THRESHOLD and tagger.marginal("B", i) >= tagger.marginal("I", i)
        if start is not None and (inside < THRESHOLD or opens):
            spans.append((start, i, low))
            start = None
        if inside >= THRESHOLD and start is None:
            start, low = i, inside
        low = min(low, inside) if start is not None else low
    return spans


def _name_of(text: str, tokens: list[Token], span: tuple[int, int], words: frozenset[str]) -> str:
    """The name a tagged span writes, without the quotation marks and punctuation around it, with a capital
    first letter ("nämnden för X"), and without a genitive ending: always ":s" ("FN:s"), and an "s" when
    a title or a kind of organisation follows ("Attendos vd", "Neuros förbundsordförande") or the text
    writes the name without it too (`words`: the text's words); "Crossroads erbjöd" keeps its "s"."""
    start, end = span
    surface = text[tokens[start].start : tokens[end - 1].end]
    last = surface.split()[-1]
    after = text[tokens[end - 1].end : tokens[end - 1].end + 40].split()
    if surface.endswith(":s"):
        surface = surface[:-2]
    elif _genitive(last) and (
        last[:-1] in words
        or (after and (_ROLE_WORD_RE.fullmatch(after[0]) or _KIND_WORD_RE.fullmatch(after[0])))
    ):
        surface = surface[:-1]
    name = " ".join(surface.split()).strip(" .,;:–-—”“\"'«»()")
    return name[:1].upper() + name[1:]


_PLACE_WORDS = (
    MUNICIPALITIES | NOT_MUNICIPALITIES | frozenset(COUNTIES.split("|")) | {"län", "och", "Sverige"}
)
_DEFINITE_END_RE = re.compile(r"[a-zåäö](?:en|et|na)$")


def _no_organisation(
    name: str, span: tuple[list[Token], int, int], features: list[dict], text: str, people
) -> bool:
    """Whether a tagged name is none by the annotation guide's rules, whatever the model's probability:
    a place or places alone ("Stockholms län", "Kristinehamn och Munkfors": a municipality is "X kommun",
    which the rules give), the first part of a compound cut at its hyphen ("Arbetsmarknads- och …"), a word
    of a person's name the document gives, and a common noun in the definite form opening a sentence
    ("Kommunstyrelsen beslutade", "Riksnormen höjs"; agencies named so are in the gazetteer)."""
    tokens, start, end = span
    words = [w.removesuffix("s") if w not in _PLACE_WORDS else w for w in name.split()]
    return (
        len(name) < 2
        or name in NOT_NAMES
        or all(w in _PLACE_WORDS for w in words)
        or text.startswith("-", tokens[end - 1].end)
        or (end - start == 1 and any(name in person.split() for person in people))
        or (end - start == 1 and features[start]["first"] and bool(_DEFINITE_END_RE.search(name)))
    )


def extra_organisations(
    title: str, body: str, matcher: OrganisationMatcher, people: frozenset[str] = frozenset(), tagger=None
) -> list[tuple[str, float, bool]]:
    """(name, probability, known) of each organisation the model tags in a document's title and body
    that no rule found there, from `THRESHOLD` on, in order, each once. `known`: the gazetteer has the
    name in a form the rules did not look for. `people`: the names of the document's authors and
    speakers, whose words are no organisation (see `_no_organisation` for what else is none)."""
    tagger = tagger or _tagger()
    if tagger is None:
        return []
    text = f"{title}\n\n{body}"
    found = {m.name for m in rule_spans(text, matcher)}
    sequences, all_features = text_features(text, matcher)
    words = frozenset(tok.text for tokens in sequences for tok in tokens)
    out: dict[str, tuple[float, bool]] = {}
    for tokens, features in zip(sequences, all_features, strict=True):
        for start, end, p in tagged_spans(tagger, tokens, features):
            if any(f.get("rule") for f in features[start:end]):
                continue  # the rules' own names, found already
            name = _name_of(text, tokens, (start, end), words)
            if _no_organisation(name, (tokens, start, end), features, text, people):
                continue
            known = matcher.resolve(name)
            if (known or name) not in found and (known or name) not in out:
                out[known or name] = (p, bool(known))
    return [(name, p, known) for name, (p, known) in out.items()]
