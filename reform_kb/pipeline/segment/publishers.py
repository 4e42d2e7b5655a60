"""Who publishes a document, as its own text says: a press release's sender, a consultation response's
author, the organisation a dated page presents as its own or that speaks as "vi" in its narrative, and on
a blog page the organisation most of its posts name. Split from streams.py, which finds the documents."""

from __future__ import annotations

from .. import metadata
from ..organisations import OrganisationMatcher
from ..records import DocumentKind
from .bodies import Draft
from .kinds import CONTACT_RE

# Kinds a person writes: their "vi" is the writer's, not an organisation's.
PERSONAL_KINDS = (DocumentKind.BLOGGINLAGG, DocumentKind.DEBATTARTIKEL)


def credit_blog_publisher(drafts: list[Draft]) -> None:
    """Every post of a blog page is published by the organisation most of its posts name."""
    publisher = metadata.most_common([name for d in drafts for name in d.organisations])
    for draft in drafts:
        if publisher and publisher not in draft.organisations:
            draft.organisations.append(publisher)


def publishers(draft: Draft, texts: list[str], matcher: OrganisationMatcher, *, introduced: bool) -> None:
    """A publisher for a document that names none yet: a press release's sender, or the organisation a
    dated page (`introduced`) presents as its own in its first paragraph."""
    if draft.kind == DocumentKind.PRESSMEDDELANDE and not draft.organisations:
        draft.organisations = press_release_publisher(draft, texts, matcher)
    if draft.kind == DocumentKind.REMISSVAR and not draft.organisations:
        sender = metadata.consultation_sender(texts, matcher)
        draft.organisations = [sender] if sender else []
    if introduced and not draft.organisations and texts:
        owner = metadata.possessive_publisher(texts[0], matcher)
        if owner:
            draft.organisations.append(owner)
    if not draft.organisations and (ours := metadata.we_at_publisher(texts, matcher)):
        draft.organisations.append(ours)
    # A debate article signed by an organisation alone (its signers cut off or unnamed) speaks as it: "vi".
    unsigned_debate = draft.kind == DocumentKind.DEBATTARTIKEL and not draft.authors
    if not draft.organisations and (draft.kind not in PERSONAL_KINDS or unsigned_debate):
        owner = metadata.own_voice_publisher(draft.title, texts, matcher)
        draft.organisations += [owner] if owner else []


def press_release_publisher(draft: Draft, texts: list[str], matcher: OrganisationMatcher) -> list[str]:
    """Who sends a press release: the organisation of its contact block, else the one its title names,
    else the one its lead names first ("Förbundets granskning visar …": a release opens on its sender)."""
    contact = next((i for i, t in enumerate(texts) if CONTACT_RE.match(t)), None)
    if contact is not None:
        found = [m.name for t in texts[contact : contact + 4] for m in matcher.find(t)]
        if found:
            return [found[0]]
    named = matcher.find(draft.title) or [
        m for m in matcher.find_all(texts[0] if texts else "") if m.kind != "departement"
    ]
    return [named[0].name] if named else []
