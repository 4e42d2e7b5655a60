"""`{% load kb_markdown %}{{ quote.annotation|markdown }}`: editors' Markdown as sanitised HTML."""

from django import template

from reform_kb.kb.markdown import render_markdown

register = template.Library()


@register.filter(name="markdown")
def markdown_filter(text):
    return render_markdown(text)
