"""Persisting the pipeline's records: the one place where text meets the database.

The management command `import_seeds` is a thin shell around `import_paths()`; the parsing itself
lives in reform_kb.pipeline and knows nothing of Django.
"""

from .service import FileResult, ImportReport, import_paths

__all__ = ["FileResult", "ImportReport", "import_paths"]
