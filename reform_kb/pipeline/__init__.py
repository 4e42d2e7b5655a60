"""The pure text pipeline: raw source text in, plain records out. No Django, no database.

    segment   – split a file into documents and drop navigation boilerplate
    metadata  – titles, dates, kinds, authors, signatories, publishing organisations
    quotes    – direct quotes, pull-quotes and their speakers
    organisations – organisations in text, with aliases, genitives and forms ("X kommun")
    people    – people in text (presenting phrases, names in running text); `roles` reads their
                roles and organisations, `names` what reads as a name
    classify  – themes from keywords, with Swedish stemming
    swedish   – Swedish language helpers: stemming, month names, alphabetical order, slugs
    parse     – ties the steps together: parse_file(name, text, context) -> list[ParsedDocument]

Everything here takes strings and returns the dataclasses in `records`, so it is tested without a
database and reused by anything that needs to read Swedish source texts.
"""
