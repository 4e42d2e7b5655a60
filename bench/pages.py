"""Which URLs to measure on the current database, as JSON on stdout (run with Django settings).

Pages are the largest of their kind (the theme with most documents, the organisation with most
quotes, the synthetic document with most quotes): the worst case a reader can reach from the start page.
"""

import json
import os
import sys
from urllib.parse import urlencode

import django

# Words chosen from the sentence pool's fixed frequency order (reform_kb/synthetic/text.py): about
# 40 %, 2 % and 0.08 % of quotes contain them; "insatser" needs its inflections, "första linjen" is a phrase.
WORDS = [
    ("vanligt ord", "socialtjänsten", {"ar": "2025"}),
    ("medelvanligt ord", "gängkriminalitet", {"tema": "brottsforebyggande-arbete"}),
    ("sällsynt ord", "nätverksproffs", {"ar": "2024"}),
    ("fras", '"första linjen"', {"tema": "forsta-linjens-socialtjanst"}),
    ("böjd form", "insatser", {"ar": "2023"}),
    # Issue 12: what a forgiving search costs – a misspelling (corrected, so two searches), words typed
    # without å/ä/ö, a prefix and an organisation's former name (SKL, expanded to SKR's names).
    ("felstavat ord", "socialtjänstn", {"ar": "2025"}),
    ("utan å/ä/ö", "gangkriminalitet", {"tema": "brottsforebyggande-arbete"}),
    ("prefix", "socialtj*", {"ar": "2024"}),
    ("tidigare namn", "SKL", {"ar": "2024"}),
]


def api_pages(theme, organisation) -> list[dict]:
    """Take-away (issue 13): API list pages, the largest filters and a cursor 1,000 rows in."""
    from base64 import b64encode

    from reform_kb.kb.models import Quote

    deep = Quote.objects.order_by("-pk").values_list("pk", flat=True)[1000:1001]
    cursor = b64encode(f"p={deep[0]}".encode()).decode() if deep else ""
    api = [
        ("API: citat", "/api/v1/quotes"),
        (f"API: citat, tema ({theme.name})", f"/api/v1/quotes?{urlencode({'theme': theme.slug})}"),
        (
            f"API: citat, organisation ({organisation.name})",
            f"/api/v1/quotes?{urlencode({'organisation': organisation.slug})}",
        ),
        ("API: citat, år 2024, 100 per sida", "/api/v1/quotes?year=2024&page_size=100"),
        ("API: citat, 1 000 rader in", f"/api/v1/quotes?{urlencode({'cursor': cursor})}"),
        (f"API: dokument, tema ({theme.name})", f"/api/v1/documents?{urlencode({'theme': theme.slug})}"),
        ("API: organisationer", "/api/v1/organisations"),
    ]
    return [{"group": "api", "name": name, "url": url} for name, url in api]


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    django.setup()
    from django.db.models import Count
    from django.urls import reverse

    from reform_kb.kb.models import Document, Organisation, Quote, Theme

    theme = Theme.objects.annotate(n=Count("documents")).order_by("-n", "pk").first()
    organisation = Organisation.objects.annotate(n=Count("quotes")).order_by("-n", "pk").first()
    document = (
        Document.objects.filter(synthetic=True).annotate(n=Count("quotes")).order_by("-n", "pk").first()
        or Document.objects.first()
    )
    quote = Quote.objects.filter(document=document).order_by("start").first() or Quote.objects.first()
    pages = [
        {"group": "sida", "name": "startsida", "url": reverse("kb:home")},
        {"group": "sida", "name": f"tema ({theme.name})", "url": theme.get_absolute_url()},
        {
            "group": "sida",
            "name": f"organisation ({organisation.name})",
            "url": organisation.get_absolute_url(),
        },
        {
            "group": "sida",
            "name": f"dokument ({document.quotes.count()} citat)",
            "url": document.get_absolute_url(),
        },
        {"group": "sida", "name": "citat", "url": quote.get_absolute_url()},
        # Issue 13: the organisation × theme map (target p95 ≤ 100 ms at 1M quotes) and the timeline.
        {"group": "karta", "name": "karta", "url": reverse("kb:map")},
        {
            "group": "karta",
            "name": "karta (fackförbund, 2021–2023)",
            "url": f"{reverse('kb:map')}?typ=fackforbund&fran=2021&till=2023",
        },
        # The timeline has no target of its own: measured and shown, judged by no row.
        {"group": "tidslinje", "name": "tidslinje", "url": reverse("kb:timeline")},
        {
            "group": "tidslinje",
            "name": f"tidslinje ({theme.name})",
            "url": f"{reverse('kb:timeline')}?tema={theme.slug}",
        },
    ]
    for label, word, extra in WORDS:
        base = {"q": word}
        pages.append(
            {
                "group": "sök",
                "name": f"{label}: {word}",
                "url": f"{reverse('search:search')}?{urlencode(base)}",
                "word": word,
            }
        )
        filtered = {**base, **extra}
        pages.append(
            {
                "group": "sök",
                "name": f"{label}: {word} + {next(iter(extra))}",
                "url": f"{reverse('search:search')}?{urlencode(filtered)}",
                "word": word,
                "filters": extra,
            }
        )
    pages += api_pages(theme, organisation)
    pages.append({"group": "tak", "name": "trivial Django-vy (taket)", "url": "/bench/ceiling/"})
    json.dump(pages, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
