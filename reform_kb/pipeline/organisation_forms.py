"""The forms Swedish writes organisation names in ("Huddinge kommun", "Region Skåne",
"Lärarförbundet", "Länsstyrelsen i Dalarnas län", "Socialutskottet"), for names no gazetteer holds.

Each form is a regex with the kind of organisation it names, and a few fixed words it needs (a substring
test is far cheaper than the regex). Kept apart from the matcher in organisations.py, which applies them.
"""

from __future__ import annotations

import re

from .names import LOWER, UPPER

# A capitalised word of a place name: "Skåne", "Jämtland", "Stockholms-Arlanda".
PLACE_WORD = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}]?[{LOWER}]+)*"

# Sweden's counties, as their agencies' branches are named after them.
COUNTIES = (
    "Stockholm|Uppsala|Södermanland|Östergötland|Jönköping|Kronoberg|Kalmar|Gotland|Blekinge|Skåne|Halland|"
    "Västra Götaland|Värmland|Örebro|Västmanland|Dalarna|Gävleborg|Västernorrland|Jämtland|Västerbotten|Norrbotten"
)
# The Riksdag's committees ("Socialutskottet"); a municipality's "arbetsutskott" is none of them.
RIKSDAG_COMMITTEES = (
    "Social|Finans|Justitie|Arbetsmarknads|Civil|Utbildnings|Konstitutions|Skatte|Trafik|Försvars|Kultur|"
    "Miljö- och jordbruks|Närings|Utrikes|Socialförsäkrings"
)
# Investigations of one case, which social services write every day: no state inquiry.
CASEWORK = "Barnavårds|Barn|Bistånds|Ärende|Förhands|Polis|Brotts|Social|Vårdnads|Familje"

# A municipality's own administration and its place: "socialtjänsten i Lund" is Lunds kommun's, as
# "kommunen i Ronneby" is Ronneby. Services run per district ("hemtjänsten i Salabacke") may name a part
# of a town, so they are left to a person's workplace (roles.organisation_of_place), where it is one guess.
LOCAL_SERVICE_FORM = re.compile(
    r"(?<!\w)(?:[Ss]ocialtjänsten|[Ss]ocialförvaltningen|[Ää]ldreförvaltningen|[Kk]ommunen)"
    rf"\s+i\s+(?P<place>{PLACE_WORD})(?!\w| kommun| stad| län)"
)
NOT_MUNICIPALITIES = frozenset(
    [
        "Sverige",
        "Norden",
        "Europa",
        "Danmark",
        "Norge",
        "Finland",
        "Stockholms",
        "Skåne",
        "Norrland",
        "Svealand",
        "Götaland",
    ]
    + COUNTIES.split("|")[2:]  # the counties, but "Stockholm" and "Uppsala" are municipalities too
)


def municipality_name(place: str) -> str:
    """ "Kalix kommun", "Uppsala kommun", "Ronnebys kommun": the usual Swedish form, a genitive s after a
    consonant, none after a vowel, s, x or z."""
    genitive = "" if place[-1].lower() in "aeiouyåäösxz" else "s"
    return f"{place}{genitive} kommun"


# (pattern, kind); group "name" is the organisation as written, before normalisation.
FORM_RULES: list[tuple[re.Pattern[str], str]] = [
    # A county's own branch of an agency or federation, before the
    # forms of its first word: "Polismyndigheten Västernorrland", "Landstinget Kalmar".
    (
        re.compile(
            rf"(?<!\w)(?P<name>(?:[{UPPER}][{LOWER}]+myndigheten|Landstinget|Kommunförbundet) (?P<place>{COUNTIES}))"
            rf"(?!\w)"
        ),
        "myndighet",
    ),
    (
        re.compile(rf"(?<!\w)(?P<name>(?P<place>{PLACE_WORD}(?: {PLACE_WORD})?) kommun)(?P<gen>s)?(?!\w)"),
        "kommun",
    ),
    (
        re.compile(rf"(?<!\w)(?P<name>(?P<place>{PLACE_WORD}(?: {PLACE_WORD})?) [Ss]tad)(?P<gen>s)?(?!\w)"),
        "kommun",
    ),
    # "Region Jämtland Härjedalen": a region may be named after two provinces.
    (
        re.compile(rf"(?<!\w)(?P<name>Region (?P<place>{PLACE_WORD}(?: län| {PLACE_WORD})?))(?!\w)"),
        "region",
    ),
    (re.compile(rf"(?<!\w)(?P<name>(?P<place>{PLACE_WORD})regionen)(?P<gen>s)?(?!\w)"), "region"),
    (
        re.compile(
            # "Autism- och Aspergerförbundet": a compound sharing its last part with the word before it;
            # "Handikappförbunden": a federation of several.
            # "Centralförbundet för Socialt Arbete", "… för alkohol- och narkotikaupplysning": the purpose
            # is part of the name. "Fackförbundet" alone is any union, no name.
            rf"(?<!\w)(?!(?:Fack|Riks|Kommun|Central)förbundet(?! för| [{UPPER}]))"
            rf"(?P<name>(?:[{UPPER}][{LOWER}]+- och )?[{UPPER}][{LOWER}]+förbunde[tn]"
            rf"(?: [{UPPER}]{{2,}}(?![{LOWER}])| för [{UPPER}][{LOWER}]+ [{UPPER}][{LOWER}]+"
            rf"| för [{LOWER}]+- och [{LOWER}]+)?)(?P<gen>:?s)?(?!\w)"
        ),
        "fackforbund",
    ),
    (re.compile(rf"(?<!\w)(?P<name>[{UPPER}][{LOWER}]+departementet)(?P<gen>s)?(?!\w)"), "departement"),
    (re.compile(rf"(?<!\w)(?P<name>(?P<place>{PLACE_WORD}) universitet)(?P<gen>s)?(?!\w)"), "larosate"),
    (re.compile(rf"(?<!\w)(?P<name>(?P<place>{PLACE_WORD}) högskola)(?P<gen>s)?(?!\w)"), "larosate"),
    (
        re.compile(rf"(?<!\w)(?P<name>(?:Högskolan|Universitetet) i (?P<place>{PLACE_WORD}))(?!\w)"),
        "larosate",
    ),
    (
        re.compile(
            rf"(?<!\w)(?P<name>(?:Inspektionen|Myndigheten) för (?:[{LOWER}-]+a )?[{LOWER}-]+"
            rf"(?: och [{LOWER}-]+)?)(?!\w)"
        ),
        "myndighet",
    ),
    (re.compile(rf"(?<!\w)(?P<name>Länsstyrelsen i (?P<place>{PLACE_WORD}(?: län)?))(?!\w)"), "myndighet"),
    # "Länsstyrelsen Västernorrland", as the county boards name themselves.
    (re.compile(rf"(?<!\w)(?P<name>Länsstyrelsen (?P<place>{PLACE_WORD}))(?!\w)"), "myndighet"),
    # Issue 10, item 6: the other forms Swedish names organisations in. "Hyresgästföreningen",
    # "Socialchefsföreningen": associations; "Migrationsverket", "Skolinspektionen", "Tillväxtstyrelsen":
    # agencies, but never a municipality's or a region's own board ("Kommunstyrelsen").
    (re.compile(rf"(?<!\w)(?P<name>[{UPPER}][{LOWER}]+föreningen)(?P<gen>s)?(?!\w)"), "intresseorganisation"),
    (re.compile(rf"(?<!\w)(?P<name>[{UPPER}][{LOWER}]+verket)(?P<gen>s)?(?!\w)"), "myndighet"),
    # Round 2 (issue 10): agencies named "…myndigheten" ("Åklagarmyndigheten"), ombudsmen
    # ("Justitieombudsmannen"), the courts, the Riksdag's committees, and state inquiries and commissions
    # ("Missbruksutredningen", "LSS-utredningen", "Coronakommissionen"); a casework "barnavårdsutredning" is
    # no organisation.
    (re.compile(rf"(?<!\w)(?P<name>[{UPPER}][{LOWER}]+myndigheten)(?P<gen>s)?(?!\w)"), "myndighet"),
    (re.compile(rf"(?<!\w)(?P<name>[{UPPER}][{LOWER}]+ombudsmannen)(?P<gen>s)?(?!\w)"), "myndighet"),
    (
        re.compile(
            rf"(?<!\w)(?P<name>Högsta (?:förvaltnings)?domstolen|[{UPPER}][{LOWER}]+domstolen|"
            rf"(?:Förvaltningsrätten|Kammarrätten|Tingsrätten|Hovrätten)(?: i (?P<place>{PLACE_WORD}))?)"
            rf"(?P<gen>s)?(?!\w)"
        ),
        "myndighet",
    ),
    (re.compile(rf"(?<!\w)(?P<name>(?:{RIKSDAG_COMMITTEES})utskottet)(?P<gen>s)?(?!\w)"), "annan"),
    (
        re.compile(
            rf"(?<!\w)(?!(?:{CASEWORK})utredningen)"
            rf"(?P<name>(?:[{UPPER}][{LOWER}]{{3,}}|[{UPPER}]{{2,}}-)(?:utredningen|kommissionen))(?P<gen>s)?(?!\w)"
        ),
        "annan",
    ),
    (re.compile(rf"(?<!\w)(?P<name>[{UPPER}][{LOWER}]+inspektionen)(?P<gen>s)?(?!\w)"), "myndighet"),
    (
        re.compile(
            rf"(?<!\w)(?!Kommun|Region|Lands|Förbunds|Bolags|Förenings|Skol(?:styrelsen))"
            rf"(?P<name>[{UPPER}][{LOWER}]+styrelsen)(?P<gen>s)?(?!\w)"
        ),
        "myndighet",
    ),
]

# Fixed words each form rule needs, in rule order: a substring test is far cheaper than the rule's regex.
FORM_HINTS: list[tuple[str, ...]] = [
    ("myndigheten ", "Landstinget ", "Kommunförbundet "),
    (" kommun",),
    (" Stad", " stad"),
    ("Region ",),
    ("regionen",),
    ("förbunde",),
    ("departementet",),
    (" universitet",),
    (" högskola",),
    ("Högskolan", "Universitetet"),
    ("Inspektionen", "Myndigheten"),
    ("Länsstyrelsen",),
    ("Länsstyrelsen",),
    ("föreningen",),
    ("verket",),
    ("myndigheten",),
    ("ombudsmannen",),
    ("domstolen", "rätten"),
    ("utskottet",),
    ("utredningen", "kommissionen"),
    ("inspektionen",),
    ("styrelsen",),
]
