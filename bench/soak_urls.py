"""The soak's URL mix for the current database, as JSON on stdout (run with Django settings).

Each URL has a group (`sida`: a page the page cache can serve; `ingen cache`: the same pages with a
unique `_b=` per request, so each one needs the database; `fientlig`: the hostile URLs issue 11 measured),
a weight (how often it comes round in the mix) and whether it is made unique per request (`bust`).
"""

import json
import os
import sys
from urllib.parse import quote, urlencode

import django

# 330 terms joined by OR, 3,978 bytes: held a PostgreSQL worker for 27.7 s (issue 11).
OR_CHAIN = " OR ".join(["insatser"] * 330)
# 510 one-letter terms: "too many terms in compound SELECT" on SQLite.
LETTERS = " OR ".join("abcdefghijklmnopqrstuvwxyzåäö"[i % 29] for i in range(510))


def url(path: str, **params: str) -> str:
    """An ASCII request target: the path and the parameters percent-encoded (å, ä, ö, NUL); what
    reverse() has already encoded stays as it is."""
    return quote(path, safe="/%") + (f"?{urlencode(params)}" if params else "")


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "reform_kb.settings")
    django.setup()
    from django.urls import reverse
    from taggit.models import Tag

    from reform_kb.kb.models import Document, Organisation, Person, Quote, Theme

    details = [
        ("tema", Theme.objects.order_by("pk").first()),
        ("organisation", Organisation.objects.order_by("pk").first()),
        ("person", Person.objects.order_by("pk").first()),
        ("dokument", Document.objects.order_by("pk").first()),
        ("citat", Quote.objects.order_by("pk").first()),
    ]
    tag = Tag.objects.order_by("pk").first()
    search = reverse("search:search")
    pages = [
        ("startsida", url(reverse("kb:home"))),
        ("teman", url(reverse("kb:theme_list"))),
        ("organisationer", url(reverse("kb:organisation_list"))),
        ("personer", url(reverse("kb:person_list"))),
        ("dokumentlista", url(reverse("kb:document_list"))),
        ("citatlista", url(reverse("kb:quote_list"))),
        *((name, url(row.get_absolute_url())) for name, row in details if row is not None),
        *([("tagg", url(reverse("kb:tag_detail", args=[tag.slug])))] if tag else []),
        ("sök: socialtjänsten", url(search, q="socialtjänsten")),
        ("sök: insatser", url(search, q="insatser")),
    ]
    mix = [{"group": "sida", "name": name, "url": path, "weight": 3, "bust": False} for name, path in pages]
    for name, path in (pages[0], pages[4], pages[-1]):
        mix.append({"group": "ingen cache", "name": f"{name} (unik)", "url": path, "weight": 4, "bust": True})
    hostile = [
        ("OR-kedja (330 termer)", url(search, q=OR_CHAIN)),
        ("510 enbokstavstermer", url(search, q=LETTERS)),
        ("NUL i organisation (dokument)", url(reverse("kb:document_list"), organisation="\x00")),
        ("NUL i tema (citat)", url(reverse("kb:quote_list"), tema="a\x00")),
        ("NUL i talare (sök)", url(search, q="stöd", talare="\x00")),
        ("NUL i taggsökväg", "/taggar/%00/"),
        ("okänd typ (dokument)", url(reverse("kb:document_list"), typ="okand")),
        ("okänd typ (sök)", url(search, q="stöd", typ="okand")),
        ("filter på 2 100 tecken (sök)", url(search, q="stöd", organisation="a" * 2100)),
    ]
    mix += [
        {"group": "fientlig", "name": name, "url": path, "weight": 1, "bust": False} for name, path in hostile
    ]
    json.dump(mix, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
