"""Fixtures the parser tests share (no database)."""

import pytest

from reform_kb.pipeline.organisations import OrganisationMatcher, reference_organisations


@pytest.fixture(scope="module")
def matcher():
    """The organisation matcher over the reference gazetteer, as the importer builds it from a new database."""
    return OrganisationMatcher(reference_organisations())
