"""The judged set of issue 12: queries a reader types, and what a reader should get in the top three.

Each query names what is relevant by stable keys of the seeds: `d:<document slug>`, `q:<the last part
of a quote's import_ref>`, or a rule that stands for all such rows: `speaker:<name>` (the person's
quotes), `org:<name>` (the organisation's documents and quotes), `theme:<name>` (the theme's
documents and quotes). The judgements were written from the seeds' texts, before measuring.

success@3: the share of queries with a relevant hit among the first three. nDCG@10: the first ten
hits' discounted gain (relevant 1, else 0) over the best possible for that many relevant rows.
`make relevance` runs tests/search/test_relevance.py on SQLite and PostgreSQL; this module uses
only `search.search()`, so the same file measures older code too.
"""

from __future__ import annotations

from dataclasses import dataclass
from math import log2

JUDGED = [
    # Names of people
    ("names", "Heike Erkers", ["speaker:Heike Erkers"]),
    ("names", "Erkers", ["speaker:Heike Erkers"]),
    ("names", "Rebecca Svensson", ["speaker:Rebecca Svensson"]),
    ("names", "Margareta Winberg", ["speaker:Margareta Winberg"]),
    ("names", "Veronica Magnusson", ["speaker:Veronica Magnusson"]),
    ("names", "Anna Gärdegård", ["speaker:Anna Gärdegård"]),
    ("names", "Lise Aragaw Johansson", ["speaker:Lise Aragaw Johansson"]),
    ("names", "Damir Bandic", ["q:q-c5e364655280", "d:framtidens-socialtjanst-sa-far-vi-det-att-fungera"]),
    (
        "names",
        "Anna Burston",
        ["q:q-23429838bc11", "d:se-intervjuer-om-socionomutbildningen-och-forsta-linjens-socialtjanst"],
    ),
    # Organisations, short names, aliases and former names
    ("aliases", "SKR", ["org:Sveriges Kommuner och Regioner"]),
    ("aliases", "SKL", ["org:Sveriges Kommuner och Regioner"]),
    ("aliases", "Sveriges Kommuner och Landsting", ["org:Sveriges Kommuner och Regioner"]),
    ("aliases", "Vision", ["org:Vision"]),
    ("aliases", "Akademikerförbundet SSR", ["org:Akademikerförbundet SSR"]),
    ("aliases", "SSR", ["org:Akademikerförbundet SSR"]),
    ("aliases", "FSS Skåne", ["org:FSS Skåne"]),
    ("aliases", "Humana", ["org:Humana"]),
    ("aliases", "FoU Nordväst", ["org:FoU Nordväst"]),
    ("aliases", "Uppsala kommun", ["org:Uppsala kommun"]),
    ("aliases", "Åstorps kommun", ["org:Åstorps kommun"]),
    # Themes
    ("themes", "behovsprövning", ["theme:Insatser utan behovsprövning"]),
    ("themes", "första linjen", ["theme:Första linjens socialtjänst och omställningen"]),
    ("themes", "familjehem", ["d:sakra-kvaliteten-i-familjevarden", "speaker:Rebecca Svensson"]),
    ("themes", "desinformation", ["d:desinformation-skadar-socialtjansten", "q:q-fa73ee6ad231"]),
    ("themes", "äldreboende", ["d:aldreboendekris-i-kommunerna"]),
    ("themes", "bostadsförsörjning", ["d:det-behovs-ett-gemensamt-grepp-om-bostadsforsorjningen"]),
    (
        "themes",
        "kunskapsstyrning",
        [
            "d:90-procent-av-kommunerna-vill-samverka-om-kunskapsstyrning",
            "d:de-flesta-kommuner-vill-utveckla-kunskapsstyrningen-tillsammans",
        ],
    ),
    ("themes", "hot och våld", ["d:hot-och-vald-och-ekonomi-hindrar-socialsekreterare", "q:q-bd97e88da888"]),
    (
        "themes",
        "social skuld",
        [
            "d:coronapandemin-har-genererat-en-social-skuld",
            "d:underskott-riskerar-skapa-social-skuld-for-kommuner",
        ],
    ),
    (
        "themes",
        "pandemin",
        [
            "d:pandemins-paverkan-pa-socialtjansten",
            "d:pandemin-har-varit-kravande-for-manga-socionomer",
            "d:coronapandemin-har-genererat-en-social-skuld",
        ],
    ),
    # Phrases
    (
        "phrases",
        '"vetenskap och beprövad erfarenhet"',
        ["q:q-dae8bb3e0c07", "q:q-dfec9f1cc1ef", "q:q-823bb76915d1"],
    ),
    ("phrases", '"det förebyggande sociala arbetet"', ["q:q-a0661fb3723e", "q:q-b8c7a2bfdafe"]),
    ("phrases", '"helt oacceptabelt"', ["q:q-b3b0794cb89f"]),
    ("phrases", "Yoda", ["d:vad-kan-socialtjansten-lara-av-yoda-i-starwars"]),
    # Misspellings
    (
        "misspellings",
        "socialtjänstlagn",
        [
            "d:nya-socialtjanstlagen-starker-brukarna-och-evidensen",
            "d:nya-socialtjanstlagen-behover-kompletteras",
        ],
    ),
    ("misspellings", "desinformaton", ["d:desinformation-skadar-socialtjansten", "q:q-fa73ee6ad231"]),
    ("misspellings", "familjehemsplasering", ["q:q-74a4acb698b4"]),
    ("misspellings", "Erkes", ["speaker:Heike Erkers"]),
    (
        "misspellings",
        "kunskapsstyrnig",
        [
            "d:90-procent-av-kommunerna-vill-samverka-om-kunskapsstyrning",
            "d:de-flesta-kommuner-vill-utveckla-kunskapsstyrningen-tillsammans",
        ],
    ),
    ("misspellings", "Winbeg", ["speaker:Margareta Winberg"]),
    # Typed without å/ä/ö
    (
        "accent-free",
        "socialtjanstlagen",
        [
            "d:nya-socialtjanstlagen-starker-brukarna-och-evidensen",
            "d:nya-socialtjanstlagen-behover-kompletteras",
        ],
    ),
    ("accent-free", "aldreboende", ["d:aldreboendekris-i-kommunerna"]),
    ("accent-free", "behovsprovning", ["theme:Insatser utan behovsprövning"]),
    ("accent-free", "Akademikerforbundet", ["org:Akademikerförbundet SSR"]),
    ("accent-free", "Gardegard", ["speaker:Anna Gärdegård"]),
    ("accent-free", "bostadsforsorjningen", ["d:det-behovs-ett-gemensamt-grepp-om-bostadsforsorjningen"]),
    ("accent-free", "vald i hemmet", ["q:q-c8a030aaaafc"]),
    # Inflected forms
    ("inflections", "familjehemmen", ["d:sakra-kvaliteten-i-familjevarden", "speaker:Rebecca Svensson"]),
    ("inflections", "statsbidragen", ["q:q-2a6998ea063c"]),
    ("inflections", "socionomerna", ["d:pandemin-har-varit-kravande-for-manga-socionomer"]),
    ("inflections", "biståndsbedömning", ["q:q-04a4bbe40f2a"]),
    ("inflections", "underskottet", ["d:underskott-riskerar-skapa-social-skuld-for-kommuner"]),
]


@dataclass
class Outcome:
    category: str
    query: str
    got: list[str]  # the first ten hits' keys
    relevant: set[str]

    @property
    def success(self) -> bool:
        return any(key in self.relevant for key in self.got[:3])

    @property
    def ndcg(self) -> float:
        gain = sum(1 / log2(i + 2) for i, key in enumerate(self.got[:10]) if key in self.relevant)
        ideal = sum(1 / log2(i + 2) for i in range(min(len(self.relevant), 10)))
        return gain / ideal if ideal else 0.0


def key_of(hit) -> str:
    if hit.kind == "document":
        return f"d:{hit.obj.slug}"
    return f"q:{(hit.obj.import_ref or str(hit.obj.pk)).rsplit('#', 1)[-1]}"


def relevant_keys(judged: list[str]) -> set[str]:
    """The judgement's keys, with each rule replaced by the rows it stands for."""
    from reform_kb.kb.models import Document, Quote

    keys = set()
    for item in judged:
        kind, _, value = item.partition(":")
        documents, quotes = Document.objects.none(), Quote.objects.none()
        if kind in ("d", "q"):
            keys.add(item)
            continue
        if kind == "speaker":
            quotes = Quote.objects.filter(speaker__name=value)
        elif kind == "org":
            documents = Document.objects.filter(organisations__name=value)
            quotes = Quote.objects.filter(organisation__name=value)
        elif kind == "theme":
            documents = Document.objects.filter(themes__name=value)
            quotes = Quote.objects.filter(themes__name=value)
        keys |= {f"d:{slug}" for slug in documents.values_list("slug", flat=True)}
        keys |= {f"q:{ref.rsplit('#', 1)[-1]}" for ref in quotes.values_list("import_ref", flat=True)}
    return keys


def measure(search) -> list[Outcome]:
    """Run every judged query through `search(text)` (reform_kb.search.search)."""
    outcomes = []
    for category, text, judged in JUDGED:
        hits = search(text, per_page=10).hits
        outcomes.append(Outcome(category, text, [key_of(hit) for hit in hits], relevant_keys(judged)))
    return outcomes


def report(outcomes: list[Outcome], database: str) -> str:
    """A Markdown table: success@3 and nDCG@10 per category and overall, then the misses."""
    categories = sorted({o.category for o in outcomes}, key=[o.category for o in outcomes].index)
    lines = [
        f"Relevance on {database}: {len(outcomes)} judged queries",
        "",
        "| queries | n | success@3 | nDCG@10 |",
        "|---|---|---|---|",
    ]
    for category in [*categories, "all"]:
        chosen = [o for o in outcomes if category in ("all", o.category)]
        success = sum(o.success for o in chosen) / len(chosen)
        ndcg = sum(o.ndcg for o in chosen) / len(chosen)
        lines.append(f"| {category} | {len(chosen)} | {success:.2f} | {ndcg:.2f} |")
    misses = [o for o in outcomes if not o.success]
    if misses:
        lines += ["", "No relevant hit in the first three: " + ", ".join(f"`{o.query}`" for o in misses)]
    return "\n".join(lines)


def totals(outcomes: list[Outcome]) -> tuple[float, float]:
    return (
        sum(o.success for o in outcomes) / len(outcomes),
        sum(o.ndcg for o in outcomes) / len(outcomes),
    )
