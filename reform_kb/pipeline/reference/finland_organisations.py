"""Finland's and Åland's public bodies under their Swedish names, and the Nordic bodies, as Finland-Swedish texts
name them.

Round 17 (issue 10, item 6): the corpus holds Finland-Swedish and Åland pages (municipal news, agencies' guides,
associations) as the social sector's texts in Swedish do; a name such as "Folkpensionsanstalten", "Raseborgs stad"
or "Österbottens välfärdsområde" has no Swedish organisation form to be read by, and a town there is a "stad",
not a "kommun", so "socialarbetare i Raseborg" must give Raseborgs stad. Public facts (official Swedish names and
their common short forms), chosen from how Finland organises its welfare since 2023 (21 welfare areas and
Helsinki), its national agencies and the municipalities with Swedish names, not from any one text. Round 16 kept
them out while a test part's section had named two of them; that part is in dev since round 17.
Each row: name, kind, short name, other ways of writing it.
"""

from __future__ import annotations

from .national_organisations import organisations_of

_ROWS: list[tuple[str, str, str, tuple[str, ...]]] = [
    # National agencies and bodies
    ("Folkpensionsanstalten", "myndighet", "FPA", ("FPA", "Kela")),
    ("Institutet för hälsa och välfärd", "myndighet", "THL", ("THL",)),
    ("Social- och hälsovårdsministeriet", "departement", "", ()),
    ("Tillstånds- och tillsynsverket för social- och hälsovården", "myndighet", "Valvira", ("Valvira",)),
    ("Regionförvaltningsverket", "myndighet", "", ()),
    ("Finlands Kommunförbund", "intresseorganisation", "", ()),
    ("Folkhälsan", "intresseorganisation", "", ()),
    ("Förbundet De Utvecklingsstördas Väl", "intresseorganisation", "FDUV", ("FDUV",)),
    ("Kehitysvammaliitto", "intresseorganisation", "", ()),
    ("Svenska Finlands folkting", "annan", "", ("Folktinget",)),
    # Åland
    ("Ålands landskapsregering", "departement", "", ("Landskapsregeringen",)),
    ("Ålands lagting", "annan", "", ("Lagtinget",)),
    ("Ålands hälso- och sjukvård", "region", "ÅHS", ("ÅHS",)),
    ("Kommunernas socialtjänst", "kommun", "KST", ("KST",)),
    ("Ålands omsorgsförbund", "kommun", "", ()),
    ("Ålands ombudsmannamyndighet", "myndighet", "", ()),
    # The welfare areas (välfärdsområden) that run social services and health care since 2023
    *(
        (f"{area} välfärdsområde", "region", "", ())
        for area in (
            "Västra Nylands", "Östra Nylands", "Mellersta Nylands", "Vanda och Kervo", "Egentliga Finlands",
            "Satakunta", "Egentliga Tavastlands", "Birkalands", "Päijänne-Tavastlands", "Kymmenedalens",
            "Södra Karelens", "Södra Savolax", "Norra Savolax", "Norra Karelens", "Mellersta Finlands",
            "Södra Österbottens", "Österbottens", "Mellersta Österbottens", "Norra Österbottens", "Kajanalands",
            "Lapplands",
        )
    ),
    # Towns ("stad") and municipalities with Swedish names, Åland's included
    *(
        (name, "kommun", "", ())
        for name in (
            "Helsingfors stad", "Esbo stad", "Vanda stad", "Grankulla stad", "Kyrkslätts kommun", "Sjundeå kommun",
            "Ingå kommun", "Raseborgs stad", "Hangö stad", "Lojo stad", "Borgå stad", "Sibbo kommun", "Lovisa stad",
            "Åbo stad", "Pargas stad", "Kimitoöns kommun", "Vasa stad", "Korsholms kommun", "Närpes stad",
            "Kristinestads stad", "Malax kommun", "Korsnäs kommun", "Vörå kommun", "Nykarleby stad",
            "Jakobstads stad", "Pedersöre kommun", "Larsmo kommun", "Kronoby kommun", "Karleby stad",
            "Tammerfors stad", "Uleåborgs stad", "Mariehamns stad", "Jomala kommun", "Finströms kommun",
            "Lemlands kommun", "Saltviks kommun", "Hammarlands kommun", "Eckerö kommun", "Sunds kommun",
            "Geta kommun", "Vårdö kommun", "Lumparlands kommun", "Föglö kommun", "Kökars kommun",
            "Sottunga kommun", "Kumlinge kommun", "Brändö kommun",
        )
    ),
    # Nordic bodies
    ("Nordiska rådet", "annan", "", ()),
]

FINLAND_ORGANISATIONS = organisations_of(_ROWS)
