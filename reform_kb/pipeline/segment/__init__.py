"""Splitting a scraped text file into documents.

Three shapes of source are recognised by their form, never by name: a listing whose items start with
a dated bullet (" • 2020-02-26", blog front pages), a letter opening with a date, senders and an
addressee (remissvar/skrivelser), and a stream of articles or posts each headed by a short title line
standing alone between blank lines (tag archives, blog archives, single pages).

    furniture – menus, widgets, breadcrumbs, footers and cookie banners: lines that are no text
    lines     – a page's lines and what each looks like (title, byline, date, menu item, prose)
    line_roles – each line's role by a classifier trained on the real corpus (consulted where it measures
                 better than the rules: line_roles.TRUSTED, now nowhere)
    kinds     – what kind of document a text is (DocumentKind), from genre labels and its form
    listings  – listing pages of dated items
    letters   – letters and consultation responses: header, title, signatories
    streams   – articles and posts one after another, and each one's date, authors, kind and publisher
    bodies    – the document being assembled (Draft) and its clean paragraphs
    page      – the whole file: which shape it has, and its documents
"""

from .bodies import body_paragraphs, split_glued
from .page import split_documents

__all__ = ["body_paragraphs", "split_documents", "split_glued"]
