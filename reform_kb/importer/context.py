"""What the pipeline needs to know from the database: organisations with aliases, and themes."""

from __future__ import annotations

from reform_kb.kb.models import Organisation, Theme
from reform_kb.pipeline.records import OrganisationInfo, ParseContext, ThemeRule


def build_context() -> ParseContext:
    """A ParseContext from the editable tables, so editors' aliases and keywords take effect."""
    organisations = [
        OrganisationInfo(
            name=org.name,
            short_name=org.short_name,
            kind=org.kind,
            aliases=tuple(a.alias for a in org.aliases.all()),
            parent=org.parent.name if org.parent_id else None,
        )
        for org in Organisation.objects.select_related("parent").prefetch_related("aliases")
    ]
    themes = [
        ThemeRule(slug=t.slug, name=t.name, keywords=tuple(t.keyword_list)) for t in Theme.objects.all()
    ]
    return ParseContext(organisations=organisations, themes=themes)
