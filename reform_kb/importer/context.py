"""What the pipeline needs to know from the database, and a fingerprint of it.

The fingerprint (`parse_key`) changes whenever the result of parsing an unchanged file could
change: the pipeline's own code, the organisations and their aliases, or the theme keywords. The
importer re-parses a file whose parse key differs from the one stored with it.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from reform_kb.kb.models import Organisation, Theme
from reform_kb.pipeline.records import OrganisationInfo, ParseContext, ThemeRule

PIPELINE_DIR = Path(__file__).resolve().parent.parent / "pipeline"


def build_context() -> ParseContext:
    """A ParseContext from the editable tables, so editors' aliases and keywords take effect."""
    organisations = [
        OrganisationInfo(
            name=org.name,
            short_name=org.short_name,
            kind=org.kind,
            aliases=tuple(sorted(a.alias for a in org.aliases.all())),
            parent=org.parent.name if org.parent_id else None,
        )
        for org in Organisation.objects.filter(synthetic=False)
        .select_related("parent")
        .prefetch_related("aliases")
        .order_by("name")
    ]
    themes = [
        ThemeRule(slug=t.slug, name=t.name, keywords=tuple(t.keyword_list))
        for t in Theme.objects.order_by("slug")
    ]
    return ParseContext(organisations=organisations, themes=themes)


@lru_cache(maxsize=1)
def pipeline_fingerprint() -> str:
    """A hash of the pipeline's source code: a new rule means a new way of reading old files."""
    digest = hashlib.sha256()
    for path in sorted(PIPELINE_DIR.rglob("*.py")):
        digest.update(path.relative_to(PIPELINE_DIR).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def parse_key(context: ParseContext) -> str:
    digest = hashlib.sha256(pipeline_fingerprint().encode())
    for org in context.organisations:
        digest.update(repr((org.name, org.short_name, org.kind, org.aliases, org.parent)).encode())
    for theme in context.themes:
        digest.update(repr((theme.slug, theme.keywords)).encode())
    return digest.hexdigest()
