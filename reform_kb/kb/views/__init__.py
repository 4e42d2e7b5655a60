"""Public pages: one module per entity, re-exported for reform_kb/kb/urls.py."""

from .documents import document_detail, document_list
from .home import home
from .map import organisation_theme_map_page
from .organisations import organisation_detail, organisation_list
from .people import person_detail, person_list
from .quotes import quote_detail, quote_list
from .tags import tag_detail
from .themes import theme_detail, theme_list
from .timeline import timeline_page

__all__ = [
    "document_detail",
    "document_list",
    "home",
    "organisation_theme_map_page",
    "organisation_detail",
    "organisation_list",
    "person_detail",
    "person_list",
    "quote_detail",
    "quote_list",
    "tag_detail",
    "theme_detail",
    "theme_list",
    "timeline_page",
]
