"""Editors' Markdown is rendered, then sanitised, before it is marked safe."""

import pytest
from django.template import Context, Template
from django.utils.safestring import SafeString

from reform_kb.kb.markdown import render_markdown


def test_markdown_formatting_survives():
    html = render_markdown("## Rubrik\n\nEtt *viktigt* och **starkt** påstående.\n\n- ett\n- två")
    assert "<h2>Rubrik</h2>" in html
    assert "<em>viktigt</em>" in html
    assert "<strong>starkt</strong>" in html
    assert "<ul>" in html and "<li>två</li>" in html


def test_result_is_marked_safe():
    assert isinstance(render_markdown("hej"), SafeString)


def test_empty_text_renders_nothing():
    assert render_markdown("") == ""
    assert render_markdown(None) == ""


def test_links_get_rel_nofollow_and_keep_title():
    html = render_markdown('[SOU 2020:47](https://www.regeringen.se/ "Betänkandet")')
    assert 'href="https://www.regeringen.se/"' in html
    assert 'title="Betänkandet"' in html
    assert 'rel="noopener noreferrer nofollow"' in html


def test_mailto_links_are_kept():
    assert 'href="mailto:red@example.se"' in render_markdown("[mejla](mailto:red@example.se)")


@pytest.mark.parametrize(
    "hostile",
    [
        "<script>alert('x')</script>",
        "före <script>alert('x')</script> efter",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "```\n</code><script>alert(1)</script>\n```",
    ],
)
def test_script_never_survives(hostile):
    html = render_markdown(hostile).lower()
    assert "<script" not in html
    assert "alert(1)</script" not in html


@pytest.mark.parametrize(
    "hostile",
    [
        "<img src=x onerror=alert(1)>",
        '<a href="https://example.se" onclick="alert(1)">länk</a>',
        '<p onmouseover="alert(1)">text</p>',
        "<svg onload=alert(1)>",
    ],
)
def test_event_handlers_never_survive(hostile):
    html = render_markdown(hostile).lower()
    assert "onerror" not in html
    assert "onclick" not in html
    assert "onmouseover" not in html
    assert "onload" not in html


@pytest.mark.parametrize(
    "hostile",
    [
        "[klicka](javascript:alert(1))",
        "[klicka](JaVaScRiPt:alert(1))",
        '<a href="javascript:alert(1)">klicka</a>',
        '<a href="java&#x09;script:alert(1)">klicka</a>',
        "[klicka](data:text/html;base64,PHNjcmlwdD4=)",
        "[klicka](vbscript:msgbox(1))",
    ],
)
def test_only_http_https_and_mailto_links_survive(hostile):
    html = render_markdown(hostile)
    assert "klicka" in html
    assert "href" not in html


def test_disallowed_tags_are_stripped_but_their_text_kept():
    html = render_markdown('<div style="position:fixed"><span class="x">Viktigt</span></div>')
    assert "Viktigt" in html
    assert "<div" not in html and "<span" not in html and "style" not in html


def test_iframes_and_styles_are_removed_with_their_content():
    html = render_markdown("<iframe src='https://evil.example'></iframe><style>body{}</style>kvar")
    assert "iframe" not in html
    assert "body{}" not in html
    assert "kvar" in html


def test_swedish_text_is_kept_intact():
    html = render_markdown("Förslaget – ”en ny socialtjänstlag” – gäller från 2025.")
    assert "Förslaget – ”en ny socialtjänstlag” – gäller från 2025." in html


def test_template_filter_renders_sanitised_markdown():
    template = Template("{% load kb_markdown %}{{ text|markdown }}")
    html = template.render(Context({"text": "*hej* <script>alert(1)</script>"}))
    assert "<em>hej</em>" in html
    assert "<script" not in html
