"""The reform's milestones, the timeline's starting data (loaded by kb migration 0016; editable after).

Dates to the precision the sources give them: a directive in April 2017 is dated 2017-04-01 with
precision "month". The consultation lasted from the report into 2021; it is dated from the report's
day, as it cannot have begun earlier, and labelled by its years.
"""

MILESTONES = [
    {
        "slug": "dir-2017-39",
        "title": "Regeringen tillsätter en utredning om en ny socialtjänstlag",
        "reference": "dir. 2017:39",
        "date": "2017-04-01",
        "precision": "month",
        "description": "Kommittédirektivet ger en särskild utredare i uppdrag att se över socialtjänstlagen.",
    },
    {
        "slug": "sou-2020-47",
        "title": "Utredningen lämnar betänkandet Hållbar socialtjänst – En ny socialtjänstlag",
        "reference": "SOU 2020:47",
        "date": "2020-08-26",
        "precision": "day",
        "description": "Betänkandet föreslår en ny socialtjänstlag med ett mer förebyggande och "
        "lättillgängligt arbetssätt.",
    },
    {
        "slug": "remiss-sou-2020-47",
        "title": "Betänkandet är ute på remiss",
        "reference": "SOU 2020:47",
        "date": "2020-08-26",
        "end_date": "2021-12-31",
        "precision": "year",
        "description": "Myndigheter, kommuner, regioner, fackförbund och organisationer lämnar remissvar.",
    },
    {
        "slug": "lagradsremiss-2024",
        "title": "Regeringen skickar en lagrådsremiss om en ny socialtjänstlag",
        "reference": "Lagrådsremiss",
        "date": "2024-07-01",
        "precision": "month",
        "description": "",
    },
    {
        "slug": "prop-2024-25-89",
        "title": "Regeringen lämnar propositionen En ny socialtjänstlag till riksdagen",
        "reference": "prop. 2024/25:89",
        "date": "2025-01-01",
        "precision": "month",
        "description": "",
    },
    {
        "slug": "riksdagsbeslut-2025",
        "title": "Riksdagen antar den nya socialtjänstlagen",
        "reference": "bet. 2024/25:SoU23",
        "date": "2025-05-20",
        "precision": "day",
        "description": "Riksdagen beslutar efter socialutskottets betänkande 2024/25:SoU23.",
    },
    {
        "slug": "sfs-2025-400",
        "title": "Den nya socialtjänstlagen träder i kraft",
        "reference": "SFS 2025:400",
        "date": "2025-07-01",
        "precision": "day",
        "description": "Socialtjänstlagen (2025:400) ersätter 2001 års socialtjänstlag.",
    },
]
