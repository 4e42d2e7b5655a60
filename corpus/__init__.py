"""The real corpus (issue 10): addresses, checksums and hand annotations of public texts; see corpus/README.md."""
