"""Editors' Markdown (annotations, descriptions) as HTML that is safe to show on public pages.

Markdown passes raw HTML through, so the output is sanitised with nh3 against a short allow-list
before it is marked safe; nothing an editor types can add scripts, event handlers or styles.
"""

from __future__ import annotations

import markdown as markdown_lib
import nh3
from django.utils.safestring import SafeString, mark_safe

ALLOWED_TAGS = frozenset(
    {"p", "br", "strong", "em", "a", "ul", "ol", "li", "blockquote", "code", "pre", "h2", "h3", "h4", "hr"}
)
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
URL_SCHEMES = frozenset({"http", "https", "mailto"})
LINK_REL = "noopener noreferrer nofollow"
# Removed together with their content, not just unwrapped: the text of a script is no prose.
DROP_WITH_CONTENT = frozenset({"script", "style", "iframe", "object", "template", "noscript"})


def sanitize_html(html: str) -> str:
    """Keep only the allow-listed tags, attributes and URL schemes of `html`."""
    return nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        clean_content_tags=set(DROP_WITH_CONTENT),
        attributes={tag: set(attrs) for tag, attrs in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(URL_SCHEMES),
        link_rel=LINK_REL,
    )


def render_markdown(text: str | None) -> SafeString:
    """Render an editor's Markdown to sanitised HTML, marked safe only after sanitising."""
    if not text:
        return mark_safe("")
    html = markdown_lib.markdown(text, output_format="html")
    return mark_safe(sanitize_html(html))  # noqa: S308 – sanitised by nh3 on the line above
