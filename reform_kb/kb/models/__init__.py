"""The knowledge base's entities, one module per entity group."""

from .documents import Document
from .organisations import Organisation, OrganisationAlias
from .people import Person, PersonAlias, Role
from .quotes import Quote
from .sources import SourceFile, SourceImport
from .themes import Theme
from .versions import ContentVersion

__all__ = [
    "ContentVersion",
    "Document",
    "Organisation",
    "OrganisationAlias",
    "Person",
    "PersonAlias",
    "Quote",
    "Role",
    "SourceFile",
    "SourceImport",
    "Theme",
]
