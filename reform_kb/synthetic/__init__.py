"""Synthetic but realistic Swedish data for benchmarks: `generate_corpus` and `remove_synthetic`.

Every generated document, person and organisation has `synthetic=True` and generated documents and
quotes an `import_ref` starting with "synthetic:", so they can always be told apart and removed.
"""
