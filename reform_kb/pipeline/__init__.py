"""The pure text pipeline: raw source text in, plain records out. No Django, no database.

    segment   – split a file into documents (a package: furniture, lines, kinds, listings, letters,
                streams, bodies) and decide each one's kind
    metadata  – names, roles, dates and publishing organisations
    signatures – who signs a text: greetings, closing names, a letter's signatories
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
