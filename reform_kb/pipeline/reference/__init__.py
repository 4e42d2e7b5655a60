"""Reference data the knowledge base starts with: the themes and the organisations it knows.

Migrations load these into the database, where editors keep them up to date; the importer then
reads the database, not these lists. Parser tests use them directly as a ready-made context.
"""
