"""Opening a trained conditional random field (python-crfsuite) once per model file: the line roles'
(segment/line_roles.py) and the organisation-name tagger's (org_tagger.py)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=4)
def open_tagger(path: Path):
    """The model at `path`, opened once; None when the file or python-crfsuite is missing, so that the
    pipeline runs on its rules alone (python-crfsuite is imported here only, and only when a model is used)."""
    try:
        import pycrfsuite  # noqa: PLC0415 – optional at import time, so the pipeline runs without the model
    except ImportError:
        return None
    if not path.exists():
        return None
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger
