"""The editors' admin, one module per entity group; Django's autodiscover imports this package.

The site itself is `reform_kb.kb.admin_site.KbAdminSite`, made the default by `reform_kb.kb.apps.KbAdminConfig`.
"""

from . import documents, milestones, organisations, people, quotes, sources, themes  # noqa: F401
