"""The knowledge base's entities, one module per entity group."""

from .documents import Document
from .map_cells import MapCell
from .milestones import Milestone
from .organisations import Organisation, OrganisationAlias
from .people import Person, PersonAlias, Role
from .quotes import Quote
from .sources import SourceFile, SourceImport
from .stances import QuoteStance, Stance
from .themes import Theme
from .versions import ContentVersion

__all__ = [
    "ContentVersion",
    "Document",
    "MapCell",
    "Milestone",
    "Organisation",
    "OrganisationAlias",
    "Person",
    "PersonAlias",
    "Quote",
    "QuoteStance",
    "Role",
    "SourceFile",
    "SourceImport",
    "Stance",
    "Theme",
]
