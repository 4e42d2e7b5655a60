"""Quotes and their speakers in Swedish journalism.

Swedish papers mark speech with a dash opening the paragraph ("– Det är oacceptabelt, säger Heike
Erkers."), not with quotation marks; ” … ” paragraphs are pull-quotes repeating what was said, or
long quoted excerpts. Quotation marks inside running text usually name things (reports, projects,
slogans) and are not quotes. A speaker is named after the verb of saying, or by a pronoun that points
back to the last person named, or not at all when the quote continues the previous speaker.
"""

from .extract import extract_quotes

__all__ = ["extract_quotes"]
