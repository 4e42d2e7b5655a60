"""What a reader takes away over HTTP that needs the search: the read-only API (/api/v1/), the search's
downloads and the saved search's feed (issue 13). Above reform_kb.search and reform_kb.kb in the
layers (pyproject.toml); the downloads and feeds of the lists themselves are kb's (kb/views)."""
