"""Finland's government in a Finland-Swedish text (round 25, from the former test parts test18, test19 and
test22–test24: Finnish ministries' press releases and Finland-Swedish news).

Swedish writes "regeringen" and "minister" for Finland's government as for Sweden's, and the pipeline's
gazetteer knows only Sweden's (Regeringen). A text that speaks of Finland, its ministries ("social- och
hälsovårdsministeriet", which Sweden calls departementen) or its people, more than of Sweden, means Finland's:
its ministers speak for Finlands regering, and "regeringen" is Finlands regering.
"""

from __future__ import annotations

import re

from .records import OrganisationInfo, ParsedDocument

SWEDISH_GOVERNMENT = "Regeringen"
FINNISH_GOVERNMENT = "Finlands regering"
_FINNISH_RE = re.compile(r"\b(?:Finlands?|finländsk[a-z]*|[a-zåäö-]*ministeriet)\b", re.IGNORECASE)
_SWEDISH_RE = re.compile(r"\b(?:Sverige|Sveriges|svenska regeringen|[a-zåäö]*departementet|Regeringskansliet)\b", re.IGNORECASE)


def is_finnish(text: str) -> bool:
    """Whether the text speaks of Finland more than of Sweden (a Swedish text naming Finland once in
    passing, beside Sweden or a Swedish ministry, stays Swedish)."""
    return len(_FINNISH_RE.findall(text)) > len(_SWEDISH_RE.findall(text))


def localise_government(doc: ParsedDocument) -> None:
    """Regeringen becomes Finlands regering in a Finnish document: as mentioned, as the speaking
    organisation and as a speaker's or a mentioned person's organisation."""
    people = [*(q.speaker for q in doc.quotes if q.speaker), *doc.mentioned_people]
    uses = (
        SWEDISH_GOVERNMENT in doc.mentioned_organisations
        or any(p.organisation == SWEDISH_GOVERNMENT for p in people)
        or any(q.organisation == SWEDISH_GOVERNMENT for q in doc.quotes)
    )
    if not uses or not is_finnish(f"{doc.title}\n{doc.body}"):
        return
    doc.mentioned_organisations = [
        FINNISH_GOVERNMENT if name == SWEDISH_GOVERNMENT else name for name in doc.mentioned_organisations
    ]
    for person in people:
        if person.organisation == SWEDISH_GOVERNMENT:
            person.organisation = FINNISH_GOVERNMENT
    for quote in doc.quotes:
        if quote.organisation == SWEDISH_GOVERNMENT:
            quote.organisation = FINNISH_GOVERNMENT
    doc.add_new_organisation(OrganisationInfo(name=FINNISH_GOVERNMENT, kind="departement"))
