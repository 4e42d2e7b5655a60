"""Persisting the pipeline's records: the one place where text meets the database.

A Django app that owns the `import_seeds` command, a thin shell around `import_paths()`. Its rooms:
files.py (which files, their keys, which changed), parsing.py (the worker pool), entities.py
(organisations, people, roles, tags, slugs), writer.py (a document's wanted state, written as the
difference), report.py (the counts, taken over per file once its savepoint is released) and
service.py (the run). The parsing itself lives in reform_kb.pipeline and knows nothing of Django.
"""
