"""The project's settings plus one trivial view (the benchmark's ceiling): nothing else changes."""

from reform_kb.settings import *  # noqa: F403 – the benchmark must run the real configuration

ROOT_URLCONF = "bench.ceiling_urls"
