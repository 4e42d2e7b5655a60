"""The editors' admin, one module per entity group; Django's autodiscover imports this package."""

from . import documents, organisations, people, quotes, themes  # noqa: F401
