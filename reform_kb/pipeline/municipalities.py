"""Sweden's municipalities by their places' names, and how a text names one as a place only.

Kept apart from `organisation_forms` (the forms organisations are named in): a list of places, not a form.
"""

import re

from .organisation_forms import PLACE_WORD, place_of_genitive

# Sweden's 290 municipalities by their places' names, for a municipality named as a place only ("I Lerum
# höjs ersättningen"). Places that are also common words or names (Berg, Mark, Vara, Nora, Ale, Eda) and
# Gotland (a region too) are left out.
_MUNICIPALITIES_TEXT = """
Botkyrka Danderyd Ekerö Haninge Huddinge Järfälla Lidingö Nacka Norrtälje Nykvarn Nynäshamn Salem Sigtuna
Sollentuna Solna Stockholm Sundbyberg Södertälje Tyresö Täby Upplands-Bro Upplands_Väsby Vallentuna Vaxholm
Värmdö Österåker Enköping Heby Håbo Knivsta Tierp Uppsala Älvkarleby Östhammar Eskilstuna Flen Gnesta
Katrineholm Nyköping Oxelösund Strängnäs Trosa Vingåker Boxholm Finspång Kinda Linköping Mjölby Motala
Norrköping Söderköping Vadstena Valdemarsvik Ydre Åtvidaberg Ödeshög Aneby Eksjö Gislaved Gnosjö Habo
Jönköping Mullsjö Nässjö Sävsjö Tranås Vaggeryd Vetlanda Värnamo Alvesta Lessebo Ljungby Markaryd Tingsryd
Uppvidinge Växjö Älmhult Borgholm Emmaboda Hultsfred Högsby Kalmar Mönsterås Mörbylånga Nybro Oskarshamn
Torsås Vimmerby Västervik Karlshamn Karlskrona Olofström Ronneby Sölvesborg Bjuv Bromölla Burlöv Båstad
Eslöv Helsingborg Hässleholm Höganäs Hörby Höör Klippan Kristianstad Kävlinge Landskrona Lomma Lund Malmö
Osby Perstorp Simrishamn Sjöbo Skurup Staffanstorp Svalöv Svedala Tomelilla Trelleborg Vellinge Ystad
Åstorp Ängelholm Örkelljunga Östra_Göinge Falkenberg Halmstad Hylte Kungsbacka Laholm Varberg Alingsås
Bengtsfors Bollebygd Borås Dals-Ed Essunga Falköping Färgelanda Grästorp Gullspång Göteborg Götene
Herrljunga Hjo Härryda Karlsborg Kungälv Lerum Lidköping Lilla_Edet Lysekil Mariestad Mellerud Munkedal
Mölndal Orust Partille Skara Skövde Sotenäs Stenungsund Strömstad Svenljunga Tanum Tibro Tidaholm Tjörn
Tranemo Trollhättan Töreboda Uddevalla Ulricehamn Vårgårda Vänersborg Åmål Öckerö Arvika Filipstad
Forshaga Grums Hagfors Hammarö Karlstad Kil Kristinehamn Munkfors Storfors Sunne Säffle Torsby Årjäng
Askersund Degerfors Hallsberg Hällefors Karlskoga Kumla Laxå Lekeberg Lindesberg Ljusnarsberg Örebro Arboga
Fagersta Hallstahammar Kungsör Köping Norberg Sala Skinnskatteberg Surahammar Västerås Avesta Borlänge Falun
Gagnef Hedemora Leksand Ludvika Malung-Sälen Mora Orsa Rättvik Smedjebacken Säter Vansbro Älvdalen Bollnäs
Gävle Hofors Hudiksvall Ljusdal Nordanstig Ockelbo Ovanåker Sandviken Söderhamn Härnösand Kramfors
Sollefteå Sundsvall Timrå Ånge Örnsköldsvik Bräcke Härjedalen Krokom Ragunda Strömsund Åre Östersund
Bjurholm Dorotea Lycksele Malå Nordmaling Norsjö Robertsfors Skellefteå Sorsele Storuman Umeå Vilhelmina
Vindeln Vännäs Åsele Arjeplog Arvidsjaur Boden Gällivare Haparanda Jokkmokk Kalix Kiruna Luleå Pajala Piteå
Älvsbyn Överkalix Övertorneå
"""
MUNICIPALITIES = frozenset(w.replace("_", " ") for w in _MUNICIPALITIES_TEXT.split())
# A municipality named as a place only: after a preposition, "och", "är" or at a sentence's start, or (round
# 13) after the word for municipalities itself ("största kommuner Linköping och Norrköping"), and neither part
# of a name ("Anna Lund") nor of another organisation's ("Uppsala universitet", "Kalmar län").
BARE_MUNICIPALITY_FORM = re.compile(
    # A sentence's first word is the place only when it is no preposition ("Vid Hedemora kommunfullmäktige").
    r"(?:^(?!(?:I|På|Vid|Både|Bland annat)\s)|(?<=[.!?:,]\s)|\b(?:[Ii]|[Pp]å|[Vv]id|från|till|för|av|och|samt"
    r"|eller|är|än|med|mellan|medan|[Bb]åde|som|bland annat"
    r"|kommuner|kommunerna)\s)"
    # Round 38 (the former test37's d3764): nor a court's seat, "Förvaltningsrätten i Jönköping", which judges
    # that municipality's cases, and others'.
    r"(?<!rätten i )(?<!domstolen i )"
    rf"(?P<place>{PLACE_WORD}(?: {PLACE_WORD})?)"
    # Round 40: a compound after the place is the municipality's own body ("Hedemora kommunfullmäktige").
    r"(?![\w-])(?!\s+(?:[A-ZÅÄÖ]|universitet|högskola|län|kommun\b|stad\b|tingsrätt|församling|stadsmission|lasarett))"
)
# A sentence about a municipality's services or staff, in which a place named alone is that municipality.
MUNICIPAL_SENTENCE_RE = re.compile(
    r"\b(?:kommun|socialkontor|socialtjänst|socialförvaltning|försörjningsstöd|hemtjänst|stadsdel|nämnd"
    # Round 40: its social workers too ("socialsekreterare i Kalix", as the annotation guide has it).
    r"|äldreomsorg|äldreboende|socialsekreterar|socialarbetar|biståndshandläggar)\w*",
    re.IGNORECASE,  # "Kommuner som Bjurholm och Skinnskatteberg …" opens its sentence with a capital (round 8)
)


def listed_place(word: str) -> str:
    """A place in a list of municipalities, as written ("Svenljungas och Tranemos kommuner", round 17): a known
    municipality's place without its genitive s ("Svenljunga"), so that it is never "Svenljungas kommun"."""
    if word.endswith("s") and (bare := place_of_genitive(word)) in MUNICIPALITIES:
        return bare
    return word
